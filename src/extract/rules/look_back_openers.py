"""Openings of a sentence that look back over a counted span of years up to now.

A report of results often opens its summary with a bare count of years (``五年来,``, ``一年来,``, ``三年來,``), also
behind the source it quotes (``根据某局的统计数据,五年来,…``, ``据介绍,两年来,…``): what the sentence then tells was
done in that span (N13), however much its verbs (``新建``, ``新增``) sound like a plan's.
"""

from __future__ import annotations

import re

# the source a report quotes before its figures (``根据某局的统计数据,``, ``据统计,``, ``据介绍,``, ``據了解,``)
_SOURCE_LEAD = re.compile(r"^\s*(?:根据|根據|据|據)[^，,。；;]{0,30}?(?:统计|統計|数据|數據|介绍|介紹|了解)[^，,。；;]{0,4}?[，,]\s*"
                          # (``报告显示,``, ``公报指出,``: a report quoted)
                          r"|^\s*[^，,。；;]{0,8}?(?:报告|報告|公报|公報)(?:显示|顯示|指出)[，,]\s*"
                          # (``9月3日,记者走访了解到,``, ``记者从某局获悉,``: a news dateline and the reporter's source)
                          r"|^\s*(?:[^，,。；;]{0,12}?(?:讯|訊)\s*(?:[(（][^()（）]{0,30}[)）])?\s*)?"
                          r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]\s*)?(?:记者|記者|笔者|筆者)(?:从|從)?[^，,。；;]{0,12}?"
                          r"(?:了解到|获悉|獲悉)[，,:：]\s*")
# a counted span of years up to now, closed by a comma (``五年来,``, ``这三年来,``, ``10年来,``)
_COUNTED_YEARS = re.compile(r"(?:这|這)?(?:[一二两兩三四五六七八九十几幾]{1,2}|\d{1,2})\s*年(?:来|來|以来|以來)[，,]")


def after_source_lead(sentence: str) -> str | None:
    """What the sentence says after the source it quotes (``据统计,截至2031年底,…`` gives ``截至2031年底,…``;
    ``根据某局的统计数据,三年来,…``, ``据了解,近年来…``, ``據介紹,…``, ``报告显示,过去的2031年,…``, a news lead
    ``本报讯(记者 某某)5月8日,记者了解到,…``), or None when it quotes none. Not a source named
    inside a clause (``某区根据统计数据调整…``: no opening), nor a plan's basis (``根据规划,``: no statistics or report
    word)."""
    m = _SOURCE_LEAD.match(sentence)
    return sentence[m.end():] if m is not None else None


def opens_counted_years(sentence: str) -> bool:
    """The sentence opens with a counted span of years up to now (``五年来,全区新建学校9所``, ``一年来,…``), maybe behind
    a quoted source (``根据某局的统计数据,三年来,…``, ``据介绍,两年来,…``). Not a span ahead (``未来五年,``, ``今后三年``),
    nor a span inside the sentence (``全区五年来新建…``: no opening), nor a count without ``来`` (``五年内,``)."""
    s = sentence.lstrip()
    return _COUNTED_YEARS.match(after_source_lead(s) or s) is not None
