"""(unitA31) Inline list items run on with nothing between them (a scraped charter or a PDF's text layer: ``…之推动(二)乙事项
(三)丙事项``): the next item's bracketed mark, in sequence after the current one, ends the current item even where no comma,
semicolon or full stop stands before it (eval/README.md U8b (i): one row per item). Only bracketed marks (``(二)``, ``(3)``)
and circled numbers (``②``), which do not occur inside a duty's words by chance; ``二、``/``2.`` glued on stay in the item.
Made-up examples only.
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
_MARK = re.compile(rf"[(（](?P<cn>[{_CN}]{{1,3}})[)）]|[(（](?P<d>\d{{1,2}})[)）]|(?P<c>[①-⑳])")


def _cn_value(t: str) -> int | None:
    """The value of a Chinese numeral up to 99 (``三`` 3, ``十二`` 12, ``二十`` 20)."""
    if not t or any(c not in _CN for c in t):
        return None
    if t == "十":
        return 10
    if "十" in t:
        head, _, tail = t.partition("十")
        tens = _CN.index(head) + 1 if head else 1
        return tens * 10 + (_CN.index(tail) + 1 if tail else 0)
    return _CN.index(t) + 1 if len(t) == 1 else None


def _value(m: re.Match) -> tuple[str, int] | None:
    if m.group("cn"):
        v = _cn_value(m.group("cn"))
        return ("cn", v) if v is not None else None
    if m.group("d"):
        return "d", int(m.group("d"))
    return "c", ord(m.group("c")) - ord("①") + 1


def next_glued_mark(text: str, mark_start: int, body_start: int, body_end: int) -> int | None:
    """The start of the next item's mark inside ``text[body_start:body_end]`` (the current item's text after its mark at
    ``mark_start``), where that mark is of the current mark's kind and numbers the next item; else None."""
    cur = _MARK.match(text, mark_start)
    if cur is None or (v := _value(cur)) is None:
        return None
    kind, n = v
    for m in _MARK.finditer(text, body_start, body_end):
        w = _value(m)
        if w is not None and w == (kind, n + 1):
            return m.start()
    return None
