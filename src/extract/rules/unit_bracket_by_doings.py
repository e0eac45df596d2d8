"""``(由X+doing)``: a bracket that opens with ``由`` and a named organisation, then the task's own verb, closing an item
or a sentence (``3.嘉宾(由某县文旅局邀请)``, ``(由某馆统一提供奖品)``). eval/README.md U7 (eighteenth round): ``由X``
followed by the task's own verb puts the task on X as ``由X负责`` does: lead X, task the clause after ``由X`` (its verb
kept). The bracket is read as the sentence that opens with ``由`` is (``unit_charge_finders.find_by_unit_doing``), with
the same guards (no collective, person, payer, role verb or organiser verb of U7e, no act reported done).

Where the doing is a bare verb whose object is the item the bracket closes (``市领导(由某办邀请)``), the task is that
verb with its object, and the quote runs from the object (U4e, seventeenth round: a bare verb takes the topic it is
about; U2: the item's own words). Made-up examples only.
"""

from __future__ import annotations

import re

# an opening bracket, then ``由`` (not ``由于``, ``由此``)
_BRACKET_BY = re.compile(r"[(（]\s*由(?!于|此|於)")
# the bracket's end (or the line's, where the closing bracket was lost)
_BRACKET_END = re.compile(r"[)）\n]")
# the item's own words before the bracket, after a marker or the line's start: the object of a bare verb
_ITEM_BEFORE = re.compile(r"(?:^|\n)\s*(?:\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?\s*"
                          r"(?P<topic>[^\s。;；,，:：()（）!！?？]{2,20})$")
# a bare verb: the doing has no object of its own
_BARE_VERB = re.compile(r"^[\u4e00-\u9fff]{2}$")


def bracket_by_doings(text: str, offset: int, hits: list) -> list:
    """U7 (eighteenth round) for ``(由X+doing)``: an ``AssignmentHit`` per bracket, lead X, task the doing (its verb
    kept; a bare verb with the item before the bracket as its object), quote from ``由`` (or from that item) to the end
    of the doing; none where a hit of ``hits`` overlaps it."""
    from extract.rules import unit_charge_finders as _ucf
    from extract.rules import unit_by_name_guards as _ubng
    from extract.rules import unit_comma_by_doings as _ucb
    from extract.cues import is_unit_cell
    from extract.rules.units import _CLAUSE_SEP, AssignmentHit, split_units

    out: list = []
    if "由" not in text:
        return out
    taken = [(h.start - offset, h.end - offset) for h in hits]
    for m in _BRACKET_BY.finditer(text):
        end = _BRACKET_END.search(text, m.end())
        inner = text[m.end():end.start() if end else len(text)]
        stop = _CLAUSE_SEP.search(inner)
        clause = inner[:stop.start() if stop else len(inner)].rstrip()
        k = _ucf._by_unit_name(clause)
        if not k:
            continue
        k = _ucb._longest_name(clause, k, is_unit_cell, _ucf._ORG_END)
        name, doing = clause[:k], clause[k:]
        if len(doing) < 2 or "等" in name or name.startswith(("各", "相关", "有关", "所有")) \
                or (_ucf._OTHER_VERB.match(doing) and not _ucf._OVERSEES.match(doing)) \
                or _ucf._ROLE_WORD.fullmatch(name) or _ucf._is_person(name) or _ucf._GENERIC_PARTY.match(name) \
                or _ucf._FINANCE.match(name) or _ucf.pays_from(doing) or _ucb._NO_TASK_DOING.match(doing) \
                or _ucb.names_person_by_title(name) or _ucb.opens_with_person(doing) or _ucf._DONE.search(doing) \
                or _ubng.name_runs_into_doing(name, doing):
            continue
        a, b = m.end() - 1, m.end() + len(clause)
        task = doing
        if _BARE_VERB.match(doing) and (item := _ITEM_BEFORE.search(text, 0, m.start())) is not None:
            a, task = item.start("topic"), doing + item.group("topic")  # ``市领导(由某办邀请`` -> ``邀请市领导``
        if any(x < b and a < y for x, y in taken):
            continue
        units = split_units(name)
        if not units:
            continue
        taken.append((a, b))
        out.append(AssignmentHit(offset + a, offset + b, task, units, [], cue="bracket_by_doing"))
    return out
