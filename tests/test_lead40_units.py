"""(lead40) The trade union and the Youth League by their short names are bodies (U3a): a ``工会:`` label in a list of
offices' duties owns its duty. Made-up texts only."""

import pytest

from rules_kit import units
from extract.rules.unit_labels import mass_org_name


@pytest.mark.parametrize("name, is_org", [
    ("工会", True), ("某校工会", True), ("工會", True), ("共青团", True), ("某县妇联", True),
    ("工会工作", False), ("支持工会开展活动", False),
])
def test_mass_org_names(name, is_org):
    assert mass_org_name(name) is is_org


def test_a_union_label_among_office_labels():
    text = ("学校的组织机构通常包括:\n1. 校长室:负责学校的整体管理。\n2. 教务处:负责学校的教学工作。\n"
            "3. 工会:负责维护教职工的合法权益。\n4. 团委:负责团员的教育管理。\n")
    assert [(t, lead) for t, lead, _ in units(text)] == [
        ("负责学校的整体管理", ["校长室"]), ("负责学校的教学工作", ["教务处"]),
        ("负责维护教职工的合法权益", ["工会"]), ("负责团员的教育管理", ["团委"])]


@pytest.mark.parametrize("text, expected", [
    ("某幼儿园大教研组主要承担课程实施、园本研修和教师培养三大职能。\n", [("课程实施、园本研修和教师培养三大职能", ["某幼儿园大教研组"])]),
    ("教务处承担全校教学运行的职责。\n", [("全校教学运行的职责", ["教务处"])]),
    ("教务处承担相应的法律责任。\n", []),
])
def test_a_unit_takes_on_a_remit(text, expected):
    assert [(t, lead) for t, lead, _ in units(text)] == expected
