"""Months of a timetable that the past markers misread (O3, N9d): a month span (``1-6月``) or a month with a completion
verb (``6月份完成``) marks a period to date in a report (``1-6月,全市新增…``, ``5月份完成投资…``), but in a timetable of
steps still to come it is a step's date: ``2031年3月底前完成部署;5月底前确定名单;11-12月进行验收``, ``…,预计2031年11月份
完成``. Masked (same length) before the past markers are read, so the sentence's deadline decides."""
from __future__ import annotations

import re

# an expected or planned completion with its month: ``预计2031年11月份完成``, ``计划于2031年6月份建成``
_PLANNED_MONTH = re.compile(r"(?:预计|預計|计划|計劃|拟|擬|力争|力爭|争取|爭取)\s*(?:于|於|在)?\s*20\d\d\s*年\s*(\d{1,2}\s*月份)"
                            r"(?=\s*(?:底前|前)?\s*(?:完成|完工|建成|竣工|投用|投入使用))")
# a step's deadline of a timetable: ``3月底前``, ``4月中旬前``
_STEP_DEADLINE = re.compile(r"\d{1,2}\s*月\s*(?:底|末|初|上旬|中旬|下旬)?\s*(?:前|以前)")
# a month span as a step's date, its work after it: ``11-12月进行总结验收``, ``5-6月开发课件``
_STEP_SPAN = re.compile(r"\d{1,2}\s*[-—–至~]\s*\d{1,2}\s*月(?:份)?\s*(?=[,，]?\s*(?:进行|開展|开展|组织|組織|检查|檢查|开发|開發|举办|舉辦|"
                        r"总结|總結|验收|驗收|部署|推进|推進|完成(?!了)|启动|啟動|实施|實施|开始|開始))")


def _mask(s: str, a: int, b: int) -> str:
    return s[:a] + "□" * (b - a) + s[b:]


def without_timetable_months(sentence: str) -> str:
    """``sentence`` with the months of a timetable's steps masked (same length): the month of a planned completion
    (``预计2031年11月份完成`` -> ``预计2031年□□□□完成``), and, in a sentence that sets a step's deadline
    (``3月底前完成…``), a month span followed by its work (``11-12月进行验收``). Not masked: a period to date with no
    plan before it (``1-6月完成投资12亿元``, ``5月份完成招标``), a month span in a sentence with no step deadline
    (``1-9月,全市新增就业…``)."""
    if "月" not in sentence:
        return sentence
    for m in _PLANNED_MONTH.finditer(sentence):
        sentence = _mask(sentence, m.start(1), m.end(1))
    if _STEP_DEADLINE.search(sentence):
        for m in _STEP_SPAN.finditer(sentence):
            sentence = _mask(sentence, m.start(), m.end())
    return sentence
