"""(tgtB36) cues of the thirty-sixth round: projects counted in 宗, a project count before its planned investment, a
``|`` table's budget column. Made-up examples only."""

from extract.rules.budget_columns import budget_column_values
from extract.rules.plan_item_counts import counts_projects_before_plan
from extract.rules.targets import find_targets


def _values(text):
    return [(h.value, h.unit) for h in find_targets(text, role="plan")]


def test_zong_counts_projects():
    assert (40.0, "宗") in _values("2031年,某县安排重点项目40宗,总投资120亿元。")
    assert (12.0, "宗") in _values("2031年,某县将实施12宗新开工项目。")


def test_zong_is_no_case_or_unbegun_project():
    assert all(u != "宗" for _, u in _values("2031年,某区将查处违法案件30宗。"))
    assert all(u != "宗" for _, u in _values("2031年,某县推进8宗未开工项目前期工作。"))


def test_project_count_before_planned_investment():
    assert counts_projects_before_plan("列入市重点项目", "宗", ",年度投资计划20亿元,完成投资5亿元")
    assert counts_projects_before_plan("乡镇重点项目", "个", ",总投资8.5亿元")
    assert counts_projects_before_plan("2.前期类项目:共", "个", ",总投资10亿元,2031年计划投资6亿元")


def test_project_count_before_money_spent_or_other_count():
    assert not counts_projects_before_plan("市重点项目", "个", ",完成投资5亿元")
    assert not counts_projects_before_plan("市重点项目", "亿元", ",年度投资计划20亿元")
    assert not counts_projects_before_plan("新建学校", "所", ",总投资8亿元")


def test_project_count_in_pipeline():
    text = "2031年1-4月,某县重点项目进展如下。市重点项目20宗,年度投资计划30亿元,完成投资9亿元。"
    assert (20.0, "宗") in _values(text)


_BUDGET = ("三、预算明细\n| 项目名称 | 预算金额(元) | 说明 |\n|------|------|------|\n| 场地费 | 1500 | 含舞台 |\n"
           "| 奖品费 | 800| 证书 |\n| 合计 | 2300 ||\n四、资金来源")


def test_budget_column_rows():
    text = _BUDGET
    got = [(v.indicator, v.value, v.unit) for v in budget_column_values(text)]
    assert got == [("场地费", 1500.0, "元"), ("奖品费", 800.0, "元"), ("合计", 2300.0, "元")]
    v = budget_column_values(text)[0]
    assert text[v.start:v.end] == "场地费 | 1500"


def test_budget_column_other_headers():
    assert budget_column_values("| 项目 | 决算金额(元) |\n| 场地费 | 1500 |") == []
    assert budget_column_values("| 项目 | 金额(元) |\n| 场地费 | 1500 |\n预算如上") == []
    assert budget_column_values("| 项目 | 实际支出预算执行(万元) |\n| 场地费 | 15 |") == []
    got = budget_column_values("| 序号 | 支出项目 | 预算(万元) |\n| 1 | 设备购置 | 12.5 |")
    assert [(v.indicator, v.value, v.unit) for v in got] == [("设备购置", 12.5, "万元")]


def test_prize_giving_as_programme_item_is_no_award_told():
    from extract.rules.award_results import tells_award_result
    assert not tells_award_result("活动流程1.开场致辞2.文艺表演(", "8个节目)3.颁奖环节(优秀奖)")
    assert tells_award_result("比赛于5月3日举行颁奖,共", "30名选手获奖")


def test_budget_total_of_a_plan():
    from extract.rules.target_quantities import totals_funding
    assert totals_funding("八、经费预算总计约", "元", "status:总计")
    assert totals_funding("本次活动预算合计", "万元", "bare")
    assert not totals_funding("去年经费预算总计", "万元", "status:总计")
    assert not totals_funding("经费预算总计约", "人", "status:总计")


def test_index_kept_within_bound():
    from extract.rules.target_counts import index_level
    assert index_level("居民消费价格指数控制在", "以内;城镇登记失业率")
    assert not index_level("居民消费价格指数控制在", "项以内")
    assert not index_level("某某工作控制在", "以内")


def test_level_of_scoped_measure():
    from extract.rules.target_cues import level_of_scoped_measure
    assert level_of_scoped_measure("对垃圾进行分类的村占比和生活垃圾处理率均达")
    assert not level_of_scoped_measure("对超过")
    assert not level_of_scoped_measure("对收入达")


def test_level_of_scoped_measure_in_pipeline():
    text = "到2031年,对垃圾进行分类的自然村占比和生活垃圾无害化处理率均达60%以上。"
    assert [v for v, u in _values(text) if u == "%"] == [60.0, 60.0]


def test_project_word_after_count():
    assert counts_projects_before_plan("某镇重点项目建设计划涵盖三方面,共计", "个", "项目,总投资为300亿元")
    assert not counts_projects_before_plan("共计", "个", "项目,完成投资30亿元")


def test_project_count_split_by_stage_is_left():
    from extract.rules.plan_item_counts import split_by_stage
    assert split_by_stage(",计划总投资3亿元,其中基础施工5个,主体在建9个。")
    assert not split_by_stage(",计划总投资3亿元,其中新建5个,改扩建9个。")
    assert not counts_projects_before_plan("敬老院项目", "个", ",计划总投资3亿元,其中主体在建9个。")
