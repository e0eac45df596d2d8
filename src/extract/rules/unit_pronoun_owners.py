"""(unitA31) A duty list whose lead-in names its owner by a pronoun (eval/README.md U8b (i), U7d: a party named by its relation
to the text is a unit where it identifies a definite body): the paragraph before opens by defining the body (``X是…``), the lead-in
after it says ``其(主要)职责(范围)是:`` and the items follow.

    某县书屋理事会是书屋的议事机构。其主要职责范围是:    -> the items below are 某县书屋理事会's rows
    一、审议年度计划。
    二、监督经费使用。

``pronoun_owner_lead_ins``: (owner, end of the lead-in's colon) for each such lead-in of ``text``. Not: a pronoun lead-in
whose paragraph before opens with no unit's name, or with no ``是`` that defines it. Made-up examples only.
"""

from __future__ import annotations

import re

_LEAD_IN = re.compile(r"(?:(?<=^)|(?<=[。\n]))\s*其(?:主要|具体)?(?:职责|職責|任务|任務|职能|職能)(?:范围|範圍)?(?:如下|包括|为|為|是|有)?\s*[:：]")
_DEFINED = re.compile(r"\s*(?P<owner>[^。;；,，:：\n“”\"是]{2,20}?)是")


def pronoun_owner_lead_ins(text: str, is_unit) -> list[tuple[str, int]]:
    """(owner, colon end) of each ``其…职责…:`` lead-in whose sentence before defines a body (module docstring)."""
    out: list[tuple[str, int]] = []
    if "其" not in text:
        return out
    for m in _LEAD_IN.finditer(text):
        before = text[:m.start()].rstrip()
        if not before.endswith("。"):
            continue
        start = before.rfind("\n") + 1  # (the paragraph before: its first sentence defines the body)
        d = _DEFINED.match(before, start)
        if d is None:
            continue
        owner = d.group("owner").strip()
        if owner.startswith(("各", "相关", "有关", "该", "本", "这")) or not is_unit(owner):
            continue
        out.append((owner, m.end()))
    return out


def pronoun_owner_rows(text: str, is_unit, items_after, item_subject) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, [owner]) for each item of a pronoun lead-in's list (``items_after``: the duty-list reader's items
    after a colon; an item with a subject of its own, ``item_subject``, is that subject's row, U8b (ii)), task the item's
    first clause."""
    out: list[tuple[int, int, str, list[str]]] = []
    for owner, colon_end in pronoun_owner_lead_ins(text, is_unit):
        for a, b in items_after(text, colon_end):
            body = text[a:b].strip()
            task = re.split(r"[,，;；。]", body, maxsplit=1)[0].strip()
            if len(task) >= 4 and item_subject(body, is_unit) is None:
                out.append((a, b, task, [owner]))
    return out
