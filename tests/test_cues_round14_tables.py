"""Fourteenth round, table rows whose cells come in other orders than the table readers expected: dash cells in an
indicator table's base column, measure cells before plan cells in spaced progress tables, plan rows of bare numbers,
reached-value columns, a number given to each of two years. Made-up texts in the genre's style."""

from extract.rules.target_years import each_of_two_years
from extract.table_cues import (is_empty_value, is_plan_column, is_result_column, is_value_note, measure_unit_cell,
                                plan_value_cell, result_year)
from rules_kit import records


def targets(text):
    return sorted((r.value, r.unit, r.comparator, r.target_year) for r in records(text, "numeric_target"))


def quotes(text):
    return sorted((r.quote, r.value) for r in records(text, "numeric_target"))


# -- cues --------------------------------------------------------------------------------------------------------------
def test_empty_value_cells():
    assert is_empty_value("-") and is_empty_value("—") and is_empty_value("/") and is_empty_value(" -- ")
    assert not is_empty_value("/10万") and not is_empty_value("-5") and not is_empty_value("28")


def test_plan_and_result_columns():
    assert is_plan_column("目标任务") and is_plan_column("年度目标") and is_plan_column("计划数")
    assert is_plan_column("新增站点年度目标", row=True) and is_plan_column("改造户数计划数", row=True)
    assert not is_plan_column("计划完成情况") and not is_plan_column("指标名称") and not is_plan_column("单位")
    assert not is_plan_column("实际完成", row=True) and not is_plan_column("新增站点", row=True)
    assert is_result_column("1-6月累计完成情况") and is_result_column("实际完成") and is_result_column("完成进度")
    assert not is_result_column("目标任务")


def test_measure_and_plan_cells():
    assert measure_unit_cell("个") == "个" and measure_unit_cell("人次") == "人次" and measure_unit_cell("元/人/月") == "元/人/月"
    assert measure_unit_cell("万元") == "万元" and measure_unit_cell("%") == "%"
    assert measure_unit_cell("区教育局") is None and measure_unit_cell("新增学位") is None
    assert plan_value_cell("2295") == ("=", 2295.0) and plan_value_cell("不低于4000") == (">=", 4000.0)
    assert plan_value_cell("12以上") == (">=", 12.0) and plan_value_cell("不超过5") == ("<=", 5.0)
    assert plan_value_cell("2520元") is None and plan_value_cell("47.7%") is None and plan_value_cell("1*2") is None


def test_reached_value_columns_and_value_notes():
    assert result_year("2030年实现值") == 2030 and result_year("2030年 实际值") == 2030
    assert result_year("2030年目标值") is None and result_year("2030年") is None
    assert is_value_note("省下达目标值") and is_value_note("国家下达 指标")
    assert not is_value_note("市生态") and not is_value_note("区教育局")


def test_each_of_two_years():
    assert each_of_two_years("力争2030年和2031年每年改造") == (2030, 2031)
    assert each_of_two_years("完成2030、2031年各") == (2030, 2031)
    assert each_of_two_years("2030-2031年每年改造") is None  # a span: its end year
    assert each_of_two_years("2030年新建3所,2031年各") is None
    assert each_of_two_years("到2030年每年改造") is None
    assert each_of_two_years("2030年和2031年分别达到") is None  # one value per year, in order


# -- indicator tables with dash cells ------------------------------------------------------------------------------------
_DASHES = """某县“十五五”卫生健康主要发展指标

领域

序号

主要指标

单位

2025年

2030年目标

指标性质

健康水平

1

人均预期寿命

80.1

>81

预期性

2

甲类慢性病过早死亡率

%

-

<10

预期性

3

每万人口拥有社区医生数

-

5

预期性

4

居民献血率

-

持续提升

预期性
"""


def test_dash_fills_the_base_column():
    assert targets(_DASHES) == [(5.0, "", "=", 2030), (10.0, "%", "<", 2030), (81.0, "", ">", 2030)]
    q = dict((v, q) for q, v in quotes(_DASHES))
    assert q[10.0] == "甲类慢性病过早死亡率\n\n%\n\n-\n\n<10" and q[5.0] == "每万人口拥有社区医生数\n\n-\n\n5"


def test_dash_in_the_unit_column_of_a_pipe_table():
    text = """某区教育发展规划(2026-2030年)
表1 主要发展指标
| 序号 | 指标 | 单位 | 2025年 | 2030年 | 属性 |
| 1 | 学前三年毛入园率 | % | 90 | 95 | 预期性 |
| 2 | 普惠性幼儿园覆盖率 | % | - | 85 | 约束性 |
| 3 | 每万人口拥有社区医生数 | - | 3 | 4 | 预期性 |
"""
    assert targets(text) == [(4.0, "", "=", 2030), (85.0, "%", "=", 2030), (95.0, "%", "=", 2030)]


def test_reached_value_column_is_a_base():
    text = """类别 | 序号 | 指 标 名 称 | 单位 | 2030年 目标值 | 2025年 实现值 | 权重 |
社会发展 | 9 | 城镇居民人均住房面积 | 平方米 | 40.5 | 36.2 | 4 |
指标解释
"""
    assert targets(text) == [(40.5, "平方米", "=", 2030)]


def test_value_note_stays_out_of_the_unit_cell():
    text = """序号 |
指标名称 |
单位 |
2025年 |
2027年 |
2029年 |
牵头单位 |
1 |
城区绿化覆盖率 |
% |
40.2 |
≥41 |
省下达 目标值 |
县住建局 |
2 |
公园数量 |
个 |
12 |
14 |
16 |
县住建局 |
"""
    got = targets(text)
    assert (41.0, "%", ">=", 2027) in got
    units = [(r.task, r.lead_units) for r in records(text, "unit_assignment")]
    assert ("城区绿化覆盖率", ["县住建局"]) in units


# -- spaced tables ---------------------------------------------------------------------------------------------------
_PROGRESS = """某区2031年1-6月重点民生实事项目完成情况
序号 指标名称 单位 目标任务 1-6月累计完成情况 完成进度 备注 责任单位
1 新增公办托位 个 600 250 41.7%   区卫健局
2 开展技能培训 技能培训 人次 1200 500 41.7%   区人社局
农民工专项培训 300 120 40%
3 配备社区医生 建制镇卫生院3名医生全覆盖 1*3 1*5 166% 已配备5名医生 区卫健局
4 提高城乡低保标准 城市低保标准 元/月 不低于900 950元 105.6% 区民政局
5 困难群体补贴 元/人/月 不
"""


def test_spaced_progress_table_reads_the_plan_cells():
    assert targets(_PROGRESS) == [(300.0, "人次", "=", None), (600.0, "个", "=", None), (900.0, "元/月", ">=", None),
                                  (1200.0, "人次", "=", None)]
    q = dict((v, q) for q, v in quotes(_PROGRESS))
    assert q[1200.0] == "技能培训 人次 1200" and q[300.0] == "农民工专项培训 300"


def test_progress_table_without_plan_column_gives_nothing():
    text = """某区2031年1-6月重点民生实事项目完成情况
序号 指标名称 单位 1-6月累计完成情况 完成进度 责任单位
1 新增公办托位 个 250 41.7% 区卫健局
2 开展技能培训 人次 500 41.7% 区人社局
"""
    assert targets(text) == []


def test_plan_rows_of_bare_numbers():
    text = ("2031年民生实事项目1-6月进展情况。 3.新增公交站点30个。 牵头领导:张三 责任单位:市交通局 东区 西区 北区 合计 "
            "新增站点年度目标 8 12 10 30 实际完成 3 5 0 8")
    got = quotes(text)
    assert ("新增站点年度目标 8", 8.0) in got and ("新增站点年度目标 8 12 10 30", 30.0) in got
    assert not any(q.startswith("实际完成") for q, _v in got)
    assert all(v != 5.0 for _q, v in got)  # result cells are status


def test_plan_row_of_years_is_a_header():
    text = "甲项工程推进情况 东区 西区 年度目标 2030 2031 2032 实际完成 1 2 0"
    assert targets(text) == []


def test_spaced_indicator_table():
    text = """某区教育事业发展规划(2026-2030年)
表1 主要发展指标
序号 指标 单位 2025年 2030年 属性
1 学前三年毛入园率 % 90 95 预期性
2 普惠性幼儿园覆盖率 % - 85 约束性
3 新增公办学位 个 - 3000 预期性
4 每万人口拥有社区医生数 - 4 预期性
"""
    assert targets(text) == [(4.0, "", "=", 2030), (85.0, "%", "=", 2030), (95.0, "%", "=", 2030),
                             (3000.0, "个", "=", 2030)]


def test_each_of_two_years_gives_two_targets():
    text = "三、主要任务\n(一)实施居家适老化改造,力争2030年和2031年每年改造1.5万户以上。\n"
    assert targets(text) == [(1.5, "万户", ">=", 2030), (1.5, "万户", ">=", 2031)]
    respective = "三、主要任务\n(一)2030年和2031年分别新增学位1200个和1500个。\n"
    assert [t[0] for t in targets(respective)].count(1200.0) == 1  # no copy for the other year
    span = "三、主要任务\n(一)实施居家适老化改造,2030-2031年每年改造1.5万户以上。\n"
    assert targets(span) == [(1.5, "万户", ">=", 2031)]
