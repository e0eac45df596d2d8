"""A figure stated as of a date up to now is a status, not a target (eval/README.md N2, N13).

``截至今年11月底,全国95%以上的城市开展…服务``, ``截止目前我州各县市争取…资金4000万元``, ``截至10月底全区市场主体达22万户``:
``截至``/``截止`` with a date that runs up to the text's time (``目前``, ``当前``, ``今年…``, a month without a year, ``发稿时``)
opens what has been reached so far. A commitment word after it and before the number (``将``, ``计划``, ``力争``,
``目标任务``) still gives the number its commitment (``截至目前有16所,到2031年将升至18所``, ``截止10月底…,完成年目标任务
12500人``); a deadline (``截至10月底前完成``) is no date to now. ``截至2031年`` with a year is read by ``text.PAST_MARKERS``.
"""

from __future__ import annotations

import re

# ``截至``/``截止`` with a date up to now: now-words, this year's month, a bare month (``10月底``); not a deadline (``…前``)
_TO_DATE = re.compile(r"截[至止](?:到)?\s*(?:目前|当前|現在|现在|目前為止|发稿|發稿|今年|今\s*\(|本年|本月|上月|\d{1,2}\s*月)"
                      r"(?![^,，。;；:：]{0,6}前)")
# a word that commits to what is ahead, after the date and before the number: the number is then no status (not
# ``争取``: after a date to now it says what was obtained, ``截止目前…争取…资金4000万元``)
_AHEAD = re.compile(r"将|將|力争|力爭|确保|確保|保证|保證|计划|計劃|预计|預計|目标|目標|任务|任務|要|拟|擬|未来|未來|今后|今後|下一步|明年|年底前")


def reports_to_date(before: str) -> bool:
    """``before`` (the number's sentence up to it) holds ``截至``/``截止`` with a date up to now, and no commitment word
    stands between that date and the number (see the module's docstring)."""
    if "截" not in before:
        return False
    last = None
    for last in _TO_DATE.finditer(before):
        pass
    return last is not None and _AHEAD.search(before, last.end()) is None
