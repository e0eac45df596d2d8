"""A plan's numbered fields run into one long line (``一.活動名稱:… 二.活動依據:… 三.活動目標:… 五.主辦單位:…``): a
page that lost its line breaks prints an event or project plan's outline of fields on one line. The line is the plan's
text, no site's footer, though a host label (``主辦單位:``, ``承辦單位:``) or a contact field on it looks like one: a
footer numbers no fields, and is no long run of them (G2a is about furniture, and these are the plan's own words).
"""

from __future__ import annotations

import re

# an outline mark of the top rank (``一.``, ``二、``, ``十一.``), then a field's name and its colon; the blank before a mark may
# be gone (the normaliser drops blanks between Chinese characters before it reads furniture)
_FIELD = re.compile(r"(?<![一二三四五六七八九十百])(?P<mark>[一二三四五六七八九十]{1,3})\s*[.、．]\s*[\u4e00-\u9fff]{2,8}\s*[:：]")


def numbered_field_run(line: str, min_fields: int = 3) -> bool:
    """Whether ``line`` is a run of at least ``min_fields`` numbered fields of a plan, its marks in order from ``一``
    (``一.活動名稱:… 二.活動依據:… 三.活動目標:…``); False for a footer's fields (no marks) and a short line."""
    if len(line) < 120 or line.count(":") + line.count("：") < min_fields:
        return False  # (a cheap test before the scan)
    marks = [m.group("mark") for m in _FIELD.finditer(line)]
    return len(marks) >= min_fields and marks[:3] == ["一", "二", "三"]


# (goalA35) the next numbered field glued to the text before it (``…篮球社八.申请计划类型:团``), its blank dropped
_GLUED_FIELD = re.compile(r"(?<=[\u4e00-\u9fff)）])[一二三四五六七八九十]{1,3}\s*[.．]\s*[\u4e00-\u9fff]{2,8}\s*[:：]")


def before_glued_field(text: str) -> str:
    """(goalA35) ``text`` up to a numbered field glued to it (``篮球社八.申请计划类型:团`` -> ``篮球社``): in a run of a
    plan's numbered fields whose blanks the normaliser dropped, the last unit of a field's list runs into the next field's
    mark; ``text`` itself when none."""
    if ":" not in text and "：" not in text:
        return text  # (a cheap test before the scan)
    m = _GLUED_FIELD.search(text)
    return text[:m.start()] if m else text
