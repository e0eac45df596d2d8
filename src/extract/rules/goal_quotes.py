"""O5 / G4: where a goal's quote may be lengthened.

A goal quote is its sentence (O5) and is never lengthened where its words stand earlier inside another sentence (a
``摘要`` line, a longer sentence quoting it). G4 still lets a quote run over its table row (N6, U5): a task table's cell
that repeats words of the body takes in the row's cells above it. ``in_table_row`` tells the two apart by the layout
above the goal's line.
"""

from __future__ import annotations

import re

# ``4`` or ``12`` alone on a line: a task table's row number cell
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_ROW_LOOKBACK = 2  # the row's cells before its task cell: its number and its title


def in_table_row(original: str, start: int) -> bool:
    """Whether the line that holds ``start`` is a cell of a task table's row: one of the two non-blank lines above it
    is a bare row number (``4`` / ``提升某某水平`` / the cell), or it or a line above carries a cell delimiter ``|``.
    A goal sentence of running text (under a heading ``二、发展目标``, after another sentence) is none."""
    line_start = original.rfind("\n", 0, start) + 1
    line_end = original.find("\n", start)
    if "|" in original[line_start:len(original) if line_end < 0 else line_end]:
        return True
    above = [ln for ln in original[:line_start].split("\n")[-8:] if ln.strip()][-_ROW_LOOKBACK:]
    return any(_ROW_NUMBER.match(ln) or "|" in ln for ln in above)


def keeps_bare_sentence(original: str, start: int, earlier_is_whole: bool) -> bool:
    """O5: a whole goal sentence whose words stand earlier keeps its bare quote: where the earlier words are a whole
    sentence (a goal printed twice, G4), and where they stand inside a longer sentence (``【摘要】:规划目标到2031年建成…
    体系。`` over the body's ``到2031年建成…体系。``) unless the goal is a cell of a task table's row (G4: its row)."""
    return earlier_is_whole or not in_table_row(original, start)


# ``【摘要】:``, ``摘要:``, ``【导读】``: a teaser's label opening its paragraph
_TEASER_LABEL = re.compile(r"^\s*(?:【\s*(?:摘要|内容摘要|內容摘要|内容提要|提要|导读|導讀)\s*】\s*[:：]?|"
                           r"(?:摘要|内容摘要|內容摘要|内容提要|提要|导读|導讀)\s*[:：])\s*")
# ``(一)规划目标``, ``二、发展目标``, ``规划目标``: the name of a goal heading run into the teaser's first sentence
_RUN_IN_GOAL_NAME = re.compile(r"(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.．])?\s*"
                               r"([\u4e00-\u9fff]{0,6}(?:目标|目標))(?![是为為:：,，;；。的])")


def teaser_lead_end(paragraph: str) -> int:
    """The offset in ``paragraph`` where a teaser's goal sentence starts: after its label (``【摘要】:``, ``导读:``) and a
    goal heading's name run into the sentence (``【摘要】:(一)规划目标到2031年建成…体系。`` -> at ``到2031年``: O2, an
    inline title, and O5, the quote is the bare sentence); 0 for a paragraph that opens with no teaser label. Not a name
    the sentence goes on with (``摘要:规划目标是到2031年…``, ``摘要:发展目标:…`` keep their words), nor a heading name
    that names no goals."""
    m = _TEASER_LABEL.match(paragraph)
    if m is None:
        return 0
    n = _RUN_IN_GOAL_NAME.match(paragraph, m.end())
    if n is not None and n.group(1):
        from extract.cues import heading_names_goals
        if heading_names_goals(n.group(1)):
            return n.end()
    return m.end()
