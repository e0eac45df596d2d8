"""Cues of extract.rules.nested_styles on made-up text: a list numbered in another style of the same rank nests in
the heading above it, so the goal and duty readers read the same records whatever style numbers each level."""

from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.nested_styles import StyleLevels, marker_number, marker_style, opens_nested_list
from extract.rules.unit_body_duty_blocks import numbered_body_block
from extract.rules.unit_duty_items import same_style


def _records(text: str, kind: str):
    doc = Document(doc_id="made-up", path="made-up", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    out = []
    for r in RulesExtractor().extract(prepare(doc)):
        if r.type != kind:
            continue
        if kind == "unit_assignment":
            out.append((r.task, tuple(r.lead_units)))
        else:
            out.append(r.text.replace("\n", ""))
    return sorted(out)


def test_marker_style_and_number():
    assert marker_style("(二)") == marker_style("（五）") != marker_style("二、")
    assert marker_style("3.") != marker_style("3、")
    assert marker_style("1 .") == marker_style("7.")
    assert marker_style("④") == marker_style("①") != marker_style("(4)")
    assert marker_style("") == ""
    assert [marker_number(m) for m in ("(3)", "②", "十二、", "七、", "15.")] == [3, 2, 12, 7, 15]


def test_opens_nested_list():
    assert opens_nested_list("1、", 4, ("D.", 4), 1)
    assert not opens_nested_list("1、", 4, ("D.", 4), 2)  # the list under the heading opens at 2: a sibling list
    assert not opens_nested_list("1.", 4, ("D.", 4), 1)  # the same style: a sibling
    assert not opens_nested_list("(1)", 5, ("D.", 4), 1)  # another rank: the outline nests it already


def test_style_levels_keep_the_style_for_the_page():
    from extract.headings import Heading, split_lines

    lines = split_lines("2.工作目标\n1、甲\n2、乙\n3.工作措施\n1、丙")
    st = StyleLevels(lines)
    got = [st.level(Heading(4, mk, "t", -1, False), i) for i, mk in enumerate(("2.", "1、", "2、", "3.", "1、"))]
    assert got == [4, 4.5, 4.5, 4, 4.5]


_GOALS_DEEP = """某县乡村学校改善计划
(二)建设内容
1.主要目标
1、全县乡村小学图书室配齐率达到95%以上。
2、乡村学校食堂改造在2027年底前全部完成。
2.保障措施
1、县财政每年安排专项资金。
"""

_GOALS_USUAL = _GOALS_DEEP.replace("(二)", "二、").replace("1.主要", "(一)主要").replace("2.保障", "(二)保障")
_GOALS_USUAL = _GOALS_USUAL.replace("1、全县", "1.全县").replace("2、乡村", "2.乡村").replace("1、县财政", "1.县财政")


def test_goals_under_a_goal_heading_of_the_same_rank():
    usual = _records(_GOALS_USUAL, "goal")
    assert any("图书室配齐率" in g for g in usual)
    assert _records(_GOALS_DEEP, "goal") == usual


_DUTIES_USUAL = """某镇河道整治实施方案
三、职责分工
(一)镇水务站职责
1.负责河道清淤工程的组织实施。
2.负责汛期巡查和险情上报。
(二)镇财政所职责
1.负责整治资金的拨付和监管。
"""
_DUTIES_DEEP = _DUTIES_USUAL.replace("三、", "(三)").replace("(一)镇", "1.镇").replace("(二)镇", "2.镇")
_DUTIES_DEEP = _DUTIES_DEEP.replace("1.负责河道", "1、负责河道").replace("2.负责汛期", "2、负责汛期").replace("1.负责整治", "1、负责整治")


def test_duty_list_under_an_owner_heading_of_the_same_rank():
    usual = _records(_DUTIES_USUAL, "unit_assignment")
    assert ("负责河道清淤工程的组织实施", ("镇水务站",)) in usual or any(u == ("镇水务站",) for _, u in usual)
    assert _records(_DUTIES_DEEP, "unit_assignment") == usual


def test_same_style():
    assert same_style("(一)", "(四)") and not same_style("3.", "1、") and same_style("2、", "9、")


_BODY_BULLETS = """某市文广局内设机构
  • 艺术科 负责全市文艺创作的规划和组织。
    组织重大节庆文艺演出活动。
    指导群众文艺团体建设。
  • 非遗科 负责非物质文化遗产的保护。
    组织非遗项目的申报和评审。
"""


def test_body_block_after_any_list_mark():
    bullets = _records(_BODY_BULLETS, "unit_assignment")
    assert len(bullets) == 5
    circled = _BODY_BULLETS.replace("• 艺术科", "①艺术科").replace("• 非遗科", "②非遗科")
    numbered = _BODY_BULLETS.replace("• 艺术科", "(1)艺术科").replace("• 非遗科", "(2)非遗科")
    units = sorted(u for _, u in bullets)
    assert units == [("艺术科",)] * 3 + [("非遗科",)] * 2
    assert sorted(u for _, u in _records(circled, "unit_assignment")) == units
    assert sorted(u for _, u in _records(numbered, "unit_assignment")) == units


def test_numbered_line_alone_is_no_body_block():
    text = "1.某局负责道路修缮。\n2.某办负责宣传。\n"
    assert not numbered_body_block(text, 2)
    text = "①某科 负责档案整理。\n  组织档案数字化。\n"
    assert numbered_body_block(text, 1)


def test_circled_statement_items_are_text_as_bullets_are():
    from extract.headings import split_lines
    from extract.rules.circled_items import item_before_next

    lines = split_lines("①河道整治完成80公里\n\n②新建公园5个\n③新增绿道\n")
    assert item_before_next(lines, 0, [object()]) and item_before_next(lines, 2, [object()])
    assert not item_before_next(lines, 3, [object()])  # the last: read by later_item_of_text_list
    assert not item_before_next(split_lines("①甲\n③乙"), 0, [object()])  # not the next number
    bullets = "某区年度计划\n\n■ 2031年全区主要预期目标\n\n●城镇新增就业3000人以上\n\n●绿道长度达到40公里\n"
    circled = bullets.replace("●城镇", "①城镇").replace("●绿道", "②绿道")
    assert _records(circled, "goal") == _records(bullets, "goal") != []


def test_circled_line_is_no_title_line():
    from extract.rules.goals import is_title_line

    nxt = "今年全区将继续推进各项民生工程建设,确保按期完成。"
    assert is_title_line("全区新增学位八百个", nxt)
    assert not is_title_line("●全区新增学位八百个", nxt)
    assert not is_title_line("②全区新增学位八百个", nxt)


_SUMMARY = """某省政府工作报告摘要

某报 2031年01月16日

    ■ 2030年成绩单

    ●全省生产总值增长5%左右

    ●8大类30项民生实事全部完成

    ■ 2031年经济社会发展的主要预期目标

    ●经济增长6%左右

    ●粮食产量保持400亿斤以上
"""


def test_numbered_item_at_the_top_is_no_title():
    from extract.rules.page_heads import _BULLET_ITEM

    assert all(_BULLET_ITEM.match(x) for x in ("●甲", "⑥8大类", "(2)乙", "3.丙", "二、丁"))
    assert not _BULLET_ITEM.match("某省2031年民生实事全部完成")
    bullets = _records(_SUMMARY, "goal")
    assert any("经济增长6%左右" in g for g in bullets)
    circled = _SUMMARY.replace("●全省", "①全省").replace("●8大类", "②8大类").replace("●经济", "①经济").replace("●粮食", "②粮食")
    assert _records(circled, "goal") == bullets


_GOAL_ITEMS = """某县全民健身计划

全县将进一步完善健身设施。

建设目标:

①到2032年,全县人均体育场地面积达到2.8平方米以上。

②到2032年,全县新建社区球场不少于6个。

③重点推动健身步道和社区球场建设。

④大力发展龙舟、毽球等传统体育项目。

开放时间:

全县公共体育场地全年免费开放。
"""


def test_later_items_of_a_text_list_in_any_low_style():
    circled = _records(_GOAL_ITEMS, "goal")
    assert any("健身步道" in g for g in circled)
    paren = _GOAL_ITEMS
    for a, b in (("①", "(1)"), ("②", "(2)"), ("③", "(3)"), ("④", "(4)")):
        paren = paren.replace(a, b)
    assert _records(paren, "goal") == circled


def test_role_label_item_stays_a_heading():
    from extract.rules.circled_items import _role_label_item, later_item_of_text_list, note_text_item

    assert _role_label_item("(4)牵头单位:县文旅局") and not _role_label_item("(4)推动健身步道建设")
    noted = note_text_item("(1)到2032年,新建球场6个,覆盖全县各乡镇。", [], -2, 3)
    assert noted == (3, "(D)")
    assert later_item_of_text_list("(2)推动步道建设", [object()], noted, 3)
    assert not later_item_of_text_list("②推动步道建设", [object()], noted, 3)  # another style: another list
    assert not later_item_of_text_list("(2)牵头单位:县文旅局", [object()], noted, 3)


def test_run_in_title_of_the_paren_style_stays_a_heading():
    from extract.headings import Heading, split_lines
    from extract.rules.circled_items import item_before_next, later_item_of_text_list

    run_in = Heading(5, "(2)", "新建学校3所", -1, True)
    alone = Heading(5, "(2)", "新建学校3所", -1, False)
    assert not later_item_of_text_list("(2)新建学校3所。其中乡村2所。", [run_in], (0, "(D)"), 0)
    assert later_item_of_text_list("(2)新建学校3所。", [alone], (0, "(D)"), 0)
    lines = split_lines("(2)新建学校3所。其中乡村2所。\n(3)改造校舍。")
    assert not item_before_next(lines, 0, [run_in]) and item_before_next(lines, 0, [alone])
