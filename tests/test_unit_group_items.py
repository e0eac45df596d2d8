from extract.rules.unit_group_items import glued_group_items, split_group_items


def test_glued_items_read_one_by_one():
    t = "七、分工安排1.节目组:负责节目筛选、排练2.后勤组:场地布置、物资准备3.宣传组:摄影、新闻报道八、经费预算约5000元"
    rows = glued_group_items(t)
    assert [(x[2], x[3]) for x in rows] == [("负责节目筛选、排练", ["节目组"]), ("场地布置、物资准备", ["后勤组"]),
                                            ("摄影、新闻报道", ["宣传组"])]
    a, b, *_ = rows[0]
    assert t[a:b] == "节目组:负责节目筛选、排练"


def test_single_or_unnumbered_glued_item_is_left():
    assert glued_group_items("1.节目组:负责节目筛选、排练\n") == []
    assert glued_group_items("1.节目组:负责节目筛选2.主持人:负责主持\n") == []
    assert glued_group_items("1.节目组:负责节目筛选3.后勤组:负责场地\n") == []  # not one after the other


def test_split_paragraphs():
    t = ("<p>①电机组:</p><p>负责音响设备的调试及音乐控制、摄像</p><p>②奖品准备组</p><p>负责统计奖品数量、名次</p>"
         "<p>③安全管理组(有节目的除外)</p><p>负责学生安全隐患的排查。另行通知</p><p>④主持人</p><p>负责现场主持工作</p>")
    rows = split_group_items(t)
    assert [(x[2], x[3]) for x in rows] == [("负责音响设备的调试及音乐控制、摄像", ["电机组"]),
                                            ("负责统计奖品数量、名次", ["奖品准备组"]), ("负责学生安全隐患的排查", ["安全管理组"])]
    a, b, *_ = rows[0]
    assert t[a:b] == "电机组:</p><p>负责音响设备的调试及音乐控制、摄像"


def test_split_needs_duty_paragraph():
    assert split_group_items("<p>①电机组:</p><p>音响设备调试</p>") == []
