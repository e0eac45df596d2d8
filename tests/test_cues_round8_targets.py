"""Target cues widened in the eighth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.targets import NUMBER
from extract.rules.target_number_forms import grouped_digits
from rules_kit import records


def targets(text):
    return [(r.indicator, round(r.value, 4), r.value_max, r.unit, r.comparator, r.target_year)
            for r in records(text, "numeric_target")]


def values(text):
    return sorted(round(r.value, 4) for r in records(text, "numeric_target"))


# -- thousands separators and mixed figures ----------------------------------------------------------------
def test_grouped_digits_are_one_number():
    assert grouped_digits("4,500") == "4500"
    assert [m.group("v") for m in NUMBER.finditer("拟拨款2,350亿元")] == ["2,350"]
    assert [m.group("v") for m in NUMBER.finditer("名额3万4,120个")] == ["3"]  # the tail of a mixed figure is no number
    assert [m.group("v") for m in NUMBER.finditer("甲1,2,3项")] == ["1", "2", "3"]  # no group of three digits


def test_a_grouped_number_is_read_whole():
    assert values("到2026年,全镇计划新增托位4,500个。") == [4500]
    assert values("某市已将缺口学位缩减至7,000个。") == []  # a result: no ``000``
    assert values("目前全区提供名额3万4,120个。") == []


# -- ``由A增至B``: the single-character verbs of change give the baseline too (N2) ---------------------------
def test_baseline_of_a_short_verb_of_change():
    from extract.cues import is_baseline, is_change_reached
    assert is_baseline("计划由每组", "增至12人")
    assert is_baseline("由原来的", "减至8个")
    assert is_change_reached("由40人缩减至")
    assert values("明年起,每个兴趣小组将由每组10人增至12人。") == [12]


# -- measure words as written (N8): volumes, floors, a rate per day ----------------------------------------
def test_volume_floor_and_daily_rate_units():
    got = targets("到2027年,再生水利用量达到3亿立方米左右,处理能力达到12万吨/日。")
    assert ("再生水利用量", 3, None, "亿立方米", "=", 2027) in got
    assert ("处理能力", 12, None, "万吨/日", "=", 2027) in got
    assert [r.unit for r in records("年内完成图书馆主体结构6层以上。", "numeric_target")] == ["层"]


# -- a later item of a ``、`` list that opens with its number -----------------------------------------------
def test_a_list_item_opening_with_its_number_quotes_from_the_number():
    from extract.rules.target_number_forms import opens_list_item
    s = "到2027年,40%以上的社区达到示范标准、60%以上的小区达到达标标准。"
    assert opens_list_item(s, s.index("60"), s.index("60"))
    assert not opens_list_item(s, s.index("40"), s.index("40"))
    quotes = sorted(r.quote for r in records(s, "numeric_target"))
    assert quotes[1].startswith("60%以上的小区") and "示范标准" not in quotes[1]
    # a value of a ``分别`` list is no item: it keeps the clause
    got = [r.quote for r in records("到2026年,甲项目和乙项目投入资金分别达到300万元、420万元。", "numeric_target")]
    assert len(got) == 2 and all(q.startswith("甲项目") for q in got)


# -- a size bound that says which schools or classes (N12) -------------------------------------------------
def test_a_size_bound_names_which_schools_or_classes():
    from extract.rules.target_cues import names_size_class
    assert names_size_class("班", "小学须配置实验室") and names_size_class("人", "大班额比例")
    assert names_size_class("人", "超大班额") and names_size_class("人", "的学校")
    assert not names_size_class("%", "的小学达到标准")  # a share of schools is an amount
    assert values("到2026年,24班以上中学须配备专职心理教师2名。") == [2]
    assert values("到2026年,全面消除60人以上大班额。") == []
    assert values("到2026年,80%以上的小学达到标准化要求。") == [80]


# -- a span of years back from now dates a report -----------------------------------------------------------
def test_a_span_of_years_to_date_is_no_target():
    from extract.rules.target_cues import names_period
    assert names_period("由于人口变化,最近", "年", "的入学人数") and names_period("", "年", "多来,某县")
    assert names_period("过去", "年", "间") and not names_period("力争用", "年", "时间")
    assert not names_period("最近", "所", "")
    got = values("6年多来,某县增加普惠性幼儿园36所,未来计划再增设12所。")
    assert 12 in got and 6 not in got and 36 not in got
    assert values("受生源影响,最近4至5年的初中毕业生数量下降。") == []


# -- a review heading run into a paragraph ------------------------------------------------------------------
def test_a_run_in_review_heading_holds_no_target():
    from extract.rules.target_cues import run_in_review_spans
    text = "某局2024年工作总结和2025年工作计划。一、2024年工作总结(一)办学条件改善。新建学校6所。二、2025年工作计划(一)新建学校9所。"
    spans = run_in_review_spans(text)
    assert len(spans) == 1 and "6所" in text[spans[0][0]:spans[0][1]] and "9所" not in text[spans[0][0]:spans[0][1]]
    assert run_in_review_spans("全面推进。二、主要任务(一)新建学校9所。") == []
    got = values(text)
    assert 9 in got and 6 not in got


# -- a ratio 1:B (N8: no unit) -------------------------------------------------------------------------------
def test_a_ratio_gives_its_second_term_without_unit():
    from extract.rules.target_number_forms import ratio_start
    s = "按照生师比不高于1:220配齐心理教师"
    assert ratio_start(s, s.index("220"), s.index("220") + 3) == s.index("1:")
    assert ratio_start("上午9:00—9:30报到", 6, 8) is None and ratio_start("下午1:30-2:00开会", 5, 7) is None
    assert targets("到2026年,城乡学校结对比例达到1:2。") == [("城乡学校结对比例", 2, None, "", "=", 2026)]
    got = records("到2026年,专职教师生师比不高于1:220。", "numeric_target")
    assert [(r.value, r.unit, r.comparator, r.quote) for r in got] == [(220, "", "<=", "专职教师生师比不高于1:220")]


# -- ``为`` after a target's own noun states the target, not a status --------------------------------------
def test_a_target_noun_with_wei_is_no_status():
    from extract.cues import status_cue
    assert status_cue("在校生人数为", "none") == "status:为"
    assert status_cue("确定年度目标值为", "none") is None and status_cue("工程建设工期为", "none") is None
    assert status_cue("全年任务数为", "none") is None
    assert values("某市确定2027年目标值为95%以上。") == [95]
    assert values("目前全县在校生人数为8000人。") == []


# -- a heading line that states a whole task ---------------------------------------------------------------
def test_a_heading_line_stating_a_task_is_read():
    from extract.rules.target_cues import heading_states_task
    assert heading_states_task("智慧课堂行动:建设区级平台,开发300节示范课")
    assert not heading_states_task("区文旅局牵头工作(6项)")
    text = ("二、重点任务\n(一)资源建设\n1. 建设区级资源平台\n2. 智慧课堂行动:建设区级平台,开发300节示范课\n"
            "(二)队伍建设\n1. 培训骨干教师200名\n")
    assert 300 in values(text)
    assert 6 not in values("一、区文旅局牵头工作(6项)\n1. 举办文化节。\n")


# -- ``N多`` before a measure word (N16: value N, 多 no part of the unit) ------------------------------------
def test_duo_before_the_measure_word_is_an_approximation():
    got = targets("到2027年,计划投入 30 多亿元,建成校舍40多万平方米。")
    assert ("计划投入", 30, None, "亿元", "=", 2027) in got
    assert [(v, u) for _, v, _, u, *_ in got if v == 40] == [(40, "万平方米")]
    assert values("10多年来,某县新建学校20所。") == []


# -- a one-clause level after a sentence of targets goes on with the list ---------------------------------
def test_a_bare_level_after_targets_continues_the_list():
    from extract.rules.target_cues import states_level_only
    assert states_level_only("人均绿地面积5.5平方米") and states_level_only("参保率95%以上")
    assert not states_level_only("2023年,全县新增学位2000个") and not states_level_only("甲率达90%,乙率达80%")
    text = "某省公布养老规划。到2027年,养老机构护理床位占比达到60%,社区养老服务覆盖率达到90%。人均绿地面积5.5平方米。"
    assert 5.5 in values(text)
    assert values("某县召开大会。人均绿地面积5.5平方米。") == []  # no targets before: a status
