"""A list of departments named by their fields and closed by a shared class word (eval/README.md U4b, thirteenth
round): ``交通、水利、林业、商务等部门`` names four departments (``X等部门`` gives X), so ``某县文旅、住建、应急等部门负责…``
puts the task on the three as a list of full names would. The closing ``等部门``/``等单位`` is what says the bare field words
are departments; without it (``民政、公安负责…``) they name nothing. (lead53) So does a last name in ``部门`` that the field
words before it share (``工信、粮食部门负责…``, U4b without ``等``): kept as written, ``工信``, ``粮食部门``.

Made-up examples only.
"""

from __future__ import annotations

import re

# the shared class word that closes the list: ``等部门``, ``等有关部门``, ``等相关单位``
_SHARED_TAIL = re.compile(r"等(?:有关|相关)?(?:部门|单位|部門|單位)$")
# a field word (two to six characters), the first may carry its level (``县民政``, ``区市场监管``)
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# people and places, no department: ``家长``, ``学生``, ``社区``
_NOT_FIELD = re.compile(r"(?:家长|学生|教师|老师|群众|居民|村民|干部|职工|人员|社会|企业|学校|社区|村|个人|家庭)$")


def field_word_list(listed: str) -> list[str] | None:
    """The departments of a list of field words closed by ``等部门``/``等单位`` (``某县文旅、住建、应急等部门`` -> ``某县文旅``,
    ``住建``, ``应急``), None where the list has no such tail, fewer than two items, or an item that is no field word
    (a person's or a place's word: ``学校、家长等单位``; a clause: ``加强监管等部门``)."""
    from extract.rules.units import split_units

    listed = listed.strip()
    if "、" not in listed:
        return None
    if _SHARED_TAIL.search(listed) is None:
        names = split_units(listed)
        if len(names) >= 2 and names[-1].endswith(("部门", "部門")) and _FIELD.match(names[-1][:-2]) \
                and all(_FIELD.match(n) and not _NOT_FIELD.search(n) for n in names[:-1]) and not _NOT_FIELD.search(names[-1][:-2]):
            return names  # (lead53) ``工信、粮食部门``: the field words share the last one's class noun
        return None
    names = split_units(listed)
    if len(names) < 2 or not all(_FIELD.match(n) and not _NOT_FIELD.search(n) for n in names):
        return None
    return names
