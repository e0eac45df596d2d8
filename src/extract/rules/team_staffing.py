"""(lead39) A working group's label over a clause that names who does the group's work (eval/README.md U3a, unitA34).

An event plan or a school's plan sets out its working groups a line each (``1.宣传组:…``). Where the group's line goes on
with a duty (``宣传组:负责活动宣传报道``) the group is the party (U3a). Where it goes on with a clause that puts the work on
named bodies (``宣传组:由校团委负责,…``, ``节目组:校团委、艺术教研组负责节目的征集``) those bodies are the parties, as the
group's own role labels or a staffing body (``统筹组:主席团``) are: the clause is read as any U7 clause is, and the group's
label is no lead of it.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell
from extract.rules.unit_function_bodies import function_body_name
from extract.rules.units import bare_unit_heading

# the bodies named at the head of the group's line, then the verb that puts the work on them
_STAFFED = re.compile(r"^[ \t\u3000]*(?:由|请)?[ \t\u3000]*(?P<units>[^,，。;；:：\n]{2,40}?)[ \t\u3000]*"
                      r"(?:具体)?(?:负责|承担)")  # (not ``组织实施``: no U7 verb, U7e)
# a clause of helpers right after the charge (``由甲局负责,乙局配合,…``): the role clauses of the group's line, read by the
# readers of ``由X牵头,Y配合`` (U3a: the group's name is the task there)
_HELPERS_NEXT = re.compile(r"[ \t\u3000]*[,，][^,，。;；]{2,40}?(?:配合|协助|协同|参与)")
_SPLIT = re.compile(r"[、,，和及与]")


_TASK_OPEN = re.compile(r"[ \t\u3000,，]*(?:主要|具体)?(?:负责)?[ \t\u3000]*")


def staffed_by_named_units(head: str, body: str) -> tuple[list[str], int] | None:
    """``head`` is a working group named by its task (``宣传组``, not a bureau) and ``body``, the text after its colon,
    opens with the bodies that do its work and a verb of charge (``由校团委负责,负责活动宣传报道``,
    ``校团委、艺术教研组负责节目的征集``): (those bodies, where the task starts in ``body``), the task being what follows
    the charge (its own ``负责`` left out, U7). None where the body opens with the duty itself (``负责宣传报道``), with
    people (``组长张三负责``), or with role clauses (``由甲部牵头,乙局配合,…``: the group's name is their task, U3a)."""
    if bare_unit_heading(head) is not None or not function_body_name(head, teams=True):
        return None
    m = _STAFFED.match(body)
    if m is None:
        return None
    parts = [p.strip() for p in _SPLIT.split(m.group("units")) if p.strip()]
    if not parts or not all(is_unit_cell(p) for p in parts) or _HELPERS_NEXT.match(body, m.end()):
        return None
    return parts, _TASK_OPEN.match(body, m.end()).end()
