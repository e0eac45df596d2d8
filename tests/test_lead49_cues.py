"""(lead49) Cues from the opened batches of the thirty-seventh round's first session (w117-* to w123-*), each on
made-up text."""
from extract.cues import _MODAL, title_reports_past
from extract.rules.forms import opens_indicator_part
from extract.rules.target_cues import breaks_down, in_batch_pointer, spreads_batch
from extract.rules.target_status import plan_turns_after_frame
from extract.rules.unit_passive_charges import passive_handling
from extract.rules.units import leading_units

from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor

from test_lead46_cues import _rows, _targets  # noqa: E402  (records of a made-up text)


def _goals(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return [r.text for r in RulesExtractor().extract(prepare(doc)) if r.type == "goal"]


# -- ``现将…总结如下``: the report's formula, no future --------------------------------------------------------------

def test_the_report_formula_is_no_modal():
    assert _MODAL.search("现将有关情况简要总结如下") is None
    assert _MODAL.search("现将有关工作小结如下") is None
    assert _MODAL.search("现将有关事项安排如下") is not None  # arrangements ahead keep their 将
    assert _MODAL.search("明年将新建学校3所") is not None


def test_a_flattened_report_after_its_formula_gives_no_status_figure_as_target():
    text = ("某县学校发展情况报告.doc\n某县学校发展情况报告近年来,某县做了大量工作,现将有关情况简要总结如下一、总体情况"
            "(一)基本情况全县有学校38所(小学20所,中学18所),有学位12000个,在校生9800人。")
    assert _targets(text) == []


def test_a_situation_report_title_reports_the_past_even_with_a_file_extension():
    assert title_reports_past("某县寄宿制学校发展情况报告.doc")
    assert title_reports_past("某区民生实事进展情况汇报.docx")
    assert not title_reports_past("关于某县学校布局的调研情况报告")  # a survey: its findings, no review of work
    assert not title_reports_past("某县学校布局调整实施方案.doc")


# -- a batch spread over places -------------------------------------------------------------------------------------

def test_a_batch_spread_over_places_shares_the_commitment_of_the_sentence_before():
    assert spreads_batch("据悉,本批60套宿舍分布在甲镇一小20套、乙镇中学40套。")
    assert spreads_batch("这批项目分别位于甲镇和乙镇。")
    assert not spreads_batch("全县宿舍分布在甲镇一小20套、乙镇中学40套。")  # no pointer back
    assert breaks_down("本批60套宿舍分布在甲镇一小20套、乙镇中学40套。")
    assert in_batch_pointer("本批60套宿舍分布在甲镇一小20套。", 2)
    assert not in_batch_pointer("本批60套宿舍分布在甲镇一小20套。", 14)
    text = "今年,某县将在农村学校建设教师周转宿舍60套。据悉,本批60套宿舍分布在甲镇一小20套、乙镇中学40套。"
    assert _targets(text) == [(20.0, "套"), (40.0, "套"), (60.0, "套")]


def test_without_a_committed_batch_before_the_spread_gives_nothing():
    text = "去年,某县建成教师周转宿舍60套。据悉,本批60套宿舍分布在甲镇一小20套、乙镇中学40套。"
    assert _targets(text) == []


# -- a performance form's indicator part under its goal label --------------------------------------------------------

def test_the_header_of_a_forms_indicator_part_is_recognised():
    assert opens_indicator_part("绩效指标一级指标二级指标指标名称指标值")
    assert opens_indicator_part("一级指标 | 二级指标 | 三级指标 | 指标值 |")
    assert not opens_indicator_part("一级指标完成情况良好,二级指标均已达到。")


def test_the_rows_under_a_forms_goal_label_are_no_goals():
    text = ("绩效目标表\n(2031年度)\n项目名称某某补助资金\n总体目标年度目标\n全面改善某县学校办学条件,提高教育质量。\n"
            "绩效指标一级指标二级指标指标名称指标值\n产出指标数量指标学校改造覆盖率100%\n质量指标验收合格率100%\n")
    goals = _goals(text)
    assert goals == ["全面改善某县学校办学条件,提高教育质量"]


# -- a name that runs into a verb or a function word ----------------------------------------------------------------

def test_no_name_ends_in_a_verbs_or_a_function_words_first_character():
    from extract.rules.units import _VERB_CUT
    assert _VERB_CUT.match("人事部门提出所属", 6) and _VERB_CUT.match("有关部门承办", 5)
    assert not _VERB_CUT.match("某某派出所", 4) and not _VERB_CUT.match("某区政府办", 4)
    assert leading_units("人事部门提出所属岗位设置的意见") == ["人事部门"]
    assert _rows("一、主要职责\n1.某区教育局会同人事部门提出所属中小学岗位设置的意见。") == [
        ("提出所属中小学岗位设置的意见", ("某区教育局",), ("人事部门",))]
    rows = _rows("一、主要职责\n负责全区教育工作;会同有关部门承办本系统职称评聘工作;负责教师培训工作。")
    assert ("承办本系统职称评聘工作", (), ("有关部门",)) in rows


# -- a plan's word after a period-to-date opening ------------------------------------------------------------------

def test_a_plan_turned_to_after_a_period_to_date_opening_is_set_ahead():
    assert plan_turns_after_frame("今年以来,我区着力培育人才,我区计划打造培训圈,力争每年培训")
    assert not plan_turns_after_frame("今年以来,我区着力培育人才,累计培训")
    assert not plan_turns_after_frame("我区计划打造培训圈,力争每年培训")  # no frame
    text = "今年以来,我区着力培育技能人才,我区计划打造“某某培训圈”,力争每年培训2000人次以上。"
    assert _targets(text) == [(2000.0, "人次")]
    assert _targets("今年以来,我区着力培育技能人才,累计培训2000人次。") == []


# -- ``X类由Y部门监管``, in a list and in an example's bracket -------------------------------------------------------

def test_kinds_handed_to_departments_in_an_examples_bracket_are_rows():
    text = "对某类机构,已明确主管部门(如甲类由甲部门监管、乙类由乙部门监管),分类制定标准。"
    got = [(t, tuple(ld)) for _, _, t, ld, _ in passive_handling(text)]
    assert got == [("监管甲类", ("甲部门",)), ("监管乙类", ("乙部门",))]


def test_a_list_of_topics_before_one_handler_stays_one_topic():
    got = [t for _, _, t, _, _ in passive_handling("甲队、乙队、丙队由某系安排。")]
    assert got == ["安排甲队、乙队、丙队"]


def test_the_make_up_of_a_mechanism_to_be_built_is_no_row():
    assert passive_handling("要构建由政府统筹、部门协同的工作格局。") == []


# -- the second batch of the session (w121, w124, w125, w117's remaining errors) -------------------------------------

def test_a_campaigns_length_after_its_dates_is_no_target():
    from extract.rules.target_cues import spans_the_plan
    assert spans_the_plan("本次行动从9月20日开始,12月30日结束,共", "天", "。")
    assert spans_the_plan("自3月1日起至5月31日止,历时", "个月", "。")
    assert not spans_the_plan("本次行动共培训", "天", "。")
    assert _targets("一、活动时间\n本次专项行动从9月20日开始,12月30日结束,共100天。") == []


def test_main_points_are_no_modal():
    assert _MODAL.search("全县某系统平安稳定工作要点") is None
    assert _MODAL.search("各校要于月底前完成") is not None
    assert _targets("全县某系统平安稳定工作要点(4篇)") == []


def test_a_band_along_a_border_is_a_zone():
    from extract.rules.zone_extents import bounds_zone
    assert bounds_zone("保留边远山区、边境", "公里", "范围内的教学点")
    assert not bounds_zone("新建沿河步道", "公里", "。")


def test_a_basis_before_with_keeps_the_subject_the_lead():
    rows = _rows("二是适当收费。甲部门根据上级文件精神,会同财政、教育等部门进行成本测算,制定收费标准。")
    assert rows == [("进行成本测算", ("甲部门",), ("财政", "教育"))]


def test_each_listed_event_owns_its_host_labels():
    from extract.rules.unit_event_items import event_item_rows
    text = ("某县三项比赛实施计划\n(一)某县某某征文比赛:\n1、承办学校:东山国小。\n2、收件日期:自10月25日至11月5日止。\n"
            "(二)某县某某绘本比赛:\n1、参加对象:本县学生。\n2、承办学校:西山国小。\n(三)报名时间:\n1、即日起至月底。\n")
    got = [(t, lead, resp) for _, _, t, lead, resp in event_item_rows(text)]
    assert got == [("某县某某征文比赛", [], ["东山国小"]), ("某县某某绘本比赛", [], ["西山国小"])]
    assert ("某县某某征文比赛", (), ("东山国小",)) in _rows(text)


def test_an_events_stages_by_their_own_host_labels():
    from extract.rules.unit_event_items import stage_host_rows
    text = ("某某比赛实施要点\n一、指导单位:某部\n二、初赛主办单位:各县教育局\n三、决赛主办单位:某艺术教育馆\n"
            "四、决赛协办单位:某县政府教育处、某艺文中心\n五、决赛承办单位:某县某国民小学\n六、比赛组别:\n")
    got = {t: (lead, resp) for _, _, t, lead, resp in stage_host_rows(text)}
    assert got["决赛"] == (["某艺术教育馆"], ["某县政府教育处", "某艺文中心", "某县某国民小学"])
    assert got["初赛"] == (["各县教育局"], [])


def test_a_stages_numbered_host_label_is_no_footer():
    from extract.normalise import _ITEM_ROLE_LABEL_LINE, _BARE_ROLE_LABEL_LINE
    assert _ITEM_ROLE_LABEL_LINE.fullmatch("二、初赛主办单位:各县教育局")
    assert _BARE_ROLE_LABEL_LINE.match("决赛承办单位:某校")


def test_a_row_of_joint_parties_only_stands_in_no_readers_way():
    from extract.data import Span, UnitAssignment
    from extract.rules.joint_parties import joint_only
    kw = dict(doc="t", quote="", span=None, norm_span=Span(start=0, end=1), section="", backend="rules",
              backend_version="x", schema_version="records.v1", task="某事")
    assert joint_only(UnitAssignment(**kw, lead_units=["与前一年度差异处"], responsible_units=[]))
    assert not joint_only(UnitAssignment(**kw, lead_units=["甲局"], responsible_units=["与乙局"]))


def test_a_bracket_label_whose_colon_was_lost_before_one_name():
    text = "一、进展情况\n(一)全县初中学校安装除颤仪(牵头责任单位某县教育局)\n目前已完成采购,正在安装。\n"
    assert ("全县初中学校安装除颤仪", ("某县教育局",), ()) in _rows(text)
    assert _rows("(一)全县学校开展活动(责任单位自行安排)\n") == []


def test_a_name_opened_by_a_start_of_works_is_a_task():
    from extract.cues import is_unit_cell
    assert not is_unit_cell("动工建设某区疾控中心")
    assert not is_unit_cell("启动某某中心")
    assert is_unit_cell("某区疾控中心")


def test_a_time_field_in_roc_years_with_weekdays_and_clock_times_is_no_goal():
    from extract.rules.goal_cited_status import is_time_field
    assert is_time_field("3、报名日期: 111 年 10 月 24 日(星期一)至 111 年 11 月 4 日(星期五)下午 5 时")
    assert is_time_field("报名日期:即日起至 111 年 10 月 21 日(星期五)止")
    assert not is_time_field("时间:2031年3月底前完成验收")


def test_places_left_out_or_counted_within_places_are_a_scope():
    from extract.rules.target_exclusions import counts_places_in_scope
    assert counts_places_in_scope("在全省除", "个", "重点帮扶县以外的其他60个县")
    assert counts_places_in_scope("食堂项目方面,在全省12个市州", "个", "县区农村中小学新建食堂400个")
    assert not counts_places_in_scope("在全省", "个", "食堂")
    text = "改扩建食堂项目方面,在全省12个市州60个县区农村中小学新建、改扩建食堂400个,投入资金2亿元。"
    assert (61.0, "个") not in _targets(text) and (13.0, "个") not in _targets(text)


def test_a_past_years_batch_of_funding_gives_no_planned_project_measure():
    from extract.rules.target_hand_decisions import past_year_batch
    assert past_year_batch("2031年获某某投资项目总投资1480万元,其中…", 2032)
    assert not past_year_batch("2032年获某某投资项目计划总投资1630万元", 2022)
    assert not past_year_batch("2031年获某某投资项目总投资1480万元", None)
    text = ("日期:2032年10月27日\n2031年获某某投资项目总投资1480万元,其中,中央资金1184万元。\n"
            "2032年获某某投资项目计划总投资1630万元,新建教学楼2750平方米。")
    got = _targets(text)
    assert (1480.0, "万元") not in got and (1630.0, "万元") in got


def test_a_number_run_into_a_programmes_name_is_no_count():
    from extract.rules.named_numbers import names_numbered_programme
    assert names_numbered_programme("项", "目攻坚行动计划提供支持")
    assert not names_numbered_programme("项", "目标任务")
    assert not names_numbered_programme("个", "项目")
    assert _targets("为实施2114项目攻坚行动计划提供人才支撑。") == []


def test_a_joint_lead_with_a_comma_before_its_doing():
    rows = _rows("节前,学校部署安全工作。某校保卫处联合学生处、后勤处等部门,对两个校区开展节前安全大检查。")
    assert ("对两个校区开展节前安全大检查", ("某校保卫处",), ("学生处", "后勤处")) in rows
    rows = _rows("9月5日,某区市场监管局联合某区教育局、某区公安分局前往某中学等地,开展校园食品安全联合检查。")
    assert any(r[1] == ("某区市场监管局",) and r[2] == ("某区教育局", "某区公安分局") for r in rows)


def test_the_subject_of_a_lead_in_sentence_owns_its_list():
    from extract.cues import is_unit_cell
    from extract.rules.unit_pronoun_owners import subject_owner_lead_ins
    text = "主要职责:某膳食管理委员会必须本着为师生服务的精神,坚持以食品安全为首要目标,其主要职责为:\n1、参与制定营养计划实施办法。\n"
    assert [o for o, _ in subject_owner_lead_ins(text, is_unit_cell)] == ["某膳食管理委员会"]
    assert subject_owner_lead_ins("各校必须高度重视,其主要职责为:\n1、做好安排。\n", is_unit_cell) == []
    rows = _rows(text + "2、制定学校食堂的管理办法,协调解决纠纷。\n")
    assert [r[1] for r in rows] == [("某膳食管理委员会",), ("某膳食管理委员会",)]


def test_a_purpose_before_with_keeps_the_subject_the_lead():
    rows = _rows("某市保护委员会为有效防范暑期研学风险,会同某市教委、某市文旅局,梳理提出有关工作举措。")
    assert rows == [("梳理提出有关工作举措", ("某市保护委员会",), ("某市教委", "某市文旅局"))]


def test_a_standard_set_by_a_bureau_in_passive_order():
    got = [(t, tuple(ld)) for _, _, t, ld, _ in passive_handling("二、收费标准。学校课后服务收费标准由县发改局核定。")]
    assert got == [("核定学校课后服务收费标准", ("县发改局",))]


def test_an_adverb_of_each_place_ends_no_name():
    from extract.rules.units import _VERB_CUT
    assert _VERB_CUT.match("督导部门逐校", 5)
    rows = _rows("各地县级教育行政部门要会同教育督导部门逐校开展检查。")
    assert ("逐校开展检查", (), ("教育督导部门",)) in rows


def test_a_with_list_closed_by_its_functional_departments_tail():
    rows = _rows("县教育局会同公安、交通等职能部门,全面督查各学校安全教育情况。")
    assert rows == [("全面督查各学校安全教育情况", ("县教育局",), ("公安", "交通"))]


def test_passive_handling_by_several_bodies_each_and_by_making_or_hiring_verbs():
    got = [(t, tuple(ld)) for _, _, t, ld, _ in passive_handling("1.某类证明由甲区人社局、乙区市场监管局分别审核。")]
    assert got == [("审核某类证明", ("甲区人社局", "乙区市场监管局"))]
    got = [(t, tuple(ld)) for _, _, t, ld, _ in passive_handling("三、评估的具体标准由某省教育厅制定。责任督学由某县教育督导室聘任。")]
    assert got == [("制定评估的具体标准", ("某省教育厅",)), ("聘任责任督学", ("某县教育督导室",))]


def test_the_cohort_graduating_is_no_intake_target():
    from extract.rules.target_hand_decisions import graduating_count
    assert graduating_count("2032年某区小学毕业", "个", "班5400人")
    assert graduating_count("2032年某区小学毕业105个班", "人", ",")
    assert not graduating_count("计划招收", "个", "班")
    assert not graduating_count("预计毕业", "人", "")
    text = "一、招生计划\n2032年某区小学毕业105个班5400人,计划招收230个班11000人。"
    assert _targets(text) == [(230.0, "个"), (11000.0, "人")]


# -- a meeting's decisions put on units by their modal ---------------------------------------------------------------

def test_a_meetings_decisions_put_on_units_by_their_modal():
    from extract.rules.unit_modal_subjects import is_meeting_record, modal_subject_rows
    text = ("某县政府常务会议纪要\n会议研究了某县学校建设问题。现纪要如下:\n一、某县教育局要加快推进校舍改造,确保按期完工。"
            "二是某县财政局要足额保障建设资金。\n三、甲局、乙局等单位要相互配合,完成项目用地报批工作。\n四、各乡镇要做好配合。")
    assert is_meeting_record(text)
    got = [(t, ld, rs) for _, _, t, ld, rs in modal_subject_rows(text)]
    assert ("加快推进校舍改造", ["某县教育局"], []) in got
    assert ("足额保障建设资金", ["某县财政局"], []) in got
    assert ("完成项目用地报批工作", [], ["甲局", "乙局"]) in got
    assert not any("乡镇" in " ".join(ld + rs) for _, ld, rs in got)  # a collective


def test_a_plans_own_modal_sentences_are_left_to_the_other_readers():
    from extract.rules.unit_modal_subjects import modal_subject_rows
    text = "某县学前教育发展实施方案\n三、保障措施\n某县教育局要加快推进幼儿园建设。"
    assert modal_subject_rows(text) == []
