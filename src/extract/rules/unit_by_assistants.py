"""``由X协助+doing`` inside a sentence: a named office that assists the doing, no lead written (U4c, U7: who helps
answers for the task). Made-up examples only.

- ``by_assistant_doings``: (start, end, task, responsible) of each ``由X协助(并合作)Y`` where X is a list of
  organisations' names and Y the doing up to the clause's end (``旧校地刻由县府甲处协助标售中`` -> task ``标售中``,
  responsible ``[县府甲处]``). The quote runs from ``由`` to the clause's end. Not: ``由于``, a lead named in the same
  clause (``由甲局牵头、乙局协助``: ``led_by``'s), a collective (``由各校协助``), a person (``由校长协助``), a doing
  cut off by the clause's end (``由乙局协助,…``: ``unit_by_helpers``' task after the comma).
"""

from __future__ import annotations

import re

from extract.rules.units import leading_units

_BY_ASSISTING = re.compile(r"由(?!于|於|此)(?P<units>[^。;；,，:：由\n]{2,40}?)(?:协助|協助)(?:并|並)?(?:合作|配合)?"
                           r"(?P<task>[^。;；,，:：\n]{2,40})")


def by_assistant_doings(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, responsible) of each ``由X协助Y`` in ``text`` with X offices' names only and Y a doing:
    ``由院甲部协助并合作在校内宣传`` -> task ``在校内宣传``, responsible ``[院甲部]``. Not ``由甲局牵头、乙局协助``,
    ``由各校协助办理``, ``由于乙局协助``."""
    out: list[tuple[int, int, str, list[str]]] = []
    if "协助" not in text and "協助" not in text:
        return out
    for m in _BY_ASSISTING.finditer(text):
        listed = m.group("units")
        if re.search(r"牵头|负责|主办|统筹|主责|会同", listed) or listed.startswith(("各", "相关", "有关", "本")):
            continue
        units = leading_units(listed)
        if not units or "".join(units) != re.sub(r"[、,，\s]", "", listed):
            continue  # the whole list reads as offices' names (not ``由甲局长协助``: a person, U4a)
        out.append((m.start(), m.end(), m.group("task").strip(), units))
    return out
