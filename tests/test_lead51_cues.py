"""(lead51) Cues from the fifty-first session's reading of the development texts and the opened batches, each on
made-up text."""
from test_lead46_cues import _rows  # noqa: E402  (records of a made-up text)


# -- a matter clause before ``由X负责,Y配合,做好…``: the task follows the helpers ---------------------------------------

def test_a_matter_clause_before_a_led_charge_is_no_task():
    rows = _rows("六、关于某小学扩建用地问题,由某县自然资源局负责,某某镇配合,做好用地报批工作。")
    assert ("做好用地报批工作", ("某县自然资源局",), ("某某镇",)) in rows


def test_a_topic_before_a_bare_charge_stays_the_task():
    rows = _rows("二、分工\n场馆的日常维护,由某县体育中心负责。")
    assert ("场馆的日常维护", ("某县体育中心",), ()) in rows


# -- glued duty titles: a make-up sentence or a page mark between the title and its first item -------------------------

def test_a_glued_duty_title_with_its_make_up_sentence_owns_the_items():
    text = ("阅卷人员职责阅卷组职责阅卷组由教研室主任任组长,组员由各科教师组成。其职责为:1.制定评分细则。2.组织试评。"
            "3.复核分数。登分组职责1.录入成绩。2.核对名册。")
    rows = _rows(text)
    assert ("制定评分细则", ("阅卷组",), ()) in rows
    assert ("复核分数", ("阅卷组",), ()) in rows
    assert ("录入成绩", ("登分组",), ()) in rows
    assert not any(t == "录入成绩" and ld == ("阅卷组",) for t, ld, _ in rows)  # the next title closes the block


def test_a_page_mark_between_a_glued_title_and_its_first_item():
    text = "某考点工作人员须遵守考试纪律。考务组职责1.布置考场。2.分发试卷。引导组职责第2页共5页1.张贴考场示意图。2.做好引导工作。"
    rows = _rows(text)
    assert ("张贴考场示意图", ("引导组",), ()) in rows
    assert ("分发试卷", ("考务组",), ()) in rows
    assert not any(t == "张贴考场示意图" and ld == ("考务组",) for t, ld, _ in rows)


# -- ``X将会同…``: helpers named by relation, the subject after a comma; field words sharing ``部门`` --------------------

def test_a_future_with_clause_names_its_helpers_by_relation():
    rows = _rows("二、工作要求\n要加强统筹协调,某市文旅局将会同相关部门对营地开展检查。")
    assert ("对营地开展检查", ("某市文旅局",), ("相关部门",)) in rows
    assert not any("加强" in " ".join(ld) for _, ld, _ in rows)  # the clause's subject, not the sentence's opening words


def test_field_words_sharing_the_last_ones_department_are_the_helpers():
    rows = _rows("二、工作要求\n某县编办会同人社、财政部门,每年秋季核定学校教职工编制。")
    assert ("每年秋季核定学校教职工编制", ("某县编办",), ("人社", "财政部门")) in rows
    rows = _rows("二、工作要求\n某县编办会同教育、人社等职能部门,核定中小学教职工编制。")
    assert not any("等职能部门" in " ".join(rs) for _, _, rs in rows)  # a list closed by 等 is the listed branch's


# -- targets: a budget's base year, an inspection's tally; a flattened outline's lost breaks ---------------------------

def _targets(text: str):
    from extract.data import Document
    from extract.pipeline import process_document
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return [r for r in process_document(doc, "rules").records if r.type == "numeric_target"]


def test_a_budgets_change_from_a_numbered_base_year_and_the_base_figure_are_no_targets():
    got = {r.value for r in _targets("某市明年度教育預算編列800億元,較131年度成長5.5%,比131年度758.2億元再多出許多。")}
    assert 800 in got
    assert 5.5 not in got and 758.2 not in got


def test_an_inspections_tally_is_no_target():
    got = {r.value for r in _targets("某县召开护苗专项调度会。会议通报,检查组现场排查出31个问题,当场处罚4家,责令整改9家。"
                                     "会议要求,2031年底前完成整改100%。")}
    assert not got & {31, 4, 9}


def test_a_flattened_outline_with_blank_runs_keeps_its_goal_section():
    from extract.normalise import normalise
    text = ("某县2031年度教育专项实施方案。  按照上级部署,结合本县情况,特制订本方案,请各单位认真组织实施并按时报送进展情况,确保方案执行到位。  "
            "一、年度目标任务  (一)促进学前教育发展  1、新建乡镇幼儿园12所。  2、新建幼教点40个。  二、具体措施  "
            "(一)改善校舍条件  推进校舍维修工作。")
    assert "\n一、年度目标任务" in normalise(text).text
    assert "\n1、新建乡镇幼儿园12所" in normalise(text).text
    short = "甲  一、乙  (一)丙"  # a short line: no flattened outline
    assert "\n" not in normalise(short).text


# -- ``由X(note)牵头,…``: the name's own bracket; ``X牵头+doing了``: a task reported done keeps its row (U7) -----------------

def test_a_names_own_bracket_before_its_role_verb_is_part_of_the_name():
    rows = _rows("二、工作措施\n由社区(村)牵头,组织网格员、志愿者开展入户走访。")
    assert ("组织网格员、志愿者开展入户走访", ("社区(村)",), ()) in rows
    assert not any(t.startswith("(") for t, _, _ in rows)


def test_a_led_deed_reported_done_keeps_its_row():
    rows = _rows("二、工作进展\n某县公安局牵头开展了校园周边交通秩序排查。")
    assert ("开展了校园周边交通秩序排查", ("某县公安局",), ()) in rows


# -- U7h: an appositive before the modal, an example's mark, decisions joined by ``、``, a name cut inside a word -------

def _modal(text: str):
    from extract.rules.unit_modal_subjects import modal_subject_rows
    return [(t, ld) for _, _, t, ld, _ in modal_subject_rows(text)]


def test_meeting_decisions_with_an_appositive_an_example_mark_and_a_list():
    text = ("6月3日,某县文体工作座谈会在县府会议室召开。会议指出,某县文旅局作为全民健身的牵头部门,要办好各类赛事。"
            "各成员单位要结合各自职责做好工作,如县总工会要结合职工运动会做好组织工作,某县教育局要结合校园足球做好训练工作、"
            "某县卫健局要结合健康促进做好宣传工作等。")
    got = _modal(text)
    assert ("办好各类赛事", ["某县文旅局"]) in got
    assert ("结合职工运动会做好组织工作", ["县总工会"]) in got  # no ``如`` in the name
    assert ("结合校园足球做好训练工作", ["某县教育局"]) in got
    assert ("结合健康促进做好宣传工作", ["某县卫健局"]) in got


def test_an_asked_name_cut_inside_a_word_is_no_party():
    from extract.rules.unit_modal_subjects import asked_unit_rows
    text = "5月8日,某区召开场馆开放专题会议,要求学校和社区密切协作,保障场馆开放有序。"
    assert not any(ld == ["社"] for _, _, _, ld, _ in asked_unit_rows(text))


def test_an_inspections_count_of_what_it_inspected_and_years_of_service_are_no_targets():
    got = {r.value for r in _targets("在三天的联合督查中,共检查托管机构9家,艺术培训点6所。")}
    assert 9 not in got
    got = {r.value for r in _targets("建立教师荣誉表彰办法。县里对在山区学校任教25年以上的教师颁发证书。")}
    assert 25 not in got


def test_a_passive_lead_with_its_adverb_or_carrying_verb():
    rows = _rows("二、组织领导\n全市中考工作由某市教育局统一领导,各县区分级负责。\n三、计划\n学位分配由某区教体局进行综合统筹。")
    assert any(ld == ("某区教体局",) and "学位分配" in t for t, ld, _ in rows)


def test_a_partyless_glued_title_over_items_with_their_own_duty_labels():
    text = ("一、组织机构\n成立护校工作领导小组,家长代表等为日常联络员。(二)主要职责1.领导小组职责:统揽日常护校巡查,关注周边动态。"
            "2.办公室职责:负责信息收集与报送。\n")
    rows = _rows(text)
    assert any(ld == ("领导小组",) and t.startswith("统揽日常护校巡查") for t, ld, _ in rows)
    assert not any(ld == ("主要",) for _, ld, _ in rows)
