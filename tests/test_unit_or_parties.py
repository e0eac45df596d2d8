"""(unitA31) U3 (twenty-sixth round): ``或``/``或者`` between two parties each named in full names both, in the role the
clause gives; it stays inside a name that holds it. Made-up texts (the rule's own example first)."""

from rules_kit import units

from extract.rules.units import split_units


def _rows(sentence):
    return [(t, lead) for t, lead, _ in units("某县书屋管理办法\n一、管理\n" + sentence + "\n")]


def test_the_rules_example():
    assert _rows("由县文旅局或者县图书馆负责书屋验收。") == [("书屋验收", ["县文旅局", "县图书馆"])]


def test_a_by_clause_with_two_parties():
    assert _rows("由县卫健局或者县政府指定部门按照有关规定处理。") == [("按照有关规定处理", ["县卫健局", "县政府指定部门"])]
    assert _rows("由县文旅局或县图书馆统一配送图书。") == [("统一配送图书", ["县文旅局", "县图书馆"])]


def test_the_splitter():
    assert split_units("县文旅局或者县图书馆") == ["县文旅局", "县图书馆"]
    assert split_units("县文旅局或县图书馆") == ["县文旅局", "县图书馆"]
