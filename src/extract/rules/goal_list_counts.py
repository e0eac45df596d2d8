"""The year's list of 实事 counted as the sentence's subject (O3b, O3f): ``2031年县政府民生实事项目共12项,项目情况如下``,
``2031年的10件重点民生实事共20家单位参与,预计投入资金3亿元``: a dated sentence that states the year's list (its size, who
takes part, what it costs) commits to it, a goal with the list's year, as a dated lead-in to the list is (O3a). Not the
list's progress or completion told (``…共12项,截至6月底已完成8项``, ``…进展情况``), nor a list reported chosen or voted
(``票决产生2031年民生实事12项``: the year is not the subject's)."""

from __future__ import annotations

import re

# ``2031年县政府民生实事项目共12项``, ``2031年的10件重点民生实事共20家单位参与``, ``2031年度全区民生工程共有8类``:
# the year, the list (its own count before it allowed), then 共 and a count
_YEAR_LIST_COUNTED = re.compile(r"(?:^|(?<=[,，:：]))\s*[\u4e00-\u9fff]{0,6}?(20\d\d)\s*年(?:度)?\s*(?:的)?\s*"
                                r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:件|项|大|个))?[^,，。;；:：\d]{0,10}?"
                                r"(?:民生实事|为民办实事|实事|民生工程)(?:项目)?\s*共(?:有|计)?\s*\d{1,4}\s*(?:项|件|个|类|家)")
# the list's progress or completion told in the same sentence: no commitment (O3b)
_PROGRESS = re.compile(r"进展|进度|推进情况|完成情况|已完成|已经完成|完工|竣工|截至|截止|总体情况|良好|顺利")


def year_list_counted(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence whose subject is the year's list of 实事 counted with 共
    (``2031年县政府民生实事项目共12项,项目情况如下``); (None, -1) when none, or when the sentence tells the list's progress."""
    if "共" not in sentence or ("实事" not in sentence and "民生工程" not in sentence):
        return None, -1  # (a cheap test before the scan)
    m = _YEAR_LIST_COUNTED.search(sentence)
    if m is None or _PROGRESS.search(sentence) is not None:
        return None, -1
    return int(m.group(1)), m.start(1)
