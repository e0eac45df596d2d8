"""(lead48) ``X联合Y…``: a body that acts and names the bodies it acts with (U7, as ``X会同Y+task``; U4a: the partners
answer for the task). ``某县教育局联合消防、供电等部门对全县学校开展消防安全大排查。`` -> lead ``某县教育局``, responsible
``消防``, ``供电`` (a list closed by ``等部门`` names departments, its bare names as written), task the doing after the
partners (``对全县学校开展消防安全大排查``), quote from X to the end of that clause (X may follow a bullet or a news item's date, ``10月9日,X联合…``). Partners said only as many (``多部门``,
``多个部门``) give no responsible unit; ``有关部门`` is kept as written.

Not: X a collective, a person or no organisation (``各学校联合…``, ``校长联合…``); a document issued jointly
(``联合印发``, ``联合发布``: the issue of a notice, U7a); two bodies doing it together with no lead (``甲局与乙局联合…``,
read by the division readers; ``X、Y等部门联合开展…``: X and Y lead); a ``联合`` inside a name (``联合体``, ``联合会``).

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.units import AssignmentHit

# the doing that opens the task after the partners: a preposition of place or object, or a verb of the genre
_TASK_OPEN = (r"(?:在|对|對|到|赴|前往|深入|走进|走進|先后|先後|共同|全力|进一步|進一步|开展|開展|进行|進行|组织|組織|举办|舉辦|围绕|圍繞|针对|針對|"
              r"就|于|於|持续|持續|集中|强化|加强|加強|推进|推進|实施|實施|启动|啟動|成立|组成|組成|检查|檢查|排查|督查|整治|"
              r"依据|依據|根据|根據|依照|按照)")  # (lead53) ``X联合Y,依据…对…进行核查``: a basis opens the doing
_JOINT_LEAD = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n])|(?<=[,，]))\s*(?:[•·●]\s*)?(?P<x>[^。;；,，:：\s由的与和與]{2,30}?)(?:将|將|要|还|還|再次|又)?(?:联合|聯合)(?!体|體|会|會|国|國|印发|印發|发布|發布|发文|發文|下发|下發)"
    r"(?P<y>[^。;；,，:：]{2,120}?)(?P<tail>等(?:[一二三四五六七八九十\d]{1,2}个|[一二三四五六七八九十\d]{1,2}個)?(?:有关|相关|有關|相關)?(?:职能)?(?:部门|单位|部門|單位))?"  # (lead53) ``等7个部门``
    r"(?:[,，]\s*)?"  # (lead49) ``…等部门,开展…``: a comma between the partners and the doing
    rf"(?P<task>{_TASK_OPEN}[^。;；]{{2,120}}?)(?=[。;；!！]|$)")
# (lead53) what may go before the subject and a comma: a date right before it (``5月8日,``) or a purpose clause in the
# sentence before it (``根据…精神,为持续巩固…,X联合Y,…``)
_OPENED_BY = re.compile(r"(?:^|[,，])\s*(?:为|為)(?!止|主)")


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "。;；!！?？\n") + 1


_MANY = re.compile(r"^(?:多|多个|多個|数个|數個|各)(?:部门|单位|部門|單位)$")


def joint_lead_rows(text: str, offset: int = 0) -> list[AssignmentHit]:
    """The rows of ``X联合Y+task`` in ``text`` (a paragraph at ``offset``), the module's docstring."""
    if "联合" not in text and "聯合" not in text:
        return []
    from extract.rules.unit_charge_finders import assisting_units
    from extract.rules.unit_clause_openers import blank_clause_openers
    from extract.rules.unit_prose import _named_units
    from extract.rules.units import split_units
    from extract.cues import is_unit_cell

    hits = []
    for m in _JOINT_LEAD.finditer(blank_clause_openers(text)):
        if text[m.start() - 1:m.start()] in (",", "，") and text[m.start() - 2:m.start() - 1] not in ("日", "午") \
                and not _OPENED_BY.search(text[_sentence_start(text, m.start()):m.start()]):
            continue  # after a comma only a date's (``5月8日,``) or a purpose's (``为…,``, lead53) clause goes before the subject
        lead = _named_units(m.group("x"))  # (every unit a unit cell, no collective)
        if not lead:
            continue
        y = m.group("y").strip()
        if _MANY.match(y):
            resp: list[str] = []
        elif m.group("tail") is None and is_unit_cell(y):
            resp = split_units(y)
        else:
            resp = assisting_units(y, m.group("tail"))
            if not resp:
                continue
        hits.append(AssignmentHit(offset + m.start("x"), offset + m.end("task"), m.group("task").strip(), lead, resp,
                                  cue="joint_lead"))
    return hits
