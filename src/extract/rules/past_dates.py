"""Round 17 (wide17): cues chosen by how often their class occurs on a wide sample of unlabelled policy pages.

``past_frame_status``: a figure in a sentence framed by a date up to which things are told (``截至2030年底,…``,
``截止2030年12月31日,…``, ``截止到2030年底,…``) or by a past event (``某校于2020年…建成,…``), where that date is
before the text's own year: what the sentence tells is the state at that date, a status (N13), not a target,
whatever section it stands in (a plan's ``面临的形势``, a reply's description of a school).
"""
from __future__ import annotations

import re

# a to-date frame with its year: ``截至2030年``, ``截止2030年``, ``截止到2030年底``, ``截至至2030年``
_TO_DATE_FRAME = re.compile(r"(?:截至|截止)(?:到|至)?\s*((?:19|20)\d\d)\s*年")
# a past event dated in the sentence before the figure: ``于2020年…建成``, ``于2020年…新建``, ``2020年建成的``
_DATED_EVENT = re.compile(r"于\s*((?:19|20)\d\d)\s*年[^，,；;。\d]{0,20}?(?:建成|新建|落成|成立|创办|开办|搬迁|迁建|竣工)")
# what still commits within the sentence after the frame (a modal, a future deadline, a plan's words)
_AHEAD = re.compile(r"将(?!近)|计划|拟|力争|确保|争取|预计|规划新建|规划建设|目标|要(?![求素点闻])")


def past_frame_status(sentence: str, pos: int, doc_year: int | None) -> bool:
    """The number at ``pos`` of ``sentence`` stands after a to-date frame or a dated past event whose year is before
    ``doc_year``, with no commitment word between the frame and the number. Made-up examples (text of 2032):
    ``截止2030年12月31日,全县常住人口52.3万`` -> True; ``某校于2010年建成,占地面积40亩`` -> True;
    ``截至2030年底,全县将新建幼儿园5所`` -> False (a modal after the frame); ``截至2033年底,建成幼儿园5所`` -> False
    (the frame's year is ahead); an undated text -> False."""
    if doc_year is None:
        return False
    head = sentence[:pos]
    last = None
    for m in _TO_DATE_FRAME.finditer(head):
        last = m
    for m in _DATED_EVENT.finditer(head):
        if last is None or m.start() > last.start():
            last = m
    if last is None or int(last.group(1)) > doc_year:
        return False
    if int(last.group(1)) == doc_year and not _cut_off_within_year(head, last):
        return False
    return _AHEAD.search(head, last.end()) is None


# (tgtA30) ``截止2031年年底``, ``截至2031年6月``: a to-date frame with a day of the year (its end or a month), not the year alone
_CUT_OFF_DAY = re.compile(r"\s*(?:年底|年末|年年底|年年末|\d{1,2}\s*月)")


def _cut_off_within_year(head: str, frame: re.Match[str]) -> bool:
    """(tgtA30, N13) A to-date frame of the text's own year that names the day of the count (``截止2031年年底,全国老年人口
    达2.4亿`` in a text of 2031): the figures are counted up to a day not after the text's, a state then, as a frame of an
    earlier year is. Not a dated past event (``于2031年…建成``) and not a frame of the year alone (``截至2031年,…``)."""
    return frame.re is _TO_DATE_FRAME and _CUT_OFF_DAY.match(head, frame.end()) is not None


# (r17 wide17) N8, the unit as written: measure words of output and supply targets that the unit list lacked, so the
# unit stopped at the magnitude (``新增装机600万千瓦`` -> ``万``, ``充电桩6万根`` -> ``万``, ``粮食产量1.3万亿斤以上`` ->
# ``万`` and its ``以上`` lost). ``千瓦时`` before ``千瓦``; ``根`` not before ``据``/``本``/``源`` (``根据``, ``根本``,
# ``根源``: no measure). Made-up examples: ``建成充电桩2万根`` -> 2 ``万根``; ``装机容量达到50万千瓦`` -> 50 ``万千瓦``.
MEASURES = "千瓦时|千瓦|斤|根(?![据本源治])|"
# the magnitudes before a measure word: ``万亿`` as one (``1.3万亿斤``), then ``千万``, ``万``, ``亿``
MAGNITUDE = "千万|万亿|万|亿"


# (r17 wide17) N13, N2: a heading over a review that ``cues._PAST_HEADING`` did not name: the account of how last
# year's plan or budget was carried out (``一、2031年国民经济和社会发展计划执行情况``, ``预算执行情况``), and the
# situation a plan faces written with ``的`` (``一、某事业发展面临的形势``, ``面对的挑战``). Not a heading that also names
# the plan ahead (``…执行情况与2032年计划草案``, ``…执行情况和下一步安排``).
_REVIEW_HEADING = re.compile(r"(?:计划|預算|预算|計劃|规划|規劃)(?:的)?(?:执行|執行)(?:情况|情況)|(?:面临|面對|面对|面臨)的(?:形势|形勢|挑战|挑戰)")
_AND_AHEAD = re.compile(r"草案|安排|打算|计划\s*$|下一步|下步|思路|目标|目標")


def names_review_heading(title: str) -> bool:
    """A heading naming the execution of a past plan or budget, or the situation faced (see above). Made-up examples:
    ``一、2031年国民经济和社会发展计划执行情况`` -> True; ``(一)某区养老事业面临的形势`` -> True;
    ``2031年计划执行情况与2032年计划草案`` -> False; ``二、2032年国民经济和社会发展计划`` -> False."""
    m = _REVIEW_HEADING.search(title)
    return m is not None and _AND_AHEAD.search(title, m.end()) is None
