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
    assert _MODAL.search("现将工作情况简要总结如下") is None
    assert _MODAL.search("现将有关工作小结如下") is None
    assert _MODAL.search("现将有关事项安排如下") is not None  # arrangements ahead keep their 将
    assert _MODAL.search("明年将新建学校3所") is not None


def test_a_flattened_report_after_its_formula_gives_no_status_figure_as_target():
    text = ("某县学校发展情况报告.doc\n某县学校发展情况报告近年来,某县做了大量工作,现将工作情况简要总结如下一、总体情况"
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
    assert opens_indicator_part("绩效指标一级指标二级指标指标内容指标值")
    assert opens_indicator_part("一级指标 | 二级指标 | 三级指标 | 指标值 |")
    assert not opens_indicator_part("一级指标完成情况良好,二级指标均已达到。")


def test_the_rows_under_a_forms_goal_label_are_no_goals():
    text = ("绩效目标表\n(2031年度)\n项目名称某某补助资金\n总体目标年度目标\n全面改善某县学校办学条件,提高教育质量。\n"
            "绩效指标一级指标二级指标指标内容指标值\n产出指标数量指标学校改造覆盖率100%\n质量指标验收合格率100%\n")
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
