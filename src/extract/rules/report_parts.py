"""(rptA26) The parts of a page that report what was done, read from the page's own layout (N13).

A government work report, a news story of one, or a year's summary opens its review with a line of its own
(``2031年工作回顾``, ``“十五五”主要工作回顾``, ``过去五年工作回顾``) or a prose frame (``在2031年工作回顾方面,报告提到,…``),
tells the results in plain sentences (``新增托位800个``, ``入园率达97%``) and then turns to what comes next on a line
of its own (``2032年重点工作``, ``“十六五”时期任务``) or in a sentence that commits (``今年,全县将…``). Where no outline
parse took the review line for a heading (``cues.section_role`` reads headings only), the figures of the part looked
like targets. ``review_part`` gives the paragraphs of such parts, and of the sections under a heading that names work
done in words the past headings do not read (``一年来的主要工作``, ``主要工作及成效``): there a figure needs a commitment
cue of its own (the ``report`` role: a modal, a deadline, a quota), as in a page titled as a report (``doc_context``).
``plan_part`` gives the other side: in a page read as a report, the part after a line naming the plan ahead
(``2032年工作安排``, after a review line) still commits as a plan does.
"""

from __future__ import annotations

import functools
import re

from extract.rules.recounts import commits

# a line of its own: short, no sentence or clause mark (a title, a label, a credit line), a colon at most at its end
_TITLE_LIKE = re.compile(r"^[^。！？!?；;，,]{2,40}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a review of what was done named on the line (``工作回顾``, ``…情况总结``, ``主要成效``, ``工作进展情况``); not the state of
# things (``基本情况``, ``现状``, ``发展基础``: a plan or a proposal describes its own project so)
# (speedA28) the last branch ``(?:完成|进展|…)情况`` written out one word a branch: the same matches, but every branch opens
# with a character and sre skips to them
_DONE_REVIEW = re.compile(r"回顾|回顧|总结|總結|成就|成效|成绩|成績|亮点|亮點|已取得|完成情况|进展情况|進展情况|开展情况|開展情况|落实情况|落實情况|执行情况|執行情况")
# a plan's words on a line that also names a review (``2031年工作总结和2032年工作计划``): the line opens both
_PLAN_WORDS = re.compile(r"计划|安排|打算|思路|要点|任务|目标|展望")
# a prose frame of a review (``在2031年工作回顾方面,``, ``回顾过去一年,``, ``回顾2031年,``) opening a paragraph
_REVIEW_FRAME = re.compile(r"^(?:在)?\s*(?:(?:19|20)\d\d\s*年(?:度)?的?(?:工作)?(?:回顾|回顧)方面"
                           r"|(?:回顾|回顧)(?:过去|過去)的?(?:一|二|两|兩|三|四|五|\d)年"
                           r"|(?:回顾|回顧)\s*(?:19|20)\d\d\s*年"
                           # a report's words on the year gone by (``报告显示,过去的2031年,``, ``报告指出,一年来,``, ``公报称,去年,``)
                           r"|[^，,。；;]{0,16}?(?:报告|報告|公报|公報|通报|通報)(?:中)?(?:显示|顯示|指出|提到|称|稱|介绍|介紹)?[,，:：]\s*"
                           r"(?:过去|過去|刚刚过去|剛剛過去)的?\s*(?:一年|(?:19|20)\d\d\s*年|[一二三四五两兩]年)"
                           r"|[^，,。；;]{0,16}?(?:报告|報告|公报|公報|通报|通報)(?:中)?(?:显示|顯示|指出|提到|称|稱|介绍|介紹)?[,，:：]\s*"
                           r"(?:去年|[一二三四五两兩]?年来|[一二三四五两兩]?年來)[,，]"
                           # (tgtA28) a bulletin of figures cited in a news story's opening sentence (``…发布的《2031年某省
                           # 统计公报》显示,2031年末…``): a bulletin only ever tells a period gone by
                           r"|[^。；;]{0,90}?(?:统计|統計)?(?:公报|公報)》?(?:显示|顯示|指出|称|稱|表明)[,，:：]\s*"
                           r"(?:(?:19|20)\d\d\s*年|去年|上年|过去|過去))")
# a paragraph that turns to what comes next: a time ahead or the next step opens it
_TURN_OPENING = re.compile(r"^(?:今年|明年|来年|來年|新的一年|下一步|下步|今后|今後|未来|未來|展望)")
# a paragraph that says what comes next somewhere (``下一步,…力争…``, ``明年…``): its figures keep their own reading
_AHEAD_WORD = re.compile(r"力争|力爭|下一步|下步|今后|今後|明年|来年|來年")
_FIRST_SENTENCE = re.compile(r"[。！？!?]")
# ``应对`` (to cope with: ``多措并举应对入学高峰``) is no modal ``应``; a state reached (``社会更加和谐``) is told in a review as
# well as in a plan's vision: neither turns a review ahead
_COPE = re.compile(r"应对|應對|更加|更趋|更為|更为")


def review_line(line: str) -> bool:
    """A line of its own that names a review of what was done (``2031年工作回顾``, ``“十五五”主要工作回顾``,
    ``某县2031年上半年民生工作情况总结``, ``主要成效``): short, no sentence or clause mark. Not a line that also names
    what comes next (``2031年工作总结和2032年工作计划``), not a table row, not the state of things (``基本情况``)."""
    s = line.strip()
    if not _TITLE_LIKE.match(s) or "|" in s or "｜" in s:
        return False
    m = _DONE_REVIEW.search(s)
    return m is not None and _PLAN_WORDS.search(s, m.end()) is None  # (``计划执行情况``: the plan is what was reviewed)


def opens_review_frame(paragraph: str) -> bool:
    """A prose paragraph that opens with a frame of a review (``在2031年工作回顾方面,报告提到,…``, ``回顾过去一年,…``,
    ``报告显示,过去的2031年,…``, ``报告指出,一年来,…``): it and the prose after it tell results."""
    return _REVIEW_FRAME.match(paragraph.strip()) is not None


# (tgtA28) a one-sentence lead that sums up results (``“十五五”期间,全省教育事业取得显著成就。``, ``一年来,某项工作取得
#明显成效。``): the paragraphs after it tell them
_RESULTS_LEAD = re.compile(r"^[^。！？!?；;]{2,50}?(?:取得|收获|實現|实现)了?(?:显著|顯著|明显|明顯|重大|丰硕|豐碩|积极|積極|长足|長足|突破性|历史性|歷史性|新的?)?"
                           r"(?:成就|成效|成绩|成績|进展|進展|突破)[!！。]?$")


_AIM = re.compile(r"力争|力爭|确保|確保|争取|爭取|将|將|要|预计|預計|计划|計劃|到\s*(?:19|20)\d\d|(?:19|20)\d\d\s*年(?:前|底前|以前)")


def leads_results(paragraph: str) -> bool:
    """A paragraph of one short sentence that sums up what was achieved (``“十五五”期间,某省教育取得显著成就。``,
    ``一年来,全县民生工作取得明显成效。``): an achievement story's lead, the prose after it tells the results."""
    s = paragraph.strip()
    return _RESULTS_LEAD.match(s) is not None and _AIM.search(s) is None  # (not ``到2045年,力争取得显著成效``: an aim)


def turns_ahead(paragraph: str) -> bool:
    """A prose paragraph that turns to what comes next: it opens with a time ahead or the next step (``今年,…``,
    ``下一步,…``), or its first sentence commits (``recounts.commits``: ``全县将新建…``, ``到2033年…``; not ``应对``, to cope
    with, nor a state reached, ``更加和谐``)."""
    s = paragraph.strip()
    if _TURN_OPENING.match(s):
        return True
    m = _FIRST_SENTENCE.search(s)
    return commits(_COPE.sub("□□", s[:m.start()] if m else s))


def review_part_indices(kinds: list[str], paths: list[list[str]], texts: list[str]) -> set[int]:
    """The indices of the paragraphs that stand in a review part of a page, from each paragraph's kind (``text`` or
    ``heading``), its section path and its text. A text paragraph under a heading that names work done
    (``heading_reports_done``, any heading of its path, not only the nearest) is in one. Outside the outline, a part opens at a
    review line
    (``review_line``, the line itself not in it) or at a paragraph that opens with a review frame
    (``opens_review_frame``, in it); it holds the prose paragraphs after it, up to the first heading, the first other
    line of its own (``2032年重点工作``, a credit line) or the first paragraph that turns ahead (``turns_ahead``). A
    paragraph in it that says what comes next somewhere (``力争``, ``下一步``, ``明年``) is left out; a line without a
    Chinese character (``02``) is skipped."""
    out: set[int] = set()
    open_ = False
    for i, (kind, path, text) in enumerate(zip(kinds, paths, texts)):
        s = text.strip()
        if kind != "text" or path:
            open_ = False
            if kind == "text" and any(heading_reports_done(t) for t in path):
                out.add(i)
            continue
        if not _CJK.search(s):
            continue
        if _TITLE_LIKE.match(s):
            open_ = review_line(s)
            continue
        if opens_review_frame(s) or leads_results(s):
            open_ = True
        elif open_ and turns_ahead(s):
            open_ = False
        if open_ and not _AHEAD_WORD.search(s):
            out.add(i)
    return out


# a line of its own that names the plan of the time ahead (``2032年工作计划``, ``二、2032年项目建设安排``, ``下一步工作打算``;
# (tgtA28, goalA28) or the year's goals, ``2032年主要预期目标``)
_NEXT_PLAN = re.compile(r"(?:(?:19|20)\d\d|明|今|下一|新的一)\s*年(?:度)?的?[^，,。；;:：]{0,10}?(?:计划|計劃|安排|打算|思路|要点|要點|重点|重點|任务|任務|目标|目標)"
                        r"|下一步|下步|今后|今後")


def plan_line(line: str) -> bool:
    """A line of its own that names the plan of the time ahead (``2032年工作计划``, ``下一步工作打算``, ``明年工作思路``) and
    no review (not ``2031年重点工作完成情况``, ``2031年工作总结暨2032年工作计划``)."""
    s = line.strip()
    return bool(_TITLE_LIKE.match(s)) and "|" not in s and _NEXT_PLAN.search(s) is not None \
        and _DONE_REVIEW.search(s) is None


def plan_part_indices(texts: list[str]) -> set[int]:
    """The indices of the paragraphs of a page's plan part after its review: a plan line (``plan_line``, a heading of
    the outline or not) after a review line (``review_line``) opens it, and it holds every paragraph after it, headed or not,
    up to the next review line. Where a page is read as a report (``doc_context``), these paragraphs still commit as a
    plan's do (``2031年工作总结`` … ``2032年工作安排``: the second part is the plan); a paragraph of it outside any
    section reads as a plan's (its bare figures, ``增长5%左右``, are the plan's targets)."""
    out: set[int] = set()
    seen_review = open_ = False
    for i, text in enumerate(texts):
        s = text.strip()
        if _TITLE_LIKE.match(s):  # (a line of its own, an outline's heading or not)
            if review_line(s):
                seen_review, open_ = True, False
                continue
            if seen_review and plan_line(s):
                open_ = True
                continue
        if open_:
            out.add(i)
    return out


# (rptA26) a heading of a part that reports what was done, in words ``cues.heading_reviews_past`` does not read: how the
# work went (``2031年工作情况``), a period up to now (``一年来的主要工作``, ``过去五年的工作``), results beside the work
# (``主要工作及成效``), work done (``已完成的工作``). Not how a task is being handled (``办理情况``, ``推进情况``,
# ``实施情况``, ``建设进展``): a reply or a progress note tells there what is under way and what will be done as well
_DONE_HEADING = re.compile(r"工作情况$"
                           r"|^(?:[一二三四五两兩]|\d{1,2})?年来|^(?:过去|過去)的?(?:一|两|兩|三|四|五|\d{1,2})年"
                           r"|(?:及|和|与|與)(?:主要)?(?:成效|成绩|成績)$|^(?:已|已经|已經)完成")
# an outline's mark before a heading's words (``一、``, ``(二)``, ``3.``)
_OUTLINE_MARK = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?")
# what comes next named in the same heading (``落实情况及下一步打算``): the part plans too
_NEXT_WORDS = re.compile(r"下一步|下步|今后|今後|打算|计划|計劃|安排|思路|措施|目标|目標|任务|任務|要求")


@functools.lru_cache(maxsize=4096)  # (a heading is asked once for each paragraph under it)
def heading_reports_done(title: str) -> bool:
    """A heading that names a part reporting what was done (``一、2031年工作情况``, ``一年来的主要工作``,
    ``一、过去五年的工作``, ``主要工作及成效``, ``已完成的工作``): its bare figures are results (N13), a figure with a
    commitment cue of its own still a target (``明年将新建…``: the report role, not the review's). Not a heading that
    also names what comes next (``落实情况及下一步打算``)."""
    t = _OUTLINE_MARK.sub("", title.strip(), count=1).rstrip(":：")
    return len(t) <= 30 and _DONE_HEADING.search(t) is not None and _NEXT_WORDS.search(t) is None


_memo: tuple[object, set[int], set[int]] = (None, set(), set())  # the structure last read, its review and plan parts


def _parts(doc) -> tuple[object, set[int], set[int]]:
    global _memo
    s = doc.structured
    if _memo[0] is not s:
        text = doc.text
        pars = s.paragraphs
        kinds, texts = [p.kind for p in pars], [text[p.span.start:p.span.end] for p in pars]
        _memo = (s, review_part_indices(kinds, [p.section_path for p in pars], texts), plan_part_indices(texts))
    return _memo


def review_part(doc) -> set[int]:
    """``review_part_indices`` of a prepared document's paragraphs, worked out once per document."""
    return _parts(doc)[1]


def plan_part(doc) -> set[int]:
    """``plan_part_indices`` of a prepared document's paragraphs, worked out once per document."""
    return _parts(doc)[2]
