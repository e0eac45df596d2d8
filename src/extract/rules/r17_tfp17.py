"""Seventeenth-round cues (tfp17): the attributes of a target that pairs of years and bound words set across a list,
and numbers that are no commitment (counts of a list, results of a year looked back on).

Each cue is a small function with made-up examples; the hooks in ``rules.targets`` and ``rules.recounts`` call them at the
decision point.
"""

from __future__ import annotations

import re

# ``到2031年和2035年,``, ``2031年底和2035年``, ``2031年、2035年``: two years joined, the second later
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)\s*年(?:底|末)?\s*(?:和|、|及|与|以及)\s*(?:到|至)?\s*((?:19|20)\d\d)\s*年")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
# the value's measure and bound, then the word that joins the second value of the pair (``22%和``, ``7所及以上和``)
_PAIR_NEXT = re.compile(r"\s*(?:[%‰]|[万亿千]?[\u4e00-\u9fff]{0,3}?)\s*(?:及以上|以上|及以下|以下|左右)?\s*(?:和|及|与|、)\s*"
                        r"(?:分别)?\s*\d")


def first_of_year_pair(sentence: str, num_start: int, num_end: int) -> int | None:
    """The first of two years joined in the sentence (``到2031年和2035年,甲率分别不低于22%和30%``), for the first value
    of the pair of values that follows them (22%): the values of the pair go to the years in their order (N9: each
    value takes its year), where reading the year nearest before would give both the second year. ``num_start`` and
    ``num_end``: the value's span in ``sentence``. None where the value is not the first of a pair joined by
    ``和``/``、``/``及`` (``到2031年和2035年,新建学校5所``), where another year stands between the pair of years and
    the value, or where the years are no pair (``2031年和2031年``, a second year not later)."""
    head = sentence[:num_start]
    pair = None
    for m in _YEAR_PAIR.finditer(head):
        pair = m
    if pair is None:
        return None
    a, b = int(pair.group(1)), int(pair.group(2))
    if not a < b <= a + 30 or _ANY_YEAR.search(head, pair.end()) is not None:
        return None
    if _PAIR_NEXT.match(sentence, num_end) is None:
        return None
    return a


# a bound word, the words of the list's head, then the list up to the value: ``推出不少于200场甲、400场乙、``
_LIST_BOUND = re.compile(r"(不少于|不低于|不得少于|不得低于|至少|最少|不超过|不高于|不得超过|最多|至多)"
                         r"([^\d，,；;。：:]{0,8})(\d[^，,；;。：:]*)$")
_UPPER_WORDS = ("不超过", "不高于", "不得超过", "最多", "至多")
# what parts two items of the list: ``、``, ``和``, ``及``, ``以及``, ``与``
_ITEM_SEP = re.compile(r"以及|、|和|及|与")
# one item before the value's: a value with its measure and the thing counted (``200场甲演出``), or the thing and its
# value (``甲服务60人``); no bound or level word of its own
_LIST_ITEM = re.compile(r"[^\d]{0,12}\d+(?:\.\d+)?\s*[^\d]{0,16}")
_OWN_LEVEL = re.compile(r"以上|以下|以内|左右|达到|达|不少于|不低于|至少|不超过")
# a verb that opens an item: a task of its own, not one more thing the head verb delivers
_ITEM_VERB = re.compile(r"^(?:新建|建设|建成|改造|改建|扩建|新增|完成|开展|实施|举办|组织|培训|打造|创建|提升|推进|落实|启动|配备|购置|安装)")
# what stands before a bound word that heads a whole list: the list's verb or a modal (``推出不少于…``, ``每年开展至少…``)
_LIST_HEAD_END = re.compile(r"(?:推出|开展|举办|完成|提供|建设|新建|组织|实现|确保|保证|安排|培训|配备|招收|新增|放映|"
                            r"要|需|应|将|每年|全年|年均|力争|共|累计)$")
# the second value of two bare ones after a strict bound (``分别低于7%和``): ``低于``/``少于`` ``<``, ``高于``/``超过`` ``>``
_STRICT_PAIR = re.compile(r"(低于|少于|小于|高于|超过|多于|大于)\s*\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{0,2})\s*(?:和|、|及|与)\s*$")


def bound_over_list(before: str, suffix: str = "") -> str | None:
    """The comparator that a bound word before the first value of a list gives a later value of it (N1b: the word binds
    the amounts it bounds): ``推出不少于200场甲演出、400场乙活动以及1000场丙服务`` -> 400 and 1000 are ``>=`` too, as 200 is;
    ``至少完成甲咨询150人及乙服务60人`` -> 60 ``>=``; ``甲率分别低于7%和5%`` -> 5 ``<``. ``before``: the sentence up to the
    value. None (the usual word lists decide) where a comma or a colon parts the bound word from the value, where an
    item between opens with a verb of its own (``至少新建学校3所、改造操场5个``: two tasks), where an item writes its own
    level (``不少于3所、5个以上``), where the bound word follows a measure's name and binds that measure alone
    (``甲教师数至少5.3人、乙教师1人``: each item its own standard), or where a value carries its own suffix (``suffix``)."""
    if suffix:
        return None
    strict = _STRICT_PAIR.search(before[-16:])
    if strict is not None:
        return "<" if strict.group(1) in ("低于", "少于", "小于") else ">"
    m = _LIST_BOUND.search(before[-90:])
    if m is None:
        return None
    head = re.split(r"[，,；;。：:]", before[:len(before) - len(before[-90:]) + m.start()])[-1].strip()
    if head and _LIST_HEAD_END.search(head) is None:
        return None  # (``甲教师数至少5.3人、乙教师1人``: the bound belongs to the first item's own measure)
    parts = _ITEM_SEP.split(m.group(3))
    if len(parts) < 2 or re.search(r"\d", parts[-1]):
        return None  # the value opens no new item of the list (``不少于200场``: the bound's own value)
    done = parts[:-1]
    if not all(_LIST_ITEM.fullmatch(p) for p in done) or any(len(re.findall(r"\d+(?:\.\d+)?", p)) != 1 for p in done):
        return None
    if any(_OWN_LEVEL.search(p) for p in parts) or any(_ITEM_VERB.match(p.strip()) for p in parts[1:]):
        return None
    return "<=" if m.group(1) in _UPPER_WORDS else ">="
