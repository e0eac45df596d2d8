"""(r30 unitA30) A working group's label whose paragraph names the units that run it (U4a twenty-fourth round, U7, U7d).

A plan's or a rule's working groups are often set out as ``某某组:由甲局牵头,乙局、丙局配合,负责…`` (Taiwan's rules:
``…組:由甲部主導,乙部、丙部配合參與,辦理…``). The clause says who carries out the group's work, as role labels under the
group's heading do: the block gives one row, lead the unit of ``由X牵头``/``由X主导`` (none where X is a distributive
collective, ``各…``: U7d), responsible the units of the helpers' clause (``配合``, ``配合参与``, ``协助``, ``参与``), task the
group's name (U2: the block's title); the group is not made the lead. The quote stays the row's (from the label on).

Not: a label over a duty with no such clause (``某组:负责…``: the group is the lead, U8a), a clause whose X is a person
(``由副县长牵头``: no unit), a group clause with no helpers (the lead alone: read as before).

No I/O; ``led_group_rows`` rewrites the rows the label readers made.
"""

from __future__ import annotations

import re

from extract.data import UnitAssignment

_MARK = r"(?:\d{1,2}\s*[、.．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])"
_LED = re.compile(rf"\s*(?:{_MARK})?\s*(?P<group>[\u4e00-\u9fff]{{2,16}}?(?:组|小组|群组|分组|专班))\s*[:：]\s*由\s*"
                  r"(?P<lead>[^,，。;；:：]{2,60}?)\s*(?:主导|牵头)(?:负责)?\s*[,，]\s*"
                  r"(?P<helpers>[^。;；:：]{2,400}?)\s*(?:等(?:有关|相关)?(?:部门|单位|机关))?\s*(?:共同)?(?:配合参与|配合|协助|参与)")
_PERSON = re.compile(r"(?:长|书记|主任|领导|同志|主席|委员|局长)$")
_WRAP = re.compile(r"\s*\n\s*")


def led_group_rows(text: str, found: list) -> list:
    """``found`` with each unit row whose quote opens with a group's label over ``由X牵头(主导),Y配合…`` read by that
    clause: task the group, lead X (``[]`` for ``各…``), responsible Y's units."""
    if "由" not in text:
        return found
    from extract.rules.units import split_units

    for r in found:
        if not isinstance(r, UnitAssignment) or r.norm_span is None:
            continue
        m = _LED.match(text, r.norm_span.start)
        if m is None or _PERSON.search(m.group("lead")) or m.group("group") not in r.lead_units:
            continue
        lead = _WRAP.sub("", m.group("lead"))
        helpers = split_units(_WRAP.sub("", m.group("helpers")))
        if not helpers:
            continue
        r.task = m.group("group")
        r.lead_units = [] if lead.startswith("各") else [lead]
        r.responsible_units = helpers
    return found


# -- (unitA30) a ``由X`` clause that only says X pays an amount (U3a) -------------------------------------------------------

# a task that is only a payment verb and the money (``自筹3400万元经费``, ``出资50万元``, ``筹措资金200万元``): who pays, no task
_PAYMENT_ONLY = re.compile(r"^(?:全额|全部|自行)?(?:自筹|筹措|筹集|出资|拨付|负担|承担)(?:资金|经费)?(?:约|共|共计)?"
                           r"[\d.,，]+\s*(?:万|亿|千)?(?:元|美元|港元|新台币)(?:的)?(?:经费|资金|款项|建设资金)?$")


def without_payment_rows(found: list) -> list:
    """``found`` without the unit rows whose task only says the lead pays an amount (``由某公所自筹3400万元经费``): a
    funding clause names who pays, as a funding column does, and gives no row (U3a, eighteenth round); the amount
    stays a target where the target rules read one."""
    return [r for r in found if not (isinstance(r, UnitAssignment) and _PAYMENT_ONLY.match(re.sub(r"\s", "", r.task or "")))]
