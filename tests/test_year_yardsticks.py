"""The year's target cited as the yardstick of results to date (N13c, twentieth round)."""

from extract.rules.targets import find_targets
from extract.rules.year_yardsticks import names_year_target
from test_rules import targets


def test_label_before_amount():
    assert names_year_target("农村电商培训3100人,占全年目标任务")
    assert names_year_target("(年度任务")
    assert names_year_target("改造危房全年任务目标数是")
    assert names_year_target("完成年目标任务")
    assert names_year_target("登记失业率控制在2.9%,比年目标任务")  # the target the result is compared with


def test_no_label():
    assert not names_year_target("全年完成")
    assert not names_year_target("目标任务")
    assert not names_year_target("今年目标任务")  # the running year's: a plan's own words, left to the usual cues
    assert not names_year_target("覆盖率高于年度目标任务")  # a comparison's margin


def test_yardstick_is_target_result_is_not():
    hits = find_targets("截至目前,全镇农村电商培训3100人,占全年目标任务2500人的124%。", role="report")
    assert [(h.value, h.unit) for h in hits] == [(2500.0, "人")]


def test_margin_is_no_target():
    hits = find_targets("截至10月底,某区覆盖率达到71.5%,高于年度目标任务1.5个百分点。", role="report")
    assert all("year_target" not in h.cues for h in hits)


def test_end_to_end_in_a_recount():
    ts = targets("近年来,某县扎实推进技能培训。截至目前,培训农民工5230人,完成全年目标任务4800人的109%;"
                 "新增就业830人,占全年目标任务700人的118.6%。")
    assert sorted((t.value, t.unit) for t in ts) == [(700.0, "人"), (4800.0, "人")]
