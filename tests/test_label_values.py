"""(vlabA28) Labels whose line broke after the colon, their value or units on the next line: the readers hold whether the
label shares its line or stands on its own. Made-up texts only."""

from rules_kit import units

from extract.rules.label_values import role_label_alone, value_on_next_line, without_outline_mark
from extract.structure import structure


def joined(text: str) -> str:
    """The same page with every label's line run on after its colon (the layout the page has on one line)."""
    return text.replace(":\n", ":")


def test_value_on_next_line():
    assert value_on_next_line("来源:", "南川日报")
    assert value_on_next_line("责任编辑:", "张某某 2031-04-18")
    assert value_on_next_line("记者王某某:", "北岸区今年将新增学位3000个")
    assert not value_on_next_line("主要目标:", "全面提升办园水平")  # a part of the plan stays a heading
    assert not value_on_next_line("重点任务:", "推进城乡学校共同体建设")
    assert not value_on_next_line("某区卫健局:", "负责组织巡回医疗,每季度下乡一次。")  # a sentence below: its section
    assert not value_on_next_line("办理说明:", "1.请携带身份证件")  # an item below
    assert not value_on_next_line("浏览次数:", "时间:2031-05-02")  # an empty field over the next field


def test_field_label_over_its_value_is_no_heading():
    text = "北岸区教育事业发展纪实\n\n来源:\n北岸日报\n\n北岸区新建公办幼儿园4所,新增学位1200个。\n"
    s = structure(text)
    assert not s.headings
    assert all(p.kind == "text" and p.section_path == [] for p in s.paragraphs)
    assert [p.section_path for p in s.paragraphs] == [p.section_path for p in structure(joined(text)).paragraphs[:1]] * 4


def test_goal_label_over_a_short_line_stays_a_heading():
    s = structure("一、基本情况\n\n发展目标:\n建成省级示范幼儿园\n")
    assert any(h.title == "发展目标" for h in s.headings.values())


def test_role_label_alone():
    assert role_label_alone("责任单位:")
    assert role_label_alone("  牵头部门：")
    assert not role_label_alone("责任单位:市民政局")
    assert not role_label_alone("工作要求:")


TASKS = ("一、计划新建乡村道路300公里。\n\n责任单位:\n东溪县交通运输局\n\n二、计划投入资金500万元,开展儿童免费体检。\n\n"
         "责任单位:\n东溪县卫生健康局\n\n三、新建社区图书室20个。\n\n责任单位:\n东溪县文化和旅游局\n")


def test_units_under_a_bare_label_own_no_items_below():
    rows = units(TASKS)
    assert [(l, r) for _, l, r in rows] == [([], ["东溪县交通运输局"]), ([], ["东溪县卫生健康局"]), ([], ["东溪县文化和旅游局"])]
    assert [(l, r) for _, l, r in units(joined(TASKS))] == [(l, r) for _, l, r in rows]


LABELS = ("民生项目安排\n\n1.新建城区公共停车场6处。\n责任部门:\n城管局 配合部门:财政局、各街道\n\n"
          "2.改造老旧小区供水管网40公里。\n责任部门:\n水务局 配合部门:住建局\n")


def test_bare_label_over_units_and_a_label_of_their_own():
    rows = units(LABELS)
    assert [(l, r) for _, l, r in rows] == [(["城管局"], ["财政局", "各街道"]), (["水务局"], ["住建局"])]
    assert [(l, r) for _, l, r in units(joined(LABELS))] == [(l, r) for _, l, r in rows]


KEYED = ("一、年度目标任务\n\n1.全区地区生产总值增长7%。\n责任单位:\n区发改委、区统计局(排第一位者为牵头单位,下同)\n\n"
         "2.城镇新增就业5000人。\n责任单位:\n区人社局、区财政局\n")


def test_bare_label_over_keyed_units():
    rows = units(KEYED)
    assert [(l, r) for _, l, r in rows] == [(["区发改委"], ["区统计局"]), (["区人社局"], ["区财政局"])]
    assert [(l, r) for _, l, r in units(joined(KEYED))] == [(l, r) for _, l, r in rows]


GROUPS = ("三、工作机构及职责\n宣传组\n组长:\n李某某\n成员:\n各年级组长\n主要职责:\n1.制作活动海报;\n2.拍摄活动照片并发布新闻稿。\n"
          "后勤组\n组长:\n赵某某\n主要职责:\n1.准备饮用水和急救药品;\n2.维护场地秩序。\n")


def test_bare_post_labels_over_names_in_a_duty_block():
    rows = units(GROUPS)
    assert [(t, l) for t, l, _ in rows] == [("制作活动海报", ["宣传组"]), ("拍摄活动照片并发布新闻稿", ["宣传组"]),
                                            ("准备饮用水和急救药品", ["后勤组"]), ("维护场地秩序", ["后勤组"])]
    one_line = GROUPS.replace("长:\n", "长:").replace("员:\n", "员:")  # the posts with their names, the duties as they stand
    assert [(t, l) for t, l, _ in units(one_line)] == [(t, l) for t, l, _ in rows]


def test_without_outline_mark():
    assert without_outline_mark("(二)财政部门") == "财政部门"
    assert without_outline_mark("3.市水务局") == "市水务局"
    assert without_outline_mark("(一)检查小组") == "(一)检查小组"  # a working group: its people follow


DUTIES = ("五、部门职责\n(一)文旅部门:\n组织开展全民阅读推广活动,每年举办读书节不少于一次。\n(二)财政部门:\n"
          "保障阅读推广活动经费,按规定及时拨付。\n(三)宣传部门:\n利用各类媒体宣传阅读活动,营造全民阅读氛围。\n")


def test_numbered_unit_label_over_its_duty():
    assert [l for _, l, _ in units(DUTIES)] == [["文旅部门"], ["财政部门"], ["宣传部门"]]
    assert [l for _, l, _ in units(joined(DUTIES))] == [["文旅部门"], ["财政部门"], ["宣传部门"]]


LETTER = ("北岸区人民政府办公室关于印发数字基建行动方案的通知\n各街道办事处,区政府各部门:\n现将《北岸区数字基建行动方案》印发给你们,请认真贯彻执行。\n"
          "北岸区数字基建行动方案\n为加快数字基础设施建设,制定本方案。\n{goal}\n二、重点任务\n(一)加快网络建设。\n")
GOAL_OWN_LINE = "一、主要目标\n2031年,全区新建5G基站900个以上,新建区级创新平台12个以上。"
GOAL_RUN_IN = "一、主要目标。2031年,全区新建5G基站900个以上,新建区级创新平台12个以上。"


def test_goal_heading_run_into_its_text_ends_the_transmitting_letter():
    from rules_kit import records

    own = [r.quote for r in records(LETTER.format(goal=GOAL_OWN_LINE), "numeric_target")]
    run_in = [r.quote for r in records(LETTER.format(goal=GOAL_RUN_IN), "numeric_target")]
    assert own == ["全区新建5G基站900个以上", "新建区级创新平台12个以上"]
    assert run_in == own


def test_numbered_post_label_is_no_unit():
    assert without_outline_mark("4. 财务科负责人") == "4. 财务科负责人"
    page = "三、成员职责\n1. 财务科负责人:\n负责安全经费的预算和拨付,保障设施维修资金到位。\n2. 后勤科负责人:\n负责食堂卫生和饮水安全的日常检查。\n"
    assert units(page) == []


def test_post_label_over_its_own_duty_is_no_names_line():
    page = ("四、成员职责\n各成员按岗位履行安全职责。\n1. 财务科负责人:\n负责安全经费的预算和拨付。\n2. 后勤科负责人:\n负责食堂卫生和饮水安全检查。\n")
    assert units(page) == units(page.replace(":\n", ":"))


def test_page_field_label_over_a_long_value_is_no_heading():
    """(vfpA28) A field of the page (source, headline, column, place in the site) broken after its colon is no
    section over the page, however long its value; its one-line form never was."""
    from extract.rules.label_values import page_field_label

    assert page_field_label("文章来源") and page_field_label("您现在所在的位置") and page_field_label("栏目")
    assert not page_field_label("主要任务") and not page_field_label("工作说明")
    assert value_on_next_line("信息来源:", "南港区融媒体中心记者某某某报道,本区今年共改造老旧小区住宅楼46栋,惠及居民2300户。")
    text = ("南港区老旧小区改造综述\n\n文章来源:\n南港区融媒体中心记者报道,本区去年改造老旧小区住宅楼46栋,惠及居民2300户。\n"
            "今年再改造住宅楼30栋。\n")
    s = structure(text)
    assert not s.headings
    assert [p.section_path for p in s.paragraphs] == [[]] * len(s.paragraphs)


def test_post_label_over_its_duty_line_names_no_unit():
    """(vfpA28) ``1. 某处负责人:`` with the post's duty on the next line: a person's duty (U4a), as on one line."""
    from extract.rules.unit_head_titles import post_holds_duty

    assert post_holds_duty("负责人:\n负责校舍设施的安全检查。")
    assert not post_holds_duty("负责人:\n王某某")
    text = ("为加强校园安全管理,学校成立安全工作小组,职责如下。\n一、小组组成\n小组由校长任组长。\n"
            "二、成员职责\n各成员结合岗位履行安全职责:\n1. 教学处负责人:\n负责课堂与实验环节的安全管理,预防教学事故。\n"
            "2. 后勤处负责人:\n负责校舍设施的安全检查与维护。\n")
    assert units(text) == units(joined(text)) == []
