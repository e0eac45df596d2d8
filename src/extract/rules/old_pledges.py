"""An amount reached by now, or pledged years ago, is no target of the text (eval/README.md N13, N13c).

``全市公幼到今年增加183班``: ``到今年`` with a verb of growth counts what has been added up to this year, a status. ``市长
4年前刚上任,提出要增加100班``, ``在4年前我上任的时候,要增加100班``, ``曾经承诺要增加100班``: the pledge of years ago, which
the story reports kept, is the target of a plan that is over, as ``去年计划新建…`` cited in a later text is (N13c). What the
sentence says is still ahead after it (``未来两年还会再增加100班``, ``将``, ``明年``) is read by the other cues, and so
is ``到今年底``/``到今年9月…将…`` (a deadline, no ``到今年`` of growth).
"""

from __future__ import annotations

import re

# ``到今年增加``, ``到今年就增加``, ``到今年已新增``: what was added up to this year
_REACHED_BY_NOW = re.compile(r"到今年(?:就|已经?|已)?(?:增加|新增|增至|增設|增设|累计|累計)")
# ``4年前…上任``, ``两年前…提出``, ``曾经承诺``: a pledge made years ago
_OLD_PLEDGE = re.compile(r"(?:(?<![\d.])\d{1,2}\s*年前|[一二两兩三四五六七八九十几幾]年前)[^。;；]{0,16}?(?:提出|承诺|承諾|上任|允诺|允諾|宣布)"
                         r"|曾经?(?:承诺|承諾|提出|允诺|允諾)")
# what is still ahead, after the marker and before the number
_AHEAD = re.compile(r"将|將|未来|未來|还会|還會|再|明年|今后|今後|下一步|计划|計劃|力争|力爭")


def reached_or_pledged_before(before: str) -> bool:
    """``before`` (the number's sentence up to it) counts what was reached by now or pledged years ago (see the module's
    docstring), and nothing ahead is said between that marker and the number."""
    if "年前" not in before and "到今年" not in before and "曾" not in before:
        return False
    last = None
    for pattern in (_REACHED_BY_NOW, _OLD_PLEDGE):
        for m in pattern.finditer(before):
            if last is None or m.end() > last.end():
                last = m
    return last is not None and _AHEAD.search(before, last.end()) is None
