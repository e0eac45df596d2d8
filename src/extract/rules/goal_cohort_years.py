"""Birth cohorts named by their year (O3, twenty-third round sealed-next v25 adjudication: a year that says which people
the work concerns names them and dates nothing).

A benefit for the children born from a year on (``针对自2031年起出生的婴幼儿,每月发给…``, ``2031年以后出生的孩子``) names
who receives it by the year of their birth: the year is no deadline and no time of the commitment, as a cohort's
``20XX届`` is not. The sentence is a goal only by another written year of its own (the caller's date cues find it).
"""

from __future__ import annotations

import re

_COHORT = re.compile(r"(?:自|从|從|由)?\s*(?:19|20)\d\d\s*年(?:度)?\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*"
                     r"(?:起|以后|以後|之后|之後|后|後|及以后|及以後)?\s*(?:出生|出世)")


# (the things the work concerns, by the year they were put in or fall due: ``更新2031年之前安装的健身器材``,
# ``为2031年度到期的登记户发送短信``)
_THINGS_BY_YEAR = re.compile(r"(?:19|20)\d\d\s*年(?:度)?\s*(?:(?:之前|以前)\s*(?:安装|安裝|购置|購置|配备|配備|购买|購買)|"
                             r"(?:内|內)?\s*(?:到期|期满|期滿)的|"
                             # (goalA26) ``对2031年度即将到期持证人员…``: the holders named without 的, by 即将 before 到期
                             r"(?:即将|即將|将要|將要)\s*(?:到期|期满|期滿)|"
                             # (goalA27) ``改造2000年底前建成的老旧小区``: the things by when they were built, before a year
                             r"(?:底|末)?\s*(?:之前|以前|前)\s*(?:建成|建造|修建|竣工|交付使用|交付|投用|投入使用)的)")


def names_things_by_year(sentence: str, at: int) -> bool:
    """The year at ``at`` says which things the work concerns, by when they were put in or fall due (``更新2031年之前
    安装的健身器材``, ``为2031年度到期的登记户发送短信``) or were built (``改造2000年底前建成的小区``, goalA27): it names
    them, no deadline (O3, twenty-third round)."""
    if at < 0 or "的" not in sentence and "即" not in sentence and "将要" not in sentence and "將要" not in sentence:
        return False
    return any(m.start() <= at < m.end() for m in _THINGS_BY_YEAR.finditer(sentence))


def names_birth_cohort(sentence: str, at: int) -> bool:
    """The year at ``at`` says when the people the sentence concerns were born (``自2031年起出生的婴幼儿``): it names a
    cohort, no deadline (O3); False where the year stands elsewhere or no birth follows it."""
    if at < 0 or ("出生" not in sentence and "出世" not in sentence):
        return False
    return any(m.start() <= at < m.end() for m in _COHORT.finditer(sentence))
