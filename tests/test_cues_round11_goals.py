"""Goal cues of the eleventh round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import copies_headline, introduces_a_list, page_headline, planned_date
from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


# -- a row's planned date label (``计划完工时间:2031年``) ------------------------------------------------------------
def test_a_planned_date_label_dates_its_row():
    # a works list flattened to lines, a project card, other writers' labels and scripts
    assert planned_date("甲小学 建设地点:东环路北 建设规模24个班 计划完工时间:2031年")[0] == 2031
    assert planned_date("乙幼儿园扩建工程,预计竣工日期:2032年6月")[0] == 2032
    assert planned_date("丙中学新校区 预定落成日期为2033年")[0] == 2033
    assert planned_date("丁校舍改建 計劃完工時間：2031年")[0] is None  # (the rules read Simplified script: see below)
    assert planned_date("戊园 拟开工时间 2031年3月")[0] == 2031
    # near-misses: an actual date, a bare date with no plan word, a label with nothing before it, no year
    for s in ("甲小学 实际完工时间:2029年", "乙园 竣工时间:2029年", "计划完工时间:2031年", "丙园 计划完工时间:待定",
              "丁园 计划完工时间:第3季度"):
        assert planned_date(s)[0] is None, s


def test_planned_date_rows_are_goals():
    text = ("某区明年开工建设幼儿园\n\n"
            "明年,某区将开工建设3所幼儿园,名单如下:\n"
            "东湖幼儿园 建设地点:湖滨路南 建设规模12个班 计划完工时间:2031年\n"
            "西山幼儿園 建設地點:山前路北 建設規模9個班 計劃完工時間：2032年\n"
            "南苑幼兒園 建設地點:南苑路東 建設規模6個班 預定完工日期:119年\n")
    got = goals(text)
    assert ("东湖幼儿园 建设地点:湖滨路南 建设规模12个班 计划完工时间:2031年", 2031) in got
    assert ("西山幼儿園 建設地點:山前路北 建設規模9個班 計劃完工時間：2032年", 2032) in got  # Traditional script
    assert ("南苑幼兒園 建設地點:南苑路東 建設規模6個班 預定完工日期:119年", 2030) in got  # an ROC year
    # a completed project's card reports a date
    assert goals("北区小学 建设规模24个班 实际完工时间:2029年\n") == []


# -- the page's headline, under its site line or printed again -------------------------------------------------------
def test_a_headline_over_the_sites_line_is_no_goal():
    text = ("某市2031年前新增学位1.2万个\n\n"
            "某某新闻网 https://news.example.com/\n\n"
            "记者从市教育局获悉,计划在2031年前新建中小学校6所,新增学位1.2万个。\n")
    got = goals(text)
    assert ("记者从市教育局获悉,计划在2031年前新建中小学校6所,新增学位1.2万个", 2031) in got
    assert not any(q.startswith("某市2031年前") for q, _ in got)
    text = ("到2032年某县将建成教育强县\n某县资讯网 www.example.cn\n到2032年,某县将建成教育强县,新建学校5所。\n")
    assert [y for q, y in goals(text) if q.startswith("到2032年某县")] == []
    text = "2032年前甲區將增建校舍6所\nExampleNews https://example.hk/news/123\n甲區教育局表示,2032年前將增建校舍6所。\n"
    assert [q for q, y in goals(text)] == ["甲區教育局表示,2032年前將增建校舍6所"]
    # a page's footer link after its last line is no masthead: that line is still read
    text = "甲县教育新闻\n\n记者从县教育局获悉:\n\n2032年前全县新建幼儿园3所\n本文链接:https://www.example.com/a/1.html\n"
    assert ("2032年前全县新建幼儿园3所", 2032) in goals(text)


def test_a_headline_printed_again_is_no_goal():
    lines = ["未来三年某区“教育强区”计划,到2032年将实现", "某区在线", "未来三年某区“教育强区”计划,到2032年将实现",
             "信息首发:未来三年某区“教育强区”计划,到2032年将实现", "到2032年,全区新建学校8所。"]
    assert page_headline(lines) == lines[0]
    assert copies_headline(lines[3], lines[0])
    assert copies_headline("原標題:" + lines[0], lines[0])
    # the same words closed by a colon open a list; a longer line that only ends with the headline is another line
    assert not copies_headline(lines[0] + ":", lines[0])
    assert not copies_headline("据本报记者报道称,今天上午召开的会议上说" + lines[0], lines[0])
    # a first line the page does not print again, or one that ends a sentence, is no headline by this cue
    assert page_headline(["到2032年,全区新建学校8所。", "到2032年,全区新建学校8所。"]) == ""
    assert page_headline(["某区2032年将新建学校8所", "正文"]) == ""
    got = goals("\n".join(lines) + "\n")
    assert got == [("到2032年,全区新建学校8所", 2032)]


# -- a dated commitment whose verb's object is the list after the colon ---------------------------------------------
def test_a_dated_commitment_before_its_list_is_a_goal():
    assert not introduces_a_list("到2031年,全市将实现:")
    assert not introduces_a_list("某县“强县”计划,至2031年将达成：")  # (the rules read Simplified script)
    assert not introduces_a_list("政府定下目標,在2031年底前要完成:")
    # a dated sentence that announces goals is one (O3a)
    assert not introduces_a_list("到2031年,全区要实现以下目标:")
    assert not introduces_a_list("2031年全县教育工作的主要目标如下:")
    assert not introduces_a_list("当局定下2031年前达到下列三项目标——")
    # a list's name after the colon's verb stays a list's introduction
    # (fourteenth round: a year, then its actor's will to do the work listed, ``2032年,某局将重点抓好以下几项工作:``, is
    # the year's commitment, O3b, a lead-in a goal by its own date: see tests/test_cues_round14_goals.py)
    assert not introduces_a_list("2032年,某局将重点抓好以下几项工作:")
    assert introduces_a_list("现将2032年重点任务梳理如下——")
    assert introduces_a_list("2032年拟开工项目一览:")
    text = "甲市卫生事业规划\n\n一、概况\n\n未来五年甲市“健康城市”战略,到2031年将实现:\n1、新建医院6家\n2、千人床位数达到5张\n"
    assert ("未来五年甲市“健康城市”战略,到2031年将实现", 2031) in goals(text)  # (goalB26) O5: no line-final ``:``


# -- a sentence that says what the year's goals and tasks are (``主要目标任务是:``) --------------------------------------
def test_goals_and_tasks_stated_together():
    from extract.rules.goals import states_the_goal
    assert states_the_goal("某局局长表示:“2031年体育工作的主要目标任务是:实施全民健身行动,新建球场20块")
    assert states_the_goal("2031年全区教育工作的目标任务为:新增学位3000个")
    assert states_the_goal("今年的目標任務是,新建校舍5所".replace("標", "标").replace("務", "务"))
    text = ("甲市体育工作会议召开\n\n"
            "昨天,2031年甲市体育工作会议召开。甲市体育局局长表示:“2031年体育工作的主要目标任务是:实施市民体质提升行动,"
            "组织全民健身活动不少于2000场次;新建公益性足球场地50块。”\n")
    got = goals(text)
    assert ("甲市体育局局长表示:“2031年体育工作的主要目标任务是:实施市民体质提升行动,组织全民健身活动不少于2000场次;"
            "新建公益性足球场地50块", 2031) in got
    # a task on the goals, with no year and no colon, is no statement of them
    assert goals("各校要全面完成目标任务是今年工作的关键。\n") == []


# -- a season, school break or holiday as the deadline (``2031年夏天前``) -----------------------------------------------
def test_a_season_before_which_is_a_deadline():
    from extract.rules.goals import season_deadline
    assert season_deadline("2031年夏天前,20万名学生人人都有冷气吹")[0] == 2031
    assert season_deadline("甲局力争2031年暑假前完成全部教室空调装设")[0] == 2031
    assert season_deadline("在2031年秋季开学前投入使用")[0] == 2031
    assert season_deadline("乙校舍2031年春节前竣工")[0] == 2031
    assert season_deadline("2031年寒假以前完成改造")[0] == 2031
    assert season_deadline("新校舍2031年第三季前落成")[0] == 2031  # a quarter (HK, Macau)
    assert season_deadline("甲校2031年第4季度之前啟用".replace("啟", "启"))[0] == 2031
    assert season_deadline("2031年年中前完成招标")[0] == 2031
    # not a deadline: a season since which, a span's end, no 前
    for s in ("2029年夏天以来持续高温", "2029至2031年夏天前", "2031年夏天举行运动会", "2031年第三季度完成投资12亿元",
              "2031年中小学前三名"):
        assert season_deadline(s)[0] is None, s
    text = "中小學兩年後班班有冷氣\n\n記者甲乙報導\n\n119年夏天前,20萬名學生人人都有冷氣吹!教育部今天表示…\n"
    assert ("119年夏天前,20萬名學生人人都有冷氣吹", 2030) in goals(text)  # an ROC year (1911 + 119)
    text = "中小學兩年後班班有冷氣\n\n記者甲乙報導\n\n2031年夏天前,20萬名學生人人都有冷氣吹!教育部今天表示…\n"
    assert ("2031年夏天前,20萬名學生人人都有冷氣吹", 2031) in goals(text)
    # a past result stays one
    assert goals("2029年夏天前已完成全部教室空调装设。\n") == []


# -- a year, then what must be done in it (``2031年要重点做好…``) -------------------------------------------------------
def test_a_year_and_what_must_be_done_in_it():
    from extract.rules.goals import year_must
    assert year_must("局长强调2031年要重点做好八个方面的工作")[0] == 2031
    assert year_must("2031年全县须切实抓好校舍安全")[0] == 2031
    assert year_must("2031年度必须完成改造任务")[0] == 2031
    assert year_must("署方指出,2031年需要集中推进校舍改建")[0] == 2031
    # near-misses: a request told (要求), a span's end, no task verb
    for s in ("2029年要求各校做好安全工作", "2029至2031年要做好", "2031年要闻回顾"):
        assert year_must(s)[0] is None, s
    text = "甲县召开教育工作大会\n\n会上,局长安排部署了2031年教育工作。局长强调2031年要重点做好五个方面的工作,即突出均衡发展;突出素质教育。\n"
    assert ("局长强调2031年要重点做好五个方面的工作,即突出均衡发展;突出素质教育", 2031) in goals(text)


# -- this year's tasks stated (``今年主要任务有4项:``) ----------------------------------------------------------------
def test_this_years_tasks_stated_in_a_dated_sentence():
    from extract.rules.goals import this_year_plan
    assert this_year_plan("2031年我局牵头的民生工程合并为一大项,今年主要任务有4项:一是免费开放1个图书馆")[0] == 2031
    assert this_year_plan("2031年,今年的重点工作任务是新建学校3所")[0] == 2031
    assert this_year_plan("2031年,本署今年主要任務包括:增設20班".replace("務", "务"))[0] == 2031
    # a result told after the fact, a past year's tasks
    assert this_year_plan("2031年,今年主要任务已完成")[0] is None
    assert this_year_plan("2031年,去年主要任务有4项")[0] is None


# -- an expected date is no forecast of what follows a year (``预计2031年后…``) -----------------------------------------
def test_a_year_after_which_is_no_expected_date():
    from extract.rules.goals import expected_date
    assert expected_date("故预计2031年后幼稚园学额需求大增")[0] is None
    assert expected_date("预计2031年以后学额需求回落")[0] is None
    assert expected_date("預計2031年之後入學人數回升".replace("預計", "预计").replace("後", "后").replace("數", "数")
                         .replace("學", "学").replace("升", "升"))[0] is None
    # an expected date stays one
    assert expected_date("预计2031年建成")[0] == 2031
    assert expected_date("当局预计于2031年后期完成")[0] == 2031  # (后期, 后半年: a part of the year)
    assert expected_date("预计在2031年9月完工")[0] == 2031


# -- a page's date under a bare 时间 label --------------------------------------------------------------------------
def test_a_time_label_dates_the_page():
    from extract.structure import structure
    assert structure("甲县召开2031年教育大会\n时间:2031年03月20日信息来源:甲县教育网\n正文。\n").meta.date == "2031-03-20"
    assert structure("乙市新闻\n  时间:2031-05-06来源:乙市教育局 点击:\n正文。\n").meta.date == "2031-05-06"
    # a list of other articles, each line led by 时间, dates none; a 时间 label inside a sentence is no page date
    assert structure("正文。\n时间:2030-07-12 15:0:04甲文\n时间:2030-07-12 15:0:32乙文\n").meta.date is None
    assert structure("正文。\n活动时间:2031年5月1日至5月3日\n").meta.date is None
    assert structure("甲局2030年工作要点\nID:123\n大小:34 KB\n页数:8页\n时间:2031-02-05\n正文。\n").meta.date is None
    # a goal dated before the page's date reports a result
    text = ("甲县召开2031年教育系统干部大会\n时间:2031年03月20日信息来源:甲县教育网\n\n"
            "会上,局长全面总结了2030年的教育工作。2030年,全县学前三年毛入园率达96.3%,完成24所幼儿园的督导评估。\n")
    assert goals(text) == []


# -- a goal label with its first item on the same line (``办学目标: 1. …``) ---------------------------------------------
def test_a_goal_label_with_its_first_item_opens_the_items():
    from extract.rules.goals import goal_label_opens_items, opens_other_label
    assert goal_label_opens_items("办学目标: 1. 以学生为本,因材施教")
    assert goal_label_opens_items("工作目标:(1)新建幼儿园3所")
    assert goal_label_opens_items("發展目標：一、提升教學質素".replace("發展目標", "发展目标"))
    # a label whose text is a sentence, not an item; no goal label; a label line alone (read by is_goal_label)
    for p in ("总体目标:到2031年建成教育强区", "办学宗旨: 1. 秉承办学精神", "目标:"):
        assert not goal_label_opens_items(p), p
    assert opens_other_label("校训: 勤 ---- 学习勤")
    assert opens_other_label("教育信念: 1. 每位学生都是有价值的")
    assert not opens_other_label("发展目标: 1. 提升质量")
    assert not opens_other_label("2. 启发每一位学生发展个人潜能,发挥所长。")
    text = ("甲中学学校发展计划\n\n"
            "办学宗旨: 为社会提供完善的教育服务。\n"
            "办学目标: 1. 以学生为本,因材施教,通过课程调适及多元化\n"
            "教学模式,让学生能愉快及有效地学习。\n"
            "2. 启发每一位学生发展个人潜能,发挥所长。\n"
            "3. 帮助学生建立积极的人生观及正确的价值观。\n"
            "校训: 勤、俭、忠、信\n"
            "教育信念: 1. 每位学生都是有价值的,应该受到尊重。\n"
            "2. 每位学生都可以从教育过程中得以成长。\n")
    got = [q for q, _ in goals(text)]
    # O1c: the hanging indent's wrap is no line end, the first item is one goal across it
    assert got[:3] == ["以学生为本,因材施教,通过课程调适及多元化\n教学模式,让学生能愉快及有效地学习",
                       "启发每一位学生发展个人潜能,发挥所长", "帮助学生建立积极的人生观及正确的价值观"]
    assert not any("每位学生" in q for q in got)  # another label closes the goal items
    assert not any("为社会提供" in q for q in got)
