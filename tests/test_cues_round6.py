"""Cues added in the sixth round, each on a small made-up text (no sentence of a real document)."""

from extract.cues import (fraction_of_change, is_breakdown, is_population_scope, is_signed_ratio,
                          will_come_into_use)
from extract.headings import is_dotted_title, parse_heading, states_bounded_quantity
from extract.normalise import normalise
from extract.rules.text import masked_titles, names_base_year
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


def test_circled_numbers_stay_list_markers():
    n = normalise("⑦社团覆盖率100%;⑫安全事故为零")
    assert n.text.startswith("⑦社团") and "⑫安全" in n.text
    assert normalise("ＡＢ１２").text == "AB12"  # the rest of NFKC still runs
    got = targets("二、年度指标\n⑦社团覆盖率100%;\n⑫安全事故为零。")
    assert (100, "%", "=") in got and all(v != 12 for v, _, _ in got)


def test_a_circled_item_with_a_bound_is_no_heading():
    assert states_bounded_quantity("合格率≥95%,流失率≤1%")
    assert states_bounded_quantity("社团覆盖率100%;")
    assert not states_bounded_quantity("总体要求")
    assert parse_heading("③合格率≥95%,流失率≤1%") is None


def test_a_two_level_section_number_opens_a_heading():
    assert is_dotted_title("年度定位") and not is_dotted_title("万名教师参加培训")
    h = parse_heading("3.2年度安排")
    assert h is not None and h.marker == "3.2" and h.title == "年度安排"
    assert parse_heading("1.5万名教师参加轮训") is None
    assert all(v != 3.2 for v, _, _ in targets("第一章 总则\n3.2年度安排\n每校配备心理教师2名。"))


def test_a_signed_decimal_needs_no_measure_word():
    assert is_signed_ratio("均衡系数≤", "0.35") and not is_signed_ratio("均衡系数≤", "3")
    assert (0.35, "", "<=") in targets("二、主要目标\n校际均衡系数≤0.35。")


def test_a_fraction_of_a_change_is_its_value():
    assert fraction_of_change("发病率下降", "1", "/4,…") == 0.25
    assert fraction_of_change("共有", "1", "/4") is None
    assert (0.25, "", "=") in targets("二、主要目标\n到2030年,某病发病率以2020年为基数下降1/4。")


def test_a_base_year_is_masked():
    assert names_base_year("以2015年为基数") and names_base_year("在2020年的基础上继续提高")
    assert names_base_year("占比达到60%以上(2021年为51%)")
    assert "2021" not in masked_titles("占比达到60%以上(2021年为51%)")
    got = targets("二、主要目标\n到2030年,入园率达到90%以上(2021年为81%)。")
    assert (90, "%", ">=") in got and all(v != 81 for v, _, _ in got)
    assert (2, "岁", "=") in targets("二、主要目标\n到2030年,人均预期寿命在2020年的基础上提高2岁左右。")


def test_a_population_that_says_which_places_is_no_amount():
    assert is_population_scope("万人", "口以上的县全覆盖")
    assert not is_population_scope("万人", "次")
    assert all(v != 30 for v, _, _ in targets("二、主要任务\n特教学校在30万人口以上的县全覆盖。"))


def test_a_breakdown_shares_the_status_of_the_totals_before_it():
    assert is_breakdown("其中,公办园12所") and not is_breakdown("其中涉及学校的有两项任务指标,分别是…")
    text = "某地讯 截至目前,某市今年已新增幼儿园40所。其中,新增公办园12所。"
    assert targets(text) == []


def test_what_will_come_into_use_commits():
    assert will_come_into_use("幼儿园将陆续投入使用")
    assert not will_come_into_use("幼儿园投入使用")
    assert (9, "所", "=") in targets("某地讯 年底前,全县还有9所幼儿园将陆续投入使用。")


def test_a_year_spelled_with_its_year_twice_is_a_deadline():
    assert (5, "所", "=") in targets("某地讯 据了解,2030年年底前,全县还有5所学校将建成。")


def test_population_and_money_measure_words():
    got = targets("二、主要任务\n到2030年,总投资12.5亿人民币,新增学位3万只。")
    assert (12.5, "亿人民币", "=") in got and (3, "万只", "=") in got


def test_contact_lines_are_page_furniture():
    from extract.cues import is_metadata_line
    assert is_metadata_line("联系电话:1234567") and is_metadata_line("邮箱: someone@example.com")
    assert not is_metadata_line("电话服务热线覆盖率达到100%")


def test_a_notice_paragraph_with_figures_is_a_passage():
    from extract.search.passages import states_measures
    letter = ("根据各地上报的建设计划,全县本年度重点建设项目为:新建学校12个,改造薄弱学校30所,新建教师宿舍8个。"
              "现将具体建设任务下达给你们,请认真贯彻落实。")
    assert states_measures(letter)
    assert not states_measures("现将《实施方案》印发给你们,请认真贯彻执行。")


def test_spending_alone_outside_a_plan_is_what_was_spent():
    from extract.cues import spends_only
    assert spends_only("某府投入") and not spends_only("计划新建学校") and not spends_only("某地")
    assert targets("某地讯 今年某府投入500万元,将旧楼改造为活动中心。") == []
    assert (500, "万元", "=") in targets("三、重点任务\n(一)改善条件。投入500万元改造旧楼。")
