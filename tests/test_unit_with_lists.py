"""Cues of rules/unit_with_lists.py on made-up sentences."""

from test_rules import run_rules

from extract.rules.unit_with_lists import listed_departments, with_listed_departments


def units(text):
    return [(r.task, r.lead_units, r.responsible_units) for r in run_rules(text).records if r.type == "unit_assignment"]


def test_subject_with_short_department_list():
    rows = units("下一步某县卫健局将会同财政、甲镇政府等部门尽快研究解决。")
    assert ("尽快研究解决", ["某县卫健局"], ["财政", "甲镇政府"]) in rows


def test_distributive_subject_gives_no_lead():
    rows = units("文件强调,各地卫健部门要会同公安、市场监管、疾控等相关部门协同推进健康社区建设。")
    assert ("协同推进健康社区建设", [], ["公安", "市场监管", "疾控"]) in rows


def test_no_subject_gives_no_lead():
    rows = units("新建一批健身中心。会同国土、规划等部门将健身设施用地纳入年度用地计划。")
    assert ("将健身设施用地纳入年度用地计划", [], ["国土", "规划"]) in rows


def test_not_a_unit_subject():
    assert with_listed_departments("我们将会同财政、民政等部门尽快研究解决。") == []


def test_not_a_list_of_departments():
    assert listed_departments("加强协调、统筹推进") is None
    assert with_listed_departments("某县卫健局将会同加强协调、统筹推进等部门研究解决。") == []


def test_reported_deed_is_no_task():
    assert with_listed_departments("某市教育局会同公安、民政等部门印发了实施方案。") == []
    assert with_listed_departments("某市教育局会同公安、民政等部门开展了联合检查。") == []


from extract.rules.unit_with_lists import comma_charged_office, past_cut_word  # noqa: E402


def test_office_set_off_by_comma():
    rows = units("由某区健康行动办公室,全面负责全区健康行动组织实施工作。")
    assert ("全区健康行动组织实施工作", ["某区健康行动办公室"], []) in rows


def test_body_set_up_then_charged():
    rows = units("为加强领导,成立某市护学专项行动领导小组, 负责护学工作的统筹和调度。")
    assert ("护学工作的统筹和调度", ["某市护学专项行动领导小组"], []) in rows


def test_comma_charge_near_misses():
    assert comma_charged_office("成立领导小组,负责日常工作的协调。") == []
    assert comma_charged_office("由各街道,负责辖区宣传工作的落实。") == []
    assert comma_charged_office("由某区行动办公室,负责人张三牵头。") == []
    assert comma_charged_office("组建工作专班,负责日常工作的协调。") == []
    assert comma_charged_office("由某区行动办公室,负责制的落实情况另行通报。") == []


def test_name_cut_inside_its_last_word():
    assert past_cut_word("某区行动办公室", 5) == 7
    assert past_cut_word("某区行动办理业务", 5) == 5
    assert past_cut_word("某区行动办公室", 0) == 0


def test_sharing_adverb_left_off_the_last_unit():
    from extract.rules.unit_clauses import without_duty_adverb

    assert without_duty_adverb("某统计局分别") == "某统计局"
    assert without_duty_adverb("分别") == "分别"
    rows = units("城乡居民收入均增长8%以上。(某省发改委、某省统计局分别负责)")
    assert any(r == ["某省发改委", "某省统计局"] for _, _, r in rows), rows


def test_no_subject_after_a_label_or_at_a_line_start():
    assert with_listed_departments("市财政局:会同教育、人社等部门做好资金保障。") == []
    assert with_listed_departments("会同教育、人社等部门做好资金保障。") == []
    assert with_listed_departments("1.会同教育、人社等部门做好资金保障。") == []


def test_oversight_of_a_notice_is_no_task():
    assert with_listed_departments("某县政府督查室将会同发改、财政等部门对落实情况进行督查。") == []


# (r25 unitB25) a committee's organ after the committee's name: ``某县委`` + ``宣传部`` is one unit
from extract.rules.unit_with_lists import past_owner_organ  # noqa: E402


def test_committee_organ_goes_on_the_name():
    clause = "镇委统战部牵头筹办联谊会"
    assert past_owner_organ(clause, 0, 2) == 5
    assert past_owner_organ("区政府办安排车辆", 0, 3) == 4


def test_committee_then_a_verb_keeps_the_short_name():
    assert past_owner_organ("市委统一部署春耕工作", 0, 2) == 2
    assert past_owner_organ("区委办理报批手续", 0, 2) == 2


def test_by_committee_organ_row_end_to_end():
    rows = units("(三)开设读书专栏\n在日报开设读书专栏,每周刊发一期。由区委宣传部具体负责。\n")
    assert [l for _, l, _ in rows] == [["区委宣传部"]]
    rows = units("由市委宣传部统一印制宣传手册。\n")
    assert rows == [("统一印制宣传手册", ["市委宣传部"], [])]
    assert units("由市委宣传部统一组织各单位布置展版。\n") == []  # an organiser verb gives no row (U7e)


def test_with_then_object_fronted_by_dui():
    from extract.rules.unit_with_lists import WITH_THEN_OBJECT
    from rules_kit import units
    import re
    assert re.match(WITH_THEN_OBJECT, "对水样进行复检") and not re.match(WITH_THEN_OBJECT, "对接")
    rows = units("某县疾控中心会同某检测公司对全县水样进行抽检。")
    assert ("对全县水样进行抽检", ["某县疾控中心"], ["某检测公司"]) in rows
    assert not any(r[2] == ["某家长对孩子进行"] for r in units("某校会同某家长对孩子进行教育。"))
