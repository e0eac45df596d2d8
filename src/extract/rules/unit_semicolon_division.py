"""(lead47) A division of work run into one sentence (eval/README.md U7, U8b (ii)): a lead-in that names the division and
closes with a colon, then clauses parted by semicolons, each opening with the body that does it. Each such clause is
its body's row; a clause whose subject is two bodies joined by ``与``/``和`` and doing it together (``联合``, ``共同``)
is both bodies' row.

    各部门依据职责分工开展工作:甲局重点检查收费行为;乙局重点检查消防设施;丙局与丁局联合排查资质。
    -> three rows: 甲局, 乙局, and 丙局 with 丁局 (each task the clause after its subject)

Not: a lead-in without a word of the division (``职责``, ``分工``, ``各司其职``, ``各负其责``), nor clauses without
their own subject (an owner's list of duties, read elsewhere), nor fewer than two clauses with a subject.

Made-up examples only.
"""

from __future__ import annotations

import re

# the lead-in: a word of the division, then a short phrase of how (``精准发力``, ``分头行动``), then the colon
_LEAD_IN = re.compile(r"(?:职责分工|分工|各司其职|各负其责|职责)[^。;；,，:：\n“”\"]{0,8}[:：]")
# two bodies doing the clause together: ``甲局与乙局联合排查…``
_JOINT = re.compile(r"^(?P<a>[^。;；,，:：\s与和]{2,16}?)(?:与|和)(?P<b>[^。;；,，:：\s与和]{2,16}?)(?P<verb>联合|共同)")


def _clauses(text: str, colon_end: int) -> list[tuple[int, int]]:
    """(start, end) of each semicolon clause of the sentence after the colon at ``colon_end`` (to its ``。`` or line end)."""
    stop = len(text)
    for c in "。\n":
        k = text.find(c, colon_end)
        if k >= 0:
            stop = min(stop, k)
    out: list[tuple[int, int]] = []
    a = colon_end
    for m in re.finditer(r"[;；]", text[colon_end:stop]):
        out.append((a, colon_end + m.start()))
        a = colon_end + m.end()
    out.append((a, stop))
    return [(x, y) for x, y in out if text[x:y].strip()]


def _joint_subject(body: str, is_unit) -> tuple[int, list[str]] | None:
    """(length before the joint verb, [a, b]) of a clause opening ``甲局与乙局联合…``, both read as units; else None."""
    from extract.rules.unit_duty_items import _ORG_END

    m = _JOINT.match(body)
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    if not (_ORG_END.search(a) and _ORG_END.search(b) and is_unit(a) and is_unit(b)):
        return None
    return m.start("verb"), [a, b]


def semicolon_division_rows(text: str, is_unit) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, units) of each clause with its own subject in a division of work run into one sentence after
    its lead-in's colon; the task is the clause after its subject up to its first comma, the quote the whole clause."""
    from extract.rules.unit_duty_items import item_subject

    out: list[tuple[int, int, str, list[str]]] = []
    if ";" not in text and "；" not in text:
        return out
    for m in _LEAD_IN.finditer(text):
        rows = []
        for a, b in _clauses(text, m.end()):
            a += len(text[a:b]) - len(text[a:b].lstrip())
            body = text[a:b]
            subj = item_subject(body, is_unit) or _joint_subject(body, is_unit)
            if subj is None:
                continue
            k, units = subj
            task = re.split(r"[,，;；。]", body[k:], maxsplit=1)[0].strip()
            if len(task) >= 4:
                rows.append((a, b, task, list(units)))
        if len(rows) >= 2:
            out += rows
    return out
