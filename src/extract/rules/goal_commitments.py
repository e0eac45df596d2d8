"""What makes a sentence a commitment, or a report of one, in forms the older date cues miss.

1. ``planned_span``: a span of years that a plan word opens as the time frame of its deed (``我省计划2031—2035年
   新建幼儿园300所``, ``某区提出在未来三年(2031—2033年),拟推进60个项目建设``): the span's end year is the deadline
   (O3, O3c: a report of what a plan sets gives its commitments).
2. ``reports_list_announced``: a sentence that only reports the year's list of 实事 or 民生工程 being decided, published or
   announced (``…的2031年某区政府实事项目确定,将进一步…``, ``大会公布了2031年某县将完成的十件实事``), the items not set out in
   it: no goal (O3b, O3f), whatever date cue its year meets.
3. ``named_list_states`` (goalB27): a year's list or plan named by its title at the clause's head, then what it says
   (``“某省2031年十大民生项目清单”中提到,新增托位3万个``, ``《某市2031年实事方案》明确,新建公园12个``): a report of what the
   year's list sets gives its commitments (O3c); the year inside the title dates the deeds it states.
4. ``plan_says_year`` (goalB27): a plan or document that says, with no comma, the year and what is to be reached or
   done by then (``某规划提出2031年全县光纤覆盖率达到98%``, ``《方案》明确2031年新建基站300个``): the year is the deadline
   of the commitment the plan sets (O3c), as ``规划提出,到2031年…`` is.
"""

from __future__ import annotations

import re

# ``2031—2035年``, ``2031-2033年度``, ``2031年至2035年``: a span of years; its end year is group ``end``
_SPAN = r"20\d\d\s*(?:年(?:度)?)?\s*(?:至|到|-|—|–|~)\s*(?P<end>20\d\d)\s*年(?:度)?"
# the deeds a plan sets for its span: building, expanding, carrying out, adding, training
_SPAN_DEED = (r"(?:新改扩建|改扩建|新建|扩建|改建|建设|建成|推进|实施|完成|新增|增加|改造|投资|投入|培训|招聘|打造|创建|"
              r"培育|开工|提供|安排)")
# a plan word, then (in the next few years) the span, then the deed or the will to do it
_PLANNED_SPAN = re.compile(r"(?:计划|拟|力争|争取|提出|明确|预计)\s*(?:在|于|用|到)?\s*"
                           r"(?:(?:未来|今后)\s*[一二三四五六七八九十两\d]{1,3}\s*年\s*(?:内|时间)?\s*)?"
                           r"[(（]?\s*" + _SPAN + r"\s*[)）]?\s*(?:内|间|期间)?\s*[,，]?\s*"
                           r"(?:(?:将|拟|计划|力争|争取|要)\s*)?(?:全[省市区县]|累计|共)?\s*" + _SPAN_DEED)


def planned_span(sentence: str) -> tuple[int | None, int]:
    """(the end year, where it stands) of a span of years that a plan word opens as the time frame of its deed
    (``我省计划2031—2035年新建幼儿园300所`` -> 2035, ``提出在未来三年(2031—2033年),拟推进60个项目`` -> 2033); (None, -1)
    when none: a span that only names a period (``规划期为2031—2035年``), a span inside a title (``《…计划(2031—2035年)》``,
    no deed after it), a span with no plan word before it."""
    if "年" not in sentence:
        return None, -1
    m = _PLANNED_SPAN.search(sentence)
    return (int(m.group("end")), m.start("end")) if m else (None, -1)


# the year's list of projects: 实事, 民生工程 (and their 项目, 清单, 名单)
_YEAR_LIST = (r"20\d\d\s*年(?:度)?[^。；;,，:：\d]{0,20}?(?:实事|民生工程|惠民工程|民心工程|民生项目)(?:项目)?(?:清单|名单)?")
# what sets the items out after it in the same sentence: 包括, 包含, 有, 为, a colon
_SETS_OUT = r"\s*(?:[,，]\s*)?(?:具体)?(?:包括|包含|共有|有|为|分别是|是|如下|[:：])"
# (the list's name read whole: no 项目/清单 left after the match)
_NOT_SET_OUT = r"(?!项目|清单|名单)(?!" + _SETS_OUT + r")"
# ``公布了2031年某县将完成的十件实事``, ``发布2031年民生实事项目清单``: a verb of deciding or publishing, then the list
_ANNOUNCED = re.compile(r"(?:公布|发布|揭晓|审议通过|表决通过|正式确定|确定了|通过了)\s*(?:了)?\s*" + _YEAR_LIST + _NOT_SET_OUT)
# ``2031年某区政府实事项目确定``, ``2031年民生实事清单出炉``: the list, then its being decided or published
_DECIDED = re.compile(_YEAR_LIST + r"\s*(?:正式|日前|近日)?\s*(?:确定|出炉|公布|揭晓|发布)" + _NOT_SET_OUT)


def reports_list_announced(sentence: str) -> bool:
    """A sentence that reports the year's list of 实事 or 民生工程 decided, published or announced, its items not set
    out after it (``大会公布了2031年某县将完成的十件惠民实事``, ``2031年某区政府实事项目确定,将进一步…``): no goal (O3b). Not
    a sentence that sets the list out (``2031年某市民生实事项目正式确定,包含…``, ``…公布2031年实事项目为:…``: O3f), nor
    one that commits to the list (``2031年全县将办好十件实事``)."""
    if "实事" not in sentence and "民生" not in sentence and "惠民" not in sentence and "民心" not in sentence:
        return False
    return _ANNOUNCED.search(sentence) is not None or _DECIDED.search(sentence) is not None


# 3. ``year_then_duty``: a clause that opens with its year, and further on in the same sentence the actor's will or duty
#    (将, 要, opening its clause) and a verb of carrying out the year's work (办好, 抓好, 推进…), however many clauses of manner or purpose
#    stand between (``2031年,某县继续把…作为…,在落实好…的同时,将集中力量办好十件民生实事``, ``2031年要按照“…”的要求,突出
#    抓好12项重点工作落实``): the year stated as the time of the commitment (O3, O3b).
_DUTY_VERB = r"(?:办好|辦好|抓好|做好|推进|推進|实施|實施|落实|落實|完成|建成|开展|開展)"
_YEAR_THEN_DUTY = re.compile(r"(?:^|(?<=[,，:：]))\s*(20\d\d)\s*年(?:度)?(?!\s*[\d一二三四五六七八九十]{1,2}\s*月)\s*[,，]?"
                             r"(?P<mid>(?:[^。；;!！?？]{0,90}?[,，])?)\s*(?:将|將|要(?!求))(?P<way>[^。；;!！?？]{0,40}?)" + _DUTY_VERB)
# what tells the clauses between as done, reported or past: a past marker, a result, a count of what was reached
_DONE_BETWEEN = re.compile(r"已|了|累计|累計|先后|先後|以来|以來|截至|截止|完成了|实现了|共计|共計|曾|去年|上年")


def year_then_duty(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year and goes on, in the same sentence, to the will
    or duty of its actor to carry out the year's work (``2031年,某县…,将集中力量办好十件民生实事``, ``2031年要按照…的要求,
    突出抓好12项重点工作``); (None, -1) when none, or when the clauses between tell what was done (``2031年,全县累计…,
    将…``: the past markers), or when the year is a date's (``2031年五月六日``), or when 要 stands inside a word
    (``重要讲话``: the will opens its clause), or when the year is over (the page's date undoes it, as every dated cue)."""
    if "将" not in sentence and "將" not in sentence and "要" not in sentence:
        return None, -1
    m = _YEAR_THEN_DUTY.search(sentence)
    if m is None or _DONE_BETWEEN.search(m.group("mid") + m.group("way")) is not None:
        return None, -1
    return int(m.group(1)), m.start(1)


# 4. ``year_deed_counted``: a clause that opens with its year (a doubled comma of a scrape too: ``2031年,,``) and a deed
#    with its quantity in any measure word (``2031年全县新增养老床位300张``, ``2031年,,全国计划新开工安居工程630万套``): the
#    year stated as the time of the commitment (O3), like ``goals.year_deed``, whose measure words are a closed list.
_COUNTED_DEED = (r"(?:新增|增加|新建|改扩建|扩建|改建|新开工|开工|建成|基本建成|建设|改造|实施|推出|培训|招聘|开设|增设|"
                 r"发放|提供|创建|完成)")
_YEAR_DEED_COUNTED = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(20\d\d)\s*年(?:度)?(?!\s*[\d一二三四五六七八九十]{1,2}\s*月)"
                                r"\s*(?:[,，]\s*){0,2}(?P<who>[^,，;；。:：\d]{0,16}?)" + _COUNTED_DEED +
                                r"[^,，;；。\d]{0,24}?\d[\d.]*\s*(?:万|亿|千)?\s*(?![年月日岁%％])[\u4e00-\u9fff]")
# (and ``2031年的总体目标是:建成…``: a statement of the goals, read by ``goals.states_the_goal``, which weighs the past)
_DONE_WHO = re.compile(r"已|了|累计|累計|先后|先後|共|曾|以来|以來|全年|目标")


def year_deed_counted(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year and a deed with its quantity in any measure
    word (``2031年全县新增养老床位300张``, ``2031年,,全国计划新开工安居工程630万套``); (None, -1) when none, or when the
    words before the deed tell it done (``2031年全县累计新增…``, ``2031年共新建…``, ``2031年全年新增…``: a year's result)."""
    if "年" not in sentence:
        return None, -1
    m = _YEAR_DEED_COUNTED.search(sentence)
    if m is None or _DONE_WHO.search(m.group("who")) is not None:
        return None, -1
    return int(m.group(1)), m.start(1)


# (goalB27) a year's list or plan named by its title (in quotes or book marks, or bare) at the clause's head, then a verb
# of saying, then after a comma a deed with its quantity
_NAMED_LIST_STATES = re.compile(r"(?:^|[,，。;；])\s*[“\"《「]?[^,，。;；“”《》]{0,12}?(20\d\d)\s*年度?[^,，。;；“”《》]{0,16}?"
                                r"(?:清单|方案|计划|要点|项目)[”\"》」]?\s*(?:中|里)?\s*(?:提到|提出|明确|指出|要求|显示|列出)\s*[:：,，]\s*"
                                r"(?:全[省市区县]|今年)?\s*(?:将|要)?\s*(?:新增|新建|建成|完成|改造|新开工|开工|实施|提供|培训|招聘)"
                                r"[^。;；]{0,30}?\d")


def named_list_states(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a year's list or plan that the sentence names and quotes (``“某省2031年十大民生项目
    清单”中提到,新增托位3万个``): the deeds it states are that year's commitments (O3c); (None, -1) when none."""
    if "20" not in sentence or ("清单" not in sentence and "方案" not in sentence and "计划" not in sentence
                                 and "要点" not in sentence and "项目" not in sentence):
        return None, -1
    m = _NAMED_LIST_STATES.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# (goalB27) a plan or a document (or its closing title mark), a verb of saying, then at once the year and a level or a deed
_PLAN_SAYS_YEAR = re.compile(r"(?:规划|方案|计划|意见|纲要|要点|通知|清单|文件|[》”\"])\s*(?:中|里)?\s*(?:提出|明确|指出|确定|规定)"
                             r"\s*(?:在|到|于)?\s*(20\d\d)\s*年(?:底|末|前|年底前)?\s*(?:[^,，。;；!?！？]{0,24}?)"
                             r"(?:达到|达|实现|建成|完成|新增|新建|超过|不低于|提高到|提升到|控制在|覆盖|普及)")


def plan_says_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a plan that says the year and the commitment due then (``某规划提出2031年全县
    光纤覆盖率达到98%``); (None, -1) when none."""
    if "20" not in sentence:
        return None, -1
    m = _PLAN_SAYS_YEAR.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)
