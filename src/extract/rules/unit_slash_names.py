"""(r30 unitA30) A body named by two names set apart by a slash (``研究生院/研究生处``, ``学生处/学生工作部``, ``团委/学生会``).

A university's or a bureau's page often writes one office by both of its names (its two plates, or its old and new name)
with ``/`` between them. As a heading or a label that owns duties (U8, U8a) the pair is that one body, copied as
written (U3a: a unit is copied as the text writes it; the slash is no list separator of U3). Each side must be a body's
name of its own (a distributive ``各`` before the first allowed: ``各学院/学部``); ``/`` between other words (a date, a
ratio, ``和/或``) is none.

No I/O; ``units.bare_unit_heading`` asks ``slash_name`` for a title with a slash.
"""

from __future__ import annotations

import re

_SLASH = re.compile(r"\s*[/／]\s*")
_SHORT_BODY = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:部|处|院|会|委|室|中心|办|馆|组|科|队|所|站|局|学部)$")


def slash_name(title: str, bare) -> list[str] | None:
    """[title] where ``title`` is one body written by two or three names set apart by ``/`` (``研究生院/研究生处``), each
    a body's name (``bare``: the reader of one name; a short office name ending in a body's noun); None otherwise."""
    t = title.strip()
    parts = _SLASH.split(t)
    if not 2 <= len(parts) <= 3 or any(not p for p in parts) or len(t) > 30:
        return None
    first = parts[0][1:] if parts[0].startswith("各") else parts[0]
    for p in [first] + parts[1:]:
        if not (_SHORT_BODY.match(p) or bare(p)):
            return None
    return [t]
