"""Conformance of the rules extractor with the written numeric_target rules of eval/README.md ("General" and
"numeric_target"): each test is named after its rule id and checks the rule's own made-up example (or a made-up
sentence that shows the rule, with a near-miss it excludes). Expected records are (value, value_max, unit,
comparator, target_year); every text here is made up."""
import pytest

from extract.evaluate import _unit  # the scorer's unit comparison (Traditional and Simplified alike)
from rules_kit import records


def T(text: str) -> list[tuple]:
    """The numeric_target records of a made-up text, as sorted (value, value_max, unit, comparator, year) tuples."""
    return sorted(((r.value, r.value_max, _unit(r.unit), r.comparator, r.target_year)
                   for r in records(text, "numeric_target")), key=repr)


GOALS = "一、主要目标\n"  # a goal section: the rule's fragment read where it is a commitment (N13: goal/task section)


def S(*recs: tuple) -> list[tuple]:
    return sorted(((v, vm, _unit(u), c, y) for v, vm, u, c, y in recs), key=repr)


def Q(text: str) -> list[str]:
    return [r.quote for r in records(text, "numeric_target")]


def G(text: str) -> list[tuple]:
    return [(r.quote, r.target_year) for r in records(text, "goal")]


# -- General --------------------------------------------------------------------------------------------------------

def test_G2_notice_and_document_number_hold_no_targets():
    text = "某区教育局关于印发某区2031年工作要点的通知\n某教发〔2031〕12号\n各学校:\n现印发给你们,请认真贯彻落实。\n"
    assert T(text) == []


def test_G2a_metadata_lines_hold_no_targets():
    text = "发布日期:2031-01-05 浏览次数:1234\n今年全区将新建幼儿园6所。\n"
    assert T(text) == S((6.0, None, "所", "=", None))


def test_G3_chinese_numerals_give_no_target():
    assert T("今年建成一批示范校,三年内新建两个社区书屋。") == []
    assert T("今年建成示范校5所。") == S((5.0, None, "所", "=", None))


def test_G3a_number_broken_by_a_space():
    assert T(GOALS + "获批补助资金1,2 50,000元。") == S((1250000.0, None, "元", "=", None))
    assert T("该园获批补助资金1,2 50,000元,预计明年建成。") == S((1250000.0, None, "元", "=", None))  # N17d
    assert T("明年增加宿位6 200個。") == S((6200.0, None, "個", "=", None))


def test_G4_a_commitment_printed_twice_gives_two_records():
    text = "2031年新建幼儿园8所。\n记者王五\n2031年新建幼儿园8所。\n"
    assert T(text) == S((8.0, None, "所", "=", 2031), (8.0, None, "所", "=", 2031))
    assert sorted(Q(text)) == sorted(["2031年新建幼儿园8所", "记者王五\n2031年新建幼儿园8所"])


def test_cue_line_above_start():
    from extract.rules.rulebook_targets import line_above_start
    text = "甲。\n记者王五\n乙。"
    assert text[line_above_start(text, text.index("乙")):] == "记者王五\n乙。"  # the line right above, no blank between
    text = "甲。\n记者王五\n\n乙。"
    assert text[line_above_start(text, text.index("乙")):] == "记者王五\n\n乙。"  # blank lines skipped
    assert line_above_start("乙。", 0) == 0  # the first line


def test_G4a_teaser_restates_body():
    text = "【导读】 今年全区将新建幼儿园3所,新增学位…\n今年全区将新建幼儿园3所,新增学位900个。\n"
    assert T(text) == S((3.0, None, "所", "=", None), (3.0, None, "所", "=", None), (900.0, None, "个", "=", None))


def test_G4a_title_copies_and_footer_title_line():
    text = ("新区今年新建学校5所\n新区今年新建学校5所\n记者 李四\n新区今年将新建学校5所,新增学位3000个。\n"
            "来源:某某新闻网\n标题:新区今年新建学校5所\n地址:http://www.example.cn/a/1.html\n")
    got = T(text)
    assert got.count((5.0, None, "所", "=", None)) == 3  # two headline copies and the body, not the footer line
    assert (3000.0, None, "个", "=", None) in got


# -- N1 comparators -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,comp", [
    ("到2031年,全区学前三年毛入园率达到98%。", "="),
    ("到2031年,全区学前三年毛入园率达98%。", "="),
    ("到2031年,全区学前三年毛入园率提高到98%。", "="),
    ("到2031年,全区学前三年毛入园率达到98%以上。", ">="),
    ("到2031年,全区学前三年毛入园率力争达到98%。", ">="),
    ("到2031年,全区学前三年毛入园率力争达98%。", ">="),
    ("到2031年,全区学前三年毛入园率98%以上。", ">="),
    ("到2031年,全区普惠性幼儿园覆盖率不低于98%。", ">="),
    ("到2031年,全区新建幼儿园不少于9所。", ">="),
    ("到2031年,全区至少新建幼儿园9所。", ">="),
    ("到2031年,全区义务教育大班额比例控制在5%以内。", "<="),
    ("到2031年,全区义务教育大班额比例不超过5%。", "<="),
    ("到2031年,全区义务教育大班额比例控制在5%。", "<="),
    ("到2031年,全区学前三年毛入园率达到98%左右。", "="),
])
def test_N1_comparators(text, comp):
    got = T(text)
    assert len(got) == 1 and got[0][3] == comp and got[0][4] == 2031


def test_N1a_ranks_in_arabic_numerals():
    assert T("力争中考综合排位由第9位升至第6位,高考上线率进入全市前3名。") == S(
        (6.0, None, "位", "=", None), (3.0, None, "名", "<=", None))


def test_N1a_rank_in_chinese_numerals_gives_nothing():
    assert T("力争中考综合排位保持在某市的前三名。") == []


def test_N1b_bound_words():
    assert T("每所幼儿园最高补助30万元,每生补贴上限1,000元。") == S(
        (30.0, None, "万元", "<=", None), (1000.0, None, "元", "<=", None))
    assert T("每所学校最少配备校医2名。") == S((2.0, None, "名", ">=", None))


def test_N1b_bound_word_inside_the_name_of_the_quantity():
    assert T("明年将最低养育标准提高到2200元。") == S((2200.0, None, "元", "=", None))


def test_N1c_bound_word_heading_a_list():
    assert T("每年至少开展讲座4次、演练2次。") == S((4.0, None, "次", ">=", None), (2.0, None, "次", ">=", None))


def test_N1c_bound_word_after_first_item_name():
    assert T("每校配备专职教师至少3人、兼职教师2人。") == S((3.0, None, "人", ">=", None), (2.0, None, "人", "=", None))


def test_N1d_control_with_approximation_keeps_comparator():
    assert T("全区城镇登记失业率控制在3.5%左右。") == S((3.5, None, "%", "<=", None))
    assert T("全区义务教育大班额比例不超过5%左右。") == S((5.0, None, "%", "<=", None))
    assert T("到2031年,全区学前三年毛入园率达到98%左右。") == S((98.0, None, "%", "=", 2031))  # no comparator word


def test_N1d_rulebook_example_with_bare_ratio():
    assert T("全区出生人口总性别比107.37。") == []  # a status: no commitment cue
    assert T(GOALS + "全区城镇登记失业率控制在3.5%左右,出生人口性别比107左右。") == S(
        (3.5, None, "%", "<=", None), (107.0, None, "", "=", None))


# -- N2, N2a past results and standing requirements -----------------------------------------------------------------

def test_N2_standing_requirements_are_targets():
    assert T("保证学生每天1小时校园体育活动。") == S((1.0, None, "小时", "=", None))
    assert T(GOALS + "每名学生学会1—2项艺术技能。") == S((1.0, 2.0, "项", "=", None))
    assert T("教师每年培训不低于2次。") == S((2.0, None, "次", ">=", None))


def test_N2_past_results_are_not_targets():
    assert T("五年来,全区学前三年毛入园率由85%提高到95%,已建成幼儿园12所。") == []


def test_N2a_standing_standard_and_reported_raise():
    assert T("我局严格落实每生每学期500元的午餐补助标准,去年已将寄宿生补助由每月100元提高到150元。") == S(
        (500.0, None, "元", "=", None))


def test_N2a_quoted_scheme_name_gives_nothing():
    assert T("全面推行“每天1节体育课+30分钟大课间”制度。") == []


# -- N3 names -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "深入实施“532”发展战略。",
    "全面推行“5+2”课后服务模式。",
    "打造城乡15分钟健身圈。",
    "推进1+X证书制度试点。",
])
def test_N3_numbers_in_names_give_nothing(text):
    assert T(text) == []


def test_N3_free_schooling_span_is_a_name():
    assert T("全面实施15年免费教育,劳动年龄人口平均受教育年限达到11.5年。") == S((11.5, None, "年", "=", None))


# -- N4 ranges ------------------------------------------------------------------------------------------------------

def test_N4_ranges_and_about():
    assert T("每年开展专题培训3-5次。") == S((3.0, 5.0, "次", "=", None))
    assert T("每年开展专题培训3至5次。") == S((3.0, 5.0, "次", "=", None))
    assert T(GOALS + "今年招收学员50名左右。") == S((50.0, None, "名", "=", None))


# -- N5, N5a lists and restatements ---------------------------------------------------------------------------------

def test_N5_enumeration_gives_one_record_per_number():
    assert T("到2031年,建成区级思政课教学实训基地3个、工作室5个、示范校10所。") == S(
        (3.0, None, "个", "=", 2031), (5.0, None, "个", "=", 2031), (10.0, None, "所", "=", 2031))


def test_N5_fenbie_list():
    assert T("甲园、乙园今年分别新增学位300个、500个。") == S((300.0, None, "个", "=", None), (500.0, None, "个", "=", None))


def test_N5a_restatement_in_another_currency():
    assert T("明年投入资金约2亿港元(约合人民币1.8亿元)。") == S(
        (2.0, None, "亿港元", "=", None), (1.8, None, "亿元", "=", None))


def test_N5a_restatement_keeps_comparator():
    assert T("新建学校占地不少于4.1亩(2700平方米)。") == S(
        (4.1, None, "亩", ">=", None), (2700.0, None, "平方米", ">=", None))


# -- N8 units -------------------------------------------------------------------------------------------------------

def test_N8_units_as_written():
    assert T("今年培训教师1.8万人次。") == S((1.8, None, "万人次", "=", None))
    assert T("今年新增绿地5万平方米。") == S((5.0, None, "万平方米", "=", None))


def test_N8a_rate_unit():
    assert T(GOALS + "住宿费标准为600元/生、学年。") == S((600.0, None, "元/生、学年", "=", None))
    assert T("每生每学期补助370元。") == S((370.0, None, "元", "=", None))


def test_N8b_amount_in_parts():
    assert T("总投资3亿2,500万元。") == S((32500.0, None, "万元", "=", None))


def test_N8c_bracketed_second_measure_word():
    assert T("新增健身器材120件(套)。") == S((120.0, None, "件(套)", "=", None))


# -- N9 years -------------------------------------------------------------------------------------------------------

def test_N9_each_value_takes_the_year_before_it():
    assert T("全区普惠性幼儿园覆盖率2030年达到80%,2031年达到90%。") == S(
        (80.0, None, "%", "=", 2030), (90.0, None, "%", "=", 2031))


def test_N9a_roc_school_year():
    assert T("預計114學年度再增設8班。") == S((8.0, None, "班", "=", 2025))


def test_N9b_works_date_dates_every_quantity():
    assert T("新校区占地80亩,总投资2亿元,预计2031年9月建成投用。") == S(
        (80.0, None, "亩", "=", 2031), (2.0, None, "亿元", "=", 2031))


def test_N9c_year_inside_a_programme_name():
    assert T("依據補助函,辦理113學年度閱讀計畫,核定經費50萬元。") == S((50.0, None, "萬元", "=", None))


def test_N9d_overdue_works_step_dates_nothing():
    text = "某区2031年教育工作计划\n发布日期:2031-01-10\n该项目总投资800万元,预计2030年10月开工,2031年6月竣工。\n"
    assert T(text) == S((800.0, None, "万元", "=", 2031))
    alone = "某区2031年教育工作计划\n发布日期:2031-01-10\n该项目总投资800万元,预计2030年11月开工。\n"
    assert T(alone) == S((800.0, None, "万元", "=", None))
    ahead = "某区2031年教育工作计划\n发布日期:2031-01-10\n该项目总投资800万元,预计2032年6月竣工。\n"
    assert T(ahead) == S((800.0, None, "万元", "=", 2032))  # a step still ahead dates it (N9b)


def test_N9d_goal_by_the_step_still_ahead():
    text = "某区2031年教育工作计划\n发布日期:2031-01-10\n该项目总投资800万元,预计2030年10月开工,2031年6月竣工。\n"
    assert [y for _q, y in G(text)] == [2031]


def test_cue_works_step_ahead():
    from extract.rules.rulebook_goals import works_step_ahead
    assert works_step_ahead("该项目总投资800万元,预计2030年10月开工,2031年6月竣工", 2031) == 2031
    assert works_step_ahead("该项目总投资800万元,预计2030年11月开工", 2031) is None  # no step still ahead: no goal
    assert works_step_ahead("预计2030年10月开工,已于2031年3月竣工", 2031) is None  # the later step is done
    assert works_step_ahead("预计2030年10月开工,2031年6月竣工", None) is None  # an undated page


def test_N2a_done_change_near_miss():
    assert T("明年将寄宿生补助由每月100元提高到150元。") == S((150.0, None, "元", "=", None))


# -- N11, N12 -------------------------------------------------------------------------------------------------------

def test_N11_level_yiishang_is_no_comparator():
    assert T("今年新增省级以上课题20项。") == S((20.0, None, "项", "=", None))


def test_N11_nuli_shixian_is_equal():
    assert T("到2031年,努力实现义务教育巩固率99%。") == S((99.0, None, "%", "=", 2031))


def test_N11a_years_within():
    assert T("力争3年内建成社区书屋20个。") == S((20.0, None, "个", "=", None), (3.0, None, "年", "<=", None))


def test_N11a_years_within_restating_a_span():
    assert T("2029-2031年,3年内建成社区书屋20个。") == S((20.0, None, "个", "=", 2031))


def test_N12_yu_not_in_unit_and_threshold_is_no_target():
    assert T("今年培训教师1.8万余人次。") == S((1.8, None, "万人次", "=", None))
    assert T("对超过1500人的学校,增设副校长。") == []


def test_N12a_count_of_named_works():
    assert T("今年将竣工东城小学、西城中学等3项工程。") == S((3.0, None, "项", "=", None))


def test_N12a_count_of_a_list_set_out():
    assert T("今年实施民生实事12件。一是新建幼儿园。二是改造老旧小区。") == []


def test_N12a_count_of_projects_not_set_out():
    assert T("今年全县将实施35项民生实事项目,总投资12亿元。") == S(
        (35.0, None, "项", "=", None), (12.0, None, "亿元", "=", None))


def test_N12b_reach_of_a_measure():
    assert T("今年对全区1.2万名60岁以上老人开展免费体检。") == S((1.2, None, "万名", "=", None))


# -- N13 status -----------------------------------------------------------------------------------------------------

def test_N13_status_is_no_target():
    assert T("截至目前,全区共有幼儿园45所,学前三年毛入园率为96.5%。") == []


def test_N13b_change_from_last_year():
    got = T(GOALS + "2031年教育支出安排8亿元,比上年增加0.5亿元;义务教育巩固率比上年提高1个百分点。")
    assert [(v, u) for v, _, u, _, _ in got] == sorted([(8.0, "亿元"), (1.0, "个百分点")], key=repr)


def test_N13c_target_of_a_period_over():
    text = ("某区2031年工作报告\n发布日期:2031-02-01\n"
            "2030年全区计划新建幼儿园5所,实际建成6所,超额完成任务;今年将新建幼儿园4所。\n")
    assert T(text) == S((4.0, None, "所", "=", None))


# -- N15, N16, N17, N18 ---------------------------------------------------------------------------------------------

def test_N15_ages_give_nothing():
    assert T("为3-6周岁儿童提供普惠性学前教育服务。") == []


def test_N16_approximations():
    assert T("今年新增学位近3000个。") == S((3000.0, None, "个", "=", None))
    assert T("今年培训教师3000多名。") == S((3000.0, None, "名", "=", None))
    assert T("今年培训教师3000余名。") == S((3000.0, None, "名", "=", None))
    assert T("到2031年,全区体育产业总规模突破50亿元。") == S((50.0, None, "亿元", ">", 2031))


def test_N16_ge_after_a_list():
    assert T("今年在甲镇、乙镇各新建幼儿园2所。") == S((2.0, None, "所", "=", None), (2.0, None, "所", "=", None))


def test_N17a_planned_size_of_a_project():
    assert T("新建的城南小学建设规模60亩,建成后新增学位2000个。") == S(
        (60.0, None, "亩", "=", None), (2000.0, None, "个", "=", None))


def test_N17b_budget_for_a_year_ahead():
    assert T("明年全区教育预算已达12亿元,其中学前教育2亿元。") == S(
        (12.0, None, "亿元", "=", None), (2.0, None, "亿元", "=", None))


def test_N17c_shares_of_a_planned_cost():
    assert T("所需经费由省级财政承担60%,市县承担40%。") == S((60.0, None, "%", "=", None), (40.0, None, "%", "=", None))


def test_N17d_funding_of_works_ahead():
    assert T("该园去年获批省级补助900万元,今天开工,预计明年建成。") == S((900.0, None, "万元", "=", None))


def test_N18_placeholder_and_clock_time():
    assert T("20XX年全区新建幼儿园X所。") == []
    assert T("活动于每晚20:30开始。") == []


def test_N18_sentence_cut_by_the_end_of_text():
    text = "到2031年,全县新建幼儿园12所,新增学位36"
    assert T(text) == S((12.0, None, "所", "=", 2031))
    assert G(text) == [("到2031年,全县新建幼儿园12所,新增学位36", 2031)]


# -- the cues of src/extract/rules/rulebook_targets.py, one by one ----------------------------------------------------
from extract.rules.rulebook_targets import (approximate_keeps_bound, bound_through_verb, bound_word_amount,  # noqa: E402
                                            bracketed_measure, top_rank_bound)


def test_cue_approximate_keeps_bound():
    assert approximate_keeps_bound("甲率控制在", "左右")
    assert approximate_keeps_bound("新建学校不少于", "左右")
    assert not approximate_keeps_bound("甲率达到", "左右")  # no comparator word: ``=``
    assert not approximate_keeps_bound("甲率控制在", "以内")  # the suffix decides by itself
    assert not approximate_keeps_bound("甲率控制在5%以内,乙率", "左右")  # another clause's word


def test_cue_top_rank_bound():
    assert top_rank_bound("高考上线率进入全市前", "名")
    assert top_rank_bound("综合排名保持全省前", "位")
    assert not top_rank_bound("升至第", "位")  # a position: ``=``
    assert not top_rank_bound("进入全市前", "年")  # no rank unit
    assert not top_rank_bound("今年前", "名")  # no rank verb


def test_cue_bound_through_verb():
    assert bound_through_verb("每所学校最少配备校医") == ">="
    assert bound_through_verb("每年最多招收学员") == "<="
    assert bound_through_verb("招生人数最多的学校有") is None  # a superlative
    assert bound_through_verb("最低生活保障标准为") is None  # a level's name


def test_cue_bound_word_amount():
    assert bound_word_amount("每生补贴上限")
    assert bound_word_amount("每户封顶")
    assert bound_word_amount("每名学童最少可获")
    assert not bound_word_amount("最低生活保障标准为")  # the level's name
    assert not bound_word_amount("上限调整后,新增")  # the bound word of another phrase


def test_cue_bracketed_measure():
    assert bracketed_measure("件", "(套)。") == "(套)"
    assert bracketed_measure("万套", "（间）以上") == "（间）"
    assert bracketed_measure("人", "(含)以下") is None  # no measure word
    assert bracketed_measure("万元", "(套)") is None  # money
    assert bracketed_measure("", "(套)") is None


def test_rulebook_cues_near_misses_in_sentences():
    assert T("今年新建幼儿园5所,前3年新增学位2000个。")[0][3] == "="
    assert T("明年将最低生活保障标准提高到900元。") == S((900.0, None, "元", "=", None))
    assert T("今年全区招生人数最多的学校将新增学位300个。") == S((300.0, None, "个", "=", None))


def test_cue_reported_done_change():
    from extract.rules.rulebook_targets import reported_done_change
    assert reported_done_change("去年已将寄宿生补助由每月100元提高到")
    assert reported_done_change("我县已经把甲园学位增至")
    assert not reported_done_change("明年将寄宿生补助提高到")  # a plan
    assert not reported_done_change("已完成甲项目,将新建")  # no ``已将``


def test_cue_year_after_overdue_step():
    from extract.rules.rulebook_targets import year_after_overdue_step
    sent = "该项目总投资800万元,预计2030年10月开工,2031年6月竣工"
    years = [(sent.index("2030"), sent.index("2030") + 5, 2030), (sent.index("2031"), sent.index("2031") + 5, 2031)]
    assert year_after_overdue_step(sent, years, 2030, 2031) == 2031
    assert year_after_overdue_step(sent, years[:1], 2030, 2031) is None
    other = "2030年新建学校5所,2031年新建学校3所"
    assert year_after_overdue_step(other, [(0, 5, 2030), (other.index("2031"), other.index("2031") + 5, 2031)],
                                   2030, 2031) == 2030  # no works step: left to N13


def test_cue_dated_by_running_year():
    from extract.rules.rulebook_targets import dated_by_running_year
    assert dated_by_running_year("2030年全区计划新建幼儿园5所,实际建成6所;今年将新建幼儿园")
    assert not dated_by_running_year("2030年全区新建幼儿园")  # no relative year
    assert not dated_by_running_year("今年将在2030年基础上新建")  # the relative year before the stated year
    assert not dated_by_running_year("2030年工作回顾:今年以来新建幼儿园")  # a period to date


def test_N13c_near_miss_past_year_stays_past():
    text = "某区2031年工作报告\n发布日期:2031-02-01\n2030年全区新建幼儿园6所,超额完成任务。\n"
    assert T(text) == []


def test_cue_count_of_list_set_out():
    from extract.rules.rulebook_targets import count_of_list_set_out
    assert count_of_list_set_out("今年实施民生实事", "件", "。一是新建幼儿园")
    assert count_of_list_set_out("今年办好为民办实事项目", "个", "。1.新建幼儿园")
    assert not count_of_list_set_out("今年实施民生实事", "件", "。全年总投资5亿元")  # not set out
    assert not count_of_list_set_out("今年新建幼儿园", "所", "。一是甲园")  # what a verb builds


def test_N12a_near_misses():
    assert T("今年实施民生实事12件。") == S((12.0, None, "件", "=", None))
    assert T("今年新建幼儿园12所。一是甲园,二是乙园。") == S((12.0, None, "所", "=", None))


def test_G4a_title_line_at_the_head_is_a_headline_copy():
    text = "作者: 某君 时间: 2031-2-28 15:24\n标题: 新区今年新建学校5所\n新区今年将新建学校5所。\n"
    assert T(text) == S((5.0, None, "所", "=", None), (5.0, None, "所", "=", None))


def test_cue_footer_title_line():
    from extract.rules.rulebook_targets import footer_title_line
    assert footer_title_line("标题:新区今年新建学校5所", "正文。\n来源:某某新闻网\n", "\n")
    assert footer_title_line("标题:新区今年新建学校5所", "正文。\n", "\n地址:http://www.example.cn/1.html\n")
    assert footer_title_line("标题:甲", "", "\n上一篇:某区召开会议\n")
    assert not footer_title_line("标题:甲", "作者: 某君 时间: 2031-2-28\n", "\n新区今年将新建学校5所。")  # the head
    assert not footer_title_line("新区今年新建学校5所", "来源:某某新闻网\n", "")  # no label


def test_cue_sex_ratio_level():
    from extract.rules.rulebook_targets import sex_ratio_level
    assert sex_ratio_level("出生人口性别比", "左右。")
    assert sex_ratio_level("出生人口性别比控制在", "以内")
    assert not sex_ratio_level("性别比调查", "次")  # other words before
    assert not sex_ratio_level("出生人口性别比", "个百分点")  # runs on into a measure word


def test_N17d_approved_money_for_works_due():
    assert T("该园获批补助资金900万元,预计明年建成。") == S((900.0, None, "万元", "=", None))
    assert T("该园获批补助资金900万元,已于今年竣工。") == []  # works finished (N13)


def test_cue_approved_for_works_due():
    from extract.rules.rulebook_targets import approved_for_works_due
    s = "该园获批补助资金900万元,预计明年建成"
    assert approved_for_works_due(s, "该园获批补助资金", "万元")
    assert not approved_for_works_due("该园获批补助资金900万元,已于今年竣工", "该园获批补助资金", "万元")
    assert not approved_for_works_due("该园获批补助资金900万元", "该园获批补助资金", "万元")  # no works
    assert not approved_for_works_due("该园获批学位900个,预计明年建成", "该园获批学位", "个")  # no money


# -- second batch: the rules' other made-up and quoted forms --------------------------------------------------------

def test_N1b_bound_word_across_fenbie_list():
    assert T("小學和中學每年分別最多可獲3萬元和6萬元。") == S((3.0, None, "萬元", "<=", None), (6.0, None, "萬元", "<=", None))


def test_N1c_bound_word_before_a_colon_list():
    assert T("今年新建学校不少于:小学3所、初中5所。") == S((3.0, None, "所", ">=", None), (5.0, None, "所", ">=", None))


def test_N3_period_and_round_names():
    assert T("启动第四期学前教育行动计划,实施教育信息化2.0行动计划。") == []


def test_N4_range_with_percent_and_payer_share_range():
    assert T("地方政府依财力等级负担30%到10%。") == S((10.0, 30.0, "%", "=", None))


def test_N5a_sum_after_parts():
    got = T("明年为两所大学各注资10亿元,即合共20亿元。")
    assert (20.0, None, "亿元", "=", None) in got


def test_N8b_amounts_in_parts():
    assert T("总投资6億256萬元。") == S((60256.0, None, "萬元", "=", None))
    assert T("计划投资47萬5千元。") == S((475.0, None, "千元", "=", None))
    assert T("计划投资8千萬元。") == S((8.0, None, "千萬元", "=", None))


def test_N9a_roc_years_in_brackets():
    assert T("今(120)年將再增設幼兒園8園。") == S((8.0, None, "園", "=", 2031))
    assert T("明（2032）年將再增加預算17億。") == S((17.0, None, "億", "=", 2032))


def test_N9b_several_works_years():
    assert T("斥資4億元興建甲館,預計120年底完工,121年開放。") == S((4.0, None, "億元", "=", 2031))


def test_N11_years_within_is_le():
    assert T("力争5年内新建学校10所。") == S((10.0, None, "所", "=", None), (5.0, None, "年", "<=", None))


def test_N12b_reach_of_works_with_sheji():
    got = T("该项目建设总投资2601.3万元,涉及学校42所。")
    assert (42.0, None, "所", "=", None) in got


def test_N13_status_words():
    assert T("截至2030年底,全区累计建成幼儿园30所,现有在园幼儿1.2万人。") == []


def test_N16_tupo_is_gt():
    assert T("力争全区游客接待量突破500万人次。") == S((500.0, None, "万人次", ">", None))


def test_N17_duration_as_quantity():
    got = T("力争用5年时间,新建幼儿园20所。")
    assert (20.0, None, "所", "=", None) in got


def test_N17c_share_in_cheng():
    assert T("所需经费由中央负担9成以上。") == S((9.0, None, "成", ">=", None))
    assert T("所需经费由中央负担九成以上。") == []  # Chinese numerals (G3)


def test_N18_cut_number_at_the_end():
    assert T("到2031年,全区托位数提高至560") == []
    assert T("每年惠及3700多") == []


def test_N18_cut_comparator_word():
    assert T("到2031年,新建幼儿园50所,其中公办30所以") == S((50.0, None, "所", "=", 2031), (30.0, None, "所", "=", 2031))


def test_N1c_bound_word_before_the_verb_of_a_list():
    assert T("每年至少完成甲训练5次及乙演练3次。") == S((5.0, None, "次", ">=", None), (3.0, None, "次", ">=", None))


def test_cue_bound_heads_colon_list():
    from extract.rules.rulebook_targets import bound_heads_colon_list
    assert bound_heads_colon_list("今年新建学校不少于:小学3所、初中") == ">="
    assert bound_heads_colon_list("每校最多:甲3人、乙") == "<="
    assert bound_heads_colon_list("配备专职教师至少3人、兼职教师") is None  # no colon: N1c, the first item only
    assert bound_heads_colon_list("不少于:小学3所;初中") is None  # another clause


def test_cue_bracketed_relative_years():
    from extract.rules.rulebook_targets import bracketed_relative_years
    assert [y for _s, _e, y in bracketed_relative_years("明（2032）年將再增加")] == [2032]
    assert [y for _s, _e, y in bracketed_relative_years("明(121)年將再增加")] == [2032]
    assert bracketed_relative_years("今(120)年將再增設") == []  # an ROC ``今(N)年``: calendar_years reads it
    assert bracketed_relative_years("明年將再增加") == []
    assert bracketed_relative_years("明(1)年") == []


def test_cue_payer_share_in_tenths():
    from extract.rules.rulebook_targets import payer_share_in_tenths
    assert payer_share_in_tenths("由中央負擔", "成以上")
    assert payer_share_in_tenths("市级财政承担", "成,")
    assert not payer_share_in_tenths("该校有", "成为寄宿生")  # no payer verb
    assert not payer_share_in_tenths("由中央负担", "成为主要")  # ``成为``: a word
    assert not payer_share_in_tenths("占", "成")  # a share of a whole (N13)


# -- third batch: tables, N11a, N12a, N12b, N17 ------------------------------------------------------------------------

_INDICATOR_TABLE = ("某区教育发展规划(2031—2035年)\n表1 主要发展指标\n| 指标 | 2030年基数 | 2033年 | 2035年 | 属性 |\n"
                    "| 学前三年毛入园率(%) | 88 | 92 | 95.00 | 预期性 |\n| 普惠性幼儿园(所) | 40 | 45 | 50 | 约束性 |\n"
                    "| 其中:公办园 | 20 | 25 | 30 | 约束性 |\n| 义务教育大班额比例(%) | 3 | <2 | <1 | 约束性 |\n")


def test_N6_N14_expected_indicator_table():
    assert T(_INDICATOR_TABLE) == S(
        (92.0, None, "%", "=", 2033), (95.0, None, "%", "=", 2035), (45.0, None, "所", "=", 2033),
        (50.0, None, "所", "=", 2035), (25.0, None, "所", "=", 2033), (30.0, None, "所", "=", 2035),
        (2.0, None, "%", "<", 2033), (1.0, None, "%", "<", 2035))


def test_N6_quote_runs_from_row_label_to_cell():
    quotes = Q(_INDICATOR_TABLE)
    assert "学前三年毛入园率(%) | 88 | 92" in quotes


def test_N13a_progress_table_month_plan_cell_is_status():
    text = ("某区2031年5月重点项目进展情况\n| 项目内容 | 5月计划进度 | 实际进度 |\n"
            "| 新建托育机构10家 | 完成选址4处 | 已完成选址5处 |\n")
    assert T(text) == S((10.0, None, "家", "=", None))


def test_cue_year_task_cell():
    from extract.rules.rulebook_targets import year_task_cell

    def cell(text):
        s = text.rindex("\n", 0, len(text) - 1) + 1
        got = year_task_cell(text, s, len(text) - 1)
        return text[got[0]:got[1]] if got else None
    head = "| 项目内容 | 5月计划进度 | 实际进度 |\n| 新建托育机构10家 | 完成选址4处 | 已完成选址5处 |\n"
    assert cell("某区2031年5月重点项目进展情况\n" + head) == "新建托育机构10家"
    assert cell("某区重点项目推进情况(1-9月)\n| 目标任务 | 完成情况 |\n| 新建托育机构10家 | 已建成6家 |\n") == "新建托育机构10家"
    assert cell("某区2031年重点项目完成情况\n" + head) is None  # no in-year period: a year's results notice is open
    assert cell("某区2031年12月重点项目进展情况\n" + head) is None  # the year's end
    assert cell("某区2031年5月重点项目进展情况\n| 项目内容 | 5月计划进度 |\n| 新建托育机构10家 | 完成选址4处 |\n") is None  # no result column


def test_N13a_progress_table_gives_no_status_cells():
    text = ("某区2031年5月重点项目进展情况\n| 项目内容 | 5月计划进度 | 实际进度 |\n"
            "| 新建托育机构10家 | 完成选址4处 | 已完成选址5处 |\n")
    assert all(v not in (4.0, 5.0) for v, *_ in T(text))


def test_N11a_within_years_restating_a_written_span():
    assert T("未來4年內(120-123年)將再增加幼兒園30園。") == S((30.0, None, "園", "=", 2034))


def test_N11a_pledge_that_is_over():
    assert T("目標是4年內增加幼兒園180班以上,最終增加了214班。") == []


def test_N12a_places_and_list_make_up_give_nothing():
    assert T("在教育、医疗等5个领域进行首批布局。") == []
    assert T("今年的民生实事包含8个方面、33件实事项目。") == []


def test_N12b_people_reached():
    assert T("今年为3万名儿童开展免费视力筛查。") == S((3.0, None, "万名", "=", None))


def test_N12b_places_where_a_measure_applies():
    assert T("在36个重点城市开展试点。") == []


def test_N15_age_before_a_population():
    assert T("为6-15岁残疾儿童提供送教上门服务。") == []


def test_N17_headline_commitment():
    text = "某区今年将新建幼儿园6所\n记者 王五\n今年,某区将新建幼儿园6所,新增学位1800个。\n"
    got = T(text)
    assert got.count((6.0, None, "所", "=", None)) == 2
    assert G(text) == [("今年,某区将新建幼儿园6所,新增学位1800个", None)] or all(q != "某区今年将新建幼儿园6所" for q, _ in G(text))


def test_N17a_site_that_exists_is_a_place():
    assert T("面积约7.6公顷的营区,将改造为公园。") == []


def test_N17b_budget_spent_is_status():
    assert T("去年已投入资金90万元完成甲校改造。") == []


def test_N5a_restated_status_and_level_give_nothing():
    assert T("过去6年已经投放超过29亿元澳门币(约合人民币22亿元)。") == []


def test_N9b_base_year_in_brackets_dates_nothing():
    got = T("到2033年,普惠性幼儿园覆盖率达到60%(2030年为54%)。")
    assert got == S((60.0, None, "%", "=", 2033))


# -- fourth batch ---------------------------------------------------------------------------------------------------

def test_N1b_named_level_is_equal():
    assert T("明年最低維生指數維持4350元。") == S((4350.0, None, "元", "=", None))


def test_N2a_standing_standard_in_a_reply():
    assert T("我局将要求各校每周至少开展1次心理健康活动。") == S((1.0, None, "次", ">=", None))


def test_N2a_rule_set_in_the_past_gives_nothing():
    assert T("自2029年起全面推行每天1节体育课制度。") == []


def test_N3_quoted_slogans():
    assert T("落实“3个零误差”要求,推进“1+N”集团化办学。") == []


def test_N8_ratio_without_unit():
    assert T(GOALS + "到2031年,职业高中和普通高中招生比例达到1:1。") == S((1.0, None, "", "=", 2031))


def test_N9c_year_in_the_name_of_a_plan():
    got = T("会议审定了2031年重点民生实事工作计划,安排投资5.1亿元。")
    assert all(y is None for *_r, y in got)


def test_N11_strive_to_bring_in_is_equal():
    assert T("到2031年,力争引入国内知名体育赛事1项。") == S((1.0, None, "项", "=", 2031))


def test_N11a_deadline_without_a_written_period():
    assert T("未來2年內預計再增設幼兒園28園。") == S((28.0, None, "園", "=", None), (2.0, None, "年", "<=", None))


def test_N11a_headline_modal_within_restating_the_body_year():
    text = "某区5年内将新增学位6万个\n记者 王五\n到2031年,某区将新增学位6万个。\n"
    assert all(u != "年" for _v, _vm, u, _c, _y in T(text))


def test_cue_modal_within_limit():
    from extract.rules.rulebook_targets import headline_restates_year, modal_within_limit
    assert modal_within_limit("未来2年内预计再增设幼儿园28园", "年", "内预计再增设幼儿园28园")
    assert modal_within_limit("3年内将新建学校5所", "年", "内将新建学校5所")
    assert not modal_within_limit("2029-2031年,3年内将建成社区书屋20个", "年", "内将建成社区书屋20个")  # a written span
    assert not modal_within_limit("5年内将建成一批学校", "年", "内将建成一批学校")  # no quantity
    assert not modal_within_limit("未来2年将新增幼儿园28所", "年", "将新增幼儿园28所")  # no 内
    text = "某区5年内将新增学位6万个\n到2031年,某区将新增学位6万个。"
    assert headline_restates_year(text, 2)
    assert not headline_restates_year(text, text.index("某区将"))  # the body
    assert not headline_restates_year("某区5年内将新增学位6万个\n某区将新增学位6万个。", 2)  # no year in the body


def test_N12a_listed_into_and_set_out_below():
    assert T("将甲项目列入20项民心工程。") == []
    assert T("今年实施47项民生实事,具体安排如下:") == []


def test_N12a_list_chosen_or_voted():
    assert T("会议票决产生了10个民生实事项目。") == []


def test_N13b_planned_amount_compared_with_last_year():
    got = T(GOALS + "今年安排专项债券4.4万亿元、比上年增加5000亿元。")
    assert [(v, u) for v, _, u, _, _ in got] == [(4.4, "万亿元")]


def test_N17b_first_tranche_is_status():
    assert T("首笔36亿元拨款已经下达,现仍有14亿元尚未使用。") == []


def test_N18_number_cut_at_the_end():
    assert T("到2031年,园长及专任教师全员持证上岗,确保202") == []


def test_N11a_modal_within_restating_a_span():
    assert T("2029-2031年,3年内将建成社区书屋20个。") == S((20.0, None, "个", "=", 2031))


def test_cue_within_restates_period():
    from extract.rules.rulebook_targets import within_restates_period
    assert within_restates_period("2029-2031年,3年内将建成社区书屋20个", "年", "内将建成")
    assert within_restates_period("未来4年内(120-123年)将再增加幼儿园30园", "年", "内(120")
    assert not within_restates_period("未来2年内将新增幼儿园28所", "年", "内将新增")  # no written span
    assert not within_restates_period("2029-2031年,每年培训3次", "次", "")  # no ``N年内``


def test_N1a_rank_reached_is_status_and_rank_kept_is_bound():
    assert T("去年,我县5名考生进入全州文理科前50名。") == []  # a rank reached (N13)
    assert T("力争全县高考上线率保持全市前3名。") == S((3.0, None, "名", "<=", None))


def test_N1b_cap_to_claim_and_N1_must_not_bounds():
    assert T("明年起每名婴幼儿最高可领2万4千元。") == S((24.0, None, "千元", "<=", None))
    assert T(GOALS + "相关经费不得低于预算总额4.5%。") == S((4.5, None, "%", ">=", None))
    assert T(GOALS + "相关经费不得超过预算总额的10%。") == S((10.0, None, "%", "<=", None))


def test_cue_bound_through_verb_claim_and_must_not():
    assert bound_through_verb("每名婴幼儿最高可领") == "<="
    assert bound_through_verb("相关经费不得低于预算总额") == ">="
    assert bound_through_verb("相关经费不得超过预算总额的") == "<="
    assert bound_through_verb("最高法院领") is None  # no bound frame
    assert bound_through_verb("不得低于标准,新增") is None  # another clause


_TASK_TABLE = ("某区学前教育三年行动任务分解表\n| 序号 | 重点任务 | 2031年 | 2032年 | 牵头单位 |\n"
               "| 1 | 新建幼儿园10所 | 新建4所 | 新建6所 | 区教育局 |\n| 2 | 新增学位3000个 | 新增1000个 | 新增2000个 | 区教育局 |\n")


def test_N7_task_table_year_cells_take_their_column_year():
    assert T(_TASK_TABLE) == S(
        (10.0, None, "所", "=", None), (4.0, None, "所", "=", 2031), (6.0, None, "所", "=", 2032),
        (3000.0, None, "个", "=", None), (1000.0, None, "个", "=", 2031), (2000.0, None, "个", "=", 2032))


def test_cue_year_cell_verb():
    from extract.rules.rulebook_targets import year_cell_verb
    assert year_cell_verb("新增", 2031) == "新增"
    assert year_cell_verb("新增", None) == ""  # prose: no column year
    assert year_cell_verb("改造操场", 2031) == ""  # other words: the usual indicator
    assert T("新增1000个。") == []  # a bare verb and amount in prose names nothing measured


def test_N10_indicator_is_the_thing_measured():
    assert [r.indicator for r in records("到2031年,全区学前三年毛入园率达到90%。", "numeric_target")] == ["学前三年毛入园率"]


_SCHEDULE = ("某区2031年民生实事进展\n\n进度安排\n\n第三季度:新建托育机构2家。\n\n第四季度:建设1家示范性托育机构。\n\n"
             "落实情况\n\n第三季度:已建成托育机构2家。\n\n第四季度:示范机构正在试营业。\n")


def test_N13a_schedule_line_of_a_reported_period_is_status():
    assert T(_SCHEDULE) == []
    assert G(_SCHEDULE) == []


def test_N13a_schedule_line_of_a_later_period_is_a_commitment():
    text = _SCHEDULE.replace("\n\n第四季度:示范机构正在试营业。\n", "\n")  # the fourth quarter not reported yet
    assert T(text) == S((1.0, None, "家", "=", None))
    plan = "某区2031年民生实事\n\n进度安排\n\n第四季度:建设1家示范性托育机构。\n"  # no result block: a plan
    assert T(plan) == S((1.0, None, "家", "=", None))


def test_cue_reported_schedule_line():
    from extract.rules.rulebook_targets import reported_schedule_line
    before = "进展\n\n进度安排\n\n第三季度:新建2家。\n\n"
    assert reported_schedule_line("第四季度:建设1家。", before, "\n\n落实情况\n\n第四季度:已建成。\n")
    assert not reported_schedule_line("第四季度:建设1家。", before, "\n\n落实情况\n\n第三季度:已建成。\n")
    assert not reported_schedule_line("第四季度:建设1家。", "正文\n\n", "\n\n落实情况\n\n第四季度:已建成。\n")
    assert not reported_schedule_line("新建1家。", before, "\n\n落实情况\n\n第四季度:已建成。\n")


# -- rules written or clarified in the seventeenth round's third adjudication (confA18) ----------------------------

def test_G5_fragment_counts_only_with_a_cue():
    review = "某区人口发展规划\n\n二、主要成绩\n\n出生人口性别比107左右。\n\n三、保障措施\n\n加强领导。\n"
    assert T(review) == []
    goal = "某区人口发展规划\n\n三、发展目标\n\n出生人口性别比107左右。\n\n四、保障措施\n\n加强领导。\n"
    assert T(goal) == S((107.0, None, "", "=", None))


def test_G5_requirement_counts_in_any_section():
    text = "某区体育工作要点\n\n二、工作措施\n\n每个学生学会1—2项艺术技能。\n"
    assert [(v, vm) for v, vm, *_ in T(text)] == [(1.0, 2.0)]


def test_N9e_joined_years_one_date_first_year():
    text = "2031年和2032年分别建成东区小学和西区中学,新增学位3000个。"
    assert T(text) == S((3000.0, None, "个", "=", 2031))


def test_N9e_joined_years_dated_by_the_first():
    text = "其中,12个项目将在2031和2032年完工,预计新增学位3000个。"
    assert [(v, y) for v, _vm, _u, _c, y in T(text) if v == 3000.0] == [(3000.0, 2031)]


def test_N9e_example_project_count_is_a_target():
    text = "其中,12个项目将在2031和2032年完工,预计新增学位3000个。"
    assert sorted((v, y) for v, _vm, _u, _c, y in T(text)) == [(12.0, 2031), (3000.0, 2031)]
    assert T("其中,20余个项目将在2031和2032年完工。") == S((20.0, None, "个", "=", 2031))
    assert T("某区8个项目预计2031年底前建成。") == S((8.0, None, "个", "=", 2031))


def test_N9e_near_miss_project_count_done_or_only_started():
    assert T("某区12个项目已于2031年完工。") == []
    assert T("某区12个项目将在2031年开工。") == []


def test_N9e_fenbie_pairs_years_in_order():
    text = "2031年和2032年分别建成幼儿园2所和3所。"
    assert T(text) == S((2.0, None, "所", "=", 2031), (3.0, None, "所", "=", 2032))


def test_N9f_month_step_before_the_text_date_is_overdue():
    head = "某区2026年重点项目推进情况\n发布日期:2026-06-10\n"
    assert T(head + "项目总投资500万元,预计2026年4月开工,2026年12月竣工。\n") == S((500.0, None, "万元", "=", 2026))
    assert T(head + "项目总投资500万元,预计2026年4月开工。\n") == S((500.0, None, "万元", "=", None))


def test_N9f_near_miss_month_not_before_the_text_date_dates():
    head = "某区2026年重点项目推进情况\n发布日期:2026-06-10\n"
    assert T(head + "项目总投资500万元,预计2026年8月开工。\n") == S((500.0, None, "万元", "=", 2026))


def test_N13a_in_year_progress_report_task_cells_are_targets():
    text = ("某区2031年民生实事进展情况(1-9月)\n| 项目内容 | 完成情况 |\n"
            "| 新建托育机构10家 | 已建成6家 |\n")
    assert T(text) == S((10.0, None, "家", "=", None))


def test_O3k_budget_addition_is_an_allotment():
    assert T("2026年度教育预算增列8000万元,用于改善办学条件。") == S((8000.0, None, "万元", "=", 2026))


def test_O3k_near_miss_addition_against_a_base_year():
    assert T("2026年度教育预算较上年度增列8000万元。") == []
    assert T("增列部分主要用于改善办学条件。") == []


def test_O4_opening_year_without_comma_dates_the_target():
    text = "某区发展规划\n\n二、发展目标\n\n2031年全区生产总值增长6%。\n\n三、保障措施\n\n加强领导。\n"
    assert T(text) == S((6.0, None, "%", "=", 2031))


def test_N8_unit_of_zhao_keeps_its_measure():
    assert T("今年新建100兆瓦光伏电站。") == S((100.0, None, "兆瓦", "=", None))
    assert T("今年支出规模30兆元。") == S((30.0, None, "兆元", "=", None))


def test_N8_near_miss_bare_zhao_stays_bare():
    assert T("今年新建光伏电站100兆。") == S((100.0, None, "兆", "=", None))


def test_N12a_pieces_a_collection_page_gathers_are_no_target():
    assert T("某区社区建设工作方案3篇") == []
    assert T("社区2031年建设工作计划范文(精选14篇)") == []
    assert T("下面是小编为大家整理的社区建设工作方案3篇,供大家参考。") == []


def test_N12a_near_miss_pieces_a_commitment_produces():
    assert T("今年全区教师将撰写教学心得30篇。") == S((30.0, None, "篇", "=", None))
    assert T("今年全区将发表论文3篇。") == S((3.0, None, "篇", "=", None))


def test_N12a_heading_count_of_its_own_items_is_no_target():
    text = ("2031年某县实施30项民生实事,具体安排如下。\n一、稳定岗位(3项)\n(一)城镇新增就业0.5万人。\n"
            "二、社会保障(2项)\n(一)新增养老床位100张。\n")
    assert T(text) == S((0.5, None, "万人", "=", None), (100.0, None, "张", "=", None))
    text = "某市2031年民生实事项目\n二、教育类\n(4件)\n1.新建学校2所。\n"
    assert T(text) == S((2.0, None, "所", "=", None))


def test_N12a_near_miss_heading_that_commits_to_a_count():
    assert T("二、新建学校(2所)") == S((2.0, None, "所", "=", None))
    assert (2.0, None, "项", "=", None) in T("今年实施民生实事(共2项),新增床位100张。")


def test_N2_period_of_an_earlier_five_year_plan_is_past():
    text = "根据某省“十二五”规划纲要,未来5年,全省城镇新增就业450万人。\n“十一五”期间,全省城镇新增就业人数577万人,城镇登记失业率4.1%。\n"
    assert T(text) == S((450.0, None, "万人", "=", None))
    assert T("某区“十五五”规划\n——“十四五”期间,某区新建学校10所。") == []
    assert T("发布日期:2031-03-01\n“十四五”期间,某区新建学校10所。") == []


def test_N2_near_miss_own_or_running_five_year_period():
    assert T("“十四五”期间,某区新建学校10所。") == S((10.0, None, "所", "=", None))
    assert T("发布日期:2024-03-01\n某区“十五五”规划前期研究\n“十四五”期间,某区新建学校10所。") == S((10.0, None, "所", "=", None))
    assert T("某区“十二五”规划\n到“十一五”期末,某区新建学校10所。") == S((10.0, None, "所", "=", None))


def test_N12b_areas_a_measure_reaches_are_places():
    # (confR19) the areas a measure reaches or supports are where it applies, no amount
    assert T(GOALS + "硬化道路8万平方米,惠及12个乡镇(街道)。") == S((8.0, None, "万平方米", "=", None))
    assert T(GOALS + "通过省级奖补重点支持300个脱贫县教育发展,投入资金5亿元。") == S((5.0, None, "亿元", "=", None))
    # near-misses: people reached, works supported in those areas and works built there stay targets
    assert T(GOALS + "惠及1万名老人。") == S((1.0, None, "万名", "=", None))
    assert T(GOALS + "支持甲市2个县级医院、30个乡镇卫生院建设。") == S((2.0, None, "个", "=", None), (30.0, None, "个", "=", None))
    assert T(GOALS + "新建12个乡镇综合文化站。") == S((12.0, None, "个", "=", None))
    # (tgtB24) the areas named with the degree of their need (``深度贫困县``) are places too
    assert T(GOALS + "今年改造危房2万户,重点支持15个深度贫困县。") == S((2.0, None, "万户", "=", None))


def test_N13_count_reported_all_done_without_yi():
    # (confR19) a count whose own clause reports it all done is a result, status, though no 已 is written
    assert T(GOALS + "全年工作取得新成效,12项年度任务全部完成,30件议案全部办理完毕。") == []
    assert T(GOALS + "所有项目按期推进,其中9个项目超计划完成,新增床位200张。") == S((200.0, None, "张", "=", None))


def test_N13_near_miss_all_done_as_a_commitment():
    # a modal or a deadline in the clause makes the same words a commitment; a clause that goes on is not closed
    assert T(GOALS + "确保12项年度任务全部完成。") == S((12.0, None, "项", "=", None))
    assert T(GOALS + "2031年底前5个项目全部建成。") == S((5.0, None, "个", "=", 2031))


def test_N13_capacity_after_a_status_frame_is_status():
    # (confR19) N13 / N17a: the capacity of facilities there now, after a status frame in the same sentence
    assert T(GOALS + "某区现有托育机构12家,可提供托位400个。") == []
    assert T(GOALS + "目前全镇共有幼儿园3所,能容纳幼儿900名。") == []


def test_N17a_near_miss_capacity_of_works_ahead():
    # no frame, or works still ahead: the capacity is a target
    assert T(GOALS + "新建幼儿园2所,可提供学位600个。") == S((2.0, None, "所", "=", None), (600.0, None, "个", "=", None))
    assert T(GOALS + "某区现有学校3所,新校建成后可提供学位900个。") == S((900.0, None, "个", "=", None))


def test_N17_span_that_frames_a_commitment_is_no_target():
    # (confR19) a span of years written as the frame of a commitment: its quantities are the targets, not the span
    assert T(GOALS + "预计首5年参与人数约为70万人次。") == S((70.0, None, "万人次", "=", None))
    assert T(GOALS + "今年起,某区将2年新改扩建公办幼儿园20所。") == S((20.0, None, "所", "=", None))
    assert T(GOALS + "力争3年实现集中供养对象1600人。") == S((1600.0, None, "人", "=", None))


def test_N17_near_miss_time_limit_and_term_stay():
    # a time limit (N11a) and a term with no frame word are still read as before
    assert T(GOALS + "力争3年内新建幼儿园5所。") == S((3.0, None, "年", "<=", None), (5.0, None, "所", "=", None))
    assert T(GOALS + "第5年新建幼儿园2所。") == S((2.0, None, "所", "=", None))


def test_N8b_count_in_wan_with_plain_tail_is_one_value():
    # (confR19) a count in 万 and its last digits is one value in the measure word written after them
    assert T(GOALS + "明年可照顾3万1000位学生。") == S((31000.0, None, "位", "=", None))
    assert T(GOALS + "受惠学生达25万3000名。") == S((253000.0, None, "名", "=", None))


def test_N8b_amount_in_zhao_and_yi_is_one_value():
    # (confR19) trillions with a tail in 亿: one value in 亿 (never converted)
    assert T(GOALS + "明年度总预算岁出3兆1234亿元。") == S((31234.0, None, "亿元", "=", None))


def test_N8b_near_miss_plain_wan_and_money_tail_unchanged():
    assert T(GOALS + "新增学位3万个。") == S((3.0, None, "万个", "=", None))
    assert T(GOALS + "明年投入305万2,186元。") == S((3052186.0, None, "元", "=", None))


def test_N13_level_reached_now_is_status():
    # (confR19) a frame of the present makes a reach word a status
    assert T(GOALS + "目前全市3岁以下婴幼儿人数超32万。") == []
    assert T(GOALS + "现时公屋平均轮候时间达5.4年。") == []


def test_N13_near_miss_level_still_to_reach_after_now():
    # a future year or a modal after the frame: still a target; no frame: read as before
    assert T(GOALS + "目前正推进各项工作,到2031年入园率达到90%。") == S((90.0, None, "%", "=", 2031))
    assert T(GOALS + "目前各校正在改造,力争覆盖率达到95%。") == S((95.0, None, "%", ">=", None))
    assert T(GOALS + "全市入园率达到90%。") == S((90.0, None, "%", "=", None))

# -- rules written in the eighteenth round (w29 adjudication) ------------------------------------------------------

def test_G6_english_sentence_gives_no_target():
    text = "By 2031 the county will build 12 parks./到2031年,全县建成公园12个。\n"
    assert T(text) == S((12.0, None, "个", "=", 2031))
    assert G(text) == [("到2031年,全县建成公园12个", 2031)]


def test_G6_near_miss_chinese_sentence_alone_is_labelled():
    text = "到2031年,全县建成公园12个。\n"
    assert T(text) == S((12.0, None, "个", "=", 2031))


def test_N1e_comparator_after_the_last_amount_bounds_the_pair():
    assert T(GOALS + "城乡居民参与率分别达到60%和45%以上。") == S((60.0, None, "%", ">=", None), (45.0, None, "%", ">=", None))


def test_N1e_near_miss_comparators_written_item_by_item():
    assert T(GOALS + "合格率分别达到90%、80%以上和12年以上。") == S(
        (90.0, None, "%", "=", None), (80.0, None, "%", ">=", None), (12.0, None, "年", ">=", None))


def test_N1e_near_miss_no_comparator_word():
    assert T(GOALS + "城乡居民参与率分别达到60%和45%。") == S((60.0, None, "%", "=", None), (45.0, None, "%", "=", None))


def test_N2b_levels_a_listed_measure_sets_are_targets():
    text = "县政府推出了两项新举措,包括安排3亿元收购养老服务用房,以及在今后新建小区中划出约4%的面积作养老用途。"
    assert T(text) == S((3.0, None, "亿元", "=", None), (4.0, None, "%", "=", None))


def test_N2b_near_miss_change_of_level_reported():
    text = "县政府推出了两项新举措,去年已将养老床位补助由每张100元提高到150元。"
    assert T(text) == []


def test_N7_span_of_years_column_dates_no_cell():
    text = ("某区2031年重点项目计划表\n| 序号 | 建设内容 | 总投资(万元) | 起止年限 |\n"
            "| 1 | 新建文化站1个,建筑面积800平方米 | 500 | 2031-2032 |\n")
    assert T(text) == S((1.0, None, "个", "=", None), (800.0, None, "平方米", "=", None), (500.0, None, "", "=", None))


def test_N7_near_miss_year_in_the_content_sentence_dates_it():
    text = ("某区2031年重点项目计划表\n| 序号 | 建设内容 | 总投资(万元) | 起止年限 |\n"
            "| 1 | 2032年建成文化站1个 | 500 | 2031-2032 |\n")
    assert (1.0, None, "个", "=", 2032) in T(text)


def test_N8d_noun_after_the_number_is_no_unit():
    assert T("新区拟增300托育学位。") == S((300.0, None, "", "=", None))


def test_N8d_near_miss_measure_word_before_the_noun():
    assert T("新区拟增300个托育学位。") == S((300.0, None, "个", "=", None))


def test_N8d_headline_examples_and_near_misses():
    assert T("某区拟设150护理床位。") == S((150.0, None, "", "=", None))
    assert T("某区拟购40物业。") == S((40.0, None, "", "=", None))
    assert T("今年新建 3 中实验楼。") == []  # a numbered school's name, set off by blanks
    assert T("今年拟新建3中教学楼。") == []  # a numbered school's name


_WORKS_NOTICE = ("某区2031年重点民生项目完成情况公示\n发布日期:2032-01-10\n"
                 "| 项目名称 | 建设内容 | 总投资(万元) | 起止年限 | 工程进度 | 完成比例(%) |\n")


def test_N13a_works_row_reported_done_is_status():
    assert T(_WORKS_NOTICE + "| 新建社区食堂 | 建筑面积600平方米 | 300 | 2031 | 建成 | 100 |\n") == []


def test_N13a_works_row_under_way_gives_targets():
    text = _WORKS_NOTICE + "| 扩建敬老院 | 新增床位80张 | 900 | 2031-2032 | 主体施工 | 40 |\n"
    assert T(text) == S((80.0, None, "张", "=", None), (900.0, None, "", "=", None))


def test_N7_span_of_years_column_dates_no_cell_of_a_task_table():
    text = ("某区2031年重点项目计划表\n| 序号 | 建设内容 | 总投资(万元) | 起止年限 | 责任单位 |\n"
            "| 1 | 新建文化站1个,建筑面积800平方米 | 500 | 2031-2032 | 区文旅局 |\n")
    got = T(text)
    assert [(v, y) for v, _vm, _u, _c, y in got] == [(1.0, None), (500.0, None), (800.0, None)]


def test_N13a_works_notice_near_miss_plain_table_reported_done_gives_nothing():
    text = _WORKS_NOTICE + "| 新建社区食堂 | 建筑面积600平方米 | 300 | 2031 | 建成 | 100 |\n| 新建公园 | 占地30亩 | 800 | 2031 | 完工 | 100 |\n"
    assert T(text) == []

# -- eighteenth round, second adjudication ------------------------------------------------------------------------

def test_G4_later_mention_lengthened_backwards_to_the_start_of_a_word():
    text = "民生快讯:\n全县新建幼儿园8所。\n民生快讯:\n全县新建幼儿园8所。"
    assert T(text) == S((8.0, None, "所", "=", None), (8.0, None, "所", "=", None))
    assert sorted(Q(text)) == sorted(["全县新建幼儿园8所", "8所。\n民生快讯:\n全县新建幼儿园8所"])


def test_G4_near_miss_whitespace_alone_tells_no_mention_apart():
    text = "民生快讯:\n全县新建幼儿园8所。\n民生快讯:\n全县新建幼儿园8所。"
    assert "\n民生快讯:\n全县新建幼儿园8所" not in Q(text)  # grounds at the first mention once whitespace is dropped


def test_N2_reviewed_plan_period_opening_a_sentence_is_status():
    text = ("在全县教育工作会议上的讲话\n\n一、“十一五”期间全县教育取得长足发展\n"
            "——“十一五”期间,全县投入教育资金3.2亿元,完成了校舍改造。\n")
    assert T(text) == []


def test_N2_near_miss_plan_period_in_its_own_plan_is_a_target():
    assert T("某县“十一五”教育发展规划\n\n“十一五”期间,全县新建学校6所。\n") == S((6.0, None, "所", "=", None))


def test_N13a_year_end_notice_paragraph_per_project_works_done():
    text = ("某镇2031年民生实事项目完成情况报告\n2032年1月10日\n"
            "第一项:社区食堂建设。该工程总投资约60万元。该工程已于10月底竣工。\n")
    assert T(text) == []


def test_N13a_project_part_done_rest_ahead_keeps_its_funding():
    # a mid-year progress report: one part of the works done, the rest under way and due by the year's end
    text = ("某镇:惠民实事桩桩有着落\n近日,某镇向镇人大代表通报今年十件惠民实事的进展情况。\n"
            "如村口便民设施项目,将投入资金90万元,新建候车亭3座。目前候车亭已建成2座,另1座完成70%,预计11月底前全部投入使用。\n")
    assert sorted(v for v, *_ in T(text)) == [3.0, 90.0]
    from extract.rules.rule_clarifications import done_works_funding
    done = text.replace("另1座完成70%,预计11月底前全部投入使用", "另1座也已建成")
    assert done_works_funding(done, done.index("将投入"), done.index("90万元") + 4)


def test_N13a_near_miss_project_still_ahead_keeps_its_funding():
    text = "某镇2032年民生实事项目\n第一项:社区食堂建设。该项目总投资约60万元,计划年底前完工。\n"
    assert [v for v, *_ in T(text)] == [60.0]


def test_G4_cue_word_start():
    from extract.rules.rule_clarifications import word_start
    text = "全县新建幼儿园8所。\n民生快讯:"
    assert text[word_start(text, text.index("。")):] == "8所。\n民生快讯:"  # a closing mark goes with the word it closes
    text = "记者王五\n2031年"
    assert text[word_start(text, text.index("五")):] == text  # a run of Chinese characters
    assert word_start("甲。乙", 1, floor=1) == 1  # never before the floor
    text = "增拨6亿元推行和完善三项养老服务和设施。\n老有所养:"
    assert text[word_start(text, text.index("。")):] == "设施。\n老有所养:"  # a long run: its last word


def test_G4_near_miss_unique_inside_its_sentence_stays_inside():
    text = "新建幼儿园8所。\n全县新建幼儿园8所,新增学位900个。"
    assert "全县新建幼儿园8所" in Q(text)  # told apart inside its own sentence: no run past it
