"""Cues of the numeric-target rules added in the seventh round, each a small named function (tested in
``tests/test_cues_round7_targets.py``); ``extract.rules.targets`` combines them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_EACH_ITEM = re.compile(r"^[^\d，,；;。：:、各]{1,14}$")
_EACH_REST = re.compile(r"^[^\d，,；;。：:、]{0,30}$")


@dataclass(frozen=True)
class Distribution:
    """``甲、乙、丙各<rest>N``: the items before ``各`` (with their offsets in the clause) and the words between
    ``各`` and the number."""

    items: tuple[tuple[int, str], ...]
    rest: str


def distributed_items(clause_head: str) -> Distribution | None:
    """A number given to each of a list (N16, like ``分别``): ``甲校、乙校各2所`` (the things counted),
    ``东区、西区各新建学校3所`` (the places, each with the same quantity); None unless the clause before the
    number is two or more ``、``-separated items, ``各``, and words without a number or a list mark."""
    k = clause_head.rfind("各")
    if k <= 0:
        return None
    rest = clause_head[k + 1:]
    if not _EACH_REST.match(rest):
        return None
    items: list[tuple[int, str]] = []
    pos = 0
    for part in clause_head[:k].split("、"):
        if not _EACH_ITEM.match(part.strip()):
            return None
        items.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos += len(part) + 1
    return Distribution(tuple(items), rest) if len(items) >= 2 else None
