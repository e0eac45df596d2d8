"""``cues.title_tells_situation``: a title whose head noun is the state of the work told is a report's title."""

import pytest

from extract.cues import title_reports_past, title_tells_situation


@pytest.mark.parametrize("title", ["某区教育工作情况", "关于某县义务教育均衡发展实施情况的报告", "某校2030年工作汇报",
                                   "某镇学前教育推进情况(第二季度)", "某区教育局工作汇报材料"])
def test_situation_titles_report(title):
    assert title_tells_situation(title) and title_reports_past(title)


@pytest.mark.parametrize("title", ["关于征集对某项目实施情况专题询问意见的通告", "推进情况", "某区教育局2031年工作计划",
                                   "某区2030年教育工作情况及2031年工作打算", "关于报告工作情况的通知"])
def test_not_situation_titles(title):
    assert not title_tells_situation(title)
    assert not title_reports_past(title)
