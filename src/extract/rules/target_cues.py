"""Cues of the numeric-target rules added in the seventh round, each a small named function (tested in
``tests/test_cues_round7_targets.py``); ``extract.rules.targets`` combines them."""

from __future__ import annotations

import re

from dataclasses import dataclass

from extract.cues import heading_reviews_past, is_breakdown
from extract.rules.target_forms import counts_task_heading, names_counted_works_list, split_last_joined
from extract.rules.target_frames import BRACKETED_JOINT_ITEM  # (r16 tfn16)
from extract.rules import task_line_counts as _tlc  # (tgtB21)
from extract.rules import category_breakdowns as _cat  # (tgtA30) ``按照…划分,``: a breakdown by category

_EACH_ITEM = re.compile(r"^[^\d，,；;。：:、各]{1,14}$")
_EACH_REST = re.compile(r"^[^\d，,；;。：:、]{0,30}$")


@dataclass(frozen=True)
class Distribution:
    """``甲、乙、丙各<rest>N``: the items before ``各`` (with their offsets in the clause) and the words between
    ``各`` and the number."""

    items: tuple[tuple[int, str], ...]
    rest: str


def distributed_items(clause_head: str) -> Distribution | None:
    """A number given to each of a list (N16, like ``分别``): ``甲校、乙校各2所`` (the things counted),
    ``东区、西区各新建学校3所`` (the places, each with the same quantity); None unless the clause before the
    number is two or more ``、``-separated items, ``各``, and words without a number or a list mark."""
    k = clause_head.rfind("各")
    if k <= 0:
        return None
    rest = clause_head[k + 1:]
    if not _EACH_REST.match(rest):
        return None
    items: list[tuple[int, str]] = []
    pos = 0
    for part in clause_head[:k].split("、"):
        if not _EACH_ITEM.match(part.strip()):
            return None
        items.append((pos + len(part) - len(part.lstrip()), part.strip()))
        pos += len(part) + 1
    return Distribution(tuple(split_last_joined(items)), rest) if len(items) >= 2 else None


_LIST_FOLLOWS = re.compile(r"^[^。；;]{0,30}?(?:分别是|分别为|具体是|具体为|具体包括|包括[:：]|如下)")


def counts_listed_items(before: str, unit: str, after: str) -> bool:
    """``有3项由甲局牵头,分别是…``: a count of the items a report lists next (of tasks, measures), no target."""
    return unit in ("项", "条", "个", "类", "件") and before.endswith("有") and _LIST_FOLLOWS.match(after) is not None


_SCOPE_INTRO = re.compile(r"(?:实施|覆盖|试点|项目|适用|服务)范围(?:包括|为|是|涵盖|覆盖|共)")


def names_scope(sentence_before: str) -> bool:
    """``实施范围包括甲地区26个县、乙县15个``: the places a programme covers, no amount to reach (N12)."""
    return "范围" in sentence_before and _SCOPE_INTRO.search(sentence_before) is not None


_TAKES_OFFICE = re.compile(r"(?:履新|上任|到任|就任|履职|任职)[^，,；;。\d]{0,10}$")


def time_since_office(before: str, unit: str) -> bool:
    """``某某履新某公司100天``: the time since someone took office (a headline), no target."""
    if unit not in ("天", "日", "个月", "年", "周"):
        return False
    # (fourteenth round) a match is at most 12 characters and ends at the end (or before a final line break): only the
    # last 13 characters are scanned, not the whole sentence before the number (``任`` is in every ``责任``, ``任务``)
    tail = before[-13:]
    return ("任" in tail or "履" in tail) and _TAKES_OFFICE.search(tail) is not None  # (every verb holds 任 or 履)


_AGE_GROUP = re.compile(r"^\s*(?:以内|以下|及以下|之内|内)?的?(?:婴儿|婴幼儿|新生儿|儿童|幼儿|孕产妇|孕妇|老年人|人群)")


def is_age_span(unit: str, after: str) -> bool:
    """``12个月内幼儿体检率…``, ``3岁以下婴幼儿``: an age that says who is measured, no value (N15)."""
    return unit.endswith(("个月", "月龄", "岁", "周岁")) and _AGE_GROUP.match(after) is not None


_PERIOD_TO_DATE = re.compile(r"^(?:自|从)?(?:(?:19|20)\d\d\s*年(?:\d{1,2}\s*月)?|近年|近[两三四五几]年|今年|去年|[“\"]?十[二三四]五[”\"]?)"
                             r"(?:以来|来)[,，]?$"
                             r"|^(?:今年|本学年|新学年|新学期)?(?:秋季|春季)?(?:学期)?开学(?:季|之际|时|以来)?[,，]?$")


def frames_period_to_date(paragraph: str) -> bool:
    """A line that is only a period up to now (``2021年以来``, ``近年来``) or the term's opening (``今年秋季开学``),
    where a page broke its opening sentence into lines: the lines after it report what was done by then."""
    return _PERIOD_TO_DATE.match(paragraph.strip()) is not None


_PROJECT_PLAN = re.compile(r"^(?:(?:19|20)\d\d\s*年(?:度)?[,，]?)?[^。，,；;\d]{0,12}?(?:计划|拟|将)(?:于[^。，,；;]{0,8})?"
                           r"(?:实施|建设|新建|开工|推进|启动)[^。；;]{0,24}?(?:项目|工程|实事)")


def announces_projects(paragraph: str) -> bool:
    """A paragraph that opens a page by announcing a year's planned projects (``2025年计划实施5类20项民生项目``):
    what the page says of each project after it (its area, its classes, its places) is what the plan sets."""
    return _PROJECT_PLAN.match(paragraph.strip()) is not None


_ADDRESSED = re.compile(r"^(?:对于?|向)\s*(?:全[省市县区镇]|[省市县区]内)?\s*$")
_MEASURE_FOR = re.compile(r"^[^，,；;。\d]{1,24}?(?:按|给予|免除|减免|补助|发放|实行|提供|落实|实施|再?增加|提高)")


def addresses_population(clause_head: str, after: str, unit: str = "") -> bool:
    """``对12个山区县的…给予补助``: the number counts the places a measure addresses (N12), the amount of the
    measure comes after it. A count of people (``对全省5万名在园幼儿按每人…``) is the measure's planned reach, a
    target (N12b)."""
    return not unit.endswith(_PEOPLE_UNITS) and _ADDRESSED.match(clause_head) is not None \
        and _MEASURE_FOR.match(after) is not None and not works_on_counted(after)


# ``对全市60个路口按统一规范进行改造提升``: the clause closes on works done to the things counted, what the measure
# delivers (N12a), not an amount given to the places it addresses (``对12个县…给予补助``)
_WORKS_CLOSE = re.compile(r"(?:进行|实施)?(?:改造提升|提升改造|升级改造|改造|维修|修缮|加固|安装[\u4e00-\u9fff]{0,8})$")
_CLAUSE_END = re.compile(r"[，,；;。\n]")


def works_on_counted(after: str) -> bool:
    """The clause after a counted ``对N个…`` ends on a verb of works done to the things counted (``…进行改造提升``)."""
    m = _CLAUSE_END.search(after)
    clause = after[:m.start()] if m else after
    return "补" not in clause and "资金" not in clause and _WORKS_CLOSE.search(clause.rstrip()) is not None


_PEOPLE_UNITS = ("名", "人", "户", "人次", "位")


_GIVES = re.compile(r"(?:再?增加|提高|给予|发放|补助|奖励|按照?(?:平均)?(?:每[^，,；;。\d]{0,8})?)\s*$")


def amount_of_measure(clause_head: str) -> bool:
    """``对12个县的困难幼儿再增加800元的补助``, ``对…按每人1000元的标准``: after ``对…`` a verb that gives (or the
    standard it follows) right before the number: the number is the measure's amount, not whom it addresses."""
    return _GIVES.search(clause_head) is not None


# (tgtB36) ``对…的X率(均)达``: a ``的`` closes the 对-phrase into a measure's name, then a verb of reaching
_SCOPED_LEVEL = re.compile(r"的[^，,；;。的\d]{1,16}?(?:率|比|比例|占比|覆盖面|水平)(?:[^，,；;。的\d]{1,16}?(?:率|比例|占比))?"
                           r"\s*(?:均|都|分别)?\s*(?:达到|达|提高到|提高至|提升到|提升至|保持在|稳定在)\s*$")


def level_of_scoped_measure(clause_head: str) -> bool:
    """(tgtB36) ``对垃圾进行分类的小区占比和…回收率均达``: the 对-phrase, closed by ``的``, is part of a rate's name, and
    the number after the verb of reaching is the level the rate is to reach, not whom a measure addresses (``对超过1500人
    的学校``: the number stands inside the phrase)."""
    return "对" in clause_head and _SCOPED_LEVEL.search(clause_head) is not None


_OWN_TIME = re.compile(r"(?:19|20)\d\d\s*年|今年|明年|来年|下一步|下步|接下来|未来|将|计划|拟|力争|确保|要|预计|争取|目标")
_OPENS_WITH_VERB = re.compile(r"^(?:新改扩建|改扩建|新建|新增|建成|完成|改造|优化|整合|培训|招聘|创建|打造|实施|投入|开展|组织|举办|"
                              r"提升|提高|增加|扩大|培育|认定|评选|资助|发放)")


def continues_report(sentence: str) -> bool:
    """A sentence that opens with a verb of doing (no subject, no time, no modal of its own: ``新建学校8所,改造操场
    12个``): after a sentence that reported results, it goes on with the report."""
    s = sentence.strip()
    return _OPENS_WITH_VERB.match(s) is not None and _OWN_TIME.search(s) is None


_BLANKS = re.compile(r"\s+")
_FREQUENCY_HEADER = re.compile(r"(周期|频次|频率|次数)$")


def is_frequency_column(header: str) -> bool:
    """A task table's column of how often each row's activity runs (``活动周期``, ``开展频次``)."""
    return _FREQUENCY_HEADER.search(_BLANKS.sub("", header)) is not None


_FREQUENCY = re.compile(r"^(?:每(?:年|学年|学期|季度|季|月|周))?(?:不少于|至少)?\s*(\d+)(?:\s*[-—–~至]\s*(\d+))?\s*(次|场|期|轮|回)"
                        r"\s*(以上|左右)?$")


def frequency_value(cell: str) -> tuple[float, float | None, str, str] | None:
    """(value, value_max, unit, comparator) of a frequency cell (``每年1-2次``, ``每学期2次以上``), else None."""
    m = _FREQUENCY.match(cell.strip())
    if m is None:
        return None
    ge = m.group(4) == "以上" or "不少于" in cell or "至少" in cell
    return float(m.group(1)), float(m.group(2)) if m.group(2) else None, m.group(3), ">=" if ge else "="


@dataclass
class Carry:
    """What the last sentence of a text gave (``targets``, ``past`` or ``""``) and where the text stood (its
    paragraph's index): the next paragraph's breakdown (``其中…``) shares it."""

    last: str = ""
    index: int = -2


_OF_WHICH = re.compile(r"^[^，,。；;\d]{0,6}(?:新增|新建|改扩建|新改扩建|建成|开工|竣工|投用|投入使用)[^，,。；;\d]{1,10}中[,，]")


# (lead49) a sentence that points back at the batch the one before committed to and spreads it over places or kinds
# (``本批20套宿舍分布在甲校8套、乙校12套``, ``据悉,这批项目分别位于…``): its figures are the parts of that batch
_SPREADS_BATCH = re.compile(r"^(?:据悉|据了解|據悉|據了解)?[,，]?(?:本批|这批|這批|此批|该批|該批|上述)[^，,。；;]{0,24}?"
                            r"(?:分布在|分布于|分佈在|分佈於|分别位于|分別位於|分别建在|分別建在|分别在|分別在)")


def spreads_batch(sentence: str) -> bool:
    """(lead49) The sentence spreads a batch named by a pointer back (``本批``, ``这批``, ``上述``) over places or kinds
    (``…分布在甲校8套、乙校12套``): used where the sentence before gave targets, its figures are that batch's parts."""
    return _SPREADS_BATCH.match(sentence.lstrip()) is not None


def in_batch_pointer(sentence: str, at: int) -> bool:
    """(lead49) The number at ``at`` restates the batch inside its pointer (``本批60套…分布在``): the total again, no part."""
    lead = len(sentence) - len(sentence.lstrip())
    m = _SPREADS_BATCH.match(sentence, lead)
    return m is not None and at < m.end()


def breaks_down(sentence: str) -> bool:
    """A sentence that breaks down the totals of the one before: ``其中,…`` (``cues.is_breakdown``) or ``全区新建幼儿园
    中,东区…`` (the totals named, then ``中``)."""
    return is_breakdown(sentence) or ("中" in sentence and _OF_WHICH.match(sentence.lstrip()) is not None) \
        or spreads_batch(sentence) \
        or ("按" in sentence[:4] and _cat.opens_by_category(sentence))  # (tgtA30) ``按照办学层次划分,幼儿园15所、…``


_BASE_FRAME_AFTER = re.compile(r"^[^。；;]{0,40}?的基础上")
_BASE_FRAME_OPEN = re.compile(r"(?:^|[,，;；])\s*在[^，,；;。]{0,40}$")


def in_base_frame(before: str, after: str) -> bool:
    """``在去年新增学位4万个、今年新增3万个的基础上,…``: a number inside ``在…的基础上`` is where the plan starts
    from, no target (``在2020年的基础上降低5%``: the frame holds no number, the 5% stands after it)."""
    return "基础上" in after and _BASE_FRAME_AFTER.match(after) is not None and _BASE_FRAME_OPEN.search(before) is not None


_DONE_TITLE = re.compile(r"(?:如期实现|圆满完成|超额完成|顺利完成|全面完成|如期完成|提前完成|目标实现|任务完成)")
_FUTURE_TITLE = re.compile(r"(?:将|要|计划|力争|确保|争取|拟|预计|方案|规划|意见|通知|措施|分解|清单)")


# (tgtA25) a headline that closes on the opening of finished works (``某镇中心幼儿园落成启用``, ``某小学新校舍落成剪彩``,
# ``全市12所新建学校投入使用``): the page reports works done, their measures are status (N13, N17a's works reported done)
_WORKS_OPENED_TITLE = re.compile(r"(?:(?:落成|竣工|建成)(?:启用|啟用|剪彩|揭牌|投用|使用|典礼|典禮|仪式|儀式)?|(?:正式)?(?:启用|啟用|开园|開園|投入使用|交付使用))"
                                 r"[!！]?$")
# a time in the headline (``2031年落成``, ``9月竣工``, ``年底前投入使用``): the opening may still be ahead
_TITLE_TIME = re.compile(r"\d\s*(?:年|月)|年底|年内|年內|明年|下半年|即将|即將|有望|可望")


def title_reports_done(title: str) -> bool:
    """A title that announces a plan's targets as met (``…目标如期实现``, ``超额完成…任务``): the page reviews them,
    its numbers need a future cue of their own. (tgtA25) Also a headline that closes on finished works opened
    (``某镇中心幼儿园落成启用``), with no time or future word that could put the opening ahead."""
    if _FUTURE_TITLE.search(title) is not None:
        return False
    return _DONE_TITLE.search(title) is not None or (
        _WORKS_OPENED_TITLE.search(title.strip()) is not None and _TITLE_TIME.search(title) is None)


# (tgtA28) the works a story reported opened, named again as the next sentence's subject (``该园…``, ``該校…``, ``这所学校…``)
_THESE_WORKS = re.compile(r"^(?:该|該|此|这|這)(?:所|座|个|個)?(?:园|園|校|学校|學校|幼儿园|幼兒園|项目|項目|馆|館|中心|工程|楼|樓|院)")
_AHEAD_IN_SENTENCE = re.compile(r"将|將|计划|計劃|预计|預計|拟|擬|有望|可望|年底|年内|年內|明年|下半年|力争|力爭|确保|確保")


def describes_opened_works(prev: str, sentence: str) -> bool:
    """A sentence whose subject is the works the sentence before reported opened (``近日,某幼儿园正式投入使用。该园
    总投资N万元,占地面积N平方米…``): the measures of what was built (N13, N17a), not a plan. The sentence before
    closes on the opening (``title_reports_done``'s works opened: ``落成启用``, ``正式投入使用``), with no modal or time
    word that could put it ahead (``将于明年投入使用``)."""
    p = prev.strip().rstrip("。.!！")
    return _THESE_WORKS.match(sentence.strip()) is not None and _WORKS_OPENED_TITLE.search(p) is not None \
        and _AHEAD_IN_SENTENCE.search(p) is None


_JOINT_SEP = re.compile(r"[、和及]|(?<![参給给])与")  # (fifteenth round) not the 与 inside ``参与率``
_JOINT_ITEM = re.compile(r"^(?:[^\d，,；;。：:、和及与均]|(?<=[参給给])与){2,14}$|^" + BRACKETED_JOINT_ITEM + "$")  # (r16 tfn16)
_SINGLE_ITEM = re.compile(r"^[\u4e00-\u9fff]$")
_JOINT_REST = re.compile(r"^(?:要|应|将|需|都)?(?:达到|达|保持在|保持|提高到|提升到|提高至|提升至|稳定在|不低于|不少于|控制在|为|"
                         r"实现|增加到|增加至|增至|增长到|"  # (r30 lexA30) the synonyms of reaching and growing to
                         r"不超过|不高于|不得超过|不得低于|不得少于|降至|下降到|降低到|"  # (twelfth round) the bounds from above too
                         r"超过|超|高于|"  # (fifteenth round) ``甲率与乙率均超90%``: a bound from below
                         r"比上年提高|比上年增长|较上年提高)?\s*$")


def jointly_reached(clause_head: str) -> tuple[tuple[int, str], ...] | None:
    """``甲率和乙率均达到N``, ``甲率、乙率均比上年提高N``: (offset, item) of each measure that takes the one value
    (like ``分别`` and ``各``); None unless two to four items joined by ``、和及与`` stand right before ``均`` and a
    verb of reaching."""
    k = clause_head.rfind("均")
    if k <= 0 or not _JOINT_REST.match(clause_head[k + 1:]):
        return None
    items: list[tuple[int, str]] = []
    pos = 0
    singles = 0
    for part in _JOINT_SEP.split(clause_head[:k]):
        if not _JOINT_ITEM.match(part.strip()):
            if not _SINGLE_ITEM.match(part.strip()):
                return None
            singles += 1  # (lead47) ``甲、乙、丙定点率均达…``: a kind named by one character inside a longer list
        items.append((pos, part.strip()))
        pos += len(part) + 1
    return tuple(items) if 2 <= len(items) <= 4 and (not singles or len(items) >= 3) else None


_ONCE_BUILT = re.compile(r"(?:建成|完工|竣工|投用|投入使用|落成|交付)后[^，,；;。]{0,6}$")


# (tgtA25) the finished works set off as a clause of their own before the clause of what they give: ``新馆竣工后,可接待
# 读者800人次``, ``该园投用后,预计可容纳幼儿360名`` (the clause of what is given: a few words, no digit)
_ONCE_BUILT_CLAUSE = re.compile(r"(?:建成|完工|竣工|投用|投入使用|落成|交付|启用)后\s*[,，]\s*[^，,；;。\d]{0,10}$")
# a clause that reports what stands or was done, not what the works will give (``竣工后,该县又有5所…``)
_HELD_NOW = re.compile(r"已|现有|又有|目前|现已|共有")


def once_built(clause_head: str, before: str = "") -> bool:
    """``建成后新增学位900个``: what a project gives once it is finished, a commitment even where the sentence
    says how far the works have come (``主体已完工,建成后…``). (tgtA25) Also where ``…建成后`` is a clause of its own
    right before the number's clause (``before``: the sentence up to the number): ``新馆竣工后,可接待读者800人次``; not a
    clause of what stands or was done (``竣工后,该县又有5所…``: ``_HELD_NOW``)."""
    if "后" in clause_head and _ONCE_BUILT.search(clause_head) is not None:
        return True
    tail = before[-28:]
    return "后" in tail and _ONCE_BUILT_CLAUSE.search(tail) is not None and _HELD_NOW.search(clause_head) is None


_TOTAL_WORDS = ("status:共计", "status:总计", "status:合计")
_AHEAD = re.compile(r"(?:将|预计|计划|拟)(?:于|在)?[^，,；;。]{0,12}(?:完工|建成|竣工|投用|投入使用|开工|完成)")


def future_total(sentence_before: str, status: str) -> bool:
    """``…将于年底完工,共计新增学位900个``: a total (``共计``) of what the sentence says will be done is a target."""
    return status in _TOTAL_WORDS and _AHEAD.search(sentence_before) is not None


_QUOTED_LEVEL = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:率|比例|占比)\s*(?:达到|达|≥|>=|不低于)?\s*\d+(?:\.\d+)?\s*%$")


def quotes_a_level(quoted: str) -> bool:
    """A quotation that states a measure and its level (``“资源覆盖率100%”等量化指标``): a target quoted, no name or
    slogan (``“3个100%”`` opens with its number and stays a name)."""
    return _QUOTED_LEVEL.match(quoted.strip()) is not None


_TERM_OPENS = re.compile(r"^(?:今年|本年度?|新学年|新学期)?(?:秋季|春季)?(?:学期|开学)(?:以来|伊始|之际|时)?[,，]")
_FUTURE_WORDS = re.compile(r"(?:将|计划|预计|拟|力争|确保|争取|要)")


def reports_term_opening(sentence: str) -> bool:
    """A sentence that opens with the term's start (``今年秋季学期,某市20所新建学校投入使用``) and says nothing
    ahead: it reports what was ready for the term."""
    if "学" not in sentence:
        return False  # every opening holds 学期 or 开学 (a cheap test before the scan)
    s = sentence.lstrip()
    return _TERM_OPENS.match(s) is not None and _FUTURE_WORDS.search(s) is None


_PLAN_TITLE = re.compile(r"(?:分解表|任务表|任务清单|责任清单|实施方案|工作方案|工作计划|行动计划|工作要点|行动方案)\s*$")
# (eleventh round) the list of works a government takes on for a year, titled with the year: ``2025年民生实事项目``,
# ``2019年某区政府实事项目和重点工程安排``, ``2025年度為民辦實事項目清單`` (not ``…完成情况``/``进展``: a report; not a bare
# ``实事项目`` column head)
_YEARS_WORKS = re.compile(r"^[(（]?(?:19|20)\d\d\s*年度?[^。，,；;:：\d]{0,24}?实事(?:项目|工程)?(?:[和及与]重点(?:工程|项目))?"
                          r"(?:安排|清单|计划|目录)?\s*$")
_FILE_EXT = re.compile(r"\.(?:docx?|pdf|xlsx?|wps)\s*$", re.I)


def title_names_plan(title: str) -> bool:
    """A page whose title's head noun is a plan or its breakdown (``2025年民生实事项目目标任务责任分解表``, ``…工作要点``):
    its text outside any heading is the plan's (a file name's extension dropped)."""
    t = _FILE_EXT.sub("", title.strip())
    return "《" not in t and (_PLAN_TITLE.search(t) is not None or lists_years_works(t))


def lists_years_works(title: str) -> bool:
    """A title that names the works a government takes on for a year (``2025年民生实事项目``, ``2019年某区政府实事项目和
    重点工程安排``): the items below it, bare counts too (``*3家社区长者食堂``), are the year's commitments."""
    return ("实事" in title and _YEARS_WORKS.match(title.strip()) is not None) or names_counted_works_list(title)


_A_DIGIT = re.compile(r"\d")
_HANDS_DOWN = re.compile(r"(?:下达|分解)(?:给)?(?:你们|你单位|各单位)")


def letter_sets_tasks(paragraph: str) -> bool:
    """A paragraph of a letter that states the quantities it hands down (``全市新建学校40所…。现将建设任务下达给你们``):
    the letter is the task notice itself, not the cover of an attached plan (no ``印发``, no 《document》)."""
    return (_HANDS_DOWN.search(paragraph) is not None and "任务" in paragraph and "印发" not in paragraph
            and "《" not in paragraph and _A_DIGIT.search(paragraph) is not None)


_PUBLISHES_REPORT = re.compile(r"现(?:将|予以|就|向社会)?(?:公布|发布|公开|报告)[^。]{0,40}?(?:年度报告|工作报告|工作总结|完成情况|进展情况|执行情况)")


def publishes_report(line: str) -> bool:
    """An opening line that says the page is a report (``现公布某局2025年政府信息公开工作年度报告``): its
    outline reviews the year, its numbers need a future cue of their own."""
    return _PUBLISHES_REPORT.search(line) is not None


_WHOLE_BEFORE = re.compile(r"全(?:国|省|市|区|县|州|盟)\s*$")
_PLACES_AFTER = re.compile(r"^\s*(?:区县|县区|县市区|县\(市|县（市|县市|市县|区|县|乡镇|镇街|街镇|街道|地市|市州|省份|省)")


def counts_all_places(before: str, unit: str, after: str) -> bool:
    """``全省30个区县要…``: the number of all the places under a level, the subject of a clause, no amount."""
    return unit == "个" and "全" in before and _WHOLE_BEFORE.search(before) is not None \
        and _PLACES_AFTER.match(after) is not None


_RULE_HEADER = re.compile(r"(政策|流程|程序|办法|规定|标准|条件)$")


def column_states_rules(header: str) -> bool:
    """A task-table column of the rules a row follows (``配套政策``, ``申请审批流程``): its cells state amounts and time
    limits (``资助标准每生每年600元``, ``5个工作日内``) that are read like a content cell's."""
    return _RULE_HEADER.search(_BLANKS.sub("", header)) is not None


_IN_NAMED_LIST = re.compile(r"(?:^|[,，;；\s])在[^，,。；;\d]{2,40}、[^，,。；;\d、]{1,18}(?:学校|小学|中学|幼儿园|校|园|镇|乡|村|街道|社区)$")


_BUILD_VERB = re.compile(r"(新建|改扩建|扩建|建设|建成|打造|创建|实施|开展|培育|设立|增加|新增|改造|建)")


def locates_in_named(before: str, unit: str) -> bool:
    """``在甲校、乙校、丙校3所学校开展…``: the number totals the places just named where something is done, no
    amount (the places are the ``where`` of the clause)."""
    m = _IN_NAMED_LIST.search(before) if unit in ("所", "个", "家", "处") and "在" in before and "、" in before else None
    return m is not None and _BUILD_VERB.search(m.group()) is None  # (``在甲区、乙区新建幼儿园12所``: an amount)


_SIZED_KIND = re.compile(r"^的?(?:(?:完全|九年一贯制|寄宿制|公办|民办)?(?:小学|中学|初中|高中|幼儿园|学校|校|园)|(?:超)?大班额|班额|班级)")


def names_size_class(unit: str, after: str) -> bool:
    """``12班以上小学``, ``56人以上大班额``, ``70人及以上特大班额``: a size bound (after ``以上``/``以下``) that says which
    schools or classes a measure concerns, no amount to reach (N12). ``after`` follows the comparator word."""
    return unit in ("人", "班", "个班", "名") and _SIZED_KIND.match(after) is not None


_RECENT_BEFORE = re.compile(r"(?:最近|过去|以往)\s*$")
_TO_DATE_AFTER = re.compile(r"^\s*(?:多)?(?:来|以来)")


def names_period(before: str, unit: str, after: str) -> bool:
    """``最近2至3年``, ``过去5年``, ``7年多来``: a span of years back from now that dates what the sentence reports,
    no amount (N2, N17)."""
    return unit in ("年", "多年") and (_RECENT_BEFORE.search(before) is not None or _TO_DATE_AFTER.match(after) is not None)


_RUN_IN_RANK_HEAD = re.compile(r"(?:^|(?<=[。;；]))\s*[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?P<title>[^。;；,，:：(（\d]{0,6}?"
                               r"(?:\d{4}年|\d{2,3}年度?)?[^。;；,，:：(（\d]{2,16})")  # (lead44) an ROC year: ``一、120年度辦理績效:``
_RUN_IN_QUICK_HEAD = re.compile(r"[一二三四五六七八九十]\s*[、.．]")


def run_in_review_spans(paragraph: str) -> list[tuple[int, int]]:
    """The parts of a paragraph that stand under a review heading run into the text (``…成效。一、2024年工作总结(一)…``,
    ``…。二、形势回顾(一)总体情况…``), up to the next heading of the same rank (``。三、…``) or the paragraph's end,
    as (start, end) in the paragraph: what they say is done, no target (N13)."""
    if _RUN_IN_QUICK_HEAD.search(paragraph) is None:
        return []  # (a cheap test: every heading holds a Chinese numeral and its mark)
    heads = list(_RUN_IN_RANK_HEAD.finditer(paragraph))
    spans = []
    for k, m in enumerate(heads):
        if heading_reviews_past(m.group("title")):
            spans.append((m.start(), heads[k + 1].start() if k + 1 < len(heads) else len(paragraph)))
    return spans


_CLAUSE_MARK = re.compile(r"[,，;；:：]")


def heading_states_task(title: str) -> bool:
    """A heading line that is a whole task with its clauses (``强化食品安全,开展快检5万批次``, ``资源建设:开发500节课程``),
    not a name with a count (``甲局牵头工作(8项)``): its numbers are read like running text."""
    return _CLAUSE_MARK.search(title) is not None


_LEVEL_ONLY = re.compile(r"^[\u4e00-\u9fff“”\"()（）]{2,24}?(?:约|近)?\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{1,4})?\s*(?:以上|以下|以内|左右)?$")


def states_level_only(sentence: str) -> bool:
    """A sentence of one clause that ends with its number (``人均场地面积2.6平方米``, ``参保率95%以上``): words naming a
    measure, then its level, no date and no other clause; after a sentence of targets it goes on with their list."""
    return _LEVEL_ONLY.match(sentence.strip()) is not None


# -- ninth round ------------------------------------------------------------------------------------------
_FOR_BEFORE = re.compile(r"(?<![可能以])(?P<free>免费)?(?:为|(?<![相针面绝])对于?)\s*(?:全[省市县区镇乡州旗盟港澳]|[省市县区州]内|辖区内?|本[省市县区镇])?\s*$")  # ``可为N名``: a capacity
# (twelfth round) also ``为辖区2万名妇女…``, ``為全港3萬名長者…``, ``为本市…``: the whole area as other writers name it
_SERVED_UNITS = ("名", "人", "户", "人次", "家", "所", "位", "个")
# (eleventh round) works done on the things counted (``为8个小区新增充电设施``, ``对2000户家庭适老化改造``)
_SERVICE_AFTER = re.compile(r"^(?:余|多)?(?:\s*\d+\s*(?:[-—–~～至到]\s*\d+\s*周?岁|周?岁\s*(?:及|或)?\s*以[上下]))?[^，,；;。\d]{1,24}?(?:提供|开展|安装|发放|实施|进行|配置|配备|办理|落实|签约|免费|筛查|体检|"
                            r"接种|送|改造|新增|新建|增配|加装|配送)")


def serves_count(before: str, unit: str, after: str) -> bool:
    """``为3000名老人提供上门服务``, ``为全县2万户家庭安装燃气报警器``: how many a service is to reach (N17: a planned
    reach), not ``…为N`` (``覆盖率为96%``, a status) nor ``可为N名`` (what a place can take, a capacity); the clause
    goes on with the verb of the service, or ``免费为…`` says the service."""
    if not unit.endswith(_SERVED_UNITS) or ("为" not in before[-4:] and "对" not in before[-4:]) \
            or (m := _FOR_BEFORE.search(before)) is None:
        return False
    return m.group("free") is not None or _SERVICE_AFTER.match(after) is not None \
        or works_on_counted(after)  # ``免费为N名…``: a free service; ``对N个路口按…标准进行改造``: works


# (eleventh round) also one bound (``对全区1.2万名60岁以上老人``, ``為3,000名65歲或以上長者``)
_AGE_GROUP_NEXT = re.compile(r"^\s*\d+\s*(?:[-—–~～至到]\s*\d+\s*周?岁|周?岁\s*(?:及|或)?\s*以[上下]"
                             # (lead44) an age group bounded in months to years: ``48名2足月至未满2岁婴幼儿``, ``3个月至3岁``
                             r"|(?:足月|个月|個月)\s*(?:[-—–~～至到]|以上)\s*(?:未满|未滿|不满|不滿)?\s*\d+\s*(?:周?岁|週?歲|个月|個月))")


def age_group_follows(after: str) -> bool:
    """``为5万名0-6岁儿童…``: the number run into the next one is a count of an age group, not a name (``3个100%``)."""
    return _AGE_GROUP_NEXT.match(after) is not None


_CIRCLE_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,8}?圈")


def names_reach_circle(unit: str, after: str) -> bool:
    """``20分钟托育服务圈``, ``25分钟就医服务圈``, ``10分钟步行圈``: a time or distance that names a service area
    (N3, like ``15分钟健身圈``), no amount."""
    return unit in ("分钟", "小时", "公里", "千米", "米") and "圈" in after[:10] and _CIRCLE_AFTER.match(after) is not None


_SPAN_OPEN = re.compile(r"(?:通过|经过)\s*$")
_SPAN_EFFORT = re.compile(r"^\s*(?:左右)?(?:的)?(?:努力|奋斗|接续奋斗)")
_SPAN_AFTER = re.compile(r"^\s*(?:之后|以后|后(?!备))")


def frames_a_span(before: str, unit: str, after: str) -> bool:
    """``通过3年努力``, ``经过5年的奋斗``, ``4年后人均寿命增2岁``: the span of years through which (or after which) the
    plan's quantities are reached, the frame of a target, not a quantity; ``用5年时间形成…`` (a span the text commits
    to, N17), ``支教2年`` and ``5年内`` stay."""
    if unit not in ("年", "个年度"):
        return False
    return (_SPAN_OPEN.search(before) is not None and _SPAN_EFFORT.match(after) is not None) \
        or _SPAN_AFTER.match(after) is not None


# (twelfth round) a count of places run into the count of what they hold or when (``新增托育机构6家180个托位``,
# ``附设幼儿园1园1班``, ``公办初中学位共120班5400个``, ``国中小60校8月底装设``, ``完成230个50户以上村寨``): two amounts, or an
# amount and a date, written without a separator; not ``6件12项实事`` nor ``3个100%`` (a count run into a count of items
# or a level: a name)
_PLACE_COUNT_UNITS = frozenset(("所", "园", "家", "班", "校", "个", "户"))  # (tgtA31) ``1315户6114人``: households, then people
_HELD_COUNT = re.compile(r"^\s*\d+(?:\.\d+)?\s*万?(?:个|班|名|人|所|张|户|园|床|月(?:底|中|初|份|前|起))")


# (tgtA28) what follows an item run into the next one on a line: a day's date (``礼仪人员6人9月1日到岗``) or, after a blank,
# the next item's number (``1.参赛人数:800人 2.路线:4条``)
_NEXT_ITEM_OR_DAY = re.compile(r"^(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\s+\d{1,2}\s*[.、．](?!\d)\s*[\u4e00-\u9fff])")


def count_runs_into_count(unit: str, after: str) -> bool:
    """The number (a count of places, classes or services) runs straight into the next count or a date
    (``6家180个托位``, ``1园1班``, ``120班5400个``, ``60校8月底``): an amount of its own, not the name ``6件12项``/``3个100%``;
    (tgtA28) any count before a day's date (``引导员6人9月1日…``) or before the next item's number after a blank
    (``…路线:4条 3.点标:20个``: items run in on one line)."""
    return (unit in _PLACE_COUNT_UNITS and _HELD_COUNT.match(after) is not None) or _NEXT_ITEM_OR_DAY.match(after) is not None


# (twelfth round) the length of the plan or of a campaign, said without a limit (N11a takes ``未来N年内`` as one, N17):
# ``未来3年``, ``预计3年投入…``, ``为期13天的…行动``, ``有效期为4年``, ``则分4年编列…``
_PLAN_SPAN_BEFORE = re.compile(r"(?:未来|预计|为期|有效期(?:为|是)?|(?<![\u4e00-\u9fff])分|则分|逐年分)\s*$")
_PLAN_SPAN_UNITS = ("年", "个年度", "个月", "天", "周", "个学期", "学年")
_WITHIN = re.compile(r"^\s*(?:以内|之内|以內|之內|内|內|時間|时间|後|后)")


def spans_the_plan(before: str, unit: str, after: str) -> bool:
    """``未来3年用于…``, ``预计3年投入261亿元``, ``为期13天的联合整治``, ``有效期为4年``, ``则分4年编列预算``: how long the plan, the
    campaign or the document runs, the frame of its quantities and no quantity itself (N17). A span the text commits to
    as a limit (``未来5年内``, N11a), a time it takes (``用5年时间``), the years after (``3年后``, read by
    ``frames_a_span``) and a term of service (``支教2年``) stay."""
    if unit in _PLAN_SPAN_UNITS and _CAMPAIGN_DATES_BEFORE.search(before[-40:]) is not None:
        return True  # (lead49) ``从9月20日开始,12月30日结束,共100天``: the length of the dates just given
    if unit not in _PLAN_SPAN_UNITS or _PLAN_SPAN_BEFORE.search(before[-6:]) is None:
        return False
    return _WITHIN.match(after) is None


# (lead49) a campaign's start and end dates, then its length (``…开始,…结束,共100天``, ``自…起至…止,历时3个月``)
_CAMPAIGN_DATES_BEFORE = re.compile(r"(?:开始|開始|起)[^。；;]{0,24}?(?:结束|結束|止)\s*[,，]?\s*(?:共计?|共計|历时|歷時|合计|合計|为期|為期)\s*$")


_WHO_WHERE_AFTER = re.compile(r"^(?:门|个?(?:部门|单位|省份|省|市州|地市|区县|县区|区|县|乡镇|街道|镇|领域|行业|地区|方面))"
                              r"(?![\u4e00-\u9fff]{0,2}(?:建设|改造|学校|幼儿园|中心|站|馆))")


TOTALS_UNITS = ("个", "部", "家", "所")  # the units ``totals_named_list`` reads (a caller may test them first)


def totals_named_list(clause_head: str, value: float, unit: str, after: str) -> bool:
    """``会同甲部、乙委、丙局3部门``, ``甲区、乙区…等9个区的…``, ``在甲、乙、丙3个领域布局``: a number that totals the places, bodies
    or fields named just before it (as many as the ``、`` list holds, or one more with the subject), who or where,
    not an amount (N12)."""
    if unit not in TOTALS_UNITS or clause_head.count("、") < 2 or _WHO_WHERE_AFTER.match(after) is None:
        return False
    if _BUILD_VERB.search(clause_head[clause_head.rfind("、"):]) is not None:
        return False  # ``在甲镇、乙镇和丙乡新建6所乡镇幼儿园``: an amount built in the places named
    items = clause_head.count("、") + 1
    return value in (items, items + 1)


# ``补助资金N亿元,比上年增加M亿元``, ``预算约N亿元,按年增加M%``: the change of the figure the clause before just
# stated, from a base (last year, a former plan); the figure is the amount, its change is derived from it
_CHANGE_OF_BASE = re.compile(r"^\s*(?:比|较|按年|同比|与)[^，,；;。\d]{0,12}?(?:增加|增长|提高|提升|减少|下降|上升|降低|增|减|升|降)了?"
                             r"\s*(?:超过|逾|近|约|达)?\s*$")
_FIGURE_ENDS = re.compile(r"\d(?:\.\d+)?\s*[^\d，,；;。]{0,4}[,，]\s*$")


def changes_stated_figure(before: str, clause_head: str) -> bool:
    """The number is the change, from a base (``比上年``, ``按年``, ``同比``), of a figure the clause right before
    stated (``…资金30亿元,比上年增加4亿元``): derived from that figure, not a target of its own. A change
    that stands alone (``…率比上年提高2个百分点``) keeps its decision."""
    if not before.endswith(clause_head) or _CHANGE_OF_BASE.match(clause_head) is None:
        return False
    return _FIGURE_ENDS.search(before[:len(before) - len(clause_head)]) is not None


# ``…、乙路改造、丙校扩建等5项工程``, ``完善甲、乙、丙、丁4个体系``: the number counts the works or systems the clause has
# just named (N12a: what the commitment delivers), not part of a name (``双百工程``)
_COUNTED_KIND = re.compile(r"^(?:工程|体系|项目|行动|平台|机制)")


def counts_named_items(clause_head: str, unit: str, after: str) -> bool:
    """The clause names items in a ``、`` list and the number, with its measure word (``项``, ``个``), counts them
    as works, projects or systems (N12a): a count of what is delivered, though ``工程``/``体系`` after a number
    otherwise marks a name."""
    return unit in ("项", "个", "項", "個") and "、" in clause_head and _COUNTED_KIND.match(after) is not None


# -- thirteenth round ---------------------------------------------------------------------------------------------
# (thirteenth round; Taiwan, Hong Kong and Macau, three sites) a range whose unit is written after
# both ends (``70%至80%``, ``30%到10%``, ``2,900元至11,200元``, ``1萬至2萬人``): one record, value the lower end, value_max
# the upper (N4, N17c), not two numbers
_RANGE_NEXT = re.compile(r"\s*(?:--?|——?|–|~|～|至|到)\s*(?P<v>\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?)\s*")
_FROM_OPENS = re.compile(r"(?:由|从|從)\s*$")


def range_of_same_unit(text: str, num_start: int, num_end: int, unit: str) -> tuple[float, int] | None:
    """(the upper end, where its unit ends) where the number that ends at ``num_end`` with ``unit`` as written is
    followed by a range mark and another number with the very same unit (``70%至80%``, ``400元至900元``), else None.
    Not a change from a base (``由70%到80%``: the clause opens the range with ``由``/``从``, N2) nor a date or a unit
    that differs (``70%至80人``)."""
    m = _RANGE_NEXT.match(text, num_end)
    if m is None or not unit or not text.startswith(unit, m.end()):
        return None
    if _FROM_OPENS.search(text, 0, num_start):
        return None
    end = m.end() + len(unit)
    if end < len(text) and text[end].isdigit():
        return None
    return float(m.group("v").replace(",", "")), end


# -- thirteenth round (targets13b) --------------------------------------------------------------------------------------
# (thirteenth round; progress tables of a year's 实事 list, three sites) a row of a table printed a row a line, its
# cells parted by ``|``: ``序号 | 项目 | 具体内容 | 完成情况 | 进展``.
# A progress cell (``已完成施工招标``, ``已开工``) reports on the task; it does not date the task cell before it
_CELL_BAR = re.compile(r"\s\|\s|\s\|$|^\|\s")


def row_cell_end(sentence: str, pos: int) -> int:
    """Where the table cell that holds ``pos`` ends, when ``sentence`` is a table row printed with ``|`` between its
    cells (two bars or more); else the sentence's end. The past cues read the row up to there: a later cell of the row
    (a progress column's ``已完成…``) reports on the task, and says nothing of when the task cell's figure was set."""
    if sentence.count("|") < 2:
        return len(sentence)
    m = _CELL_BAR.search(sentence, pos)
    return m.start() if m is not None else len(sentence)


# (thirteenth round; reports on a year's 实事 list, three sites) each task of the list restated, then its result under
# a label of its own: ``1.新建幼儿园3所。`` /
# ``责任单位:甲局`` / ``完成情况:新建幼儿园4所。`` (also ``进展情况:``, ``实际完成情况:``, ``推进情况:``, Taiwan's ``執行情形:``,
# Hong Kong's ``進度:``). The line the label answers states the task as set: its figures are targets; what the label
# reports is status (N13)
_RESULT_LABEL = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、]\s*)?(?:实际|目前|当前|年度|目标|任务)?"
                           r"(?:完成情况|进展情况|推进情况|落实情况|实施情况|执行情况|执行情形|办理情况|工作进展|完成进度|进展|进度|成效)"
                           r"(?:及成效)?\s*[:：]")


def opens_result_label(line: str) -> bool:
    """A line that opens with the label of a task's result in a progress report (``完成情况:``, ``进展情况:``,
    ``实际完成情况:``, ``执行情形:``): what it says was done is status, and the task line above it states the target."""
    return _RESULT_LABEL.match(line) is not None


# (thirteenth round; progress pages printed a paragraph a line) the items of a
# numbered list run into one line after blanks: ``…实际完成 1 2 0 4.新辟公交线路8条,…``. A numbered item opens a
# statement of its own: a past word of the item before it (``实际完成``) says nothing of its figures
_ITEM_OPENING = re.compile(r"(?:(?<=\s)|^)\d{1,2}[.、．](?!\d)\s*(?=[\u4e00-\u9fff“])")


def item_opening(sentence: str, pos: int) -> int:
    """Where the numbered item that holds ``pos`` opens (``4.`` after a blank, or at the sentence's start), 0 when no
    item marker stands before it: the past cues read the sentence from there."""
    if "." not in sentence[:pos] and "、" not in sentence[:pos] and "．" not in sentence[:pos]:
        return 0
    last = 0
    for m in _ITEM_OPENING.finditer(sentence, 0, pos):
        last = m.start()
    return last


# -- (targets13c) a report's result closed by the task it meets --------------------------------------------------
# (thirteenth round; a report on a year's 实事 list, each result closed by ``,超额完成年度任务``; also
# ``,完成年度任务的118%``, ``,提前完成全年目标``, Taiwan's ``,已達成年度目標``, Hong Kong's ``,超額完成全年目標``) a
# clause that goes on to say the year's task is met reports what was done: its figures are status (N13). Not a task
# that is to be met (``,确保完成年度任务``, ``力争超额完成``): a future word stands before the verb, the cue never opens there
_TASK_MET = re.compile(r"[,，;；]\s*(?:均已|现已|已经|已|并)?\s*(?:超额|超額|提前|全面|顺利|順利|圆满|圓滿)?"
                       r"(?:完成|实现|實現|达成|達成|达到|達到|达至|達至)(?:了)?\s*"
                       r"(?:本|今)?(?:年度|全年|年初|全年度|当年|當年)(?:的)?(?:目标|目標|工作)?(?:任务|任務|目标|目標|计划|計畫|計劃|指标|指標)|"
                       r"[,，;；]\s*(?:整体|整體|总体|總體|年度)?(?:完成率|完成比例|達成率|达成率)(?:为|為|达|達|达到|達到)?\s*\d")


_CLAUSE_END = re.compile(r"[,，;；。]")


def reports_task_met(after: str) -> bool:
    """The clause right after a number's says the year's task is met (``新增床位410张,超额完成年度任务``, ``…新增学位
    1.2万个,完成率168%``): the number is the result a report gives, not the target (the task itself is stated elsewhere,
    as a heading or a task line). A later clause says nothing of it (``任务数108个,实际减少129个,完成率119%``)."""
    m = _CLAUSE_END.search(after)
    return m is not None and m.group() != "。" and _TASK_MET.match(after, m.start()) is not None


# (thirteenth round; a report on a year's list, and a plan's outline alike) a heading that is a task with its count,
# no clause
# mark: ``(二)新增养老床位160张``, ``(三)完成120张床位改造``, ``3.開設暑託班20班``, ``(四)增設長者中心3間``. A task verb
# opens it and a count follows: the task as set, read like running text (a report's result under it stays status)
_COUNT_TASK_HEAD = re.compile(r"^(?:新增|新建|新开|新開|新设|新設|增设|增設|增加|改建|扩建|擴建|改扩建|改擴建|建设|建設|建成|完成|开设|開設|"
                              r"开办|開辦|提供|打造|创建|創建|实施|實施|改造|培训|培訓|招聘|招募|配置|配备|配備|安装|安裝)"
                              r"[^，,；;。：:\d]{0,20}?(?<![第\d.])\d+(?:\.\d+)?\s*(?:万|萬)?(?![年月日号號批期届屆轮輪])[\u4e00-\u9fff]{1,2}"
                              r"[^，,；;。：:\d]{0,20}$")


def heading_counts_task(title: str) -> bool:
    """A heading line that is a task with its count and no other clause (``新增养老床位160张``, ``完成300户适老化改造``):
    its number is read like running text's, the heading is no name of a list (``甲局牵头工作(8项)`` opens with no verb)."""
    return _COUNT_TASK_HEAD.match(title.strip()) is not None or counts_task_heading(title)


def report_counts_task(title: str) -> bool:
    """(tgtB21) A task line of a report on a year's list with its counts: one (``heading_counts_task``), several
    (``新增20张床位、10张养老床位``) or a task carried on (``推动8座驿站功能提升``): the task as set above its result."""
    return heading_counts_task(title) or _tlc.counts_several_tasks(title) or _tlc.carries_on_counted_task(title)


# (thirteenth round; four sites) the title of a page that reports on a year's list of 实事 / 民生 works: ``…件民生实事盘点``,
# ``…实事项目完成``
# (a date stamp after it), ``…民生实事晒成绩单``, ``…交出民生答卷``, ``…民生实事进展情况``, Taiwan's ``施政報告執行情形``,
# Hong Kong's ``…施政項目進度報告``. Its outline reviews: a number needs a future cue of its own (the list's tasks are
# read from its task lines). Not the list itself (``2025年民生实事项目``, ``…实事项目计划``, ``…任务分解``)
_LIST_NOUN = re.compile(r"实事|實事|民生|民心|惠民|为民|為民|施政")
_LIST_REPORT = re.compile(r"(?:盘点|盤點|成绩单|成績單|答卷|完成情况|完成情況|进展情况|進展情況|推进情况|推進情況|落实情况|落實情況|执行情况|執行情況|執行情形|办理情况|辦理情況|"
                          r"进度报告|進度報告|工作报告|工作報告|(?:全部|全面|顺利|順利|圆满|圓滿|如期)?(?:完成|完工|落地|兑现|兌現|交账|交賬))"
                          r"[!！?？」”\"]*\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$")


def title_reports_list(title: str) -> bool:
    """A title that reports how a year's list of 实事 / 民生 works went (``…民生实事盘点``, ``…实事项目完成 2031年03月08日``,
    ``…交出民生答卷``): the page is a report (see above); a plan's list (``…实事项目``, ``…计划``) is none."""
    t = title.strip()
    return _LIST_NOUN.search(t) is not None and _LIST_REPORT.search(t) is not None and _FUTURE_TITLE.search(t) is None


_ITEM_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．](?!\d))\s*")


def numbered_count_task(line: str) -> bool:
    """A numbered line that is a task with its count and nothing else (``(四)新增3家长者食堂``, ``3.開設暑託班20班``):
    in a report on a year's list, the task as set above the paragraph that reports its result."""
    m = _ITEM_MARK.match(line)
    return m is not None and report_counts_task(line[m.end():])  # (tgtB21: several counts too)


# (fourteenth round; Hong Kong, Taiwan and mainland, N11a) ``2年内增加600个``, ``名额2年内增加至800个``: a time limit
# in years with the change it bounds right after it, and no period written in years in its sentence (``2024-2026年,
# 3年内建成…`` restates the span: no record); a modal between (``5年内将新增…``) is the news lead's way of restating a
# plan's period, which its body writes in years (N11a: no record)
_LIMITED_CHANGE = re.compile(r"^[内內]\s*(?:再)?(?:增加|新增|增设|增至|增加至|提升至|提高至|扩展至|"
                             r"扩大至|建成|建设|完成|提供|实现|达到|达至|培训|招聘|改造|"
                             r"整修|修缮|修繕|新建|兴建|興建|改建|扩建|擴建|汰换|汰換|装设|裝設)")  # (lead43) works verbs
_COUNTED_CHANGE = re.compile(r"[^，,；;。\d]{0,12}\d")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d\s*(?:年|/|-|—|至)|(?<!\d)(?:9[5-9]|1[0-3]\d)\s*(?:学年度|年度|年(?!内|內))")


def limits_years_of_change(sentence: str, unit: str, after: str) -> bool:
    """``N年内`` right before the change it bounds, a counted one (a number in its clause), in a sentence that writes
    no year: a deadline and a target of its own (N11a: ``<=``, unit ``年``), not a frame."""
    if unit != "年" or (m := _LIMITED_CHANGE.match(after)) is None or _YEAR_WRITTEN.search(sentence) is not None:
        return False
    return _COUNTED_CHANGE.match(after, m.end()) is not None  # (``5年内建成一批学校``: no quantity to bound)
