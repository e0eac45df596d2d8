"""(speedA24) ``rules.scan.SegmentScan``: the duty patterns scanned only in the stretches that hold their cue word find
the same matches as the plain ``finditer`` (random texts of the patterns' own pieces; made-up words only)."""

from __future__ import annotations

import random

from extract.rules import unit_duty_items as udi

_PIECES = ["甲局", "乙委", "丙办", "有关部门", "各成员单位", "协助", "配合", "负责", "履行", "下列", "以下", "职责", "职能",
           "按照", "职责分工", "要", "将", "已", "继续", "积极", "做好", "开展", "落实", "工作", "任务", "(一)", "（二）",
           "第三条", "一、", "2.", "如", "例如", "由", "牵头", "，", ",", "。", ";", "；", ":", "：", "\n", " ", "\u3000",
           "某某", "镇", "县", "的", "等", "“", "”", "1", "20", "应当", "依法", "履行下列职责：", "履行以下主要职责:", "下列职责"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 120)))


def _spans(ms):
    return [(m.start(), m.end(), m.groupdict()) for m in ms]


def test_perf24_segment_scan_agrees_with_finditer():
    for text in _texts(24, 4000):
        assert _spans(udi._HELPER_FRAME_SCAN.finditer(text)) == _spans(udi._HELPER_FRAME.finditer(text)), text
        assert _spans(udi._OWNER_LEAD_IN_SCAN.finditer(text)) == _spans(udi._OWNER_LEAD_IN.finditer(text)), text


def test_perf24_segment_scan_finds_matches():
    # the random texts above must hold matches for the comparison to mean anything
    found_helper = sum(1 for t in _texts(24, 4000) for _ in udi._HELPER_FRAME.finditer(t))
    found_owner = sum(1 for t in _texts(24, 4000) for _ in udi._OWNER_LEAD_IN.finditer(t))
    assert found_helper > 20 and found_owner > 5, (found_helper, found_owner)
