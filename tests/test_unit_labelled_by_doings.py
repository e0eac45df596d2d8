from extract.rules.unit_charge_finders import find_by_unit_doing
from extract.rules.unit_labelled_by_doings import label_names_task, task_label_before


def test_task_label():
    assert label_names_task("增加舞台效果")
    assert label_names_task("布置会场")


def test_field_labels_are_no_tasks():
    assert not label_names_task("活动内容")
    assert not label_names_task("选拔时间")
    assert not label_names_task("接力项目")
    assert not label_names_task("安排时间")  # a verb, but the label names the item's time


def test_label_before_colon():
    text = "三、准备工作\n增加舞台效果:由信息部联系灯光公司。"
    at = text.index(":") + 1
    assert task_label_before(text, at) == (text.index("增加"), "增加舞台效果")


def test_find_by_unit_doing_reads_task_label():
    hits = find_by_unit_doing("增加舞台效果:由信息部联系灯光公司。")
    assert [(h.task, h.lead) for h in hits] == [("增加舞台效果", ["信息部"])]


def test_find_by_unit_doing_skips_field_label():
    assert find_by_unit_doing("选拔时间:由体育部另行通知安排。") == []
