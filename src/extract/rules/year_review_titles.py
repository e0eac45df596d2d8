"""Document cue for a page titled as the review of a year's results (N13).

A page whose headline (one of its first two title lines) names a year and says what that year gave (``2031年,我们倾情惠民生,改革成效看得见``,
``2031年某市民生实事“成绩单”出炉``, ``2031年某县十件实事盘点``, ``回顾2031年工作成果``) reports that year's results:
its outline reviews, and its numbers need a commitment cue of their own (as ``…完成情况``, ``…工作总结`` titles do).
A headline that also names the plan ahead (``2031年成效与2032年目标``, ``…工作计划``) is no such review. No import of
the other rule modules (they call in here)."""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
# the words of a year's results: ``成果``, ``成效``, ``成绩单``, ``答卷``, ``盘点``, ``回顾``, ``回眸``, ``账单``
_RESULT_WORD = re.compile(r"成果|成效|成绩单?|答卷|盘点|盤點|回顾|回顧|回眸|账单|賬單")
# a plan or a time ahead named in the same headline
_AHEAD_WORD = re.compile(r"计划|計劃|目标|目標|任务|任務|规划|規劃|方案|要点|要點|安排|部署|将|將|明年|展望|打算")


# a time ahead named in the headline
_AHEAD_TIME = re.compile(r"将|將|明年|展望|打算")
# a headline that ends by saying the page reviews or shows results: ``县府检视推动成果``, ``某区晒出民生成绩单``
_REVIEWS_RESULTS = re.compile(r"(?:检视|檢視|盘点|盤點|回顾|回顧|晒出?|曬出?|交出)[^\s,，。:：]{0,8}(?:成果|成效|成绩单?|成績單?|答卷)\s*$")


def title_reviews_results(title: str) -> bool:
    """A headline (a short line without ``。``) that ends by saying the page reviews or shows results, year or not
    (``掌握计划执行情形 县府检视推动成果``, ``某区晒出民生成绩单``: the plan named is what is reviewed), and names no time
    ahead (``展望明年 检视成果``)."""
    t = title.strip()
    if not t or len(t) > 60 or "。" in t:
        return False
    return _REVIEWS_RESULTS.search(t) is not None and _AHEAD_TIME.search(t) is None


def title_reviews_year(title: str) -> bool:
    """A headline (a short line without ``。``) that names a year and its results (``2031年民生实事成绩单``, ``回顾2031年
    工作成果``, ``2031年,…改革成效看得见``) and names no plan or time ahead (not ``2031年成效与2032年目标``, not
    ``2032年工作安排``)."""
    t = title.strip()
    if not t or len(t) > 60 or "。" in t or len(_YEAR.findall(t)) != 1:
        return False
    return _RESULT_WORD.search(t) is not None and _AHEAD_WORD.search(t) is None


# (goalA35) ``某县2031教育均衡发展情况``, ``某局2031年公共文化设施建设和使用情况``: the year written (``年`` may be left out), the
# account of how a field went that year
_YEAR_OR_BARE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ACCOUNT_END = re.compile(r"(?:发展|發展|建设|建設|使用|开展|開展|实施|實施|执行|執行|运行|運行)情况\s*$")


def title_tells_year_account(title: str) -> bool:
    """(goalA35) N13, O3: a headline that names one year and ends by naming the account of how a field went in it
    (``某县2031教育均衡发展情况``, ``某局2031年公共文化设施建设和使用情况``): the page reports that year's results, as a
    ``…完成情况`` title does; its numbers need a commitment cue of their own. Not a headline that names a plan or a time
    ahead (``2031年发展情况及2032年计划``), nor one without a year (``某县学前教育发展情况``: a survey of the present)."""
    t = title.strip()
    if not t or len(t) > 60 or "。" in t or "情况" not in t[-6:]:
        return False
    return len(_YEAR_OR_BARE.findall(t)) == 1 and _ACCOUNT_END.search(t) is not None and _AHEAD_WORD.search(t) is None
