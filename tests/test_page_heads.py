"""Made-up tests for page_heads: the lines that may be a page's title leave out a list of other pages' titles (G2a)."""

from extract.normalise import normalise
from extract.rules.page_heads import title_candidates
from extract.structure import structure


def _heads(text):
    norm = normalise(text)
    return title_candidates(structure(norm.text, norm.boilerplate_lines), norm.text)


def test_related_titles_are_no_title_candidates():
    page = ("相关文章\n某公司仓储部门年终工作总结\n某小学秋季运动会方案\n"
            "2032年元宵节即将到来,为丰富群众文化生活,结合我镇实际,特制定本方案。\n2032年元宵节共举办八项民俗活动。\n")
    heads = _heads(page)
    assert "某公司仓储部门年终工作总结" not in heads
    plain = "某镇2031年工作总结\n2031年,全镇新建村级书屋5个。\n"
    assert "某镇2031年工作总结" in _heads(plain)


def test_plan_under_related_titles_keeps_its_goals():
    from rules_kit import records
    page = ("相关文章\n某公司仓储部门年终工作总结\n某小学秋季运动会方案\n"
            "2032年元宵节即将到来,为丰富群众文化生活,结合我镇实际,特制定本方案。\n2032年元宵节共举办八项民俗活动。\n")
    # the occasion's year in the notice formula is no goal (O3g); the year's work is one (O3)
    assert [(g.text, g.target_year) for g in records(page, "goal")] == [("2032年元宵节共举办八项民俗活动", 2032)]


def test_box_after_the_story_gives_no_title():
    page = ("关键词 惠民实事\n记者从市政府获悉,今年全市将新建公园6个。这是2032年计划实施的15件实事之一。\n"
            "链接\n惠民实事项目去年全部完成\n截至去年年底,15件实事全部完成。\n")
    assert "惠民实事项目去年全部完成" not in _heads(page)
    story = "惠民实事项目去年全部完成\n截至去年年底,15件实事全部完成。全市新建公园5个。\n"
    assert "惠民实事项目去年全部完成" in _heads(story)  # the page's own headline


def test_bulleted_items_are_no_title_candidates():
    page = "某县政府工作报告摘要\n●全县生产总值增长5%左右\n●12件民生实事全部完成\n"
    heads = _heads(page)
    assert "某县政府工作报告摘要" in heads
    assert not any("实事" in h for h in heads)
