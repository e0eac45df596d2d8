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
