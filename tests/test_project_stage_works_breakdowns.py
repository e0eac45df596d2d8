"""(tgtA25) N12a, N13: list make-ups. A project count inside a breakdown that lists the works themselves is an item
of what the works deliver; the items of a list counted by state, and the parts of a total read as a list's count, are
the list's make-up."""

from extract.rules.project_stage_counts import breaks_down_works, counts_projects_by_stage
from extract.rules.targets import find_targets


def test_breakdown_of_works_before_the_part():
    assert breaks_down_works("共实施6个项目,其中新建小学2所,幼儿园1所,改建项目", "改建项目")
    assert not counts_projects_by_stage("共实施6个项目,其中新建小学2所,幼儿园1所,改建项目", "改建项目", "个")


def test_breakdown_by_stage_stays_a_list_count():
    assert not breaks_down_works("今年安排项目25个,其中续建项目", "续建项目")
    assert counts_projects_by_stage("今年安排项目25个,其中续建项目", "续建项目", "个")


def test_pipeline_keeps_the_project_item():
    hits = [(h.value, h.unit) for h in find_targets("东区今年实施学校工程共7个,其中新建初中2所,幼儿园3所,改建项目2个,建成后将增加学位2400个。")]
    assert (2.0, "个") in hits and (3.0, "所") in hits


def test_cases_counted_by_state():
    from extract.rules.project_stage_counts import counts_cases_by_state

    assert counts_cases_by_state("其中已办结的有", "件")
    assert counts_cases_by_state("正在推进或计划推进的有", "项")
    assert not counts_cases_by_state("今年有", "件")
    hits = [(h.value, h.unit) for h in find_targets("在办理的建议中,已办结的有40件,计划年内办结的有12件。", role="none")]
    assert hits == []


def test_parts_of_a_counted_list_share_its_count():
    hits = [(h.value, h.unit) for h in find_targets("大会票决出2032年度民生实事项目30件,其中县级8件、乡镇级22件。")]
    assert hits == []
    kept = [(h.value, h.unit) for h in find_targets("今年新建学校10所,其中小学6所、初中4所。")]
    assert (6.0, "所") in kept and (4.0, "所") in kept
