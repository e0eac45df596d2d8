"""A lead that announces the results achieved, over the list that sets them out (eval/README.md N13, N13a).

``政府公布上年施政報告指標達標成果,涵蓋…共48項任務:`` over ``- 房屋供應:首季公屋動工量達2.1萬伙``: the lead says
the items that follow are results reached (``成果``, ``成绩``, ``成效``) and ends on the colon that opens their list; the
items report status, as the items after ``…已全部竣工。具体情况如下:`` do (``text.introduces_past_list``), as far as
the bulleted items run (``is_bullet_item``: a line opened by a dash or a dot); the first other line ends the list. Not a plan's
``预期成果:`` (O1d: what the plan expects) nor a lead that commits (``将``, ``力争``, ``计划``).
"""

from __future__ import annotations

import re

_RESULTS_LEAD = re.compile(r"(?:成果|成绩|成績|成效)[^。！？!?\n]{0,40}[:：]\s*$")
_NOT_RESULTS = re.compile(r"预期|預期|将|將|力争|力爭|计划|計劃|拟|擬|目标|目標|要求|争取|爭取|如何|怎样|怎樣")


def announces_results(paragraph: str) -> bool:
    """``paragraph`` ends with the colon of a lead that announces results achieved (see the module's docstring)."""
    p = paragraph.rstrip()
    if not p.endswith((":", "：")):
        return False
    lead = re.split(r"[。！？!?]", p)[-1]
    return _RESULTS_LEAD.search(lead) is not None and _NOT_RESULTS.search(lead) is None


_BULLET = re.compile(r"^\s*[-－—•·●▪■◆]\s*\S")


def is_bullet_item(paragraph: str) -> bool:
    """``paragraph`` opens with a bullet (a dash or a dot), as the items under a results lead do."""
    return _BULLET.match(paragraph) is not None


# (lead42) a sentence that closes on results achieved (``…也取得了显著成效。``): the ``其中…`` after it lists them
_RESULTS_REACHED = re.compile(r"取得(?:了)?(?:显著|顯著|明显|明顯|积极|積極|良好|较好|較好|可喜|明显的|很大|长足|長足)?(?:的)?"
                              r"(?:成效|成绩|成績|进展|進展|实效|實效|成果)\s*[。!！]?\s*$")


def closes_on_results(sentence: str) -> bool:
    """``…源城区今年通过…等强有力的举措,也取得了显著成效。``: a sentence that reports results achieved, so the ``其中…`` after
    it breaks down what was achieved (N13). Not a sentence that commits to results (``力争取得…成效``, ``将取得…``)."""
    return _RESULTS_REACHED.search(sentence) is not None and _NOT_RESULTS.search(sentence) is None


# (lead43) a sentence that claims a result reached, an item of a list of results (``一是群众的选择更充裕,入托难现象得到
# 改善。``) opening its paragraph: the paragraph's later sentences give the figures that bear the claim out (``全国托育机构达N万家,可提供托位N万个。``)
_RESULT_CLAIM = re.compile(r"(?:得到|得以)(?:了)?(?:明显|明顯|显著|顯著|有效|进一步|進一步|一定程度(?:的)?|较大|較大|持续|持續)?"
                           r"(?:改善|缓解|緩解|提升|提高|加强|加強|增强|增強|扩大|擴大)"
                           r"|(?:明显|明顯|显著|顯著|持续|持續|逐步)(?:改善|提升|提高|增强|增強|下降)"
                           r"|更(?:加)?(?:充裕|充足|便捷|完善)|(?:成效|成绩|成績)(?:十分|非常)?(?:显著|顯著|明显|明顯|突出)"
                           r"|(?:实现|實現|取得)(?:了)?(?:较大|較大|显著|顯著|明显|明顯|长足|長足|重大|历史性|歷史性)(?:的)?"
                           r"(?:发展|發展|突破|增长|增長|提升|提高|进展|進展|成效|改善)")
_ORDINAL_OPEN = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][,，、是]|首先|其次|再次|如今[,，]|目前[,，]|当前[,，]|當前[,，])")
_CLAIM_END = re.compile(r"\s*[。!！]?\s*$")  # the claim closes the sentence


def claims_result(sentence: str) -> bool:
    """``一是群众的选择更充裕,入托难现象得到改善。``: a sentence, an ordinal item (``一是``, ``其次``), that states a result
    reached, with no number and no word of what is to come; where it opens a paragraph (``targets``), the figures of
    the paragraph's later sentences are the evidence (N13). Not a commitment to the result
    (``力争入托难现象得到缓解``, ``将得到改善``), nor a sentence with figures of its own (read by their own cues)."""
    s = sentence.strip()
    if _ORDINAL_OPEN.match(s) is None:
        return False  # (an inline title of a goal list, ``供给质量明显改善。``, states what is to be reached: no claim)
    m = None
    for m in _RESULT_CLAIM.finditer(s):
        pass
    return (m is not None and _CLAIM_END.match(s, m.end()) is not None
            and _NOT_RESULTS.search(s) is None and not any(c.isdigit() for c in s))


# (lead43) ``将X提高到N`` in a paragraph of claimed results: ``将`` as ``把`` (what was raised), no modal
_JIANG_RAISED = re.compile(r"(?:将|將)[^，,。；;将將]{1,40}?(?:提高到|提高至|提升到|提升至|增加到|增加至|调整为|調整為|调整到|調整到)\s*$")


def raised_in_results(before: str) -> bool:
    """The number closes ``将X提高到`` (``中央将生均经费基准定额提高到N元``): in a paragraph of claimed results, what was
    raised (N2a: the act that set or raised a standard, reported), read as ``把``."""
    return _JIANG_RAISED.search(before) is not None
