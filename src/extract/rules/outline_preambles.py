"""An outline's first part run into the sentence that announces it (flattened duty lists).

A list of parts, each a titled heading with its bracketed items (``二、议事科(一)关于…事项。``), is announced by a
sentence closed by ``如下:`` (``秘书室分设七科,各科掌理事项如下:``). Where the page lost the line break after that
colon, the first part's heading and first item sit on the preamble's line (``…如下:一、机要科(一)关于…事项。``), so
the line opens with no heading and the first part's items lose their owner while the later parts keep theirs. The
marker right after the colon is the outline's first (``一、``): the line's headings are read from there, as if the
preamble stood on a line of its own (the caller still asks for a title run into a deeper marker, ``机要科(一)``).

Made-up examples only.
"""

from __future__ import annotations

import re

# a preamble's closing words and colon, then the first part's marker of an outline (``一、``, ``(一)``)
_PREAMBLE_THEN_FIRST = re.compile(r"(?:如下|如次)[:：]\s*(?=一、|[(（]一[)）])")


def outline_after_preamble(line: str) -> int | None:
    """Where the outline's first heading starts in a line that announces it (``…掌理事项如下:一、机要科(一)…`` -> the
    offset of ``一、``); None when no preamble colon runs straight into a first marker (``主要做法如下:`` alone, or
    ``如下:二、…``: a later part)."""
    if "如" not in line:  # (a cheap test before the search)
        return None
    m = _PREAMBLE_THEN_FIRST.search(line)
    return m.end() if m is not None else None
