"""Levels a budget or a policy address sets by adjusting an amount or a quota, and money it has set aside (N2, N17).

Hong Kong, Macau and Taiwan budget and policy-address pages announce a measure as the change of a level: an
allowance, a tax threshold or a quota ``门槛由原先的120万元调整为180万元``, ``上限由每月800元调高至1,000元``. The old level
is where the change starts (no target: ``cues.is_baseline``, which reads the adjustment verbs too); the level after the
adjustment verb is the one the measure sets, a commitment even though it follows ``为`` and a ``原来`` stands
before it in the clause. Such pages also report money a budget has earmarked (``文化局已预留9亿元``): the money is
set aside for what is still to come, so the ``已`` before it is no past result.
"""

from __future__ import annotations

import re

# ``调整为``, ``调高至``, ``上调到``, ``下调为``, ``放宽至``: a level changed by the measure, the number right after it
_ADJUSTED_TO = re.compile(r"(?:调整|调高|调低|上调|下调|放宽|收紧)(?:为|至|到)\s*(?:每(?:月|年|人|名|户|宗|次))?\s*(?:约|逾)?\s*$")
# the change reported as done (``去年已将…调整为``, ``早前已调高至``): a result, not what the measure sets
_DONE_BEFORE = re.compile(r"已经?|曾")


def adjusted_level(clause_head: str) -> bool:
    """The number comes right after an adjustment verb (``调整为``, ``调高至``, ``上调到``, ``下调为``, ``放宽至``) in its
    own clause and the clause reports no change already made (``已``, ``曾``) nor a market's price (``目标价上调至``):
    the new level a budget or an address sets
    (``门槛由原先的120万元调整为180万元`` -> 180 万元; ``津贴上限下调为每月600元`` -> 600 元)."""
    return _ADJUSTED_TO.search(clause_head) is not None and _DONE_BEFORE.search(clause_head) is None \
        and _MARKET_PRICE.search(clause_head) is None


# a market's figure an analyst adjusts (``目标价上调至88元``, ``评级调高为``): no measure of a budget
_MARKET_PRICE = re.compile(r"目标价|股价|评级|汇率|油价|金价")


# ``已预留``, ``已预留了``, ``已拨备``: money a budget has put aside, right before the amount
_EARMARKED = re.compile(r"已(?:经)?(?:预留|拨备)了?\s*(?:约|逾|近)?\s*$")


def earmarked_ahead(clause_head: str) -> bool:
    """The amount comes right after ``已预留`` or ``已拨备`` (``文化局已预留9亿元``): money set aside for use still to
    come, a commitment despite the ``已`` (not money spent: ``已拨款``, ``已投入`` stay results)."""
    return _EARMARKED.search(clause_head) is not None


# ``交通补贴维持每月400元``, ``上限维持在6,000元``: a level the measure keeps, right before the number
_KEPT = re.compile(r"维持(?:在|于)?\s*(?:每(?:月|年|人|名|户))?\s*(?:约)?\s*$")
# a level that is only described as it stands (``目前维持``, ``一直维持``, ``已维持``): no measure
_KEPT_STANDING = re.compile(r"目前|现时|现在|一直|仍|已|过去|去年|历年")


def keeps_level(clause_head: str) -> bool:
    """The number comes right after ``维持`` (``交通补贴维持每月400元``, ``津贴维持在每月3,000元``) and the clause names no
    standing state (``目前``, ``一直``, ``已``): the level a budget or an address keeps, as it sets it (N2)."""
    return _KEPT.search(clause_head) is not None and _KEPT_STANDING.search(clause_head) is None


# ``编列长照经费合计48亿元``, ``编列经费合计3亿元``: the total a budget compiles for what is to come
_COMPILED_TOTAL = re.compile(r"编列[^，,；;。\d]{0,20}(?:预算|经费|款项?)\s*(?:共计|合计|总计|计|共)\s*(?:约|逾)?\s*$")


def compiled_budget_total(clause_head: str) -> bool:
    """The number is the total of what a budget compiles (``各局编列长照经费合计48亿元``): money set for what
    is to come, though ``共计`` often sums what exists (N17)."""
    return _COMPILED_TOTAL.search(clause_head) is not None


# ``填补年度预算缺口9亿元``, ``填补…缺口``: the shortfall a measure sets out to close
_CLOSES_GAP = re.compile(r"(?:弥补|填补|补足|缩小|消除)[^，,；;。\d]{0,8}缺口\s*(?:约|逾|近)?\s*$")


def closes_gap(clause_head: str) -> bool:
    """The number is a shortfall the clause sets out to close (``用以填补年度预算缺口9亿元``): what the measure
    is to make up, not a shortfall that stands (``学位缺口7000个``)."""
    return _CLOSES_GAP.search(clause_head) is not None


# ``总经费调整为3亿元``, ``预算调高至3亿元``: a works' or plan's funding adjusted
_FUNDING_ADJUSTED = re.compile(r"(?:总经费|经费|总预算|预算|总投资)[^，,；;。\d]{0,6}(?:调整|调高|上调|追加|增加)(?:为|至|到)\s*(?:约)?\s*$")


def funding_adjusted(clause_head: str) -> bool:
    """The number is a funding total after its adjustment (``追加900万元,总经费调整为3亿元``): the money the works now
    have for what is still to be built, even in a clause told after a past step."""
    return _FUNDING_ADJUSTED.search(clause_head) is not None


# ``夜间班学员分别获多25%及35%补贴``, ``可获额外15%津贴``: a larger share of a grant than the base level gets
_EXTRA_SHARE = re.compile(r"获得?(?:多|额外)\s*(?:\d+(?:\.\d+)?\s*%\s*(?:及|和|与|、)\s*)?$")
_GRANT_AFTER = re.compile(r"^\s*(?:(?:及|和|与|、)\s*\d+(?:\.\d+)?\s*%\s*)?(?:的)?(?:资助|津贴|补贴|补助|拨款)")


def extra_share_of_grant(clause_head: str, unit: str, after: str) -> bool:
    """A percentage after ``获多``/``获额外`` and before the grant it enlarges (``夜间及周末班学员分别获多25%及35%补贴``):
    the share more a measure gives one group than the base level, a level it sets (N17)."""
    return unit == "%" and _EXTRA_SHARE.search(clause_head) is not None and _GRANT_AFTER.match(after) is not None


# ``新计划的目标受惠人数为12万人``, ``目标受惠人数为``: the level a measure's own target names
_TARGET_NAMED = re.compile(r"目标[^，,；;。\d]{1,8}?(?:约|大约)?\s*(?:为|是)\s*$")


def names_target_level(clause_head: str) -> bool:
    """The number follows ``目标…为`` (``新计划的目标受惠人数为12万人``): the level the measure names as its target,
    whatever ``为`` reads as elsewhere (a target's noun between ``目标`` and ``为``)."""
    return _TARGET_NAMED.search(clause_head) is not None


# ``县府以自有经费2.8亿元兴建``, ``以市库经费2亿元改建``: the money a budget puts into works still to be built
_FUNDS_USED = re.compile(r"(?:用|以|动用|拨出)[^，,；;。\d]{0,6}(?:款|经费|预算|资金|公帑)\s*(?:约|逾|近)?\s*$")
_WORKS_AFTER = re.compile(r"^\s*(?:来|用于|用以|作为)?\s*(?:兴建|建设|新建|改建|整建|扩建|兴办|建造|兴修)")


def funds_works(clause_head: str, after: str) -> bool:
    """An amount of a budget's money used for works named right after it (``县府以自有经费2.8亿元兴建综合体育馆``): the
    funding of the works ahead (N17d)."""
    return _FUNDS_USED.search(clause_head) is not None and _WORKS_AFTER.match(after) is not None


def sets_budget_level(clause_head: str, unit: str = "", after: str = "") -> str:
    """The cue of a level or amount a budget or an address sets, read from the number's clause (``keeps_level``,
    ``compiled_budget_total``, ``closes_gap``, ``adjusted_level``, ``extra_share_of_grant``, ``names_target_level``,
    ``funds_works``); "" when none."""
    if extra_share_of_grant(clause_head, unit, after):
        return "benefit"
    if names_target_level(clause_head):
        return "target_named"
    if funds_works(clause_head, after):
        return "funds"
    if keeps_level(clause_head):
        return "kept_level"
    if compiled_budget_total(clause_head):
        return "funds"
    if closes_gap(clause_head):
        return "closes_gap"
    if adjusted_level(clause_head):
        return "adjusted_level"
    return ""
