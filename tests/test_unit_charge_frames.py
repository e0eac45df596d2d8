"""Made-up sentences for the prose frames of ``extract.rules.unit_charge_frames``."""

from extract.rules.unit_charge_frames import doerless_with_clause, unit_takes_on_project


def test_doerless_with_after_full_stop():
    text = "3.完善社区球场。会同某县住建局将球场纳入小区配套规划。"
    hits = doerless_with_clause(text)
    assert [(t, ld, rs) for _, _, t, ld, rs in hits] == [("将球场纳入小区配套规划", [], ["某县住建局"])]
    a, b = hits[0][:2]
    assert text[a:b] == "会同某县住建局将球场纳入小区配套规划"


def test_doerless_with_kind_and_collective():
    hits = doerless_with_clause("做好甲园开放工作。会同教育部门推动学校操场开放。")
    assert [(t, rs) for _, _, t, _, rs in hits] == [("推动学校操场开放", ["教育部门"])]
    hits = doerless_with_clause("完善制度。会同相关部门研究制定管理办法。")
    assert [(t, rs) for _, _, t, _, rs in hits] == [("研究制定管理办法", ["相关部门"])]


def test_doerless_with_pronoun_voice_and_comma():
    text = "两所学校已完成设计。下一步我们将会同某县城投公司,采取挂图作战、周例会等措施,确保2031年开学。"
    hits = doerless_with_clause(text)
    assert [(t, ld, rs) for _, _, t, ld, rs in hits] == [("采取挂图作战、周例会等措施", [], ["某县城投公司"])]


def test_doerless_with_list_of_helpers():
    hits = doerless_with_clause("抓好验收。会同甲局、乙委推进资金清算。")
    assert [(t, rs) for _, _, t, _, rs in hits] == [("推进资金清算", ["甲局", "乙委"])]


def test_doerless_with_helper_stops_before_doing():
    hits = doerless_with_clause("完善球场。会同某县住建局推进县政府的规划。")
    assert [rs for *_, rs in hits] == [["某县住建局"]]


def test_doerless_with_not_after_a_doer():
    assert doerless_with_clause("某县卫健局会同某县医保局加强医疗救助衔接。") == []
    assert doerless_with_clause("完善制度。某县卫健局将会同某县医保局加强衔接。") == []


def test_doerless_with_not_at_line_or_label_opening():
    assert doerless_with_clause("会同某县住建局将球场纳入小区配套规划。") == []
    assert doerless_with_clause("甲局:会同乙局推进工作。") == []
    assert doerless_with_clause("甲局\n会同乙局推进工作。") == []


def test_doerless_with_no_named_party():
    assert doerless_with_clause("完善机制。会同各方推进项目建设。") == []
    assert doerless_with_clause("完善机制。会同多个单位开展检查。") == []


def test_takes_on_quoted_project():
    text = "某市住建局承担市政府民生实事“改造老旧小区30个,加装电梯50部”项目,现将推进情况报告如下:"
    hits = unit_takes_on_project(text)
    assert [(t, ld, rs) for _, _, t, ld, rs in hits] == [("改造老旧小区30个,加装电梯50部", ["某市住建局"], [])]
    a, b = hits[0][:2]
    assert text[a:b].startswith("某市住建局承担")


def test_takes_on_bare_project_after_year():
    hits = unit_takes_on_project("2031年某市卫健局承担市委、市政府为民办实事新建社区卫生服务站12个,总投资3亿元。")
    assert [(t, ld) for _, _, t, ld, _ in hits] == [("新建社区卫生服务站12个", ["某市卫健局"])]


def test_takes_on_not_a_progress_title_or_no_unit():
    assert unit_takes_on_project("2031年某市卫健局承担市委、市政府为民办实事卫生站建设项目1-6月进展情况\n") == []
    assert unit_takes_on_project("我们承担市政府民生实事“改造老旧小区30个”项目。") == []
    assert unit_takes_on_project("某市住建局承担老旧小区改造任务。") == []


# -- whole documents: the cues give a row only where no owner's row stands on the paragraph
from rules_kit import units as _units  # noqa: E402


def test_doc_doerless_with_gives_row():
    text = "某县体育工作要点\n\n一、场馆开放\n\n1.做好甲园开放工作。会同某县教育局推动学校操场向居民开放。\n"
    rows = _units(text)
    assert ("推动学校操场向居民开放", [], ["某县教育局"]) in rows


def test_doc_unit_heading_owns_its_items():
    text = "某县工作分工\n\n一、某县体育局\n\n1.做好甲园开放工作。会同某县教育局推动学校操场向居民开放。\n"
    rows = _units(text)
    assert ("推动学校操场向居民开放", [], ["某县教育局"]) not in rows
    assert _units(text) == [("做好甲园开放工作", ["某县体育局"], [])]


def test_doc_bracket_note_owns_its_block():
    text = "某县体育工作要点\n\n一、场馆开放\n\n1.做好甲园开放工作。会同某县教育局推动学校操场向居民开放。(某县体育局负责)\n"
    assert _units(text) == [("做好甲园开放工作", [], ["某县体育局"])]


def test_doerless_with_after_a_doerless_chain():
    text = "。根据上级部署,出台《甲办法》《乙通知》,会同相关部门制定印发《丙细则》等文件,明确建设标准。"
    hits = doerless_with_clause(text)
    assert [(t, ld, rs) for _, _, t, ld, rs in hits] == [("制定印发《丙细则》等文件", [], ["相关部门"])]
    hits = doerless_with_clause("。在某省厅指导下,组织开展创建工作,会同某市农办将乙项列入重点工作。")
    assert [rs for *_, rs in hits] == [["某市农办"]]


def test_doerless_with_chain_not_after_a_written_doer():
    assert doerless_with_clause("。某市卫健委出台《甲办法》,会同相关部门制定《丙细则》等文件。") == []
    assert doerless_with_clause("。根据上级部署,某市卫健委会同相关部门制定《丙细则》。") == []
    assert doerless_with_clause("。根据上级部署,会同相关部门制定《丙细则》。") == []  # (kept out: a basis phrase alone, no doing of the chain)


def test_takes_on_described_not_named():
    assert unit_takes_on_project("某市住建局承担的民生实事全部完成,群众满意。") == []
    assert unit_takes_on_project("某市住建局承担市政府民生实事全部按期完成。") == []
    assert unit_takes_on_project("某市住建局承担的民生实事“改造老旧小区30个”进展顺利。") != []


def test_doerless_with_not_a_notice_oversight():
    assert doerless_with_clause("请认真贯彻执行。会同有关部门对落实情况进行督查。") == []


# (unitB27) ``X承担Y工作/任务``: a named work taken on, as ``X负责Y`` (U7 twentieth round)
def test_unit_takes_on_a_named_work():
    from rules_kit import units

    from extract.rules.unit_charge_frames import unit_takes_on_work

    assert units("某县气象局承担赛事期间的天气预报工作。") == [("赛事期间的天气预报工作", ["某县气象局"], [])]
    assert units("某县气象局担当赛事期间的天气预报工作。") == [("赛事期间的天气预报工作", ["某县气象局"], [])]
    assert unit_takes_on_work("某县气象局承担赛事安全责任。") == []  # a responsibility (U4d)
    assert unit_takes_on_work("某县财政局承担赛事经费保障工作。") == []  # money (U3a)
    assert unit_takes_on_work("各学校承担赛事志愿服务工作。") == []  # a collective (U7d)
