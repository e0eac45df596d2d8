"""The fourteenth round's machinery (perf14): each faster form against its plain definition, on made-up strings
(what it must keep, not how fast it is: speed lives in bench/)."""

from __future__ import annotations

import random
import re

import pytest

from extract import cues
from extract.rules import target_cues, text

# the patterns as they stood before perf14 wrote out the groups and classes that opened some of their branches (so
# that every branch opens with a character and ``re``'s compiler gives the pattern a set of first characters)
from extract.modal_idioms import FORECAST_NOT_INDICATOR, PLAN_NOT_NOUN, PLANNED_COUNT  # (tgtB33) the same words on both sides

_MODAL_HUI = r"(?:政府|我们|当局|本局|本署|亦|也|并|还|更|则|均|仍|[局署府部])会(?![议同员所场长谈见计展期])"
_PLAIN = {
    "cues._TARGET_VERB": re.compile(
        r"(达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|扩大到|降低到|降低至|下降到|下降至|保持在|稳定在|"
        r"新增|新建|建成|建设|改扩建|改建|扩建|创建|创成|争创|创立(?![于於])|培育|打造|培养|培训|引进|招聘|选聘|配备|配齐|选派|"
        r"实现|完成|确保|力争|保证|保障|开展|组织|举办|开设|设立|组建|遴选|评选|认定|支持|资助|投入|安排|"
        r"改造(?![\u4e00-\u9fff]{0,6}(?:项目|资金|经费|补助|任务|工程))|实施(?!方案|意见|细则|办法|计划|范围|主体|单位|进度|情况|效果|成效)|"
        r"新[辟开投装设配铺购添招]|开辟|开通|"
        r"覆盖|普及|每年|每学年|每学期|年均|逐年|全部|均要|均应|投资|修建|兴建|建\s*$|任务数|目标数|计划数|成立|挂牌|"
        r"落实好|做好|抓好|办好|承接|增设|推出|推进|提供|"
        r"注资|预留|编列|自筹|"
        r"(?:购置|添置)(?![\u4e00-\u9fff]{0,4}(?:资金|经费|费用|补助|补贴))|筹建|投放|开发(?=[^，,；;。\d]{0,8}岗位)|帮助|"
        r"开建|救助(?![\u4e00-\u9fff]{0,4}(?:资金|标准|范围|对象))|优化(?=[^，,；;。\d]{0,8}(?:线路|班次|站点|网点|公交))|"
        r"促进(?=[^，,；;。\d]{1,10}就业)|"
        r"配置(?<!资源配置)(?<!优化配置)(?<!均衡配置)(?![\u4e00-\u9fff]{0,2}(?:标准|情况|率|水平|要求|方案|资金|经费)))"),
    "cues._MODAL": re.compile(r"(" + _MODAL_HUI + r"|要|将|需|须|应|必须|务必|争取(?![^，,；;。\d]{0,12}(?:资金|经费|债券|补助|资助))|"
                              + PLAN_NOT_NOUN + r"|拟|预计|预估|" + FORECAST_NOT_INDICATOR + "|" + PLANNED_COUNT + ")"),
    "cues._FUTURE_YEAR": re.compile(r"(?:到|(?<!截)至|截止到|目标)\s*20\d\d\s*年(?![底末]?的)|20\d\d\s*年(?:年?底|年?末|年?中)?"
                                    r"(?:前|以前|或之前|或以前)|(?:十四五|十五五)[”\"]?(?:期间|末|时期)"),
    "cues._WEAK_STATUS": re.compile(r"(累计|共计|总计|合计|占比为|本次|此次|占(?![地比])|比上年|同比|较上年|较去年|"
                                    r"按年|比去年|较本年度|较前一年|与上年相比|与去年相比|环比"
                                    r"|(?<![成作认以])(?<!目标|任务|指标|工期)(?<!目标值|任务数)为\s*$)"),
    "cues._REPORTED_PLAN": re.compile(
        r"(?:《[^》]{0,40}(?:规划|方案|计划|纲要|意见|措施)》|(?:规划|方案|计划|纲要)[”\"]?)[^。；]{0,6}"
        r"(?:明确|提出|要求|指出|规定|确定|部署)"),
    "text.FUTURE_MARKERS": re.compile(
        r"(?:到|(?<!截)至)\s*20\d\d\s*年|力争|确保|(?<!按)计划|将|今后|未来|预计(?!全年)|[又亦也还]会(?![议同商员])|新一轮|十四五|十五五|“十四五”|"
        r"(?:任务|目标|指标)(?:是|为|如下)?\s*[:：]|(?:任务|目标|指标)[,，]?\s*(?:还|也|主要)?(?:包括|分别是|分别为)|(?:的|年度|主要)(?:任务|目标)是|"
        r"(?:任务|目标|计划)数|"
        r"目标(?=\s*(?:20\d\d|\d{3})\s*年)|目標(?=\s*(?:20\d\d|\d{3})\s*年)"),  # (lead44) a goal year after what was done
}
_MODULES = {"cues": cues, "text": text}


def _pieces(pattern: str) -> list[str]:
    """Pieces of the texts a pattern looks for: its runs of CJK characters (and each of their characters), with
    digits, years, blanks and marks around them."""
    runs = re.findall(r"[\u4e00-\u9fff“”《》]+", pattern)
    chars = sorted({c for r in runs for c in r})
    return runs + chars + ["2025", "2025年", "至2025年", "截至 2025 年", "20", "2", "0", "5", " ", "\n", ",", "，", "；", "。", ":", "：", "\"", "”", "甲", "的",
                           "按", "截", "资源", "优化", "均衡", "目标值", "任务数", "(", "x"]


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_every_branch_opening_with_a_character_finds_the_same(name: str) -> None:
    module, attr = name.split(".")
    plain, fast = _PLAIN[name], getattr(_MODULES[module], attr)
    assert fast.groups == plain.groups and fast.groupindex == plain.groupindex
    assert fast.pattern != plain.pattern  # (the plain form is the old one, kept here)
    pieces = _pieces(plain.pattern)
    rng = random.Random(14)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    assert sum(plain.search(t) is not None for t in texts) > 50  # (the random texts hold matches too)
    for t in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)], t
        for pos in range(0, len(t), 3):  # a search from a later place (the lookbehinds see before it) and up to one
            a, b = plain.search(t, pos), fast.search(t, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, pos)
            a, b = plain.search(t, 0, pos), fast.search(t, 0, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, pos)
            a, b = plain.match(t, pos), fast.match(t, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, pos)


def test_the_cues_a_sentence_lends_are_those_commitment_cues_gives() -> None:
    words = ["将", "要", "计划", "按计划", "明年", "来年", "下年度", "新学年起", "到2025年", "2024年底前", "十四五期间", "年",
             "达到", "新建", "以上", "不低于", "20", "十", "甲", "的", "，", " ", "列入"]
    rng = random.Random(14)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(0, 10))) for _ in range(4000)]
    for t in texts:
        assert cues.ahead_cues(t) == [c for c in cues.commitment_cues(t) if c in ("deadline", "modal", "next_year")], t


def test_time_since_office_reads_the_same_from_the_tail() -> None:
    taken = re.compile(r"(?:履新|上任|到任|就任|履职|任职)[^，,；;。\d]{0,10}$")
    words = ["履新", "上任", "到任", "就任", "履职", "任职", "责任", "任务", "甲", "某集团", "，", "1", "\n", " "]
    rng = random.Random(14)
    for _ in range(4000):
        before = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        for unit in ("天", "日", "个月", "年", "周", "所"):
            plain = unit in ("天", "日", "个月", "年", "周") and ("任" in before or "履" in before) \
                and taken.search(before) is not None
            assert target_cues.time_since_office(before, unit) == plain, (before, unit)


def test_the_opening_characters_are_read_off_the_pattern() -> None:
    from extract.rules.scan import first_characters

    assert first_characters(re.compile(r"(?<![增降])(?:到|至)\s*(20\d\d)")) == "".join(sorted("到至"))
    assert first_characters(re.compile(r"(?:[【\[]\s*)?(?P<l>甲单位|乙部门)\s*[:：]")) == "".join(sorted("[【甲乙"))
    assert first_characters(re.compile(r"(?:^|[,，])(?:上半年|一季度)")) == "".join(sorted(",，上一"))
    assert first_characters(re.compile(r"\d+年")) is None  # a category: the plain scan
    assert first_characters(re.compile(r"甲?")) is None  # the empty match: the plain scan
    assert first_characters(re.compile(r".甲")) is None
    assert first_characters(re.compile(r"(?i:a)b")) is None


def _label_texts(rng: random.Random, n: int) -> list[str]:
    from extract.roles import LEAD_LABEL, PEOPLE_LABEL, RESP_LABEL, UNIT_NOUNS

    words = re.findall(r"[\u4e00-\u9fff]{2,}", LEAD_LABEL + RESP_LABEL + PEOPLE_LABEL + "实际完成情况|备注|时间节点")
    # (twenty-third round) labels written as a role head and a unit noun (``roles.UNIT_NOUNS``) are whole words only here
    words += [head + noun for head in ("牵头", "责任", "配合", "协办") for noun in re.findall(r"[\u4e00-\u9fff]{2,}", UNIT_NOUNS)]
    pieces = words + ["【", "】", "〔", "〕", "[", "]", ":", "：", " ", "。", "，", "市交通委", "甲局", "、", "\n", "1"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_the_spaced_labels_are_found_where_a_label_opens() -> None:
    from extract.rules import unit_label_lines as units

    rng = random.Random(14)
    texts = _label_texts(rng, 6000)  # (twenty-third round: 4000 -> 5000, the compound labels' fragments dilute the words; lead41: 6000, ``主抓``)
    assert sum(units._SPACED.search(t) is not None for t in texts) > 300
    for t in texts:
        fast = [(m.span(), m.groups()) for m in units._SPACED_SCAN.finditer(t)]
        assert fast == [(m.span(), m.groups()) for m in units._SPACED.finditer(t)], t


def test_a_year_deadline_is_searched_where_one_opens() -> None:
    scan = text._YEAR_DEADLINE_SCAN
    assert scan.opening is not None
    words = ["到", "至", "截至", "截止", "2025", "2031", "年", "底", "前", "以前", "完成", "实现", "实现值", "将", "计划", "拟",
             "预计", "规划", "实施", "实施了", "于", "在", "起", "秋季学期", "，", ",", "列入", "实事", "新建", "以后", "—", "增",
             "降", "、", "甲", "的通知", " ", "1", "2025年", "2031年", "到2031年", "2031年底前", "2031年，", "2031年起"]
    rng = random.Random(14)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(6000)]
    assert sum(text.YEAR_DEADLINE.search(t) is not None for t in texts) > 500
    for t in texts:
        for pos in range(0, len(t) + 1, 4):
            a, b = text.YEAR_DEADLINE.search(t, pos), scan.search(t, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, pos)
        assert [m.span() for m in scan.finditer(t)] == [m.span() for m in text.YEAR_DEADLINE.finditer(t)], t


_SCANS = [("goal_date_cues", "_MONTH_DEADLINE"), ("goal_date_cues", "_BEFORE_OR_FROM"), ("goal_date_cues", "_EXPECTED_DATE"),
          ("goal_date_cues", "_YEAR_OF_WORK"),
          ("goal_date_cues", "_YEAR_PROJECTS"), ("goal_date_cues", "_CE_YEAR"), ("goal_date_cues", "_ROC_DAY"),
          ("target_years", "_YEAR_SPAN"),
          ("target_hand_decisions", "_YEAR_BEFORE"), ("text", "_YEAR_ANY")]


@pytest.mark.parametrize("where", _SCANS, ids=[f"{m}.{n}" for m, n in _SCANS])
def test_a_scan_tried_where_a_match_opens_finds_the_same(where: tuple[str, str]) -> None:
    import importlib

    module = importlib.import_module(f"extract.rules.{where[0]}")
    plain, scan = getattr(module, where[1]), getattr(module, where[1] + "_SCAN")
    assert scan.pattern is plain and scan.opening is not None
    pieces = _pieces(plain.pattern) + ["2031", "2031年", "2031年度", "113", "113年", "113/04/21", "131 年 3 月 7 日", "9月",
                                       "2024-2026年", "2031年秋季", "起", "，", "、", "—", "1.", "为", "了", "的", "日", "2031年项目", "做好2031年",
                                       "预计2031年", "于2031年", "2031年起,", "2031年内", "要求2031年", "(2031)"]
    rng = random.Random(14)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(6000)]
    assert sum(plain.search(t) is not None for t in texts) > 40  # (the random texts hold matches too)
    for t in texts:
        assert [(m.span(), m.groups()) for m in scan.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)], t
        for pos in range(0, len(t) + 1, 5):
            a, b = plain.search(t, pos), scan.search(t, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, pos)
