"""Seventeenth-round cues (engineer tfn17): missed numeric targets.

Each cue is a small named function or pattern with made-up examples; it is hooked into the existing code with one
short line at its decision point (``rules.target_hand_decisions._hand_decision``).
"""
from __future__ import annotations

import re

from extract.cues import ahead_cues
from extract.rules.target_cues import serves_count

# -- 1. the reach of a service counted in cases or in 万 people ------------------------------------------------------

# (r17) a count of the people a service reaches that ``serves_count`` does not read: cases (``为80例患者实施手术``) and
# 万 written alone after the number for people (``为20万名学生…`` written ``为20万学生…``)
_CASE_OR_WAN = ("例", "万", "万余")
# what follows a bare 万 must name people (``为20万中小学生开展…``, ``为3万居民提供…``), not money (``为200万用于…``)
_PEOPLE_AFTER_WAN = re.compile(r"^[^，,；;。\d]{0,10}?(?:学生|儿童|幼儿|群众|居民|老人|老年人|市民|村民|农民|职工|妇女|患者|残疾人|人口|家庭)")
# (r17) the verb of handing out things to those counted (``为300名老人配发逃生器材``), which ``serves_count``'s verbs
# (``提供``, ``发放``, ``配备``, ...) leave out
_HANDS_OUT = re.compile(r"^(?:余|多)?(?:\s*\d+\s*周?岁\s*(?:及|或)?\s*以[上下])?[^，,；;。\d]{1,24}?(?:配发|赠送|免费发放)")


def serves_more(before: str, unit: str, after: str) -> bool:
    """(r17) How many a service is to reach, in the forms ``serves_count`` leaves out: a count of cases
    (``为60例患者实施复明手术``), a count of people in 万 written alone (``为20万中小学生开展体检``) and the verb 配发
    (``为2000多名80岁以上老人配发报警器``). Not money (``为200万用于…``: no people named after 万), not a status ``…为N例``
    (``发病数为12例``: no service verb after it), not ``可为N例`` (a capacity, as ``serves_count`` reads it)."""
    if unit in _CASE_OR_WAN:
        if unit != "例" and _PEOPLE_AFTER_WAN.match(after) is None:
            return False
        unit = "名"
        if serves_count(before, unit, after):
            return True
    # the ``为…`` frame as ``serves_count`` reads it, with a service verb of its own after the count
    return _HANDS_OUT.match(after) is not None and serves_count(before, unit, "人提供")


# -- 2. money added to a budget: ``增列``, ``拨款N亿`` ------------------------------------------------------------------

_MONEY = ("元", "亿", "万", "千万", "亿港元", "万港元", "港元", "新台币")
# (r17) the verb of money a budget adds or grants right before the amount: ``预算增列新台币30亿``, ``增列5亿``,
# ``拨款15亿推行…`` (``拨款`` with its noun, which ``sets_funds`` reads only as ``拨``), ``增拨3亿元``
_ADDS_FUNDS = re.compile(r"(?:增列|追列|增拨|(?<![申请建议留算支已])拨款)\s*(?:约|逾|近)?\s*(?:新台币|港币|人民币)?\s*$")
_DONE_BEFORE = re.compile(r"(?:执行|结余|决算|实际|上年|去年|已|累计)[^，,；;。]{0,6}$")


def adds_funds(before: str, unit: str) -> bool:
    """(r17) An amount of money a budget adds or grants, named by the verb right before it (``明年度预算增列新台币3亿元``,
    ``教部增列8亿``, ``政府拨款15亿推行某计划``, ``增拨2亿元``): the money set aside (N17, N17b), not a status. Not money
    already spent or granted (``去年已拨款5亿``, ``累计拨款``), not an application (``申请拨款``: ``appropriates``
    reads it), nor a number that is not money (``拨款项目3个``)."""
    if not unit.endswith(_MONEY) or _DONE_BEFORE.search(before) is not None:
        return False
    return _ADDS_FUNDS.search(before) is not None


# -- 3. spending under a time still ahead ------------------------------------------------------------------------------

# (r17) a span of time still to come that opens the sentence: ``在未来5年内,投入6亿…``, ``今后三年投入…``
_AHEAD_SPAN = re.compile(r"(?:未来|今后|往后)\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*(?:个)?(?:年|学年)(?:内|之内|间|中)?")


def spends_ahead(sentence_before: str) -> bool:
    """(r17) Spending (``投入``, ``下拨``) that the sentence puts in a time still ahead: a span to come
    (``在未来5年内,投入6亿元…``) or a modal earlier in the sentence (``某校拟开设一班,初期投入经费约250万``): money to be
    spent, not money spent (the ``spent`` reading of a bare ``投入`` in a news report). Not a sentence with no such cue
    (``今年县府投入300万元``), nor one whose modal is a past plan's name (the past markers still decide)."""
    return _AHEAD_SPAN.search(sentence_before) is not None or bool(ahead_cues(sentence_before))


# -- 4. a count of things run into the measure of each, or of all ------------------------------------------------------

# (r17) what each counted thing is, written right after the count with no separator: its age (``15年以上的``) or its
# rating (``8.0KW``, ``5匹``, ``10吨``); or what all of them measure together, an area or a length (``100片3万平方米``,
# ``10个2万平方米``, ``3条15公里``)
_OBJECT_UNITS = ("台", "部", "辆", "套", "座", "艘", "组")
_EACH_MEASURE = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?:年(?:及|或)?以[上下]的|(?:KW|kW|千瓦|匹|吨|立方米|升)(?=[、,，的规型\s]))")
_PLACE_UNITS = ("片", "个", "处", "条", "座", "块")
_TOTAL_MEASURE = re.compile(r"^\s*\d+(?:\.\d+)?\s*万?(?:平方米|平方公里|亩|公顷|公里|米)(?![\d/])")


def count_then_each_measure(unit: str, after: str) -> bool:
    """(r17) A count of machines or vehicles run straight into the measure of each (``对600台15年以上的电梯进行评估``,
    ``购买9台8.0KW的空调``, ``新购3辆10吨的洒水车``), or a count of places or lines run into what they measure together
    (``新建体育场地100片3万平方米``, ``新建绿道3条15公里``): an amount of its own, not a name run into a number (``3个100%``,
    ``6件12项``). Not a count of places run into another count (``6家180个托位``: ``count_runs_into_count`` reads it),
    nor a count run into a bare number (``5台2031``), a rate (``3个100%``) or a per-unit measure (``2个5米/秒``)."""
    if unit in _OBJECT_UNITS and _EACH_MEASURE.match(after) is not None:
        return True
    return unit in _PLACE_UNITS and _TOTAL_MEASURE.match(after) is not None


# -- 5. a pair of deadlines and a pair of values, taken in order ---------------------------------------------------------

# (r17) a sentence that opens with two deadlines joined by 和/、/及 (``到2031年和2035年,``, ``到2031年底和2035年,``)
_TWO_DEADLINES = re.compile(r"^[^，,；;。]{0,12}?(?:到|至)\s*(20\d\d)\s*年(?:底|末)?\s*(?:和|、|及|与)\s*(?:到\s*)?(20\d\d)\s*年(?:底|末)?\s*[,，]")
# the first value of a pair right after the number and its unit: ``22%和30%``, ``37%及以上和40%及以上``, ``7%、5%``
_FIRST_OF_PAIR = re.compile(r"\s*(?:及以上|以上|及以下|以下|左右)?\s*(?:和|、|与)\s*\d")


def first_of_paired_years(sentence: str, num_end: int, year: int | None) -> int | None:
    """(r17) The first of two deadlines for the first of a pair of values (``到2031年和2035年,甲率分别不低于22%和30%``:
    22% is the 2031 target, 30% the 2035 one; N9, one record per year): the earlier year when the sentence opens with
    the two deadlines, the number is followed by its pair's second value, and the year read for it is the later one;
    None otherwise: the second value of the pair (it keeps the later year), one deadline (``到2031年,甲率、乙率分别达到
    90%、95%``), a pair of values under no pair of years. ``num_end`` is where the number's unit (and ``以上``) ends."""
    m = _TWO_DEADLINES.match(sentence)
    if m is None or year != int(m.group(2)) or num_end < m.end():
        return None
    if _FIRST_OF_PAIR.match(sentence, num_end) is None:
        return None
    return int(m.group(1))


# -- 7. a threshold that bounds another number or another item ---------------------------------------------------------

_COUNT_UNITS = ("台", "部", "个", "所", "户", "辆", "座", "栋", "幢", "处", "家", "名", "间")
# the count runs into another number that the threshold bounds: ``对600台15年以上的电梯…`` (15年以上, not 600台)
_OTHER_BOUNDED = re.compile(r"^\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,2}?\s*(?:及|或)?(?:以上|以下)")
_ITEM_SEP = "、"


def threshold_of_other(clause_head: str, unit: str, after: str) -> bool:
    """(r17) The threshold word (``以上``, ``超过``) that would make ``对…N…以上的…`` say where a measure applies
    belongs to another number: the number the count runs into (``对600台15年以上的电梯进行评估``: which lifts, by age;
    600 is how many) or an earlier item of a ``、`` list (``对30户以上的自然村、140个村民小组开通有线电视``: 140 is how
    many groups). Not a count bounded itself (``对超过1500人的学校``, ``对300户以上的村``: the number is the bound), nor a
    later item with a threshold of its own (``对甲村、300户以上的村``)."""
    if not unit.endswith(_COUNT_UNITS):
        return False
    if _OTHER_BOUNDED.match(after) is not None:
        return True
    k = clause_head.rfind(_ITEM_SEP)
    if k < 0 or not any(w in clause_head[:k] for w in ("以上", "以下", "超过", "不足")):
        return False
    own = clause_head[k + 1:] + after[:6]
    return not any(w in own for w in ("以上", "以下", "超过", "不足", "低于", "高于", "少于", "多于", "不到"))


# -- 8. measure words the number reader did not know -------------------------------------------------------------------

# (r17) measure words after an amount that the unit list left out (N8: the unit as written), put before the list's own
# so that the longer word wins (``平方公尺`` before ``平方``, ``延长米`` before ``米``): ``安装边石800延长米`` (a length of kerb
# laid), ``总面积约3,912平方公尺`` (Taiwan's square metre), ``接种疫苗1200剂次`` (doses),
# ``新增墓穴8000穴`` (graves). Each is a measure word only: no word that is also a noun of its own after a number.
MEASURES = "延长米|平方公尺|剂次|穴|"


# -- 9. the total funds of a plan or a budget ---------------------------------------------------------------------------

# (r17) the total of a plan's or a budget's money right before the amount, with or without a copula: ``某计划总经费27亿元``,
# ``总经费需求约新台币12亿元``, ``全国教育经费总预算为5000亿元``, ``总经费计新台币3亿元``
_TOTAL_FUNDS = re.compile(r"(?:总经费|总预算|(?:经费)?预算(?:总计|合计|总额))(?:需求)?\s*(?:为|约|计|达|共计|合计)?\s*(?:约)?\s*(?:新台币|港币|澳门币|人民币)?\s*$")
_TOTAL_DONE = re.compile(r"执行|决算|结余|实际|已|去年|上年|累计|支用|执行率")
# the budget of the running year, a status of the government's books (``本年度政府总预算为…``: N17b takes a year ahead)
_TOTAL_NOW = re.compile(r"本年度|本年|今年度|现行|目前")
_TOTAL_CUES = ("bare", "status:为", "status:共计", "status:合计", "status:总计")


def totals_funding(before: str, unit: str, cue: str) -> bool:
    """(r17) An amount named as the total funds of a plan, a programme or a budget (``甲计划总经费27.2亿元,系补助…``,
    ``明年度补助计划总经费需求约新台币12亿元``, ``全国教育经费总预算为5000亿元``; tgtB36: an activity plan's ``经费预算总计约8000元``): the money the plan or budget sets (N17,
    N17b), like ``names_funding``'s ``总经费为…``, here also with no copula, since ``总`` names the whole of a plan's money,
    no fund's running noun (``购置经费200万元``). Not an outturn of its clause (``总经费已执行…``, ``决算总经费…``), not the
    running year's budget (``本年度政府总预算为…``: a status of the books), nor a number that is no money (``总经费占比30%``)."""
    if not unit.endswith(("元", "亿", "万")) or not (cue in _TOTAL_CUES or cue.endswith(":list")):
        return False
    if _TOTAL_FUNDS.search(before) is None:
        return False
    clause = re.split(r"[，,；;。]", before)[-1]
    return _TOTAL_DONE.search(clause) is None and _TOTAL_NOW.search(clause) is None


# -- 10. verbs of a year's works the verb lists lack -------------------------------------------------------------------

# (r17) ``重点建好200个村卫生室`` (like ``办好``/``抓好``), ``免费开放3个文化站`` (the opening of places to the public, a
# 民生工程 of culture), ``输转富余劳动力50万人`` (labour sent out to work, a province's yearly task)
_MORE_WORKS = re.compile(r"建好|免费开放|输转(?=[^，,；;。\d]{0,10}劳动力)")


def more_works_verb(clause_before: str) -> bool:
    """(r17) A verb of works or services that the verb lists lack, in the clause before a number: ``重点建好200个村卫生室``,
    ``免费开放1个图书馆、3个文化站`` (later items of the list share it), ``输转城乡富余劳动力50万人``. Not ``建好的``
    (``已建好的5所学校``: the past marker decides), not ``免费`` alone (``免费提供…``: the other verbs read it), not
    ``输转`` of anything but labour (``输转资金``)."""
    return _MORE_WORKS.search(clause_before) is not None


# -- 11. a count of projects or indicators that a sentence requires or plans ---------------------------------------------

# (r17) the count is required (``每校至少需满足6项指标``) or planned ahead (``同时谋划2032年20项民生工程``,
# ``将实施35项民生实事项目``) right before the count of the list's items
_REQUIRED_COUNT = re.compile(r"(?:至少|不少于|不低于)(?:需|要|应)?(?:满足|达到|完成|实施|开展)?\s*$")
_PLANNED_COUNT = re.compile(r"(?:谋划|将实施|拟实施|计划实施|将办好|将办理|将推进)\s*(?:20\d\d\s*年度?)?\s*$")


def count_required(before: str) -> bool:
    """(r17) A count of projects, tasks or indicators (``N项民生工程``, ``N项指标``) that the sentence requires or plans:
    a floor right before it (``每所学校至少应满足7项指标``: N1's ``>=``) or a verb of planning (``同时谋划2032年20项民生
    工程``, ``今年全县将实施35项民生实事项目``): what the commitment delivers (N12, fifteenth round: a list the text does not
    set out), not the plan counting its own parts (``明确20项具体任务``, ``涉及8个方面``). Whether the list is set out
    below is decided by the document's list rules (``counts_set_out_list``)."""
    return _REQUIRED_COUNT.search(before) is not None or _PLANNED_COUNT.search(before) is not None


# -- 12. a total that is planned ----------------------------------------------------------------------------------------

_TOTAL_STATUS = ("status:共计", "status:合计", "status:总计")
# ``共计规划9座``, ``合计拟建12所``: a verb of planning right after the word of the total
_TOTAL_PLANNED = re.compile(r"(?:共计|合计|总计)\s*(?:规划|计划|拟|将|预计|安排)[^，,；;。\d]{0,6}$")
# ``…补助9,000万元,县府自筹2亿元,共计3亿元``: the clause is the total alone, after the money of the parts
_TOTAL_ALONE = re.compile(r"^\s*(?:共计|合计|总计)\s*(?:约)?\s*(?:新台币|人民币)?\s*$")
_PART_FUNDS = re.compile(r"(?:补助|自筹|配合款|编列|拨款|预算)[^，,；;。\d]{0,8}\d")
_PART_DONE = re.compile(r"已|累计|实际|完成|决算|执行")


def totals_planned(before: str, clause_head: str, unit: str, cue: str) -> bool:
    """(r17) A total that the sentence plans, not a status total (``共计…``): the total of things planned, a verb of
    planning right after the word (``台中市共计规划9座运动中心``), or the total of the money of a works project's parts
    named before it in the sentence (``工程经费由中央补助9,000万元,县府自筹2亿元,共计3亿元``: the funding of the parts,
    then their sum, N17). Not a total of what stands or was done (``全市共计有学校80所``, ``已拨付…,共计3亿元``), nor a
    total whose parts are not money set aside (``学生800人,教师60人,共计860人``)."""
    if cue not in _TOTAL_STATUS:
        return False
    if _TOTAL_PLANNED.search(clause_head) is not None:
        return True
    if not unit.endswith(("元", "亿", "万")) or _TOTAL_ALONE.match(clause_head) is None:
        return False
    parts = before[:len(before) - len(clause_head)]
    return _PART_FUNDS.search(parts) is not None and _PART_DONE.search(parts) is None


# -- 13. the year inside the name of a plan or programme that a sentence handles ----------------------------------------

# (r17) a year (Gregorian, or a ROC year or school year) inside the name of a plan, programme or project that a verb of
# handling a document takes (``审定了2031年重点民生实事工作计划``, ``办理120学年度中小学科学教育计划专案``, ``获批甲工程2031年
# 中央预算内投资计划项目2个``): the name ends with a document's noun that no verb follows (``计划投资``, ``计划新增`` keep it)
_NAMED_YEAR = re.compile(
    r"(?:审定了?|审议通过了?|审核通过了?|办理|获批|获得|印发了?|制定了?|出台了?|编制了?|申报|下达了?|下拨了?)[^，,。；;：:\d]{0,16}?"
    r"(?P<y>(?:19|20)\d\d|\d{2,3})\s*(?:学年度|年度|年)"
    r"(?=[^，,。；;：:\d]{2,30}?(?:工作计划|计划|方案|专案|工作要点|要点)(?:项目|专案)?(?![投新建开增完实推安落]))")


def masks_programme_name_years(sentence: str) -> str:
    """(r17) The sentence with the year inside the name of a plan or programme that it approves, runs or receives blanked
    out (same length): ``审定了2031年重点民生实事工作计划,…安排投资5亿元``, ``办理120学年度科学教育计划专案,核定计划经费
    80万元``, ``获批某水库2031年省级水利发展资金计划项目3个,争取资金900万元``, ``下达甲省乙类项目2031年中央预算内投资
    计划800万元`` (an allotment the money comes from, N9c twenty-first round) date none of their quantities (N9c: a year
    inside a document's or programme's name dates nothing). A year stated as the time of the commitment is kept
    (``2031年度计划投资7500万元``, ``2031年计划新增…``: no verb of handling before it, and ``计划`` is a verb there)."""
    if not any(w in sentence for w in ("审", "办理", "获", "印发", "制定", "出台", "编制", "申报", "下达", "下拨")):
        return sentence
    return _NAMED_YEAR.sub(lambda m: m.group()[:m.start("y") - m.start()] + "□" * (m.end() - m.start("y")), sentence)


# -- 14. a relative year between a stated year and the number ------------------------------------------------------------

# (r17) ``明年``, ``后年``, ``下年度``, ``来年``: a year ahead told relative to the text's date; not ``明(2032)年`` (a year
# in brackets, which the year readers read as that year), nor ``今年`` (a page names the running year both ways:
# ``2031年,…今年计划新增…``)
_RELATIVE_YEAR = re.compile(r"(?:明年|后年|来年|下年度|明年度)(?!\s*[（(]\s*\d)")


_CLAUSE_TAIL = re.compile(r"[^，,；;。]*")


def relative_year_between(sentence: str, year_end: int, num_start: int) -> bool:
    """(r17) A relative year stands between the last year the sentence states before a number and the number
    (``自2031年到2035年,平均每年编列40亿元,明年将再加进17亿``, ``在2036年年底前增加20%,当中2 600个将于明年投入服务``,
    ``延续2031年惠民措施,明年继续派发现金,每人1万元``): the number is dated by the relative year, which gives no year
    (N9: ``明年`` alone gives null), not by the year written before it. Not a relative year before the stated year
    (``明年是2032年…``), nor ``明(2032)年``, nor ``今年`` (the running year, which a page also writes out). The number's own clause after it counts too (``当中2 600个将于明年投入服务``:
    the works' date is the relative year). ``year_end`` is where the stated year ends in ``sentence``."""
    if _RELATIVE_YEAR.search(sentence, year_end, num_start) is not None:
        return True
    tail = _CLAUSE_TAIL.match(sentence, num_start)
    return _RELATIVE_YEAR.search(sentence, num_start, tail.end()) is not None
