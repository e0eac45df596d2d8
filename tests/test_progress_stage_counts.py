"""Works counted by the stage of their progress (N13)."""

from extract.rules.progress_stage_counts import count_then_stage, counts_works_by_stage
from extract.rules.targets import find_targets


def test_stage_clause_after_qizhong():
    assert counts_works_by_stage("全县24个敬老院项目,其中", "其中基础施工")
    assert counts_works_by_stage("全县24个敬老院项目,其中基础施工5个,", "主体在建")


def test_not_a_stage():
    assert not counts_works_by_stage("全县新建敬老院24个,其中", "其中新建")  # a kind of works
    assert not counts_works_by_stage("今年", "主体在建")  # no 其中


def test_stage_after_count():
    assert count_then_stage("正在施工中,预计年底完工")
    assert count_then_stage("在规划设计;")
    assert not count_then_stage(",正在选址")


def test_progress_note():
    s = "今年列入计划的敬老院项目24个,计划总投资3.1亿元,其中基础施工5个,主体在建9个,封顶装修4个。"
    got = [(h.value, h.unit) for h in find_targets(s, role="none")]
    assert got == [(3.1, "亿元")]
