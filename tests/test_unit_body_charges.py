"""(unitA31) A body named at the head of its sentence, its make-up or chair said in between, then its charge (U7, U7d);
a body the sentence sets up, then its charge. Made-up texts."""

from rules_kit import units

from extract.rules.goals import is_photo_caption
from extract.rules.unit_body_charges import body_charges

PLAN = ("某县书屋建设工作方案\n一、组织机构\n"
        "专家指导委员会,由领导小组聘请相关专家组成,负责为书屋建设提供技术指导。\n"
        "“督导组”由副县长主持,负责督促检查各项工作。\n"
        "书屋建设领导小组,由县长任组长,副县长任副组长,负责书屋建设的统筹协调。\n"
        "读书月联席会议是由县直相关部门组成,负责研究解决读书月的重大问题。\n"
        "我县成立了某县书屋指导中心,负责书屋的业务指导。\n")


def test_bodies_with_their_make_up_lead_their_charges():
    rows = [(task, lead, resp) for task, lead, resp in units(PLAN)]
    assert ("为书屋建设提供技术指导", ["专家指导委员会"], []) in rows
    assert ("督促检查各项工作", ["督导组"], []) in rows
    assert ("书屋建设的统筹协调", ["书屋建设领导小组"], []) in rows
    assert ("研究解决读书月的重大问题", ["读书月联席会议"], []) in rows
    assert ("书屋的业务指导", ["某县书屋指导中心"], []) in rows


def test_a_bare_name_before_its_charge():
    assert [(t, lead) for _, _, t, lead in body_charges("县图书馆,负责图书的采购配送。")] == [("图书的采购配送", ["县图书馆"])]


def test_no_body_named():
    assert body_charges("各乡镇,负责辖区内书屋的管理。") == []  # a collective (U7d)
    assert body_charges("书屋管理,由县文旅局负责。") == []  # the led-by reader's
    assert body_charges("领导小组下设办公室,负责日常联络。") == []  # the office set up: another reader's
    assert body_charges("某县设立书屋中心,负责图书配送。(某报影像)") == []  # a caption (G4a)


def test_an_agency_credit_closes_a_caption():
    assert is_photo_caption("某县新设立书屋中心,负责图书配送。(某社影像)")
