"""Guards of the ``由X+doing`` readers (rules.unit_by_name_guards, U7 eighteenth round, U7d): made-up texts only."""

from extract.rules.unit_by_name_guards import name_runs_into_doing
from rules_kit import units


def test_a_setting_up_verb_read_into_the_name_is_no_unit():
    assert name_runs_into_doing("省里成立专项办", "公室")
    assert not any(lead == ["省里成立专项办"] for _, lead, _ in units("由省里成立专项办公室,统筹书屋建设。"))


def test_a_body_whose_members_each_act_gives_no_row():
    assert units("由某县文联各会员单位、某县书协各分会组织作品进行展评。") == []


def test_a_body_the_government_names_stays_a_party():
    assert not name_runs_into_doing("县人民政府指定行政部门", "按规定处理")


def test_a_plain_doing_keeps_its_row():
    assert ("每年配送图书2万册", ["某市图书馆"], []) in units("由某市图书馆每年配送图书2万册。")
