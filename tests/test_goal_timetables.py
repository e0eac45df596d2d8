"""Made-up texts for ``extract.rules.goal_timetables``: the months of a timetable's steps are no past marker (O3)."""

from rules_kit import records
from extract.rules.goal_timetables import without_timetable_months
from extract.rules.goals import reports_past


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def test_planned_month_masked():
    s = "由某办负责的甲村道路硬化项目,建设道路5公里,预计2031年11月份完成"
    out = without_timetable_months(s)
    assert len(out) == len(s) and "11月份" not in out and "2031年" in out
    assert not reports_past(s)
    assert "6月份" not in without_timetable_months("某项目计划于2031年6月份建成")


def test_step_span_masked():
    s = "2031年3月底前完成工作部署;4月底前确定名单;11-12月进行总结验收"
    assert "11-12月" not in without_timetable_months(s)
    assert not reports_past(s)
    assert "5-6月" not in without_timetable_months("2031年3月下旬前确定项目,5-6月开发课件")


def test_period_to_date_kept():
    assert without_timetable_months("1-6月完成投资12亿元") == "1-6月完成投资12亿元"  # no step deadline
    assert without_timetable_months("1-9月,全市新增就业3000人") == "1-9月,全市新增就业3000人"
    assert without_timetable_months("某项目已于2030年5月份完成招标") == "某项目已于2030年5月份完成招标"  # no plan word


def test_timetable_sentences_are_goals():
    text = ("某镇为民办实事项目进展\n"
            "由某办负责的甲村道路硬化项目,建设道路5公里,预计2031年11月份完成。\n"
            "2031年3月底前完成工作部署;4月底前确定名单;11-12月进行总结验收。\n")
    got = goals(text)
    assert any("11月份完成" in q and y == 2031 for q, y in got)
    assert any("总结验收" in q and y == 2031 for q, y in got)
