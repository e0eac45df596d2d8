"""(speedA24) ``rules.scan.SegmentScan``: the duty patterns scanned only in the stretches that hold their cue word find
the same matches as the plain ``finditer`` (random texts of the patterns' own pieces; made-up words only)."""

from __future__ import annotations

import random

from extract.rules import goal_dates as gd
from extract.rules import unit_duty_items as udi
from extract.rules import unit_prose as up

_PIECES = ["甲局", "乙委", "丙办", "有关部门", "各成员单位", "协助", "配合", "负责", "履行", "下列", "以下", "职责", "职能",
           "按照", "职责分工", "要", "将", "已", "继续", "积极", "做好", "开展", "落实", "工作", "任务", "(一)", "（二）",
           "第三条", "一、", "2.", "如", "例如", "由", "牵头", "，", ",", "。", ";", "；", ":", "：", "\n", " ", "\u3000",
           "某某", "镇", "县", "的", "等", "“", "”", "1", "20", "应当", "依法", "履行下列职责：", "履行以下主要职责:", "下列职责",
           "日前", "近日", "3月", "12日", "印发", "出台", "新布局", "布局了", "正式发布", "拟", "拟于", "计划", "准备", "将于",
           "需要", "特请", "请", "恳请", "给予", "支持配合", "协同", "《", "》", "检查", "职能", "分工", "任务分工", "如下", "以下", "下列", "是"]


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
        assert _spans(gd._FRESH_ISSUE_SCAN.finditer(text)) == _spans(gd._FRESH_ISSUE.finditer(text)), text
        assert _spans(udi._DUTY_LEAD_IN_SCAN.finditer(text)) == _spans(udi._DUTY_LEAD_IN.finditer(text)), text
        assert _spans(up._HELP_REQUEST_SCAN.finditer(text)) == _spans(up._HELP_REQUEST.finditer(text)), text


def test_perf24_segment_scan_finds_matches():
    # the random texts above must hold matches for the comparison to mean anything
    found_helper = sum(1 for t in _texts(24, 4000) for _ in udi._HELPER_FRAME.finditer(t))
    found_owner = sum(1 for t in _texts(24, 4000) for _ in udi._OWNER_LEAD_IN.finditer(t))
    found_issue = sum(1 for t in _texts(24, 4000) for _ in gd._FRESH_ISSUE.finditer(t))
    found_request = sum(1 for t in _texts(24, 4000) for _ in up._HELP_REQUEST.finditer(t))
    assert sum(1 for t in _texts(24, 4000) for _ in udi._DUTY_LEAD_IN.finditer(t)) > 20
    assert found_helper > 20 and found_owner > 5 and found_issue > 5 and found_request > 5, (
        found_helper, found_owner, found_issue, found_request)


def test_perf24_assessor_page_test():
    from extract.rules import rulebook_units as rbu
    for text in ("甲 |\n考核部门\n乙", "甲乙丙", "評分單位", "考核", ""):
        assert rbu._page_names_assessor(text) == (rbu._ASSESSOR_WORD.search(text) is not None)
        assert rbu._page_names_assessor(text) == (rbu._ASSESSOR_WORD.search(text) is not None)  # (the kept answer)


def test_perf24_duty_word_lines_are_the_heading_candidates():
    import re
    for text in list(_texts(7, 1500)) + ["", "\n", "职责\n", "\n分工", "(一)甲局职责\n\n二、分工职责\n职责"]:
        want = [(m.end(), m.group()) for m in re.finditer(r"^[^\n]*$", text, re.M) if udi._DUTY_HEADING.match(m.group())]
        got = [(e, ln) for e, ln in udi._duty_word_lines(text) if udi._DUTY_HEADING.match(ln)]
        assert got == want, text
        assert all("职责" in ln or "分工" in ln for _, ln in udi._duty_word_lines(text))


def test_perf24_blank_clause_openers_cached_same():
    from extract.rules.unit_clause_openers import _OPENER, blank_clause_openers
    for text in _texts(9, 300):
        want = _OPENER.sub(lambda m: " " * len(m.group("open")), text) if ("," in text or "，" in text) else text
        assert blank_clause_openers(text) == want
        assert blank_clause_openers(text) == want


def test_perf24_run_heading_pretest_agrees():
    from extract.rules import unit_run_headings as urh
    pieces = ["(一)", "（二）", "三、", "甲局", "乙科", " ", "\u3000", "\t", "1.", "2、", "(1)", "（2）", "12．", "3.5", "做好",
              "工作", "。", "\n", "，"]
    rng = random.Random(11)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        want = [(m.start(), m.end()) for m in urh._HEAD.finditer(text)]
        hits += len(want)
        if urh._HEAD_NEXT.search(text) is None:
            assert want == [], text
        heads = urh.run_headings(text, lambda name: [name])
        assert [h[1] for h in heads] == ([e for _, e in want] if len(want) >= 2 else []), text
    assert hits > 100
