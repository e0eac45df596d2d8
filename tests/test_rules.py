"""The rules backend on small texts: one test per pattern of the spec and eval/README.md."""

import hashlib

import pytest

from extract.data import Document
from extract.pipeline import process_document


def run_rules(text: str, doc_id: str = "t"):
    doc = Document(doc_id=doc_id, path=f"{doc_id}.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    res = process_document(doc, "rules")
    for r in res.records:  # every record is grounded in the original text
        assert r.quote == text[r.span.start:r.span.end]
    return res


def targets(text):
    return [r for r in run_rules(text).records if r.type == "numeric_target"]


def one(text):
    ts = targets(text)
    assert len(ts) == 1, ts
    return ts[0]


PLAN = "二、主要目标\n{}\n三、重点任务\n(一)优化布局。{}"


@pytest.mark.parametrize("sentence,value,unit,comp,year", [
    ("到2025年,学前三年毛入园率达到95%以上。", 95, "%", ">=", 2025),
    ("到2025年,集团化办学率达到85%。", 85, "%", "=", 2025),
    ("九年义务教育巩固率不低于99%。", 99, "%", ">=", None),
    ("每班人数不超过45人。", 45, "人", "<=", None),
    ("每年培训不少于2次。", 2, "次", ">=", None),
    ("近视率控制在30%以内。", 30, "%", "<=", None),
    ("引进高层次人才30人以上。", 30, "人", ">=", None),
    ("学生体质健康合格率力争达到百分之九十五以上。", 95, "%", ">=", None),  # (tgtC34) a share in Chinese numerals
    ("体质健康优良率力争达到90%。", 90, "%", ">=", None),
    ("每所中小学至少建成1个智慧教室。", 1, "个", ">=", None),
    ("新增学位1.2万个。", 1.2, "万个", "=", None),
    ("评选区学科带头人200名左右。", 200, "名", "=", None),
])
def test_comparators_units_years(sentence, value, unit, comp, year):
    ts = targets(PLAN.format("总体目标。", sentence))
    if value is None:
        assert ts == []
        return
    assert len(ts) == 1, ts
    t = ts[0]
    assert (t.value, t.unit, t.comparator, t.target_year) == (value, unit, comp, year)


def test_percent_word():
    t = one(PLAN.format("", "教师培训覆盖率达到百分之90。"))
    assert (t.value, t.unit) == (90, "%")


def test_range_gives_value_max():
    t = one(PLAN.format("", "帮助每位学生学会1—2项艺术技能。"))
    assert (t.value, t.value_max, t.unit) == (1, 2, "项")
    t = one(PLAN.format("", "创建省市优质园8-10所。"))
    assert (t.value, t.value_max, t.unit) == (8, 10, "所")


def test_fenbie_gives_one_record_per_value():
    ts = targets(PLAN.format("", "到2025年,小学、初中就近划片入学比例分别达到100%和95%以上。"))
    # (eighteenth round, N1e) the ``以上`` written once after the pair's last amount bounds both amounts
    assert [(t.value, t.comparator, t.target_year) for t in ts] == [(100, ">=", 2025), (95, ">=", 2025)]
    assert ts[0].indicator.startswith("小学") and ts[1].indicator.startswith("初中")


def test_enumeration_each_number():
    ts = targets(PLAN.format("", "培育并建立区级思政课教学实训基地3个、中小学思政课学科工作室5个、示范校10所。"))
    assert [(t.value, t.unit) for t in ts] == [(3, "个"), (5, "个"), (10, "所")]
    assert ts[0].indicator == "区级思政课教学实训基地"


def test_year_per_value():
    ts = targets(PLAN.format("", "2023年配备专(兼)职心理健康工作人员的中小学比例达到80%,2025年达到90%。"))
    assert [(t.value, t.target_year) for t in ts] == [(80, 2023), (90, 2025)]


@pytest.mark.parametrize("sentence", [
    "“十三五”期间,新增学位1.2万余个。",
    "普通高中毛入学率由85.27%提高到91.1%,已建成学校10所。",
    "实施“5+2”课后服务模式和1+X证书制度。",
    "落实《教育信息化2.0行动计划》,打造“吾育100”工程。",
    "构建城市社区15分钟健身圈。",
    "根据荣委办发〔2023〕7号文件,2023年3月22日印发。",
])
def test_not_targets(sentence):
    assert targets(PLAN.format("", sentence)) == []


def test_past_section_skipped():
    text = "第一章 发展基础\n一、主要成就\n(一)办学条件。新建学校376所,毛入学率达到91%。\n第二章 主要目标\n到2025年,新建学校5所。"
    ts = targets(text)
    assert [(t.value, t.target_year) for t in ts] == [(5, 2025)]


INDICATORS = """二、主要目标
主要预期指标
分类
指标
2023年
2024年
2025年
学前
教育
在园幼儿数(万人)
2.00
2.01
2.05
学前三年毛入园率(%)
94.20
94.50
>95.00
其中:普通小学
4.06
4.18
4.30
三、重点任务"""


def test_indicator_table_cells():
    ts = targets(INDICATORS)
    got = [(t.indicator, t.value, t.unit, t.comparator, t.target_year) for t in ts]
    assert got[:3] == [("在园幼儿数", 2.0, "万人", "=", 2023), ("在园幼儿数", 2.01, "万人", "=", 2024),
                       ("在园幼儿数", 2.05, "万人", "=", 2025)]
    assert got[5] == ("学前三年毛入园率", 95.0, "%", ">", 2025)
    assert got[6] == ("普通小学", 4.06, "%", "=", 2023) or got[6][2] in ("%", "万人")
    assert len(ts) == 9
    assert "学前三年毛入园率(%)" in ts[3].quote and ts[3].quote.endswith("94.20")


TASKS = """附件
重点任务分解表
序号
项目
重点任务
年度工作目标
牵头
单位
责任
单位
2023年
2024年
2025年
1
提升智育水平
到2025年,科技工作室的覆盖率达50%。
创办6个科技工作室。
创办7个科技工作室。
创办7个科技工作室。
区教委
区科技局、团区委等
2
优化学校规划布局
新建幼儿园5所。
完成观棠府幼儿园建设。
区教委
区发展改革委、区财政局,相关镇街、各镇(开发区、街道)"""


def test_task_table_rows():
    res = run_rules(TASKS)
    uas = [r for r in res.records if r.type == "unit_assignment"]
    assert [(u.task, u.lead_units, u.responsible_units) for u in uas] == [
        ("提升智育水平", ["区教委"], ["区科技局", "团区委"]),
        ("优化学校规划布局", ["区教委"], ["区发展改革委", "区财政局", "相关镇街", "各镇(开发区、街道)"]),
    ]
    ts = [(t.value, t.target_year) for t in res.records if t.type == "numeric_target"]
    assert ts == [(50, 2025), (6, 2023), (7, 2024), (7, 2025), (5, None)]
    goals = [g for g in res.records if g.type == "goal"]
    assert [g.target_year for g in goals] == [2025]


def test_inline_assignment_and_typo_lead():
    text = ("三、重点任务\n1.加强思政课建设。建立基地3个。(牵头单位:区教委;责任单位:区委宣传部、团区委,各镇街)\n"
            "2.健全师德师风长效机制。加强师德建设。(责任单位:区教委;责任单位:区委宣传部、团区委)\n"
            "3.推进评价改革。深化改革。(责任单位:区教委)")
    uas = [r for r in run_rules(text).records if r.type == "unit_assignment"]
    assert [(u.task, u.lead_units, u.responsible_units) for u in uas] == [
        ("加强思政课建设", ["区教委"], ["区委宣传部", "团区委", "各镇街"]),
        ("健全师德师风长效机制", ["区教委"], ["区委宣传部", "团区委"]),
        ("推进评价改革", [], ["区教委"]),
    ]
    assert uas[0].quote.startswith("加强思政课建设") and uas[0].quote.endswith(")")


def test_goals_in_goal_section_and_deadlines_elsewhere():
    text = ("一、指导思想\n坚持立德树人。\n二、主要目标\n(一)总体目标。到2025年,建成教育强区。办好人民满意的教育。\n"
            "三、重点任务\n(一)规范办学。2022年底前完成规范整治工作。加强监管。2022年完成新市民学校整治。"
            "到2020年底,已建成学校10所。")
    goals = [(g.text, g.target_year) for g in run_rules(text).records if g.type == "goal"]
    assert goals == [("到2025年,建成教育强区", 2025), ("办好人民满意的教育", None),
                     ("2022年底前完成规范整治工作", 2022), ("2022年完成新市民学校整治", 2022)]


def test_no_targets_in_plain_prose():
    res = run_rules("一、指导思想\n以习近平新时代中国特色社会主义思想为指导,全面贯彻党的教育方针。")
    assert [r for r in res.records if r.type == "numeric_target"] == []


def test_traditional_source_quotes_stay_traditional():
    text = "二、主要目標\n(一)學前教育。到2025年,學前三年毛入園(yuán)率達到95%以上。"
    t = one(text)
    assert (t.value, t.comparator, t.target_year) == (95, ">=", 2025)
    assert "園(yuán)" in t.quote


def test_label_lines_outside_brackets():
    text = ("三、重点任务\n(一)优化学校布局\n新建学校5所。\n牵头单位:区教委\n责任单位:区财政局、区规划自然资源局等\n"
            "(二)加强师资\n培训教师100名。\n牵头单位:区教委;配合单位:区人力社保局")
    uas = [r for r in run_rules(text).records if r.type == "unit_assignment"]
    assert [(u.task, u.lead_units, u.responsible_units) for u in uas] == [
        ("优化学校布局", ["区教委"], ["区财政局", "区规划自然资源局"]),
        ("加强师资", ["区教委"], ["区人力社保局"]),
    ]


def test_task_table_with_deadline_column():
    text = ("附件\n序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n1\n优化布局\n新建学校5所,改扩建3所。\n"
            "县教育体育局\n县财政局、县自然资源局\n2025年底前\n2\n加强师资\n培训教师100名。\n县教育体育局\n县人社局\n持续推进")
    res = run_rules(text)
    uas = [(u.task, u.lead_units, u.responsible_units) for u in res.records if u.type == "unit_assignment"]
    assert uas == [("优化布局", ["县教育体育局"], ["县财政局", "县自然资源局"]),
                   ("加强师资", ["县教育体育局"], ["县人社局"])]


def test_past_and_future_in_one_sentence():
    ts = targets(PLAN.format("", "“十三五”以来累计新增学位1.2万个,到2025年新建幼儿园5所。"))
    assert [(t.value, t.unit, t.target_year) for t in ts] == [(5, "所", 2025)]


FIVE_YEAR_TABLE = """XX县人民政府办公室
2021年12月1日
XX县教育事业发展“十四五”规划
二、主要目标
(二)具体指标
序号
指标
单位
2020年
2025年
属性
1
学前三年毛入园率
%
88.5
95
预期性
2
九年义务教育巩固率
%
96
≥97
约束性
三、主要任务"""


def test_indicator_table_with_unit_column_and_base_year():
    ts = targets(FIVE_YEAR_TABLE)
    assert [(t.indicator, t.value, t.unit, t.comparator, t.target_year) for t in ts] == [
        ("学前三年毛入园率", 95, "%", "=", 2025), ("九年义务教育巩固率", 97, "%", ">=", 2025)]  # 2020 is the base year


# -- the fast forms of the rules' tests give what the plain forms give ------------------------------
def test_past_marker_prefilter_matches_the_pattern():
    """``has_past_marker`` (literal prefilter) answers as ``PAST_MARKERS.search`` on every line and
    sentence of the seed and wild documents, and on each branch's own example."""
    from pathlib import Path

    from extract.rules.text import PAST_MARKERS, _SENT_END, has_past_marker

    examples = ["“十三五”期间", "已经", "已建成", "累计投入", "荣获", "获评", "被评为", "较2020年", "比2019年", "较“十二五",
                "过去", "近五年来", "截至2023年", "2020年以来", "十三五以来", "近年以来", "去年", "上一年", "前年", "新增了",
                "实际完成", "下拨", "预计全年", "1-6月", "3月份已", "到2025年新建5所", "已", "月"]
    texts = examples + [t for p in Path(__file__).parent.parent.joinpath("data", "docs").rglob("*.txt")
                        for line in p.read_text(encoding="utf-8", errors="replace").splitlines()
                        for t in [line, *_SENT_END.split(line)]]
    for t in texts:
        assert has_past_marker(t) == (PAST_MARKERS.search(t) is not None), t
    assert all(has_past_marker(e) for e in examples[:-3])


def test_split_characters_are_the_pattern_s():
    """``split_units`` tests a character with ``_SPLIT_CHARS`` and ``str.isspace``: the same characters as
    ``_SPLIT`` matches, over all of Unicode."""
    import sys

    from extract.rules.units import _SPLIT, _SPLIT_CHARS

    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert (ch in _SPLIT_CHARS or ch.isspace()) == (_SPLIT.match(ch) is not None), hex(cp)


def test_future_year_prefilter_matches_the_pattern():
    """``has_future_year`` (literal prefilter: ``20`` or ``十``) answers as ``_FUTURE_YEAR.search`` on every line
    and sentence of the three seed documents and on each branch's own example."""
    from pathlib import Path

    from extract.cues import _FUTURE_YEAR, has_future_year
    from extract.rules.text import _SENT_END

    examples = ["到2025年", "至 2030 年", "截止到2027年", "截至2025年", "2025年底前", "2025年年末以前", "2026年前",
                "十四五期间", "“十五五”末", "十四五\"时期", "十三五期间", "2019", "十", ""]
    texts = examples + [t for p in sorted(Path(__file__).parent.parent.joinpath("data", "docs").glob("*.txt"))
                        for line in p.read_text(encoding="utf-8", errors="replace").splitlines()
                        for t in [line, *_SENT_END.split(line)]]
    for t in texts:
        assert has_future_year(t) == (_FUTURE_YEAR.search(t) is not None), t
    assert all(has_future_year(e) for e in examples[:3] + examples[4:10])


def test_unit_cell_cache_answers_as_the_function():
    """``is_unit_cell`` is cached: the cached answer is the plain function's, for the cells of the seeds' lines."""
    from pathlib import Path

    from extract.cues import is_unit_cell

    texts = ["区教育局", "县教委、县财政局", "迁建县政务服务中心。", "新格局", "创办6个科技工作室", "13个街道", "相关依据:",
             "各镇街", " 区教育局 "] + [c for p in sorted(Path(__file__).parent.parent.joinpath("data", "docs").glob("*.txt"))
                                 for line in p.read_text(encoding="utf-8", errors="replace").splitlines()
                                 for c in line.split("|")]
    for t in texts * 2:
        assert is_unit_cell(t) == is_unit_cell.__wrapped__(t), t


def test_unit_list_heading_prefilter_matches_the_full_reading():
    """``unit_list_heading`` gives up on a title without any of ``_UNIT_END_CHAR``'s characters: the full reading
    (split, each item a bare unit heading) finds no unit list in such a title either, over the lines, clauses and
    inline titles of the three seed documents and a few examples."""
    from pathlib import Path

    from extract.headings import parse_heading
    from extract.rules.units import _UNIT_END_CHAR, bare_unit_heading, split_units, unit_list_heading

    examples = ["甲局、乙委", "教务处", "后勤服务中心", "东部", "县文旅局 县委宣传部", "某集团、某工会", "推进学前教育普惠发展", "全部"]
    lines = [line for p in sorted(Path(__file__).parent.parent.joinpath("data", "docs").glob("*.txt"))
             for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    heads = [parse_heading(line) for line in lines]
    texts = examples + [t for line in lines for t in [line, *line.split("，")]] + [h.title for h in heads if h]
    for t in texts:
        items = split_units(t.strip()) if t else []
        full = bool(items) and len(items) <= 8 and all(bare_unit_heading(it) for it in items)
        if _UNIT_END_CHAR.search(t) is None:
            assert not full, t
        if not any(c in t for c in ",，;；:：。"):
            assert (unit_list_heading(t) is not None) == full, t
    assert unit_list_heading("甲局、乙委") == ["甲局", "乙委"]


def test_deadline_at_literal_tests_match_the_plain_scans():
    """``deadline_at`` masks year ranges only in a text with ``20`` and visions only in one with ``奠定``: the
    same answer as masking both always, over the sentences of the three seed documents and a few examples."""
    from pathlib import Path

    from extract.rules import text as T

    def plain(text):
        t = T._YEAR_RANGE.sub(lambda m: "□" * len(m.group()), T.masked_titles(text))
        t = T._VISION.sub(lambda m: "□" * len(m.group()), t)
        return t

    examples = ["2021-2025年发展规划,到2025年达到90%", "为2035年奠定坚实基础", "到2025年,为2035年基本实现现代化奠定基础",
                "2024年,优质学校覆盖率达到90%", "2023年6月底前完成", "《2021—2025年规划》到2025年建成"]
    texts = examples + [s for p in sorted(Path(__file__).parent.parent.joinpath("data", "docs").glob("*.txt"))
                        for line in p.read_text(encoding="utf-8", errors="replace").splitlines()
                        for s in [line, *T._SENT_END.split(line)]]
    for t in texts:
        masked = T.masked_titles(t)
        guarded = masked
        if "20" in guarded:
            guarded = T._YEAR_RANGE.sub(lambda m: "□" * len(m.group()), guarded)
            if "奠定" in guarded:
                guarded = T._VISION.sub(lambda m: "□" * len(m.group()), guarded)
        assert guarded == plain(t), t
    assert T.deadline_at("到2025年,为2035年基本实现现代化奠定基础")[0] == 2025


def test_glued_row_number_literal_test_matches_the_patterns():
    """``split_glued_row_numbers`` scans a cell for its expected row number only when the number is in it: the
    two patterns never match a cell without it (the cells of the three seed documents' lines, numbers 1-40)."""
    import re
    from pathlib import Path

    texts = ["全县各校3", "对象范围1安全进校园", "建设3所学校", "12", "甲局"] + [
        c.strip() for p in sorted(Path(__file__).parent.parent.joinpath("data", "docs").glob("*.txt"))
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines() for c in line.split("|")]
    for n in range(1, 41):
        k = str(n)
        for t in texts:
            if k not in t:
                assert re.search(rf"(?<=[^\d.\s]){k}$", t) is None
                assert re.search(rf"(?<=[\u4e00-\u9fff)）]){k}(?=[\u4e00-\u9fff“])", t) is None
