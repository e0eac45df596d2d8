"""(speedA26) Each shortcut of the twenty-fifth round's speed change agrees with the full pattern on random texts of the
pattern's own pieces (made-up words only): ``rules.unit_body_duty_blocks.group_heads`` with ``_GROUP_HEAD.finditer``, the
owner-named duty lists' ``SegmentScan`` needle with the plain ``finditer``, ``rules.targets._tail_trimmed`` with
``_TAIL_TRIM.sub``."""

from __future__ import annotations

import random

from extract.rules import unit_body_duty_blocks as ubd

_PIECES = ["宣传组", "保障组", "执委会", "甲局", "组", "长", "组 长", "组长", "副组长", "常务副组长", "执行", "主任", "主 任", "成员",
           "成 员", "组员", "委员", "委\n员", "顾问", "联系人", "负责人", "指挥长", "总指挥", "秘书长", "队长", "部长", "召集人",
           ":", "：", " ", "\u3000", "\t", "\n", "。", ";", "；", "，", "、", "一、", "二、", "1.", "2、", "3．", "(一)", "某某",
           "张三", "李四", "的", "职责", "负责", "a", "1", ".", "常务", "副"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 80)))


def _spans(ms):
    return [(m.start(), m.end(), m.group("name")) for m in ms]


def test_perf26_group_heads_agree_with_finditer():
    found = 0
    for text in _texts(26, 6000):
        want = _spans(ubd._GROUP_HEAD.finditer(text))
        assert _spans(ubd.group_heads(text)) == want, text
        found += len(want)
    assert found > 500, found  # (the random texts hold matches for the comparison to mean anything)


_LIST_PIECES = ["甲局", "某中心", "某会", "的", "主要", "具体", "职责", "职能", "任务", "如下", "包括", "为", "是", "有", ":", "：",
                " ", "\n", "。", ";", "；", ",", "，", "(一)", "1.", "负责", "工作", "开展", "“", "”"]


def test_perf26_owner_named_list_needle_agrees_with_finditer():
    from extract.rules import unit_duty_items as udi
    rng = random.Random(261)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(_LIST_PIECES) for _ in range(rng.randint(1, 60)))
        want = [(m.start(), m.end(), m.groupdict()) for m in udi._OWNER_NAMED_LIST.pattern.finditer(text)]
        assert [(m.start(), m.end(), m.groupdict()) for m in udi._OWNER_NAMED_LIST.finditer(text)] == want, text
        found += len(want)
    assert found > 300, found


def test_perf26_tail_trim_precheck_agrees():
    import re

    from extract.rules import targets as tg
    words = tg._TAIL_TRIM.pattern[3:-3].split("|")
    assert tg._TAIL_TRIM.pattern.startswith("(?:") and tg._TAIL_TRIM.pattern.endswith(")+$")
    assert all(w == r"\s" or re.escape(w) == w for w in words), words  # (plain words: their last character is their end)
    pieces = [w for w in words if w != r"\s"] + [" ", "\n", "\u3000", "\t", "学校", "率", "甲", "1", "%", "新建", "达到了", ""]
    rng = random.Random(262)
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert tg._tail_trimmed(text) == tg._TAIL_TRIM.sub("", text), text
