"""Made-up texts for unitA40's unit cues: the page's own body as the owner of a duty title naming no party
(``unit_page_bodies``), other kinds of bodies and Traditional script."""

from extract.rules.unit_page_bodies import opening_body, page_body, partyless_duty_title
from rules_kit import units


# -- unit_page_bodies -------------------------------------------------------------------------------------------------

def test_partyless_duty_title():
    for t in ("一、主要职责", "主要职责如下:", "(一)工作职责", "具体职责如下：", "職責", "其主要职责是:", "二、主要职能"):
        assert partyless_duty_title(t), t
    for t in ("一、部门职责", "组长职责", "某局职责", "二、工作要求", "主要职责是负责书屋建设", "三、职责分工"):
        assert not partyless_duty_title(t), t


def test_opening_body():
    assert opening_body("某县档案馆是县委直属的事业单位,负责全县档案工作。") == ["某县档案馆"]
    assert opening_body("某街道办事处在区政府领导下开展工作。") == ["某街道办事处"]
    assert opening_body("某区卫健委科教科简介") == ["某区卫健委科教科"]
    assert opening_body("张三是学校的教务主任,在校长领导下开展工作。") is None  # a person
    assert opening_body("本办法是学校资助工作的规范性文件。") is None  # a document
    assert opening_body("学校是育人的主阵地。") is None  # no body's kind
    assert opening_body("各单位是安全工作的责任单位。") is None  # a collective


def test_page_body_two_bodies_none():
    text = "某县档案馆是县委直属的事业单位。\n某县图书馆是县文旅局直属的事业单位。\n主要职责\n"
    assert page_body(text, len(text)) is None


def test_numbered_partyless_heading_under_defined_body():
    text = ("某社区卫生服务中心是街道举办的公益性事业单位,在区卫健委指导下开展工作。\n一、主要职责\n"
            "1.负责辖区居民健康档案管理。\n2.指导家庭医生签约服务。\n二、工作要求\n1.严格执行首诊制度。\n2.做好宣传。\n")
    got = units(text)
    assert ("负责辖区居民健康档案管理", ["某社区卫生服务中心"], []) in got
    assert ("指导家庭医生签约服务", ["某社区卫生服务中心"], []) in got
    assert not any("首诊" in t for t, _, _ in got)  # ``工作要求`` names no duties


def test_unmarked_lead_in_traditional():
    text = "某市檔案館在市委辦公室領導下開展工作。\n其主要職責是:\n(一)負責檔案收集。\n(二)指導檔案利用。\n"
    assert units(text) == [("负责档案收集", ["某市档案馆"], []), ("指导档案利用", ["某市档案馆"], [])]


def test_title_line_body_committee():
    text = "某镇文明委员会\n一、工作职责\n(一)负责全镇文明创建规划。\n(二)督促各村落实创建任务。\n"
    got = units(text)
    assert [u for _, u, _ in got] == [["某镇文明委员会"], ["某镇文明委员会"]]


def test_no_body_no_rows():
    assert units("张三是学校的教务主任,在校长领导下开展工作。\n主要职责如下:\n1.负责学生信息上报工作。\n2.指导班主任认定资助对象。\n") == []
    assert units("本办法是学校资助工作的规范性文件。\n主要职责如下:\n1.负责学生信息上报工作。\n2.指导班主任认定资助对象。\n") == []


# -- unit_team_headings -----------------------------------------------------------------------------------------------

from extract.rules.unit_team_headings import holders_of_post_above, team_heading_units  # noqa: E402


def test_team_heading_units():
    assert team_heading_units("(一)宣传组", "工作任务与分工") == ["宣传组"]
    assert team_heading_units("2.后勤保障組", "三、各組職責") == ["后勤保障組"]
    assert team_heading_units("(一)宣传组", "组织机构") is None  # the make-up, no division of work
    assert team_heading_units("(一)男子组", "比赛分组") is None  # a division of contestants
    assert team_heading_units("(一)专家小组", "工作分工") is None  # people
    assert team_heading_units("(一)某县文旅局", "工作分工") is None  # no group (read as a bureau elsewhere)


def test_holders_of_post_above():
    text = "(一)组委会\n主任:张三\n委  员:(按姓氏笔划)\n王五 赵六 钱七\n"
    assert holders_of_post_above(text, text.index("王五"))
    assert not holders_of_post_above(text, text.index("主任"))
    text2 = "(一)组委会\n成员:\n李四、王五\n"
    assert holders_of_post_above(text2, text2.index("李四"))


def test_event_plan_groups():
    text = ("某街道迎新春文艺晚会活动方案\n一、组织机构\n(一)晚会筹备委员会\n主任:张三\n委员:(按姓氏笔画)\n王五 赵六 钱七\n"
            "二、工作分工\n(一)节目组\n1.负责节目征集与彩排;\n2.编排节目顺序。\n(二)后勤保障组\n1.布置会场;\n2.准备茶水。\n")
    got = units(text)
    assert ("负责节目征集与彩排", ["节目组"], []) in got
    assert ("编排节目顺序", ["节目组"], []) in got
    assert ("布置会场", ["后勤保障组"], []) in got
    assert not any("王五" in t for t, _, _ in got)  # the committee's members: people


def test_event_plan_groups_traditional():
    text = "某區運動會實施計畫\n二、各組職責\n(一)競賽組\n1.編排賽程。\n2.負責成績統計。\n(二)醫護組\n1.設置醫護站。\n2.處理運動傷害。\n"
    got = units(text)
    assert [u for _, u, _ in got] == [["竞赛组"], ["竞赛组"], ["医护组"], ["医护组"]]


# -- unit_defined_duties: a body's remit by a duty noun, a charge inside the definition after ``在…领导下`` --------------

from extract.rules.unit_defined_duties import charged_kinds, duty_noun_copulas  # noqa: E402


def test_duty_noun_copulas():
    got = duty_noun_copulas("后勤组主要职能是:管理园内环境、保育工作和安全等工作。")
    assert [(t, ld) for _, _, t, ld, _ in got] == [("管理园内环境", ["后勤组"])]
    got = duty_noun_copulas("某街道办事处的業務項目包括:社區服務、戶籍協助、環境整治等。")
    assert [(t, ld) for _, _, t, ld, _ in got] == [("社區服務", ["某街道办事处"])]
    assert duty_noun_copulas("组长主要职责是:统筹全组工作。") == []  # a post
    assert duty_noun_copulas("该中心主要职能是:统筹全区工作。") == []  # a pointer
    assert duty_noun_copulas("某科室主要职责是:\n1.统筹全区工作。") == []  # a list below: its items are the rows
    assert duty_noun_copulas("学校职能是:育人。") == []  # a kind of body, no body named


def test_charged_kind_under_leadership():
    got = charged_kinds("某学院教务处是在院长领导下负责全院教学管理工作的职能部门,承担教学运行。")
    assert [(t, ld) for _, _, t, ld in got] == [("全院教学管理工作", ["某学院教务处"])]
    assert charged_kinds("张三是在校长领导下负责教学管理的副主任。") == []  # a person, no body's kind


def test_duty_noun_copula_page():
    got = units("某社区卫生服务站简介\n某社区卫生服务站主要职能是:居民健康管理、慢病随访等工作。\n")
    assert got == [("居民健康管理", ["某社区卫生服务站"], [])]


def test_duty_noun_copula_kinds_of_remit():
    assert duty_noun_copulas("某县图书馆的主要职能是教育职能和信息服务职能。") == []


# -- unit_page_bodies.chained_charges ---------------------------------------------------------------------------------

from extract.rules.unit_page_bodies import chained_charges  # noqa: E402


def test_chained_charges():
    got = chained_charges("某县档案馆是县委直属的事业单位。在县委办公室的领导下,负责全县档案的收集和利用,提供查询服务。")
    assert [(t, ld) for _, _, t, ld, _ in got] == [("全县档案的收集和利用", ["某县档案馆"])]
    got = units("某街道辦事處簡介\n某街道辦事處係區政府的派出機構。主要負責轄區社會事務管理。\n")  # (the pipeline reads Simplified)
    assert got == [("辖区社会事务管理", ["某街道办事处"], [])]
    assert chained_charges("张三是学校的教务主任。在校长领导下,负责教学管理工作。") == []  # a person
    assert chained_charges("学校是育人的主阵地。负责全镇学生的教育工作。") == []  # no body's kind
    assert chained_charges("某县档案馆是县委直属的事业单位。馆长负责全面工作。") == []  # a subject of its own


def test_opening_body_department_named_xi():
    assert opening_body("某学院中文系是学院的教学单位,在院长领导下开展工作。") == ["某学院中文系"]


def test_page_body_nearest_owner_only():
    text = "某中心是区教育局直属的事业单位。\n宣传组\n组长:张三\n主要职责:\n"
    assert page_body(text, len(text)) is None  # another body's name nearer the title
    text = "一、工作机构\n某中心\n主要职责:\n"
    assert page_body(text, len(text)) is None  # an outline part opens the page
    text = "某中心简介\n某中心是区教育局直属的事业单位。\n主要职责:\n"
    assert page_body(text, len(text)) == ("某中心",)


def test_duty_noun_copula_inline_numbered_list():
    assert duty_noun_copulas("防汛指挥部的主要职责是:1.研判汛情;2.调度抢险力量。") == []  # the items' reader's
