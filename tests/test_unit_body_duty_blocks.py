"""A body's duty block (rules.unit_body_duty_blocks; eval/README.md U8, U8a, U8b, U3a twenty-third round): made-up texts only."""

from rules_kit import records, units

from extract.cues import is_unit_cell
from extract.rules.unit_body_duty_blocks import body_name, body_duty_rows, bullet_body, duty_cue_end


def test_body_name_reads_bodies_not_people_or_titles():
    assert body_name("档案馆", is_unit_cell) and body_name("器材保障组", is_unit_cell)
    assert not body_name("馆长", is_unit_cell)
    assert not body_name("主要职责", is_unit_cell) and not body_name("内设机构", is_unit_cell)
    assert not body_name("各科室", is_unit_cell)


def test_body_line_with_duty_title_over_numbered_items():
    rows = units("某镇便民服务中心\n\n主要职责\n\n(一)受理群众办事申请,做好登记。\n\n(二)代办农保缴费业务。\n\n"
                 "办公电话:0000-7654321\n")
    assert ("受理群众办事申请", ["某镇便民服务中心"], []) in rows
    assert ("代办农保缴费业务", ["某镇便民服务中心"], []) in rows
    assert len(rows) == 2  # the contact line gives nothing


def test_quote_is_the_item_text_to_its_first_sentence():
    recs = records("档案馆\n主要职责\n1.收集整理校史资料;编写校史年鉴。\n2.接待查档来访。\n", "unit_assignment")
    quotes = sorted(r.quote for r in recs)
    assert quotes == ["接待查档来访", "收集整理校史资料;编写校史年鉴"]


def test_department_over_sentence_ending_in_its_duties_and_bullets():
    rows = units("图书馆\n图书馆是服务师生阅读的场所,主要职责如下:\n- 采购新书并编目。\n- 组织读书沙龙活动。\n"
                 "信息中心\n信息中心保障校园网络,其职责包括:\n- 维护校园网设备。\n")
    assert ("采购新书并编目", ["图书馆"], []) in rows
    assert ("组织读书沙龙活动", ["图书馆"], []) in rows
    assert ("维护校园网设备", ["信息中心"], []) in rows


def test_working_group_line_people_then_circled_duties():
    rows = units("三、工作分组1.后勤服务组组 长:钱一副组长:孙二成 员:周三 吴四职责:①采购饮用水;②搭建遮阳棚。\n"
                 "2.医疗救护组组 长:郑五成 员:王六职责:①设立医务点;②准备担架。\n")
    leads = {r[0]: r[1] for r in rows}
    assert leads.get("采购饮用水") == ["后勤服务组"] and leads.get("搭建遮阳棚") == ["后勤服务组"]
    assert leads.get("设立医务点") == ["医疗救护组"] and leads.get("准备担架") == ["医疗救护组"]
    assert not any(u in ("钱一", "孙二", "郑五") for r in rows for u in r[1])  # people lines give nothing


def test_group_block_over_people_lines_and_a_duty_label():
    rows = units("(二)督查组\n组长:某某\n成员:某某\n主要职责:\n1.对各点位开展暗访;\n2.通报整改情况。\n")
    assert ("对各点位开展暗访", ["督查组"], []) in rows and ("通报整改情况", ["督查组"], []) in rows


def test_unmarked_duty_lines_and_bulleted_offices():
    text = ("某市档案局\n\n指导全市档案工作。\n负责档案信息化建设。\n\n内设机构\n\n"
            "  • 保管科 负责馆藏档案保管。\n    组织档案抢救修复。\n  • 编研科 组织编纂地方史料。\n    策划档案展览。\n")
    rows = units(text)
    assert ("指导全市档案工作", ["某市档案局"], []) in rows
    assert ("组织档案抢救修复", ["保管科"], []) in rows
    assert ("策划档案展览", ["编研科"], []) in rows
    assert not any(r[1] == ["内设机构"] for r in rows)


def test_a_body_line_over_prose_is_no_duty_block():
    assert body_duty_rows("某县图书馆\n近日,馆内举办了读书节。\n读者反响热烈。\n", is_unit_cell) == []
    assert duty_cue_end("某站\n站长:某某\n近日开展了巡查。\n", 2, 40) is None


def test_bullet_body_takes_the_name_before_its_duty_verb():
    assert bullet_body("编研科编纂地方史料", is_unit_cell) == 0  # (编纂 is no duty verb of the list: no split)
    assert bullet_body("保管科负责馆藏档案保管", is_unit_cell) == 3
    assert bullet_body("宣传办公室对各类宣传品进行审核", is_unit_cell) == 5


def test_heading_name_closed_by_a_full_stop_then_its_duty_cue():
    rows = units("(二)某县应急物资保障组。县粮食局为本组牵头单位。主要职责:\n\n1、调拨帐篷、棉被等物资;\n\n2、统计物资消耗。\n")
    assert ("调拨帐篷、棉被等物资", ["某县应急物资保障组"], []) in rows
    assert ("统计物资消耗", ["某县应急物资保障组"], []) in rows


def test_duty_title_run_into_the_name_and_inline_numbered_duties():
    rows = units("某市气象台主要职责\n1.发布灾害性天气预警。\n2.开展人工增雨作业。\n")
    assert ("发布灾害性天气预警", ["某市气象台"], []) in rows and ("开展人工增雨作业", ["某市气象台"], []) in rows
    rows = units("某市气象台\n职责:1.发布灾害性天气预警;2.开展人工增雨作业。\n")
    assert ("发布灾害性天气预警", ["某市气象台"], []) in rows and ("开展人工增雨作业", ["某市气象台"], []) in rows
    rows = units("某市气象台\n职能职责\n(一)维护观测站网。\n(二)编发气候公报。\n")
    assert ("维护观测站网", ["某市气象台"], []) in rows


def test_people_and_role_word_headings_own_no_duties():
    assert units("副组长职责\n1.协助组长处理日常事务。\n2.主持周例会。\n") == []
    assert units("配合单位职责\n1.按要求报送材料。\n2.派员参加会议。\n") == []


def test_run_together_groups_keep_their_own_numbered_items():
    rows = units("二、分组1.场地组组 长:张某 成 员:李某 职责:1.铺设跑道;2.划定赛道。2.摄影组组 长:王某 职责:1.拍摄开幕式;2.剪辑视频。\n")
    leads = {r[0]: r[1] for r in rows}
    assert leads.get("铺设跑道") == ["场地组"] and leads.get("划定赛道") == ["场地组"]
    assert leads.get("拍摄开幕式") == ["摄影组"] and leads.get("剪辑视频") == ["摄影组"]


def test_a_plans_task_list_under_its_issuers_name_is_no_duty_block():
    assert body_duty_rows("某县教育局\n本年度主要任务如下:\n1.新建食堂两处。\n2.更新课桌椅。\n", is_unit_cell) == []
    assert body_duty_rows("后勤部\n后勤部保障师生生活,其任务包括:\n1)管理食堂。\n2)维修宿舍。\n", is_unit_cell) != []


def test_troupe_and_station_labels_in_a_run_of_duty_labels():
    from extract.rules.units import bare_unit_heading

    assert bare_unit_heading("合唱团") == ["合唱团"] and bare_unit_heading("校园广播台") == ["校园广播台"]
    assert bare_unit_heading("社团") is None and bare_unit_heading("平台") is None
    rows = units("分工:\n\n外联部负责:联系赞助商家。\n\n合唱团负责:排练开场合唱。\n\n校园广播台负责:播报比赛成绩。\n")
    assert ("排练开场合唱", ["合唱团"], []) in rows and ("播报比赛成绩", ["校园广播台"], []) in rows


def test_duty_title_over_plain_duty_paragraphs():
    rows = units("某县供销社\n\n主要职责\n\n负责农资储备和调运,保障春耕供应。\n\n指导基层供销网点建设。\n\n内设机构\n")
    assert ("负责农资储备和调运", ["某县供销社"], []) in rows and ("指导基层供销网点建设", ["某县供销社"], []) in rows
    assert not any(r[0] == "内设机构" for r in rows)


def test_group_block_with_a_plain_duty_paragraph_under_its_people():
    rows = units("(一)后勤保障组\n组长:张某\n成员:李某、王某\n负责餐饮和住宿安排,做好车辆调度。\n(二)新闻报道组\n组长:赵某\n"
                 "负责活动的新闻报道。\n")
    assert ("负责餐饮和住宿安排", ["后勤保障组"], []) in rows and ("负责活动的新闻报道", ["新闻报道组"], []) in rows
    assert ("负责场馆消毒", ["防疫组"], []) in units("3.防疫组:组长:孙某 成员:周某\n职责:负责场馆消毒。\n")
    rows = units("某镇森林防火领导小组\n组长:吴某\n副组长:郑某\n领导小组下设办公室,办公室设在镇林业站。\n")
    assert not any(r[1] == ["某镇森林防火领导小组"] for r in rows)  # the office set up is no duty of the group


def test_more_people_posts_and_bullets():
    rows = units("4.接待组\n召集人:冯某\n联系人:陈某\n职责:\n○安排来宾食宿;\n○引导车辆停放。\n")
    assert ("安排来宾食宿", ["接待组"], []) in rows and ("引导车辆停放", ["接待组"], []) in rows
    assert not any(u in ("冯某", "陈某") for r in rows for u in r[1])


def test_a_group_set_up_on_its_own_line_is_named_after_the_verb():
    assert not body_name("成立创卫工作领导小组", is_unit_cell)
    rows = units("二、组织保障\n成立创卫工作领导小组\n组长:何某\n成员:吕某\n负责统筹全乡创卫工作。\n")
    assert ("负责统筹全乡创卫工作", ["创卫工作领导小组"], []) in rows
    assert not any(r[1] == ["成立创卫工作领导小组"] for r in rows)


def test_prose_lines_between_the_name_and_its_duty_title():
    rows = units("信息中心\n信息中心成立于2010年。\n中心现有职工12人。\n主要职责:\n1.维护校园网络。\n2.管理机房设备。\n")
    assert ("维护校园网络", ["信息中心"], []) in rows and ("管理机房设备", ["信息中心"], []) in rows
    too_far = "信息中心\n第一句介绍。\n第二句介绍。\n第三句介绍。\n主要职责:\n1.维护校园网络。\n"
    assert duty_cue_end(too_far, 4, len(too_far)) is None


def test_cue_past_an_office_set_up_under_the_people_lines():
    """(unitB27; was ``test_no_cue_past_…``, which eval/README.md U8a twenty-fifth round dev doubts reverses: a bare ``职责:``
    label after the group's people lines and the sentence setting up its office belongs to the group)."""
    text = "某镇禁毒工作领导小组\n组长:某某\n副组长:某某\n领导小组下设办公室,办公室负责日常工作。\n职责:\n一、开展禁毒宣传。\n二、排查吸毒人员。\n"
    assert [(r[2], r[3]) for r in body_duty_rows(text, is_unit_cell)] == [("开展禁毒宣传", ["某镇禁毒工作领导小组"]),
                                                                        ("排查吸毒人员", ["某镇禁毒工作领导小组"])]


# (fixA26) one reader for a heading that names its owner's duties with a colon (``某中心主要职责:``): the owner's named list
def test_owner_heading_with_colon_is_read_once():
    text = "某区文化馆主要职责:\n1.承办全区少儿书画展览。\n2.开设周末公益托管班。\n"
    assert body_duty_rows(text, is_unit_cell) == []  # (``unit_duty_items.owner_duty_items`` reads it)
    assert units(text) == [("承办全区少儿书画展览", ["某区文化馆"], []), ("开设周末公益托管班", ["某区文化馆"], [])]
    recs = records(text, "unit_assignment")
    assert min(r.quote for r in recs if "书画" in r.quote).startswith("某区文化馆")  # the first quoted from the owner


def test_heading_without_colon_or_with_a_work_title_stays_the_body_readers():
    plain = "某区文化馆主要职责\n1.承办全区少儿书画展览。\n2.开设周末公益托管班。\n"
    assert [r[2] for r in body_duty_rows(plain, is_unit_cell)] == ["承办全区少儿书画展览", "开设周末公益托管班"]
    work = "某区文化馆工作职责:\n1.承办全区少儿书画展览。\n2.开设周末公益托管班。\n"
    assert [r[2] for r in body_duty_rows(work, is_unit_cell)] == ["承办全区少儿书画展览", "开设周末公益托管班"]


def test_word_test_holds_wherever_the_body_reader_reads():
    from extract.rules.unit_body_duty_blocks import may_hold_body_duties
    verbs = "某县档案馆\n编制馆藏资料年度目录。\n指导乡镇档案室规范归档。\n"
    assert body_duty_rows(verbs, is_unit_cell) and may_hold_body_duties(verbs)
    assert not may_hold_body_duties("春季花展于4月8日开幕,展期两周。\n")


def test_group_named_once_spaced_duty_label_after_its_office_set_up():
    """(unitB27) A leading group named alone, its people, the sentence setting up its office, then ``职 责:`` spaced out as
    the posts are: the items are the group's."""
    text = ("某乡护林防火工作领导小组\n\n为做好护林防火工作,特成立某乡护林防火工作领导小组。 组 长:周七\n\n副组长:吴八 成 员:各村主任\n\n"
            "领导小组下设办公室, 办公室负责值班调度工作。\n\n职 责:\n\n一、组织护林员开展巡山,消除火灾隐患。\n\n二、加强野外用火管理。\n")
    rows = units(text)
    assert ("组织护林员开展巡山", ["某乡护林防火工作领导小组"], []) in rows
    assert ("加强野外用火管理", ["某乡护林防火工作领导小组"], []) in rows
    assert ("值班调度工作", ["办公室"], []) in rows


def test_spaced_duty_label_after_a_body_name():
    rows = units("信息中心\n职 责:\n1.维护校园网设备。\n2.管理门户网站。\n")
    assert ("维护校园网设备", ["信息中心"], []) in rows and ("管理门户网站", ["信息中心"], []) in rows


def test_helpers_opening_an_item_are_left_out_of_its_task():
    text = "某乡护林防火工作领导小组\n组长:周七\n职责:\n一、联合林业站、派出所等部门,开展野外火源检查。\n二、连同各村委会等单位清理林下可燃物。\n"
    rows = units(text)
    assert ("开展野外火源检查", ["某乡护林防火工作领导小组"], []) in rows
    assert ("清理林下可燃物", ["某乡护林防火工作领导小组"], []) in rows


def test_item_line_broken_inside_its_sentence_goes_on():
    """(unitB27) a page's hard wrap inside an item (``…按\\n照…。``) does not end the list."""
    text = "一、书屋联席会议主要职责\n(一)审议书屋年度计划,按\n时报送县文旅局。\n(二)监督经费使用。\n(三)评选优秀读者。\n"
    rows = units(text)
    assert [r[0].split(",")[0] for r in rows if r[1] == ["书屋联席会议"]] == ["审议书屋年度计划", "监督经费使用", "评选优秀读者"]


def test_bulleted_body_names_over_dash_duty_lines():
    """(unitB27) a markdown copy's duty list: ``• 某处`` over ``- 负责…`` lines; the bulleted name is kept as text by the
    normaliser (``rules.bullet_items.names_body_over_duties``), a site's menu is not."""
    text = "二、职责分工\n•  保卫科\n- 负责校门值守和来访登记。\n- 对监控设备进行定期检修。\n•  总务处\n- 负责食堂食材验收。\n- 组织校舍安全排查。\n"
    rows = units(text)
    assert ("负责校门值守和来访登记", ["保卫科"], []) in rows and ("组织校舍安全排查", ["总务处"], []) in rows
    assert units("• 首页\n• 新闻中心\n• 办事大厅\n欢迎访问本站。\n") == []


def test_bullet_name_cue_reads_the_line_under_it():
    from extract.rules.bullet_items import names_body_over_duties

    text = "• 保卫科\n- 负责校门值守。\n• 新闻中心\n• 政务公开\n"
    assert names_body_over_duties(text, 0, text.index("\n"))
    a = text.index("• 新闻中心")
    assert not names_body_over_duties(text, a, text.index("\n", a))


def test_working_group_lines_numbered_in_brackets_or_circles():
    """(unitB27) the group's line numbered ``(2)`` or ``②`` as ``2.``: its people, then its duties."""
    for marks in (("(1)", "(2)"), ("①", "②"), ("1.", "2.")):
        text = (f"三、工作分组\n{marks[0]}后勤服务组组 长:钱一成 员:周三职责:①采购饮用水;②搭建遮阳棚。\n"
                f"{marks[1]}医疗救护组组 长:郑五成 员:王六职责:①设立医务点;②准备担架。\n")
        leads = {r[0]: r[1] for r in units(text)}
        assert leads.get("搭建遮阳棚") == ["后勤服务组"] and leads.get("准备担架") == ["医疗救护组"], marks


def test_page_break_leftovers_between_items_keep_the_list():
    """(unitB27) a doc-sharing copy's page break inside a duty list (``fpg``, ``第 2 页 共 5 页``, a bare page number),
    also inside an item broken across the break."""
    from extract.rules.unit_body_duty_blocks import page_furniture_line

    for junk in ("fpg", "第 2 页 共 5 页", "- 2 -", "2"):
        text = ("某镇禁毒工作领导小组\n组长:赵一\n职责:\n一、开展禁毒宣传教育活动。\n二、排查吸毒人员,落实\n" + junk +
                "\n帮教措施。\n三、督促各村做好禁种铲毒工作。\n")
        got = [r[0] for r in units(text) if r[1] == ["某镇禁毒工作领导小组"]]
        assert got == ["开展禁毒宣传教育活动", "排查吸毒人员", "督促各村做好禁种铲毒工作"], junk
    assert page_furniture_line("fpg") and page_furniture_line("第3页") and not page_furniture_line("三、督促各村")


# (unitA28) an agency in charge named by its field (``X主管机关``), each a line with its duty after a colon
def test_field_agencies_in_charge_each_with_duty():
    rows = units("第六条 本法所定事项,涉及各目的事业主管机关职掌者,由各该机关办理:\n一、卫生主管机关:主管妇幼卫生及健康保险等相关事宜。\n"
                 "二、教育主管机关:主管学前教育及特殊教育等相关事宜。\n三、劳工主管機關:主管職業訓練等相關事宜。\n")
    assert ("主管妇幼卫生及健康保险等相关事宜", ["卫生主管机关"], []) in rows
    assert ("主管学前教育及特殊教育等相关事宜", ["教育主管机关"], []) in rows
    assert ("主管职业训练等相关事宜", ["劳工主管机关"], []) in rows
