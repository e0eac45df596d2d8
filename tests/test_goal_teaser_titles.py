"""Made-up tests for goal_teaser_titles: teaser headlines and related-reading links are no goals (O2, G4a)."""

from extract.rules.goal_teaser_titles import is_teaser_title
from extract.rules.goals import false_goal_cue, find_goals
from tests.rules_kit import records


def test_teaser_titles():
    assert is_teaser_title("到2033年建成城乡一体的托育网络,某县未来五年托育服务这样安排")
    assert is_teaser_title("2034年这些水利工程将完工!")
    assert is_teaser_title("相关阅读|2034年某市将新增公园20个")
    assert false_goal_cue("2034年这些水利工程将完工") == "teaser_title"
    assert find_goals("2034年这些水利工程将完工", 0, False) == []


def test_story_sentences_are_no_teasers():
    s = "到2033年,某县将新建托育机构12所,这样可以满足全县需求"
    assert not is_teaser_title(s + "。")
    assert not is_teaser_title("2034年将新建这些水利工程中的3处,总投资2亿元")
    assert [h.year for h in find_goals("2034年某县将完成水库加固工程5处", 0, False)] == [2034]


def test_headline_under_a_banner():
    text = ("某某养老资讯网 - 首页\n\n标签 / 养老服务\n\n到2033年基本建成社区养老网络,某区未来三年养老服务这样布局\n\n"
            "2月3日,某区印发《养老服务三年行动方案》。方案提出,到2033年全区新建社区养老服务站30个。\n")
    assert [r.quote for r in records(text, "goal")] == ["方案提出,到2033年全区新建社区养老服务站30个"]
