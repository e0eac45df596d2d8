"""Value cells read into a unit list (unit_non_orgs): made-up cells only."""

from extract.rules.rulebook_units import rulebook_filter
from extract.rules.unit_non_orgs import non_org_item, without_non_orgs


def test_bare_figures_are_no_organisation():
    assert non_org_item("312")
    assert non_org_item("98.5%")
    assert non_org_item("1,200")


def test_whole_area_words_are_no_organisation():
    assert non_org_item("全县")
    assert non_org_item("全市统筹")
    assert non_org_item("本区")


def test_units_stay():
    for u in ("县甲局", "各乡镇", "13个街道", "市", "全市总工会", "甲园管委会", "政"):
        assert not non_org_item(u), u


def test_list_keeps_its_units_in_order():
    assert without_non_orgs(["全县", "县甲局", "县乙委"]) == ["县甲局", "县乙委"]
    assert without_non_orgs(["2031", "县甲局"]) == ["县甲局"]


class _Row:
    type = "unit_assignment"

    def __init__(self, lead, text):
        self.lead_units, self.responsible_units = lead, []
        self.task, self.section, self.quote = "新增甲园服务人员300人", None, text
        self.norm_span = type("S", (), {"start": 0, "end": len(text)})()


def test_row_with_only_a_figure_for_unit_is_dropped():
    text = "新增甲园服务人员300人 |\n300 |\n312"
    assert rulebook_filter([_Row(["312"], text)], text) == []


def test_row_keeps_its_office_beside_an_area_word():
    text = "新增甲园服务人员300人\n全县统筹\n县甲局"
    out = rulebook_filter([_Row(["全县", "县甲局"], text)], text)
    assert [r.lead_units for r in out] == [["县甲局"]]
