"""A page whose lead announces that a year's list of works (实事, 民生工程) has been carried out.

A district's year-end story of its 实事 (``某区2031年为民办实事全部完成``, ``某街道…实事清单…经过一年的努力,多项计划变为
现实``) goes on to describe each item with the verbs and figures of the list itself (``新建公园3个``, ``加装电梯20部``).
The lead tells that they are done: the page is a completion report (N13a) and its figures are status unless a sentence
commits on its own (``将``, ``明年``, ...), as on a page titled ``…完成情况``.
"""

from __future__ import annotations

import re

# the list named, then said done in the same clause (``实事项目顺利完成``, ``这12项惠民实事全部办理完成``,
# ``为民办实事均已办结``, ``十大民生工程圆满完成``)
_LIST_DONE = re.compile(r"(?:实事|實事|民生工程|民心工程|惠民工程)[^，,。；;!！]{0,14}?"
                        r"(?:全部|均已|均|已经|已|顺利|順利|圆满|圓滿|如期|超额|超額|超计划|超計劃|按期)"
                        r"[^，,。；;!！\d]{0,4}?(?:完成|办结|辦結|完工|兑现|兌現)(?!率|情况|情況)")
# the list's plans said to have come true (``多项计划变为现实``, ``承诺事项已变成现实``)
_CAME_TRUE = re.compile(r"(?:计划|計劃|承诺|承諾|实事|實事)[^，,。；;]{0,4}(?:变为|變為|变成|變成|成为|成為)现实")
# a clause that commits, plans or drives the work: the announcement is a goal (``确保实事项目全部完成``, ``年底前全部
# 完成``, ``推动实事项目如期完成``)
_AHEAD = re.compile(r"将|將|要|推动|推動|推进|推進|督促|抓好|保障|确保|確保|力争|力爭|争取|爭取|计划于|計劃於|预计|預計|拟|擬|年底前|年内|年內|目标|目標")
_CLAUSE = re.compile(r"[^，,。；;!！?？\n]+")
# what turns the lead to a list still to come after the announcement (``2032年,全区将办好以下实事``, ``明年…``)
# ((goalA25) or to the goals set for the year: ``■ 2032年全县农业农村工作的主要预期目标`` over their items)
_TURNS_AHEAD = re.compile(r"将(?!近)|將(?!近)|明年|来年|來年|下一步|以下|如下|拟|擬|(?<!超)计划(?!投资|投入|完成)|(?<!超)計劃(?!投資|投入|完成)|"
                          r"(?:预期|預期|主要|发展|發展|奋斗|奮鬥|工作)(?:目标|目標)(?![^，,。；;\n]{0,6}?(?:完成|实现|實現|达成|達成|落实|落實))")


def lead_reports_list_done(lead: str) -> bool:
    """The opening of a page (its first lines) says that a list of works is done (``2031年度某市实事项目顺利完成``,
    ``这12项惠民实事全部办理完成``, ``经过一年的努力,多项计划变为现实``), in a clause that does not commit. Not a plan's
    demand (``确保实事项目年底前全部完成``), nor a rate or a report's name (``实事完成率``, ``实事完成情况``), nor a lead that goes on to the next list (``去年十件实事
    全部完成。2032年,全区将办好以下实事:``)."""
    if not _LIST_DONE.search(lead) and not _CAME_TRUE.search(lead):
        return False  # neither is anywhere in the lead, so in none of its clauses
    for m in _CLAUSE.finditer(lead):
        clause = m.group()
        if (_LIST_DONE.search(clause) or _CAME_TRUE.search(clause)) and not _AHEAD.search(clause):
            return _TURNS_AHEAD.search(lead, m.end()) is None
    return False
