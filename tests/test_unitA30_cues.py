"""Made-up texts for the thirtieth round's unit cues (unitA30): make-up lines under a body's heading, a lone ``承办``
column, ``部室`` labels, a party's duty title over its numbered duties, a table of bodies and their duties."""

from extract.cues import column_role
from extract.roles import host_helper_column
from extract.rules.unit_duty_tables import duty_table_rows
from extract.rules.unit_duty_titles import duty_title_units, marker_kind
from extract.rules.unit_post_lines import is_post_line, names_no_task
from rules_kit import units


# -- unit_post_lines ------------------------------------------------------------------------------------------------

def test_post_lines_name_people():
    assert is_post_line("○ 副组长:XXX(职务)")
    assert is_post_line("成 员: XXX、XXX")
    assert is_post_line("组长职责:统筹安排、总结评估。")
    assert is_post_line("主 管:XX")  # a template's placeholders after any short label
    assert not is_post_line("○ 疏散引导组:引导学生有序撤离。")
    assert not is_post_line("负责活动的宣传报道")


def test_make_up_items_and_sibling_group_names():
    assert names_no_task("组长:XXX\n成员:XXX、XXX")
    assert names_no_task("后勤服务组")
    assert not names_no_task("负责场地布置和器材清点")


def test_group_heading_make_up_gives_no_rows():
    text = ("某校读书节方案\n一、组织机构\n1、筹备委员会\n主 任:XX\n副主任:XXX、XXX\n成 员:XXX、XXX\n2、工作小组\n"
            "组长:XXX\n二、活动安排\n")
    assert not any(u[1] == ["筹备委员会"] for u in units(text))


# -- a lone 承办 column ---------------------------------------------------------------------------------------------

def test_host_helper_column():
    assert host_helper_column("承办部门") and host_helper_column("承办单位")
    assert not host_helper_column("主要承办单位") and not host_helper_column("责任单位")
    assert not host_helper_column("承办科室")  # a bureau's own office carries its plan's task (U6)
    assert column_role("承办部门") == "responsible"


def test_lone_host_helper_column_stays_responsible():
    text = ("某校读书月活动安排\n序号 | 活动内容 | 活动时间 | 承办部门 |\n1 | 经典诵读比赛 | 4月10日 | 团委 |\n"
            "2 | 读书征文评比 | 4月20日 | 教务处、图书馆 |\n")
    rows = units(text)
    assert ("经典诵读比赛", [], ["团委"]) in rows
    assert ("读书征文评比", [], ["教务处", "图书馆"]) in rows


def test_lone_duty_column_is_still_the_lead():
    text = ("某校读书月活动安排\n序号 | 活动内容 | 活动时间 | 责任部门 |\n1 | 经典诵读比赛 | 4月10日 | 团委 |\n"
            "2 | 读书征文评比 | 4月20日 | 教务处 |\n")
    assert ("经典诵读比赛", ["团委"], []) in units(text)


# -- 部室 as a unit noun of role labels -------------------------------------------------------------------------------

def test_buishi_label_gives_responsible_units():
    text = "四、活动内容\n1、开展少儿阅读活动。\n“小书虫”故事会(负责部室:少儿部)\n“好书推荐”展览(负责部室:外借部、报刊部)\n"
    rows = units(text)
    assert any(r[1] == [] and r[2] == ["少儿部"] for r in rows)
    assert any(r[1] == [] and r[2] == ["外借部", "报刊部"] for r in rows)


# -- unit_duty_titles -------------------------------------------------------------------------------------------------

def test_duty_title_units():
    assert duty_title_units("某县文旅局的主要职责") == ["某县文旅局"]
    assert duty_title_units("综合办公室、财务室工作职责") == ["综合办公室", "财务室"]
    assert duty_title_units("组长职责") is None
    assert duty_title_units("二、某县文旅局职责") is None  # an outline heading: the heading reader's
    assert marker_kind("(壹)编制规划。") == marker_kind("(一)编制规划。") == "paren-numeral"


def test_duty_title_over_numbered_items():
    text = ("某县图书馆简介\n某县图书馆的主要职责\n(壹)负责文献信息资源的采集和保存。\n(二)开展全民阅读推广活动。\n"
            "(三)指导基层图书室业务工作。\n")
    rows = units(text)
    assert sum(1 for r in rows if r[1] == ["某县图书馆"]) == 3


def test_duty_title_lead_in_before_items():
    text = ("综合办公室、财务室工作职责\n在馆长的直接领导下,做好如下工作:\n一、协助安排馆务会议;\n二、负责公文收发和档案管理;\n"
            "三、负责年度预算编制。\n")
    rows = units(text)
    assert sum(1 for r in rows if r[1] == ["综合办公室", "财务室"]) == 3


# -- unit_duty_tables -------------------------------------------------------------------------------------------------

def test_bodies_and_duties_table():
    text = ("一、机构设置\n部门名称 | 主要职责 |\n馆办公室 | 负责日常行政事务,协调各部工作。 |\n采编部 | 负责图书采购和编目。 |\n"
            "二、服务时间\n")
    rows = duty_table_rows(text)
    assert [(t, u) for _, _, t, u, _ in rows] == [("负责日常行政事务", ["馆办公室"]), ("负责图书采购和编目", ["采编部"])]
    a, b = rows[0][:2]
    assert text[a:b].startswith("馆办公室 | 负责")


def test_table_without_a_name_column_gives_none():
    text = "项目 | 主要职责 |\n场地布置 | 负责布置赛场。 |\n"
    assert duty_table_rows(text) == []


# -- unit_slash_names, an owned item's own label ------------------------------------------------------------------------

def test_slash_name_is_one_body():
    from extract.rules.units import bare_unit_heading
    assert bare_unit_heading("招生处/招生办公室") == ["招生处/招生办公室"]
    assert bare_unit_heading("各书院/学部") == ["各书院/学部"]
    assert bare_unit_heading("2031/2032学年") is None


def test_items_with_own_labels_under_a_class_line():
    text = ("某学院主要机构介绍\n教学辅助部门\n1. 文献中心/档案馆:负责学校档案的收集和管理。\n2. 实训中心:负责实训设备的维护。\n"
            "后勤服务部门\n1. 校医院:负责师生的医疗保健。\n2. 膳食科:负责食堂的日常管理。\n")
    rows = units(text)
    assert ("负责学校档案的收集和管理", ["文献中心/档案馆"], []) in rows
    assert not any(r[1] in (["教学辅助部门"], ["后勤服务部门"]) for r in rows)


# -- bare posts and staff posts in a working group's block --------------------------------------------------------------

def test_bare_post_lines_in_a_group_block():
    text = ("三、工作分工\n场地保障组\n组长:\n成员、\n值守人员:见附件二。\n职责:\n1.布置比赛场地;\n2.清点体育器材。\n")
    rows = units(text)
    assert [r for r in rows if r[1] == ["场地保障组"]] == [("布置比赛场地", ["场地保障组"], []),
                                                        ("清点体育器材", ["场地保障组"], [])]


# -- unit_led_groups ------------------------------------------------------------------------------------------------------

def test_group_label_led_by_a_unit():
    text = ("五、工作分组\n1.宣传报道组:由县委宣传部牵头,县融媒体中心、县文旅局配合,负责活动的宣传报道。\n"
            "2.安全保卫组:由各乡镇牵头,县公安局配合,负责活动现场的安全保卫。\n")
    rows = units(text)
    assert ("宣传报道组", ["县委宣传部"], ["县融媒体中心", "县文旅局"]) in rows
    assert ("安全保卫组", [], ["县公安局"]) in rows


def test_group_label_with_its_own_duty_keeps_the_group():
    rows = units("五、工作分组\n1.宣传报道组:负责活动的宣传报道。\n2.安全保卫组:负责活动现场的安全保卫。\n")
    assert any(r[1] == ["宣传报道组"] for r in rows)


# -- an unmarked heading over ``1.`` items it does not nest ----------------------------------------------------------------

def test_unmarked_owner_heading():
    from extract.rules.unit_owners import unmarked_owner_heading
    assert unmarked_owner_heading("校务委员会", "1. 审议学校发展规划。")
    assert not unmarked_owner_heading("二、校务委员会", "1. 审议学校发展规划。")


# -- a heading's bracket naming the body's other plate; the next body's name with a note -------------------------------------

def test_plate_bracket_kept_with_the_name():
    from extract.rules.units import bare_unit_heading
    assert bare_unit_heading("(二)督学室(挂某县人民政府督学室的牌子)") == ["督学室(挂某县人民政府督学室的牌子)"]


def test_next_body_name_with_a_note_is_no_task():
    assert names_no_task("机关党委办公室(纪检室与其合署办公)。")
    assert not names_no_task("新建幼儿园(3所)。")


# -- unit_host_items --------------------------------------------------------------------------------------------------------

def test_numbered_host_labels_give_the_event_row():
    from extract.rules.unit_host_items import host_item_rows
    text = "某校秋季拔河比赛\n1.目的:增强班级凝聚力。\n2.主办单位:学务处体育组。\n3.协办单位:教官室、卫生室。\n4.报名地点:体育组。\n"
    rows = host_item_rows(text)
    assert [(t, l, r) for _, _, t, l, r in rows] == [("某校秋季拔河比赛", ["学务处体育组"], ["教官室", "卫生室"])]
    a, b = rows[0][:2]
    assert text[a:b] == "主办单位:学务处体育组。\n3.协办单位:教官室、卫生室"


def test_helper_label_alone_and_doc_number_title_give_none():
    from extract.rules.unit_host_items import host_item_rows
    assert host_item_rows("某校秋季拔河比赛\n1.协办单位:教官室、卫生室。\n") == []
    assert host_item_rows("某校字〔2031〕12号\n各处室:\n1.主办单位:学务处体育组。\n") == []


def test_payment_only_clause_gives_no_row():
    rows = units("体育馆改建工程总经费5000万元,由某镇公所自筹1200万元经费,其余由上级补助。")
    assert not any(r[0].startswith("自筹") for r in rows)


# -- a numbered heading line opening with 由X牵头/负责 ------------------------------------------------------------------------

def test_numbered_led_clause_in_an_event_plan():
    from extract.rules.unit_duty_titles import opens_with_led_clause
    assert opens_with_led_clause("由镇文化中心牵头组织春节书画展")
    assert not opens_with_led_clause("春节书画展由镇文化中心牵头")
    rows = units("某镇春节文化活动方案\n三、活动安排\n1、由镇文化中心牵头组织春节书画展。\n2、由镇广播站负责组织迎春歌会。\n")
    assert ("组织春节书画展", ["镇文化中心"], []) in rows
    assert ("组织迎春歌会", ["镇广播站"], []) in rows
