"""O1 (and its twenty-first round note on headings that name goals beside other parts): a lead-in sentence that the outline
read as a label line of its own, ``书屋小组的主要任务包括:``, ``本项目的具体内容有:``, ``各项工作安排如下:``, over the items it
introduces.

Its words are a clause whose last word sets the items after it out (``包括``, ``有``, ``如下``, ``分别是``/``分别为``) before the
colon; it carries no outline mark. It is a body sentence of the section it stands in, not a sub-heading: it names no part of
the plan, so it does not divide the body of a heading that names goals beside other parts (``二、建设目标与职责分工`` over
``书屋小组的主要任务包括:`` and its ``- …;`` items is undivided, all of it a goal section), and in a goal section it is itself
a goal sentence (O1: every sentence of the body; a sentence ends at the line's end). A bare name closed by a colon
(``工作目标:``, ``主要任务:``, ``保障措施:``) is a label and stays a heading; so does a numbered line (``1.主要任务包括:``
keeps its rank).
"""

from __future__ import annotations

import re

# an unnumbered clause (a subject of at least two characters, a verb that sets out what follows at its end), the colon
_LEAD_IN = re.compile(r"^[\u4e00-\u9fff“”\"、的]{2,30}?(?:包括|包含|有|如下|分别是|分别为|分別是|分別為)\s*[:：]?\s*$")
_MARKED = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.、．]|[①-⑳])")


def is_lead_in_title(title: str) -> bool:
    """A heading's title that is a lead-in sentence to the items below it (``书屋小组的主要任务包括``, ``具体措施有``):
    a body sentence read as a label line, not the name of a part. False for a bare name (``主要任务``, ``工作目标``),
    a numbered title, and a clause with commas or a full stop in it (a sentence of its own, read as such elsewhere)."""
    t = title.strip()
    if not t or t[-1] not in "括含有下是为為:：" or _MARKED.match(t):
        return False  # (a cheap test before the scan)
    return _LEAD_IN.match(t) is not None


# (goalA35) ``具体目标如下``, ``主要目标包括``, ``年度目标有``: the goals named as the subject, a verb that sets them out after it
_GOALS_BELOW = re.compile(r"^[\u4e00-\u9fff]{0,4}目标(?:任务)?(?:如下|包括|分别是|分别为|有)\s*[:：]?$")


def announces_goals_below(sentence: str) -> bool:
    """(goalA35) O1: a short sentence of a goal section that announces the goals set out after it (``具体目标如下:``,
    ``主要目标包括:``): a sentence of the body, a goal like any other there, though it is short and ends in ``如下``. A bare
    name of the goals (``主要目标``) is a label (O2), and a longer lead is read by the general rules."""
    s = sentence.strip()
    return "目标" in s and _GOALS_BELOW.match(s) is not None
