"""Sixteenth-round cues (tfp16) that keep numbers which are no commitment out of the numeric targets.

Each cue is a small function with made-up examples; the hooks in ``rules.targets`` call them at the decision point.
"""

from __future__ import annotations

import re

# what may stand between two values of one list: a joiner and nothing else (``450万元、480万元``, ``12所和8所``)
_LIST_JOINER = re.compile(r"^\s*(?:、|和|及|与|以及|或)\s*$")


def shares_first_value_status(between: str, prev_cues: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """A later value of a list (``…资金分别为450万元、480万元和1300万元``, ``完成投资分别为1800万元和1600万元``) that
    only a joiner parts from the value before it, which was rejected as a status (``status:为``, ``status:现有``,
    a past marker): the words that commit nothing for the first value commit nothing for the rest (N13); a verb in
    the clause head before the list (``新建学校的资金分别为…``) names the works, as it did for the first value. Not a
    value with words of its own after the value before (``现有学校5所,新建学校2所``: a comma and a verb), nor a value
    after a value that was taken or rejected for another reason (a name, an age)."""
    if not prev_cues or not prev_cues[0].startswith(("status:", "past_marker")):
        return False
    if not cues or not set(cues) <= {"target_verb", "target_verb:list", "comparator"}:
        return False
    return _LIST_JOINER.match(between) is not None


def names_grade(unit: str, after: str) -> bool:
    """A school grade, not a span of years: ``年`` run into ``级`` (``小学3-6年级每周3节``, ``初中1年级``) or ``年``
    before ``级`` with a blank between them, names which pupils (N15: a who, not a how-much). Not a span of years
    before another word (``学制3年,级别…``: a comma parts them; ``3年内``)."""
    return unit == "年" and after.lstrip(" ").startswith("级")


# a value of a list: digits and a short measure, then ``、`` (``1800元、``, ``15%、``)
_LISTED_VALUE = r"\d[\d,.]*\s*[^\d，,；;。、:：]{0,3}\s*、\s*"
# ``由每人每月1800元、`` before a later value; ``由每人每月`` before the first
_LIST_BASE_FROM = re.compile(r"(?:由|从)[^，,；;。\d]{0,16}(?:" + _LISTED_VALUE + r")*$")
# ``、1500元统一提高到…``, ``元统一提高到…``: the other values of the list, then the change and its end point
_LIST_BASE_TO = re.compile(r"^\s*[^\d，,；;。、]{0,3}(?:\s*、\s*\d[\d,.]*\s*[^\d，,；;。、]{0,3})*\s*(?:分别|统一|均|都|一律)?"
                           r"(?:提高|提升|增加|增长|扩大|下降|降低|减少|调整|上调|下调)(?:到|至)")


def is_listed_baseline(before: str, after: str) -> bool:
    """A starting value of a change whose starting values are a ``、`` list (``补助标准由每人每月1800元、1500元统一提高到
    2200元``): every value of the list is where the change starts (N2, as ``由85%提高到95%`` gives nothing for 85%),
    the end point alone is the target. Not a list after the change (``提高到1800元、1500元``: no ``由`` before), nor a
    ``由`` that names who acts (``由甲局新建学校3所、幼儿园2所``: no change to a value after the list)."""
    if "由" not in before and "从" not in before:
        return False
    if "、" not in after[:12] and "、" not in before[-12:]:
        return False  # a single starting value: ``is_baseline`` reads it
    return _LIST_BASE_FROM.search(before) is not None and _LIST_BASE_TO.match(after) is not None
