"""(unitA31) Owner-named duty lists (U8b (i)) in two more forms: items numbered with a financial numeral (``(壹)``, ``贰、``),
and a lead-in naming its owner by a pronoun after the paragraph that defines the body (``X是…。其主要职责范围是:``).
Made-up texts."""

from rules_kit import units

from extract.cues import is_unit_cell
from extract.rules.unit_pronoun_owners import pronoun_owner_lead_ins


def test_financial_numeral_marks():
    text = ("某社区居民委员会工作条例\n第二条 居民委员会在街道的指导下进行工作。第三条某社区居民委员会的任务是:\n"
            "(壹)宣传法律、法规和国家政策;\n(二)执行居民会议的决议、决定;\n(三)办理本居住区居民的公共事务;\n")
    assert [(t, lead) for t, lead, _ in units(text)] == [
        ("宣传法律、法规和国家政策", ["某社区居民委员会"]), ("执行居民会议的决议、决定", ["某社区居民委员会"]),
        ("办理本居住区居民的公共事务", ["某社区居民委员会"])]


def test_pronoun_lead_in_after_the_bodys_definition():
    text = ("某县书屋理事会职责\n书屋理事会是某县书屋的议事机构,是书屋对外联络的桥梁。\n其主要职责范围是:\n"
            "一、审议书屋的年度工作计划。\n二、监督书屋经费的使用。\n")
    assert [(t, lead) for t, lead, _ in units(text)] == [
        ("审议书屋的年度工作计划", ["书屋理事会"]), ("监督书屋经费的使用", ["书屋理事会"])]


def test_no_body_defined_before_the_pronoun():
    assert pronoun_owner_lead_ins("书屋要办好。\n其主要职责是:\n一、借阅。", is_unit_cell) == []
    assert pronoun_owner_lead_ins("各书屋是阅读阵地。\n其主要职责是:\n一、借阅。", is_unit_cell) == []
