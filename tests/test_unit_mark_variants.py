"""One duty list in the numbering styles a new site may use (unitB27): the unit readers take ``①`` and ``1)`` as they
take ``1.``, ``1、`` and ``(1)``, and ``甲局的职责`` as ``甲局职责``. Made-up texts only."""

import opencc
import pytest
from rules_kit import records, units

from extract.rules.units import item_marker_kind, units_of_heading

_S2T, _T2S = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


def _leads(rows):
    """(the task's first clause, the leads) of each row with a lead."""
    return sorted((r[0].split(",")[0], tuple(r[1])) for r in rows if r[1])


@pytest.mark.parametrize("marks", [("1.", "2."), ("①", "②"), ("1)", "2)"), ("(1)", "(2)"), ("1、", "2、")])
def test_labelled_duty_lines_in_every_numbering(marks):
    text = (f"三、部门分工\n{marks[0]}气象站:负责发布霜冻预警信息。\n{marks[1]}农技中心:组织果农做好防冻措施。\n")
    assert _leads(units(text)) == [("组织果农做好防冻措施", ("农技中心",)), ("负责发布霜冻预警信息", ("气象站",))]


def test_circled_label_quote_keeps_its_label():
    recs = records("三、部门分工\n①气象站:负责发布霜冻预警信息。\n②农技中心:组织果农做好防冻措施。\n", "unit_assignment")
    assert sorted(r.quote for r in recs) == ["①气象站:负责发布霜冻预警信息", "②农技中心:组织果农做好防冻措施"]


@pytest.mark.parametrize("head", ["(一)水务局职责、任务", "(一)水务局的职责", "水务局职责:", "(一)水务局主要职责"])
@pytest.mark.parametrize("marks", [("①", "②"), ("1)", "2)"), ("1.", "2.")])
def test_duty_heading_over_items_in_every_numbering(head, marks):
    text = (f"{head}\n{marks[0]}巡查沿河堤坝,清除杂物。\n{marks[1]}督促各村修缮排水沟渠。\n"
            f"{head.replace('水务局', '林业站').replace('一', '二')}\n{marks[0]}开展森林防火宣传。\n{marks[1]}组织护林员日常巡山。\n")
    got = _leads(units(text))
    assert ("巡查沿河堤坝", ("水务局",)) in got and ("督促各村修缮排水沟渠", ("水务局",)) in got
    assert ("开展森林防火宣传", ("林业站",)) in got and ("组织护林员日常巡山", ("林业站",)) in got
    assert len(got) == 4


@pytest.mark.parametrize("marks", [("①", "②"), ("1)", "2)")])
def test_bare_unit_line_over_items(marks):
    text = (f"城建档案馆\n{marks[0]}整理竣工图纸并归档。\n{marks[1]}接待查档群众。\n"
            f"环卫所\n{marks[0]}清扫背街小巷。\n{marks[1]}清运生活垃圾。\n")
    got = _leads(units(text))
    assert ("整理竣工图纸并归档", ("城建档案馆",)) in got and ("清运生活垃圾", ("环卫所",)) in got


def test_traditional_script_page_reads_as_simplified():
    text = _S2T.convert("二、职责分工\n①气象站:负责发布霜冻预警信息。\n②农技中心:组织果农做好防冻措施。\n")
    got = _leads(units(text))
    assert len(got) == 2 and {_T2S.convert(g[1][0]) for g in got} == {"气象站", "农技中心"}  # (the scorer folds the script)


def test_label_with_circled_items_inline():
    rows = units("二、职责分工\n档案室:①负责资料归档;②做好保密工作。\n财务科:①审核报销单据;②编制年度预算。\n")
    assert ("做好保密工作", ["档案室"], []) in rows and ("编制年度预算", ["财务科"], []) in rows


def test_marker_kinds_and_possessive_duty_heading():
    assert item_marker_kind("②清运垃圾") == "circled" and item_marker_kind("2)清运垃圾") == "digit-paren"
    assert item_marker_kind("2.清运垃圾") == "digit" and item_marker_kind("清运垃圾") is None
    assert units_of_heading("水务局的职责") == ["水务局"]
    assert units_of_heading("社区的") is None


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_names_on_their_own_lines_each_over_one_duty_line(blank):
    text = (f"三、职责分工\n县气象局\n负责发布霜冻预警信息,及时报送灾情。{blank}县农业农村局\n负责组织果农做好防冻措施。{blank}")
    got = _leads(units(text))
    assert got == [("负责发布霜冻预警信息", ("县气象局",)), ("负责组织果农做好防冻措施", ("县农业农村局",))]


def test_one_name_over_one_duty_line_alone_is_no_block():
    assert units("县气象局\n负责发布霜冻预警信息。\n") == []


def test_class_heading_over_body_names_gives_the_class_no_row():
    text = "三、成员单位职责\n县气象局\n负责发布霜冻预警信息。\n县农业农村局\n负责组织果农做好防冻措施。\n"
    assert not any("成员单位" in r[1] for r in units(text))
    assert units_of_heading("成员单位职责") is None and units_of_heading("县气象局职责") == ["县气象局"]


# (unitB27) ``由X牵头,…`` after a time opener or with a modal word before ``由`` (rules.unit_prose.led_then_task)
@pytest.mark.parametrize("sentence", ["下一步,由县农技站牵头,对果园病虫害开展普查。", "今后,全县将由县农技站牵头,对果园病虫害开展普查。",
                                      "该县拟由县农技站牵头,对果园病虫害开展普查。"])
def test_led_then_task_after_an_opener_or_a_modal(sentence):
    assert units(sentence) == [("对果园病虫害开展普查", ["县农技站"], [])]


# (unitB27) a leading group's duties in the layouts a new page may use: unmarked duty lines after its named list, and the
# group's run-together line (``某组:组长:…;成员:…。职责:1.…2.…``)
def test_group_named_list_over_unmarked_duty_lines():
    text = "某乡河长制工作领导小组主要职责如下:\n统筹协调全乡河湖管护工作。\n组织开展河道巡查,通报问题。\n"
    got = _leads(units(text))
    assert got == [("组织开展河道巡查", ("某乡河长制工作领导小组",)),
                   ("统筹协调全乡河湖管护工作", ("某乡河长制工作领导小组",))]


@pytest.mark.parametrize("marks", [("1.", "2."), ("①", "②"), ("(一)", "(二)")])
def test_group_run_together_line_with_people_then_duties(marks):
    text = f"某乡河长制工作领导小组:组长:赵一;成员:钱二。职责:{marks[0]}统筹河湖管护工作。{marks[1]}组织开展河道巡查。\n"
    got = _leads(units(text))
    assert ("统筹河湖管护工作", ("某乡河长制工作领导小组",)) in got and ("组织开展河道巡查", ("某乡河长制工作领导小组",)) in got


# (unitB27) a unit set off from its duty by a lenticular bracket or a dash instead of a colon
@pytest.mark.parametrize("fmt", ["【{n}】{d}", "【{n}】:{d}", "[{n}]{d}", "{n}——{d}", "{n}:{d}"])
def test_unit_set_off_by_bracket_or_dash(fmt):
    text = "四、应急职责\n" + "\n".join(fmt.format(n=n, d=d) for n, d in
                                    (("县自来水公司", "负责抢修受损供水管网。"), ("县地震局", "负责震情监测和速报。"))) + "\n"
    got = _leads(units(text))
    assert got == [("负责抢修受损供水管网", ("县自来水公司",)), ("负责震情监测和速报", ("县地震局",))]


def test_bracketed_notice_words_and_a_dash_headline_give_no_row():
    assert units("【通知】各单位:请于周五前上报材料。\n【提示】本站已更新。\n") == []
    assert units("市文旅局——今年将新建书屋12家\n") == []


# (unitB27) an outline mark with a short title after a blank (``② 团委``) is a heading of the text, no row of site tags
def test_marked_short_titles_are_no_tag_lines():
    from extract.normalise import is_boilerplate

    assert not is_boilerplate("② 团委") and not is_boilerplate("(三) 总务处") and not is_boilerplate("二、 工会")
    assert not is_boilerplate("第五条 附则")
    assert is_boilerplate("首页 新闻 政务 互动") and is_boilerplate("上一页 下一页")


@pytest.mark.parametrize("marks", [("① ", "② "), ("(一) ", "(二) "), ("一、 ", "二、 ")])
def test_duty_list_under_marked_short_names(marks):
    text = (f"三、职责分工\n{marks[0]}总务处\n负责食堂食材验收。\n组织校舍安全排查。\n"
            f"{marks[1]}团委\n负责志愿服务队管理。\n组织主题团日活动。\n")
    got = _leads(units(text))
    assert ("负责食堂食材验收", ("总务处",)) in got and ("组织主题团日活动", ("团委",)) in got


# (unitB27) a group named on a line of its own over bulleted items, a bulleted label with its colon over dash sub-items
def test_owner_lines_over_bulleted_items():
    text = ("乡村振兴工作组\n•  年内新建村级冷链仓储点3个。(县农业农村局)\n"
            "城乡环境整治工作组\n•  改善村容村貌:\n- 年内完成户厕改造1200户。(县卫健局)\n- 清理河道垃圾。(县水利局)\n")
    rows = units(text)
    assert ("年内新建村级冷链仓储点3个", ["乡村振兴工作组"], ["县农业农村局"]) in rows
    assert any(r[1] == ["城乡环境整治工作组"] and r[2] == ["县卫健局"] for r in rows)
    from extract.normalise import is_boilerplate

    assert not is_boilerplate("•  改善村容村貌:") and is_boilerplate("• 首页")


def test_owner_line_over_bulleted_items_without_units_of_their_own():
    text = "城建档案馆\n• 整理竣工图纸并归档。\n• 接待查档群众。\n环卫所\n• 清扫背街小巷。\n• 清运生活垃圾。\n"
    got = _leads(units(text))
    assert ("整理竣工图纸并归档", ("城建档案馆",)) in got and ("清运生活垃圾", ("环卫所",)) in got


# (unitB27) an event division grid whose headers name the offices by their role (``牵头局``, ``配合局``), in any layout
@pytest.mark.parametrize("sep", [" | ", "\n", "\t"])
def test_event_grid_with_office_role_headers(sep):
    head = sep.join(("序号", "项目", "牵头局", "配合局"))
    body = "".join(sep.join(r) + "\n" for r in (("1", "灯谜竞猜", "县文化馆", "县图书馆"), ("2", "舞龙巡游", "县体育局", "县城管局")))
    rows = units("附件:活动分工\n" + head + "\n" + body)
    assert ("灯谜竞猜", ["县文化馆"], ["县图书馆"]) in rows and ("舞龙巡游", ["县体育局"], ["县城管局"]) in rows


def test_column_role_of_office_role_headers():
    from extract.cues import column_role

    assert column_role("牵头局") == "lead" and column_role("配合局") == "responsible" and column_role("协办科") == "responsible"
    assert column_role("邮局") != "responsible"


# (unitB27) an emergency plan's duty heads on lines of their own, a level's collective among them (``各乡镇人民政府:``)
def test_collective_duty_head_between_unit_heads_owns_its_paragraph():
    text = "四、应急职责\n县自来水公司:\n负责抢修受损供水管网。\n各街道办事处:\n负责辖区群众转移安置。\n县地震局:\n负责震情速报。\n"
    assert units(text) == [("负责抢修受损供水管网", ["县自来水公司"], []), ("负责辖区群众转移安置", ["各街道办事处"], []),
                           ("负责震情速报", ["县地震局"], [])]


def test_label_above_reads_parties_only():
    from extract.rules.unit_owner_helpers import label_above

    text = "县自来水公司:\n负责抢修。\n联系人:\n张三。\n各区政府:\n\n负责转移。\n"
    assert label_above(text, text.index("负责抢修")) == ["县自来水公司"]
    assert label_above(text, text.index("张三")) is None
    assert label_above(text, text.index("负责转移")) == ["各区政府"]
