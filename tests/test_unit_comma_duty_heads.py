"""(unitA37) A duty head that names several units joined by commas (``甲部,乙部:负责…``), in a run of duty heads (made-up text)."""

from rules_kit import units

from extract.rules.unit_prose import comma_duty_units, duty_unit


def test_comma_parts_each_a_head():
    assert duty_unit("组织部,学习部") == ["组织部", "学习部"]
    assert comma_duty_units("宣传部，外联部") == ["宣传部", "外联部"]


def test_a_clause_before_the_unit_is_no_head():
    assert duty_unit("为做好工作,区教育局") is None
    assert comma_duty_units("组织部,") is None


def test_comma_head_in_a_run_of_duty_heads():
    t = ("工作分配:\n秘书处:主要负责通知邀请工作。\n甲部,乙部:负责决赛当天的搭台工作,负责当天会场的纪律问题\n"
         "生活部:主要负责准备当天活动所需物品\n")
    assert ("负责决赛当天的搭台工作", ["甲部", "乙部"], []) in units(t)
    assert len(units(t)) == 3


def test_without_the_change_the_head_stays_one_list():
    t = "秘书处:主要负责通知邀请工作。\n甲部、乙部:负责决赛当天的搭台工作\n"
    assert ("负责决赛当天的搭台工作", ["甲部", "乙部"], []) in units(t)
