"""A list of units after ``由`` that lead the task in the clause after them (U7, U4): ``由甲局、乙局牵头,<task>``.

    由某县公安局、某县住建局牵头,开展环卫设施整治。        -> lead 某县公安局, 某县住建局; task 开展环卫设施整治
    由甲局、乙局等责任单位牵头,在垃圾分类方面,…           -> lead 甲局, 乙局

``unit_prose.led_then_task`` read the lead as one name without ``、`` (so that a clause without ``由`` does not take a
list's last name); right after ``由`` the run up to the role verb is the whole list of leads, ``、`` and ``和`` between
names, ``等…单位`` after them (the names are checked by the caller); the clause may open after a colon
(``分工:由甲局、乙局牵头,…``, a speaker's ``某某:由…``). Not: a list without ``由`` (``甲局、乙局牵头,…``
after a comma is the caller's other branch), a run holding a clause mark.
"""

# a clause of charge after a label's or a speaker's colon: ``分工:由甲局牵头,…``, ``某某:由甲局、乙局牵头,…`` (only
# with ``由``: a bare name after a colon is a label's value)
AFTER_COLON = r"(?<=[:：])(?=\s*由)"

# the leads' list right after ``由``: names joined by ``、`` (at least one), up to the role verb the caller matches
BY_LIST = r"(?<=由)[^。;；,，由:：、]{2,30}?(?:、[^。;；,，由:：、]{2,30}?)+"

import re

# a role word in the list's tail: ``甲局、乙局等责任单位``, ``甲局等成员单位`` (the names are the units, U4b)
_ROLE_TAIL = re.compile(r"等(?:责任|成员|职能|牵头)(?:单位|部门)$")


def without_role_tail(units: str) -> str:
    """The list without a tail that names the units' role (``甲局、乙局等责任单位`` -> ``甲局、乙局``); other lists as
    they are (``甲局等单位`` is cut by ``split_units``)."""
    return _ROLE_TAIL.sub("", units.strip())
