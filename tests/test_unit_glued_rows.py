"""(unitB24) A small task table glued into one run per row under a glued header whose last word is the unit column:
each row's unit is the name glued to its end (U1, U6). Made-up texts."""

from rules_kit import units

from extract.rules.unit_glued_rows import closing_unit, glued_header_roles

PLAN = ("某区2031年全民健身月活动方案\n四、活动安排\n日期活动项目承办单位\n6月1.全民健身广场舞展演区文体局\n"
        "2.青少年围棋公开赛围棋协会\n7月1.社区趣味运动会组织工作街道办事处\n五、工作要求\n各单位要精心组织。\n")


def test_the_rows_under_a_glued_header():
    assert [(task, lead, resp) for task, lead, resp in units(PLAN)] == [
        ("全民健身广场舞展演", ["区文体局"], []), ("青少年围棋公开赛", ["围棋协会"], [])]


def test_glued_headers():
    assert glued_header_roles("日期活动项目承办单位")
    assert glued_header_roles("序号工作任务责任单位")
    assert not glued_header_roles("各责任单位")
    assert not glued_header_roles("时间 活动内容 负责单位")


def test_closing_units():
    assert closing_unit("全民健身广场舞展演区文体局") == len("全民健身广场舞展演")
    assert closing_unit("青少年围棋公开赛围棋协会") == len("青少年围棋公开赛")
    assert closing_unit("开展全民健身宣传") is None


# (r25 unitB25) a glued header with a progress column after the units, rows ``<task>。<unit>,<unit><progress>``
from extract.rules.unit_glued_rows import glued_progress_row  # noqa: E402


def test_glued_progress_row_units_end_where_the_progress_opens():
    line = "新建社区书屋12个。区文旅局,各街道目前已建成8个。"
    end, units = glued_progress_row(line)
    assert units == ["区文旅局", "各街道"] and line[:end].endswith("各街道")
    assert glued_progress_row("新建社区书屋12个。各街道正在推进")[1] == ["各街道"]
    assert glued_progress_row("新建社区书屋12个,年内完成。") is None


def test_rows_under_a_glued_progress_header():
    from test_rules import run_rules
    text = ("体育惠民项目进展\n惠民项目建设内容牵头单位推进情况\n上半年下半年\n"
            "口袋公园新建口袋公园12个。区住建局,各街道1.完成选址; 2.完成方案设计。\n"
            "健身讲座开展科学健身讲座30场。区体育局目前已举办讲座11场。\n")
    rows = [(r.lead_units, r.responsible_units) for r in run_rules(text).records if r.type == "unit_assignment"]
    assert rows == [(["区住建局", "各街道"], []), (["区体育局"], [])]
