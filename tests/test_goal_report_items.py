"""Made-up texts for ``extract.rules.goal_report_items``: the task lines of a progress report's items (O3)."""

from rules_kit import records
from extract.rules.goal_report_items import result_label_heading, task_date_still_ahead
from extract.rules.target_cues import opens_result_label


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def test_task_date_still_ahead():
    assert task_date_still_ahead(2032, 2032)
    assert task_date_still_ahead(2033, 2032)


def test_task_date_still_ahead_near_misses():
    assert not task_date_still_ahead(2031, 2032)  # over at the report's date
    assert not task_date_still_ahead(None, 2032)  # no year of its own
    assert not task_date_still_ahead(2033, None)  # an undated report


def test_result_label_heading():
    assert result_label_heading("heading", "(三)完成情况:争取到某项资金,用", opens_result_label)
    assert result_label_heading("heading", "进展情况:", opens_result_label)
    assert result_label_heading("heading", "（三）完成情况：已完成招标", opens_result_label)


def test_result_label_heading_near_misses():
    assert not result_label_heading("heading", "二、关于某项目进展情况", opens_result_label)  # no label colon
    assert not result_label_heading("heading", "(一)责任领导:某某", opens_result_label)
    assert not result_label_heading("text", "(三)完成情况:已完工。", opens_result_label)  # a text line is read as before


_REPORT = ("某乡人民政府关于2031年民生实事项目进展情况的报告\n"
           "截止2032年2月,各项目均已完成或完成预定目标任务。现将有关情况简要报告如下:\n"
           "一、关于甲村供水提升项目进展情况\n"
           "(一)责任领导:某某\n"
           "(二)年度目标:完成5个供水站改造,总投资约300万元,计划于2031年8月完工。\n"
           "(三)完成情况:5个供水站于2031年6月全面完工。\n"
           "二、关于乙溪整治项目进展情况\n"
           "(一)责任领导:某某\n"
           "(二)年度目标:新建堰坝2座,总投资约80万元,计划于2032年10月完工。\n"
           "(三)完成情况:已争取到上级资金,用\n")


def test_report_item_still_ahead_is_a_goal():
    got = goals(_REPORT)
    assert any("2032年10月完工" in q and y == 2032 for q, y in got)
    assert not any("2031年8月完工" in q for q, y in got)  # over at the report's date: the result measures it


def test_report_item_over_is_no_goal():
    text = _REPORT.replace("计划于2032年10月完工", "计划于2031年10月完工")
    assert not any("完工" in q for q, y in goals(text))
