"""Made-up tests for goal_page_titles: the page's first line as its title, no goal."""

from extract.rules.goal_page_titles import opens_the_page
from tests.rules_kit import records


def test_first_line_title_over_genre_word():
    page = "某县2031年实施人才促进行动\n工作方案\n一、总体要求\n全面贯彻上级精神,推动人才振兴。\n"
    assert opens_the_page(page, 0, "某县2031年实施人才促进行动")
    assert all(g.quote != "某县2031年实施人才促进行动" for g in records(page, "goal"))


def test_first_line_title_over_toolbar():
    page = "某中心二期工程动土将于2032年完工\n\n  1. 检举\n  2. 打印\n\n【某讯】某中心二期工程28日举行动土典禮,预计2032年完工。\n"
    quotes = [g.quote for g in records(page, "goal")]
    assert "某中心二期工程动土将于2032年完工" not in quotes
    assert any("预计2032年完工" in q for q in quotes)


def test_not_a_title():
    text = "某县2031年新建公园3个。\n全县将改造老旧小区12个。\n"
    assert not opens_the_page(text, 0, "某县2031年新建公园3个。")  # a sentence, closed by its full stop
    assert not opens_the_page("甲\n某县2031年新建公园3个\n其余文字若干若干若干若干若干若干", 2, "某县2031年新建公园3个")  # not first
    assert not opens_the_page("某县2031年新建公园3个", 0, "某县2031年新建公园3个")  # the page's only text


def test_first_line_with_a_comma_is_no_title():
    page = "2031年,某区新建改建健身场地29处\n\n地方频道\n\n报告提到,某区民生服务提优升级,新建改建健身场地29处。\n"
    assert not opens_the_page(page, 0, "2031年,某区新建改建健身场地29处")
