"""(lead43) N17d: money put into works whose groundbreaking the story reports on its own day (``某基金会投入2.5亿元经费,协助
某县6座书屋改建,今天在甲村动土``): the works are still to be built, so the money is their funding, a target, though ``投入``
alone reads as money spent. Not: works reported finished in the sentence (``已完工``, ``落成``), a day other than the
story's own (``去年动工``), money with no start of works in its sentence. Made-up examples only."""

from __future__ import annotations

import re

_TODAY_START = re.compile(r"(?:今天|今日|今\s*[(（]\s*\d{1,2}\s*[)）]\s*日|今\s*\d{1,2}\s*日|本日)[^，,；;。!！?？\d]{0,12}?"
                          r"(?:动土|動土|动工|動工|开工|開工|奠基|破土|开建|開建)")
_DONE = re.compile(r"已(?:经)?(?:全部|基本)?(?:完工|竣工|落成|启用|啟用|建成|投入使用)|落成典礼|落成典禮|揭牌")
_MONEY = ("元", "万", "萬", "亿", "億")


def funds_works_started_today(sentence: str, unit: str) -> bool:
    """The amount (``unit`` money) is put into works the sentence reports breaking ground on the story's day."""
    return unit.endswith(_MONEY) and _TODAY_START.search(sentence) is not None and _DONE.search(sentence) is None
