from extract.rules.named_list_counts import counts_list_closed_by_deng
from extract.rules.targets import find_targets


def test_count_of_named_bodies():
    assert counts_list_closed_by_deng("甲委、乙局、丙部等", "部", "委联合印发《某意见》")


def test_count_of_named_items_as_subject():
    assert counts_list_closed_by_deng("其中,甲工程、乙工程等", "个", "项目均投资亿元以上")


def test_count_of_places_named_with_bracket():
    assert counts_list_closed_by_deng("决定命名某省甲市等", "个", "城市(区)为第一批示范城市")


def test_build_verb_keeps_amount():
    assert not counts_list_closed_by_deng("计划新建甲园、乙园等", "所", "幼儿园的改造")


def test_works_after_keeps_amount():
    assert not counts_list_closed_by_deng("对甲小区、乙小区等", "个", "小区进行改造")


def test_no_deng_no_guard():
    assert not counts_list_closed_by_deng("甲委、乙局、丙部", "部", "委联合印发")


def test_in_pipeline():
    values = [h.value for h in find_targets("2031年,某省甲委、乙局、丙部等8部委联合印发方案,要求新建体育公园20个。")]
    assert 8.0 not in values
    assert 20.0 in values
