"""(unitA31) A charter's duty lists (组织规程/处务规程): ``X掌理事项如下:`` / ``X掌理下列事项:`` owns its items (U8b (i)),
an article's number and another owner's lead-in are no items of a unit heading above them (G2, U8), and inline items run on
with no mark between them split at the next bracketed mark in sequence. Made-up texts."""

from rules_kit import units

from extract.rules.unit_article_items import article_number, opens_own_owner_list
from extract.rules.unit_duty_items import _inline_items
from extract.rules.unit_glued_marks import next_glued_mark

CHARTER = ("某县文化馆处务规程\n第 3 条\n本馆设下列组、室:\n一、研究组。\n二、秘书室。\n第 4 条\n研究组掌理事项如下:\n"
           "一、地方文化之调查及研究。\n二、馆藏资料之整理及出版。\n第 5 条\n秘书室掌理事项如下:\n一、文书、档案、出纳及采购。\n"
           "二、不属其他各组事项。\n")


def test_each_office_owns_its_own_items():
    assert [(t, lead) for t, lead, _ in units(CHARTER)] == [
        ("地方文化之调查及研究", ["研究组"]), ("馆藏资料之整理及出版", ["研究组"]),
        ("文书、档案、出纳及采购", ["秘书室"]), ("不属其他各组事项", ["秘书室"])]


def test_article_numbers_and_owner_lead_ins():
    assert article_number("第 4 条") and article_number("第十二條") and not article_number("第四条规定的事项")
    assert opens_own_owner_list("研究组掌理事项如下:") and not opens_own_owner_list("做好资料整理。")


def test_glued_inline_items():
    t = ":(一)甲事项之推动(二)乙事项之管理(三)其他事项"
    assert [t[a:b] for a, b in _inline_items(t, 1)] == ["甲事项之推动", "乙事项之管理", "其他事项"]
    assert next_glued_mark("(一)甲事项(三)乙", 0, 3, 9) is None  # not the next in sequence
