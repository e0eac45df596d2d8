"""O1, O2: a goal section's marked paragraph whose first sentence runs in clauses is no inline title.

O2 reads a short name closed by ``。`` at a paragraph's start as the paragraph's inline title (``(一)学前教育。``,
``1.优化资源配置。``). A first sentence that runs in clauses, commas between them (``1、某会组织健全,成员分工明确,责任
落实。…``, ``(四)坚持稳步推进的原则,在五年内,全面提高某项水平。一是…``), states what is to be reached: a body sentence of
the goal section and a goal (O1), the sentences after it too. A short name (no comma, or two short clauses of a task's name: ``(二)增加投入,加快建设步伐。``), a topic label with its colon
(``(三)高中教育:…``) and a name of goals (``(一)总体目标。``) stay titles.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*、|[①-⑳])\s*")
_COMMA = re.compile(r"[,，]")
_MIN_CLAUSE = 3
_MIN_CLAUSES = 3  # (``(二)增加投入,加快建设步伐。``, two short clauses of a task's name, stays a title)


def title_is_clausal_sentence(title: str) -> bool:
    """An inline title that is a sentence of clauses (``1、某会组织健全,成员分工明确,责任落实。``): three clauses or more
    separated by commas, each of three characters or more, closed by ``。``, no colon, no name of goals; not a short
    name (``(一)学前教育。``)."""
    t = _MARK.sub("", title.strip(), count=1).strip()
    if not t.endswith("。") or ":" in t or "：" in t or "目标" in t or "目標" in t:
        return False
    clauses = _COMMA.split(t.rstrip("。"))
    return len(clauses) >= _MIN_CLAUSES and all(len(c.strip()) >= _MIN_CLAUSE for c in clauses)
