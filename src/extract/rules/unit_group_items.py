"""(r33 unitB35) Working groups' duty items the layout glues or splits (U8b read for an event plan's 分工; U2, U5).

An event plan's division of labour (分工安排) lists its working groups, each a name ending in ``组`` and its duties:
``1.节目组:负责节目筛选、排练``. Each item is one unit row: lead the group as written, responsible ``[]``, task the duty
(its first sentence), quote from the group's name to the duty's end. Two layouts lose the item's own line, and these
cues read them:

- ``glued_group_items``: the items run on one line, each opening with its serial (``七、分工安排1.节目组:负责节目筛选、
  排练2.后勤组:会场布置、奖品采购3.摄影组:…``). At least two items in a row, numbered one after the other; a duty ends
  at the next item's serial, at the next heading (``八、``), or at the line's end.
- ``split_group_items``: the group's name and its duty stand in paragraphs of their own in a page's kept markup
  (``<p>①电机组:</p><p>负责音响设备的调试…</p>``, ``<p>②奖品准备组</p><p>负责统计…</p>``): the name paragraph holds
  only an item mark, the name (a bracketed note after it allowed) and an optional colon; the duty paragraph opens with
  ``负责``.

Not: a name that is no group (``主持人``, ``①活动前期:``), a single glued item (an item on its own line is read by the
label-line readers), a duty shorter than two characters.

No I/O; the extractor hands in the normalised text.
"""

from __future__ import annotations

import re

_GROUP = r"[\u4e00-\u9fff]{1,8}组"
# one glued item: its serial, the group, a colon, the duty up to the next serial, heading or the line's end
_GLUED = re.compile(r"(\d{1,2})[.．、](" + _GROUP + r")[:：]([^\n]+?)(?=\d{1,2}[.．、][\u4e00-\u9fff]|[一二三四五六七八九十]+、|\n|$)")
# a name paragraph and the duty paragraph after it
_SPLIT = re.compile(r"<p[^>]*>\s*(?:[①-⑳]|\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*(" + _GROUP
                    + r")((?:[(（][^()（）<>]{1,20}[)）])?)\s*[:：]?\s*</p>\s*<p[^>]*>\s*(负责[^<]+?)\s*</p>")
_SENT = re.compile(r"[。;；]")


def glued_group_items(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of working groups' items glued on one line (``1.节目组:负责…2.后勤组:…``)."""
    if "组:" not in text and "组：" not in text:
        return []
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    run: list[tuple[int, re.Match]] = []

    def flush():
        if len(run) >= 2:
            for _, m in run:
                duty = _SENT.split(m.group(3), maxsplit=1)[0].strip()
                if len(duty) >= 2:
                    end = m.start(3) + m.group(3).find(duty) + len(duty)
                    out.append((m.start(2), end, duty, [m.group(2)], []))
        run.clear()

    pos = 0
    while True:
        m = _GLUED.search(text, pos)
        if m is None:
            break
        no = int(m.group(1))
        if run and not (m.start() == run[-1][1].end() and no == run[-1][0] + 1):
            flush()
        run.append((no, m))
        pos = m.end()
    flush()
    return out


def split_group_items(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of working groups whose name and duty stand in paragraphs of their own
    (``<p>①电机组:</p><p>负责音响设备的调试…</p>``)."""
    if "</p>" not in text or "负责" not in text:
        return []
    out = []
    for m in _SPLIT.finditer(text):
        duty = _SENT.split(m.group(3), maxsplit=1)[0].strip()
        if len(duty) >= 4:
            out.append((m.start(1), m.start(3) + len(duty), duty, [m.group(1)], []))
    return out
