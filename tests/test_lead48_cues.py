"""(lead48) Cues from the opened forward batches of the thirty-sixth round's second session (w103-*, w104-*, w105-*,
w106-*, w107-*, w108-*), each on made-up text."""
from extract.cues import is_unit_cell
from extract.rules.phase_counts import counts_set_up_parts
from extract.rules.unit_duty_items import item_subject
from extract.rules.unit_joint_leads import joint_lead_rows
from extract.rules.unit_set_up_items import list_lead_in

from test_lead46_cues import _rows  # noqa: E402  (the same sorted unit rows of a made-up text)


# -- a duty title run into its first item on a page that lost its line breaks --------------------------------------

FLAT = ("某镇防汛制度一、总则(一)目的为做好防汛工作,特制定本制度。二、组织体系(一)指挥机构成立某镇防汛指挥部,由镇长任指挥长。"
        "(二)指挥部职责1.贯彻执行上级防汛指挥机构的命令。2.组织编制本镇防汛预案,组织演练。3.负责调配防汛物资。"
        "(三)各成员职责1.应急办公室负责指挥部办公室的日常事务,联络各成员单位。2.某镇水利站负责水情监测。")


def test_a_glued_duty_title_owns_the_numbered_items_after_it():
    rows = _rows(FLAT)
    mine = [r for r in rows if r[1] == ("指挥部",)]
    assert len(mine) == 3
    assert any(r[0].startswith("贯彻执行上级防汛指挥机构") for r in mine)


def test_under_the_members_title_each_item_is_its_subjects_row():
    rows = _rows(FLAT)
    assert ("指挥部办公室的日常事务", ("应急办公室",), ()) in rows
    assert any(r[1] == ("某镇水利站",) for r in rows)


def test_a_title_over_prose_without_a_glued_first_item_owns_nothing_here():
    rows = _rows("(二)指挥部职责。本制度自印发之日起施行,各单位要认真落实。")
    assert rows == []


def test_a_glued_title_after_a_full_stop_needs_no_ordinal():
    rows = _rows("12.协助主考处理考试中的问题。保密组职责1.试卷的交接和保管工作。2.制定严格的保密措施,防止失密。")
    assert [r[1] for r in rows].count(("保密组",)) == 2


def test_a_name_opening_with_emergency_is_a_subject_not_a_verb():
    assert item_subject("应急管理办公室负责指挥部的值班事务", is_unit_cell) == (7, ["应急管理办公室"])
    assert item_subject("协调各成员单位做好防汛工作", is_unit_cell) is None


# -- a division of work after its part's title, clauses parted by semicolons ----------------------------------------

def test_a_division_after_its_title_gives_each_clause_its_subjects_row():
    rows = _rows("(二)明确职责分工。某镇卫生院负责为儿童提供免疫服务;某镇民政办结合有关工作,适时开展走访;"
                 "某镇司法所要加强法律宣传,做好预防工作;某镇妇联、团委要广泛动员,组织志愿者开展活动。\n(三)完善机制。")
    assert ("适时开展走访", ("某镇民政办",), ()) in rows
    assert ("加强法律宣传", ("某镇司法所",), ()) in rows
    assert ("广泛动员", ("某镇妇联", "团委"), ()) in rows


def test_a_title_without_a_word_of_the_division_gives_no_such_rows():
    rows = _rows("(二)加强宣传引导。某镇民政办结合有关工作,适时开展走访;某镇司法所要加强法律宣传。\n(三)完善机制。")
    assert ("适时开展走访", ("某镇民政办",), ()) not in rows


# -- bullets, lead-ins, make-up counts ----------------------------------------------------------------------------

def test_dash_bullets_under_a_members_duties_heading_are_items():
    rows = _rows("三、成员单位的主要职责\n--某省教育厅在做好布局规划的基础上,牵头组织编制规划。\n"
                 "--某省财政厅将所需资金纳入年度预算,保证资金到位。")
    assert sorted(r[1] for r in rows) == [("某省教育厅",), ("某省财政厅",)]


def test_a_charge_of_only_a_lists_lead_in_is_no_row():
    assert list_lead_in("以下相关工作:")
    rows = _rows("办公室下设3个工作组,具体负责以下各项事务:")
    assert rows == []


def test_a_count_right_after_xiashe_of_groups_is_the_make_up():
    assert counts_set_up_parts("办公室下设", "个", "工作组,具体负责以下工作")
    assert counts_set_up_parts("指挥部下设", "个", "专班")
    assert not counts_set_up_parts("办公室下设", "个", "乡镇开展试点")  # places, no parts of the body
    assert not counts_set_up_parts("新建", "个", "工作组")


# -- X联合Y: X leads, Y answer for the task ---------------------------------------------------------------------------

def test_x_lianhe_y_with_a_departments_tail():
    hits = joint_lead_rows("近日,某县教育局联合消防、供电等部门对全县各学校开展消防安全大排查。")
    assert [(h.task, h.lead, h.responsible) for h in hits] == [("对全县各学校开展消防安全大排查", ["某县教育局"], ["消防", "供电"])]


def test_x_lianhe_named_units_after_a_dateline():
    hits = joint_lead_rows("10月9日,某县消防大队联合某县教育局先后来到甲中学、乙中学开展消防安全检查。")
    assert [(h.lead, h.responsible) for h in hits] == [(["某县消防大队"], ["某县教育局"])]


def test_x_lianhe_many_departments_names_no_partner():
    hits = joint_lead_rows("某县教体局联合多部门全力护航开学季。")
    assert [(h.lead, h.responsible) for h in hits] == [(["某县教体局"], [])]


def test_jointly_issued_documents_and_collectives_give_no_row():
    assert joint_lead_rows("某市教育局联合某市财政局印发通知。") == []
    assert joint_lead_rows("各学校联合某县卫健局开展体检。") == []
    assert joint_lead_rows("某医疗联合体在某县开展义诊。") == []


# -- second pass: labels, names and amounts -----------------------------------------------------------------------

def test_ministry_department_labels_name_lead_and_helpers():
    rows = _rows("二、完善课程设置管理制度。\n\n牵头司局:高教司\n\n参加司局:职成司、社科司")
    assert ("完善课程设置管理制度", ("高教司",), ("职成司", "社科司")) in rows


def test_a_three_character_department_in_si_is_no_persons_name():
    from extract.cues import is_person_name
    assert not is_person_name("高教司")
    assert is_person_name("高德明")


def test_a_class_tail_with_its_other_word_and_people_after_it():
    rows = _rows("本轮检查由保卫科牵头,学生处、总务处等单位(部门)以及保安人员参加。")
    assert rows == [("本轮检查", ("保卫科",), ("学生处", "总务处"))]


def test_a_first_doing_before_the_charge():
    rows = _rows("财务处对在建项目资金进行专项管理,负责提供子项目资金使用情况。")
    assert rows == [("提供子项目资金使用情况", ("财务处",), ())]


def test_the_construction_department_is_a_unit_a_projects_owner_is_not():
    assert _rows("建设部门负责校舍危房的评估鉴定工作。") == [("校舍危房的评估鉴定工作", ("建设部门",), ())]
    assert _rows("建设单位负责校舍危房的评估鉴定工作。") == []


def test_a_shared_payment_is_no_task():
    assert _rows("四、资金筹措\n所需资金以区为主,由市、区政府共同承担。") == []


def test_a_page_continuation_mark_is_no_task():
    assert _rows("[接上页] 协办单位:某市发改委、某市财政局 实施单位:各县区政府\n14.推进农村学校建设。") == []


def _targets(text: str):
    from extract.data import Document
    from extract.prepared import prepare
    from extract.rules import RulesExtractor
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return [(r.value, r.unit) for r in RulesExtractor().extract(prepare(doc)) if r.type == "numeric_target"]


def test_rencai_after_a_number_is_no_measure_word():
    assert _targets("二级指标:1.1学校定位;1.2领导作用;1.3人才培养模式") == []
    assert (120.0, "人") in _targets("到2031年,新增高层次人才120人。")


def test_the_end_of_a_period_that_starts_on_a_day_is_no_deadline():
    from extract.cues import has_future_year
    assert not has_future_year("2031年12月12日至2032年2月5日,巡察组开展常规巡察")
    assert has_future_year("自即日起至2032年底,完成改造")


# -- third pass: a label's duties going on in paragraphs; a subtitle's dash ----------------------------------------

DIVISION = ("三、部门职责\n甲局:推动学校开展视力健康管理工作。\n健全学校体育卫生制度,完善场地设施。\n"
            "推动学校加强卫生保健机构建设。\n乙局:加强眼科医生培训。\n加强视光师培养,确保服务规范。\n四、工作要求\n")


def test_a_labels_duties_go_on_in_paragraphs_of_their_own():
    rows = _rows(DIVISION)
    assert ("健全学校体育卫生制度", ("甲局",), ()) in rows
    assert ("推动学校加强卫生保健机构建设", ("甲局",), ()) in rows
    assert ("加强视光师培养", ("乙局",), ()) in rows


def test_one_label_and_prose_after_it_is_no_division():
    rows = _rows("三、部门职责\n甲局:推动学校开展视力健康管理工作。\n健全学校体育卫生制度,完善场地设施。\n四、工作要求\n")
    assert ("健全学校体育卫生制度", ("甲局",), ()) not in rows


def test_a_subtitles_dash_is_no_part_of_the_unit():
    rows = _rows("——某县教育局牵头组织开展春学期校园周边治安综合整治专项行动")
    assert [r[1] for r in rows] == [("某县教育局",)]


def test_a_change_from_its_first_value_is_reached_whatever_words_stand_between():
    assert _targets("推行「某某协作计划」,本学期参加的学校由最初17间增至约90间。") == []
    assert (90.0, "间") in _targets("计划本学期参加的学校由最初17间增至约90间。")


def test_the_levels_of_an_indicator_system_are_its_make_up():
    assert _targets("评估内容包括甲、乙、丙、丁等4个一级指标,18个二级指标,36个三级指标达到认定标准。") == []
    assert counts_set_up_parts("", "个", "二级指标")


# -- fourth pass: plans hosted by their organisers only; posts joined to bodies; copies of papers ------------------

def test_a_plan_with_organisers_only_gives_them_as_responsible_with_no_lead():
    rows = _rows("校刊\n\n某某国小110年度运动大会实施计画\n\n一、目的:提倡运动风气。\n\n五、承办单位:某某国小、某某国小家长会。\n\n"
                 "六、协办单位:某某国小、某村办公处、某社区发展协会。\n\n七、实施地点:本校操场。")
    assert rows == [("某某国小110年度运动大会实施计画", (), ("某某国小", "某某国小家长会", "某村办公处", "某社区发展协会"))]


def test_a_post_joined_to_a_body_leaves_the_body():
    from extract.rules.unit_lists import tidy_unit_lists
    assert tidy_unit_lists(["校长及家长会"], []) == (["家长会"], [])
    assert tidy_unit_lists(["甲县教育局"], []) == (["甲县教育局"], [])


def test_copies_of_papers_are_no_targets():
    assert _targets("请有意愿学校于截止日前备妥申请表等相关资料一式 3 份,函送本府。") == []
    assert _targets("检附申请注意事项暨经费申请表各 1 份。") == []
    assert (5000.0, "份") in _targets("到2031年,全县发放宣传资料5000份。")


# -- fifth pass: an issuer's demand on its office; a duty heading with its people in brackets; counted doers -------

def test_the_issuers_demand_on_its_office_puts_the_task_on_the_office():
    from extract.rules.unit_directed_offices import directed_offices
    assert directed_offices("学校督促施工单位加快工程进度。") == [(4, 14, "加快工程进度", ["施工单位"])]
    assert directed_offices("学校要求全体教师认真备课。") == []  # people, no office
    assert directed_offices("上级要求甲局加快进度。") == []  # not the issuer's own demand


def test_a_duty_heading_with_its_people_in_brackets_owns_its_items():
    rows = _rows("某某办主要工作职责(责任人:某某某):\n①在开学前重点关注返校时间,并汇总报告。\n②牵头制定开学工作方案。\n"
                 "某某室主要工作职责(责任人:某某):\n①统筹安排各年级组的任课教师。\n②新学期校历表的制作和发放。")
    assert [r[1] for r in rows].count(("某某办",)) == 2
    assert [r[1] for r in rows].count(("某某室",)) == 2


def test_the_count_of_doers_named_before_it_is_no_target():
    assert _targets("三、由甲合作社、乙乡农会及丙乡农会等3个执行单位负责供应大米。") == []


def test_the_size_of_an_attached_list_is_no_target():
    assert _targets("某省普通高中项目预计增加学位6000个(附80所学校名单)") == [(6000.0, "个")]
    assert _targets("某省县域普通高中“某某项目”某某名单(100所)") == []
