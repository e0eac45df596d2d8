"""U7's ``牵头`` in running text after the task it leads, two forms the prose readers left. Made-up examples only.

- ``task_then_led_doing``: ``“助学驿站”项目,由区总工会、区团委牵头实施。`` -> task ``“助学驿站”项目``, lead both: ``牵头``
  with a bare doing verb (``实施``, ``落实``, ``推进``, ``组织``) closing the sentence reads as ``牵头负责`` (U7 ``X牵头负责Y``;
  the clause's Y is the task before it). Not a collective or a clause in the lead's place (``由各街道牵头实施``), nor a
  ``牵头`` with an object of its own (``由甲局牵头实施校舍改造``: the task is then that object, read elsewhere).
- ``led_then_duty_helpers``: ``创建优质均衡区工作,由督导科牵头,相关科室按照职能职责负责相关工作。`` -> lead ``督导科``,
  responsible ``相关科室``: after a lead, the units that answer for the task by their duties (``按照职责…负责``) are its
  responsible units (U7's following clause ``A、B等单位要按照职责分工密切配合``; ``A牵头;…;D落实``), also where their verb
  takes a generic object (``负责相关工作``) and where ``在…的领导下`` stands between the task and the lead.
"""

from __future__ import annotations

import re

from extract.roles import DUTY_MANNER

_TASK = r"(?P<task>[^。！？!?;；\n]{4,160}?)"
_LEADER_UNDER = r"(?:[,，]?\s*在[^,，。;；]{2,30}?的?(?:统一)?领导下)?"
_LEAD = r"(?P<lead>[^,，。;；由\n]{2,40}?)"
_TASK_THEN_LED_DOING = re.compile(
    rf"(?:(?<=^)|(?<=[。！？!?;；\n]))\s*{_TASK}[,，]\s*(?:是|均|将|则)?由{_LEAD}(?:统一)?牵头(?:实施|實施|落实|落實|推进|推進|组织|組織)"
    r"(?=\s*(?:[。;；]|$))")
_LED_THEN_DUTY_HELPERS = re.compile(
    rf"(?:(?<=^)|(?<=[。！？!?;；\n]))\s*{_TASK}{_LEADER_UNDER}[,，]\s*由{_LEAD}牵头[,，]\s*"
    rf"(?P<helpers>[^,，。;；由\n]{{2,40}}?){DUTY_MANNER}(?:具体)?负责(?:相关|有关|各自)?(?:工作)?(?=\s*(?:[。;；]|$))")


def _names(units: str) -> list[str] | None:
    from extract.cues import is_unit_cell
    from extract.rules.units import split_units
    units = units.strip()
    if not units or units.startswith(("各", "所有")) or not is_unit_cell(units):
        return None
    out = split_units(units)
    return out if out and all(is_unit_cell(u) for u in out) else None


def task_then_led_doing(sentence_text: str) -> list[tuple[int, int, list[str], list[str], str]]:
    """(start, end, lead, responsible, task) of each ``Y,由X牵头实施。`` in ``sentence_text`` (see the module)."""
    if "牵头" not in sentence_text:
        return []
    out = []
    for m in _TASK_THEN_LED_DOING.finditer(sentence_text):
        lead = _names(m.group("lead"))
        if lead is None or m.group("lead").strip().startswith(("相关", "有关")):
            continue
        out.append((m.start("task"), m.end(), lead, [], m.group("task").strip()))
    return out


def led_then_duty_helpers(sentence_text: str) -> list[tuple[int, int, list[str], list[str], str]]:
    """(start, end, lead, responsible, task) of each ``Y,由X牵头,Z按照职责负责(相关工作)。`` (see the module)."""
    if "牵头" not in sentence_text or "负责" not in sentence_text:
        return []
    out = []
    for m in _LED_THEN_DUTY_HELPERS.finditer(sentence_text):
        lead = _names(m.group("lead"))
        helpers = m.group("helpers").strip()
        if lead is None or m.group("lead").strip().startswith(("相关", "有关")) or not helpers:
            continue  # (a ``各…`` helper is a unit: U7d excludes the distributive collective only as the doer, U4e)
        from extract.rules.units import split_units
        resp = split_units(helpers)
        if not resp:
            continue
        out.append((m.start("task"), m.end(), lead, resp, m.group("task").strip()))
    return out
