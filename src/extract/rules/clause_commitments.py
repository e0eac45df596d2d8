"""A number's own clause that commits, in a sentence whose past marker belongs to another clause (N2, N2a, N13).

The past-marker reading (``is_past_at``) lets the nearest marker before a number, else any marker of the sentence,
make it a result. Where the number's own clause states what is to come with a word of its own, a past marker of
another clause reports a step done, not the figure: ``除甲乡此前已建成书屋外,其他乡镇每个书屋补充图书不少于100册``,
``目前已完成招标,首批规划户数达3500户,可望2031年开工``, ``预定补助合资格的7000户,每户每月补助4000元,已开放申请``;
(tgtC34) ``…已超额完成年度目标,还有5所幼儿园计划年底前投入使用``, ``…已经完成,年底解决9个贫困村的饮水问题``,
``…已启动工程的项目,目标是5年内…``: the commitment of the number's own clause wins, before or after the number.
"""

from __future__ import annotations

import re

from extract.rules.text import has_past_marker

_CLAUSE_MARK = re.compile(r"[，,；;:：。!！?？\n]")
# a word of what is to come, of the clause's own: ``预定补助``, ``預定``, ``可望``, ``规划户数``; (tgtA27) ``有望``
# (lead41) an estimate of the clause's own (``至於乙校的新禮堂,預估工程費3000多萬``: the cost of works still to be built)
# (tgtC34) a plan with a time ahead (``计划年底前投入使用``, ``预计明年建成``), a clause that opens with the year's end
# ahead (``年底解决9个贫困村…的饮水问题``), a goal stated (``目标是5年内…``)
_AHEAD_WORD = re.compile(r"预定|預定|可望|有望|编列|編列|预估|預估|(?:规划|規劃)(?:户数|戶數|床位数|床位數|学位数|學位數|规模|規模)"
                         r"|(?:计划|計劃|预计|預計|拟|擬)(?:于|於|在|到)?\s*(?:今年|本年度?)?(?:年底|年内|年內|明年|下半年|月底|年前|底前)"
                         r"|^\s*(?:今年|本年)?(?:年底前?|年内|年內)(?!已)|目标是|目標是")
# a level set per head or per item, with a lower bound (N2a): ``每个书屋补充图书不少于100册``, ``各补充图书不少于60册``
_PER_ITEM_BOUND = re.compile(r"(?:^|[^\u4e00-\u9fff]|[^今去明前当當])(?:每|各)[^，,；;。\d]{0,24}?(?:不少于|不少於|不低于|不低於|至少)\s*$")


def own_clause(sentence: str, pos: int) -> str:
    """The clause of ``sentence`` that holds the character at ``pos``, between clause marks."""
    a = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, pos)), default=0)
    m = _CLAUSE_MARK.search(sentence, pos)
    return sentence[a:m.start() if m else len(sentence)]


def commits_in_own_clause(sentence: str, pos: int) -> bool:
    """The number at ``pos`` stands in a clause with no past marker of its own that commits by its own words: a word
    of what is to come (``预定补助7000户``, ``规划户数达3500户``) or a per-item lower bound right before it
    (``每个书屋补充图书不少于100册``). A past marker elsewhere in the sentence then reports another step. Not a clause
    with its own past marker (``已补充图书不少于100册``), nor a bound without 每/各 (``共培训不少于300人``)."""
    clause = own_clause(sentence, pos)
    if has_past_marker(clause):
        return False
    head = sentence[max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, pos)), default=0):pos]
    return _AHEAD_WORD.search(clause) is not None or _PER_ITEM_BOUND.search(head) is not None


# the cumulative past marker (``累计培训``, ``累计完成``) and the words that keep a cumulative figure in the past
_CUMULATIVE = re.compile(r"累计|累計")
_FRAME_OF_NOW = re.compile(r"已|了|今年|去年|上年|年初|以来|以來|截至|截止|目前|至今|迄今|完成率|同比|较上年|較上年")
# a plan's bound or rate of its own: ``1000人以上``, ``不少于5期``, ``每年建立10个``
_PLAN_BOUND = re.compile(r"\d\s*[^\d，,；;。]{0,3}(?:以上|及以上)|不少于|不少於|不低于|不低於|至少|每年")


def cumulative_plan_sentence(sentence: str) -> bool:
    """A sentence whose only past marker is a cumulative ``累计`` and that sets a plan's bound or yearly rate
    (``每年建立10个以上基地,…,累计培训15万人``, ``2.累计培训学员800人以上,实施培训不少于5期``): the total the plan is
    to reach, not a result. Not a sentence with a frame of now or a done word (``今年以来累计培训1000人以上``,
    ``已累计培训1000人以上``, ``累计培训了300人``), nor one without a bound (``累计培训15万人``)."""
    if _CUMULATIVE.search(sentence) is None or _FRAME_OF_NOW.search(sentence) is not None:
        return False
    if has_past_marker(_CUMULATIVE.sub("", sentence)):
        return False
    return _PLAN_BOUND.search(sentence) is not None


# ``对甲苑、乙苑等28个小区进行改造``, ``對中心城区60处堵点开展治理``, ``对甲村等约130棵树木进行修枝``: the count stands in
# the object of a ``对…`` phrase that the measure's verb (进行/开展/实施 and its action) closes after it
_FOR_OPENS = re.compile(r"(?<![可能以成作认認相绝絕针針面反应應])(?:对|對)(?!于|於|照|标|標|比|接|口|外|象|策|待)[^，,；;。:：\d]{0,30}$")
_MEASURE_CLOSES = re.compile(r"^[^，,；;。\d]{1,16}?(?:进行|進行|开展|開展|实施|實施)\s*[“\"「]?[\u4e00-\u9fff]")


def object_of_for_frame(clause_head: str, unit: str, after: str) -> bool:
    """The number counts the things a measure is done to, in the ``对…进行/开展…`` frame of a list of tasks
    (``对甲苑、乙苑等28个小区进行“气改”``, ``对30个小区调压设施进行安全提升``, ``对城区60处堵乱点开展分类治理``): the
    planned reach of the works (N12b), read like ``对辖区N栋…进行改造``. Not a phrase with no verb after the count
    (``对30个小区的情况``), nor ``对于``/``对照``/``相对`` and the like, nor a count with no measure word."""
    if not unit or unit in ("%", "‰"):
        return False
    return (_FOR_OPENS.search(clause_head) is not None and not clause_head.rstrip().endswith("的")
            and _MEASURE_CLOSES.match(after) is not None)
