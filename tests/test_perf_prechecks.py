"""The eighth round's cheap pre-checks decide as the scans they guard (made-up strings)."""

from __future__ import annotations

import itertools

from extract.cues import is_person_name
from extract.rules import target_hand_decisions as H
from extract.rules import targets as T
from extract.rules import unit_lists as U
from extract.rules.text import deadline_at


def _needs_tidy_scans(units: list[str]) -> bool:
    """``needs_tidy`` as it was before its pre-checks: every test on every unit."""
    ends = U._STRAY + U._OPEN + U._CLOSE
    return any(not u or u[0] in ends or U._ITEM_NO.match(u) or U._SEPARATED.search(u) or u[-1] in ends or ":" in u
               or "：" in u or "】" in u or "〕" in u or U._MEET in u or "由" in u or "等" in u or "及" in u or "和" in u
               or "与" in u or U._PEOPLE_TAIL.search(u) or (len(u) == 3 and is_person_name(u))
               or U._LABEL_ONLY.fullmatch(u) or U._ROLE_ALONE.fullmatch(u) or U._ROLE_TAIL.match(u)
               or U._DUTY_TAIL.match(u) or U._ROLE_MARK.match(u) for u in units) or len(set(units)) != len(units)


def test_needs_tidy_same_as_scans():
    units = ["甲局", "甲局牵头", "乙局按职责分工负责", "丙局(配合)", "丙局（协办）", "王小明", "牵头", "(牵头)", "县教育局\n",
             "", "甲局、乙局", "丁局具体负责", "戊局根据职责", "己局落实", "庚局(按职责)", "1.辛局", "壬局负责人", "责任单位",
             "癸局和子局", "县卫生健康局", "市场监管局 "]
    for u in units:
        assert U.needs_tidy([u]) == _needs_tidy_scans([u]), u
    for a, b in itertools.combinations(units, 2):
        assert U.needs_tidy([a, b]) == _needs_tidy_scans([a, b]), (a, b)
    assert U.needs_tidy(["甲局", "甲局"]) and not U.needs_tidy(["甲局", "乙局"])


def test_last_character_gates_hold_every_match():
    pieces = ["第", "编号", "文号", "电话", "由", "从", "3件", "4项", "5个", "2021年的", "的", " ", "\n", "　", "a", "Z", "达到", "年"]
    for k in range(1, 4):
        for combo in itertools.product(pieces, repeat=k):
            before = "".join(combo)
            last = before.rstrip()[-1:]
            for pattern, ends in ((H._ORDINAL_BEFORE, H._ORDINAL_LAST), (H._COUNT_BEFORE, H._COUNT_LAST),
                                  (H._FROM_BEFORE, H._FROM_LAST)):
                if pattern.search(before):
                    assert last in ends, (before, pattern.pattern)
            if H._YEARS_VALUE.search(before):
                assert last == "的", before


def test_deadline_at_without_a_year():
    assert deadline_at("全面完成改造任务,新建学校3所") == (None, -1)
    assert deadline_at("力争到年底完成") == (None, -1)
    assert deadline_at("到2025年,新建学校3所")[0] == 2025


def _number_keys(matches) -> list:
    return [(m.span(), m.groups(), [m.span(g) for g in range(1, T.NUMBER.groups + 1)]) for m in matches]


def test_numbers_same_as_the_scan():
    """``numbers`` (NUMBER tried only where a digit or 百 stands) gives ``NUMBER.finditer``'s matches."""
    pieces = ["新建学校", "12所", "百分之", "百分之九十", "百姓", "95%", "3.5万人次", "2,000个", "1万2,299个", "a3", "+5",
              "2023—2025年", "一百", "百分之5", "8个百分点", "第3", "１２", "٣", " ", "，", "至10", "1:350", "6,00", "百百分之7"]
    for k in range(1, 4):
        for combo in itertools.product(pieces, repeat=k):
            text = "".join(combo)
            assert _number_keys(T.numbers(text)) == _number_keys(T.NUMBER.finditer(text)), text


# the ninth round's patterns that open with a character (so that sre skips to where one can start), against the
# patterns they replace, written as before
# (tgtB33) the noun 计划, 预期寿命 and 规划 before its count: the new branches, written as before where they open with a lookbehind
_OLD_MODAL = (r"(要|将|需|须|应|必须|务必|争取(?![^，,；;。\d]{0,12}(?:资金|经费|债券|补助|资助))|"
              r"(?<!按)计划(?![的”」》』\"'、,，。;；:：)）]|项目|参加|涉及|总投资)|拟|预计|预估|"
              r"预期(?!寿命)|规划(?:(?=总?[投建新改扩增])|(?<=[\u4e00-\u9fff]规划)(?=\d{1,3}(?:\.\d+)?[^\d年.\-—~～至到]|$)))")
_OLD_SIGN = r"(?<=[\u4e00-\u9fff)）])\s*[>≥<≤]\s*$"
_OLD_YEARS = r"(?<![\d.])\d{1,2}\s*"


def _match_keys(pattern, text: str) -> list:
    return [(m.span(), m.groups(), [m.span(g) for g in range(1, pattern.groups + 1)]) for m in pattern.finditer(text)]


def _same_matches(old, new, pieces: list[str], repeat: int = 3) -> None:
    for k in range(1, repeat + 1):
        for combo in itertools.product(pieces, repeat=k):
            text = "".join(combo)
            assert _match_keys(old, text) == _match_keys(new, text), (text, new.pattern[:40])
            for pos in range(len(text)):
                a, b = old.search(text, pos), new.search(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)


def test_cue_patterns_that_open_with_a_character_match_as_before():
    import re

    from extract import cues as C
    from extract.roles import ROLE_VERBS, alternation
    from extract.rules import text as X
    from extract.rules import unit_prose as UP

    _same_matches(re.compile(_OLD_MODAL), C._MODAL, ["按计划", "计划", "计划的", "要", "争取", "争取资金", "规划新建", "规划", "按",
                                                     "甲", "，"])
    # (speedA28: the sign's branches now open with each blank and each sign; the words' branches end at ``之内|``)
    old_cmp = re.compile(C._COMPARATOR.pattern[:C._COMPARATOR.pattern.index("之内|") + 3] + _OLD_SIGN + ")")
    _same_matches(old_cmp, C._COMPARATOR, ["比例", "率)", "）", " ", "≥", "<", "\n", "不低于", "以上", "3", "a"], repeat=4)
    old_past = re.compile(X.PAST_MARKERS.pattern.replace(r"\d(?<![\d.]\d)\d?\s*", _OLD_YEARS))
    assert old_past.pattern.count(_OLD_YEARS) == 3
    _same_matches(old_past, X.PAST_MARKERS, ["5", "12", "123", ".", "0.5", "年来", "多年以来", "-", "至", "6月", "月份已", " ",
                                             "，上半年，", "已经", "甲"])
    old_verbs = re.compile(alternation(ROLE_VERBS) + UP._VERB_CUE.pattern[len(alternation(ROLE_VERBS)) - 4:])
    _same_matches(old_verbs, UP._VERB_CUE, ["牵头负责", "牵头", "负责", "单位为", "部门是", "配合", "甲局", "，"])
