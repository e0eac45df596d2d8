"""Goal cues of the fourteenth round, each on a small made-up text (no sentence of a real document), with variants in
other writers' wordings (mainland, Taiwan, Hong Kong, Macau) and near-misses both ways."""

from extract.rules.goals import (clause_year_level, completion_date, document_number_year, expected_date, find_goals,
                                 introduces_a_list, run_in_goal_spans)
from extract.rules.text import is_past
from extract.cues import is_notice_line
from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def one(sentence):
    return [(sentence[h.start:h.end], h.year) for h in find_goals(sentence + "。", 0, False)]


# -- a clause after the measures that opens with its year and a level to reach (O3) ----------------------------------
def test_a_clause_that_opens_with_its_year_and_a_level():
    s = "加强统筹,通过购买服务等方式扩大普惠托育供给,2032年全市普惠托位占比达到70%以上"
    assert clause_year_level(s) == (2032, s.index("2032"))
    assert one(s) == [(s, 2032)]
    assert clause_year_level("完善防控体系,2033年全县儿童近视率控制在30%以内")[0] == 2033
    assert clause_year_level("落实资助政策,2032年底贫困家庭学生资助率不低于98%")[0] == 2032
    assert clause_year_level("深化改革;2032年全省高中毛入学率提高到95%")[0] == 2032
    assert clause_year_level("扩大供给,2033年全市托位数达到3万个左右")[0] == 2033
    # what is to be reached without a bound: a level, a verb of reaching or completing
    assert clause_year_level("加大投入,扩大资源供给,2033年全省普惠性幼儿园覆盖率达到90%")[0] == 2033
    assert clause_year_level("深化改革,2033年全市基本实现义务教育优质均衡")[0] == 2033
    assert clause_year_level("强化保障,2032年每个县至少建成1所特殊教育学校")[0] == 2032
    assert clause_year_level("推进集团化办学,2033年全市优质学校占比力争达到80%")[0] == 2033
    # near-misses: a report of published data, a deed told as done, a year after 到 (read elsewhere), a year that
    # opens no clause, a change with no number
    assert clause_year_level("据统计,2031年全区小学新生达到1.8万余人")[0] is None
    assert clause_year_level("公报显示,2031年全区卫生支出占比达到7.43%")[0] is None
    assert clause_year_level("据了解,2031年全区完成了校舍改造")[0] is None
    assert clause_year_level("全面推进,到2032年入园率达到95%以上")[0] is None
    assert clause_year_level("全市2032年入园率达到95%以上")[0] is None
    assert clause_year_level("加强建设,2032年教学质量明显提高")[0] is None
    # a past clause stays no goal (its marker)
    assert one("近年来投入持续加大,2031年全市普惠园占比已达到80%以上") == []


# -- a year striven for (力争, 争取) before the year -------------------------------------------------------------------
def test_a_year_striven_for():
    s = "实施居家适老化改造,力争2032年和2033年每年改造1.5万户以上"
    assert expected_date(s) == (2032, s.index("2032"))
    assert one(s) == [(s, 2032)]
    assert expected_date("争取2033年建成区级托育综合服务中心")[0] == 2033
    assert expected_date("力争在2032年实现乡镇全覆盖")[0] == 2032
    # near-misses: the words with no year after them, a year after which
    assert expected_date("力争早日建成托育服务体系")[0] is None
    assert expected_date("力争2032年以后逐步推开")[0] is None


# -- a facility put into service (Hong Kong's and Macau's words) -----------------------------------------------------
def test_a_facility_put_into_service():
    s = "加快建设某区综合医院及化验中心,2033年底起分阶段投入服务"
    assert completion_date(s) == (2033, s.index("2033"))
    assert one(s) == [(s, 2033)]
    assert completion_date("新院舍预计2032年投入运作")[0] == 2032
    assert completion_date("该中心2033年中投入运营")[0] == 2033
    # near-misses: a facility that went into service (a past marker, or the year naming it), no year
    assert one("该中心已于2029年投入服务") == []
    assert completion_date("2029年投入服务的中心")[0] is None
    assert completion_date("新院舍将尽快投入服务")[0] is None
    # the end, middle or start of a year from which a thing is to be done
    from extract.rules.goals import before_or_from
    assert before_or_from("加快建设某中心,2032年底起分阶段启用")[0] == 2032
    assert before_or_from("2033年中起推行新一期资助计划")[0] == 2033
    assert one("该中心2029年底起停止服务,已改作他用") == []  # (a past marker)
    assert before_or_from("到2032年底起码要有3所")[0] is None  # (起码, at least: no from-date)


# -- a year, then its actor's will to do the work listed after it (O3b) ---------------------------------------------
def test_the_year_s_work_announced_is_a_goal():
    assert not introduces_a_list("某司司长表示,2032年将重点推进以下具体工作")
    assert not introduces_a_list("2032年,我局将着力抓好以下几项工作:")
    assert not introduces_a_list("2033年度,本署拟重点落实下列措施:")
    assert one("某司司长表示,2032年将重点推进以下具体工作") == [("某司司长表示,2032年将重点推进以下具体工作", 2032)]
    # a year in Chinese numerals, Macau's way, on a page
    text = "某司司长昨日介绍明年施政重点。\n某司司长表示,二零三二年将重点推进以下具体工作。\n一、推进重大项目建设。\n"
    assert ("某司司长表示,二零三二年将重点推进以下具体工作", 2032) in goals(text)
    # near-misses: a list's name, a report's list, the list handed down (现将), no year (今年, N9)
    assert introduces_a_list("2032年拟开工项目一览:")
    assert introduces_a_list("现将2032年重点任务梳理如下——")
    assert introduces_a_list("某县2032年新建学校名单经整理——")
    assert one("今年,我局将重点做好以下几项工作:") == []


# -- a goal heading run into the text with a stray mark for 、 (O1) --------------------------------------------------
def test_a_run_in_goal_heading_with_an_apostrophe():
    p = ("为推进某事业发展,制定本计划。一'总体目标以某思想为指导,健全服务体系。“十五五”期间,入学率达到97%以上。"
         "服务质量全面提升,保障机制进一步完善。二、健全服务体系(一)持续提升普及水平。")
    spans, open_after = run_in_goal_spans(p, False)
    assert len(spans) == 1 and not open_after
    a, b = spans[0]
    assert p[a:].startswith("以某思想为指导") and p[b:].startswith("二、健全")
    got = [p[h.start:h.end] for h in find_goals(p[:b], 0, True, a)]
    assert got == ["以某思想为指导,健全服务体系", "“十五五”期间,入学率达到97%以上", "服务质量全面提升,保障机制进一步完善"]
    assert run_in_goal_spans("制定本计划。一,工作目标全面提升质量。二、主要任务加快建设。", False)[0]
    # the same with a space (lost in normalising), a bracketed rank, a goal label with its colon
    for page in ("某行动计划\n为推进发展,制定本计划。一 总体目标以某思想为指导,健全体系。服务质量全面提升。二 主要任务加快建设。\n",
                 "某行动计划\n为推进发展,制定本计划。(一)总体目标以某思想为指导,健全体系。服务质量全面提升。(二)主要任务加快建设。\n",
                 "某行动计划\n为推进发展,制定本计划。一、总体目标:以某思想为指导,健全体系。服务质量全面提升。二、主要任务加快建设。\n"):
        assert goals(page) == [("以某思想为指导,健全体系", None), ("服务质量全面提升", None)], page
    # a bracketed heading's block closes at the next bracketed numeral; a ranked one's does not (its items)
    p = "制定本计划。(一)总体目标健全体系。(二)主要任务加快建设。"
    assert [p[a:b] for a, b in run_in_goal_spans(p, False)[0]] == ["健全体系。"]
    p = "制定本计划。二、工作目标健全体系。(一)入学率达到95%。三、主要任务加快建设。"
    assert [p[a:b] for a, b in run_in_goal_spans(p, False)[0]] == ["健全体系。(一)入学率达到95%。"]
    # near-misses: no numeral before it, a goal named in a sentence (``一'目标是…``: no heading)
    assert run_in_goal_spans("制定本计划。总体目标以某思想为指导。", False)[0] == []
    assert run_in_goal_spans("制定本计划。一'目标是全面提升质量。", False)[0] == []
    assert run_in_goal_spans("制定本计划。一目标明确,全面提升质量。", False)[0] == []  # (no kind named, no mark)
    assert goals("某行动计划\n为推进发展,制定本计划。一目标明确。服务质量全面提升。\n") == []


# -- a document number's year dates the document, not a later page stamp (O3d) ----------------------------------------
def test_a_document_number_dates_the_page_over_a_later_stamp():
    assert document_number_year("某政〔2031〕13号") == 2031
    assert document_number_year("某教发[2030]5号") == 2030
    assert document_number_year("某政发【2029】137号") == 2029
    assert document_number_year(None) is None and document_number_year("某政13号") is None
    page = ("关于推进某区健康行动的实施意见\n\n时间:2035-01-01 来源:某区政府\n\n某政〔2031〕13号\n\n"
            "各乡人民政府、各街道办事处:\n\n一、总体要求\n\n(一)总体目标。到2032年,促进健康的政策体系基本建立。"
            "到2040年,健康生活方式基本普及。\n\n二、主要任务\n\n加快推进某项建设。\n")
    assert goals(page) == [("到2032年,促进健康的政策体系基本建立", 2032), ("到2040年,健康生活方式基本普及", 2040)]
    # without the number, the stamp dates the page: 2032 is past
    assert goals(page.replace("某政〔2031〕13号", "")) == [("到2040年,健康生活方式基本普及", 2040)]


# -- a period from a year's event up to now is the past ----------------------------------------------------------------
def test_a_period_since_a_year_s_event_is_past():
    assert is_past("自2029年列入省民生实事以来,送戏场次累计突破10万场")
    assert is_past("从2028年启动试点以来,全市共建成托育点50个")
    assert one("自2029年列入省民生实事以来,送戏场次累计突破10万场,丰富群众文化生活") == []
    # near-misses: a year from which a thing is to be done, a period with a deadline after it
    assert not is_past("自2032年起,全面推行免费午餐")
    s = "自2029年列入试点以来成效明显,到2033年将实现全覆盖"
    assert one(s) == [(s, 2033)]


# -- the approval, then the year's commitment: no notice line (O3b) ---------------------------------------------------
def test_an_approval_before_the_year_s_commitment_is_no_notice():
    s = "经市政府同意,2032年我市实施40项民生实事,具体安排如下"
    assert not is_notice_line(s)
    page = "某市关于2032年实施40项民生实事的通知\n\n各县区人民政府:\n\n" + s + "。\n\n一、促进就业\n\n1.新增城镇就业3万人。\n"
    assert (s, 2032) in goals(page)
    # near-misses: the approval that hands a document down stays the notice's
    assert is_notice_line("经市政府同意,现将《2032年民生实事项目》印发给你们")
    assert is_notice_line("经区政府研究同意,现就有关事项通知如下:")


# -- a teaser is a mention of its own (G4a) ----------------------------------------------------------------------------
def test_an_abstract_that_copies_a_body_sentence_gives_its_goal_too():
    page = ("某市今年将新增学位1万个\n\n摘要:其中新建学校20所列为2032年市政府确定的惠民工程项目,新增学位1.\n\n"
            "某市讯 记者获悉,其中新建学校20所列为2032年市政府确定的惠民工程项目,新增学位1万个。\n")
    got = goals(page)
    assert any(q.startswith("其中新建学校20所列为2032年") and y == 2032 for q, y in got)
    assert any(q.startswith("某市讯") for q, _ in got) and len(got) == 2


# -- a headline over a news card's channel and month-day stamp is a title (G4a) ---------------------------------------
def test_a_headline_over_a_month_day_stamp_is_a_title():
    from extract.rules.goals import is_title_line
    assert is_title_line("2031年,某区新建改建健身场地29处", "地方频道 02-03")
    assert is_title_line("2031年,某区新建改建健身场地29处", "要闻 11-20 08:40")
    # near-misses: a body line, a number that is no month-day
    assert not is_title_line("2031年,某区新建改建健身场地29处", "某区新建改建健身场地29处,举办运动会超百场")
    assert not is_title_line("2031年,某区新建改建健身场地29处", "地方频道 13-45")
    page = "2031年,某区新建改建健身场地29处\n\n地方频道 02-03\n\n报告提到,某区民生服务提优升级,新建改建健身场地29处。\n"
    assert goals(page) == []
    assert goals(page.replace("地方频道 02-03", "地方频道")) == [("2031年,某区新建改建健身场地29处", 2031)]


# -- a year's appropriation (O3e) ------------------------------------------------------------------------------------
def test_a_year_s_appropriation_is_a_goal():
    from extract.rules.goals import budget_year
    assert budget_year("2032至33年度教育方面的经常开支拨款为1,100亿元")[0] == 2032
    assert budget_year("2032年度拨款约5亿元,用于校舍改善")[0] == 2032
    assert one("二〇三二至三三年度教育方面的经常开支拨款为1,100亿元,占政府总经常开支18%") == [
        ("二〇三二至三三年度教育方面的经常开支拨款为1,100亿元,占政府总经常开支18%", 2032)]
    # near-misses: an appropriation without a year, one compared with another
    assert budget_year("本年度拨款为5亿元")[0] is None
    assert budget_year("2032年度拨款为5亿元,与2031年度拨款相比增加1亿元")[0] is None


# -- a report of what a plan sets for a span of years (O3c) ----------------------------------------------------------
def test_a_plan_s_span_of_years_reported_with_its_goal():
    from extract.rules.goals import span_frame
    s = "2031年,某市印发《意见》,明确2031-2035年全市新增学位10万个的任务目标,其中新增幼儿园学位2万个"
    assert span_frame(s)[0] == 2035
    assert one(s) == [(s, 2035)]
    assert span_frame("方案提出2031—2033年完成校舍改造的目标")[0] == 2033
    # near-misses: a span that names a period (no goal or task named in its clause), a document's name
    assert span_frame("报告明确2026-2030年为攻坚期,各校要加强管理")[0] is None
    assert one("《某市教育规划(2031-2035年)》提出新增学位10万个的目标") == []


# -- a clause that opens with its year and drives the work on (O3) ---------------------------------------------------
def test_a_year_and_the_work_driven_on():
    from extract.rules.goals import year_drive
    s = "某县县长作政府工作报告,2032年,某县加快推进第二中学建设,增加公办幼儿园学位"
    assert year_drive(s) == (2032, s.index("2032年,某县"))
    page = "某县讯 2031年12月30日,某县县长作政府工作报告,2032年,某县加快推进第二中学建设,增加公办幼儿园学位。\n"
    assert [y for _, y in goals(page)] == [2032]
    # near-misses: no comma after the year (a name: ``2032年加快推进年``), the verb far from the year, a past year
    assert year_drive("2032年加快推进年活动启动")[0] is None
    assert year_drive("2032年,某县委、县政府和各乡镇各部门共同努力加快推进建设")[0] is None
    page = "某县召开人代会\n\n发布时间:2033-01-05\n\n某县县长作政府工作报告,2032年,某县加快推进第二中学建设。\n"
    assert goals(page) == []


# -- a page cut after the date and its will ----------------------------------------------------------------------------
def test_a_date_and_its_will_cut_short_is_a_fragment():
    from extract.rules.goals import is_no_sentence
    assert is_no_sentence("到2032年,将") == "fragment"
    assert is_no_sentence("到2032年,全市将") == "fragment"
    assert is_no_sentence("到2032年,将建成学校5所") == ""
    assert is_no_sentence("2032年将实现全覆盖") == ""


# -- a line's indent lost as ``??`` in a lossy re-encoding: the heading under it is read -------------------------------
def test_a_lost_indent_before_a_heading_is_dropped():
    from extract.normalise import normalise
    assert normalise("某方案\n????二、工作目标\n深入开展工作。\n").text.strip() == "某方案\n二、工作目标\n深入开展工作。"
    assert normalise("  ??三、主要任务").text.strip() == "三、主要任务"
    # near-misses: a run before no CJK text, a lone ?, a run inside a line (dropped by the older rule)
    assert normalise("某方案\n??\n?\n").text.strip() == "某方案\n??\n?"
    assert normalise("你好??世界").text == "你好世界"
    page = "某镇控辍保学工作方案\n????一、指导思想\n全面贯彻教育方针。\n????二、工作目标\n提高入学率,降低辍学率。\n"
    assert goals(page) == [("提高入学率,降低辍学率", None)]
