"""A clause after ``由X`` that says where money comes from is a funding channel, not a task put on a unit
(eval/README.md U7b, second pass of the twelfth round); a unit that does the work still leads it."""

from extract.rules.unit_charge_finders import find_by_unit_doing, pays_from


def test_a_budget_the_money_comes_from_gives_no_row():
    for text in ("由县财政安排专项资金列支。", "由市级财政统筹解决所需经费。", "由区财政给予每所学校补助资金。",
                 "由县财政局拨付经费并监督使用。", "由市财政局承担相关费用。"):
        assert find_by_unit_doing(text) == [], text


def test_a_unit_that_does_the_work_still_leads_it():
    got = [(h.task, h.lead) for h in find_by_unit_doing("由县文化馆组织送戏下乡演出50场。")]
    assert got == [("组织送戏下乡演出50场", ["县文化馆"])]
    got = [(h.task, h.lead) for h in find_by_unit_doing("由县教育局安排专人负责。")]
    assert got == [("安排专人负责", ["县教育局"])]


def test_the_cue_reads_the_clause_after_the_unit():
    assert pays_from("安排专项资金列支") and pays_from("统筹解决经费") and pays_from("支付相关费用")
    assert not pays_from("组织送戏下乡演出") and not pays_from("安排专人负责") and not pays_from("创作一批节目")
