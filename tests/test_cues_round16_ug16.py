"""Cue tests of the sixteenth round (ug16): made-up pages only."""

from extract.cues import heading_names_goals
from extract.rules.unit_goal_phrasings import (DATELINE, closed_item_owns_nothing, dated_step_then_now, is_site_mark,
                                     names_plan_goals_heading, only_site_mark, ordered_unit_task, plan_in_progress_cell,
                                     progress_section_status, project_in_charge_of, reports_high_level, reports_plan_goals,
                                     teaser_copies, year_outside_names)
from rules_kit import records, units


def goals(text):
    return [(r.target_year, r.quote) for r in records(text, "goal")]


def test_project_in_charge_of_cue():
    got = project_in_charge_of("民生实事中,由某县教育局负责的智慧课堂提升项目投资80万元,已完工。")
    assert [(t, u) for _, _, t, u in got] == [("智慧课堂提升项目", ["某县教育局"])]
    got = project_in_charge_of("由甲镇、乙镇负责的农田改造工程总投资900万元")
    assert [(t, u) for _, _, t, u in got] == [("农田改造工程", ["甲镇", "乙镇"])]


def test_project_in_charge_of_near_misses():
    assert project_in_charge_of("由各镇负责的农田改造工程总投资900万元") == []
    assert project_in_charge_of("由相关部门负责的道路改造项目已开工") == []
    assert project_in_charge_of("明确每名民警负责的学校范围") == []
    assert project_in_charge_of("由某县教育局负责的工作范围已明确") == []
    assert project_in_charge_of("由某县教育局负责智慧课堂提升项目") == []


def test_project_in_charge_of_rows():
    got = units("2031年实事完成情况:由某县卫健局负责的老年人体检项目投资50万元,共为2000人体检;"
                "由某县民政局负责的社区食堂项目投资30万元,已建成食堂3个。")
    assert got == [("老年人体检项目", ["某县卫健局"], []), ("社区食堂项目", ["某县民政局"], [])]


def test_reports_plan_goals_cue():
    assert reports_plan_goals("规划提出了建成宜居花园城市的目标")
    assert reports_plan_goals("《某省养老服务纲要》提出以下几项目标:养老床位数量稳步增加")
    assert reports_plan_goals("方案明确了未来五年的发展目标,即全面建成托育服务体系")
    assert not reports_plan_goals("规划提出的目标已全面实现")
    assert not reports_plan_goals("对照纲要确定的目标抓好落实")
    assert reports_plan_goals("方案确定了今后三年的主要目标:全面建成托育服务体系")
    assert not reports_plan_goals("规划提出要加快建设养老机构")
    assert not reports_plan_goals("会议提出了建成宜居城市的目标")


def test_reported_plan_goals_are_goals():
    page = "某市新闻\n\n2031年5月1日\n\n某市日前发布卫生规划,明确今后五年卫生事业发展方向。\n\n{}\n"
    got = goals(page.format("规划提出了建成宜居花园城市的目标。全市医疗机构床位数稳步增加。"))
    assert got == [(None, "规划提出了建成宜居花园城市的目标")]
    assert goals(page.format("规划提出的目标已全面实现。全市医疗机构床位数稳步增加。")) == []


def test_names_plan_goals_heading():
    assert names_plan_goals_heading("(一)规划目标")
    assert names_plan_goals_heading("二、长期目标")
    assert heading_names_goals("(一)规划目标")
    assert not names_plan_goals_heading("某县养老志规划目标及主要任务")
    assert not names_plan_goals_heading("三、实现规划目标的保障措施")
    assert not heading_names_goals("(二)重点任务")


def test_closed_item_owns_nothing():
    assert closed_item_owns_nothing("1.各社区养老设施满足基本需要。", ["目标", "各社区养老设施满足基本需要"],
                                    ["目标", "养老床位基本够用"])
    assert closed_item_owns_nothing("2.养老床位基本够用。", ["目标", "养老床位基本够用"], None)
    # a title over its own text, a name without its 。, a line with no number: no such goal
    assert not closed_item_owns_nothing("1.养老服务。", ["目标", "养老服务"], ["目标", "养老服务"])
    assert not closed_item_owns_nothing("1.养老服务", ["目标", "养老服务"], None)
    assert not closed_item_owns_nothing("养老床位基本够用。", ["目标", "养老床位基本够用"], None)


def test_goal_items_under_plan_goals_heading():
    page = ("某县养老服务规划\n\n(一)规划目标\n\n力争用三年时间,全县养老设施达到以下要求。\n\n"
            "1.各社区普遍建成老年助餐点。\n\n2.农村敬老院全部完成适老化改造。\n\n(二)重点任务\n\n"
            "全县改造敬老院12所。\n")
    got = [q for _, q in goals(page)]
    assert "各社区普遍建成老年助餐点" in got
    assert "农村敬老院全部完成适老化改造" in got
    assert "全县改造敬老院12所" not in got


def test_is_site_mark():
    assert is_site_mark("(www.example.com)")
    assert is_site_mark("（来源:www.example.cn）")
    assert not is_site_mark("详见www.example.com")
    assert not is_site_mark("(2031年建成)")


def test_teaser_copies_cue():
    text = "摘要:未来五年,本园以游戏为核心,打造优质保教模式。到2035年,建成\n一、总体目标\n未来五年,本园以游戏为核心,打造优质保教模式。\n"
    body = text.rindex("未来五年")
    end = body + len("未来五年,本园以游戏为核心,打造优质保教模式")
    got = teaser_copies(text, [(body, end)])
    assert got == [(3, 3 + end - body, 0)]
    assert teaser_copies(text, [(body, end), (3, 3 + end - body)]) == []  # the teaser's copy is a goal already
    plain = text.replace("摘要:", "前言 ")
    assert teaser_copies(plain, [(plain.rindex("未来五年"), plain.rindex("未来五年") + end - body)]) == []


def test_teaser_copy_is_a_goal():
    page = ("某园发展规划\n\n摘要:未来五年,本园以游戏为核心,打造优质保教模式。到2035年,建成\n\n一、总体目标\n\n"
            "未来五年,本园以游戏为核心,打造优质保教模式。\n\n二、主要任务\n\n改造户外场地。\n")
    got = [q for _, q in goals(page)]
    assert sum(q.endswith("未来五年,本园以游戏为核心,打造优质保教模式") for q in got) == 2
    got = [q for _, q in goals(page.replace("摘要:", ""))]
    assert sum(q.endswith("未来五年,本园以游戏为核心,打造优质保教模式") for q in got) == 1


def test_ordered_unit_task_cue():
    got = ordered_unit_task("针对网友反映的情况,某区委办公室在回复中表示,某区已责成某区住房和城乡建设局抓紧查处。")
    assert [(h.task, h.lead, h.responsible) for h in got] == [("抓紧查处", ["某区住房和城乡建设局"], [])]
    got = ordered_unit_task("县政府责成县住建局、县教育局尽快整改到位。")
    assert [(h.task, h.lead) for h in got] == [("尽快整改到位", ["县住建局", "县教育局"])]
    assert ordered_unit_task("市政府责成相关部门调查处理。") == []
    assert ordered_unit_task("局党组责成分管副局长督办。") == []
    assert ordered_unit_task("某区已要求某区住建局抓紧查处。") == []


def test_ordered_unit_row():
    got = units("某区委办公室在回复中表示,某区已责成某区教育局抓紧查处。目前,某区拟新建学校2所。")
    assert got == [("抓紧查处", ["某区教育局"], [])]


def test_dateline_pattern():
    for line in ("某社1月30日电,某市政府召开会议。", "据某社某地5月16日电", "【某社某地8月19日電", "本报讯 某区日前…", "某报某地2031年9月29日讯"):
        assert DATELINE.search(line), line
    for line in ("1月30日,某市政府召开会议。", "来源:某日报", "某市将于1月30日电话回访"):
        assert not DATELINE.search(line), line


def test_headline_over_dateline_is_no_goal():
    page = ("2031年01月30日 14:19:59\n某市:2032年新增养老床位5000张、日间照料中心20个等民生任务\n"
            "某社1月30日电,某市召开民政工作会议。会议提出,2032年全市将新增养老床位5000张。\n")
    got = [q for _, q in goals(page)]
    assert not any(q.startswith("某市:2032年") for q in got)
    assert any(q.endswith("2032年全市将新增养老床位5000张") for q in got)


def test_reports_high_level():
    assert reports_high_level("2031年民生支出占财政支出比重高达80%")
    assert not reports_high_level("2031年民生支出占比达到80%")
    assert not reports_high_level("目标高达成效")
    assert goals("某县重视民生投入,2031年民生支出占比高达80.5%,将民生列为施政首要考量。") == []
    assert goals("某县加大民生投入,2031年民生支出占比达到80.5%。") != []


def test_progress_section_status():
    path = ["一、关于“加强托育服务”的推进情况"]
    assert progress_section_status(path, "全区从2031年起实行托育补贴")
    assert not progress_section_status(path, "下一步,全区计划2033年新增托位500个")
    assert not progress_section_status(["一、工作目标"], "全区从2031年起实行托育补贴")
    assert not progress_section_status([], "全区从2031年起实行托育补贴")


def test_progress_section_goals():
    page = ("某委员:\n您的提案收悉,现答复如下:\n一、关于“加强托育服务”的推进情况\n"
            "我区始终重视托育服务。一是全区从2031年起实行托育补贴,新增托位300个。\n"
            "二、下一步工作\n全区计划到2034年新增托位500个。\n")
    got = [q for _, q in goals(page)]
    assert not any("2031年起" in q for q in got)
    assert any(q.endswith("全区计划到2034年新增托位500个") for q in got)


def test_dated_step_then_now():
    assert dated_step_then_now("该中心于2031年3月开工,目前已完成主体结构封顶")
    assert dated_step_then_now("某路改造工程2031年3月启动,现已完成路基施工")
    assert not dated_step_then_now("该项目计划于2032年6月开工,目前正在开展前期工作")
    assert not dated_step_then_now("该项目于2032年6月开工建设")
    assert goals("某街道民生实事进展\n\n该中心于2031年3月开工,目前主体结构施工过半。\n") == []
    assert goals("某街道民生实事计划\n\n该项目计划于2032年6月开工,目前正在开展前期工作。\n") != []


def test_plan_in_progress_cell():
    assert plan_in_progress_cell("计划于2032年底前建成投用", None)
    assert plan_in_progress_cell("预计2032年底前建成", None)
    assert not plan_in_progress_cell("计划于2032年底前建成投用", 2031)
    assert not plan_in_progress_cell("该项目于2032年2月完成招标", None)


def test_plan_in_progress_column():
    page = ("序号 | 名称 | 明细 | 负责科室 | 执行落实情况 |\n"
            "1 | 某社区食堂建设 | 面积约500平方米,建设社区食堂。 | 社会事务办 | 已完成初步设计。计划于2032年底前建成投用。 |\n"
            "2 | 某公园改造 | 改造公园1处。 | 城建办 | 已于10月完成改造并对外开放。 |\n")
    got = [q for _, q in goals(page)]
    assert "计划于2032年底前建成投用" in got
    assert not any("10月完成改造" in q for q in got)


def test_only_site_mark():
    assert only_site_mark(" (www.example.com)")
    assert not only_site_mark("")
    assert not only_site_mark("全县新建幼儿园3所。(www.example.com)")


def test_item_with_watermark_is_a_goal():
    page = ("某县养老服务规划\n\n一、工作目标\n\n力争用三年时间,全县养老设施达到以下要求。\n\n"
            "1.各社区普遍建成老年助餐点。\n\n2.特困老人集中供养全面保障,敬老院服务规范有序。(www.example528.com)\n\n"
            "3.城镇养老床位基本够用,逐步做到每千名老人床位不少于40张。\n\n二、重点任务\n\n全县改造敬老院12所。\n")
    got = [q for _, q in goals(page)]
    assert "特困老人集中供养全面保障,敬老院服务规范有序" in got
    assert not any("www" in q for q in got)


def test_plan_named_with_years():
    assert reports_plan_goals("《某省养老纲要(2031—2040年)》提出了未来十年的主要目标:养老床位数量稳步增加")
    assert not reports_plan_goals("《某市养老规划(2031-2035年)》提出新增床位1万张的目标")
    assert year_outside_names("《某省养老纲要(2031—2040年)》提出了以下主要目标:床位稳步增加", 2040) is None
    assert year_outside_names("《某省养老纲要》提出到2035年床位稳步增加的目标", 2035) == 2035
    assert year_outside_names("规划提出到2035年床位稳步增加的目标", 2035) == 2035


def test_preview_line_copies_body_goals():
    # (goalA27) a doc-sharing page's description: the document's opening run together on one line near the top, before
    # the document itself; each goal it copies whole is a mention of its own (G4a)
    from tests.rules_kit import records
    preview = ("某县2031年度施政计划目标与重点 壹、文化类 一、年度施政目标 充实乡镇图书馆馆藏,提升借阅服务品质。 "
               "推动社区书屋全面开放,扩大阅读人口。 改善文化中心设施,提升使用效益。")
    body = ("\n\n某县2031年度施政计划目标与重点\n\n一、年度施政目标\n\n充实乡镇图书馆馆藏,提升借阅服务品质。\n\n"
            "推动社区书屋全面开放,扩大阅读人口。\n\n改善文化中心设施,提升使用")
    quotes = [g.quote for g in records(preview + body, "goal")]
    assert quotes.count("充实乡镇图书馆馆藏,提升借阅服务品质") == 2
    assert quotes.count("推动社区书屋全面开放,扩大阅读人口") == 2
    assert quotes.count("改善文化中心设施,提升使用") == 1  # the body's cut sentence: the preview's is another (longer)
