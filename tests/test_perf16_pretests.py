"""perf16: the pre-tests and one-scan forms give what the slower forms give (made-up text; the patterns' own trees)."""

import random
import re
import re._constants as C
import re._parser as P

from extract.roles import ASSIST_VERBS, LEAD_VERBS
from extract.rules import target_status, target_works_measures, unit_prose, units
from extract.rules.unit_flat import _AS_BLANK, _as_blank


def _needs_one_of(pattern: str, chars: str) -> bool:
    """Whether every match of ``pattern`` holds one of ``chars`` (read off the pattern's parse tree: a literal of the
    set, outside any optional part; every branch of an alternation needs one)."""

    def seq(items) -> bool:
        return any(item(op, av) for op, av in items)

    def item(op, av) -> bool:
        if op is C.LITERAL:
            return chr(av) in chars
        if op is C.SUBPATTERN:
            return seq(av[-1])
        if op is C.BRANCH:
            return all(seq(b) for b in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return av[0] >= 1 and seq(av[2])
        if op is C.ATOMIC_GROUP:
            return seq(av)
        return False  # (a class, a lookaround, an anchor: no literal a match must hold)

    return seq(P.parse(pattern))


def test_needs_one_of_reads_the_tree():
    assert _needs_one_of(r"^(?:甲|乙丙)+$", "甲丙")
    assert not _needs_one_of(r"^(?:甲|乙)+$", "甲")
    assert not _needs_one_of(r"甲?乙", "甲")
    assert _needs_one_of(r"[^，]{0,3}?(?:甲乙|丙)", "乙丙")


def test_works_measure_chars_cover_the_pattern():
    # ``specifies_planned_facility`` tries ``_WORKS_MEASURE`` only where one of these stands
    assert _needs_one_of(target_works_measures._WORKS_MEASURE.pattern, "占积资价模纳设地划")
    assert set(target_works_measures._WORKS_MEASURE_CHARS.pattern.strip("[]")) == set("占积资价模纳设地划")
    for head in ("新校区占地面积约", "其中总投资", "学校建设规模为", "可容纳学生", "规划设置"):
        assert target_works_measures._WORKS_MEASURE.match(head) is not None
        assert target_works_measures.specifies_planned_facility("某校新建项目," + head, head, "亩", "。") in (True, False)


def test_ready_patterns_need_ji():
    assert _needs_one_of(target_status._READY_AFTER.pattern, "即")
    assert _needs_one_of(target_status._READY_BEFORE.pattern, "即")
    assert target_status.ready_to_open("某区有7所幼儿园", "即将投用")
    assert target_status.ready_to_open("某市20所新幼儿园即将开园,可提供学位", "个")
    assert not target_status.ready_to_open("新建幼儿园", "所,2031年投入使用")


def test_copula_after_quick_is_needed():
    rng = random.Random(16)
    pieces = ["甲局", "乙局、丙局", "为", "是", "作为", "牵头单位", "配合单位", "责任单位", ",", "，", "。", "扩建冷库两座",
              "排在首位的", "丙县", "主责", ":", "等"]
    seen = 0
    for _ in range(12000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        if unit_prose._COPULA_AFTER.search(text) is not None:
            seen += 1
            assert unit_prose._COPULA_AFTER_QUICK.search(text) is not None
    assert seen > 30
    assert unit_prose.units_then_copula_label("扩建冷库两座,甲局为牵头单位,乙局、丙局为配合单位。")


def test_verb_alternations_are_the_substring_tests():
    rng = random.Random(161)
    words = list(LEAD_VERBS + ASSIST_VERBS + units._RUN_VERBS) + ["甲", "局", "负", "责", "协", "，"]
    for _ in range(4000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 4)))
        assert (unit_prose._LEAD_OR_ASSIST_VERB.search(text) is not None) == any(v in text for v in LEAD_VERBS + ASSIST_VERBS)
        assert (units._RUN_VERB.search(text) is not None) == any(v in text for v in units._RUN_VERBS)


def test_as_blank_is_the_translation():
    rng = random.Random(1616)
    alphabet = "甲乙 \r\n\t\u3000a1,"
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _as_blank(text) == text.translate(_AS_BLANK)


def test_leading_blanks_stand_for_the_stripped_prefix():
    # ``_paragraphs``: ``not text[:i].strip()`` is ``i <= len(text) - len(text.lstrip())``
    rng = random.Random(16161)
    alphabet = " \t\n\r\u3000\xa0\u2003甲。"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        lead = len(text) - len(text.lstrip())
        for i in range(len(text) + 1):
            assert (not text[:i].strip()) == (i <= lead)


def test_past_literal_scan_is_the_loop():
    from extract.rules import text as T

    def loop(text: str) -> bool:  # ``has_past_marker`` before perf16
        for lit in T._PAST_LITERALS:
            if lit in text:
                return T.PAST_MARKERS.search(text) is not None
        return False

    rng = random.Random(16162)
    pieces = list(T._PAST_LITERALS) + ["新建", "学校", "3所", "2031年", "1-6", "将", "，", "。", "已经", "新增了"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert T.has_past_marker(text) == loop(text)
