"""(tgtA30, N13, N17d) Works the sentence reports finished before the text's date: ``…动土兴建17间教室,在108年5月完工``
on a page of 2018 (103 is 2014 in the ROC calendar), ``…新建教学楼1栋,于2029年9月建成投用`` in a text of 2031. The
quantities and the funding of works already finished are status (N13, N17d: "the funding of works already finished"),
whatever verb states them; the completion date written after them says the works are done."""

from __future__ import annotations

import re

# a completion date after the quantity, in its sentence: ``在108年5月完工``, ``于2029年9月建成投用``, ``2029年底竣工``
_FINISHED_AT = re.compile(r"^[^。；;!?！？]*?(?<![\d.])(?:民國|民国)?\s*((?:19|20)\d\d|1[0-4]\d|[89]\d)\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
                          r"(?:底|末|初|中)?\s*(?:已|顺利|順利|正式|全面)?\s*(?:完工|竣工|落成|建成|完成)")
# a word of what is still to come before the completion word: then the date is a plan, not a report
_AHEAD = re.compile(r"预计|預計|预定|預定|计划|計劃|将|將|拟|擬|可望|预期|預期|力争|力爭|目标|目標|争取|爭取|确保|確保")


def finished_before(after: str, doc_year: int | None) -> bool:
    """``after`` (the sentence after a quantity) states that the works were finished in a year before ``doc_year``, with no
    word of what is still to come between: ``,在108年5月完工`` with 2018 -> True; ``,预计2029年完工`` -> False;
    ``,在2031年完工`` with 2031 -> False (the text's own year: not before it)."""
    if doc_year is None:
        return False
    m = _FINISHED_AT.match(after)
    if m is None or _AHEAD.search(after, 0, m.end()):
        return False
    y = int(m.group(1))
    y = y + 1911 if y < 200 else y
    return 1990 <= y < doc_year
