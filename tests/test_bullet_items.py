"""Made-up tests for bullet_items: a short bulleted line stating a quantity is text, a bulleted link label furniture."""

from extract.normalise import is_boilerplate, normalise
from extract.rules.bullet_items import states_a_measure


def test_measured_bullets():
    assert states_a_measure("●财政收入增长4%左右")
    assert states_a_measure("●新建成5个口袋公园。")
    assert states_a_measure("●新增就业3万人")
    assert not states_a_measure("• 首页")
    assert not states_a_measure("• 2031-04-14")
    assert not states_a_measure("• 24小时热榜")


def test_normaliser_keeps_measured_bullets():
    assert not is_boilerplate("●财政收入增长4%左右")
    assert is_boilerplate("• 新闻中心")
    text = "某县报告摘要\n\n■ 2032年主要预期目标\n\n●财政收入增长4%左右\n\n• 新闻中心\n"
    assert "●财政收入增长4%左右" in normalise(text).text
    assert "新闻中心" not in normalise(text).text


def test_a_bulleted_list_item_closed_by_a_semicolon_is_text():
    # (goalB27) ``●…;``: an item of a list (its last closed by 。), no navigation link
    from extract.rules.bullet_items import states_a_measure
    from tests.rules_kit import records
    assert states_a_measure("●街巷路灯全部亮灯;")
    assert not states_a_measure("●新闻中心")
    page = ("某社区亮化工作方案\n一、指导思想\n坚持便民为民。\n二、工作目标\n● 街巷路灯全部亮灯;\n● 楼道照明全部覆盖;\n"
            "● 居民夜间出行更加安全。\n三、主要措施\n(一)排查路灯。\n")
    assert [g.quote for g in records(page, "goal")] == ["街巷路灯全部亮灯", "楼道照明全部覆盖", "居民夜间出行更加安全"]
