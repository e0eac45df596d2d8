"""A party read with the conjunction that joins it to the clause's unnamed subject (eval/README.md U7: a joint ``与…``
names no role of its own): ``…,并与辅导单位配合实施教育辅导等事项`` says the page's own body works with the
辅导单位; the row read from it, with ``并与辅导单位`` as its only party, is no row."""

from __future__ import annotations

import re

_CONJUNCTION = re.compile(r"^(?:并与|並與|并同|並同|与|與)(?=[\u4e00-\u9fff]{2})")


def opens_with_conjunction(unit: str) -> bool:
    """``unit`` begins with the conjunction that joined it to its clause (``并与辅导单位``, ``与乙局``)."""
    return _CONJUNCTION.match(unit) is not None


def joint_only(record) -> bool:
    """(lead49) Every party of the unit row opens with its conjunction: ``without_joint_parties`` drops the row, so it
    stands in no other reader's way."""
    units = record.lead_units + record.responsible_units
    return bool(units) and all(map(opens_with_conjunction, units))


def without_joint_parties(records: list) -> list:
    """``records`` with every party that opens with a conjunction taken out of its unit row, and without the rows left
    with no party."""
    from extract.data import UnitAssignment
    out = []
    for r in records:
        if isinstance(r, UnitAssignment) and any(map(opens_with_conjunction, r.lead_units + r.responsible_units)):
            lead = [u for u in r.lead_units if not opens_with_conjunction(u)]
            resp = [u for u in r.responsible_units if not opens_with_conjunction(u)]
            if not lead and not resp:
                continue
            r = r.model_copy(update={"lead_units": lead, "responsible_units": resp})
        out.append(r)
    return out
