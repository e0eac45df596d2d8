"""A group's line of units whose label the page glued to them, under the group's numbered title (U1, U4a: a
``负责部门`` names the units that answer for the group's work; the title is the task). An event plan's staffing
table flattened one cell a line, the label cell and the units cell run together with no colon::

    1.宣传报道组
    负责部门甲社宣传部、秘书处

``glued_label_rows``: (start, end, task, lead, responsible) of each line that opens with a unit label word
(``负责部门``, ``负责单位``, ``责任部门``, ``责任单位``, or bare ``部门``/``单位``) glued to a list that reads as units
as a whole and item by item, right under a numbered title (``1.``, ``(二)``) of a few words. Lead ``[]``, responsible
the listed units, task the title, quote from the title to the list's end. Not: a label with its colon (the label
cues'), ``单位国内生产总值…`` (no units), a line under no numbered title (``部门目录``).

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell
from extract.rules.units import leading_units, split_units

_GLUED = re.compile(r"(?m)^[ \t]*(?:负责|责任)?(?:部门|单位)(?![:：\s])(?P<units>[^\n:：;；。,，]{2,60}?)[ \t]*$")
_TITLE = re.compile(r"[ \t]*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*"
                    r"(?P<title>[^\s。;；,，:：、\d]{2,16})[ \t]*$")


def glued_label_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each glued label line under a numbered title in ``text``:
    ``1.宣传报道组\\n负责部门甲社宣传部、秘书处`` -> ``宣传报道组``, ``[]``, ``[甲社宣传部, 秘书处]``."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "部门" not in text and "单位" not in text:
        return out
    for m in _GLUED.finditer(text):
        listed = m.group("units").strip()
        units = split_units(listed)
        if not units or not is_unit_cell(listed) or leading_units(listed) != units \
                or not all(is_unit_cell(u) for u in units):
            continue
        line_start = m.start()
        prev_end = text.rfind("\n", 0, line_start)
        if prev_end < 0:
            continue
        prev_start = text.rfind("\n", 0, prev_end) + 1
        title = _TITLE.match(text, prev_start, prev_end)
        if title is None or is_unit_cell(title.group("title")) and not title.group("title").endswith("组"):
            continue
        out.append((title.start("title"), m.start("units") + len(m.group("units").rstrip()), title.group("title"), [], units))
    return out
