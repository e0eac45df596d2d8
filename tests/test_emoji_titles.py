"""Made-up tests for emoji_titles: a social-media post's section titles closed by an emoji."""

from extract.rules.emoji_titles import emoji_title
from tests.rules_kit import records


def test_emoji_title():
    assert emoji_title("2032年奋斗目标🚀") == "2032年奋斗目标"
    assert emoji_title("总结2031年民生成绩 🏅✨") == "总结2031年民生成绩"
    assert emoji_title("乙镇2032工作安排📌") == "乙镇2032工作安排"


def test_no_emoji_title():
    assert emoji_title("2032年奋斗目标") is None  # no emoji: the other heading readers decide
    assert emoji_title("全镇财政收入增长4%,农民收入增长6%。📊") is None  # a sentence closed by an emoji
    assert emoji_title("好消息!新学期开学了🎉") is None  # an exclamation: a sentence
    assert emoji_title("🎯") is None
    assert emoji_title("OK👍") is None  # no Chinese title


def test_post_parts_through_the_extractor():
    page = ("乙镇一年来的变化与打算📋\n"
            "总结2031年民生成绩🏅\n"
            "过去一年,全镇新建卫生室4个,改造道路12公里。📊\n"
            "2032年奋斗目标🚀\n"
            "农业提质增效,确保蔬菜种植面积稳定在3万亩。🌾\n"
            "民生持续改善,新建卫生室6个。🏥\n")
    goals = records(page, "goal")
    assert [g.quote for g in goals] == ["农业提质增效,确保蔬菜种植面积稳定在3万亩", "民生持续改善,新建卫生室6个"]
    values = sorted(t.value for t in records(page, "numeric_target"))
    assert 4 not in values and 12 not in values  # the review's results are no targets
    assert 6 in values
