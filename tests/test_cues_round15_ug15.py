"""Unit-assignment cues of the fifteenth round (ug15), tested on made-up sentences of the genre in several fields
(employment, social security, health, elderly care, disability, women and children) and in Traditional script with
Taiwan/Hong Kong role words; each with near-misses that must not fire. Every text is made up."""

import pytest

from extract.rules.unit_clauses import (bare_level, object_of_build_verb, only_bare_levels, quoted_party_via,
                                    subject_with_collective, task_then_led_with, time_only_task,
                                    unit_cell_before_progress, whole_name_end, with_units_then_task,
                                    without_duty_adverb)
from extract.rules.unit_prose import task_then_sharers
from test_cues_round12v_units import check


# -- 1. U7d: a party named by its relation to the task leads; a distributive collective does not
U7D = [
    ('学生的体检工作,由学生所在学校负责;', [('学生的体检工作', ['学生所在学校'], [])]),
    ('学员的岗前培训,由学员所在单位负责;', [('学员的岗前培训', ['学员所在单位'], [])]),
    ('家属区的绿化管护,由相关物业公司负责、后勤处配合;', [('家属区的绿化管护', ['相关物业公司'], ['后勤处'])]),
    ('教师的心理健康培训,由各学校负责;', []),
    ('老人的日常照护,由家属负责。', []),
]


@pytest.mark.parametrize("text,rows", U7D)
def test_party_by_relation(text, rows):
    check(text, rows)


def test_party_by_relation_cue():
    assert [(h.task, h.lead) for h in task_then_sharers("职工的体检工作,由职工所在部门负责。")] == [("职工的体检工作", ["职工所在部门"])]
    assert task_then_sharers("职工的体检工作,由所有部门负责。") == []


# -- 2. the whole name after ``由``
BY_NAME = [
    ('由某区人社局牵头,联合某区教育局开展青年就业服务活动。', [('开展青年就业服务活动', ['某区人社局'], ['某区教育局'])]),
    ('由社會福利署通過地區福利辦事處跟進個案。', [('通過地區福利辦事處跟進個案', ['社會福利署'], [])]),
    ('由勞工處透過就業中心提供職業配對服務。', [('透過就業中心提供職業配對服務', ['勞工處'], [])]),
    ('由丙乡公所办理长者送餐,每周一次。', [('办理长者送餐', ['丙乡公所'], [])]),
]


@pytest.mark.parametrize("text,rows", BY_NAME)
def test_whole_name_after_by(text, rows):
    check(text, rows)


def test_whole_name_end():
    assert whole_name_end("某区人社局牵头", 4) == 5
    assert whole_name_end("社会福利署通过地区办事处跟进", 2) == 5
    assert whole_name_end("劳工处透过就业中心提供服务", 9) == 3
    assert whole_name_end("丙乡公所办理送餐", 4) == 4  # ``办理``: a doing, no ending
    assert whole_name_end("「甲队」通过探访", 4) == 0  # a quoted name is ``quoted_party_via``'s


# -- 3. a party in corner quotes, then the means of its doing
def test_quoted_party_via():
    text = '署方會加強支援,由「某區長者支援隊伍」 (支援隊)通過上門探訪識別獨居長者,再轉介跟進。'
    got = quoted_party_via(text)
    assert [(t, u) for _, _, t, u in got] == [("通過上門探訪識別獨居長者", "某區長者支援隊伍")]
    assert quoted_party_via('由「樂齡計劃」通過社區中心推廣運動。') == []  # a scheme, no organisation
    assert quoted_party_via('由「某區長者支援隊伍」負責探訪。') == []  # no means: the charge cues read it


def test_quoted_party_via_record():
    check('由「某區長者支援隊伍」(支援隊)通過上門探訪識別獨居長者。', [('通過上門探訪識別獨居長者', ['某區長者支援隊伍'], [])])


# -- 4. a time phrase is no task
def test_time_only_task():
    assert time_only_task("2031年") and time_only_task("今年") and time_only_task("2031年度")
    assert not time_only_task("2031年新建托育机构3个")


def test_credit_after_report_gives_no_row():
    check('2031年,全县共新建托育机构3个,新增托位300个。 (县卫健局)', [])
    check('新建托育机构3个,新增托位300个。(县卫健局、县发改局)', [('新建托育机构3个', [], ['县卫健局', '县发改局'])])


# -- 5. the object of a building verb
def test_object_of_build_verb():
    assert object_of_build_verb("建成启用") and object_of_build_verb("新建")
    assert not object_of_build_verb("开展助餐服务")


FLAT_BUILD = [
    ('序号\n重点工作任务\n牵头单位\n负责科室\n1\n新增助餐点12个\n某区民政局\n养老科\n2\n建成投用镇级长者服务中心\n3\n'
     '新增养老床位500张\n某区民政局\n养老科\n',
     [('新增助餐点12个', ['某区民政局'], ['养老科']), ('新增养老床位500张', ['某区民政局'], ['养老科'])]),
]


@pytest.mark.parametrize("text,rows", FLAT_BUILD)
def test_facility_after_build_verb_is_no_unit(text, rows):
    check(text, rows)


# -- 6. a lone level word
def test_bare_level():
    assert bare_level("区") and not bare_level("区民政局")
    assert only_bare_levels(["区"]) and not only_bare_levels(["8个街道", "镇"])


def test_cut_label_gives_no_row():
    check('(四)新增城镇就业1200人\n\n责任单位:区人社局\n\n(五)新增养老床位200张\n\n责任单位:区',
          [('新增城镇就业1200人', [], ['区人社局'])])


# -- 7. task, then ``由X会同Y`` and a bare doing
LED_WITH = [
    ('扩大失业保险覆盖面,由某县人社局会同某县税务局组织实施。', [('扩大失业保险覆盖面', ['某县人社局'], ['某县税务局'])]),
    ('完善困难残疾人生活补贴制度,由某市残联会同某市民政局、某市财政局负责落实。',
     [('完善困难残疾人生活补贴制度', ['某市残联'], ['某市民政局', '某市财政局'])]),
    ('擴大長者醫療券使用範圍,由衞生署會同社會福利署推進。', [('擴大長者醫療券使用範圍', ['衞生署'], ['社會福利署'])]),
]


@pytest.mark.parametrize("text,rows", LED_WITH)
def test_task_then_led_with(text, rows):
    check(text, rows)


def test_task_then_led_with_cue():
    assert task_then_led_with("扩大失业保险覆盖面,由各街道会同社区组织实施。") == []  # a collective leads no one
    assert task_then_led_with("扩大失业保险覆盖面,由某县人社局会同某县税务局,对企业开展宣传。") == []  # a task after: another cue


# -- 8. subject, a clause of attitude, then ``会同有关部门`` and the task
def test_subject_with_collective():
    got = subject_with_collective("收到提案后,某县妇联、某县卫健局高度重视,及时会同相关部门研究制定方案,确保落实。")
    assert [(t, ld, rs) for _, _, t, ld, rs in got] == [("研究制定方案", ["某县妇联", "某县卫健局"], ["相关部门"])]
    assert subject_with_collective("家长高度重视,及时会同相关部门研究处理。") == []  # people, no organisation
    assert subject_with_collective("某县妇联及时会同相关部门研究处理。") == []  # no clause of attitude: other cues


def test_subject_with_collective_record():
    check('某区民政局、某区残联高度重视,及时会同相关部门研究制定方案。',
          [('研究制定方案', ['某区民政局', '某区残联'], ['相关部门'])])


# -- 9. a unit cell before the progress column of a flattened table
def test_unit_cell_before_progress():
    head = "重点任务\n\n年度目标\n\n责任单位\n\n三季度落实情况\n\n完善养老服务体系\n\n"
    assert unit_cell_before_progress(head)
    assert not unit_cell_before_progress("目标任务\n\n责任单位\n\n完成时限\n\n")


def test_progress_cell_items_are_no_rows():
    text = ("重点任务\n\n年度目标\n\n责任单位\n\n三季度落实情况\n\n完善养老服务体系\n\n养老服务供给明显改善。\n\n某区民政局\n\n"
            "1.实地查看社区养老服务站建设情况,指导各街道每月上报进展。\n\n2.完善助餐服务网络,新增助餐点3个。\n")
    got = [r for r in __import__("rules_kit").units(text)]
    assert all(r[0] != "实地查看社区养老服务站建设情况" for r in got), got


# -- 10. an adverb of the duty left at a unit's end
def test_without_duty_adverb():
    assert without_duty_adverb("各街道具体") == "各街道"
    assert without_duty_adverb("某区民政局") == "某区民政局"
    check('开展就业援助月活动,区人社局牵头,各街道具体落实。', [('开展就业援助月活动', ['区人社局'], ['各街道'])])


# -- 11. ``由X牵头,会同Y`` + the task with no comma
LED_THEN_WITH = [
    ('由某区卫健委牵头,会同某区民政局推进医养结合。', [('推进医养结合', ['某区卫健委'], ['某区民政局'])]),
    ('由某区卫健委牵头,会同某区民政局、某区医保局推进医养结合。', [('推进医养结合', ['某区卫健委'], ['某区民政局', '某区医保局'])]),
    ('由某区妇联牵头,会同有关部门开展儿童关爱行动。', [('开展儿童关爱行动', ['某区妇联'], ['有关部门'])]),
    # near-miss: ``联合`` as an adverb of the doing, no units after it
    ('由某区人社局牵头,联合开展青年就业服务活动。', [('联合开展青年就业服务活动', ['某区人社局'], [])]),
]


@pytest.mark.parametrize("text,rows", LED_THEN_WITH)
def test_led_then_with_units(text, rows):
    check(text, rows)


def test_with_units_then_task():
    assert with_units_then_task("会同某区民政局推进医养结合") == (["某区民政局"], 7)
    assert with_units_then_task("联合开展活动") is None
    assert with_units_then_task("推进医养结合") is None


# -- plain phrasings of the genre that already read right (kept so)
PLAIN = [
    ('1.开展职业技能培训3000人次。责任单位:某区人社局、某区总工会', [('开展职业技能培训3000人次', [], ['某区人社局', '某区总工会'])]),
    ('2.新增城镇就业岗位1200个,由某区人社局牵头,某区发改局、某区商务局配合。',
     [('新增城镇就业岗位1200个', ['某区人社局'], ['某区发改局', '某区商务局'])]),
    ('3.落实创业担保贷款政策(某区人社局、某区财政局负责)。', [('落实创业担保贷款政策', [], ['某区人社局', '某区财政局'])]),
    ('开展65岁以上老年人健康体检,由某区卫健委牵头负责。', [('开展65岁以上老年人健康体检', ['某区卫健委'], [])]),
    ('为困难重度残疾人提供居家托养服务。(市残联牵头,市民政局、市财政局配合)',
     [('为困难重度残疾人提供居家托养服务', ['市残联'], ['市民政局', '市财政局'])]),
    ('建设儿童友好社区5个,市妇儿工委办牵头,市民政局、市住建局按职责分工负责。',
     [('建设儿童友好社区5个', ['市妇儿工委办'], ['市民政局', '市住建局'])]),
    ('推動長者社區照顧服務,由社會福利署負責,房屋署協助。', [('推動長者社區照顧服務', ['社會福利署'], ['房屋署'])]),
    ('(一)擴大長照服務據點100處。(主辦機關:衛生福利部;協辦機關:各縣市政府)',
     [('擴大長照服務據點100處', ['衛生福利部'], ['各縣市政府'])]),
    ('序号 | 项目名称 | 责任单位 | 完成时限\n1 | 建设残疾人康复中心 | 某县残联 | 2031年\n2 | 开展妇女两癌筛查 | 某县妇联、某县卫健局 | 2031年',
     [('建设残疾人康复中心', ['某县残联'], []), ('开展妇女两癌筛查', ['某县妇联', '某县卫健局'], [])]),
    # near-misses
    ('在某区民政局的大力支持下,养老服务中心顺利建成。', []),
    ('据某区卫健委介绍,全区已建成社区卫生服务中心8个。', []),
    ('由各街道负责摸底排查。', []),
]


@pytest.mark.parametrize("text,rows", PLAIN)
def test_plain_phrasings(text, rows):
    check(text, rows)


# -- 12. (goals) a short opening phrase of a goal paragraph is its inline title (O2, fourteenth round)
from extract.rules.unit_clauses import opening_phrase_title_end  # noqa: E402


def _goals(text):
    from rules_kit import records
    return [r.text for r in records(text, "goal")]


def test_opening_phrase_title_end():
    assert opening_phrase_title_end("养老服务更加完善。每个街道建成1所养老服务中心。") == len("养老服务更加完善。")
    assert opening_phrase_title_end("大力兴办公益性、普惠性托育机构。加大托位供给。") > 0
    assert opening_phrase_title_end("养老服务更加完善。") == 0  # the paragraph's only text: a goal (O1)
    assert opening_phrase_title_end("到2031年,养老服务更加完善。每个街道…") == 0  # a number: a sentence
    assert opening_phrase_title_end("养老服务体系建设,更加完善。每个街道…") == 0  # a comma: a sentence


GOAL_TITLES = [
    ('二、主要目标\n就业质量稳步提升。城镇新增就业1200人,城镇调查失业率控制在5.5%以内。\n',
     ['城镇新增就业1200人,城镇调查失业率控制在5.5%以内']),
    ('二、发展目标\n大力兴办普惠性托育机构。加大托位供给力度。到2031年,每千人口托位数达到4.5个。\n',
     ['加大托位供给力度', '到2031年,每千人口托位数达到4.5个']),
    ('二、主要目標\n長者照顧服務更加完善。增設日間護理中心3所。\n', ['增設日間護理中心3所']),
    # near-misses: the phrase alone is a goal; outside a goal section nothing changes
    ('二、主要目标\n残疾人康复服务更加完善。\n', ['残疾人康复服务更加完善']),
    ('三、保障措施\n就业质量稳步提升。加强组织领导。\n', []),
]


@pytest.mark.parametrize("text,goals", GOAL_TITLES)
def test_opening_phrase_is_no_goal(text, goals):
    from extract.normalise import to_simplified
    assert [to_simplified(g) for g in _goals(text)] == [to_simplified(g) for g in goals]


# -- 13. (goals) the number of the document whose issue a story reports dates the page (O3d)
from extract.rules.unit_clauses import issued_number_year  # noqa: E402


def test_issued_number_year():
    assert issued_number_year("3月2日,某市政府以某政发【2031】12号文件正式印发《某市养老服务规划》。") == 2031
    assert issued_number_year("某市政府印发《托育服务三年行动计划》(某政发〔2031〕5号),提出…") == 2031
    assert issued_number_year("根据《某市养老服务规划》(某政发〔2031〕5号)要求,今年将…") is None  # cited, no issue


def test_story_of_issue_under_later_stamp():
    text = ("某市政府印发《某市就业促进规划》\n\n作者: 发布时间:2035-10-22 来源: 某报\n\n"
            "3月2日,某市政府以某政发【2031】12号文件正式印发《某市就业促进规划》。\n\n"
            "《某市就业促进规划》提出了总体目标:到2033年,全市城镇新增就业10万人。\n")
    got = [(r.text, r.target_year) for r in __import__("rules_kit").records(text, "goal")]
    assert any(y == 2033 for _, y in got), got
    # near-miss: the number only cited, the page's own stamp stands (2033 is over by 2035)
    cited = text.replace("以某政发【2031】12号文件正式印发", "转发")
    assert not any(r.target_year == 2033 for r in __import__("rules_kit").records(cited, "goal"))


def test_quoted_party_via_across_lines():
    text = '此外,署方會增撥資源,包括由「某區長者支援隊伍」\n(支援隊)通過上門探訪識別獨居長者,轉介跟進。\n'
    check(text, [('通過上門探訪識別獨居長者', ['某區長者支援隊伍'], [])])
    check('另外,署方會加強支援,包括由「樂齡計劃」\n(樂齡)通過社區中心推廣運動。\n', [])  # a scheme, no organisation


# -- 14. a project list glued into one run
from extract.rules.unit_clauses import glued_project_rows  # noqa: E402

GLUED = ("《某市一老一小重大项目清单》由会员分享。\n1、某市一老一小重大项目清单(养老)序号项目名称建设性质建设期限建设地点建设内容和规模"
         "总投资申请中央预算内投资实施单位备注1某县第一敬老院 改造项目改扩建2031-2032某县拟改扩建敬老院,新增床位120 张。"
         "260210某县 民政局2某县社区 日间照料中心建设项目新建2031-2033某县新建日间照料中心,面积800平方米。180150某县 人民政府"
         "3某县康养中心项目新建2031-2033某县新建康养中心,床位")


def test_glued_project_rows():
    got = [(t, u) for _, _, t, u in glued_project_rows(GLUED)]
    assert got == [("某县第一敬老院 改造项目", "某县民政局"), ("某县社区 日间照料中心建设项目", "某县人民政府")]
    assert glued_project_rows(GLUED.replace("实施单位", "联系电话")) == []  # no unit column in the header
    assert glued_project_rows(GLUED.replace("2某县社区", "5某县社区").replace("1某县第一", "4某县第一")) == []  # no count from 1


def test_glued_project_rows_records():
    check(GLUED, [("某县第一敬老院改造项目", ["某县民政局"], []), ("某县社区日间照料中心建设项目", ["某县人民政府"], [])])


# -- 15. ``X会同/联同Y`` + a task of any verb; ``X负责牵头Y``
from extract.rules.unit_clauses import blank_help_doing, charged_lead, subject_with_units  # noqa: E402

WITH_ANY_VERB = [
    ('某市卫健委会同某市医保局加强医疗救助衔接。', [('加强医疗救助衔接', ['某市卫健委'], ['某市医保局'])]),
    ('教育局會聯同職業訓練局加強職業專才教育。', [('加強職業專才教育', ['教育局'], ['職業訓練局'])]),
    ('区民政局负责牵头组织实施养老服务质量提升行动。', [('组织实施养老服务质量提升行动', ['区民政局'], [])]),
    # near-misses: the page's own office, a collective helper in a notice (U7a), a count with no task
    ('本局將聯同社會福利署及房屋署推展長者友善社區。', []),
    ('区委督查室、区政府督办室将会同有关部门对托育机构建设情况进行督查。\n', []),
    ('某县残联会同某县民政局、某县卫健局等两部门共同组成', []),
    ('各街道负责牵头组织辖区老年人体检。', []),
]


@pytest.mark.parametrize("text,rows", WITH_ANY_VERB)
def test_with_units_any_verb(text, rows):
    check(text, rows)


def test_subject_with_units_cue():
    assert [(t, ld, rs) for _, _, t, ld, rs in subject_with_units("某市卫健委会同某市医保局加强医疗救助衔接。")] == [
        ("加强医疗救助衔接", ["某市卫健委"], ["某市医保局"])]
    # (lead52) a joint deed reported done keeps its row: U7 (nineteenth round) reads ``X会同Z+task`` reported as done as
    # ``X负责Y``; the exclusion of deeds reported done is for ``由X`` clauses only
    assert [(t, ld, rs) for _, _, t, ld, rs in subject_with_units("某市卫健委会同某市医保局开展了医疗救助检查。")] == [
        ("开展了医疗救助检查", ["某市卫健委"], ["某市医保局"])]
    assert [(t, ld) for _, _, t, ld, _ in charged_lead("县人社局负责牵头推进零工市场建设。")] == [("推进零工市场建设", ["县人社局"])]
    assert charged_lead("各乡镇负责牵头推进零工市场建设。") == []


# -- 16. a helping verb with a bare doing after it
def test_blank_help_doing():
    assert blank_help_doing("由甲局负责,乙局配合办理。") == "由甲局负责,乙局配合  。"
    assert blank_help_doing("乙局配合办理退休手续") == "乙局配合办理退休手续"  # a doing with its object: no role part
    check('推动妇女就业促进措施,由县人社局负责,县妇联配合办理。', [('推动妇女就业促进措施', ['县人社局'], ['县妇联'])])
    check('推動婦女就業促進措施,由勞動力發展署負責,各分署配合辦理。', [('推動婦女就業促進措施', ['勞動力發展署'], ['各分署'])])


# -- 17. (goals) a bulleted document name the page cut
from extract.rules.unit_clauses import cut_document_name  # noqa: E402


def test_cut_document_name():
    assert cut_document_name("- 某省人民政府关于调整部分收")
    assert not cut_document_name("- 到2031年,全省建成养老服务中心100个")
    assert not cut_document_name("- 关于养老服务,到2031年建成中心100个")  # a comma: a sentence


def test_cut_related_list_item_is_no_goal():
    text = ("二、目标任务\n到2031年,全市经常参加体育锻炼人数达到50%。\n注意\n【之后的内容被隐藏了,请下载APP查看完整内容。】\n"
            "- 某市体育设施管理办法(2029年)\n- 某省体育局关于调整部分收\n")
    got = _goals(text)
    assert "到2031年,全市经常参加体育锻炼人数达到50%" in got
    assert not any("关于" in g for g in got), got


def test_subject_with_units_news_deeds():
    assert subject_with_units("某市教育局会同某市财政局印发《某市学生资助办法》。") == []  # the issue of a document
    assert subject_with_units("近日,某市民政局会同某市卫健委召开养老服务推进会。") == []  # a meeting reported


# -- 18. (goals) an ordinal inline title that names goals
from extract.rules.unit_clauses import ordinal_goal_title_end  # noqa: E402


def test_ordinal_goal_title_end():
    assert ordinal_goal_title_end("一是紧盯托位配备核心目标。实现每个街道至少建成1所托育机构。") == len("一是紧盯托位配备核心目标。")
    assert ordinal_goal_title_end("二是明确工作目标:新增就业岗位1200个。") > 0
    assert ordinal_goal_title_end("一是加强护理员培训。每年培训200人次。") == 0  # a title naming no goal
    assert ordinal_goal_title_end("一是紧盯核心目标。") == 0  # nothing after it


def test_sentences_after_ordinal_goal_title():
    text = ("一、加强托育服务\n一是紧盯托位配备核心目标。实现每个街道至少建成1所普惠托育机构,并鼓励用人单位办托。"
            "到2031年底,每千人口托位数达到4.5个。\n二是加强保育人员培训。每年培训保育人员200人次。\n")
    got = _goals(text)
    assert "实现每个街道至少建成1所普惠托育机构,并鼓励用人单位办托" in got
    assert "每年培训保育人员200人次" not in got


# -- 19. a place under a location column
from extract.rules.unit_clauses import under_place_column  # noqa: E402

CUT_ROW = ("序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n建设内容 |\n投资(万元) |\n责任单位 |\n|\n"
           "1 |\n某县敬老院改造项目 |\n某镇 |\n2031 |\n改造敬老院床位80张。 |\n300 |\n民政局 |\n|\n"
           "2 |\n某县残疾人康复中心建设项目 |\n某街道 |\n2031 |\n新建康复中心1所。 |\n800 |\n残联 |\n|\n"
           "3 |\n某县托育中心建设项目 |\n某乡 |\n2031 |\n新建托育用房和户外活动场地,")


def test_under_place_column():
    cols = ["项目名称", "建设地点", "建设时间", "责任单位"]
    assert under_place_column(cols, 1) and not under_place_column(cols, 3) and not under_place_column(cols, 9)


def test_cut_last_row_place_is_no_unit():
    check(CUT_ROW, [("某县敬老院改造项目", ["民政局"], []), ("某县残疾人康复中心建设项目", ["残联"], [])])


def test_building_doing_opens_no_unit_name():
    from extract.cues import is_unit_cell
    assert not is_unit_cell("建成投用镇级长者服务中心") and not is_unit_cell("开设社区托育中心")
    assert is_unit_cell("区长者服务中心") and is_unit_cell("新建区民政局") and is_unit_cell("区建设局")


# -- 20. task, then ``X为牵头单位,Y为责任单位``
from extract.rules.unit_clauses import task_then_copula_roles  # noqa: E402

COPULA = [
    ('开展老年人免费体检，县卫健委为牵头单位，各乡镇卫生院为责任单位。', [('开展老年人免费体检', ['县卫健委'], ['各乡镇卫生院'])]),
    ('落实困难残疾人生活补贴,县残联为牵头单位,县民政局、县财政局为配合单位。',
     [('落实困难残疾人生活补贴', ['县残联'], ['县民政局', '县财政局'])]),
    # near-misses: no label after 为, a collective alone
    ('开展老年人免费体检,这是一项重要的民生工作。', []),
    ('开展老年人免费体检,各乡镇为责任单位。', []),
]


@pytest.mark.parametrize("text,rows", COPULA)
def test_task_then_copula_roles(text, rows):
    check(text, rows)


def test_task_then_copula_roles_cue():
    assert task_then_copula_roles("县卫健委为牵头单位。") == []  # no task before the parts


# -- 21. the cut sub-row after a task table's last row
CUT_SUB_ROW = ("某区2031年民生实事项目目标任务与责任分解表\n序号\n\n项目\n\n责任单位\n\n建设内容\n\n总投资\n(万元)\n\n2031年\n目标进度\n\n"
               "1\n\n完善养老服务设施\n\n区民政局\n\n新建社区养老服务站5个。\n\n3200\n\n年内完成\n\n区卫健局\n\n新建医养结合中心1个。\n\n800\n\n"
               "10月底完成\n\n2\n\n改善人居条件\n\n区住建局\n\n改造老旧小区30个。\n\n12800\n\n年内完成\n\n\n\n区城管局\n\n完成")


def test_cut_sub_row_after_last_row():
    rows = [("完善养老服务设施", ["区民政局"], []), ("完善养老服务设施", ["区卫健局"], []),
            ("改善人居条件", ["区住建局"], [])]
    check(CUT_SUB_ROW, rows + [("改善人居条件", ["区城管局"], [])])
    check(CUT_SUB_ROW.replace("\n\n区城管局\n\n完成", ""), rows)
    check(CUT_SUB_ROW.replace("\n\n区城管局\n\n完成", "\n\n注:投资为估算数"), rows)  # no unit opens it


# -- 22. an office's duties, then the office's name closing the page
from extract.rules.unit_clauses import duties_then_office  # noqa: E402

DUTIES = ("统筹管理全区养老服务工作。负责拟订养老服务发展规划并组织实施。负责指导社区养老服务站建设。"
          "负责老年人福利补贴的发放管理。\n区民政局(养老科)")


def test_duties_then_office():
    got = duties_then_office(DUTIES)
    assert got is not None and got[2:] == ("统筹管理全区养老服务工作", "区民政局(养老科)")
    assert duties_then_office("区民政局(养老科)\n" + DUTIES.split("\n")[0]) is None  # the name first: a U8 heading
    assert duties_then_office("现将有关事项通知如下。请各单位认真贯彻落实。\n区民政局") is None  # a notice's signature


def test_duties_then_office_record():
    check(DUTIES, [("统筹管理全区养老服务工作", ["区民政局(养老科)"], [])])
