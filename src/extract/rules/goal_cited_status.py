"""(goalA30) Dated sentences of news and reports that state no commitment, by how the sentence is framed.

``cites_cutoff_status``: a sentence that quotes a source's statistics or report (``据某办最新统计,``, ``据《某某状况报告》,``,
``根据某局数据显示,``) and then dates its figures by a cut-off (``截至2031年底,…达…``): what the source counted up to that
date, a status (O3: a sentence about the past; N13), whatever the page's own year. Not a sentence that goes on to say what is
still to come after the cut-off (``…,截至2031年底将建成…``, ``…,截至2031年底,计划…``).

``will_before_progress``: a dated clause that says what will be done (``2031年,某区将启动…项目12个,计划总投资…``) and only
after it, in a clause of its own opened by a word of now (``目前已…``, ``现已…``, ``截至目前…``), how far the work has come:
the progress told after the commitment does not make the commitment a report of the past (O3).
"""

from __future__ import annotations

import re

# the source quoted: ``据…统计``, ``據…數據``, ``根据《…报告》``, ``据…公报显示``, closed by a comma; then a cut-off with its year
_CITED_CUTOFF = re.compile(r"^\s*(?:据|據|根据|根據)[^，,。；;！？]{0,60}?(?:统计|統計|数据|數據|报告|報告|公报|公報|调查|調查|监测|監測|普查)"
                           r"[》」”]?[^，,。；;！？]{0,6}?[，,]\s*(?:截至|截止)(?:到|至)?\s*(?:19|20)\d\d\s*年")
# what still commits after the cut-off
_AHEAD = re.compile(r"将(?!近)|將(?!近)|计划|計劃|拟|擬|力争|力爭|确保|確保|争取|爭取|预计|預計|目标|目標")


def cites_cutoff_status(sentence: str) -> bool:
    """``据某办统计,截止2031年年底,全县60岁以上老年人口达2.4万`` -> True; ``据《某状况报告》,截至2031年底,某省…`` -> True;
    ``截至2031年底,全县建成幼儿园5所`` -> False (no source quoted: a plan may date a commitment so);
    ``据统计,截至2031年底,全县将建成…`` -> False (still to come)."""
    m = _CITED_CUTOFF.match(sentence)
    return m is not None and _AHEAD.search(sentence, m.end()) is None


# a clause opened by a word of now, after a comma or semicolon: ``,目前已…``, ``;现已…``, ``,截至目前…``
_NOW_CLAUSE = re.compile(r"[，,；;]\s*(?:目前|现已|現已|截至目前|截止目前|截至现在|截至現在|如今|眼下)")
_WILL = re.compile(r"将(?!近)|將(?!近)|拟|擬|预计|預計|力争|力爭")  # (not ``计划``: also a word of names, ``某某计划``)


def will_before_progress(sentence: str, at: int) -> bool:
    """The deadline at ``at`` dates a clause of will (``将``, ``拟``, ``预计``…, after the deadline) with no past marker before a later clause
    opened by a word of now: ``2031年,某区将启动新建学校项目12个,计划总投资9亿元,目前已启动甲校建设`` -> True;
    ``2031年,某区已启动项目12个,目前…`` -> False (a result first); ``…,目前已完成`` with no will word -> False."""
    if at < 0:
        return False
    now = _NOW_CLAUSE.search(sentence, at)
    if now is None:
        return False
    a = max(sentence.rfind(c, 0, at) for c in "；;。") + 1
    head = sentence[a:now.start()]
    if _WILL.search(sentence, at, now.start()) is None:
        return False
    from extract.rules.text import is_past
    return not is_past(head)


# ``预计2031年累计完成…``, ``力争2031年底累计建成…``: a total still to reach under an expected or striven-for year;
# ``计划下拨…``, ``将下拨…``, ``拟下拨…``: money still to be handed down
_PLANNED_CUMULATIVE = re.compile(r"(?:预计|預計|力争|力爭|计划|計劃|争取|爭取)\s*(?:在|于|於|到)?\s*20\d\d\s*年(?:底|末)?\s*[,，]?\s*(累计|累計)")
_PLANNED_GRANT = re.compile(r"(?:计划|計劃|将|將|拟|擬|预计|預計)\s*(下拨|下撥)")


def without_planned_totals(sentence: str) -> str:
    """``sentence`` with the past-sounding words of what is still planned blanked, same length (``预计2031年累计完成
    新改建公路15万公里`` -> ``预计2031年□□完成…``; ``2031年计划下拨147万元`` -> ``2031年计划□□147万元``): a total to reach
    and a grant to make, no result told. Left as they are: ``累计`` and ``下拨`` with no such word before them (``截至2030年底
    累计建成…``, ``2030年下拨118万元``)."""
    if "累" not in sentence and "下拨" not in sentence and "下撥" not in sentence:
        return sentence
    blank = lambda m: m.group()[:m.start(1) - m.start()] + "□" * len(m.group(1))  # noqa: E731
    return _PLANNED_GRANT.sub(blank, _PLANNED_CUMULATIVE.sub(blank, sentence))


# ``已排查出的老化燃气管道``, ``已摸排出的危房``, ``已认定的…``, ``已纳入的…``, ``已列入清单的…``: 已 inside a phrase that names the
# things a task is to deal with by how they were found or listed (a verb of finding or listing closed by 的, a noun after it)
_IDENTIFIED_THINGS = re.compile(r"已(?:经|經)?(?:排查|摸排|查明|查出|认定|認定|核定|确定|確定|纳入|納入|列入|登记|登記|发现|發現|鉴定|鑒定|筛查|篩查)"
                                r"(?:出|出来|出來)?[^，,。；;的]{0,8}?的(?=[\u4e00-\u9fff“「])")


def without_identified_things(sentence: str) -> str:
    """The sentence with each 已-phrase that names the things a task deals with by how they were found or listed blanked,
    same length (``基本完成已排查出老化燃气管道的更新改造任务`` keeps its task; ``已排查出…的`` is no result told): ``2031年
    将全面完成已认定危房的改造`` is a commitment. Left: 已 before a result (``已排查隐患120处``: no 的 closing a phrase)."""
    if "已" not in sentence:
        return sentence
    return _IDENTIFIED_THINGS.sub(lambda m: "□" * len(m.group()), sentence)
