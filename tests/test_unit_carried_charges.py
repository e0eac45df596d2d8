"""A unit's charge in a later clause of the sentence it opens (rules.unit_carried_charges, U7): made-up texts only."""

import re

from rules_kit import records, units

from extract.rules.unit_carried_charges import CARRIED_QUICK, SUBJECT_DOING, charged_body_before


def test_subject_doing_reads_modals_and_own_verbs_not_name_words():
    doing = re.compile(SUBJECT_DOING)
    assert doing.match("要结合") and doing.match("抽调人手") and doing.match("派出巡逻车")
    assert not doing.match("派出所") and not doing.match("组织部") and not doing.match("应急管理局")
    assert not doing.match("配合")  # a helper's verb: another reader's frame


def test_body_set_up_before_the_charge_takes_it():
    assert charged_body_before("甲局要成立果园巡查专班,负责")
    assert charged_body_before("乙局要抽调专人,负责")
    assert not charged_body_before("丙局要加强河道管理,确保水质达标,负责")
    assert CARRIED_QUICK.search("…,并负责") and not CARRIED_QUICK.search("丁局负责")


def test_modal_subject_then_charge_after_comma():
    rows = units("某镇农办要结合本年度果园建设,统筹安排用地,负责督促各村完成苗木补种。")
    assert ("督促各村完成苗木补种", ["某镇农办"], []) in rows


def test_own_verb_then_and_charge_with_demonstrative_level():
    recs = records("该市交警部门抽调警力,维护沿线交通秩序,并负责处理赛事途中的交通事故;医院设急救点。", "unit_assignment")
    rows = [(r.task, r.lead_units) for r in recs]
    assert ("处理赛事途中的交通事故", ["交警部门"]) in rows
    assert any(r.quote.startswith("交警部门抽调警力") for r in recs)  # ``该市`` opens no quote


def test_task_is_the_charge_clause_only():
    rows = units("某县林业局要加强林区巡护,负责查处乱砍滥伐行为,配合某县公安局打击盗伐。")
    assert ("查处乱砍滥伐行为", ["某县林业局"], []) in rows


def test_no_row_for_a_new_body_or_a_list_of_helpers():
    rows = units("某区教育局要成立校车管理专班,负责统筹全区校车运营。")
    assert not any(r[1] == ["某区教育局"] for r in rows)
    rows = units("某县文旅局牵头,某县公安局、应急管理局配合,负责对景区开展安全检查。")
    assert not any(r[1] == ["某县公安局"] for r in rows)

