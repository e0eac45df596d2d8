"""(unitA31) U7 ``X负责Y`` with a modal or a contrastive adverb between the unit and its verb (``应当``, ``则``, ``也``).
Made-up texts."""

from extract.rules.unit_charge_finders import find_charge_clauses


def _rows(text):
    return [(h.task, h.lead) for h in find_charge_clauses(text)]


def test_modal_and_adverb_before_the_charge():
    assert _rows("县财政局应当负责资金的拨付。") == [("资金的拨付", ["县财政局"])]
    assert _rows("县文化馆则负责文艺演出。") == [("文艺演出", ["县文化馆"])]
    assert _rows("县图书馆也负责图书的配送。") == [("图书的配送", ["县图书馆"])]


def test_no_unit_before_the_adverb():
    assert _rows("否则负责人要承担后果。") == []
