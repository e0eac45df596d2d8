"""A lead that commits to what is still to be done and announces the list that breaks it down (eval/README.md N17b, N14).

``2031年春季学期共需为N人次发放补助金M万元。分别是:`` over ``一、学前补助:N人,金额M万元;``: the lead says what is to be
paid, given or built and ends on the colon that opens its breakdown; each item of the list (a numbered line, a ``其中:``
line, a ``name:figures`` line) gives a part of the planned whole, so its bare figures are planned like the lead's. The
mirror of ``text.introduces_past_list`` (``…已全部竣工。具体情况如下:``: the items report results). The list ends at the
first line that is no item (``情况说明:…``, a sentence) or at a heading.
"""

from __future__ import annotations

import re

from extract.rules.text import has_past_marker

# the colon that opens a breakdown: ``分别是:``, ``具体如下:``, ``包括:``
_LIST_OPENER = re.compile(r"(?:分别是|分別是|分别为|分別為|具体是|具體是|如下|包括|主要有|具体有|具體有)\s*[:：]\s*$")
# a commitment of the lead's own: what is needed, planned or arranged, still ahead
_PLANNED = re.compile(r"(?:共需|需要|需为|需為|须|須|将|將|拟|擬|计划|計劃|预计|預計|力争|力爭|确保|確保|安排|预算|預算|申请|申請)")
_ITEM_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|其中[:：,，])")
_NAME_COLON = re.compile(r"^\s*[^,，。；;:：!！?？]{2,24}[:：]\s*\S")
_FIGURE = re.compile(r"\d")


def announces_planned_list(paragraph: str) -> bool:
    """``paragraph`` commits to a whole still to be reached or paid (``共需为…发放…万元``) and ends with the colon that opens
    its breakdown (``分别是:``). Not a report's list (a past marker in the lead: ``已下达…,具体如下:``)."""
    p = paragraph.strip()
    if not p.endswith((":", "：")) or _LIST_OPENER.search(p) is None:
        return False
    return _PLANNED.search(p) is not None and _FIGURE.search(p) is not None and not has_past_marker(p)


def is_breakdown_item(paragraph: str) -> bool:
    """``paragraph`` is one short item of a breakdown: a numbered line, a ``其中:`` line or a ``name:figures`` line, with a
    figure of its own and no sentence of its own after it."""
    p = paragraph.strip()
    if len(p) > 120 or _FIGURE.search(p) is None or has_past_marker(p):
        return False
    body = p.rstrip("；;。.")
    if any(c in body for c in "。!！?？"):
        return False
    return _ITEM_MARK.match(p) is not None or _NAME_COLON.match(p) is not None
