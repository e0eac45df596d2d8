"""Target cues for the thresholds that say who may take a benefit (second batch, round 21).

A welfare story or a budget note states who a benefit is for by a threshold: ``所得税率未达12%的长者``, ``居住满2年以上均可
申请``. The number picks out who is covered (N12: a number that says where a measure applies), it is no amount the benefit
gives. Each cue is a small function with made-up examples; it is called at one decision point of the existing rules."""

from __future__ import annotations

import re

# a threshold word right before the number (``未达``, ``未满``, ``不足``, ``年满``, ``居住满``)
_THRESHOLD_BEFORE = re.compile(r"(?:未达|未達|未满|未滿|不足|年满|年滿|居住满|居住滿|设籍满|設籍滿|居住|设籍|設籍)\s*$")
# who: ``…的长者``, ``…的家庭``; or what they may then do: ``…均可申请``, ``…者可领取``
_WHO_AFTER = re.compile(r"^\s*(?:以上|以下|及以上)?\s*(?:的\s*(?:长者|長者|老人|老年人|家庭|学生|學生|儿童|兒童|幼儿|幼兒|"
                        r"居民|民众|民眾|人员|人員|对象|對象|患者|妇女|婦女|青年|市民|县民|縣民|乡民|鄉民)"
                        r"|(?:者|均|皆|即)?\s*(?:可|得)\s*(?:申请|申請|参加|參加|领取|領取|享有|享受|报名|報名))")


def selects_eligible(before: str, after: str) -> bool:
    """The number is a threshold that says who may take a benefit: a threshold word right before it and the people it
    picks out, or what they may then do, right after it (``税率未达12%的长者``, ``居住满2年以上均可申请``,
    ``年满65岁的老人``). Not a level to reach (``达到12%的目标``: no threshold word), nor a count of people to serve
    (``服务老人200人``)."""
    return _THRESHOLD_BEFORE.search(before) is not None and _WHO_AFTER.match(after) is not None
