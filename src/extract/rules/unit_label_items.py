"""A unit's label alone on its line, its numbered duties on the lines below it (eval/README.md U8a): a division of duties
written unit by unit, each unit's name closed by a colon (the outline reads such a line as a label of the lowest rank,
so its items do not fall under it as under a heading)::

    (一)某县教育局:                  -> lead 某县教育局, tasks 组织学生参加活动, 做好安全教育
    1.组织学生参加活动。
    2.做好安全教育。
    (二)某县卫健局:
    1.做好医疗保障。

``label_item_rows``: (start, end, task, lead, responsible) per item: the first item's quote runs from the label, the others
from their text (marker left out), each to the end of the item's first sentence (U8a). The block ends at the next line
that is no item of the label's list (another label, a heading, a plain paragraph). Not: a label that names no unit
(``二、查处职责分工:``, ``组长:``: people, U4a), a label over lines that are not numbered items (members' names).
Made-up examples only.
"""

from __future__ import annotations

import re
from extract.rules.scan import lines_with_starts

_MARK = r"(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
_LABEL_LINE = re.compile(r"^[ \t]*(?P<mark>" + _MARK + r")?[ \t]*(?P<name>[\u4e00-\u9fff()（）、*＊]{2,30}?)[ \t]*[:：][ \t]*$")
# (unitA28) ``(一)`` items too, under a label of another class (``一、文书组:`` / ``(一)收发公文。``: a charter's sections)
_ITEM = re.compile(r"^[ \t]*(?P<mark>\d{1,2}\s*[、.．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])[ \t]*(?=\S)")
_SENTENCE_END = re.compile(r"[。!！?？;；]")
_CLAUSE_END = re.compile(r"[,，。;；!！?？]")


def _mark_class(mark: str) -> str:
    """The class of a list marker: ``(一)``, ``(1)``, ``1.``, ``一、``, ``①`` each a class of their own."""
    t = mark.strip()
    cjk = re.search(r"[一二三四五六七八九十]", t) is not None
    return ("paren-" if t[:1] in "(（" else "") + ("cjk" if cjk else "circled" if "①" <= t[:1] <= "⑳" else "digit")


def _kind(mark: str) -> str:
    return _mark_class(mark)  # (unitA28) ``(1)`` and ``(一)`` two kinds, as the label's own class test reads them


def label_item_rows(text: str, unit_of) -> list[tuple[int, int, str, list[str], list[str]]]:
    """The rows of the unit labels of ``text`` over their numbered items (module docstring). ``unit_of`` reads a label's
    name as its units or None (``unit_prose.duty_unit``)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if ":" not in text and "：" not in text:
        return out
    lines, starts = lines_with_starts(text)
    marked: list = []
    for i, ln in enumerate(lines):
        if ln.rstrip(" \t")[-1:] not in (":", "："):
            continue  # (perf25) every label line ends with its colon (``_LABEL_LINE``'s ``[:：][ \t]*$``): a cheap test
        m = _LABEL_LINE.match(ln)
        if m is None or (units := unit_of(m.group("name"))) is None:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        first = _ITEM.match(lines[j]) if j < len(lines) else None
        if first is None:
            if m.group("mark") and j < len(lines) and (row := _paragraph_row(lines[j], starts[j], starts[i] + ln.index(m.group("name")),
                                                                          units)) is not None:
                marked.append((_mark_class(m.group("mark")), row))  # (unitA35) a marked label over one paragraph
            continue
        kind = _kind(first.group("mark").strip())
        if m.group("mark") and _mark_class(m.group("mark")) == _mark_class(first.group("mark")):
            continue  # (``(6)甲组:`` / ``(7)乙组:``: the label's siblings, no items of it)
        k = j
        while k < len(lines):
            it = _ITEM.match(lines[k])
            if it is None or _kind(it.group("mark").strip()) != kind or _LABEL_LINE.match(lines[k]):
                break
            body = lines[k][it.end():]
            stop = _SENTENCE_END.search(body)
            end_s = stop.start() if stop else len(body.rstrip())
            clause = _CLAUSE_END.search(body)
            task = body[:clause.start() if clause else len(body)].strip()
            if len(task) >= 4:
                a = starts[i] + ln.index(m.group("name")) if k == j else starts[k] + it.end()
                out.append((a, starts[k] + it.end() + end_s, task, list(units), []))
            k += 1
    classes = [c for c, _ in marked]
    out += [row for c, row in marked if classes.count(c) >= 2]  # (unitA35) two or more: a division written label by label
    return out


# (unitA35) a clause that only says who holds the group's post (``由副校长担任召集人,``): people, no task (U4a)
_POST_CLAUSE = re.compile(r"^由[^,，。;；]{1,14}(?:担任|兼任)[^,，。;；]{0,8}[,，]\s*")


def _paragraph_row(line: str, start: int, label_at: int, units: list[str]):
    """(unitA35) U8a for a marked label alone on its line over one paragraph of running text (``(一)甲组:\n由…负责检核,…。``):
    (quote start at the label, end of the paragraph's first sentence, task its first clause, units, []), or None where the
    line below is no closed paragraph (a name, a heading, another label)."""
    body = line.strip()
    if len(body) < 8 or _SENTENCE_END.search(body) is None or _LABEL_LINE.match(line) or _ITEM.match(line):
        return None
    lead = len(line) - len(line.lstrip())
    skip = _POST_CLAUSE.match(body)
    b0 = skip.end() if skip else 0
    clause = _CLAUSE_END.search(body, b0)
    task = body[b0:clause.start() if clause else len(body)].strip()
    stop = _SENTENCE_END.search(body)
    if len(task) < 4:
        return None
    return label_at, start + lead + stop.start(), task, list(units), []
