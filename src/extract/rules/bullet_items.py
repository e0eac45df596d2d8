"""A short bulleted line that states a quantity (``●经济增长6%左右``, ``●新建成3个未来社区。``) is an item of the text, not a
site's navigation link (``• 首页``, ``• 新闻中心``): the normaliser's furniture filter keeps it (goalA25; G2a is about page
furniture, and a link's label states no measured amount)."""

from __future__ import annotations

import re

# a number with a measure after it: a percent, a count word, an amount in 万/亿; or an item closed by 。 or ;
_MEASURED = re.compile(r"\d(?:[.．]\d+)?\s*(?:%|％|个|個|所|座|项|項|件|家|名|人|套|亩|畝|万|萬|亿|億|公里|平方米|吨|噸|张|張|条|條|处|處)"
                       r"|[。;；]\s*$")  # (goalB27) or an item of a list closed by ``;`` (``●水质稳步提升;``)


def states_a_measure(line: str) -> bool:
    """A bulleted line that states a measured quantity or closes a sentence (``●城镇新增就业5万人``, ``●新建公园2个。``)
    or (goalB27) a list's item (``●水质稳步提升;``): text of the page, not a navigation link."""
    return _MEASURED.search(line) is not None


# (unitB27) a body's name on a bulleted line of its own (``• 教务处``, ``● 某县应急管理局``) and the duty line right under it
# (``- 负责…``, ``1.组织…``, ``制定…``): the heading of a body's duties in a duty list (U8), no navigation link
_BULLET_NAME = re.compile(r"\s*[•·●▪■◆◇○▶►*-]\s*(?P<name>[\u4e00-\u9fff()（）]{2,16}?(?:局|委|办|办公室|处|科|室|部|部门|中心|组|小组|"
                          r"委员会|队|站|所|院|馆|团委|公司|集团))\s*[:：]?\s*$")
_DUTY_LINE = re.compile(r"^\s*(?:[-–•·●▪*]\s*|\d{1,2}\s*[.、．)）]\s*|[(（]\d{1,2}[)）]\s*|[①-⑳]\s*)?"
                        r"(?:负责|組織|组织|制定|制订|做好|开展|協調|协调|统筹|統籌|指导|指導|监督|監督|督促|落实|落實|配合|协助|協助|"
                        r"加强|加強|建立|完善|维护|維護|保障|提供|定期|对[^。\n]{2,30}(?:进行|实施|开展))")


def names_body_over_duties(text: str, pos: int, end: int) -> bool:
    """(unitB27) Whether the bulleted line ``text[pos:end]`` names a body (``• 教务处``) and the next line that holds text
    opens a duty (``- 负责…``): the body's heading in a page's duty list, kept as text. A site's menu (``• 新闻中心`` over
    ``• 政务公开``) has no duty line under its links."""
    if _BULLET_NAME.match(text, pos, end) is None:
        return False
    nxt = end + 1
    while nxt < len(text) and text[nxt] in " \t\u3000\n":
        nxt += 1
    e = text.find("\n", nxt)
    return _DUTY_LINE.match(text[nxt:len(text) if e < 0 else e]) is not None
