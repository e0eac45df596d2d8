"""(unitA37) A line that opens with a short list of names closed by a colon (``甲部,乙部:``) is a line of its own,
never the wrap of the line above (made-up text)."""

from rules_kit import units

from extract.rules.wrapped_lines import _opens_own_line


def test_listed_label_opens_own_line():
    assert _opens_own_line("组织部,学习部:负责决赛当天的搭台工作")
    assert _opens_own_line("甲组、乙组:负责场地布置")
    assert not _opens_own_line("负责决赛当天的搭台工作,并做好会场纪律")


def test_duty_run_keeps_the_listed_head():
    t = ("工作分配:\n秘书处:主要负责通知邀请工作以及学生会成员到场的监督问题、负责决赛现场算分和统计分数\n"
         "甲部,乙部:负责决赛当天的搭台工作,负责当天会场的纪律问题\n生活部:主要负责准备当天活动所需物品\n")
    got = units(t)
    assert ("负责决赛当天的搭台工作", ["甲部", "乙部"], []) in got
    assert all(not task.endswith("甲部") for task, _, _ in got)
