"""(unitB24) A branch's name written after its parent office ends a list's last unit, not the parent's ending (U3,
U4b). Made-up texts."""

from rules_kit import units

from extract.rules.unit_name_tails import branch_tail


def test_a_branch_after_its_office_stays_in_the_name():
    text = "2031年工作任务分解\n一、重点任务\n7.完成辖区地质灾害隐患点排查。(分管领导:孙立川;牵头单位:市自然资源局东坪分局)\n"
    assert [(lead, resp) for _, lead, resp in units(text)] == [(["市自然资源局东坪分局"], [])]


def test_branch_tails():
    assert branch_tail("东坪分局)") and branch_tail("城关派出所") and branch_tail("一大队")
    assert not branch_tail("东城西城") and not branch_tail("负责全市噪声监测")


# (unitB26) a body under its parent's full name is one unit however long; ``办事处`` and ``社区`` cut no name
from extract.cues import is_unit_cell  # noqa: E402
from extract.rules.unit_name_tails import nested_body_name  # noqa: E402
from extract.rules.units import split_units  # noqa: E402


def test_a_body_under_its_parents_full_name_is_one_unit():
    assert nested_body_name("丁湖区望江路街道办事处文化综合服务站")
    assert nested_body_name("戊岭县石桥镇人民政府林业工作站")
    assert not nested_body_name("戊岭县石桥镇人民政府关于开展护林巡查的通知")  # no body's ending
    assert is_unit_cell("丁湖区望江路街道办事处文化综合服务站")
    assert split_units("丁湖区望江路街道办事处文化综合服务站") == ["丁湖区望江路街道办事处文化综合服务站"]
    assert split_units("己川县科协己川县文联") == ["己川县科协", "己川县文联"]  # two names glued: still two


def test_the_long_name_takes_the_passive_row():
    text = "本年度三场社区读书分享会的场地与书目由丁湖区望江路街道办事处文化综合服务站负责统筹安排。"
    assert [(lead, resp) for _, lead, resp in units(text)] == [(["丁湖区望江路街道办事处文化综合服务站"], [])]
