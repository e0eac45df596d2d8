"""A unit's charge said in a later clause of the sentence it opens (U7 ``X负责Y``): ``X要…,负责Y``, ``X派出…,并负责Y``.

The genre's division of work often names a department, says first what it is to do in general, and only then, after a
comma, what it is charged with:

    某县水利局要结合汛期安排,组织河道巡查,负责督查沟渠清淤    -> lead 某县水利局, task 督查沟渠清淤
    某区交警部门抽调警力,维护路口秩序,并负责处理途中的交通事故  -> lead 某区交警部门, task 处理途中的交通事故

The unit is the sentence's subject: a name right before a modal (``要``, ``应``, ``须``) or a verb of the unit's own doing
(``SUBJECT_DOING``), as ``承担``/``作为``/``设在`` already mark it (``unit_charge_finders._CARRIED_CHARGE``, which this widens);
the task is what follows ``负责`` (U7). A demonstrative level before the name (``该县``) is no part of it (``DEMONSTRATIVE``).

Not: a ``负责`` clause right after a body set up in the clause before (``甲局要成立工作专班,负责…``: the new body is the
one charged, ``charged_body_before``), nor people sent (``…组织精干力量,负责…``).
"""

from __future__ import annotations

import re

# a modal after the subject, or a verb of what the unit itself does before its charge
# (not a name's own word: ``派出所``, ``组织部``, ``指导中心``)
# (not ``配合``/``协助``: ``甲局牵头,乙局配合,负责…`` is the helpers' clause of a led task, another reader's)
# (right after a name, not after a list's ``、``: ``…大队、应急管理局`` names the next unit)
SUBJECT_DOING = (r"(?<!、)(?:(?:要|应当|应(?!急)|须|需要?)(?=[\u4e00-\u9fff])"
                 r"|(?:派出(?!所)|抽调|安排|组织(?![部科处])|结合|加强|强化|加大|做好|落实(?!办)|指导(?![中站组科])"
                 r"|督促|开展|建立|制定"
                 r"|(?:根据|按照|依据|依照)(?=[\u4e00-\u9fff])))")  # (lead47) ``X根据各自职责,负责…``: its manner, then its charge

# what the subject does before its charge: one sentence, no other ``负责`` (the first is ``X负责Y``'s) and no colon
# (``…分工负责:(一)…``: a list's head)
BEFORE_CHARGE = r"(?:(?!负责)[^。;；:：]){2,80}?"

# every match of the widened reader holds a comma then ``负责`` (with ``并``/``同时``/``还``)
CARRIED_QUICK = re.compile(r"[,，](?:并|同时|还)?负责")

# a demonstrative level before a unit's name (``该县公安部门``): the page's place said again, not the name
DEMONSTRATIVE = r"(?:该|本)(?:省|市|县|区|镇|乡|州)(?=[\u4e00-\u9fff]{2})"

# the clause before ``负责`` ends with a body just set up or people sent: they, not the subject, take the charge
_BODY_BEFORE = re.compile(r"(?:小组|专班|工作组|领导组|指挥部|办公室|中心|机构|队伍|[^党团]队|班子|人员|力量|专人|干部)\s*[,，](?:并|同时|还)?负责\S*$")


def charged_body_before(head: str) -> bool:
    """Whether the clause right before ``负责`` in ``head`` (the sentence up to and with ``负责``) ends with a body set
    up or people sent (``…成立果园巡查专班,负责``, ``…抽调专人,负责``): the ``负责`` is theirs, not the subject's."""
    if (m := _BODY_BEFORE.search(head)) is None:
        return False
    # (lead47) the host the subject is seated in (``X办公室设在某局行政办公室,负责…``): a place, the charge the subject's
    return not re.search(r"设在|設在", head[max(head.rfind(",", 0, m.start()), head.rfind("，", 0, m.start()), 0):m.start() + 1])
