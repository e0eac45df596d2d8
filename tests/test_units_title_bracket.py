"""A clause after a charge that cites a document (``按照甲委、乙委《支持…》精神``) names no helping units, even when
the title opens with an assisting verb (支持, 配合, 协助; the rules read text after t2s); a plain assisting clause after it still does."""

from extract.rules.unit_charge_finders import find_charge_clauses


def _roles(text):
    return [(h.lead, h.responsible) for h in find_charge_clauses(text)]


def test_a_cited_title_that_opens_with_an_assisting_verb_names_no_helper():
    for text in (
        "发改部门负责将托育服务纳入相关规划,按照甲委、乙委《支持社会力量发展托育服务方案》精神,争取资金。",
        "民政部门负责推动社区托育,依照甲署、乙署《协助家庭照顾幼儿办法》规定,办理补助。",
        "卫健局负责建设示范托育机构,根据丙部、丁部《配合做好托育工作的通知》要求,落实补助。",
    ):
        assert _roles(text) and all(resp == [] for _, resp in _roles(text)), text


def test_a_plain_assisting_clause_after_a_charge_still_names_helpers():
    assert _roles("民政局负责建设养老院,卫健局、财政局配合。") == [(["民政局"], ["卫健局", "财政局"])]
    assert _roles("教育局负责改造校舍,住建局、自然资源局等部门协助。")[0][1][:2] == ["住建局", "自然资源局"]
