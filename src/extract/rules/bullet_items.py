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
