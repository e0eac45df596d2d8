"""(unitA25) Bodies named by their function (``后勤部门``, ``执行小组``) as owners of duty blocks, and the layouts of duty
labels that pages converted from other formats print (bullets, markdown bold, a list of names before one colon).
Made-up texts."""

from rules_kit import units

from extract.rules.unit_function_bodies import function_body_name


def test_a_department_named_by_its_function_is_a_body():
    assert function_body_name("后勤部门")
    assert function_body_name("图书采编部门")
    assert function_body_name("联络执行小组")


def test_role_class_and_people_words_are_no_body():
    for word in ("责任部门", "牵头部门", "相关部门", "职能部门", "各部门", "第三小组", "专家小组", "兴趣小组", "部门"):
        assert not function_body_name(word), word


def test_a_function_department_heading_owns_its_bulleted_items():
    text = ("某职校消防安全制度\n二、职责分工\n1. 总务处\n- 负责消防器材的配置与更换。\n"
            "2. 采购部门\n- 负责灭火器的招标采购。\n- 每季度核对器材台账。\n三、奖惩\n")
    rows = units(text)
    assert (["采购部门"]) in [lead for _, lead, _ in rows]
    tasks = {t: lead for t, lead, _ in rows}
    assert tasks.get("每季度核对器材台账") == ["采购部门"]
    assert not any(t.startswith("-") for t in tasks)


def test_numbered_labels_of_function_departments():
    text = ("第三章 防汛职责\n第六条 各部门按下列分工做好防汛工作。\n(一)气象部门:发布暴雨预警信息,及时通报雨情。\n"
            "(二)水务行政部门:负责河道巡查工作,组织清理行洪障碍。\n")
    rows = units(text)
    assert [lead for _, lead, _ in rows] == [["气象部门"], ["水务行政部门"]]


def test_bulleted_labels_of_standing_groups():
    text = ("协调机制\n • 读书节统筹小组:负责审定全年读书活动安排。\n"
            " • 读书节执行小组:负责落实统筹小组的各项决定,按月报送进度。\n")
    rows = units(text)
    assert [lead for _, lead, _ in rows] == [["读书节统筹小组"], ["读书节执行小组"]]


def test_markdown_bold_labels_and_a_list_of_names():
    text = ("各科室安全职责如下:\n1. **财务科**:负责现金与票据的保管,每日核对账目。\n"
            "2. **档案室、资料室**:做好防潮防火工作,定期检查线路。\n")
    rows = units(text)
    assert [lead for _, lead, _ in rows] == [["财务科"], ["档案室", "资料室"]]


def test_a_group_defined_as_a_body_then_charged():
    text = "园区防汛工作小组是园区防汛工作的指挥机构,负责组织汛前排查和汛期值守。"
    assert units(text) == [("组织汛前排查和汛期值守", ["园区防汛工作小组"], [])]


def test_a_body_that_is_no_department_defined_with_a_bare_charge_gives_nothing():
    text = "社区书屋是居民读书的好去处,负责人每周整理一次图书。"
    assert units(text) == []


def test_an_office_set_in_a_unit_charged_with_drawing_up_a_plan():
    text = ("联防工作领导小组办公室设在某镇综治办,负责制定年度巡防方案、组织开展巡防督查,办公室主任由综治办主任兼任。")
    rows = units(text)
    assert rows == [("制定年度巡防方案、组织开展巡防督查", ["联防工作领导小组办公室"], [])]


def test_a_college_department_takes_a_task_put_on_it():
    text = "校园歌手大赛分工如下。\n评委邀请和赛程编排由音乐系负责。\n美术系负责舞台背景设计。\n"
    rows = units(text)
    assert [lead for _, lead, _ in rows] == [["音乐系"], ["美术系"]]


def test_a_system_or_a_relation_is_no_department():
    from extract.cues import is_unit_cell
    assert is_unit_cell("音乐系") and is_unit_cell("计算机系")
    assert not is_unit_cell("管理体系") and not is_unit_cell("家校联系")


def test_a_library_or_a_hospital_heading_owns_its_items():
    text = ("某县读书月活动安排\n一、活动时间:4月\n二、承办单位\n(一)县图书馆(4月2日)\n开展“好书推荐”活动。\n"
            "(二)县人民医院(4月9日)\n举办健康阅读讲座。\n")
    assert [lead for _, lead, _ in units(text)] == [["县图书馆"], ["县人民医院"]]


def test_a_sports_hall_or_a_courtyard_heading_owns_nothing():
    from extract.rules.units import bare_unit_heading
    assert bare_unit_heading("县图书馆") == ["县图书馆"]
    assert bare_unit_heading("新建体育馆") is None and bare_unit_heading("美丽庭院") is None


def test_dash_and_star_bullets_and_a_colon_inside_the_bold():
    for text in ("各科室职责如下:\n- **票务科**:负责门票核销,每日对账。\n- **安保科**:做好场馆巡查工作。\n",
                 "各科室职责如下:\n* 票务科:负责门票核销,每日对账。\n* 安保科:做好场馆巡查工作。\n",
                 "各科室职责如下:\n1. **票务科:** 负责门票核销,每日对账。\n2. **安保科:** 做好场馆巡查工作。\n"):
        rows = units(text)
        assert [lead for _, lead, _ in rows] == [["票务科"], ["安保科"]], text
        assert not any(t.startswith("*") for t, _, _ in rows)


def test_working_group_labels_over_their_duties():
    text = "三、工作分工\n1.场地保障组:负责赛场布置和器材清点。\n2.医疗救护组:负责现场急救和药品准备。\n3.运动会组委会:负责赛事总体协调。\n"
    assert [lead for _, lead, _ in units(text)] == [["场地保障组"], ["医疗救护组"], ["运动会组委会"]]


def test_divisions_of_contestants_are_no_groups():
    text = "三、比赛分组\n1.小学组:每校报名10人参加接力。\n2.初中组:每校报名12人参加接力。\n"
    assert units(text) == []
    assert not function_body_name("男子组", teams=True) and function_body_name("宣传组", teams=True)
    assert not function_body_name("宣传组")  # (a heading named so may title a task over its own role labels)


def test_a_named_school_takes_a_task_put_on_it():
    text = "一、活动安排\n1.开幕式筹备。由某县第二中学负责场地布置。\n2.宣传报道。某县实验小学负责活动的宣传报道工作。\n"
    assert [lead for _, lead, _ in units(text)] == [["某县第二中学"], ["某县实验小学"]]


def test_a_level_of_schooling_is_no_school():
    from extract.cues import is_unit_cell
    assert not is_unit_cell("小学、初中") and not is_unit_cell("中小学")
    assert is_unit_cell("某师范大学")


# (unitA28) a contest's divisions by Taiwan's school levels or open entry are no working groups
def test_contest_divisions_of_school_levels_are_no_teams():
    from extract.rules.unit_function_bodies import function_body_name
    for name in ("国小组", "国中组", "高职组", "公开组", "不限资格组"):
        assert not function_body_name(name, teams=True), name
    assert function_body_name("器材组", teams=True) and function_body_name("文宣组", teams=True)


def test_contest_division_labels_give_no_rows():
    from rules_kit import units
    rows = units("三、参赛组别:\n1、國小組:113學年度在學之國小三至六年級學生。\n2、國中組:113學年度在學之國中學生。\n"
                 "3、公開組:不限年齡及身分。\n")
    assert rows == []


def test_team_named_by_two_paired_tasks():
    from extract.rules.unit_function_bodies import function_body_name
    assert function_body_name("校友联络与资源开发组", teams=True)
    rows = units("二、校友联络与资源开发组:\n(一)维护校友名册。\n(二)筹募奖学基金。\n")
    assert ("维护校友名册", ["校友联络与资源开发组"], []) in rows and ("筹募奖学基金", ["校友联络与资源开发组"], []) in rows
