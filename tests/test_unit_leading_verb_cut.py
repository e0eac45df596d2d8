"""A unit's name does not end on the first character of a verb that goes on after it (``甲局抓紧办|理``). Made-up text."""

from extract.rules.units import leading_units


def test_name_not_cut_inside_a_verb():
    assert leading_units("某县交通局抓紧办理群众来信,并反馈") == ["某县交通局"]
    assert leading_units("某区城管局及时处理占道问题,并通报") == ["某区城管局"]
    assert leading_units("某县民政局、某县信访办,做好接访") == ["某县民政局", "某县信访办"]  # a name that ends in 办 stays
