"""(tgtA25) N12a: the stages a plan is carried out in (``将分3个阶段实施``) count how the plan is staged, no amount."""

from extract.rules.figure_frames import counts_own_outline
from extract.rules.targets import find_targets


def test_stages_of_a_plan():
    assert counts_own_outline("该方案将分", "个", "阶段推进")
    assert counts_own_outline("项目分为", "个", "步骤实施")
    assert not counts_own_outline("计划新建", "个", "阶段性成果展示馆")


def test_pipeline_keeps_the_amount_only():
    hits = [(h.value, h.unit) for h in find_targets("《三年行动》将分3个阶段实施,到2033年新建公园15个。")]
    assert hits == [(15.0, "个")]
