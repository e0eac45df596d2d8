"""Teaser headlines (O2: a title is no goal; G4a: the page's headline and its link lines are furniture).

A news headline or a related-reading link often points at the story with a demonstrative instead of saying the
commitment: ``某区未来三年养老服务这样布局``, ``2031年这些重大工程将开工``, ``延伸阅读|…``. Such a line names the story
the reader is invited to open; the story's own sentences state the commitments. The line is no goal, whatever year it
names, wherever on the page it stands (a site's banner above the headline, a link list under the text).
"""

from __future__ import annotations

import re

# ``…这样布局``, ``…這樣做``: the line ends with 这样 and a short verb (how something is to be done, told in the story)
# ``2031年这些工程将开工``: 这些 + what, then a will and a short verb at the line's end
_TEASER = re.compile(r"(?:这样|這樣)[\u4e00-\u9fff]{1,4}[!！]?$|(?:这些|這些)[\u4e00-\u9fff]{1,14}(?:将|將)[\u4e00-\u9fff]{1,4}[!！]?$")
_LINK_LEAD = re.compile(r"^\s*(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|推荐阅读|推薦閱讀)")


def is_teaser_title(sentence: str) -> bool:
    """A short sentence with no clause of a story's body that is a teaser headline (``某区未来三年养老服务这样布局``,
    ``2031年这些重大工程将开工``) or a related-reading link (``延伸阅读|…``): no goal (O2, G4a). Not a longer sentence
    of the story, nor a sentence that goes on after the demonstrative's verb."""
    s = sentence.strip()
    if len(s) > 80 or "。" in s:
        return False
    return _LINK_LEAD.match(s) is not None or ("这" in s or "這" in s) and _TEASER.search(s) is not None
