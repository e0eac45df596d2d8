"""Goal cues of the thirteenth round, each on a small made-up text (no sentence of a real document), with variants in
other writers' wordings (mainland, Taiwan, Hong Kong) and near-misses both ways."""

from extract.rules.goals import asks_question, is_no_sentence, is_title_line, year_of_work
from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


# -- a news headline with an exclamation or question mark, or its date stamp, is a title (G4a: no goal) -------------
def test_a_headline_with_an_exclamation_mark_is_a_title():
    body = "今年某县将新建幼儿园6所,新增学位2000个,缓解入园难问题。"
    assert is_title_line("2031年某县将新建6所公办幼儿园!分布在这些地方", body)
    assert is_title_line("好消息!某市将新增基础教育学位3万个!", body)
    assert is_title_line("重磅!某区2031年将新增学位900个!", "来源:某报")  # (the cues read the normalised text)
    assert is_title_line("2031年某市的生活将有哪些新变化?", body)
    assert is_title_line("某县115学年度起营养午餐免费！", body)
    # a date stamp after the headline, an ellipsis in it
    assert is_title_line("养老、教育、健身......2031年某区30项实事项目完成 2032年01月19日", body)
    assert is_title_line("某区2031年新建学校8所 2031-03-02 08:40", body)
    # near-misses: two exclamations inside (a short body paragraph), a sentence end, a list item, a long line
    assert not is_title_line("一起来看!快来报名!2031年新建学校10所", body)
    assert not is_title_line("2031年新建学校8所。", body)
    assert not is_title_line("1.2031年新建学校8所!", body)
    assert not is_title_line("2031年某县将新建6所公办幼儿园以及3所中小学校和2所特殊教育学校、1所职业学校!具体分布在这些地方请大家看", body)


def test_headlines_with_marks_give_no_goal():
    text = ("2031年某县将新建6所公办幼儿园!分布在这些地方\n"
            "今年某县将新建6所公办幼儿园,新增学位2000个。2031年,某县还将新增普惠性民办园3所。\n")
    assert goals(text) == [("2031年,某县还将新增普惠性民办园3所", 2031)]
    text = ("重磅!某區2031年將新增學位900個!\n來源:某報\n\n"
            "某區教育局表示,2031年將新增學位900個,並於2032年完成3所學校改建。\n")
    got = goals(text)
    assert len(got) == 1 and got[0][0].startswith("某區教育局表示")


# -- a question a news lead asks is no goal -------------------------------------------------------------------------
def test_a_question_is_no_goal():
    assert asks_question("新增学位20万个......2031年,市民的生活将有哪些新变化", "?")
    assert asks_question("2031年度某市十大民生实事中的幼儿园建设任务,情况如何", "？")
    assert asks_question("2031年起幼稚园学费会否再加", "？")
    assert asks_question("2031年能否如期完成新校舍建设", "?")
    assert asks_question("2031年学位够不够?到底要新建多少所学校", "？")
    assert asks_question("明年起真的全面免费了吗", "?")
    # near-misses: no question mark, a lost character's ``?`` with no interrogative, a question mark of another piece
    assert not asks_question("2031年,市民的生活将有哪些新变化", "。")
    assert not asks_question("到2031年,公办幼儿园在园幼儿占比达到50%", "?")
    assert not asks_question("到2031年,全省接待旅游总", "?")
    assert not asks_question("2031年新建学校10所", "")


def test_questions_in_a_lead_give_no_goal_but_the_answer_does():
    text = ("某市政府工作报告发布\n\n"
            "某市市长作政府工作报告,回顾2030年工作、安排2031年工作。\n\n"
            "新增学位20万个、新建公园50个......2031年,市民的生活将有哪些新变化?报告释放了哪些民生利好?\n\n"
            "2031年,全市将新建学校10所。\n")
    assert goals(text) == [("2031年,全市将新建学校10所", 2031)]
    text = ("某區幼教新政\n\n"
            "2031/32學年起幼稚園學費會否再加?教育局表示,當局會在2031/32學年起為全日制學位提供額外資助。\n")
    got = goals(text)
    assert len(got) == 1 and got[0][0].startswith("教育局表示")


# -- a date to the day after a task verb is a stamp, no year that names the work -------------------------------------
def test_a_date_to_the_day_is_no_year_of_work():
    assert year_of_work("养老、教育、健身......2031年某区30项实事项目完成 2032年01月19日")[0] is None
    assert year_of_work("各校于3月前完成2031年4月15日的报名工作")[0] is None
    assert year_of_work("已启动 2031年3月2日 某报讯")[0] is None
    # the year that names the work stays one
    assert year_of_work("组织做好2031年学生体质监测工作")[0] == 2031
    assert year_of_work("全面完成2031年度目标任务")[0] == 2031
    assert year_of_work("精心策划2031年读书节活动")[0] == 2031
    assert year_of_work("启动2031年全民健身运动会筹备")[0] == 2031


# -- a piece that is only a date is a fragment, no goal ----------------------------------------------------------------
def test_a_bare_date_is_a_fragment():
    for s in ("到2031年年底", "2031年底前,", "至2031年:", "到 2031 年", "在2031年内", "至131学年度", "截至2031年底"):
        assert is_no_sentence(s) == "fragment", s
    for s in ("到2031年年底建成", "2031年新建学校3所", "2031年底前完工", "到2031年,全面建成"):
        assert is_no_sentence(s) == "", s


def test_a_news_card_broken_line_by_line():
    text = ("关键词:学前教育\n"
            "某市出台\n"
            "《关于学前教育攻坚的实施意见》\n"
            "到2031年年底\n"
            "公办幼儿园在园幼儿占比达到55%以上\n"
            "▼\n"
            "《意见》明确,到2031年年底,公办幼儿园在园幼儿占比达到55%以上。\n")
    assert goals(text) == [("《意见》明确,到2031年年底,公办幼儿园在园幼儿占比达到55%以上", 2031)]


# -- a numbered goal heading closed by a colon keeps its rank: the items under it are goals ---------------------------
def test_a_numbered_goal_heading_with_a_colon_keeps_its_rank():
    from extract.headings import COLON_LEVEL, parse_heading
    assert parse_heading("一、工作目标:").level == 2
    assert parse_heading("(二)发展目标：").level == 3
    assert parse_heading("一、施政目标:").level == 2
    # near-misses: an unnumbered label, a numbered label that names no goals
    assert parse_heading("主要目标:").level == COLON_LEVEL
    assert parse_heading("二、职责分工:").level == COLON_LEVEL
    assert parse_heading("一、检查小组:").level == COLON_LEVEL


def test_items_under_a_numbered_goal_heading_with_a_colon_are_goals():
    text = ("某区教育局工作安排\n\n"
            "一、工作目标:\n\n"
            "(一)学前教育:新建幼儿园8所(其中公办5所,民办3所),改扩建幼儿园4所(其中公办3所,民办1所)。学前三年毛入园率达到92%。\n\n"
            "(二)高中教育:高中阶段毛入学率力争达到95%。普通高考本科上线率比上年有所提高。\n\n"
            "(三)职业教育:中职招生数较去年增加5%。\n\n"
            "二、工作措施\n\n"
            "(一)加强领导。各校要成立工作专班。\n")
    got = [q for q, y in goals(text)]
    assert "高中阶段毛入学率力争达到95%" in got
    assert "普通高考本科上线率比上年有所提高" in got
    assert any(q.endswith("中职招生数较去年增加5%") for q in got)
    assert not any("专班" in q for q in got)
    # Taiwan's and Hong Kong's wordings
    text = ("某縣教育處年度計畫\n\n"
            "一、施政目標:\n\n"
            "(一)幼兒教育:增設公共化幼兒園12班。\n\n"
            "(二)國民教育:國中小營養午餐全面免費,受惠學生達3萬人。\n\n"
            "二、執行策略\n\n"
            "(一)成立推動小組,定期檢討。\n")
    got = [q for q, y in goals(text)]
    assert any(q.endswith("增設公共化幼兒園12班") for q in got)
    assert any("受惠學生達3萬人" in q for q in got)
    assert not any("推動小組" in q for q in got)


def test_a_topic_label_before_its_goal_sentence_is_no_part_of_it():
    from extract.rules.goals import topic_label_end
    assert topic_label_end("(三)高中教育:升学率力争达到60%以上") == len("(三)高中教育:")
    assert topic_label_end("2.幼兒教育：增設公共化幼兒園12班") == len("2.幼兒教育：")
    assert topic_label_end("(五)、成人教育和民办教育:每个乡镇建成1所成人学校") == len("(五)、成人教育和民办教育:")
    assert topic_label_end("學前教育:全港幼稚園均提供半日制免費教育") == len("學前教育:")
    # near-misses: a label alone, a label with a fragment after it, a title with no colon, a long clause before a colon
    for t in ("(一)总体目标:", "(一)学前教育:", "(二)义务教育:略", "(一)总体目标", "(三)到2031年全区学前三年毛入园率力争达到95%以上的目标如下:全面普及"):
        assert topic_label_end(t) == 0, t
    # Hong Kong's wording, a goal heading with a colon and items numbered 1.
    text = ("某區學校發展計劃\n\n"
            "一、發展目標:\n\n"
            "1.學與教:全體教師每年完成專業培訓不少於30小時。\n\n"
            "2.學生支援:為有特殊教育需要的學生增設支援小組。\n\n"
            "二、推行策略\n\n"
            "1.成立專責小組,定期檢視進度。\n")
    got = [q for q, y in goals(text)]
    assert "全體教師每年完成專業培訓不少於30小時" in got
    assert "為有特殊教育需要的學生增設支援小組" in got
    assert not any("專責小組" in q for q in got)
    # outside a goal section a topic label changes nothing: an undated item is no goal
    text = ("某区工作措施\n\n一、工作措施:\n\n(一)学前教育:新建幼儿园8所。\n")
    assert goals(text) == []
    # a label that names goals stays in the quote
    assert topic_label_end("近期目标:2031年9月至2032年8月(创建一级园)") == 0


# -- a document-sharing site's paywall note is furniture --------------------------------------------------------------
def test_a_paywall_note_is_furniture():
    from extract.cues import is_furniture, is_paywall_note
    for line in ("【之后的内容被隐藏了,请下载APP查看完整内容。】", "全文预览已结束", "如果您已付费下载过本站文档,您可以点这里二次下载",
                 "剩余 5 页未读,继续阅读", "登录客户端阅读全文", "VIP免费"):
        assert is_paywall_note(line) and is_furniture(line), line
    # near-misses: sentences of a plan that name content, documents or apps
    for line in ("到2031年,全市中小学数字教育资源覆盖率达到100%,完善学习内容推送", "开发教育APP1个,提供完整课程内容",
                 "建立文档管理制度,按规定下载和归档", "2031年完成全部试点内容"):
        assert not is_paywall_note(line), line
    text = ("某市全民健身计划\n\n二、目标任务\n\n到2031年,经常参加体育锻炼人数达到5亿。\n\n"
            "【之后的内容被隐藏了,请下载APP查看完整内容。】\n")
    assert goals(text) == [("到2031年,经常参加体育锻炼人数达到5亿", 2031)]


# -- a numbered goal label on a line that lost its breaks ends at the next rank; phases' goals are sentences ----------
def test_a_numbered_goal_label_ends_at_the_next_rank_run_in():
    text = ("某幼儿园五年发展规划\n"
            "一、目标:近期目标:2031年9月至2032年8月(创建市一级幼儿园)中期目标:2032年9月至2034年8月(形成特色)"
            "远期目标:2034年9月至2036年8月(申报示范园)二、措施:(一)、园务管理1、形成一套管理制度;2、教职工满意率在80以上。\n")
    got = [q for q, y in goals(text)]
    assert got == ["近期目标:2031年9月至2032年8月(创建市一级幼儿园)", "中期目标:2032年9月至2034年8月(形成特色)",
                   "远期目标:2034年9月至2036年8月(申报示范园)"]
    # the next rank after a full stop; Traditional script; a label line with items of its own numerals stays whole
    # (a first sentence longer than a title: the line is read as text, not as a heading)
    text = ("某校發展計劃\n三、工作目標:全校教師每年完成專業培訓不少於30小時,骨幹教師參加市級以上培訓的比例達到百分之八十"
            "(含網上培訓)四、保障措施:成立專責小組,定期檢討。\n")
    got = [q for q, y in goals(text)]
    assert len(got) == 1 and got[0].startswith("全校教師") and "專責小組" not in got[0]
    text = ("某校计划\n目标:一、入学率达到99%。二、巩固率达到98%。\n")
    assert len(goals(text)) == 2



# -- the round's made-up variants: goal and non-goal sentences in wordings the development texts do not use -------------
# (total goals, 力争, 到20XX年, 基本实现, 全面建成, Taiwan 目標/預計, Hong Kong 目標是/期望), each with the decision the G
# rules give: a year -> a goal with that year; "goal" -> a goal without a year; False -> no goal. DATED: on a page
# stamped 2030-05-01 (O3d: a year before it is over).
# (sentence, expected): an int year -> a goal with that year; "goal" -> a goal with no year; False -> no goal;
# page: None (undated) or a date for the page's stamp
G = "goal"
CASES = [
    # -- goals: mainland wordings
    ("到2030年,全市学前三年毛入园率达到95%以上。", 2030),
    ("至2029年底,全县建成标准化学校20所。", 2029),
    ("力争到2028年,普惠性幼儿园覆盖率稳定在90%以上。", 2028),
    ("2029年,全区将新建幼儿园6所。", 2029),
    ("2029年底前完成全部老旧校舍改造。", 2029),
    ("该校预计2030年建成投用。", 2030),
    ("到2035年基本实现教育现代化。", 2035),
    ("到2030年,全面建成高质量教育体系。", 2030),
    ("力争2029年通过国家义务教育优质均衡县评估认定。", 2029),
    ("2030年全面建成城乡一体的学前教育公共服务体系。", 2030),
    ("新校区力争2029年秋季开学前投入使用。", 2029),
    ("2029年计划新建学校8所。", 2029),
    ("明年(2029年)全县拟新增学位3000个。", 2029),
    ("确保2029年6月底前完成主体工程。", 2029),
    ("最迟2030年完成全部改造任务。", 2030),
    ("三年内(2028—2030年)新建幼儿园15所。", 2030),
    ("计划用3年时间(2028-2030年)完成全部薄弱学校改造。", 2030),
    ("于2029年为全区30所学校更新教学设备。", 2029),
    ("2029年度计划投资5000万元,建设3所学校。", 2029),
    ("2029年预算约8.5亿元。", 2029),
    ("二〇三〇年前建成覆盖城乡的托育服务体系。", 2030),
    ("到2030年,每千人口拥有3岁以下婴幼儿托位数达到4.5个。", 2030),
    ("2029年起,全市推行课后服务全覆盖。", 2029),
    ("自2029年秋季学期起,全面实施学生免费午餐。", 2029),
    ("该园预计于2029年9月开园招生。", 2029),
    ("全县2029年教育重点建设项目为:新建小学2所、初中1所。", 2029),
    ("2029年要着力抓好五项重点工作。", 2029),
    ("近日,记者从市教育局获悉,2029年将新建学校5所。", 2029),
    ("力争2029年创成省级学前教育示范区。", 2029),
    ("到2030年,基本实现县域义务教育优质均衡。", 2030),
    ("2030年前全面建成城市社区15分钟健身圈。", 2030),
    ("到2029年末,全市中小学心理健康教师配备率达到100%。", 2029),
    ("至2030年,全县义务教育巩固率保持在99%以上。", 2030),
    ("2029年上半年完成新校区主体工程建设。", 2029),
    ("2029年内完成全部幼儿园安全隐患整改。", 2029),
    ("全区2029年将投入资金2亿元,新建改扩建学校10所。", 2029),
    ("省政府印发行动计划,提出到2030年全省建成智慧校园1000所的目标。", 2030),
    ("2029年全县将办好10件民生实事。", 2029),
    ("2030年基本实现学前教育普及普惠。", 2030),
    ("到2030年,全市全面建成学习型城市。", 2030),
    ("预计到2029年底,全市公办园在园幼儿占比达到55%。", 2029),
    ("该项目计划于2029年开工,2031年建成。", 2029),
    ("总体目标是,到2030年全面建成现代职业教育体系。", 2030),
    ("主要目标是:全市新增公办学位1万个。", G),
    ("发展目标:到2030年,全面普及高中阶段教育。", 2030),
    ("总体目标:全面建成覆盖城乡的全民健身公共服务体系。", G),
    ("到“十五五”末,全县学前三年毛入园率达到98%。", False),  # (goalB21) a plan period's end is no written year (O3j)
    ("到２０３０年,全市新建幼儿园１０所。", 2030),
    ("2030年前,县政府将完成所有老旧校舍改建。", 2030),
    ("全市2029年拟新建、改扩建幼儿园12所。", 2029),
    # -- goals: Taiwan wordings
    ("縣府預計2029年完成全縣國中小校舍耐震補強。", 2029),
    ("該校預計116年完工啟用。", 2027),
    ("教育部規劃於117學年度前完成全國國中小教室冷氣裝設。", 2028),
    ("本縣將自115學年度起全面推動營養午餐免費。", 2026),
    ("今(118)年將完成12校禮堂改建。", 2029),
    ("市府目標是在2030年前,讓公共化幼兒園就學比率達七成。", 2030),
    ("教育局表示,2029年將再增設公共化幼兒園10班。", 2029),
    ("市府預計明(119)年增設非營利幼兒園5園。", 2030),
    ("預計119年底將達40家。", 2030),
    ("新校舍預定於2029年8月落成啟用。", 2029),
    ("縣府力拚2029年底前完成全部班級冷氣裝設。", 2029),
    ("中央補助款到位後,預計2029年暑假前完工。", 2029),
    # -- goals: Hong Kong and Macau wordings
    ("總體目標是到2030年,全港公營小學全面推行全日制。", 2030),
    ("目標是在2029/30學年前,為所有幼稚園提供資助。", 2029),
    ("政府期望於2030年或之前,把長者日間護理名額增至3萬個。", 2030),
    ("我們的目標是在2030年前把輪候時間縮短至12個月。", 2030),
    ("新校舍將於2029年第三季落成。", 2029),
    ("當局會在2029/30學年增設30班。", 2029),
    ("政府計劃在2029年推出新一輪資助計劃。", 2029),
    ("力爭在2030年前實現小班教學。", 2030),
    ("到2030年,全港學前教育入學率達100%。", 2030),
    ("在未來五年(2029-30至2033-34年度)提供2000個宿位。", 2033),
    ("由2029/30學年起,政府會為全日制學位提供額外資助。", 2029),
    ("教育局期望在2029/30學年,所有中學均設有生涯規劃導師。", 2029),
    ("二〇二九至三〇年度教育開支預算為1,200億元。", 2029),
    ("社署會在2029-30年度增加安老院舍宿位500個。", 2029),
    ("目標於2029年底前完成招標。", 2029),
    ("特區政府將於2030年或之前完成全部校舍改善工程。", 2030),
    # -- no goals: past, status, results
    ("到2023年底,全市已建成幼儿园120所。", False),
    ("截至2024年底,累计新增学位2万个。", False),
    ("2028年以来,累计投入资金3亿元。", False),
    ("去年(2028年)全市新建幼儿园8所。", False),
    ("据了解,2028年该园已投入使用。", False),
    ("本屆政府在2028年已落實多項措施。", False),
    ("114年度已完成12校改建。", False),
    ("2028年超额完成年度任务。", False),
    ("统计公报显示,2028年全市幼儿园数达到500所。", False),
    ("早在2020年,市政府就已提出建设教育强市。", False),
    ("近年來,縣府持續投入教育經費逾10億元。", False),
    ("建校110年来,培养学生数万名。", False),
    ("上半年,已完成投资1.2亿元。", False),
    # -- no goals: titles, periods, document names, requests, meetings, forecasts, visions, validity
    ("《某市教育发展规划(2026—2030年)》印发实施。", False),
    ("本规划期限为2026年至2030年。", False),
    ("全市教育工作会议将于2029年1月召开。", False),
    ("据预测,到2035年全市学龄人口将下降10%。", False),
    ("请各校于2029年3月15日前将报名表报送教育局。", False),
    ("2029年是“十五五”规划的关键之年。", False),
    ("本办法自2029年1月1日起施行。", False),
    ("有效期至2030年12月31日。", False),
    ("为到2035年基本实现教育现代化奠定坚实基础。", False),
    ("根据《2029年十件民生实事责任分工》,现将有关事项通知如下。", False),
    ("票决产生了2029年度十件民生实事。", False),
    ("2029年全运会将于8月在某市举行。", False),
    ("到2029年年底", False),
    ("2029年的目标能否如期实现?", False),
    ("2029年,市民的生活将有哪些新变化?", False),
    ("議員質詢:新校舍2029年能否如期完工?", False),
    ("據推算,2030年全港學齡人口將減少3萬人。", False),
    ("某政发〔2029〕5号", False),
    ("全面建成覆盖城乡的公共文化服务体系。", False),
    ("基本实现教育现代化。", False),
    ("力争全年新增就业1万人。", False),
    ("2029年全市共有幼儿园500所。", False),
]
DATED = [  # a page dated 2030-05-01: years before it are over
    ("2028年,全区新建幼儿园5所。", False),
    ("该校2029年完成扩建。", False),
    ("2031年,全区将新建幼儿园6所。", 2031),
]
CASES += [
    ("政府會於2029年檢討計劃成效。", 2029),
    ("當局計劃在2029年內完成全部工程。", 2029),
    ("爭取2030年全面完成校舍改造。", 2030),
    ("政府務求在2029年前完成所有校舍的消防改善工程。", 2029),
    ("政府冀於2030年前達成全港幼稚園全面資助。", 2030),
    ("政府承諾在2029年前增建3所特殊學校。", 2029),
    ("相關措施將在2029年至2030年間分階段推出。", 2030),  # (goalA33) a span of years: its end (O3c, N9a; dev gold w44-taiwan-xiaoshe-naizhen-gaishan-2022-chinatimes)
    ("到2030年左右,全市托位数达到2万个。", 2030),
    ("2029年1月召开的全市教育大会提出,到2030年全市新建学校20所。", 2030),
    ("教育局2029年實施第二期校本支援計劃。", 2029),
    ("2029年推出電子學習資助計劃,惠及學生5萬人。", 2029),
    ("2030年實現全港小學全日制。", 2030),
    ("市府目標116年公共化幼兒園達到200園。", 2027),
    ("縣府期望2029年可以完成所有偏鄉學校的網路升級。", 2029),
    ("教育部預期2029年完成全國校園數位建設。", 2029),
    ("县教体局计划今年(2029年)新建塑胶跑道8条。", 2029),
    ("2029年秋季学期,全县所有小学开设课后托管服务。", 2029),
    ("到2030年时,全省普惠性幼儿园覆盖率达到92%。", 2030),
    ("2030年以前,每个乡镇至少建成1所公办中心幼儿园。", 2030),
    ("回顾2028年,我们新建幼儿园12所。", False),
    ("2020年至2024年,全市累计新建幼儿园40所。", False),
    ("2029年1月16日,市人大票决确定了10项民生实事。", False),
    ("图为2029年建成的新校区。", False),
    ("该校2029年建成的教学楼已投入使用。", False),
    ("预计2029年后学位需求将大增。", False),
    ("2030年6月30日", False),
    ("制定本2029年度民生工程实施工作计划。", False),
    ("市人大常委会听取了2028年民生实事完成情况的报告。", False),
    ("2028年全市新建幼儿园的数量比2027年增加了3所。", False),
    ("政府於2008年開始推行十二年免費教育,有關安排沿用至今。", False),
]
CASES += [
    # near-misses of the round's widenings: a deed told as done or as a name, a hope with no year, a year before the goal
    ("2028年推出的资助计划已惠及学生5万人。", False),
    ("市政府印发关于2029年实施10项民生实事的通知。", False),
    ("2027年实施了第二期校本支援计划。", False),
    ("2028年目标已全面实现。", False),
    ("家长普遍期望学校增加课后服务。", False),
    ("2028年目标任务完成情况良好。", False),
    ("某区2029年实施的新政策受到家长欢迎。", False),
]


CASES += [
    # a plan verb with its deed in the clause after the year's; a plan as a noun (near-misses)
    ("《意见》明确,2029年确定为全市学前教育攻坚年,全市共计划建设公办幼儿园30所。", 2029),
    ("會議明確,2029年為全縣校園安全年,縣府擬投資1億元改造校舍。", 2029),
    ("2029年是关键一年,全区计划新增学位5000个。", False),
    ("2028年,全市完成计划投资的80%。", False),
    ("2028年,某区按计划新建幼儿园已全部完工。", False),
]

import pytest  # noqa: E402


def _page_goals(sentence, dated=False):
    head = "某地教育动态\n发布时间:2030-05-01\n\n" if dated else "某地教育动态\n\n"
    return records(head + "某地教育部门近日介绍了有关情况,以下是报道内容。\n\n" + sentence + "\n", "goal")


@pytest.mark.parametrize("sentence,expected,dated", [(s, e, False) for s, e in CASES] + [(s, e, True) for s, e in DATED])
def test_variant_sentences(sentence, expected, dated):
    got = _page_goals(sentence, dated)
    if expected is False:
        assert got == [], [(g.quote, g.target_year) for g in got]
    elif expected == G:
        assert len(got) == 1 and got[0].target_year is None, [(g.quote, g.target_year) for g in got]
    else:
        assert len(got) == 1 and got[0].target_year == expected, [(g.quote, g.target_year) for g in got]


def test_there_are_a_hundred_variants():
    assert len(CASES) + len(DATED) >= 100


# -- a scraped news page's ``date`` field dates the page (O3d): a year before it is over --------------------------------
def test_a_date_field_before_the_byline_dates_the_page():
    text = (" date 2028-01-08 記者某某／某地報導\n\n"
            "縣府宣布,將自117學年度起全面推動國中小營養午餐免費。\n\n"
            "縣長表示,縣府近年持續投入教育建設,並於2026年編列逾2億元,將全縣教室全面汰換為智慧黑板。\n")
    got = goals(text)
    assert len(got) == 1 and got[0][1] == 2028
    text = ("date: 2032-03-02 某報新聞網\n\n"
            "政府表示,2031年已完成12校改建,並將於2033年再完成8校。\n")
    assert [y for q, y in goals(text)] == [2033]
    # near-miss: a date field of a later line (an aggregator's list) is no date of the page: the 2030 sentence stays
    text = ("某地教育动态\n\n"
            "县府宣布,将于2030年编列2亿元,全面汰换教室黑板。\n\n"
            "相关新闻 updated 2032-01-08\n")
    assert [y for q, y in goals(text)] == [2030]


# -- a report of the year's list being chosen by a vote is no goal (O3b) -----------------------------------------------
def test_a_list_chosen_by_vote_is_no_goal():
    from extract.rules.goals import reports_list_chosen
    assert reports_list_chosen("某市2031年民生实事项目概览 - 某市人大会议于2031年1月16日票决确定了10项年度民生实事项目")
    assert reports_list_chosen("会议票决产生了2031年度某区十大民生实事")
    assert reports_list_chosen("代表们以差额票决方式选出2031年民生实事10件")
    assert reports_list_chosen("经代表票决,通过了2031年某区民生实事项目")
    # near-misses: a reform that introduces the vote, a plan that names the list
    assert not reports_list_chosen("2031年全面推行民生实事项目人大代表票决制")
    assert not reports_list_chosen("2031年某区将实施10项民生实事")
    text = ("某市公布2031年民生实事项目\n\n"
            "2031年某市民生实事项目概览 - 某市人大会议于2031年1月16日票决确定了10项年度民生实事项目 [1] 教育 - "
            "新建幼儿园3所 [2] 就业 - 组织招聘会20场以上,力争全年扩岗1000人以上\n\n"
            "2031年,某市将新建幼儿园3所。\n")
    assert goals(text) == [("2031年,某市将新建幼儿园3所", 2031)]
    text = ("某區民生實事出爐\n\n會議票決產生了2031年度十大民生實事,全區將新建幼兒園3所。\n\n2031年全區將新增學位900個。\n")
    assert [y for q, y in goals(text)] == [2031]


# -- a line that is only a document's name (a related-documents list) is no goal, even under a goal heading -------------
def test_a_document_name_is_no_goal_sentence():
    for line in ("- 某市校舍安全管理办法(2029年)", "某省人民政府关于加快发展学前教育的意见(2028年)", "某省人民政府关于加快发展学前教育的意见",
                 "- 国民教育法施行细则(2029年)", "• 某区教育局关于做好秋季开学工作的通知"):
        assert is_no_sentence(line) == "document_name", line
    # near-misses: a task on a document, a deadline for one, a goal naming a plan
    for line in ("完善学生资助管理办法", "2031年前制定关于学前教育的实施方案", "到2031年,出台校舍安全管理办法(2031年)",
                 "研究制定关于加强托育服务的意见", "按照某省关于学前教育的决定,到2031年新建幼儿园10所",
                 "全面落实国家学生体质健康标准"):
        assert is_no_sentence(line) == "", line
    text = ("某市全民健身计划\n\n二、目标任务\n\n到2031年,经常参加体育锻炼人数达到5亿。\n\n"
            "- 某市校舍安全管理办法(2029年)\n- 某省人民政府關於加快發展學前教育的意見(2028年)\n")
    assert goals(text) == [("到2031年,经常参加体育锻炼人数达到5亿", 2031)]
