"""(unitA25) A space's HTML entity left as text by the scrape (``&nbsp;``, with a letter lost ``&bsp;``, escaped twice
``&amp;nbsp;``) is a blank: the outline under it reads as without it. Made-up texts."""

from rules_kit import units

from extract.normalise import normalise


def test_entities_are_blanks():
    text = "&bsp;一、活动时间\n&nbsp;&nbsp;5月1日\n&amp;nbsp;二、活动内容"
    assert normalise(text).mapped.text == "一、活动时间\n5月1日\n二、活动内容"


def test_a_unit_heading_behind_entities_owns_its_items():
    text = ("某县读书月活动安排\n&bsp;一、活动时间:4月\n&bsp;二、承办单位\n&bsp;(一)县科技局(4月2日)\n"
            "&bsp;&bsp;开展“科普书推荐”活动。\n&bsp;(二)县妇联(4月9日)\n&bsp;&bsp;举办亲子绘本讲读会。\n")
    assert [lead for _, lead, _ in units(text)] == [["县科技局"], ["县妇联"]]
