"""(lead42) N13, G5: a figure stated as the consequence of a condition the text does not commit to (``如午餐全面免费,将增加约
5亿元``, ``若全面铺开,每年需要9.5亿元``): what would follow if a measure were taken, an estimate of a choice still open, not a
commitment of the text. Made-up examples only.

``under_hypothesis``: the number stands in its sentence after a conditional clause (``如果``, ``假如``, ``倘若``, ``假若``,
``若``, or ``如`` before a clause of its own) whose subject is a government or a place (``某县如…``, ``市府若…``): what the
government would spend or do if it chose so. A condition on people (``家长如果选择…,每月只需缴N元``, ``如符合条件,可申请…``)
states a standing rule, which gives its targets (N2a). Not ``如期``, ``如实``, ``如下``, ``如何``, ``如今``, ``如此``, ``如同``, ``如上``, ``如是``, ``如意``, ``如约``,
``如数`` (no condition), nor a number inside the conditional clause itself (a threshold there says which cases, read by
other cues), nor a number in a sentence before or after it.
"""

from __future__ import annotations

import re

# the conditional clause: at a clause start, a government or a place as its subject (``某县如…``, ``市政府若…``), the
# conditional word, the condition, its comma (a rule's condition on people, ``家长如果…``, ``如符合条件,…``, states a standing
# rule, and ``如`` after anything else is mostly ``such as``)
_CONDITION = re.compile(r"(?:^|(?<=[,，;；:：。!！?？]))\s*[\u4e00-\u9fff]{0,6}?(?:县|縣|市|区|區|省|府|镇|鎮|乡|鄉)"
                        r"(?:如果|假如|倘若|假若|若(?![干是非])|如(?![期实實下何今此同上是意愿願约約数數需有果若]))"
                        r"[\u4e00-\u9fff“”「」]{2,20}[,，]")


def under_hypothesis(sentence: str, pos: int) -> bool:
    """Whether the number at ``pos`` of ``sentence`` follows a conditional clause of its sentence (``某县如午餐全面免费,将增加
    约5亿元`` -> the 5 亿元)."""
    if "如" not in sentence and "若" not in sentence:
        return False
    stop = max(sentence.rfind(m, 0, pos) for m in "。!！?？")
    for m in _CONDITION.finditer(sentence, stop + 1, pos):
        if m.end() <= pos:
            return True
    return False


# (lead43) an estimate of what a course not taken would cost in time or money (``如果逐座翻修,恐怕20年才能完成``,
# ``如果只靠县里经费,8座书屋最快也要花上5年``): the conditional word at any subject, and a hedge of estimate in the number's own
# clause. A rule's condition on people (``家长如果选择…,每月只需缴N元``) has no such hedge and keeps its targets (N2a).
_IF_WORD = re.compile(r"如果|假如|倘若|假若|要是|若是")
_ESTIMATE_HEDGE = re.compile(r"恐怕|最快|最慢|至少也|也要|也得|才能|才可|可能要|估计要|估計要|得花|要花|不可能")
# a denial of a deadline (``不可能在2年内完成``): what cannot be done, no commitment, with or without a condition
_DENIED = re.compile(r"不可能(?:在|於|于)?\s*$")
_CLAUSE_MARKS = ",，;；:：。!！?？「」“”"


def _clause_around(sentence: str, pos: int) -> tuple[int, int]:
    start = max(sentence.rfind(c, 0, pos) for c in _CLAUSE_MARKS) + 1
    ends = [i for i in (sentence.find(c, pos) for c in _CLAUSE_MARKS) if i >= 0]
    return start, min(ends) if ends else len(sentence)


def hedged_estimate(sentence: str, pos: int) -> bool:
    """Whether the number at ``pos`` of ``sentence`` is an estimate under a condition (``如果…,恐怕20年才能完成``) or a
    denied deadline (``不可能在2年内完成``): no commitment of the text (N13, G5)."""
    start, end = _clause_around(sentence, pos)
    if _DENIED.search(sentence, start, pos):
        return True
    if not _IF_WORD.search(sentence, 0, start) or not _ESTIMATE_HEDGE.search(sentence, start, end):
        return False
    stop = max(sentence.rfind(m, 0, start) for m in "。!！?？")
    return _IF_WORD.search(sentence, stop + 1, start) is not None


# (lead43) ``虽有``/``雖有`` before an amount concedes what there is now (``每年书屋修缮虽有800万元经费,但…``): a level that
# exists, named to say it falls short (N13)
_CONCEDED = re.compile(r"(?:虽|雖)(?:然)?(?:只|仅|僅)?有\s*(?:约|約|近)?\s*$")


def concedes_existing(clause_head: str) -> bool:
    """The number follows ``虽有`` in its clause (``每年虽有800万元经费``): what exists, conceded, no target."""
    return _CONCEDED.search(clause_head) is not None
