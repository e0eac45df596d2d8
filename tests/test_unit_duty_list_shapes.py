"""(unitA38) The shapes of a body's duty list whatever its marks: page fields under the title, one-cell table lines,
numbered duties run together on one line, items labelled with their own body, a lead line naming the body's basic
tasks. Made-up examples only."""

from extract.cues import is_unit_cell
from extract.rules import unit_duty_list_shapes as s
from rules_kit import units


def test_page_meta_line():
    assert s.page_meta_line("时间:2031-03-02浏览:25")
    assert s.page_meta_line("发布日期:2031-03-02  来源:某县文旅局")
    assert s.page_meta_line("2031-03-02 10:20")
    assert not s.page_meta_line("时间安排:全年开展读书月活动。")
    assert not s.page_meta_line("一、组织全民阅读活动")


def test_cell_blanked_keeps_offsets_and_tables():
    t = "某县图书馆  | \n  |\n工作职责  | \n甲 | 乙 | 丙"
    b = s.cell_blanked(t)
    assert len(b) == len(t)
    assert b.splitlines()[0].strip() == "某县图书馆" and b.splitlines()[1].strip() == ""
    assert b.splitlines()[3] == "甲 | 乙 | 丙"


def test_numbered_run():
    t = " 1. 编制阅读规划。 2. 组织读书月活动。安排评选。 3. 管理书屋档案。"
    run = s.numbered_run(t, 0, len(t))
    assert [t[a:b] for a, b in run] == ["编制阅读规划。", "组织读书月活动。安排评选。", "管理书屋档案。"]
    one = "1. 编制阅读规划,覆盖2.5万人。"
    assert s.numbered_run(one, 0, len(one)) is None
    cn = "(一)编制规划;(二)组织活动;(四)管理档案。"
    assert [cn[a:b] for a, b in s.numbered_run(cn, 0, len(cn))] == ["编制规划;", "组织活动;(四)管理档案。"]


def test_labelled_item():
    assert s.labelled_item("宣传部:宣传部主要职能是活动宣传,海报制作。", is_unit_cell) == (["宣传部"], "活动宣传")
    assert s.labelled_item("某县文旅局:负责书屋建设。", is_unit_cell) == (["某县文旅局"], "书屋建设")
    assert s.labelled_item("组长:张三", is_unit_cell) is None
    assert s.labelled_item("时间:3月2日", is_unit_cell) is None
    assert s.labelled_item("负责书屋建设。", is_unit_cell) is None


def test_title_with_page_fields_over_items():
    text = ("某县书屋管理中心职责\n\n时间:2031-03-02浏览:25\n\n一、统筹全县书屋建设。\n\n二、指导各乡镇书屋开展阅读活动。\n\n"
            "三、组织书屋管理员培训。\n")
    rows = units(text)
    assert [r[1] for r in rows] == [["某县书屋管理中心"]] * 3
    assert rows[1][0] == "指导各乡镇书屋开展阅读活动"


def test_one_cell_lines_and_a_run_of_numbered_duties():
    text = ("阅读推广办公室  | \n  |\n工作职责  | \n   \n 1. 编制年度阅读推广计划。 2. 组织读书月活动。安排评选。"
            " 3. 管理书屋档案。 \n  | \n")
    rows = units(text)
    assert [r[0] for r in rows] == ["编制年度阅读推广计划", "组织读书月活动", "管理书屋档案"]
    assert all(r[1] == ["阅读推广办公室"] and r[2] == [] for r in rows)


def test_basic_tasks_lead_line_and_labelled_items_under_a_class():
    text = ("1、读书会的基本任务是:\n\n(1)、组织会员开展读书活动,交流心得。\n\n(2)、加强同其他社团的联系。\n\n"
            "2、读书会组成部门及各部门职责:\n\n(1)、宣传部:宣传部主要职能是活动宣传,海报制作。\n\n"
            "(2)、外联部:联系赞助单位,拓展活动资源。\n")
    rows = units(text)
    assert (["读书会"], "组织会员开展读书活动") in [(r[1], r[0]) for r in rows]
    assert (["宣传部"], "活动宣传") in [(r[1], r[0]) for r in rows]
    assert (["外联部"], "联系赞助单位") in [(r[1], r[0]) for r in rows]
    assert not any("各部门" in r[1] for r in rows)


def test_page_parts_and_definitions_are_no_duties():
    assert s.page_part_title("书屋职能") and s.page_part_title("机构设置") and s.page_part_title("领导")
    assert not s.page_part_title("统筹全县书屋建设")
    assert s.defines_body("针对阅读推广设立的服务机构,是全县阅读工作的支撑。")
    assert not s.defines_body("作为全县阅读工作的决策机构,负责制定规划。")
    assert not s.defines_body("负责全县书屋建设。")
    text = ("某县书屋联合会\n\n一、书屋职能\n\n某县书屋联合会是群众团体,其基本职能是服务读者。\n\n二、书屋领导\n\n主席:张三\n\n"
            "三、机构设置\n\n办公室:负责管理机构日常工作。\n\n活动科:负责组织读书活动。\n")
    assert not any(r[0] in ("书屋职能", "书屋领导") for r in units(text))


def test_group_name_with_colon_over_people_and_duties():
    text = ("宣传组\n组长:张三\n主要职责:\n1.组织会场宣传;\n2.编印活动简报。\n"
            "后勤组:\n组长:李四\n成员:各班班主任\n主要职责:\n1.准备活动器材;\n2.安排场地布置。\n")
    rows = units(text)
    assert (["后勤组"], "准备活动器材") in [(r[1], r[0]) for r in rows]
    assert s.cut_duty_paragraph("负责组织联谊活动,协调各方;与其他")
    assert not s.cut_duty_paragraph("负责组织联谊活动。")
    assert not s.cut_duty_paragraph("某县书屋联合会成立于2031")


def test_page_cut_last_paragraph_of_paired_names():
    text = ("甲部\n负责处理日常工作,进行协调联络。\n乙部\n负责统筹招新工作。\n丙部\n负责活动宣传工作,制作海报。\n"
            "丁部\n负责组织联谊活动,协调各方;与其他")
    rows = units(text)
    assert (["丁部"], "负责组织联谊活动") in [(r[1], r[0]) for r in rows] or any(r[1] == ["丁部"] for r in rows)


def test_bulleted_duties_go_on_by_shape():
    assert s.bulleted_duty_goes_on("及时发现并解决工作中存在的问题;")
    assert not s.bulleted_duty_goes_on("联系人:张三")
    assert not s.bulleted_duty_goes_on("附则")
    text = ("书屋小组的主要任务包括:\n- 制定书屋建设计划;\n- 协调各乡镇的配合;\n- 及时发现并解决建设中的问题;\n"
            "- 定期汇总书屋借阅数据。\n二、工作机制\n")
    rows = units(text)
    assert [r[0] for r in rows if r[1] == ["书屋小组"]][-2:] == ["及时发现并解决建设中的问题", "定期汇总书屋借阅数据"]


def test_one_vocabulary_of_duty_nouns():
    from extract.rules import unit_body_duty_blocks as b
    from extract.rules import unit_duty_titles as t
    assert b._TITLE_SUFFIX.search("某县书屋理事会基本职责") and b._TITLE_SUFFIX.search("某县书屋理事会职权")
    assert t.duty_title_units("某县书屋理事会职掌") == ["某县书屋理事会"]
    assert b._INTRO_END.search("理事会的基本任务是:")
    assert not b._INTRO_END.search("主要任务如下:")
    text = "某县书屋理事会职权\n\n时间:2031-03-02\n\n一、审议年度计划。\n\n二、监督经费使用。\n"
    assert [r[1] for r in units(text)] == [["某县书屋理事会"]] * 2
