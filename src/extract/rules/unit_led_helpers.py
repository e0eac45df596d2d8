"""A lead's clause followed by its helpers (U4c ``X会同Y``, U7): ``…由X牵头,会同Y、Z…`` names X the lead and Y, Z the
units that work with it (``校舍维修由某县教育局牵头,会同某县住建局、某县财政局组织实施`` -> lead ``某县教育局``,
responsible ``某县住建局``, ``某县财政局``). The row the ``由X牵头`` clause gives keeps its task; the helpers join it and
its quote runs on to the end of their names.

- ``following_helpers``: the helpers a ``,会同…`` clause right after a lead's clause names, and where their names end:
  a ``等…部门``/``等…单位`` tail closes the list (U4b: the class noun is no unit), else the last name ends where it
  stops reading as a name (the verb of the task after it), or at the clause's or the text's end (a list the excerpt
  cuts keeps its visible names, U3a).

Made-up examples only.
"""

from __future__ import annotations

import dataclasses
import re

_FOLLOWING_WITH = re.compile(r"[,，]\s*(?:并|同时)?(?:会同|會同)(?P<listed>[^。;；,，:：\n]{2,160})")
_CLASS_TAIL = re.compile(r"等(?:有关|相关|有關|相關)?(?:[一二三四五六七八九十\d]{1,3}个?)?(?:部门|单位|部門|單位)")


def following_helpers(text: str, end: int, is_unit) -> tuple[list[str], int] | None:
    """(helpers, end of their names) for a ``,会同Y、Z…`` clause at ``text[end:]``, or None where there is none or a
    name in it reads as no unit. ``,会同某县住建局、某县财政局组织实施`` -> (both, the end of ``某县财政局``)."""
    from extract.rules.units import split_units

    m = _FOLLOWING_WITH.match(text, end)
    if m is None:
        return None
    listed = m.group("listed")
    if (tail := _CLASS_TAIL.search(listed)) is not None:
        names, stop = listed[:tail.start()], m.start("listed") + tail.start()
    else:
        parts = listed.split("、")
        last = parts[-1]
        cut_by_end = m.end() == len(text.rstrip())
        k = next((k for k in range(len(last), 1, -1) if is_unit(last[:k]) and _ORG_END.search(last[:k])), 0)
        if not k and cut_by_end and re.fullmatch(r"[\u4e00-\u9fff]+", last) and not last.startswith(("各", "有关", "相关", "多")):
            k = len(last)  # a name the excerpt cuts (``…、卫健``), kept as written (U3a)
        if not k:
            return None
        names = "、".join(parts[:-1] + [last[:k]])
        stop = m.start("listed") + len(names)
    units = split_units(names)
    if not units or not all(is_unit(u) for u in units[:-1]) or not (is_unit(units[-1]) or cut_by_end_of(text, stop)):
        return None
    return units, stop


_ORG_END = re.compile(r"(?:部门|单位|部門|單位|局|委|办|厅|部|署|处|科|站|所|院|中心|公司|政府|街道|乡镇|镇|乡|队|会|室|团|馆|社|办公室|管委会)$")


def cut_by_end_of(text: str, stop: int) -> bool:
    """Whether the text ends right after ``stop`` (a name the excerpt cuts is kept as written, U3a)."""
    return stop >= len(text.rstrip())


def with_following_helpers(text: str, offset: int, hits: list) -> list:
    """The hits of a lead's clause (``…由X牵头``, cue of a lead with no helpers yet) that a ``,会同…`` clause follows, its
    helpers added as responsible and the quote run on to the end of their names; other hits unchanged."""
    from extract.cues import is_unit_cell

    if "会同" not in text and "會同" not in text:
        return hits
    out = []
    for h in hits:
        e = h.end - offset
        if h.responsible or not h.lead or not text[:e].endswith(("牵头", "牽頭")) \
                or (found := following_helpers(text, e, is_unit_cell)) is None \
                or any(o is not h and o.start < offset + found[1] and h.end < o.end for o in hits):
            out.append(h)  # (no helpers' clause after it, or that clause is another hit's)
            continue
        out.append(dataclasses.replace(h, end=offset + found[1], responsible=list(found[0])))
    return out
