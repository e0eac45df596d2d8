"""(unitA31) What a unit heading's item cannot be in a charter (组织规程/处务规程/职掌, eval/README.md U8, U8b (i), G2):

- ``article_number``: a line that is only an article's number (``第 4 条``, ``第十二條``): a section's name, no task (G2);
- ``opens_own_owner_list``: a paragraph that opens the duty list of the body it names (``研究组掌理事项如下:``, ``某中心的主要
  职责是:``): the list is that body's (U8b (i)), not an item of the unit named in a heading above it (a list of the charter's
  offices, ``本馆设下列组、室:一、研究组。二、秘书室。``, ends before the next article).

Made-up examples only.
"""

from __future__ import annotations

import re

_ARTICLE = re.compile(r"^\s*第\s*[\d一二三四五六七八九十百零〇]{1,5}\s*[条條]\s*$")


def article_number(body: str) -> bool:
    """Whether ``body`` is only an article's number (``第 4 条``)."""
    return _ARTICLE.match(body) is not None


def opens_own_owner_list(body: str) -> bool:
    """Whether ``body`` opens with the lead-in of a list that names its own owner (``乙组掌理事项如下:``)."""
    from extract.rules.unit_duty_items import _OWNER_NAMED_LIST, _OWNER_LEAD_IN
    t = body.strip()
    for pat in (_OWNER_NAMED_LIST.pattern, _OWNER_LEAD_IN):
        m = pat.match(t)
        if m is not None and m.group("owner").strip():
            return True
    return False
