"""``<task>由X承担``: the passive of ``X承担Y`` (U7 twentieth round). Made-up text."""

from rules_kit import units

from extract.rules.unit_passive_charges import passive_take_on


def test_passive_take_on_gives_the_row():
    assert units("联席会议的日常工作由某县文旅局承担。") == [("联席会议的日常工作", ["某县文旅局"], [])]
    assert units("本细则的解释工作由某市卫健委承担。") == [("本细则的解释工作", ["某市卫健委"], [])]
    assert units("校車安全檢查任務由某縣教育局承擔。") == [("校车安全检查任务", ["某县教育局"], [])]


def test_money_liability_and_collectives_give_none():
    assert passive_take_on("所需工作经费由某县财政局承担。") == []  # a funding clause (U3a)
    assert passive_take_on("安全责任由某公司承担。") == []  # a liability (U4d)
    assert passive_take_on("校园安全检查工作由各学校承担。") == []  # a collective (U7d)
    assert passive_take_on("校园安全检查工作由某县教育局承担了大部分。") == []  # not closing the sentence


# (unitB26) the same passive with a verb of handling closing the sentence: ``<topic>由X督办/统一管理/处理``
from extract.rules.unit_passive_charges import passive_handling  # noqa: E402


def test_passive_handling_gives_the_row_with_the_verb_in_the_task():
    assert units("各校上报的整改清单由某县督查室督办。") == [("督办各校上报的整改清单", ["某县督查室"], [])]
    assert units("全县校车运行台账由某县交通局统一管理。") == [("统一管理全县校车运行台账", ["某县交通局"], [])]
    assert units("群众来电反映的问题由某区信访科处理。") == [("处理群众来电反映的问题", ["某区信访科"], [])]


def test_passive_handling_on_a_numbered_line_of_its_own():
    text = "6、考勤记录由人事处存档。\n\n7、例会议定的事项由党政办公室督办。\n"
    assert units(text) == [("督办例会议定的事项", ["党政办公室"], [])]


def test_passive_handling_leaves_money_collectives_people_and_events():
    assert passive_handling("专项经费由某县财政局统一管理。") == []  # a funding clause (U3a)
    assert passive_handling("实验器材由各学校统一管理。") == []  # a collective (U7d)
    assert passive_handling("图书借阅由专人管理。") == []  # a person, no organisation
    assert passive_handling("校园艺术节由某县文联组织实施。") == []  # U7e's event verb
    assert passive_handling("考卷由某县教育局督办后装订。") == []  # the verb closes no sentence


# (unitB27) verbs of deciding or arranging, a comma before 由, an item's mark, 则 before 由
def test_passive_deciding_and_arranging_verbs():
    assert units("演出服装的款式由某县文化馆自主决定。") == [("自主决定演出服装的款式", ["某县文化馆"], [])]
    assert units("护旗方阵由某校体育组安排。") == [("安排护旗方阵", ["某校体育组"], [])]
    assert units("获奖名单由某市评审委员会审定。") == [("审定获奖名单", ["某市评审委员会"], [])]


def test_passive_handling_after_a_comma_an_item_mark_and_then():
    assert units("(二) 通知将转发到各村,由某镇党政办处理。") == [("处理通知将转发到各村", ["某镇党政办"], [])]
    assert units("补助款拨付后,其使用范围则由某县老年协会自主决定。") == [("自主决定其使用范围", ["某县老年协会"], [])]
    assert units("③ 赛程表由某区体育局确定。") == [("确定赛程表", ["某区体育局"], [])]


def test_deciding_verbs_keep_the_guards():
    assert passive_handling("比赛场地由各学校安排。") == []  # a collective (U7d)
    assert passive_handling("专项资金由某县财政局统一管理。") == []  # money handled: a funding clause (U3a)
    assert passive_handling("活动方案由某县文化馆决定后上报。") == []  # the verb closes no sentence


def test_hand_over_is_no_passive_handling():
    assert passive_handling("该件建议交由某县水利局办理。") == []  # a hand-over (U7, nineteenth round)


def test_passive_handling_closed_by_a_comma():
    assert units("本批申请由某区民政科办理,预计月底办结。") == [("办理本批申请", ["某区民政科"], [])]


# (unitB27) ``由X统筹Y``: 统筹 with its object is the lead's own doing (rules.unit_charge_finders.find_by_unit_doing)
def test_by_unit_oversees_its_task():
    assert units("由某区文体局统筹全区健身步道建设。") == [("统筹全区健身步道建设", ["某区文体局"], [])]
    assert units("由某區文體局統籌全區健身步道建設。") == [("统筹全区健身步道建设", ["某区文体局"], [])]


# (unitB27) a manner between the unit and 负责 in the passive charge (rules.unit_charge_finders._LED_BY)
def test_passive_charge_with_a_manner_before_the_verb():
    assert units("村级书屋改造由某镇文化站按照建设标准负责组织实施。") == [("村级书屋改造", ["某镇文化站"], [])]
    assert units("校车年检由某县交通局依法负责。") == [("校车年检", ["某县交通局"], [])]
