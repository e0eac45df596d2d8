"""Made-up tests for goal_date_cues widened in the twenty-sixth round (goalA27): a month demanded before a verb of reaching,
a window open from the day of issue, a work named as one of the year's 实事 list."""

from extract.rules.goal_date_cues import closes_a_period, goal_date, listed_for_year, month_deadline
from tests.rules_kit import records


def test_month_demanded_before_a_verb_of_reaching():
    assert month_deadline("各镇要加快进度,确保2031年10月实现全镇书屋全覆盖")[0] == 2031
    assert month_deadline("务必于2031年9月建成并投入使用")[0] == 2031
    assert month_deadline("确保2031年6月底前完成全员培训")[0] == 2031  # (the older branch, with 前)
    # near-misses: a month with no demand; a demand with a step that is no result
    assert month_deadline("2031年10月实现全镇书屋全覆盖")[0] is None
    assert month_deadline("确保2031年10月召开总结会")[0] is None


def test_window_open_from_the_day_of_issue():
    s = "自本公告发布之日起至2031年4月30日下午5时止"
    assert closes_a_period(s, s.index("2031")) and goal_date(s)[0] is None
    s2 = "自本方案印发之日起,至2031年底前完成全部改造"  # a deadline, no window closed by 止
    assert goal_date(s2)[0] == 2031


def test_work_as_one_of_the_years_list():
    assert listed_for_year("改造乡村道路120公里是2031年某市十件民生实事之一")[0] == 2031
    assert listed_for_year("“新建社区食堂30个”为2031年度省政府民生实事之一")[0] == 2031
    assert listed_for_year("其中新建学校30所列为2032年市政府确定的教育惠民工程项目")[0] == 2032  # (older branch)
    assert listed_for_year("某县是2031年全省文明县城之一")[0] is None  # no list of works
    assert listed_for_year("改造乡村道路是2031年某市的重点")[0] is None


def test_end_to_end():
    page = "某市公路建设提速\n改造乡村道路120公里是2031年某市十件民生实事之一,该项目覆盖全市各镇。\n"
    assert [(g.target_year) for g in records(page, "goal")] == [2031]
    page = "某镇征集民生实事项目的通告\n征集时间\n自本通告发布之日起至2031年3月10日下午5时止\n"
    assert records(page, "goal") == []


def test_first_year_outside_document_names():
    from extract.rules.goal_date_cues import this_year_plan
    s = "近日,某局收到《关于下达2031年某工程投资计划的通知》,我县有2个项目名列今年投资计划之中"
    assert this_year_plan(s)[0] is None and goal_date(s)[0] is None
    s2 = "据《2031年某方案》,今年某区将于2032年建成公园3个"
    assert this_year_plan(s2)[0] == 2032  # the first year outside the name


def test_things_named_by_the_year_they_were_built_before():
    from extract.rules.goal_cohort_years import names_things_by_year
    s = "到规划期末,力争基本完成2010年底前建成的老旧厂房改造任务"
    assert names_things_by_year(s, s.index("2010"))
    assert [g.quote for g in records("某市厂房改造\n" + s + "。\n", "goal")] == []
    s2 = "2031年底前建成社区食堂10个"
    assert not names_things_by_year(s2, 0)


def test_scope_before_a_years_deed():
    from extract.rules.goal_date_cues import year_deed
    assert year_deed("全县2031年农村危房改造新开工120户")[0] == 2031
    assert year_deed("我市2031年新建公园8个")[0] == 2031
    assert year_deed("全县2031年累计新建公园8个")[0] is None  # a total reached
    assert year_deed("全县2031年共有公园8个")[0] is None  # a state, no deed
