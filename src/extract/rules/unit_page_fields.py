"""Role fields of a page's publication block read as unit rows (U4a: furniture names no task's unit; G2a). Made-up
examples only.

- ``publication_block_label``: a role label line (``主办单位:某县甲局``, ``主辦單位:某縣甲局``, ``责任部门:甲局``) whose
  nearest non-blank line before or after is one of the page's publication fields (``发布日期:2031-03-01 访问次数:``,
  ``索引号:…``, ``发布机构:…``, ``来源:…``): the office that published the page, not a unit of a task. A notice's
  closing ``主办:甲局`` / ``承办:乙馆`` after its body, or ``责任单位:甲局`` after a task, with no such field beside it,
  stays.
- ``source_field_line``: a unit row read over the page's source field (``文章来源: 办公室`` under the last item) is none.
"""

from __future__ import annotations

import re

# a role label and its units, alone on its line
_ROLE_FIELD = re.compile(r"^\s*(?:主要)?(?:主办|主辦|承办|承辦|协办|協辦|责任|責任|牵头|牽頭)(?:单位|單位|部门|部門)\s*[:：]\s*(?P<value>\S)?")
# a page's publication field: its date, its view count, its index number, its publisher, its source
_PUBLICATION_FIELD = re.compile(r"(?:发布日期|發布日期|發佈日期|发布时间|發布時間|访问次数|訪問次數|浏览次数|瀏覽次數|"
                                r"点击数|點擊數|索\s*引\s*号|索\s*引\s*號|发布机构|發布機構|信息来源|信息來源|来源|來源|"
                                # (unitA27) a public-information panel's other fields: ``有 效 性:``, ``发文字号:``, ``成文日期:``
                                r"有\s*效\s*性|发文字号|發文字號|成文日期|公开方式|公開方式)\s*[:：]")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    a = text.rfind("\n", 0, start) + 1
    out = []
    while a <= end and a < len(text):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        out.append((a, b))
        a = b + 1
    return out


def _neighbour(text: str, a: int, b: int, step: int) -> str:
    """The nearest non-blank line before (step -1) or after (step 1) the line ``text[a:b]``; "" at the page's edge."""
    span = _neighbour_span(text, a, b, step)
    return text[span[0]:span[1]] if span is not None else ""


def _neighbour_span(text: str, a: int, b: int, step: int) -> tuple[int, int] | None:
    """(start, end) of the nearest non-blank line before (step -1) or after (step 1) the line ``text[a:b]``; None at the
    page's edge."""
    while True:
        if step < 0:
            if a == 0:
                return None
            b = a - 1
            a = text.rfind("\n", 0, b) + 1
        else:
            if b >= len(text):
                return None
            a = b + 1
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
        if text[a:b].strip():
            return a, b


def bare_label_neighbours(text: str, a: int, b: int) -> list[str]:
    """(unitA27) The field lines around a bare label line ``text[a:b]`` (``责任部门:`` with its value on the next line) in a
    panel of fields set a label a line, its value the line below (``发布机构:`` / ``某市政府办公室`` / ``责任部门:`` /
    ``某市政府办公室`` / ``有 效 性:``): the second non-blank line above it (the label over the value before it) and the
    second below it (the label under its own value)."""
    out = []
    for step in (-1, 1):
        x, y = a, b
        for _ in range(2):
            if (span := _neighbour_span(text, x, y, step)) is None:
                break
            x, y = span
        else:
            out.append(text[x:y])
    return out


def publication_block_label(text: str, start: int, end: int) -> bool:
    """Whether the unit row at ``text[start:end]`` is read from a role label line that stands in the page's
    publication block: a line of the span that is a role label (``主办单位:某县甲局``) and whose nearest non-blank
    line before or after carries a publication field (``发布日期:``, ``访问次数:``, ``索引号:``, ``来源:``)."""
    for a, b in _lines(text, start, end):
        if (f := _ROLE_FIELD.match(text[a:b])) is None:
            continue
        near = [_neighbour(text, a, b, -1), _neighbour(text, a, b, 1)]
        if f.group("value") is None:
            near += bare_label_neighbours(text, a, b)  # (unitA27) ``责任部门:`` / its value on the next line
        if any(_PUBLICATION_FIELD.search(n) for n in near):
            return True
    return source_field_line(text, start, end)


# (unitB24) a page's byline field that names where the article came from (``文章来源: 办公室``, ``稿件来源:``, ``来源:``)
_SOURCE_FIELD = re.compile(r"^\s*(?:(?:文章|稿件|信息|新闻|内容)?(?:来源|來源|出处|出處)|稿源)\s*[:：]")


def source_field_line(text: str, start: int, end: int) -> bool:
    """(unitB24) Whether a line of the unit row at ``text[start:end]`` is the page's source field (``文章来源: 办公室``
    under the last item of a report): the office named there published the page; it is no unit of the task above it
    (U4a, G2a: furniture)."""
    if "来源" not in text[start:end] and "來源" not in text[start:end] and "出处" not in text[start:end]:
        return False
    return any(_SOURCE_FIELD.match(text[a:b]) for a, b in _lines(text, start, end))
