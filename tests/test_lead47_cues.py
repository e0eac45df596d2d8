"""(lead47) Unit-row cues from the opened forward batches (w89-*, w90-*, w91-*, w92-*, w93-*), read at the thirty-sixth
round's first session, each on made-up text."""
from extract.cues import is_unit_cell
from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.unit_directed_offices import directed_offices
from extract.rules.unit_duty_items import item_subject
from extract.rules.unit_prose import is_duty
from extract.rules.unit_semicolon_division import semicolon_division_rows


from test_lead46_cues import _rows  # noqa: E402  (the same sorted unit rows of a made-up text)


def test_a_law_paragraph_number_opens_the_owner_lead_in():
    rows = _rows("第2條(權限職掌)\n〔1〕本署掌理下列事項:\n一、甲類學校教育政策之規劃及督導。\n二、乙類學校一般教育事項之規劃。")
    assert [r[1] for r in rows] == [("本署",), ("本署",)]


def test_ordinal_sections_glued_on_one_line_are_heads_of_their_own():
    rows = _rows("某某處 第一科:掌甲類預算等事項 第二科:掌乙類人事事項 第三科:掌丙類經費審核")
    assert sorted(r[1] for r in rows) == [("第一科",), ("第三科",), ("第二科",)]
    assert all("第" not in r[0] for r in rows)  # no task runs into the next section's name


def test_ordinal_glue_needs_an_ordinal_head_or_two_glued():
    rows = _rows("甲局:负责乙事项第二科:丙事项")
    assert ("第二科",) not in [r[1] for r in rows]


def test_a_time_set_by_an_event_opens_a_duty():
    assert is_duty("开会前,通知有关单位到场。")
    assert is_duty("活动期间,维护现场秩序。")
    assert not is_duty("开会前,")


def test_numbered_duty_lines_apart_by_a_contact_note_make_one_run():
    rows = _rows("三、各部门工作职责\n1.甲办:会前,通知有关路段的施工单位停工。\n清除道路两侧的杂物。\n"
                 "(责任人:某某 电话)\n2.乙中队:会议期间,派出足够的警力维护秩序。")
    assert sorted(r[1] for r in rows) == [("乙中队",), ("甲办",)]


def test_the_lead_in_its_own_clause_after_a_purpose_and_a_date():
    rows = _rows("为切实保障学生安全,3月2日至3月9日,甲县文体局牵头,联合乙局、丙局开展校外培训机构的联合检查。")
    assert rows == [("开展校外培训机构的联合检查", ("甲县文体局",), ("乙局", "丙局"))]


def test_a_banner_name_is_no_time_word():
    rows = _rows("某某后旗甲局牵头,联合乙局、丙局开展校外培训机构的检查。")
    assert rows and rows[0][1] == ("某某后旗甲局",)


def test_a_sign_is_no_instruction():
    assert directed_offices("检查疏散指示标志等是否符合《某某机构消防安全规定》要求") == []
    assert directed_offices("县长指示甲局抓紧修复球场的围栏")


def test_a_division_run_into_one_sentence_by_semicolons():
    text = "各部门依据职责分工精准发力:甲局重点检查收费行为;乙局重点检查消防设施;丙局与丁局联合排查资质审批。"
    rows = semicolon_division_rows(text, is_unit_cell)
    assert [r[3] for r in rows] == [["甲局"], ["乙局"], ["丙局", "丁局"]]
    assert rows[0][2] == "重点检查收费行为"


def test_a_single_subject_clause_is_no_division():
    assert semicolon_division_rows("各部门职责分工:甲局重点检查收费行为;其他事项另行通知。", is_unit_cell) == []


def test_a_matter_before_you_names_no_unit():
    assert item_subject("甲证明由乙局审核。", is_unit_cell) == (len("甲证明由乙局"), ["乙局"])
    assert item_subject("甲证明由各镇政府审核。", is_unit_cell) is None


def test_a_place_word_ends_no_office_name():
    assert item_subject("户籍所在地政府出具证明。", is_unit_cell) is None


def test_a_division_heading_run_into_its_first_head():
    rows = _rows("(二)职责分工甲局:负责甲事项的治理,参与规划。乙局:负责乙事项的治理。")
    assert sorted(r[1] for r in rows) == [("乙局",), ("甲局",)]


def test_a_set_up_office_seated_after_a_comma_and_its_head_named_with_it():
    rows = _rows("二、成立组织机构\n成立某工作领导小组,组长由区长担任。领导小组下设办公室,设在某区教育局,"
                 "办公室主任由教育局局长兼任,主要负责统筹协调相关部门落实联动机制。")
    assert ("统筹协调相关部门落实联动机制", ("办公室",), ()) in rows


def test_the_host_an_office_is_seated_in_takes_no_charge():
    rows = _rows("四、组织领导\n某某安全领导小组办公室设在某局行政办公室,负责学校安全日常工作。")
    assert rows == [("学校安全日常工作", ("某某安全领导小组办公室",), ())]
    assert _rows("为此,县里抽调专人,负责巡查。") == []  # people sent take the charge: no unit


def test_a_purpose_clause_is_no_name_and_hides_no_later_subject():
    rows = _rows("为加强对研学旅行组织领导,成立由甲局牵头的协调领导小组,办公室设在甲局基教科,负责研学旅行统筹规划。")
    assert ("研学旅行统筹规划", ("办公室",), ()) in rows
    assert not any(r[1][0].startswith("为") for r in rows)


def test_a_body_set_up_with_a_joint_or_renamed_is_named_alone():
    from extract.rules.unit_set_up_names import without_set_up_verb
    assert without_set_up_verb("并成立招生组") == "招生组"
    assert without_set_up_verb("另原出版组更名为综合组") == "综合组"
    assert without_set_up_verb("组织部") == "组织部"


def test_a_body_named_by_its_charge_and_a_post_with_its_modal_take_no_row():
    assert _rows("第五条 某县政府负责教育督导的机构对本区域内的学校实施督导。") == []
    assert _rows("某司副司长会负责统筹有关工作。") == []
    assert _rows("甲局负责为举办托育服务的机构提供登记服务。") == [("为举办托育服务的机构提供登记服务", ("甲局",), ())]


def test_a_person_of_a_body_after_you_is_no_unit():
    assert _rows("三、活动安排\n2.由学生会主席向全体师生宣读活动倡议书。") == []


def test_superiors_instruction_as_a_condition_directs_nobody():
    assert directed_offices("上级指示或某局发布豪雨特报后,即开设应变小组") == []


def test_what_a_thing_is_made_of_is_no_doing():
    assert _rows("三、园区规划\n新园区由原某某中心幼儿园园区及周边新征地块组成。") == []


def test_arabic_numbered_unit_headings_over_bracketed_items_run_together():
    rows = _rows("三、任务和职责1.甲部(1)组织搬迁和安置。要及时疏导。(2)加强水情监测。2.乙部(1)调度抢险人员。(2)协助救援力量。")
    assert ("组织搬迁和安置", ("甲部",), ()) in rows and ("协助救援力量", ("乙部",), ()) in rows
    assert not any("(1)" in u for r in rows for u in r[1])


def test_a_group_named_on_its_members_line_owns_the_duty_lines_below():
    rows = _rows("一、组织机构\n1、学校成立某某处理工作小组。\n2、某某处理工作小组成员:\n组长:校长\n组员:其他成员。\n"
                 "3、工作职责:\n对突发事件的处理实行统一领导。\n负责信息收集和报送。\n二、应急措施\n")
    assert [r[1] for r in rows].count(("某某处理工作小组",)) == 2


def test_a_group_with_its_duties_word_and_blank_posts():
    rows = _rows("2、甲消防队及职责:\n组长\n成员等 。\n主要职责:利用学校配置的器材全力进行补救 。\n")
    assert rows == [("利用学校配置的器材全力进行补救", ("甲消防队",), ())]


def test_numbered_duties_of_a_group_wrapped_over_lines():
    rows = _rows("5)后勤保障组\n组长:\n成员:\n职责:1.制作疏散路线图;2.负责治安工作,\n维护秩序;3.负责通讯器材的\n准备;4.负责信号的采集。")
    assert len([r for r in rows if r[1] == ("后勤保障组",)]) == 4


def test_a_clause_setting_up_a_count_of_parts_is_no_name():
    rows = _rows("一、指挥机构\n2、按分工下设五个组:\n\n(1)灭火行动组\n\n成员:保安人员\n")
    assert not any("个组" in u for r in rows for u in r[1])


def test_who_heads_a_body_is_no_duty():
    assert not is_duty("由校长担任指挥长,副校长为成员。")
    assert is_duty("由办公室负责日常事务。")


def test_a_manner_clause_before_a_carried_charge():
    assert _rows("二、具体措施\n甲部门根据各自工作职责,负责校园周边道路排查。") == [("校园周边道路排查", ("甲部门",), ())]


def test_with_the_relevant_departments_by_lian_he_after_an_opener():
    rows = _rows("下一步,甲县教委将联合有关部门进一步加大培训机构监管力度。")
    assert rows == [("进一步加大培训机构监管力度", ("甲县教委",), ("有关部门",))]
    assert _rows("甲县妇联联合相关部门相继出台了两项规划。") == []


def test_named_units_with_a_tail_acting_jointly_after_a_dateline():
    rows = _rows("某某网讯(记者 某某)8月31日,甲县教委、甲县公安局、甲县市场监管局等部门联合开展培训机构专项排查。")
    assert rows == [("开展培训机构专项排查", ("甲县教委", "甲县公安局", "甲县市场监管局"), ())]


def test_helpers_listed_after_a_lead_with_no_verb():
    rows = _rows("3月5日,甲局牵头,乙局、丙分局等单位,对辖区学校周边的机构开展联合执法。")
    assert rows == [("对辖区学校周边的机构开展联合执法", ("甲局",), ("乙局", "丙分局"))]


def _records(text: str, kind: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return [r for r in RulesExtractor().extract(prepare(doc)) if r.type == kind]


def test_jun_spreads_over_kinds_named_by_one_character():
    from extract.rules.target_cues import jointly_reached
    assert len(jointly_reached("实行定点区域的甲、乙、丙定点率均达")) == 3
    assert jointly_reached("甲、乙定点率均达") is None  # one character among two: no list of kinds
    assert len(_records("二、工作目标\n某区域的甲、乙、丙定点率均达85%以上。", "numeric_target")) == 3


def test_a_sharing_sites_collection_count_is_no_target():
    assert _records("某某学校应急预案优选15篇\n某某建设策划方案(大全5篇)\n", "numeric_target") == []


def test_a_month_deadline_inside_the_sentence_dates_the_goal():
    from extract.rules.goal_date_cues import goal_date
    assert goal_date("整改工作2031年12月底前全面完成")[0] == 2031
    from extract.rules.text import deadline_at
    assert deadline_at("整改工作从2030年7月底前后开始摸底")[0] is None  # a start after 从 is no deadline


def test_a_remediations_goal_label():
    goals = _records("一、治理甲类产品污染\n治理工作目标:实行定点区域的定点率达85%以上。", "goal")
    assert [g.target_year for g in goals] == [None] and goals[0].text.startswith("实行定点区域")


def test_a_task_table_one_cell_a_line_closed_by_pipes_without_serials():
    from extract.rules.unit_trailing_pipe_rows import trailing_pipe_rows
    text = ("工作项目 |\n完成时间 |\n责任单位 |\n召开甲会议 |\n8月 |\n卫保组 |\n办理乙检查 |\n9月 |\n卫保组 |\n"
            "丙资料建档 |\n每年 |\n环安中心 |\n")
    rows = trailing_pipe_rows(text)
    assert [(r[2], r[3]) for r in rows] == [("召开甲会议", ["卫保组"]), ("办理乙检查", ["卫保组"]), ("丙资料建档", ["环安中心"])]
    assert trailing_pipe_rows(text.replace("责任单位", "经费来源")) == []  # no unit column: no task table


def test_a_groups_table_gives_each_groups_duties_and_none_to_a_person():
    from extract.rules.group_post_duty_tables import group_post_duty_rows
    text = ("组别\n\n职称\n\n职掌\n\n召集人\n\n校长\n\n  1. 督导各项事宜\n\n照护组\n\n卫生组长\n\n  1. 执行防疫计划\n\n"
            "护理师\n\n  1. 实施伤患救护\n\n总务组\n\n总务主任\n\n  1. 设置警告标志\n\n工友\n\n  1. 管制校门进出\n")
    rows = group_post_duty_rows(text)
    assert [(r[2], r[3][0]) for r in rows] == [("执行防疫计划", "照护组"), ("实施伤患救护", "照护组"),
                                               ("设置警告标志", "总务组"), ("管制校门进出", "总务组")]


def test_a_charters_sections_on_lines_of_their_own():
    from extract.rules.charter_section_lines import charter_section_rows
    text = "一、户政课:户籍登记、调解事项。\n\n二、建设课:道路工程、排水事项。\n\n三、人文课:社区发展、救助事项。\n"
    assert [r[3] for r in charter_section_rows(text)] == [["户政课"], ["建设课"], ["人文课"]]
    assert charter_section_rows("一、甲课:甲事项。\n二、乙课:乙事项。\n") == []  # two lines: no list of sections


def test_a_purpose_or_a_definitions_subject_is_no_unit():
    from extract.rules.unit_lists import tidy_unit_lists
    assert tidy_unit_lists(["为达本校之办公处所"], []) == ([], [])
    assert tidy_unit_lists(["本手册所称办公处所"], []) == ([], [])
    assert tidy_unit_lists(["本校教务处"], []) == (["本校教务处"], [])


def test_a_forms_next_field_label_ends_the_unit():
    from extract.rules.unit_lists import tidy_unit_lists
    assert tidy_unit_lists([], ["甲小学竞赛地点:乙区"]) == ([], ["甲小学"])


def test_heads_numbered_by_glued_bare_numbers():
    rows = _rows("一、下设机构及其职责1综合协调组:负责对外联络。组长:成员单位:甲处2医疗管理组:负责建立管理制度。组长:成员单位:乙室")
    assert sorted(r[1] for r in rows) == [("医疗管理组",), ("综合协调组",)]


def test_duty_titles_closed_by_a_full_stop():
    from extract.rules.unit_duty_title_sentences import duty_title_sentence_rows
    from extract.rules.unit_prose import duty_unit
    text = "综合组职责。主要负责文稿起草、简报编发。\n督导组职责。设立10个督导组。主要负责制定阶段性方案。\n"
    assert [(r[3], r[2]) for r in duty_title_sentence_rows(text, duty_unit)] == [
        (["综合组"], "文稿起草、简报编发"), (["督导组"], "制定阶段性方案")]
    assert duty_title_sentence_rows("综合组职责。主要负责文稿起草。\n", duty_unit) == []  # one title: no page of them


def test_a_count_of_cadres_is_people():
    assert _rows("督导组职责。设立十个督导组,由一名股级干部任组长。") == []


def test_an_events_stage_labels_the_task_a_department_after_its_government_holds():
    rows = _rows("三、比赛方式\n(一)本市初赛:由本市政府环境保护局办理,于5月底前举办。选出正取2队、备取2队代表本市参加南区复赛,"
                 "并补贴每队器材费用。\n(二)南区复赛:由某院环境保护署办理,于6月底前举办。选出正取1队代表南区参加全国决赛,并补助交通费。")
    assert sorted(rows) == [("南区复赛", ("某院环境保护署",), ()), ("本市初赛", ("本市政府环境保护局",), ())]


def test_a_long_groups_duties_under_a_lone_duty_label_with_sublabels_and_numbers():
    rows = _rows("三、具体工作小组\n\n甲宣传教育及家校共育领导小组及职责\n\n组长(分管责任):某某 成员(直接责任):各班主任\n\n职责:\n\n"
                 "日常宣传教育\n\n开学前,制定宣传教育工作方案。\n\n利用安全教育课等宣传防治知识。\n\n3.抓好宣传教育周,开展宣传活动。\n\n四、其他\n")
    tasks = [r[0] for r in rows if r[1] == ("甲宣传教育及家校共育领导小组",)]
    assert tasks and "制定宣传教育工作方案" in tasks and "抓好宣传教育周" in tasks and "日常宣传教育" not in tasks
