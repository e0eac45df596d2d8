"""(unitB24) A helpers' label under an item of an owner heading (U4, U8)::

    (二)某省甲厅牵头的工作
    1.全面加强审计监督。
    协同单位:省直各部门、各市人民政府。

The heading names the unit that leads every item below it (``units_of_heading`` of a lead heading: ``X牵头工作``,
``X牵头的工作``); the label under an item names the units that answer for it with the lead. The item and its label are one
row: lead the heading's units, responsible the label's. ``with_owner_leads``: a label row with no lead of its own, in
a section whose heading names its owner, takes the owner as its lead, and where the item above it already gave the
owner's row (same task, no responsible) the label's units join that row instead of making a second one.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.units import units_of_heading


def section_owner(section: str | None) -> list[str] | None:
    """The units the nearest lead heading of a record's section names (``某省甲厅牵头的工作 > 全面加强…`` ->
    ``某省甲厅``): its last title, else the one above it; None where neither names an owner."""
    if not section:
        return None
    titles = section.split(" > ")
    for title in reversed(titles[-2:]):
        if _LEAD_HEADING.search(title) and (units := units_of_heading(title)) is not None:
            return units
    return None


def lead_heading(title: str) -> bool:
    """Whether a heading says that the unit it names leads the work below it (``X牵头的工作``, ``X牵头工作(5项)``): an
    unnumbered paragraph under it is its item as a numbered one is (U8a: one row for an unnumbered paragraph)."""
    return _LEAD_HEADING.search(title) is not None and units_of_heading(title) is not None


# an owner heading that says its unit leads (``X牵头工作``, ``X牵头的工作(5项)``), not a duties heading (``X职责``: a
# collective's duties list is read by the duty-list readers, U8b)
_LEAD_HEADING = re.compile(r"牵头的?(?:工作|任务|事项)")


def with_owner_leads(records: list) -> list:
    """``records`` with each helpers' label row under an owner heading led by the owner (the module's docstring): the
    row joins the owner's row for the same task above it, or takes the owner as its lead."""
    rows = [r for r in records if getattr(r, "type", None) == "unit_assignment"]
    drop: set[int] = set()
    for r in rows:
        if r.lead_units or not r.responsible_units or r.norm_span is None:
            continue
        owner = section_owner(r.section)
        if owner is None:
            continue
        # the item above with the same task, or (a label row that took the heading as its task) the heading's item
        heading_task = lead_heading(r.task)
        above = [o for o in rows if o is not r and id(o) not in drop and (o.task == r.task or heading_task) and o.lead_units == owner
                 and not o.responsible_units and o.norm_span is not None and o.norm_span.end <= r.norm_span.end
                 and (o.norm_span.start <= r.norm_span.start or heading_task)]
        if above:
            above[-1].responsible_units = list(r.responsible_units)
            drop.add(id(r))
        else:
            r.lead_units = list(owner)
    return [r for r in records if id(r) not in drop]


# (unitB27) a party's label on a line of its own, closed by its colon (``各乡镇人民政府:``, ``某县气象局:``)
_LABEL_ABOVE = re.compile(r"[ \t\u3000]*(?P<party>[\u4e00-\u9fff()（）、]{2,24}?)[ \t\u3000]*[:：][ \t\u3000]*$")


# the collectives of a level of government that a duty list names as one party (``各乡镇人民政府``, ``各区政府``, ``各街道办事处``)
_LEVEL_COLLECTIVE = re.compile(r"各[\u4e00-\u9fff]{1,8}?(?:人民政府|政府|管委会|管理委员会|街道办事处|办事处)")


def label_above(text: str, start: int) -> list[str] | None:
    """(unitB27) The party of a colon label standing on the line right above the paragraph at ``start`` (blank lines
    between allowed) that the outline left as text inside the section of an owner heading above it (``县甲公司:`` a
    heading, ``各乡镇人民政府:`` text): the paragraph is that label's (U8a, U8b: a collective's label owns its duty as an
    organisation's does), not the heading's. None where the line above is no such label (people and field labels
    included: ``联系人:``, ``时间:``)."""
    e = text.rfind("\n", 0, start)
    while e > 0 and not text[text.rfind("\n", 0, e) + 1:e].strip():
        e = text.rfind("\n", 0, e)
    if e <= 0:
        return None
    m = _LABEL_ABOVE.fullmatch(text, text.rfind("\n", 0, e) + 1, e)
    if m is None:
        return None
    from extract.rules.units import bare_unit_heading

    party = m.group("party")
    return [party] if _LEVEL_COLLECTIVE.fullmatch(party) else bare_unit_heading(party)
