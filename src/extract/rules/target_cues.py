"""Cues of the numeric-target rules added in the seventh round, each a small named function (tested in
``tests/test_cues_round7_targets.py``); ``extract.rules.targets`` combines them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.cues import heading_reviews_past, is_breakdown
from extract.rules.text import has_past_marker, masked_titles
from extract.rules.scan import OpeningScan
from extract.rules.target_forms import counts_task_heading, names_counted_works_list, places_after_classes, split_last_joined
from extract.rules.target_frames import BRACKETED_JOINT_ITEM  # (r16 tfn16)
from extract.rules import task_line_counts as _tlc  # (tgtB21)

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


def breaks_down(sentence: str) -> bool:
    """A sentence that breaks down the totals of the one before: ``其中,…`` (``cues.is_breakdown``) or ``全区新建幼儿园
    中,东区…`` (the totals named, then ``中``)."""
    return is_breakdown(sentence) or ("中" in sentence and _OF_WHICH.match(sentence.lstrip()) is not None)


_BASE_FRAME_AFTER = re.compile(r"^[^。；;]{0,40}?的基础上")
_BASE_FRAME_OPEN = re.compile(r"(?:^|[,，;；])\s*在[^，,；;。]{0,40}$")


def in_base_frame(before: str, after: str) -> bool:
    """``在去年新增学位4万个、今年新增3万个的基础上,…``: a number inside ``在…的基础上`` is where the plan starts
    from, no target (``在2020年的基础上降低5%``: the frame holds no number, the 5% stands after it)."""
    return "基础上" in after and _BASE_FRAME_AFTER.match(after) is not None and _BASE_FRAME_OPEN.search(before) is not None


_DONE_TITLE = re.compile(r"(?:如期实现|圆满完成|超额完成|顺利完成|全面完成|如期完成|提前完成|目标实现|任务完成)")
_FUTURE_TITLE = re.compile(r"(?:将|要|计划|力争|确保|争取|拟|预计|方案|规划|意见|通知|措施|分解|清单)")


def title_reports_done(title: str) -> bool:
    """A title that announces a plan's targets as met (``…目标如期实现``, ``超额完成…任务``): the page reviews them,
    its numbers need a future cue of their own."""
    return _DONE_TITLE.search(title) is not None and _FUTURE_TITLE.search(title) is None


_JOINT_SEP = re.compile(r"[、和及]|(?<![参給给])与")  # (fifteenth round) not the 与 inside ``参与率``
_JOINT_ITEM = re.compile(r"^(?:[^\d，,；;。：:、和及与均]|(?<=[参給给])与){2,14}$|^" + BRACKETED_JOINT_ITEM + "$")  # (r16 tfn16)
_JOINT_REST = re.compile(r"^(?:要|应|将|需|都)?(?:达到|达|保持在|保持|提高到|提升到|提高至|提升至|稳定在|不低于|不少于|控制在|为|"
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
    for part in _JOINT_SEP.split(clause_head[:k]):
        if not _JOINT_ITEM.match(part.strip()):
            return None
        items.append((pos, part.strip()))
        pos += len(part) + 1
    return tuple(items) if 2 <= len(items) <= 4 else None


_ONCE_BUILT = re.compile(r"(?:建成|完工|竣工|投用|投入使用|落成|交付)后[^，,；;。]{0,6}$")


def once_built(clause_head: str) -> bool:
    """``建成后新增学位900个``: what a project gives once it is finished, a commitment even where the sentence
    says how far the works have come (``主体已完工,建成后…``)."""
    return "后" in clause_head and _ONCE_BUILT.search(clause_head) is not None


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
                               r"(?:\d{4}年)?[^。;；,，:：(（\d]{2,16})")
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
_AGE_GROUP_NEXT = re.compile(r"^\s*\d+\s*(?:[-—–~～至到]\s*\d+\s*周?岁|周?岁\s*(?:及|或)?\s*以[上下])")


def age_group_follows(after: str) -> bool:
    """``为5万名0-6岁儿童…``: the number run into the next one is a count of an age group, not a name (``3个100%``)."""
    return _AGE_GROUP_NEXT.match(after) is not None


_CIRCLE_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,8}?圈")


def names_reach_circle(unit: str, after: str) -> bool:
    """``20分钟托育服务圈``, ``25分钟就医服务圈``, ``10分钟步行圈``: a time or distance that names a service area
    (N3, like ``15分钟健身圈``), no amount."""
    return unit in ("分钟", "小时", "公里", "千米", "米") and "圈" in after[:10] and _CIRCLE_AFTER.match(after) is not None


_VALUE_YEAR = re.compile(r"(?:到|至)\s*((?:19|20)\d\d)\s*年(?:底|末)?的")


def masks_value_years(sentence: str, doc_year: int | None, in_outline: bool) -> str:
    """The sentence with each past ``到YYYY年的`` masked (``由2010年的55%提高到2020年的80%`` in a review): a year that
    dates the value after it, where a change got to, not a deadline to reach it by (N2). A year after the document's
    own (or, in a plan's outline, any year when the document's is unknown) stays a deadline."""
    if "的" not in sentence:
        return sentence

    def mask(m: re.Match[str]) -> str:
        past = int(m.group(1)) <= doc_year if doc_year is not None else not in_outline
        return "□" * len(m.group()) if past else m.group()
    return _VALUE_YEAR.sub(mask, sentence)


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
_PLACE_COUNT_UNITS = frozenset(("所", "园", "家", "班", "校", "个"))
_HELD_COUNT = re.compile(r"^\s*\d+(?:\.\d+)?\s*万?(?:个|班|名|人|所|张|户|园|床|月(?:底|中|初|份|前|起))")


def count_runs_into_count(unit: str, after: str) -> bool:
    """The number (a count of places, classes or services) runs straight into the next count or a date
    (``6家180个托位``, ``1园1班``, ``120班5400个``, ``60校8月底``): an amount of its own, not the name ``6件12项``/``3个100%``."""
    return unit in _PLACE_COUNT_UNITS and _HELD_COUNT.match(after) is not None


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
    if unit not in _PLAN_SPAN_UNITS or _PLAN_SPAN_BEFORE.search(before[-6:]) is None:
        return False
    return _WITHIN.match(after) is None


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


_MONEY_UNITS = ("元", "万元", "亿元", "元人民币", "人民币")
_APPROPRIATED_BEFORE = re.compile(r"(?:申请|建议|预留|预算|开支)?拨款(?:为|约|达)?\s*$")
_APPROPRIATION_AFTER = re.compile(r"^\s*(?:的)?(?:拨款|专项拨款|预算拨款)")


# ``预算总开支为N亿元``, ``其中经常性开支约N亿元``: a budget's spending heads, what the year is to spend
_BUDGET_SPENDING_BEFORE = re.compile(r"(?:预算|总|经常性?|非经常性?)开支(?:总额)?(?:为|约|达|接近|将达)?\s*$")


def appropriates(before: str, unit: str, after: str) -> bool:
    """``申请拨款3.9亿元``, ``…开支拨款为1,029亿元``, ``2,000万元拨款``, ``预算总开支为1,200亿元``: the amount of an
    appropriation or a budget's spending, the funding a budget or a bid sets (N17: a planned amount), not a status
    ``…为N``."""
    return unit.endswith(_MONEY_UNITS) and ("拨款" in before[-8:] and _APPROPRIATED_BEFORE.search(before) is not None
                                            or "开支" in before[-8:] and _BUDGET_SPENDING_BEFORE.search(before) is not None
                                            or _APPROPRIATION_AFTER.match(after) is not None)


# (twelfth round) the money a budget or a government sets aside for works or a programme, as Hong Kong, Macau, Taiwan
# and mainland news state it: ``基金今年预算5.8亿``, ``追加24亿预算``, ``筹措5000万元经费``, ``拨200亿购…``, ``拨付118万元…配套款``,
# ``争取补助N元``, ``增加N万元中央补助``. Hong Kong, Macau and Taiwan write an amount of money in 亿 or 万 alone.
# (fourteenth round; Taiwan, Macau and mainland news of works and programmes, six sites) the money a works project or a
# programme is given, named by the word of its funding right before the amount: ``斥资3亿元的某馆…开工``, ``县府自筹N元``,
# ``核定经费为N元``, ``某部补助N元``, ``某署补助``, ``工程总预算约3亿元``, ``项目预算N亿元``, an estimate of a budget
# (``补贴开支,估计为N亿元``, ``估编N亿元``): a planned amount (N17, N17a, N17b), not a status ``…为N``
_WORKS_FUNDS = (r"斥资|自筹|核定(?:经费|补助|金额)?|(?:部|署)补助|"
                r"(?:工程|项目|计划|建设)总?预算|估计|估编|预估|估算")
_FUNDS_UNITS = _MONEY_UNITS + ("亿", "万", "千万", "亿港元", "万港元", "港元", "亿澳门元", "新台币",
                                "港币", "澳门币", "美元")  # (thirteenth round: the currency after the amount)
_FUNDS_BEFORE = re.compile(r"(?:(?<![总开])预算(?:总额|金额)?|(?<![申请建议留算支])拨|拨付|划拨|追加|注资|筹措|争取(?:核定)?补助|"
                           r"(?:中央|政府|院|府|财政)(?:补助|编列|编)|" + _WORKS_FUNDS + r")"
                           r"(?:资金|经费|款项)?(?:约|为|达|共|合共|近|逾)?\s*(?:新台币|港币|澳门币|人民币)?\s*$")
_FUNDS_AFTER = re.compile(r"^\s*(?:的)?(?:(?:中央|地方|政府|市府|县府|财政)?(?:预算|经费|补助)(?!执行|结余|决算)|"
                          r"专项资金|[\u4e00-\u9fff]{0,8}配套(?:款|资金))")
_FUNDS_DONE_BEFORE = re.compile(r"(?:执行|结余|决算|实际|上年|去年|已)[^，,；;。]{0,6}$")


def sets_funds(before: str, unit: str, after: str) -> bool:
    """An amount of money named as a budget, an appropriation or a grant to be given (``今年预算5.8亿``, ``追加24亿预算``,
    ``筹措5000万元经费``, ``拨200亿购…``, ``拨付118万元…配套款``, ``争取补助N元``, ``增加N万元中央补助``): the funding a budget
    or a government sets (N17), not a status. An outturn (``预算执行``, ``决算``, ``已拨付``) is no such amount, nor a
    number that is not money (``预算内项目3个``)."""
    if not unit.endswith(_FUNDS_UNITS) or _FUNDS_DONE_BEFORE.search(before) is not None:
        return False
    return _FUNDS_BEFORE.search(before) is not None or _FUNDS_AFTER.match(after) is not None


# ``甲中学工程总占地面积N``, ``校园规划占地N亩``, ``该项目建设投资N亿元``: a project's own measure, named after the project
# (eleventh round) also a new building named as such (``新園舍占地621坪``, ``新校舍建筑面积N``) and the works' time
# (``工期480日曆天``, ``工期约18个月``): the contract time of works still to be done, as Taiwan pages state it
# (twelfth round) also a building of the works named by its kind (``该宿舍楼占地N``, ``新建一幢实验楼(建筑面积N``,
# ``教育园区…建筑面积N``) and the floor area of a building the clause builds (``新建一幢面积为N平方米的食堂``)
_PROJECT_MEASURE = re.compile(r"(?:(?:工程|项目|规划|新校区|学校|中学|小学|幼儿园|新(?:园舍|校舍|馆舍|大楼|教学楼|院区)|"
                              r"(?:综合|教学|宿舍|实验|行政|办公)楼|食堂|礼堂|体育馆|图书馆|教育园区|亲子馆|托婴中心|托育中心|运动中心|活动中心)[^，,；;。:：\d]{0,4}?"
                              r"(?:总?占地(?:面积)?|总?投资|建设投资|建设规模|办学规模|招生规模|总?建筑面积|用地(?:面积)?|工期)|(?<![^，,；;。\s])工期|"
                              r"(?:新建|兴建|扩建|改建)[一二两三四五六七八九十]?[幢栋座]?(?:建筑)?面积)"
                              r"(?:约|均?为|达|预计)?\s*$")


def states_project_measure(before: str) -> bool:
    """The clause names the planned size of a works project (its site area, investment or scale) right before the
    number: what the project is to be (N17: a planned amount), not a status; a school's present area (``我校占地N``)
    names no project."""
    return ("占地" in before or "投资" in before or "规模" in before or "面积" in before or "用地" in before
            or "工期" in before) \
        and _PROJECT_MEASURE.search(before) is not None and _EXISTING_BUILDING.search(before) is None


# (twelfth round) the size of a building that stands (``学校现有教学楼建筑面积N``, ``原有食堂面积N``), not of works
_EXISTING_BUILDING = re.compile(r"现有|原有|现存|已有|我校|本校")
_BUILT_BEFORE = re.compile(r"^[^。；;]{0,20}?(?:建于|建成于|始建于|落成于|竣工于)")


def built_long_ago(after: str) -> bool:
    """``…占地面积1200平方米,建于1998年``: the measure of a building built long ago (N13), not of works to come."""
    return _BUILT_BEFORE.match(after) is not None



# (twelfth round) the later measures of a project whose first measure the sentence has stated (``某工程规划用地N平方米,
# 净用地N平方米,建筑面积为N平方米,概算总投资为N万元``): each later clause is a bare measure noun, the works' own
_PROJECT_MEASURE_STATED = re.compile(_PROJECT_MEASURE.pattern.removesuffix(r"\s*$") + r"\s*\d")
_MEASURE_CLAUSE = re.compile(r"^(?:其中)?(?:总|净|实际)?(?:规划|概算|预算|计划)?(?:总?占地(?:面积)?|净?用地(?:面积)?|总?建筑面积|校舍面积|"
                             r"(?:建设|办学)规模|建设投资|总?投资(?:额|总额)?|建设工期|工期)(?:约|均?为|达|预计)?\s*$")


def lists_project_measures(before: str, clause_head: str) -> bool:
    """The clause is a bare measure of works (``净用地``, ``建筑面积为``, ``概算总投资为``) that goes on with a list of one
    project's measures begun earlier in the sentence (``某工程规划用地N亩,…``): what the project is to be (N17a),
    not a status ``…为N``. A measure with no project named before it (``学校占地面积N,建筑面积N``: a school's present size)
    stays as it was."""
    if _MEASURE_CLAUSE.match(clause_head.strip()) is None or not before.endswith(clause_head):
        return False
    return _PROJECT_MEASURE_STATED.search(before[:len(before) - len(clause_head)]) is not None


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


# -- tenth round: years as Taiwan and Hong Kong pages write them (eval/README N9a) ------------------------
# ``115学年度``, ``民国114年``, ``110年``, ``112至115学年度`` (a span: its end), ``2024/25学年``, ``2024至25学年`` (a school
# year: its first calendar year). A bare ``110年`` counts only in the years a plan can name (ROC 95-130: 2006-2041)
# and never as a span or an age (``100年老校``, ``建校110周年`` hold no ``年`` right after the digits or say ``周年``)
_ROC_YEAR = re.compile(r"(?<![\d./])(?<!\d,)(?:民国)?(?:(?P<a>\d{2,3})\s*[-—–~至到]\s*)?(?P<y>\d{2,3})\s*(?:学年度|年度|年(?![\d级轻老前来代历多]))")
# (eleventh round) ``今(113)年底前``: this year, its ROC number in brackets (N9a)
_ROC_THIS_YEAR = re.compile(r"今\s*[(（]\s*(?P<y>\d{2,3})\s*[)）]\s*年")
# (eleventh round) ``預計114年8月完工``: the ROC year of a month, as ``2026年8月`` is read
_ROC_YEAR_MONTH = re.compile(r"(?<![\d./])(?<!\d,)(?:民国)?(?P<y>\d{2,3})\s*年(?=\d{1,2}\s*月)")
_SCHOOL_YEAR = re.compile(r"(?<![\d.])(?P<y>20\d\d)\s*(?:/|[-—–~至到])\s*(?:20)?\d{2}\s*学年")  # (fourteenth round: ``2025至2026学年`` too)
_YEAR_MONTH = re.compile(r"(?<![\d.])(?P<y>20\d\d)\s*年(?=\d{1,2}\s*月)")  # ``2026年8月前``: the year of a month
_YEAR_SPAN = re.compile(r"(?<![\d.])(?:20\d\d)\s*(?:年)?\s*[-—–~至到]\s*(?P<y>20\d\d)\s*年(?![\d底末]?的)")  # ``2024-2026年``: its end
_YEAR_SPAN_SCAN = OpeningScan(_YEAR_SPAN)  # (fourteenth round: tried only where a match can open)


def calendar_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, Gregorian year) of each ROC year (ROC + 1911) and each school year written in ``text``, in the
    form of ``text.stated_years`` (which reads ``20NN年`` only, and not before a month: ``2026年8月前`` -> 2026 here): ``预计114学年度增设8班`` -> 2025, ``在2025/26学年
    开办5所`` -> 2025, ``未来4年内(110-113年)`` -> 2024 (a span's end, as ``2023-2025年`` is a period)."""
    out = []
    if "月" in text:
        out += [(m.start(), m.end(), int(m.group("y"))) for m in _YEAR_MONTH.finditer(text)]
    if "20" in text:
        out += [(m.start(), m.end(), int(m.group("y"))) for m in _YEAR_SPAN_SCAN.finditer(masked_titles(text))]
    if "学年" in text:
        out += [(m.start(), m.end(), int(m.group("y"))) for m in _SCHOOL_YEAR.finditer(text)]
    if "月" in text:
        out += [(m.start(), m.end(), int(m.group("y")) + 1911) for m in _ROC_YEAR_MONTH.finditer(text)
                if 95 <= int(m.group("y")) <= 130]
    if "今" in text:
        out += [(m.start(), m.end(), int(m.group("y")) + 1911) for m in _ROC_THIS_YEAR.finditer(text)
                if 95 <= int(m.group("y")) <= 130]
    if "年" in text:
        for m in _ROC_YEAR.finditer(text):
            y = int(m.group("y"))
            if 95 <= y <= 130 and (m.group("a") is None or 95 <= int(m.group("a")) < y):
                out.append((m.start(), m.end(), y + 1911))
    return sorted(out)


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


# (thirteenth round; three sites) in a plan's outline or under a
# goal heading, ``比2020年下降12.5%``, ``较2022年下降3%`` (a year cell), ``比2007年提高3.8个百分点`` state the change a target
# sets against a named base year: the base year dates where the change starts, not a result (N2 is about what was done)
_BASE_YEAR_OF_CHANGE = re.compile(r"(?:比|较|與|与)\s*((?:19|20)\d\d)\s*年(?:底|末)?(?:水平)?(?=\s*(?:同期|度)?\s*(?:相比)?\s*[,，]?\s*"
                                  r"(?:增加|增长|提高|提升|上升|减少|下降|降低|缩小|缩短|延长|压缩|增|减|升|降))")


def masks_base_years(sentence: str, since: int | None = None) -> str:
    """The sentence with each named base year of a change (``比2020年`` before ``下降``/``提高``…) blanked out, for the
    past cues and the target year of a plan's targets: there a change over a base year is the target itself, and the
    base year dates no target. ``since``: only base years from that year on (a plan's base year, the year before its
    own; ``比1990年提高…`` in a plan of 1996 reviews the last period)."""
    if "比" not in sentence and "较" not in sentence and "与" not in sentence:
        return sentence
    return _BASE_YEAR_OF_CHANGE.sub(
        lambda m: "□" * len(m.group()) if since is None or int(m.group(1)) >= since else m.group(), sentence)


def plans_base_years(sentence: str, role: str, column_year: int | None, doc_year: int | None,
                     deadline: int | None) -> str:
    """``sentence`` with the base years of the changes it sets masked where the changes are the plan's own: under a goal
    heading, in a year column, in a plan's outline whose sentence looks ahead of the document's year, or against the
    plan's own base year (the document's year or the one before). A review in an outline (``比1995年提高9.8个百分点`` in a
    plan of 1996, or any on an undated page) keeps its base year as a past marker."""
    if role == "goal" or column_year is not None:
        return masks_base_years(sentence)
    if role != "plan" or doc_year is None:
        return sentence
    if deadline is not None and deadline > doc_year:
        return masks_base_years(sentence)
    return masks_base_years(sentence, doc_year - 1)


# (thirteenth round; four sites) the measures of a school or works the sentence names as being built or to be built
# (``某小学新校区…,占地面积79亩,
# 建筑面积35000m2,办学规模为72个班``, ``甲校正建新校园,规划面积共30亩,…可容纳学生900人``, ``该工程已于今年4月动工,
# 规划设立30个教学班``): the planned size of works still to be finished (N17a), whatever the works' progress so far
_WORKS_MEASURE = re.compile(r"^(?:其中)?[^，,；;。:：\d]{0,12}?(?:总?占地(?:面积)?|总?建筑面积|净?用地(?:面积)?|规划(?:用地|占地)?面积|"
                            r"总投资|投资总额|工程造价|造价|办学规模|建设规模|招生规模|可容纳(?:学生|幼儿)?|规划设立|规划设置|规划建设)"
                            r"(?:共|约|为|达|预计为?|共计)*\s*$")
# (perf16) every word of ``_WORKS_MEASURE``'s alternation holds one of these (``target_hand_decisions._WORKS_MEASURE_CHAR``,
# the same set): a clause without any is not tried (``specifies_planned_facility``: most clauses hold none)
_WORKS_MEASURE_CHARS = re.compile(r"[占积资价模纳设地划]")
_WORKS_NAMED = re.compile(r"新校区|新校园|新校舍|新园舍|迁建|新建|扩建|在建|正在建设|开工|动工|奠基|建成后|项目|工程")
_WORKS_DONE = re.compile(r"已(?:经)?(?:于[^，,；;。]{0,10})?(?:全面|全部|基本|顺利|正式)?(?:建成|竣工|完工|投入使用|启用|交付|投用|落成)|"
                         r"建于|建成于|始建|现有|原有|已有|去年|前年|上一?年度?|建成的|落成的|^\s*图[为片]")


def measures_planned_works(sentence_before: str, clause_head: str) -> bool:
    """The number is a measure of works the sentence names as being built or to be built (its site area, floor area,
    investment, scale, capacity: ``占地面积``, ``办学规模为``, ``可容纳学生``) and the sentence says nothing of the works
    being finished or standing (``已建成``, ``建于``, ``现有``): the planned size of works, a target (N17a) though the works
    are under way (``已于5月开工``)."""
    if _WORKS_MEASURE.match(clause_head.strip()) is None:
        return False
    return _WORKS_NAMED.search(sentence_before) is not None and _WORKS_DONE.search(sentence_before) is None


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


# (thirteenth round; Macau, Hong Kong and mainland, four sites) a benefit, allowance, grant or tax allowance stated
# with the amount a measure gives it:
# ``資助額為28700元``, ``免稅額為176000元``, ``某補助升至每月1,000澳門元``, ``金額調整為2,900元``, ``奖励标准分别为每所
# 30万元``: the amount the measure sets (N17, like a budget), not a status. Not a standing amount described as it is
# (``现行补助标准为…``, ``目前资助额为…``, ``原津贴为…``): N13
_BENEFIT_NOUN = (r"(?:资助|补助|补贴|津贴|救助|援助|奖励|奖助|免税|扣除|减免|发放|派发)(?:金|款|费)?(?:额度|金额|额)?|"
                 r"(?:助学|奖学|敬老|养老|抚恤|生活|护理|残疾|照顾者)(?:金|费|津贴|补助|补贴)(?:额度|金额|额)?|"
                 r"(?:资助|补助|补贴|奖励|发放)?(?:金额|额度|上限)")
_RAISE = r"(?:调整|调升|调高|上调|提高|提升|增加|增至|升至|升)"
_PER = r"\s*(?:每(?:人|名|户|所|月|年|学年|学期|生|位|个)){0,3}\s*(?:约|最高|最多|不少于|不超过)?\s*$"
# a benefit given its amount (``资助额为``, ``补助调升至每月``), or its standard raised (``救助标准提高至``); a standard only
# stated (``救助标准为每人3万元``) is the standing rule, a status
_BENEFIT_AMOUNT = re.compile(r"(?:(?:" + _BENEFIT_NOUN + r")(?:均|则|亦|将|会)?(?:分别)?(?:约|大约)?(?:" + _RAISE + r"|定|订)?"
                             r"(?:为|至|到|达)|(?:" + _BENEFIT_NOUN + r")标准(?:均|则|亦|将|会)?(?:分别)?" + _RAISE
                             + r"(?:为|至|到)?)" + _PER)
_STANDING_BENEFIT = re.compile(r"现行|现时|目前|现阶段|当前|原有?|现有|过去|以往|此前|去年|上年|一直|历年|已经|已")
_MONEY_UNITS = ("元", "澳门元", "澳门币", "港元", "港币", "新台币", "美元")


def sets_benefit_amount(clause_head: str, unit: str, sentence_before: str = "") -> bool:
    """The clause names a benefit, allowance, grant or tax allowance and gives it the amount right before the number
    (``资助额为``, ``免税额为``, ``护理补助升至每月``, ``金额调整为``, ``奖励标准分别为每所``), money as the unit: the amount a
    measure sets (N17), not a status (N13). A standing amount (``现行…标准为``, ``目前资助额为``, ``原…``, ``去年…``) is a
    status: no such word may stand in the clause. A later amount of a list (``…每所30万元、20万元``) goes with its head."""
    if not unit.endswith(_MONEY_UNITS):
        return False
    reach = len(clause_head) + 12  # (the clause before this one, for a bare ``标准``)
    if clause_head[-1:] in "、及和与":
        clause_head = _AMOUNT_RUN.sub("", clause_head)
    tail = clause_head[-12:]
    if ("为" not in tail and "至" not in tail and "到" not in tail and "达" not in tail) \
            or _STANDING_BENEFIT.search(clause_head) is not None:
        return False
    if _BENEFIT_AMOUNT.search(clause_head) is not None:
        return True
    # ``…给予奖励,标准分别为每所30万元``: a bare ``标准`` whose benefit the clause before names
    return _BARE_STANDARD.match(clause_head) is not None and _BENEFIT_BEFORE.search(sentence_before[-reach:]) is not None


_AMOUNT_RUN = re.compile(r"(?:\d[\d,.]*\s*(?:万|亿)?(?:元|澳门元|澳门币|港元|新台币)\s*[、及和与]\s*)+$")
_BARE_STANDARD = re.compile(r"^\s*(?:其|奖励|补助)?标准(?:分别)?(?:为|是)\s*(?:每(?:人|名|户|所|月|年|学年|学期|生|位|个)){0,3}\s*$")
_BENEFIT_BEFORE = re.compile(r"(?:给予|发放|提供|予以)(?:一次性)?(?:奖励|补助|补贴|资助|津贴)[,，]")


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


# -- fourteenth round ---------------------------------------------------------------------------------------------
# (fourteenth round; Taiwan and Hong Kong news of school works, three sites) the rooms and parts of a new building still
# to be built, counted with the verb of having (``新校舍规划设计为四层楼,共有20间教室、4间厕所``, ``新大楼…三层楼高的
# 教学大楼拥有18间教室``, ``兴建设有30间课室的新校舍``): what the works are to hold (N17a), not the status of a school
_NEW_BUILDING = re.compile(r"新(?:校舍|园舍|馆舍|大楼|教学楼|校区|建筑|楼)|规划设计")
_HAS_BEFORE = re.compile(r"(?:共有|拥有|设有|包括|内有)\s*$")
_NEW_BUILDING_AFTER = re.compile(r"^[^，,；;。]{0,8}?的新(?:校舍|园舍|馆舍|大楼|教学楼|校区|建筑|楼)")


def counts_new_building_rooms(before: str, clause_head: str, after: str) -> bool:
    """The number counts what a new building holds (``共有``/``拥有``/``设有`` right before it) and the new building is
    named earlier in its sentence (``新校舍``, ``新大楼``, ``规划设计``) or right after the count (``设有30间课室的新校舍``).
    An existing building's rooms (``该校现有教室20间``, ``校舍共有12间教室``) name no new one."""
    head = _ROOM_RUN.sub("", clause_head) if clause_head[-1:] in "、及和" else clause_head  # a later item of the list
    if _HAS_BEFORE.search(head) is None or _EXISTING_NOW.search(head) is not None:
        return False
    return _NEW_BUILDING.search(before) is not None or _NEW_BUILDING_AFTER.match(after) is not None


_EXISTING_NOW = re.compile(r"现有|原有|目前|现时|已")
_ROOM_RUN = re.compile(r"(?:\d+\s*[\u4e00-\u9fff]{1,6}[、及和])+$")


# (fourteenth round; Hong Kong, Taiwan and mainland, N11a) ``2年内增加600个``, ``名额2年内增加至800个``: a time limit
# in years with the change it bounds right after it, and no period written in years in its sentence (``2024-2026年,
# 3年内建成…`` restates the span: no record); a modal between (``5年内将新增…``) is the news lead's way of restating a
# plan's period, which its body writes in years (N11a: no record)
_LIMITED_CHANGE = re.compile(r"^[内內]\s*(?:再)?(?:增加|新增|增设|增至|增加至|提升至|提高至|扩展至|"
                             r"扩大至|建成|建设|完成|提供|实现|达到|达至|培训|招聘|改造)")
_COUNTED_CHANGE = re.compile(r"[^，,；;。\d]{0,12}\d")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d\s*(?:年|/|-|—|至)|(?<!\d)(?:9[5-9]|1[0-3]\d)\s*(?:学年度|年度|年(?!内|內))")


def limits_years_of_change(sentence: str, unit: str, after: str) -> bool:
    """``N年内`` right before the change it bounds, a counted one (a number in its clause), in a sentence that writes
    no year: a deadline and a target of its own (N11a: ``<=``, unit ``年``), not a frame."""
    if unit != "年" or (m := _LIMITED_CHANGE.match(after)) is None or _YEAR_WRITTEN.search(sentence) is not None:
        return False
    return _COUNTED_CHANGE.match(after, m.end()) is not None  # (``5年内建成一批学校``: no quantity to bound)


# (fourteenth round; Macau, two sites) the rate a measure gives per class, pupil or head (``每班可获60万元(澳门元)津贴``,
# ``初中阶段每班津贴额55万元``) and the rates of the next levels of its list (``;小学为70万元;初中为85万元``): the amounts
# the measure sets (N17), not an example of one grant (``以一所幼稚园为例,可获600万元资助``: no rate per head)
_PER_HEAD = r"每(?:班|生|名|人|户|所|位|校|园)(?:每(?:月|年|学年|学期))?"
_RATE_BEFORE = re.compile(_PER_HEAD + r"(?:(?:可|将|均)?(?:获得?|得到|领取)|(?:津贴|资助|补助|补贴)(?:金)?额(?:为|是)?)\s*$")
_RATE_NOUN_AFTER = re.compile(r"(?:[(（][^()（）]{0,12}[)）])?\s*(?:的)?(?:津贴|资助|补助|补贴|奖励|奖学金|助学金)")
_LEVEL_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:阶段|班级|班)?(?:则|均|亦)?(?:为|是)?\s*")


def sets_rate_per_head(clause_head: str, unit: str, after: str) -> bool:
    """Money given per class, pupil or head by a measure: ``每班可获N元…津贴`` (the grant's noun after the amount) or
    ``每班津贴额N元``."""
    if not unit.endswith(("元", "万", "亿", "澳门元", "澳门币", "港元", "新台币")):
        return False
    m = _RATE_BEFORE.search(clause_head)
    if m is None:
        return False
    return "额" in m.group() or _RATE_NOUN_AFTER.match(after) is not None


def names_next_level(clause_head: str, unit: str, rate_unit: str) -> bool:
    """The clause is only a short label of a level and the amount (``小学为``, ``高中``), in the unit of the rate the
    clause before set: the list of rates goes on."""
    return unit == rate_unit and _LEVEL_LABEL.fullmatch(clause_head.strip()) is not None


# (fourteenth round) ``2030年和2031年每年新增N``, ``2030、2031年各N``: the same quantity for each of two years
_TWO_YEARS_EACH = re.compile(r"(20\d\d)\s*年?度?\s*(?:和|、|及|与)\s*(20\d\d)\s*年度?"
                             r"[^\d，,。；;：:]{0,10}?(?:每年|各|均)[^\d，,。；;：:]{0,12}$")


def each_of_two_years(before: str) -> tuple[int, int] | None:
    """(first year, second year) where the words right before a number give it to each of two years joined by
    ``和``/``、`` (``力争2030年和2031年每年改造1.5万户``, ``完成2030、2031年各60张``): one target per year (N9, N16);
    None otherwise (one year, a span ``2030-2031年``, a number of its own between)."""
    m = _TWO_YEARS_EACH.search(before)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    return (a, b) if a < b <= a + 10 else None


# -- fourteenth round (spec14): the specifications of a facility planned or being built ----------------------------------
# (w16-w19, six sites: mainland news, progress tables of a year's 实事, school pages, Taiwan news) a measure of a school,
# kindergarten or building that the sentence presents as planned, being built or to open: its classes (``设200个教学班``,
# ``共四层,12个教学班``), the pupils of a planned section right after its classes (``设60个教学班,2700人``), its floors
# (``为地上3层楼建筑``), the land taken or given for it (``新征地15亩``, ``划拨土地78亩``), its capacity (``可容纳900个孩子``);
# and any works measure whose sentence goes on with the works' completion (``办学规模为36个班,建成后可提供…``): N17a's
# planned size of works, not a status. A school that stands (``现有…``, ``已建…``, ``建于…``, ``于2015年建成``) keeps N13.
_SPEC_CLASSES_AFTER = re.compile(r"^(?:教学)?班(?!级|主任|子|额|车|次|会)")
_SPEC_NOT_CLASSES_AFTER = re.compile(r"^(?:级|主任|子|额|车|次|会)")
_SPEC_PUPILS_BEFORE = re.compile(r"\d\s*个?(?:教学)?班\s*[,，、]\s*(?:可?容纳|招收|学生|学位|在校生)?\s*$")
_SPEC_FLOORS_BEFORE = re.compile(r"(?:地上|地下|楼高|高|共|为)\s*$")
_SPEC_FLOORS_AFTER = re.compile(r"^(?:楼|高|的)")
_SPEC_LAND_BEFORE = re.compile(r"(?:新征|征用|征收|征|划拨|划出|新增)(?:土地|用地|地)(?:面积)?(?:约|共)?\s*$")
_SPEC_CAPACITY_BEFORE = re.compile(r"(?:可|能|将|拟|预计)(?:容纳|收托|招收|接收|收|提供)(?:幼儿|学生|幼童|孩子|儿童|老人|床位|学位)?"
                                   r"(?:约|近)?\s*$")
_SPEC_AREA_UNITS = ("亩", "平方米", "公顷", "坪", "万平方米", "m2", "m²", "㎡")
# the works named in the sentence: built, rebuilt or set up (``原址拆除重建``, ``启动实施…学校建设``, ``建成投用…教学楼``)
_SPEC_WORKS = re.compile(r"新校区|新校园|新校舍|新园舍|新园区|教育园区|迁建|新建|扩建|改扩建|重建|在建|兴建|筹建|拟建|规划建设|"
                         r"正在建设|开工|动工|奠基|建设项目|项目|工程|(?:启动|实施|推进|加快|完成|开展)[^，,；;。|]{0,16}建设|"
                         r"(?<!已)建成投(?:用|入使用)(?!的)")
# the works' completion or opening still ahead, said after the measure
_SPEC_AHEAD_AFTER = re.compile(r"^[^。；;]*?(?:建成|完工|竣工|投用|投入使用|启用|落成|开园|交付)后")
_SPEC_DONE = re.compile(_WORKS_DONE.pattern + r"|已建(?!设)|已(?:经)?(?:招生|开园|开学|入驻)|共有|目前有|"
                        r"(?<![将预计划拟争])于\s*(?:19|20)\d\d\s*年[^，,；;。]{0,8}(?:建成|竣工|落成|投入使用|启用|投用)")


def facility_spec(before: str, clause_head: str, unit: str, after: str) -> bool:
    """The number is a measure of a facility's specification, read from the words around it: classes (``N个教学班``,
    ``N班``), the pupils right after the classes of a planned section, floors (``地上N层``, ``N楼高``), land taken or
    given (``新征地N亩``, ``划拨土地N亩``), a capacity (``可容纳N``, ``拟收幼儿N名``)."""
    if unit == "班":
        return _SPEC_NOT_CLASSES_AFTER.match(after) is None and not before.rstrip().endswith("年级")  # not ``三年级2班``
    if unit == "个" and _SPEC_CLASSES_AFTER.match(after) is not None:
        return True
    if unit in ("人", "名") and _SPEC_PUPILS_BEFORE.search(before) is not None:
        return True
    if places_after_classes(before, unit, after):
        return True  # (fifteenth round) ``设18个教学班,990个学位``
    if unit in ("层", "楼"):
        return _SPEC_FLOORS_BEFORE.search(before) is not None or _SPEC_FLOORS_AFTER.match(after) is not None
    if unit.endswith(_SPEC_AREA_UNITS):
        return _SPEC_LAND_BEFORE.search(clause_head) is not None
    return unit in ("个", "名", "人", "位", "张", "床") and _SPEC_CAPACITY_BEFORE.search(clause_head) is not None


def specifies_planned_facility(before: str, clause_head: str, unit: str, after: str) -> bool:
    """A facility's specification (``facility_spec``) or a works measure (``_WORKS_MEASURE``: ``办学规模为``,
    ``用地面积为``) in a sentence that names the facility as planned, being built or to open (``新建``, ``重建``,
    ``…项目``, ``启动实施…建设``, ``建成后…`` after it) and not as finished or standing (``已建成``, ``现有``, ``建于``):
    the planned size of works (N17a), a target."""
    head = clause_head.rsplit("|", 1)[-1].strip()  # (a row printed with ``|``: the number's own cell)
    if not (facility_spec(before, head, unit, after)
            or (_WORKS_MEASURE_CHARS.search(head) is not None and _WORKS_MEASURE.match(head) is not None)):
        return False
    if _SPEC_DONE.search(before) is not None:
        return False
    if _SPEC_WORKS.search(before) is not None or _SPEC_AHEAD_AFTER.match(after) is not None:
        return True
    # land taken or given (``新征地N亩,…开展二期工程建设``): for the works the sentence goes on to name
    return unit.endswith(_SPEC_AREA_UNITS) and _SPEC_LAND_BEFORE.search(head) is not None \
        and _SPEC_WORKS.search(after.split("。", 1)[0]) is not None


# (fourteenth round) a report's sentence that says something was done: a past marker, or the works finished or opened
_WORKS_DONE_WORDS = re.compile(r"完成|建成|竣工|完工|投用|投入使用|启用|落成|交付")


def reports_works_done(sentence: str) -> bool:
    """In a report (a section of results), the sentence tells of something done (``已``, ``新建了``, ``2017年以来``) or
    of works finished or opened (``完成…建设``, ``建成``, ``投入使用``): its measures of works are results (N13). A
    report's item that only states a project and its planned size (``1.某教育园区,总投资N亿元,占地约N亩,设N个教学班``)
    says nothing done: its measures are the project's planned size (N17a)."""
    return has_past_marker(sentence) or _WORKS_DONE_WORDS.search(sentence) is not None
