"""A role label set as a heading of the plan's outline, its units the paragraph under it (U4a, U4d, U6): a project
brief or a works plan that gives each particular a section of its own::

    三、项目责任单位                -> lead [], responsible 某区文体局 (a lone 责任单位 label of running text, U4a)
    某区文体局
    三、实施主体                    -> lead 各镇人民政府 (a 主体 label with no 牵头 label beside it leads, U4d)
    各镇人民政府。

``label_heading_rows``: (start, end, task, lead, responsible) per such heading whose next non-blank line names units and
nothing else (``is_unit``, at most a closing ``。``); task = the page's title line (the project or plan the particulars
describe). Not: a heading whose next line is a sentence or a list of works (``各镇、街道及公园室外场地``: a place, no
unit list), people (``责任人``, ``负责人``: U4a), the site's publication fields (``发布机构:``). Made-up examples only.
"""

from __future__ import annotations

import re

_MARK = r"(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
# the role words such a heading may be (``(项目)责任单位``, ``牵头单位``, ``主责单位``, ``建设/实施/责任主体``, ``建设/实施单位``)
_LABEL_HEADING = re.compile(r"(?m)^[ \t]*" + _MARK + r"[ \t]*(?:项目)?(?P<label>牵头单位|牵头部门|主责单位|责任单位|责任部门|"
                            r"(?:建设|实施|责任)主体|(?:建设|实施)单位)[ \t]*[:：]?[ \t]*$")
_LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "建设主体", "实施主体", "责任主体", "建设单位", "实施单位")


def is_label_heading(line: str) -> bool:
    """Whether ``line`` is a numbered section heading that is a role label alone (``三、责任单位``, ``(四)建设主体``,
    ``五、项目责任单位``): a plan's section over its units, no header of a table's unit column."""
    return _LABEL_HEADING.fullmatch(line.rstrip("\n")) is not None
_TITLE_LINE = re.compile(r"^[^。！？!?;；:：|]{6,70}$")


def _title(text: str) -> tuple[int, str] | None:
    """(offset, words) of the page's title: the first of its first eight non-blank lines that reads as a title (no
    sentence end, colon or cell bar: a site's field rows before it are passed over)."""
    pos, seen = 0, 0
    for ln in text.split("\n"):
        if ln.strip():
            seen += 1
            if _TITLE_LINE.match(ln.strip()):
                return pos + ln.find(ln.strip()), ln.strip()
            if seen >= 8:
                return None
        pos += len(ln) + 1
    return None
_UNIT_SPLIT = re.compile(r"[、,，;；\s]+")


def label_heading_rows(text: str, is_unit) -> list[tuple[int, int, str, list[str], list[str]]]:
    """The rows of the role label headings of ``text`` (module docstring)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "单位" not in text and "部门" not in text and "主体" not in text:
        return out
    title = None
    for m in _LABEL_HEADING.finditer(text):
        a = m.end()
        while a < len(text) and text[a] in " \t\u3000\n":
            a += 1
        e = text.find("\n", a)
        e = len(text) if e < 0 else e
        line = text[a:e].strip().rstrip("。;；")
        if re.match(_MARK, line):
            continue  # (``(一)某局``: a heading of its own, the owner of the items under it, U8)
        names = [u for u in _UNIT_SPLIT.split(line) if u]
        if not names or len(line) > 60 or not all(is_unit(u) for u in names) or "及" in line:
            continue
        if title is None:
            title = _title(text) or (0, "")
        if not title[1] or title[0] >= m.start():
            continue
        lead = m.group("label") in _LEAD_LABELS
        start = m.start("label") - (2 if text[m.start("label") - 2:m.start("label")] == "项目" else 0)
        out.append((start, a + len(text[a:e].rstrip()), title[1], names if lead else [], [] if lead else names))
    return out
