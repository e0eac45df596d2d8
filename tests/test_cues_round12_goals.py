"""Goal cues of the twelfth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import (budget_year, chinese_numeral_years, completion_date, is_photo_caption, reports_past,
                                 states_validity, year_plan)
from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


# -- the date a works project is to be finished or put to use (``2032年正式投入使用``) ---------------------------------
def test_a_completion_date_dates_a_works_report():
    assert completion_date("该教学楼已于2031年3月开工建设,2032年正式投入使用")[0] == 2032
    assert completion_date("甲校综合楼建设工期8个月,2032年5月中旬竣工投入使用")[0] == 2032
    assert completion_date("乙小学扩建工程正在加紧施工,争取2032年秋季交付使用")[0] == 2032
    assert completion_date("预计年内完成招标,2032年底12校礼堂全数完工")[0] == 2032  # a short subject between
    assert completion_date("丙园2032年上半年可全部落成")[0] == 2032
    assert completion_date("丁校新校舍2032年9月启用")[0] == 2032
    assert completion_date("戊中学体育馆2032年底前完工")[0] == 2032
    assert completion_date("己校2032年年底建成投用")[0] == 2032
    # near-misses: a year that names finished works, a past deed, a year after 于 (``year_set_for``), a span's end,
    # no verb of completion, a start of works
    for s in ("2029年竣工的校舍已全部投入使用", "该校已于2029年竣工", "该校2029年竣工了", "2029年竣工后即投入使用",
              "2030至2032年完工", "2032年开工建设", "2032年新建教学楼1栋", "甲校2032年招生300人"):
        assert completion_date(s)[0] is None, s


def test_completion_dates_in_news_reports_are_goals():
    text = ("某县中学教学楼项目开工\n\n"
            "近日,某县第一中学教学楼建设项目获批,建筑面积5000平方米。该项目已于2031年7月正式开工建设,2033年正式投入使用。\n")
    assert ("该项目已于2031年7月正式开工建设,2033年正式投入使用", 2033) in goals(text)
    # Traditional script, an ROC year
    text = ("某市校園禮堂動工\n\n"
            "市府追加預算已送議會,待審議通過後實施,預計年底完成發包,119年底10校禮堂全數完工。\n")
    assert [y for q, y in goals(text) if "全數完工" in q] == [2030]
    # a works report of the past at the page's date: a result
    text = ("某校综合楼落成\n发布时间:2033-09-01\n\n"
            "该综合楼总投资300万元,建设工期7个月,2032年4月中旬竣工投入使用。\n")
    assert goals(text) == []


# -- a photo's caption, closed by its credit, is no goal ----------------------------------------------------------
def test_a_photo_caption_is_no_goal():
    assert is_photo_caption("某市12所学校将建礼堂,2032年底可全数完工。(某市教育局提供/记者甲乙摄)")
    assert is_photo_caption("某區將增建校舍,預計2032年落成。（圖由某市政府提供）")
    assert is_photo_caption("新校舍2032年启用。(记者 丙丁 摄)")
    assert is_photo_caption("甲校改建工程2032年完工 (圖/某縣教育處)")
    # near-misses: a bracket that is no credit, a credit inside the sentence, an organisation's role in brackets
    for p in ("到2032年,新建学校8所(含九年一贯制学校2所)。", "(某局提供)数据显示,2032年将新增学位900个。",
              "2032年完成校舍改造(牵头单位:区教育局)", "新增学位1000个(其中幼儿园学位200个)"):
        assert not is_photo_caption(p), p
    text = ("某市25校禮堂2032年完工\n\n"
            "某市12所學校將蓋禮堂,預計年底完成發包,2032年底可全數完工。(某市教育局提供/記者甲乙傳真)\n\n"
            "市長宣佈將加碼預算為12校蓋禮堂,預計年底完成發包,2032年底12校禮堂全數完工。\n")
    got = goals(text)
    assert [y for q, y in got] == [2032]
    assert got[0][0].startswith("市長宣佈")


# -- a goal sentence the page prints twice keeps its sentence as its quote (G4, O5) ---------------------------------
def test_a_goal_printed_twice_keeps_its_sentence():
    s = "甲市乙区丙幼儿园新建工程今日动工,预计于2032学年度开办6班,可招收150名幼儿"
    text = "乙区丙幼儿园动工 预计2032年开办\n" + s + "。市议员出席。\n" + s + "。市议员出席。\n"
    got = goals(text)
    assert got == [(s, 2032), (s, 2032)]
    # words of a goal that stand earlier inside a longer sentence: the quote is widened to its own mention
    text = ("一、重点任务\n\n加强师资建设,到2032年,专任教师本科率达90%。\n\n"
            "附件 任务分解表\n\n| 任务 | 内容 |\n| --- | --- |\n| 师资建设 | 到2032年,专任教师本科率达90% |\n")
    quotes = [q for q, y in goals(text)]
    assert "加强师资建设,到2032年,专任教师本科率达90%" in quotes
    assert all(q != "到2032年,专任教师本科率达90%" or quotes.count(q) == 1 for q in quotes)


# -- a year's plan with its deed and quantity (``2032年度计划投资7500万元``) ------------------------------------------
def test_a_years_plan_with_its_quantity_is_dated():
    assert year_plan("2032年度计划投资7500万元,建设教学楼6000平方米")[0] == 2032
    assert year_plan("甲县2032年度拟新建幼儿园3所")[0] == 2032
    assert year_plan("2032年度,将改造薄弱学校12所")[0] == 2032
    assert year_plan("乙區2032年度計劃投資1.2億元".replace("計劃投資", "计划投资").replace("億", "亿"))[0] == 2032
    # near-misses: the year's plan as a noun, no quantity, a span's end, a past year's plan completed
    for s in ("完成2032年度计划的80%", "2032年度计划表", "2032年度计划投资项目名单", "2030至2032年度计划投资9亿元",
              "完成2032年度计划投资5000万元"):
        assert year_plan(s)[0] is None, s
    text = "某中学建设项目推进\n\n2032年度计划投资7500万元,建设初中部教学楼6000平方米、宿舍楼2500平方米。\n"
    assert goals(text) == [("2032年度计划投资7500万元,建设初中部教学楼6000平方米、宿舍楼2500平方米", 2032)]
    # the year's plan beside what has been done to date: a progress report
    text = "某区教育项目检查\n\n2032年度计划投资1.2亿元,截至7月份累计完成投资8000万元,完成年度投资计划的66%。\n"
    assert goals(text) == []


# -- the past as the measure of a planned amount (``总投资为过去2年的总和``) -------------------------------------------
def test_the_past_as_the_measure_of_a_planned_amount():
    s = "2032年,该县将实施30件为民办实事项目,总投资达8亿元,总投资为过去2年的总和"
    assert not reports_past(s, s.index("2032"))
    s = "2032年,全市将新建学校20所,投入相当于过去三年之和"  # other wordings: mainland, Taiwan, Hong Kong
    assert not reports_past(s, s.index("2032"))
    # Taiwan and Hong Kong wordings, in their script, through the pipeline (which reads Simplified script)
    assert [y for q, y in goals("某市校舍\n\n2032年,本市將增建校舍15所,經費是過去5年的兩倍。\n")] == [2032]
    assert [y for q, y in goals("某署撥款\n\n2032年,當局將投放12億元,等於過去十年總和。\n")] == [2032]
    # near-misses: a past result stays one
    for s in ("过去两年全县共投入8亿元,2032年将再投入4亿元",):
        assert not reports_past(s, s.index("2032"))  # (the deadline's own clause has no past marker)
    for s in ("2029年,全县完成投资8亿元,为过去两年的总和", "2029年,该县过去三年累计投入5亿元"):
        assert reports_past(s, s.index("2029")) or reports_past(s), s
    text = "某县办实事\n\n记者获悉,2032年,该县将实施30件为民办实事项目,总投资达8亿元,总投资为过去2年的总和。\n"
    assert [y for q, y in goals(text)] == [2032]


# -- the document's own validity is no goal, even under a goal heading -------------------------------------------------
def test_a_documents_validity_is_no_goal():
    assert states_validity("自文件发布之日起有效,有效期为4年")
    assert states_validity("本方案自印发之日起施行,有效期5年")
    assert states_validity("本办法自公布之日起实施")
    assert states_validity("本计划有效期至2033年12月31日")
    assert states_validity("本措施由市教育局负责解释,自颁布之日起生效")
    # near-misses: a validity of something the plan handles, a date from which a measure applies
    for s in ("提高证书有效期内的培训质量", "自开学之日起,全面实施课后服务", "自2032年起全面推行免费午餐"):
        assert not states_validity(s), s
    text = ("某区健康行动方案解读\n\n二、总体目标和重点行动\n"
            "一是总体目标。2032年,全区人均预期寿命达到80岁。二是重点行动。涵盖六大行动。自文件發布之日起有效,有效期為4年。\n"
            "三、保障措施\n加强组织领导。\n")
    got = [q for q, y in goals(text)]
    assert "2032年,全区人均预期寿命达到80岁" in got
    assert not any("有效期" in q for q in got)
    text = "某县学校建设规划\n\n本规划有效期至2035年12月31日。\n"
    assert goals(text) == []


# -- hybrid: which undated sentences its model is asked about ---------------------------------------------------------
def test_hybrid_does_not_ask_about_a_plan_issued():
    from extract.llm.backend import reports_plan_issued, worth_a_goal_check
    assert reports_plan_issued("为推进文化下乡活动,特制定某县2032年文化下乡工作计划")
    assert reports_plan_issued("近期,我县获批某某建设工程2032年省级补助投资计划项目2个,争取资金800万元")
    assert reports_plan_issued("关于印发某区2032年关爱儿童十件实事工作方案的通知")
    assert reports_plan_issued("市民政局下达2032年为民办实事项目任务指标")
    assert reports_plan_issued("教育部公布2032年度重点建设学校名单")
    assert reports_plan_issued("某县府核定并发布2032年校舍改建计划")  # (Taiwan's words, in the Simplified script read)
    # near-misses: a plan's own commitment (计划 as will), a document named without a verb that issues it, a year outside
    # the name
    for s in ("市政府印发通知,要求2032年计划新建学校8所", "某县2032年工作计划新建幼儿园3所", "2032年全县计划投资1.2亿元",
              "根据2032年工作计划,全县将新建学校5所"):
        assert not reports_plan_issued(s), s
    assert not worth_a_goal_check("为推进文化下乡活动,特制定某县2032年文化下乡工作计划")
    assert worth_a_goal_check("全区计划新增学位3000个,2032年学位全部到位")


def test_hybrid_does_not_ask_about_a_meetings_report():
    from extract.llm.backend import reports_meeting, worth_a_goal_check
    assert reports_meeting("会上,某局长安排部署了2032年教育工作")
    assert reports_meeting("会上,各相关单位依次汇报了2032年承办的实事项目工作安排")
    assert reports_meeting("某某在大会上通报,2032年,全县将投入资金4000万元")
    assert reports_meeting("會議上宣布2032年將新增學位800個".replace("會議上宣布", "会议上宣布"))
    for s in ("会议要求,2032年全县新建学校5所", "2032年计划召开会议3次", "全县将在2032年部署推进新建学校工作"):
        assert not reports_meeting(s), s
    assert not worth_a_goal_check("会上,某局长安排部署了2032年教育工作,推进学校建设")


def test_hybrid_asks_about_neither_a_caption_nor_a_plan_issued():
    from test_hybrid_goal_cues import asked
    text = ("某县2032年文化下乡工作计划\n\n"
            "为推进文化下乡活动,特制定某县2032年文化下乡工作计划。\n\n"
            "某市將新增學位3000個,2032年學位全部到位。(某市教育局提供/記者甲乙傳真)\n\n"
            "全区计划新增学位3000个,2032年学位全部到位。\n")
    assert asked(text) == ["全区计划新增学位3000个,2032年学位全部到位"]


# -- a year written in Chinese numerals is a year (O3c) -------------------------------------------------------------
def test_years_in_chinese_numerals_are_read_as_years():
    assert chinese_numeral_years("二○三二至三三年度政府的经常开支预算为1,200亿元") == "2032至三三年度政府的经常开支预算为1,200亿元"
    assert chinese_numeral_years("到二〇三五年建成教育强国") == "到2035年建成教育强国"
    assert chinese_numeral_years("二零三二/三三学年起推行") == "2032/三三学年起推行"
    # near-misses: no year (a count, a number in a name, a document number), the same length always
    for s in ("第二〇二三号文件", "十二〇三", "二〇三五远景", "共有二零二个"):
        assert chinese_numeral_years(s) == s, s
    text = "某部门工作报告\n\n报告提出,到二〇三五年,全省建成高质量教育体系。\n"
    assert goals(text) == [("报告提出,到二〇三五年,全省建成高质量教育体系", 2035)]
    text = "某局局長發言\n\n為此,政府在二零三零年八月至二零三二年八月期間會增建12所小學校舍。\n"
    assert [y for q, y in goals(text)] == [2032]


# -- a year's budget with its amount (N17b) is the year's commitment of money -----------------------------------------
def test_a_years_budget_is_dated_by_its_year():
    assert budget_year("2032年预算约52.5亿元,按年增加超过26%")[0] == 2032
    assert budget_year("教育发展基金2032年的预算约7亿元")[0] == 2032
    assert budget_year("2031年预算约41.6亿元,2032年预算约52.5亿元")[0] == 2032  # the later of two
    assert budget_year("2032至33年度投放在教育的经常开支预算为1,200亿元")[0] == 2032
    assert budget_year("2032年度全区教育预算总额为8.6亿元")[0] == 2032
    # near-misses: a revised budget, a budget measured against, a budget with no amount, a span's end
    # (fourteenth round: a year's appropriation, ``2032至33年度教育经常开支拨款为1,029亿元``, is O3e's own example of a
    # goal: see tests/test_cues_round14_goals.py)
    for s in ("2031至32年度修订预算的1,124亿元", "与2031年预算的40亿元比较,增加12%", "2032年预算编制工作",
              "2030至2032年预算共9亿元"):
        assert budget_year(s)[0] is None, s
    text = ("某局局長發言稿\n\n日期: 2032-04-19\n\n"
            "  二○三二至三三年度政府投放在社會福利的經常開支預算為1,274億元,佔整體政府經常開支22%。"
            "與二○三一至三二年度修訂預算的1,124億元比較,經常開支增加約150億元。\n")
    assert [y for q, y in goals(text)] == [2032]


# -- a dated commitment before the clause that announces what follows (O3b) --------------------------------------------
def test_a_commitment_before_its_announcing_clause_is_a_goal():
    from extract.rules.goals import commits_before_intro, introduces_a_list
    # mainland, Taiwan and Hong Kong wordings (the rules read Simplified script)
    assert commits_before_intro("为办好民生实事,2032年在全县继续实施民生工程,制定如下实施方案")
    assert commits_before_intro("经市政府同意,2032年我市实施30项民生实事,具体安排如下")
    assert commits_before_intro("本部为推动校舍改建,预计于2032年完成12所学校改建,相关规划如下")
    assert commits_before_intro("当局会在2032年推出10项新措施,详情如下")
    assert not introduces_a_list("为办好民生实事,2032年在全县继续实施民生工程,制定如下实施方案")
    # near-misses: the dated clause is the list's own introduction, a past deed, no year before the last clause
    for s in ("2032年,某局将重点抓好以下几项工作:", "组织好2032年学校建设工作,名单如下:", "经全面梳理,2032年将推进的项目整理如下:",
              "2030年,全县已新建学校8所,具体情况如下"):
        assert not commits_before_intro(s), s
    text = ("某县2032年民生工程实施方案\n\n"
            "为回应群众关切,2032年在全縣繼續實施民生工程,采取更多惠民舉措,制定如下實施方案。\n\n"
            "一、新建幼儿园3所。\n")
    assert ("为回应群众关切,2032年在全縣繼續實施民生工程,采取更多惠民舉措,制定如下實施方案", 2032) in goals(text)


def test_roc_years_in_chinese_numerals():
    """(goalA25) O3c: an ROC year written digit by digit in Chinese numerals (``一二〇学年度``) is a year like ``120学年度``."""
    assert chinese_numeral_years("某乡一二〇学年度起实施午餐免费") == "某乡120学年度起实施午餐免费"
    assert chinese_numeral_years("共一一四个摊位") == "共一一四个摊位"  # no year word after it
    from extract.rules.goals import find_goals
    assert [h.year for h in find_goals("某乡财源充足,一一八学年度起实施午餐全免政策。", 0, False)] == [2029]
