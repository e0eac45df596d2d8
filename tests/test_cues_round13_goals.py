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
