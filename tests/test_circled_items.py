"""Made-up tests for circled_items: a circled list's later item stays an item where its earlier items were text."""

from extract.structure import structure


def test_later_circled_item_stays_in_its_section():
    text = ("某县全民阅读推进方案\n主要目标:\n①到2032年,全县人均藏书达到2.5册以上,乡镇书屋实现全覆盖。\n"
            "②到2032年,新建城市书房不少于6个。\n③重点推动社区书屋、流动书车等建设。\n④丰富全民阅读活动,培育书香家庭。\n推进措施:\n加强宣传。\n")
    s = structure(text)
    paths = {text[p.span.start:p.span.end]: (p.kind, p.section_path) for p in s.paragraphs}
    assert paths["③重点推动社区书屋、流动书车等建设。"] == ("text", ["主要目标"])
    assert paths["④丰富全民阅读活动,培育书香家庭。"] == ("text", ["主要目标"])


def test_circled_headings_of_their_own_keep_their_rank():
    text = "某县方案\n①组织领导\n成立工作专班。\n②经费保障\n安排专项资金。\n"
    s = structure(text)
    assert [h.title for h in s.headings.values()] == ["组织领导", "经费保障"]


def test_goals_end_to_end():
    from rules_kit import records
    text = ("某县全民阅读推进方案\n主要目标:\n①到2032年,全县人均藏书达到2.5册以上,乡镇书屋实现全覆盖。\n"
            "②到2032年,新建城市书房不少于6个。\n③重点推动社区书屋、流动书车等建设。\n④丰富全民阅读活动,培育书香家庭。\n推进措施:\n加强宣传。\n")
    quotes = [g.quote for g in records(text, "goal")]
    assert "重点推动社区书屋、流动书车等建设" in quotes and "丰富全民阅读活动,培育书香家庭" in quotes
