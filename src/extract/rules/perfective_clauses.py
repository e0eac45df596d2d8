"""A deed told with the perfective ``了`` earlier in a number's sentence (eval/README.md N13, N2).

``perfective_before`` (``rules.target_status``) reads a ``了`` right before the number (``走访了45名``). A report often
tells its deeds as a run of clauses where only the first verb carries ``了`` and the counts follow in later clauses
(``二是下发了甲通知,并开展评比,评出4个示范镇``, ``会上表彰了先进单位,并聘请5名监督员``): the whole sentence tells
what was done, so its counts are results (N13: a past result is no target), the same as under ``已``. A sentence that
also speaks of what is ahead (``将``, ``计划``, ``到2031年``, a modal) is left to the other cues; so is one whose ``了``
verb announces a plan, a document or a meeting whose content the numbers then state (``提出了…指标,…达到90%``,
``公示了…规划方案,总用地面积N平方米``, ``召开了…会议``), or says what a number is for (``为了``, ``除了``).
"""

from __future__ import annotations

import re

# a verb (one or two CJK characters) with the perfective ``了``; not ``了解``/``了如``
_DEED_LE = re.compile(r"([\u4e00-\u9fff]{2})了(?![解如])")
# verbs whose ``了`` does not tell a deed whose counts follow: what a number is for or besides (``为了``, ``除了``), a
# state (``到了``, ``多了``, ``少了``), and verbs that announce a plan, a decision, a document or a meeting whose content
# the numbers state (``提出了``, ``明确了``, ``公示了``, ``印发了``, ``召开了``, ``调升了``)
_NOT_DEED_LAST = frozenset("为為除到多少好对對")
_ANNOUNCES = re.compile(r"(?:提出|明确|明確|确定|確定|制定|制订|公布|公示|产生|產生|审定|審定|审议|審議|通过|通過|"
                        r"出台|发布|發布|印发|印發|部署|安排|召开|召開|举行|舉行|听取|聽取|研究|调升|調升|上调|上調|调整|調整|"
                        r"规划|規劃|设定|設定|确立|確立|列出|提到|指出|强调|強調|表示|介绍|介紹|拖延|回应|回應|"
                        # (a plan prepared: ``梳理了2031年实事项目,新建书屋20个``: the numbers are the plan's content)
                        r"梳理|谋划|謀劃|筹划|籌劃|策划|策劃|筛选|篩選|征集|徵集|编制|編制|拟定|擬定|起草|形成|列入|纳入|納入|遴选|遴選)$")
# words of what is ahead anywhere in the sentence besides the modals of ``extract.cues`` (a deadline, a plan word)
_AHEAD = re.compile(r"力争|力爭|确保|確保|目标|目標|任务|任務|明年|今后|今後|未来|未來|年底前|年内|年內|"
                    # (``去年建成了5所,今年新建8所``: this year's work set beside last year's results)
                    r"今年(?!以来|以來|来|來|上半年|前三季度|一季度)|本年度|"
                    r"(?:到|至)\s*20\d\d\s*年|20\d\d\s*年(?:底|末)?前")


def speaks_ahead(text: str) -> bool:
    """The text speaks of what is ahead: a modal (``extract.cues``), a future marker, a deadline or a plan word."""
    from extract.cues import _MODAL  # (here: ``extract.cues`` imports the rule modules)
    from extract.rules.text import FUTURE_MARKERS

    return _AHEAD.search(text) is not None or _MODAL.search(text) is not None or FUTURE_MARKERS.search(text) is not None


def _deed_le_at(before: str) -> int:
    """The position of the last perfective deed verb's ``了`` before the number, or -1 (see the module's docstring)."""
    found = -1
    for m in _DEED_LE.finditer(before):
        verb = m.group(1)
        if verb[-1] in _NOT_DEED_LAST or _ANNOUNCES.search(verb) or verb.endswith(("为", "為")):
            continue
        found = m.end()
    return found


def told_done_with_le(before: str, after: str) -> bool:
    """The number's sentence tells a deed done with ``了`` before the number, in the same or an earlier clause
    (``下发了甲通知并开展评比,评出4个示范镇``, ``在12个国家设立了甲中心20所、乙站30个``), and speaks of nothing ahead
    (``before`` is the sentence up to the number, ``after`` the rest of it): a result (N13). Not ``为了…``, a ``了`` verb
    that announces a plan or a meeting (``提出了``, ``公示了``, ``召开了``), nor a sentence with ``将``, ``计划``, a modal or
    a deadline (``…下发了通知,要求到2031年新建…``)."""
    if "了" not in before:
        return False
    at = _deed_le_at(before)
    if at < 0:
        return False
    return not _sentence_speaks_ahead(before, after)


def _sentence_speaks_ahead(before: str, after: str) -> bool:
    """``speaks_ahead`` of the number's whole sentence: ``before`` and ``after`` up to the sentence's end."""
    end = min((i for i in (after.find(c) for c in "。;；!！?？") if i >= 0), default=len(after))
    return speaks_ahead(before + after[:end])


# the end of the number's own clause
_CLAUSE_END = re.compile(r"[,，;；。!！?？]")


def told_done_after(before: str, after: str) -> bool:
    """The number's own clause goes on to a deed told with ``了`` (``对30个县的申报材料进行了审核``,
    ``为3000名老人提供了上门服务``, ``12所学校完成了改造``): the count is the object or the subject of what was done, a
    result (N13), as when the ``了`` stands before it. Only the number's own clause (up to the next comma or sentence
    end); the same verbs as ``told_done_with_le`` (not ``为了``, ``了解``, a verb that announces a plan or a meeting),
    and not a sentence that speaks of what is ahead (``到2031年…建成了``, ``确保…配备了``)."""
    if "了" not in after:
        return False
    cut = _CLAUSE_END.search(after)
    clause = after[:cut.start()] if cut else after
    if "了" not in clause or _deed_le_at(clause) < 0:
        return False
    return not _sentence_speaks_ahead(before, after)
