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
