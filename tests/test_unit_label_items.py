"""(unitA25) A unit's label alone on its line over its numbered duty lines (U8a). Made-up texts."""

from rules_kit import units


def test_each_numbered_line_under_a_unit_label_is_its_row():
    text = ("三、职责分工\n(一)某县文旅局:\n(1)制定读书节总体方案。\n(2)组织开幕式。\n(二)某县教育局:\n(1)组织中小学生参加征文活动。\n"
            "四、活动要求\n")
    assert [(t, lead) for t, lead, _ in units(text)] == [
        ("制定读书节总体方案", ["某县文旅局"]), ("组织开幕式", ["某县文旅局"]), ("组织中小学生参加征文活动", ["某县教育局"])]


def test_full_width_marks_and_colon():
    text = "三、职责分工\n（一）某县卫健局：\n1．做好赛事医疗保障。\n2．开展健康知识宣传。\n"
    assert [lead for _, lead, _ in units(text)] == [["某县卫健局"], ["某县卫健局"]]


def test_sibling_labels_and_member_lines_give_nothing():
    assert units("(6)场地保障组:\n(7)纪律检查组:\n第二项:比赛项目:\n1、组织项目\n") == []
    assert units("一、检查小组:\n组长:张三\n成员:李四\n二、查处分工:\n") == []


# (unitA28) a charter's sections: ``一、某组:`` over ``(一)`` items (a label of another class than its items)
def test_numeral_label_over_paren_numeral_items():
    rows = units("第五条 本会设下列各组,其职掌如下:\n一、联络组:\n(一)安排来宾接待。\n(二)寄发会议通知。\n"
                 "二、器材组:\n(一)保管音响设备。\n(二)借还活动帐篷。\n")
    assert ("安排来宾接待", ["联络组"], []) in rows and ("寄发会议通知", ["联络组"], []) in rows
    assert ("保管音响设备", ["器材组"], []) in rows and ("借还活动帐篷", ["器材组"], []) in rows
    assert len(rows) == 4


def test_paren_numeral_label_siblings_are_no_items():
    rows = units("(一)联络组:\n(二)器材组:\n(三)宣传组:\n")
    assert rows == []


def test_digit_label_over_paren_numeral_items_traditional():
    rows = units("2. 總務組:\n(一)採購辦公用品。\n(二)管理場地租借。\n")
    assert ("采购办公用品", ["总务组"], []) in rows and ("管理场地租借", ["总务组"], []) in rows
