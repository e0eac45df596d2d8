"""(unitA31) U3: names the source separates by spaces only are units of their own, though the normaliser glued them;
a name spaced inside stays whole. Made-up texts."""

from rules_kit import units

PLAN = ("某市2031年送温暖活动方案\n活动:送温暖系列活动\n时间:2031年1月\n地点:全市\n"
        "主办单位:市委办公厅 市政府办公厅 市文明办 某报业集团 某广电集团\n一、活动内容\n走访慰问。\n")


def test_spaced_names_are_units():
    assert [lead for _, lead, _ in units(PLAN)] == [["市委办公厅", "市政府办公厅", "市文明办", "某报业集团", "某广电集团"]]


def test_a_name_spaced_inside_stays_whole():
    text = "某县老兵关爱方案\n一、走访慰问\n牵头单位:某县退役军人 事务局\n"
    assert [lead for _, lead, _ in units(text)] == [["某县退役军人事务局"]]


def test_a_place_spaced_before_its_office_stays_one_name():
    text = "某县书屋方案\n一、书屋建设\n牵头单位:某县 文旅局\n"
    assert [lead for _, lead, _ in units(text)] == [["某县文旅局"]]
