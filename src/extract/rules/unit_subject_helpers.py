"""``X将(在…)积极会同Y、Z部门+doing`` and ``X…,并会同Y等部门+doing``: the subject of a sentence leads a doing with
the offices it acts with (U4c ``X会同Y``: X lead, Y responsible), where words stand between the subject and
``会同``/``协同`` or the list's last name carries the tail itself (``公安、卫健部门``). Made-up examples only.

- ``subject_helpers``: (start, end, task, lead, responsible) of each such clause. The lead is the unit the sentence
  opens with (none when that is a collective, ``各级甲部门将协同…``: a distributive doer, U7d); the responsible units
  are the list after ``会同``/``协同`` closed by ``部门``/``单位`` (``等(有关)部门`` dropped), the list as a whole read as
  units; the task is the clause after the list. Between the subject and the verb: a modal and at most a short
  adverbial (``将在各卡口积极``), or, after commas, ``,并`` right before the verb (the subject's next doing).
  Not: a list of no units (``会同多方部门``), a subject that is no unit (``会议要求…,并会同…``).
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell
from extract.rules.units import leading_units, split_units

_WITH = re.compile(r"(?P<modal>将|并|还|拟|也|要)(?P<adv>[^,，。;；:：\n]{0,14}?)(?:会同|协同)"
                   r"(?P<listed>[^。;；,，:：\s]{2,60}?(?:等(?:有关|相关)?)?(?:部门|单位))[,，]?\s*(?P<task>[^。;；,，]{4,40})")
_STOP = "。;；!！?？\n"
_VAGUE = re.compile(r"^(?:各|相关|有关|多方|多个|各方|其他|其它)")


def subject_helpers(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each ``X将在…积极会同Y、Z部门+doing`` in ``text``:
    ``甲局将在各卡口积极会同公安、卫健部门做好检测工作`` -> ``做好检测工作``, ``[甲局]``, ``[公安, 卫健部门]``;
    ``甲局提前下发通知,并会同卫健等部门及时发放物资`` -> ``[甲局]``, ``[卫健]``. Not ``会同多方部门…``."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "会同" not in text and "协同" not in text:
        return out
    for m in _WITH.finditer(text):
        s0 = max(text.rfind(c, 0, m.start()) for c in _STOP) + 1
        pre = text[s0:m.start()]
        s0 += len(pre) - len(pre.lstrip())
        pre = pre.strip()
        subject = leading_units(pre)
        if len(subject) != 1 or not pre.startswith(subject[0]):
            continue
        rest = pre[len(subject[0]):]
        if rest and not (re.search(r"[,，]$", rest) and m.group("modal") == "并" and len(pre) <= 120 and not rest.startswith("、")):
            continue  # words between the subject and the modal: only the subject's own doings, then ``,并会同``
        if "," in m.group("adv") or "，" in m.group("adv"):
            continue
        listed = m.group("listed")
        if _VAGUE.match(listed) or not is_unit_cell(listed):
            continue
        resp = split_units(re.sub(r"等(?:有关|相关)?(?:部门|单位)$", "", listed))
        if not resp or any(_VAGUE.match(u) for u in resp):
            continue
        lead = [] if _VAGUE.match(subject[0]) else subject
        out.append((s0, m.end(), m.group("task").strip(), lead, resp))
    return out
