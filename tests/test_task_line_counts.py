from rules_kit import records

from extract.rules.task_line_counts import counts_several_tasks


def test_several_counts_joined():
    assert counts_several_tasks("新增20张家庭床位、10张养老床位")
    assert counts_several_tasks("开办5个暑托班、3个寒托班")
    assert counts_several_tasks("新增30个托额,推进6个“小小屋”提质")
    assert counts_several_tasks("新增20张家庭床位、10张养老床位,改建5张照护床位")


def test_not_a_clause_without_count():
    assert not counts_several_tasks("新增20张床位,方便老人就近入住")


def test_not_a_single_count():
    assert not counts_several_tasks("新增20张家庭床位")


def test_not_a_breakdown():
    assert not counts_several_tasks("新建医院12家,其中10家在郊区")


def test_not_without_verb_of_works():
    assert not counts_several_tasks("甲区20张、乙区10张")


_REPORT = ("2031年某区为民办实事项目一季度进展情况\n"
           "2031年某区共安排十项实事项目,均顺利推进,具体情况如下:\n"
           "1.新增20张家庭照护床位、10张养老床位\n"
           "已选定服务机构,正在施工。\n"
           "2.开办5个暑托班、3个寒托班\n"
           "已开办寒托班3个班级。\n"
           "3.新建甲园长者食堂\n"
           "已完成选址。\n")


def test_report_task_lines_read_with_every_count():
    got = sorted((r.value, r.unit) for r in records(_REPORT, "numeric_target"))
    assert (20.0, "张") in got and (10.0, "张") in got
    assert (5.0, "个") in got


def test_carried_on_counted_task():
    from extract.rules.task_line_counts import carries_on_counted_task
    assert carries_on_counted_task("推动8座“甲河”驿站功能提升")
    assert carries_on_counted_task("推进12个小区改造")
    assert not carries_on_counted_task("推进小区改造")
    assert not carries_on_counted_task("推进12个小区改造,方便居民出行")
    assert not carries_on_counted_task("新建12个小区")


def test_report_heading_carrying_task_on():
    text = ("2031年某区为民办实事项目进展情况\n"
            "2031年某区共安排十项实事项目,均顺利推进,具体情况如下:\n"
            "1.新增20张家庭照护床位、10张养老床位\n"
            "已选定服务机构,正在施工。\n"
            "2.推动8座“甲河”驿站功能提升\n"
            "已完成方案设计。\n")
    got = [(r.value, r.unit) for r in records(text, "numeric_target")]
    assert (8.0, "座") in got
