"""(lead42) N12a: a count of the phases, steps or stages a piece of work is divided into (``按照宣传部署、组织实施、督查总结3个
阶段进行``, ``整治行动分为4个阶段``, ``下设甲专班、乙专班等13个工程专班``): the make-up of the plan or of a body, which the text
names or goes on to set out, not an amount the work delivers. Made-up examples only.

``counts_phases``: the count right before ``阶段``/``步骤``/``环节``, after a named list of them (``A、B、C``) or a verb that
divides the work (``分``, ``分为``, ``划分为``, ``按``/``按照``).
``counts_set_up_parts``: the count of the parts a body is set up with, after ``下设`` and the parts' names (``下设A、B等N个专班``):
the body's make-up (as the list's make-up, N12a), not works.
"""

from __future__ import annotations

import re

_PHASE_NOUN = re.compile(r"^\s*(?:个|個)?\s*(?:阶段|階段|步骤|步驟|环节|環節|步(?![行])|时段|時段)")
_NAMED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}){1,8}(?:等)?\s*$")
_DIVIDES = re.compile(r"(?:分为|分為|划分为|劃分為|分成|分|按照|按|经过|經過|经历|經歷)\s*$")
_SET_UP = re.compile(r"下设|下設")
_COUNT_UNITS = ("个", "個", "步", "")


def counts_phases(before: str, unit: str, after: str) -> bool:
    """``按照宣传部署、组织实施、督查总结3个阶段进行``, ``整治行动分为4个阶段`` -> True; ``新建4个阶段性项目`` -> False (no
    phase noun right after the count)."""
    if unit not in _COUNT_UNITS or _PHASE_NOUN.match(after) is None:
        return False
    tail = before.rstrip()
    return _NAMED_BEFORE.search(tail) is not None or _DIVIDES.search(tail) is not None


# (lead48) the levels of an indicator system: ``4个一级指标,18个二级指标,36个三级指标``
_INDICATOR_LEVEL = re.compile(r"^\s*(?:[一二三四五]|\d)级(?:评估|评价|考核|监测)?指标")


def counts_set_up_parts(clause_head: str, unit: str, after: str) -> bool:
    """``下设甲工程、乙工程等13个工程专班``, ``下设4个工作组``: the parts a body is set up with."""
    if unit in ("个", "個", "项", "項", "") and _INDICATOR_LEVEL.match(after):
        return True  # (lead48) N12a: ``18个二级指标``: the make-up of an indicator system, no amount to reach
    if unit not in ("个", "個") or _SET_UP.search(clause_head) is None:
        return False
    # (lead48) ``办公室下设5个工作组,具体负责…``: the count right after ``下设`` of the groups or offices it is set up with
    return "等" in clause_head or (clause_head.rstrip().endswith(("下设", "下設")) and _BODY_PART.match(after) is not None)


_BODY_PART = re.compile(r"^\s*(?:工作|专项|專項|职能|職能)?(?:小组|小組|组|組|专班|專班|办公室|辦公室|科室|处室|處室|分部|分中心)")


# (lead43) a body's or a budget's make-up: ``由中心本级2个科室和…3个分馆组成`` (what it is composed of), and a count
# that introduces the list of its members set out after it (``3个下属分馆具体包括:甲馆、乙馆…``)
_COMPOSED_AFTER = re.compile(r"^[^。;；!！?？]{0,40}?(?:组成|組成|构成|構成)")
_LIST_AFTER = re.compile(r"^\s*[\u4e00-\u9fff]{1,12}?(?:具体|具體)?(?:包括|包含|分别是|分別是|分别为|分別為)\s*[:：]")
_PART_UNITS = ("个", "個", "家", "所", "名", "人", "位", "支", "类", "類", "项", "項", "")


# (lead50) a body's number of members stated before the make-up clause (``委员19名,由…组成``)
_MEMBERS_THEN_MADE_OF = re.compile(r"^\s*[,，]?\s*由[^。;；]{2,160}?(?:组成|組成|构成|構成)")


def counts_make_up(clause_head: str, unit: str, after: str, before: str = "") -> bool:
    """The count is of the parts something is composed of (``由…2个科室和…3个分馆组成``: ``由`` before it in its
    clause and ``组成`` after it in its sentence), or of the members a list sets out right after (``3个下属分馆具体包括:``):
    the make-up of a body or of a list (N12a), not an amount delivered."""
    if unit not in _PART_UNITS:
        return False
    if _LIST_AFTER.match(after) is not None:
        return True
    if _MEMBERS_THEN_MADE_OF.match(after) is not None:
        return True  # (lead50) ``委员19名,由…组成``: the members the body is made of
    if _COMPOSED_AFTER.match(after) is not None and re.search(r"由[^。;；:：]{0,160}$", before) is not None:
        return True  # (lead50) ``由甲、乙、教师代表5名,职工代表2名…组成``: a later member of the list the body is made of
    return ("由" in clause_head or "以" in clause_head) and _COMPOSED_AFTER.match(after) is not None \
        and re.search(r"由[^，,。；;]{0,40}$", clause_head) is not None


# (lead48) the copies of a paper to hand in (``申请表…一式3份``, ``注意事项…各1份``, ``《某表》1份``): no amount to reach
_COPIES_SET = re.compile(r"一式\s*$")
_COPIES_BEFORE = re.compile(r"(?:各|[」』》”]|表|书|書|单|單|函|事项|事項|材料|附件)\s*$")


def counts_copies(before: str, unit: str, value: float) -> bool:
    """The count is of copies of papers: ``份`` after ``一式``, or a few (at most 10) after ``各`` or a paper's name
    (``发放宣传资料5000份`` is an amount to reach)."""
    if unit != "份":
        return False
    return _COPIES_SET.search(before[-6:]) is not None or (value <= 10 and _COPIES_BEFORE.search(before[-12:]) is not None)


# (lead48) the count of a list attached to the page (``(附80所学校名单)``, ``附件:N个项目清单``): what the list holds, no amount
_ATTACHED_BEFORE = re.compile(r"(?:附|附件[:：]?|详见附件[:：]?)\s*$")
_ATTACHED_LIST_AFTER = re.compile(r"^[^。;；,，\n]{0,10}?(?:名单|清单|一览表|明细表|明细|目录|汇总表)")


_LIST_TITLE_BRACKET = re.compile(r"(?:名单|清单|一览表|明细表)\s*[(（]\s*$")


def counts_attached_list(before: str, after: str) -> bool:
    """The count names the size of an attached list: ``(附80所学校名单)``, or a list's title counts its rows
    (``某某某某名单(100所)``)."""
    return (_ATTACHED_BEFORE.search(before[-6:]) is not None and _ATTACHED_LIST_AFTER.match(after) is not None) \
        or _LIST_TITLE_BRACKET.search(before[-8:]) is not None
