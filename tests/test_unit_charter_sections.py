"""(unitA35) A charter's section lists: an owner named by its head in the lead-in's sentence (``甲课置课长一人,其掌理事项如下:``),
peer heads in a run of ``一、甲课:…`` items, a ``课`` name of three characters kept as a unit. Made-up examples only."""

from extract.cues import is_unit_cell
from extract.rules.unit_pronoun_owners import headed_owner_lead_ins, _body_and_head
from extract.rules.unit_prose import unit_duty_blocks
from extract.rules.unit_lists import tidy_unit_lists
from rules_kit import units


def test_body_named_by_its_head():
    assert _body_and_head("第一课置课长") == "第一课"
    assert _body_and_head("本馆馆长") == "本馆"
    assert _body_and_head("某中心设主任") == "某中心"
    assert _body_and_head("科长") is None  # a person alone
    assert _body_and_head("某中心设组长") is None  # a head that is no head of the body's kind


def test_headed_owner_lead_ins():
    assert headed_owner_lead_ins("第二课置课长一人,其掌理事项如下: 一、档案管理事项。", is_unit_cell) == [("第二课", 17)]
    assert [o for o, _ in headed_owner_lead_ins("本馆馆长综理馆务,副馆长襄理馆务,其掌理事项如下: 一、典藏事项。", is_unit_cell)] == ["本馆"]
    assert headed_owner_lead_ins("馆长综理馆务,其掌理事项如下: 一、典藏事项。", is_unit_cell) == []
    assert headed_owner_lead_ins("体育课设组长一人,其职责如下: 一、排课。", is_unit_cell) == []
    assert headed_owner_lead_ins("第二课置课长一人。\n其他事项如下: 一、档案。", is_unit_cell) == []


def test_headed_owner_items_are_rows():
    rows = units("第 5 条\n甲课置课长一人,其掌理事项如下: 一、档案管理事项。 二、文书收发事项。\n")
    assert ("档案管理事项", ["甲课"], []) in rows and ("文书收发事项", ["甲课"], []) in rows


def test_peer_heads_in_a_section_list():
    t = ("本所下列课、室,分别掌理有关事项: 一、民政课:关于自治行政等事项。二、财政课:关于财务、公产等事项。"
         "三、建设课:关于土木工程等事项。四、原住民课:关于原住民行政有关事项。")
    hits = [(h.lead, h.task) for h in unit_duty_blocks(t)]
    assert (["财政课"], "关于财务、公产等事项") in hits
    assert (["建设课"], "关于土木工程等事项") in hits and (["原住民课"], "关于原住民行政有关事项") in hits
    assert not any(h[1].startswith("建设课") for h in hits)  # a sibling mark ends the block above it


def test_peer_needs_the_heads_kind():
    t = "一、民政课:关于自治行政等事项。二、财政课:关于财务等事项。三、注意事项:关于安全等事项。"
    assert not any(h.lead == ["注意事项"] for h in unit_duty_blocks(t))


def test_section_name_is_no_person():
    assert tidy_unit_lists(["农业课"], []) == (["农业课"], [])
    assert tidy_unit_lists(["王小明"], []) == ([], [])


def test_duty_title_over_titled_items_with_paragraphs():
    """(unitA35) U8b (iii): ``某办的主要职责`` over ``1. 标题`` items each with a paragraph under it: one row per title, the
    paragraph's ``某办负责…`` clause no row of its own (U7d); the next heading ends the list."""
    t = ("某县档案办的主要职责\n1. 档案接收与保管\n某县档案办负责接收全县机关移交的档案,并做好保管。\n"
         "2. 查档服务\n某县档案办负责接待群众查档,提供利用服务。\n某县档案办的日常工作\n1. 早晨例会\n某县档案办的工作人员每天开例会。\n")
    rows = units(t)
    assert ("档案接收与保管", ["某县档案办"], []) in rows and ("查档服务", ["某县档案办"], []) in rows
    assert not any(r[0].startswith("接收全县") for r in rows)
    assert not any(r[0] == "早晨例会" for r in rows)


def test_titled_items_need_paragraphs_under_each():
    from extract.rules.unit_duty_titles import titled_paragraph_items
    text = "某办的主要职责\n1. 档案接收\n2. 查档服务\n"
    paras = [(0, 7, "text"), (8, 15, "text"), (16, 23, "text")]
    assert titled_paragraph_items(text, paras, 0) is None
    text = "某办的主要职责\n1. 档案接收\n负责接收档案并保管好。\n2. 查档服务\n负责接待群众来查档。\n"
    paras, p = [], 0
    for line in text.split("\n")[:-1]:
        paras.append((p, p + len(line), "text")); p += len(line) + 1
    assert titled_paragraph_items(text, paras, 0) == (["某办"], 1, 5)


def test_genitive_role_labels():
    """(unitA35) ``X之主责单位为Y``: the task owns its label, each part of a ``、`` run its own row (U4a, U2)."""
    from extract.rules.unit_genitive_labels import genitive_labels
    rows = units("各计划按期推进。甲计划之主责单位为秘书室、乙计划之主责单位为教务处。\n")
    assert ("甲计划", ["秘书室"], []) in rows and ("乙计划", ["教务处"], []) in rows
    parts = genitive_labels("丙工程的牵头单位为甲局、乙局。")
    assert [(p[2], p[4]) for p in parts] == [("丙工程", "甲局、乙局")]
    assert genitive_labels("扩建冷库两座,牵头单位为甲局。") == []


def test_article_duty_heading_closed_by_full_stop():
    """(unitA35) U8b (iii): ``第七条某室职责。`` over one paragraph: one row, the party its lead."""
    rows = units("第二章组织机构\n第七条档案室职责。\n接收和保管局机关档案;提供查档服务。\n")
    assert ("接收和保管局机关档案", ["档案室"], []) in rows


def test_comma_by_with_helpers():
    """(unitA35) U4c in the comma form of U7: ``,由X会同Y、Z共同进行…`` -> lead X, responsible Y, Z; a time of the step
    (``下学期则由``) before ``由`` allowed; a role verb after the helpers is the other cues'."""
    from extract.cues import is_unit_cell
    from extract.rules.unit_charge_finders import _ORG_END
    from extract.rules.unit_comma_by_doings import comma_by_doings, with_helpers
    hits = comma_by_doings("依据规划,下学期则由甲室会同乙室、丙室共同进行预算编列,经审议后报告。", 0, [])
    assert [(h.task, h.lead, h.responsible) for h in hits] == [("共同进行预算编列", ["甲室"], ["乙室", "丙室"])]
    assert with_helpers("有关部门进行检查", is_unit_cell, _ORG_END) is None
    assert comma_by_doings("经审核后,由甲局会同乙局负责检查。", 0, []) == []


def test_marked_labels_over_one_paragraph_each():
    """(unitA35) U8a: two or more marked labels, each alone on its line over one paragraph: one row each, task the first
    clause (a clause naming who holds the post left out, U4a); a lone label over a paragraph gives none here."""
    t = ("(一)宣传组:\n\n由各计划主持人负责检核,督促进度。\n\n(二)后勤组:\n\n由副校长担任召集人,督请各窗口检讨改善。\n")
    rows = units(t)
    assert ("由各计划主持人负责检核", ["宣传组"], []) in rows and ("督请各窗口检讨改善", ["后勤组"], []) in rows
    from extract.rules.unit_label_items import label_item_rows
    from extract.rules.unit_prose import duty_unit
    assert label_item_rows("(一)宣传组:\n由各计划主持人负责检核,督促进度。\n", duty_unit) == []


def test_comma_by_with_helpers_leaves_bare_verbs():
    """(unitA35) ``A,由X会同Y推进。``: a bare verb after the helpers, the task the topic before the comma (another cue's)."""
    from extract.rules.unit_comma_by_doings import comma_by_doings
    assert comma_by_doings("扩大书屋覆盖面,由甲局会同乙局推进。", 0, []) == []
