"""Target cues for the thresholds that say who may take a benefit (second batch, round 21).

A welfare story or a budget note states who a benefit is for by a threshold: ``所得税率未达12%的长者``, ``居住满2年以上均可
申请``. The number picks out who is covered (N12: a number that says where a measure applies), it is no amount the benefit
gives. Each cue is a small function with made-up examples; it is called at one decision point of the existing rules."""

from __future__ import annotations

import re

# a threshold word right before the number (``未达``, ``未满``, ``不足``, ``年满``, ``居住满``)
_THRESHOLD_BEFORE = re.compile(r"(?:未达|未達|未满|未滿|不足|年满|年滿|居住满|居住滿|设籍满|設籍滿|居住|设籍|設籍"
                               # (lead51) years of service that pick out who is honoured (``在山区学校任教25年以上的教师``)
                               r"|(?:从教|從教|任教|执教|執教|教龄|教齡)(?:满|滿|达|達)?)\s*$")
# who: ``…的长者``, ``…的家庭``; or what they may then do: ``…均可申请``, ``…者可领取``
_WHO_AFTER = re.compile(r"^\s*(?:以上|以下|及以上)?\s*(?:的\s*(?:长者|長者|老人|老年人|家庭|学生|學生|儿童|兒童|幼儿|幼兒|"
                        r"居民|民众|民眾|人员|人員|对象|對象|患者|妇女|婦女|青年|市民|县民|縣民|乡民|鄉民|教师|教師|老师|老師|校长|校長)"
                        r"|(?:者|均|皆|即)?\s*(?:可|得)\s*(?:申请|申請|参加|參加|领取|領取|享有|享受|报名|報名))")


def selects_eligible(before: str, after: str) -> bool:
    """The number is a threshold that says who may take a benefit: a threshold word right before it and the people it
    picks out, or what they may then do, right after it (``税率未达12%的长者``, ``居住满2年以上均可申请``,
    ``年满65岁的老人``). Not a level to reach (``达到12%的目标``: no threshold word), nor a count of people to serve
    (``服务老人200人``)."""
    return _THRESHOLD_BEFORE.search(before) is not None and _WHO_AFTER.match(after) is not None


# (tgtB27) what a bracket of a benefit schedule then gets: ``…可获5万元``, ``…即可申请补助``, ``…者可领取``; the bound
# words of the bracket may stand between (``或以上``, ``以下``, ``(含)``)
_BENEFIT_AFTER = re.compile(r"^\s*(?:[(（]含[)）])?\s*(?:或以上|或以下|及以上|及以下|以上|以下)?\s*(?:者|的)?\s*(?:即|则|則|均|皆)?\s*"
                            r"(?:可|得)\s*(?:获得|獲得|获|獲|申请|申請|领取|領取|享有|享受)")


def bounds_benefit_bracket(after: str) -> bool:
    """The number is the bound of a bracket that decides what a benefit gives (a schedule: ``名额少于30个可获3万元;
    30至50个可获6万元``, ``人口达5万即可申请补助``): what follows it is what the bracket then gets, so the number says
    who falls in the bracket (N12), it is no amount the measure sets. The amount after ``可获`` is read on its own. Not
    an amount a text says someone may get (``每校可获5万元``: the number is what follows ``可获``, not before it), nor a
    number with no benefit after it (``新增名额30个``)."""
    return ("可" in after[:12] or "得" in after[:12]) and _BENEFIT_AFTER.match(after) is not None
