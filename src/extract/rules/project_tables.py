"""Project tables with no unit column: rows of a project's content, its investment and its span of years
(``序号 | 建设内容 | 总投资(万元) | 起止年限``), read like a task-breakdown table though no column names who
answers for the row."""
from __future__ import annotations

import re

_SPAN_OF_YEARS = re.compile(r"^(?:起止|建设|实施)(?:年限|年度|时间)$")


def span_of_years_column(header: str) -> bool:
    """A column that gives each project's span of years: ``起止年限``, ``建设年限`` (cells ``2031-2032``, ``2031``).
    Not a year column (``2031年``) and not a deadline (``完成时限``)."""
    return bool(_SPAN_OF_YEARS.match("".join(header.split())))


def unitless_project_header(cols: list[str]) -> bool:
    """A project table's header with no unit column: a content or title column, an investment column and a span of
    years column (``建设内容 | 总投资(万元) | 起止年限``). A header without the span of years column
    (``项目 | 内容 | 投资``) is not enough."""
    from extract.cues import column_role
    roles = [column_role(c) for c in cols]
    return (any(span_of_years_column(c) for c in cols) and "amount" in roles
            and any(r in ("content", "title") for r in roles))


def unitless_project_table(header: list[str]) -> bool:
    """A table read under ``unitless_project_header``: no column of units (``牵头``/``责任单位``) in its header."""
    from extract.cues import column_role
    return unitless_project_header(header) and not any(
        column_role(c) in ("lead", "responsible", "people") for c in header)


def amount_header(header: list[str], column: str) -> str:
    """The amount column's header as the row's amount is read: in a project table with no unit column the bare
    investment cell (``500`` under ``总投资(万元)``) has no unit word of its own (N7: ``""``), so the bracket is
    dropped; any other table keeps it."""
    return re.sub(r"[(（][^()（）]*[)）]$", "", column) if unitless_project_table(header) else column


_RESULT_COLUMN = re.compile(r"(进度|完成|情况|状态|进展)")
_DONE_CELL = re.compile(r"^(?:已|全面|全部)?(?:建成|完工|竣工|投入使用|完成|交付使用)|^100(?:\.0+)?\s*[%％]?$")


def done_works_row(header: list[str], row) -> bool:
    """A works row of a project table with no unit column whose result cells report the works done: a cell under
    a result column (``工程进度``, ``完成比例(%)``, ``完成情况``) that reads ``建成``, ``完工``, ``投入使用`` or
    ``100``. Its content and investment cells are then status (N13a). ``主体施工``, ``40`` are works under way."""
    if not unitless_project_table(header):
        return False
    body = [c for c in header if not re.fullmatch(r"(序号|编号|项次)", "".join(c.split()))]
    if len(body) != len(row.cells):
        return False  # a row cut before its result cells reports nothing done (N18)
    return any(_RESULT_COLUMN.search(h) and _DONE_CELL.match(c.strip()) for h, c in zip(body, row.cells))


def cut_row_roles(header: list[str], roles: list[str], ncells: int) -> list[str] | None:
    """Roles of a row of a project table with no unit column that the page cut before its last (result) columns
    (``扩建敬老院 | 新增床位80张 | 900 | 2031-2032`` under six columns): its cells fill the header's first columns.
    None for any other table or a row no shorter than the header."""
    if ncells >= len(roles) or ncells < 2 or not unitless_project_table(header):
        return None
    return list(roles[:ncells])
