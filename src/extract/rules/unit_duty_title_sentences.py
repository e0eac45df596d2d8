"""(lead47) A body's duty title closed by a full stop at a paragraph's start, its duties in the sentences after it (eval/README.md
U8a): ``综合组职责。主要负责…``, ``办公室职责及构成。承担…日常工作,…``. Where two or more paragraphs of the page open so,
each is its body's row: lead the body, task the first clause its charge opens (``负责``/``承担``), the quote from the body's
name to that clause's end. A paragraph whose sentences charge no one (a make-up only) gives no row.

    综合组职责。主要负责文稿起草、简报编发。   /   宣传组职责。主要负责活动的报道。
    -> two rows: 综合组 (文稿起草…), 宣传组 (活动的报道)

Made-up examples only.
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"(?m)(?:^|(?<=[。;；]))[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:主要)?(?:职责|職責)(?:及[\u4e00-\u9fff]{1,4})?\s*[。.]")
# a working group's name, whatever its words (``督导组``: a verb's words, a group's name all the same under its duty title)
_GROUP = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:组|組)$")
_CHARGE = re.compile(r"(?:主要|具体)?(?:负责|承担)(?![人的]|制(?![定订作]))(?P<task>[^,，。;；\n]{4,60})")


def duty_title_sentence_rows(text: str, unit_of) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each paragraph of the module's form in ``text``; ``unit_of`` gives a name's units or
    None (a duty head's reading)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "职责。" not in text and "職責。" not in text and "职责." not in text and "构成。" not in text:
        return out
    rows = []
    for m in _TITLE.finditer(text):
        units = unit_of(m.group("unit")) or ([m.group("unit")] if _GROUP.search(m.group("unit")) else None)
        if not units:
            continue
        nxt = _TITLE.search(text, m.end())
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        stop = min(stop, nxt.start()) if nxt is not None else stop  # (the next title ends this one's duties)
        c = _CHARGE.search(text, m.end(), stop)
        if c is None:
            continue
        rows.append((m.start("unit"), c.end("task"), c.group("task").strip(), list(units), []))
    return rows if len(rows) >= 2 else out
