"""Target cues of the seventeenth round's false-target pass (tfp17): the years a pair of years gives a pair of values,
the bound a list's first value shares with the rest, and numbers that are no commitment, on small made-up texts (no
sentence of a real document), with near-misses that must not fire."""

from extract.rules.target_lists import (bound_over_list, counts_list_make_up, dated_by_next_year_word, first_of_year_pair,
                                     masks_document_name_years, masks_look_back_words,
                                     opens_look_back, projects_set_out_later, title_counts_items)
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator, r.target_year) for r in records(text, "numeric_target")]


# -- a pair of years gives a pair of values its years in order ----------------------------------------------------------


def test_pair_of_years_dates_pair_of_values():
    text = "某区健康行动方案\n一、主要目标\n到2031年和2036年,全区居民某素养水平分别不低于24%和31%。"
    assert targets(text) == [(24.0, "%", ">=", 2031), (31.0, "%", ">=", 2036)]


def test_pair_of_years_with_bounds_after_values():
    text = "某市行动方案\n一、主要目标\n到2031年底和2036年,某锻炼人数比例达到38%及以上和41%及以上。"
    assert [(v, y) for v, _u, _c, y in targets(text)] == [(38.0, 2031), (41.0, 2036)]


def test_pair_of_years_near_misses():
    s = "到2031年和2036年,新建学校5所,改造操场8个"
    i = s.index("5所")
    assert first_of_year_pair(s, i, i + 2) is None  # no pair of values after the years
    s = "某率2031年达到20%和2036年达到30%"
    i = s.index("20%")
    assert first_of_year_pair(s, i, i + 3) is None  # each value has its own year before it
    s = "到2031年和2031年,甲率分别达到20%和30%"
    i = s.index("20%")
    assert first_of_year_pair(s, i, i + 3) is None  # no pair of two different years
    s = "到2031年和2036年,甲率分别达到20%和30%"
    i = s.index("30%")
    assert first_of_year_pair(s, i, i + 3) is None  # the second value keeps the year nearest before it


# -- a bound word at the head of a list binds every value of it -----------------------------------------------------------


def test_bound_binds_every_value_of_list():
    text = "某区为民办实事项目\n一、主要任务\n全年推出不少于120场公益演出、300场阅读活动以及900场电影放映。"
    assert [(v, c) for v, _u, c, _y in targets(text)] == [(120.0, ">="), (300.0, ">="), (900.0, ">=")]


def test_strict_bound_binds_second_bare_value():
    text = "某市行动方案\n一、主要目标\n到2036年,某病发生率分别低于6%和4%。"
    assert [(v, c) for v, _u, c, _y in targets(text)] == [(6.0, "<"), (4.0, "<")]


def test_bound_over_list_near_misses():
    assert bound_over_list("全年推出不少于") is None  # the bound's own first value
    assert bound_over_list("至少新建学校3所、改造操场") is None  # an item with a verb of its own
    assert bound_over_list("不少于3所,新建幼儿园") is None  # a comma parts the list
    assert bound_over_list("如甲类教师数至少5.3人、乙类教师") is None  # the bound belongs to the first measure
    assert bound_over_list("不少于3所、5个以上的") is None  # an item with its own level
    assert bound_over_list("推出不少于200场演出、", suffix="以上") is None  # the value's own suffix decides
    assert bound_over_list("至少完成咨询150人及咨商服务") == ">="
    assert bound_over_list("每年开展至少20场讲座、") == ">="


# -- the count of a list's own parts: its make-up, a restated head over its items, a heading's count ------------------------


def _at(text, quote, unit):
    i = text.index(quote)
    return text, i, i + len(quote), float("".join(c for c in quote if c.isdigit())), unit


def test_list_make_up_is_no_target():
    text = "某区民生实事\n记者获悉,今年某区将办理31项重要民生实事项目,涉及甲服务、乙环境等9方面。今年新建公园5个。"
    assert [v for v, _u, _c, _y in targets(text)] == [5.0]
    assert counts_list_make_up(*_at("共有9件重点民生实事项目20个指标任务,以及3项重点监测民生项目5个指标任务", "3项", "项"))


def test_list_make_up_near_misses():
    assert not counts_list_make_up(*_at("今年将实施35项民生实事,总投资12亿元。", "35项", "项"))  # no make-up
    assert not counts_list_make_up(*_at("新建学校10所,涉及8个乡镇。", "10所", "所"))  # works, not a list
    assert not counts_list_make_up(*_at("今年将实施35项民生实事。新建学校涉及8个乡镇。", "35项", "项"))  # another sentence


def test_projects_set_out_under_restated_head():
    text = "今年,某市将实施27个具体项目,包括教育、养老等多领域。27个为民办实事项目如下:\n1.新建学校3所。"
    assert projects_set_out_later(*_at(text, "27个", "个"))
    assert not projects_set_out_later(*_at("今年将实施31个为民办实事项目,总投资80亿元。", "31个", "个"))
    assert not projects_set_out_later(*_at("新建学校27个。27个为民办实事项目如下:", "学校27个", "个"))  # not projects


def test_heading_counts_its_items():
    assert title_counts_items("某区2031年重点工作分工方案(共计87项)")
    assert title_counts_items("某县民生实事任务清单（共36项）")
    assert not title_counts_items("今年新建学校5所(共计10项)。")  # a sentence
    assert not title_counts_items("某区重点工作(121项)")  # no 共


# -- a year looked back on opens a recount ------------------------------------------------------------------------------


def test_this_year_looked_back_on_is_no_target():
    text = ("某报讯 记者从某县获悉。\n这一年,我们聚焦民生谋幸福,各项事业协调发展。新建乡村道路17.5公里,"
            "打造美丽庭院3200座。")
    assert targets(text) == []


def test_report_lead_before_past_year_is_no_target():
    text = ("某报讯 某市政府工作报告提出,过去一年,某市发展遇到多重超预期因素冲击。面对压力,果断应对、及时调控。"
            "全年新增城镇就业12万人,调查失业率降到5.1%。")
    assert targets(text) == []


def test_look_back_near_misses():
    assert opens_look_back("这一年,我们新建学校5所")
    assert opens_look_back("报告指出,过去五年,某省新增就业500万人")
    assert not opens_look_back("新的一年,我们将新建学校10所")  # a year ahead
    assert not opens_look_back("这一年要新建学校10所")  # no look back: a demand of the year
    assert not opens_look_back("计划用一年时间,新建学校10所")  # a period inside the sentence
    assert masks_look_back_words("政府工作报告提出,到2031年,新建学校10所") == "政府工作报告提出,到2031年,新建学校10所"
    assert "应对" in masks_look_back_words("各校应对校舍进行全面排查")  # the modal 应 before 对 stays
    assert "应对" not in masks_look_back_words("果断应对、及时调控")
    text = "某市政府工作报告提出,到2033年,全市新建学校10所。"
    assert [v for v, _u, _c, _y in targets(text)] == [10.0]


# -- ``明年`` in the value's own clause dates nothing ----------------------------------------------------------------------


def test_next_year_word_in_own_clause_gives_null():
    text = "某区安老服务\n政府会在2033年年底前增加宿位20%,即6 200个宿位,当中2 600个将于明年投入服务。"
    years = {v: y for v, _u, _c, y in targets(text)}
    assert years.get(2600.0, "missing") is None


def test_next_year_word_near_misses():
    s = "明（2032）年将再增加拨款17亿"
    i = s.index("17")
    assert not dated_by_next_year_word(s, i, i + 3)  # its year in brackets
    s = "到2033年新建学校10所,明年先开工3所"
    i = s.index("10")
    assert not dated_by_next_year_word(s, i, i + 3)  # 明年 in another clause
    s = "明年教育预算逾130亿 某某︰落实人才政策 2031年12月4日"
    i = s.index("130")
    assert dated_by_next_year_word(s, i, i + 4)  # the date stamp stands in another clause


# -- a year inside the name of a document dates nothing (N9c) ----------------------------------------------------------


def test_year_in_document_name_dates_nothing():
    text = "某区民生工作\n新春伊始,区委、区政府审定了2031年重点民生实事工作计划,安排投资5.1亿元。"
    years = {v: y for v, _u, _c, y in targets(text)}
    assert years.get(5.1, "missing") is None


def test_year_in_document_name_near_misses():
    assert masks_document_name_years("2031年计划投资7500万元") == "2031年计划投资7500万元"  # the year of the commitment
    assert masks_document_name_years("2031年将新建学校5所") == "2031年将新建学校5所"
    assert masks_document_name_years("印发2031年民生实事项目清单") == "印发2031年民生实事项目清单"  # no plan's name
    masked = masks_document_name_years("补助7校办理120学年度科学教育计画专案,核定经费83万元")
    assert "120" not in masked and len(masked) == len("补助7校办理120学年度科学教育计画专案,核定经费83万元")
    assert "了" in masks_document_name_years("审定了2031年重点工作计划")  # only the year is blanked
