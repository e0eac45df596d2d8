"""(unitA37) Host labels numbered by a Taiwan outline's formal numerals (``肆、主辦單位:…`` / ``伍、協辦單位:…``) (made-up text)."""

from rules_kit import units

from extract.normalise import _ITEM_ROLE_LABEL_LINE
from extract.rules.unit_host_blocks import _MARK
import re

T = ("某縣立某高中成年禮淨山活動實施計畫\n\n壹、計畫源起:\n\n一、依據某計畫辦理。\n\n參、核心精神:淨山環保\n\n"
     "肆、主辦單位:某高中學務處。\n\n伍、協辦單位:各處室。\n\n陸、活動日期:104年10月22日下午\n")


def test_formal_numeral_host_labels_give_the_plan_row():
    assert units(T) == [("某县立某高中成年礼净山活动实施计划", ["某高中学务处"], ["各处室"])]


def test_the_marks_themselves():
    assert _ITEM_ROLE_LABEL_LINE.match("肆、主办单位:某高中学务处。") is not None
    assert re.match(_MARK, "伍、").end() == 2
    assert re.match(_MARK, "四、").end() == 2


def test_plain_numerals_unchanged():
    t = T.replace("肆、", "四、").replace("伍、", "五、")
    assert units(t) == [("某县立某高中成年礼净山活动实施计划", ["某高中学务处"], ["各处室"])]


def test_host_items_read_formal_marks():
    from extract.rules.unit_host_items import _MARK as ITEM_MARK
    assert re.match(ITEM_MARK, "肆、").end() == 2
    assert re.match(ITEM_MARK, "(伍)").end() == 3
