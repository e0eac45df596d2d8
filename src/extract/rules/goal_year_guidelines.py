"""The guiding line of a year's work stated in the plan's opening sentence, without the label ``总体要求是:`` or
``指导思想是:`` (O3i, O3): ``2031年,全县卫生健康工作要全面贯彻…,坚持…,确保…``, ``2031年全区安全生产工作,坚持以…为指导,
全面贯彻…``. The year is written first, the year's work is the subject, and what follows is what that work is to hold
to: a goal with that year, as the labelled statement is (O3i)."""
from __future__ import annotations

import re

# a written year opens the sentence; the subject is the year's work (``全市河湖长制工作``, ``全区教育系统工作``), then
# (``要``, ``将``, a comma) the line it holds to: 贯彻, 坚持, 围绕, ``以…为指导``
_YEAR_WORK_GUIDE = re.compile(
    r"^\s*(20\d\d)\s*年(?:度)?\s*[,，]?\s*[\u4e00-\u9fff“”\"、]{0,20}?工作\s*(?:要|将|將)?\s*[,，]?\s*(?:要|将|將)?\s*"
    r"(?:全面贯彻|深入贯彻|认真贯彻|贯彻落实|全面貫徹|深入貫徹|認真貫徹|貫徹落實|坚持以|堅持以|坚持|堅持|紧紧围绕|緊緊圍繞|紧扣|緊扣|"
    r"以习近平|以習近平)")
# the year's work told as done (a summary's opening): ``2030年全区…工作,坚持…,取得了…成效``, ``…工作取得…``
_TOLD_DONE = re.compile(r"取得了|取得[^,，。;；]{0,8}(?:成效|成绩|进展|成果)|圆满完成|顺利完成|已经|成效显著|有效提升了")


# (goalA33) the same frame where the year does not open the sentence: after the name of the unit whose work it is
# (``某街道2031年社区教育工作以…为指导``) or opening a clause after a leading one (``聚焦…等10个方面,2031年某市民生实事
# 工作,把…作为出发点``); the line held to may also be ``以…为指导`` with the guiding words between, or ``把…作为…``
_UNIT_END = r"(?:街道|镇|鎮|乡|鄉|县|縣|区|區|市|省|局|委|系统|系統|学校|學校|中心|办|辦|部|厅|廳|院|校|园|園)"
_GUIDE_LINE = (r"(?:全面贯彻|深入贯彻|认真贯彻|贯彻落实|全面貫徹|深入貫徹|認真貫徹|貫徹落實|坚持以|堅持以|紧紧围绕|緊緊圍繞|紧扣|緊扣|"
               r"以[^。；;]{2,60}?(?:为|為)(?:指导|指導|统领|統領|指针|指針|引领|引領)|把[^。；;,，]{2,40}?(?:作为|作為))")
_NAMED_YEAR_WORK = re.compile(
    r"(?:^\s*[\u4e00-\u9fff]{1,12}?" + _UNIT_END + r"|(?<=[,，]))\s*(20\d\d)\s*年(?:度)?\s*[\u4e00-\u9fff“”\"、]{0,20}?工作\s*"
    r"[,，]?\s*(?:要|将|將)?\s*" + _GUIDE_LINE)


def year_work_guideline(sentence: str) -> tuple[int | None, int]:
    """(year, where it stands) of a sentence that opens with a written year whose work holds to a guiding line
    (``2031年,全市某某工作要全面贯彻…``, ``2031年全区某某工作,坚持以…为指导,…``); (None, -1) otherwise. Not: the year's
    work told as done (``2030年全区某某工作坚持…,取得了明显成效``), a year that is not the sentence's opening
    (``按照2031年工作要求,坚持…``), a year's work with another verb after it (``2031年某某工作会议召开``).
    (goalA33) Also after the unit's name or a leading clause: ``某街道2031年社区教育工作以某思想为指导,…`` -> 2031,
    ``聚焦民生等10个方面,2031年某市实事工作,把群众满意作为出发点`` -> 2031."""
    m = _YEAR_WORK_GUIDE.match(sentence) or _NAMED_YEAR_WORK.search(sentence)  # (goalA33) a unit's name or a lead first
    if m is None or _TOLD_DONE.search(sentence):
        return None, -1
    return int(m.group(1)), m.start(1)
