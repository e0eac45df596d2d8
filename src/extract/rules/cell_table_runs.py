"""(vtblA28) Task tables flattened one cell per line read as their delimited rows are: the header run and the row
grouping found from the cells alone (``extract.line_tables.find_cell_run_tables``).

A task table reaches us as ``|``- or tab-delimited rows, or one cell per line (with or without blank lines). In the
one-cell-per-line form nothing but the cells marks the header's end and each row's end, so the reader needs cues that
hold whatever the flattening:

- the header run is a run of short column words (``重点任务`` / ``工作内容`` / ``负责科室``); a numbered heading or a
  sentence on the line above (``三、任务分解``) is no header cell, however its words read (``header_run_cell``);
- a deadline column (``完成时限``) may stand just before the unit columns or after them (``run_columns``); a date line
  there fills it (``deadline_line``), so that the row neither swallows its date into the task nor opens the next row
  with it; a row whose first cells are merged with the row above keeps only its date and unit, as its delimited
  form does;
- under two task columns (``重点任务`` / ``工作内容``) a row's lines fill them in order, the last taking the rest
  (``task_cells``): the title line is the task, as the delimited row's first cell is.
"""

from __future__ import annotations

import re

_SENTENCE_MARK = re.compile(r"[。,，;；:：、!！?？]")


def header_run_cell(text: str) -> bool:
    """A line that may be a cell of a header flattened one cell per line: at most ten characters once its blanks are
    dropped (``主 要 目 标``), no digit and no sentence or list mark; a numbered heading above the table
    (``二、分工安排``, ``3.任务清单``) is none."""
    t = "".join(text.split())
    return 0 < len(t) <= 10 and not any(ch.isdigit() for ch in t) and _SENTENCE_MARK.search(t) is None


def run_columns(roles: list[str]) -> bool:
    """Whether the roles of a header flattened one cell per line make a table whose rows run as lines: one or two unit
    columns side by side, a task column (title or content) before them, and the other columns category or task
    columns before the units, save one deadline column (``完成时限``), which may stand just before the units or
    after them."""
    units = [i for i, r in enumerate(roles) if r in ("lead", "responsible")]
    if not units or units != list(range(units[0], units[-1] + 1)) or len(units) > 2:
        return False
    dues = [i for i, r in enumerate(roles) if r == "deadline"]
    if len(dues) > 1 or (dues and dues[0] not in (units[0] - 1, units[-1] + 1)):
        return False
    if units[-1] + 1 + len([d for d in dues if d > units[-1]]) != len(roles):
        return False  # nothing but a deadline after the units
    return any(r in ("title", "content") for r in roles[:units[0]])


def deadline_line(text: str) -> bool:
    """A line that fills a deadline column: a date or a time limit (``11月``, ``2031.6``, ``2031年9月底前``,
    ``长期坚持``, ``三季度完成``), at most twenty characters."""
    from extract.line_tables import _fits  # (lazy: ``extract.line_tables`` imports this module lazily)
    t = text.strip()
    return 0 < len(t) <= 20 and _fits("deadline", t, False)


def task_columns(roles: list[str]) -> tuple[str, ...]:
    """The task columns of a run header before its units and deadline (``("title", "content")`` under
    ``重点任务`` / ``工作内容`` / ``负责科室``); the category column is carried by its own lines, so it is none."""
    units = min(i for i, r in enumerate(roles) if r in ("lead", "responsible"))
    return tuple(r for r in roles[:units] if r in ("title", "content"))


def task_cells(columns: tuple[str, ...], lines: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """(role, (first line, end line)) of each task cell of a row whose task lines are ``lines``: under two or more
    task columns, a row holding a line for each fills them in order, one line each, the last column taking the rest
    (a cell wrapped over lines), as a delimited row's cells fill its header; a title line is short and no clause cut
    off (``馆藏整理``, ``1.旧楼改造项目``). Otherwise (one task column, a row whose first columns are cells merged with
    the row above) the lines make one content cell."""
    k = len(columns)
    if k < 2 or len(lines) < k or any(len(t.strip()) > 30 or t.rstrip().endswith((",", "，", "、", "；", ";"))
                                      for t in lines[:k - 1]):
        return [("content", (0, len(lines)))]
    return [(columns[i], (i, i + 1)) for i in range(k - 1)] + [(columns[-1], (k - 1, len(lines)))]


# (lead44) a department named by its level and its field alone (``省人口计生``, ``市新闻出版``): short, Chinese only
_LEVEL_FIELD = re.compile(r"^[省市县区州][\u4e00-\u9fff]{2,6}$")


def level_field_unit(text: str) -> bool:
    """(lead44) A line inside a table's unit run that names a department by its level and its field only (``省人口计生``,
    ``省新闻出版``, between ``省财政厅`` and ``省妇联``): a unit cell of the run, as the named offices around it are (U3a: a
    unit is copied as the text writes it). Asked only once the row's unit run has begun."""
    t = "".join(text.split())
    return _LEVEL_FIELD.match(t) is not None and _CATEGORY_END.search(t) is None


# a category column's word (``县实事``, ``市重点项目``, ``省级工程``): the row's class, no department
_CATEGORY_END = re.compile(r"(?:实事|實事|项目|項目|工程|任务|任務|工作|重点|重點|类|類|级|級|民生)$")
