"""(lead47) A division of work run into one sentence (eval/README.md U7, U8b (ii)): a lead-in that names the division and
closes with a colon, then clauses parted by semicolons, each opening with the body that does it. Each such clause is
its body's row; a clause whose subject is two bodies joined by ``与``/``和`` and doing it together (``联合``, ``共同``)
is both bodies' row.

    各部门依据职责分工开展工作:甲局重点检查收费行为;乙局重点检查消防设施;丙局与丁局联合排查资质。
    -> three rows: 甲局, 乙局, and 丙局 with 丁局 (each task the clause after its subject)

(lead48) The lead-in may also be the title of its part, closed by a full stop and run into the clauses on its line
(``(二)明确职责分工。甲局负责…;乙办结合有关工作,适时开展…;丙所要加强…;丁会、戊委要广泛动员,…``): the part's clauses,
parted by semicolons or full stops, up to the line's end; a clause's modal (``要``) and a manner phrase before its
doing (``结合有关工作,``) are no part of its task.

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


# (lead48) a part's title that names the division, closed by a full stop, at a line's start: ``(二)明确职责分工。``
_TITLE_LEAD_IN = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
                            r"[^。;；,，:：\n]{0,8}(?:职责分工|分工|职责|各司其职|各负其责)[^。;；,，:：\n]{0,4}。")
_MODAL = re.compile(r"^(?:要|应|應|须|須|将|將)(?=[\u4e00-\u9fff]{2})")
_MANNER = re.compile(r"^(?:结合|結合|按照|根据|根據|依据|依據|围绕|圍繞|针对|針對)")


def _task_after_subject(rest: str) -> str:
    """The clause's task after its subject: its first comma part, its modal left out; past a manner phrase
    (``结合有关工作,适时开展…``) the part after it."""
    parts = [p.strip() for p in re.split(r"[,，]", rest)]
    task = _MODAL.sub("", parts[0])
    if _MANNER.match(task) and len(parts) > 1 and len(parts[1]) >= 4:
        task = parts[1]
    return task


def _clauses(text: str, start: int, full_stops: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each clause after ``start``, parted by semicolons (and by full stops with ``full_stops``: a part's
    clauses after its title), up to the sentence's ``。`` (with ``full_stops``: the line's end) or the line's end."""
    stop = len(text)
    for c in ("\n",) if full_stops else "。\n":
        k = text.find(c, start)
        if k >= 0:
            stop = min(stop, k)
    out: list[tuple[int, int]] = []
    a = start
    for m in re.finditer(r"[;；。]" if full_stops else r"[;；]", text[start:stop]):
        out.append((a, start + m.start()))
        a = start + m.end()
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
    runs = [(m, _clauses(text, m.end()), False) for m in _LEAD_IN.finditer(text)]
    runs += [(m, _clauses(text, m.end(), full_stops=True), True) for m in _TITLE_LEAD_IN.finditer(text)]
    for m, clauses, titled in runs:
        rows = []
        for a, b in clauses:
            a += len(text[a:b]) - len(text[a:b].lstrip())
            body = text[a:b]
            subj = item_subject(body, is_unit) or _joint_subject(body, is_unit)
            if subj is None:
                continue
            k, units = subj
            task = _task_after_subject(body[k:]) if titled else re.split(r"[,，;；。]", body[k:], maxsplit=1)[0].strip()
            if len(task) >= 4:
                rows.append((a, b, task, list(units)))
        if len(rows) >= 2:
            out += rows
    return out
