"""Small text helpers shared by the rules: sentences, clauses, years, past-tense context."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.cues import forecasts_total, reaches_level
from extract.rules.scan import OpeningScan
from extract.rules.target_counts import marker_dates_nothing
from extract.rules.target_frames import SENTENCE_END
from extract.rules import named_numbers as _named

# (r16 tfn16: ``[。!?！？]``, but a ``?`` before a pinyin remnant ``cè)`` is a lost character); (speedA28) ``SENTENCE_END``
# written as one class, the ``?`` case checked behind it: the same separators, but sre skips to them (a branch that
# opens with a class leaves it no first characters; ``tests/test_perf28_machinery.py``)
_SENT_END = re.compile(r"[。!！？?](?<!\?(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)))")
YEAR_DEADLINE = re.compile(
    r"(?<![增降])(?:到|至|截至|截止)\s*(20\d\d)\s*年|(20\d\d)\s*年(?:底|末)?(?:前|以前)|"
    # (lead47) a month's deadline inside the sentence for the work's completion (``整改工作2031年12月底前全面完成``), as at
    # its opening; not a notice's date for a reply or a report (``回执请于…日前发送至…``: no completion)
    r"(?<![\d—\-~至到从從])(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末|中旬|上旬|下旬)?\s*(?:前|以前)"
    r"(?=[,，]?\s*(?:全面|基本|全部|如期|按期)?(?:完成|建成|实现|达到|竣工|投用|投入使用))|"
    # a year stated as the time of a commitment: 2022年完成..., 2031年秋学期开学前,完成...
    r"(?<![\d—\-~至到])(20\d\d)\s*年(?:底|末|内|秋学期|春学期|上半年|下半年)?(?:开学前|前)?[,，]?\s*"
    r"(?=完成|实现(?!值)|建成|创成|创建|争创|通过|达到|基本|全面|力争|确保|启动|建立|形成|高标准|初步|新建|完善|成功|"
    r"计划|将|拟)|"
    # (thirteenth round, variants) ``2031年推出新一轮资助计划``, ``某局2031年实施第二期计划``, ``2031年秋季学期,全县开设…``:
    # a deed's verb right after the year (or its term), no quantity needed; not a deed told as done (``实施了``,
    # ``推出的``), nor a year inside a document's name (``关于2031年实施…的通知``)
    r"(?<![\d—\-~至到于])(20\d\d)\s*年(?:度)?\s*(?:(?:春季|秋季)学期\s*[,，]\s*[\u4e00-\u9fff]{0,8}?)?"
    r"(?=(?:实施|推出|推行|开设|增设)(?![了的过])(?![^,，。;；]*?(?:的通知|的意见|的方案|的决定)))|"
    # ``2024年,全市还将…``, ``2021年,某区计划…``: the year, its subject, a plan verb
    # (thirteenth round, variants: not a plan as a noun, ``2031年,全市完成计划投资的80%``, ``…按计划…``)
    r"(?<![\d—\-~至到])(20\d\d)\s*年[,，]\s*[\u4e00-\u9fff]{1,6}?(?<!完成)(?<!按)(?<!原)(?=计划)|"
    # (not a year after which: ``预计2031年以后需求将大增`` forecasts, ``2031年后`` is no date of a commitment)
    r"(?<![\d—\-~至到])(20\d\d)\s*年(?!\s*(?:以后|之后|后(?!期|半)))(?:初)?[,，]?\s*[\u4e00-\u9fff]{0,10}?"
    r"(?=将|拟|继续实施|预计新增|预计建成|预计完成)|"
    # ``2017年,我市30所学校建设列入为民办实事工程``: the year's list of projects takes it on
    r"(?<![\d—\-~至到、])(20\d\d)\s*年[,，]?(?=[^。；;、]{0,30}?(?:列入|纳入|列为)[^。；;]{0,16}?(?:实事|民心工程|惠民工程|民生工程))|"
    # ``2023年我市规划投资…``, ``2023年规划新建…``: a year and a plan verb with what it plans
    r"(?<![\d—\-~至到])(20\d\d)\s*年[,，]?\s*[\u4e00-\u9fff]{0,6}?(?=规划(?:新|改扩建|投资|建设|实施|投入))|"
    # ``将在2022年完工``, ``计划于2024年建成``: a plan verb dating its own deadline
    r"(?:将|计划|拟|预计)(?:于|在)\s*(20\d\d)\s*年|(?<![\d—\-~至到])(20\d\d)\s*年起(?=[\u4e00-\u9fff])|(?:规划|计划)\s*(20\d\d)\s*年(?=开工|建成|完成|竣工|投用|启动|实施)"
)
# (fourteenth round) its branches open with lookbehinds and groups: tried only at the 9 characters a match opens with
_YEAR_DEADLINE_SCAN = OpeningScan(YEAR_DEADLINE)
# ``2026年3月10日前,省教育厅完成…``: a sentence that opens with its deadline to the month or day
_OPENING_MONTH_DEADLINE = re.compile(
    r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*(?:在|于)?\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末|中旬|上旬|下旬)?\s*(?:前|以前)[,，]?")
_YEAR_ANY = re.compile(r"(?<![\d.])(20\d\d)\s*年(?![\d])")
_YEAR_ANY_SCAN = OpeningScan(_YEAR_ANY)  # (fourteenth round: tried only where a match can open)
_YEAR_RANGE = re.compile(r"(20\d\d)\s*[-—–~至到]\s*(20\d\d)\s*年?")
_TITLE_SPAN = re.compile(r"《[^》]*》")
# (lead43) N9c: a programme's name in corner brackets (``「120至122年…整修工程計畫」``, ``「2031年某某专案」``): its years name it
_CORNER_PLAN_NAME = re.compile(r"「[^」「]{0,60}?(?:計畫|计划|計劃|方案|專案|专案|工程)」")
PAST_MARKERS = re.compile(
    r"(十三五[”\"]?(?:期间|时期|以来|末|中)|已经|已[^经]|累计(?:投入|完成|新建|建成|培训|招聘)|"
    # a span of years up to now: ``5年来``, ``7年多来``, ``10年以来`` (``\d(?<![\d.]\d)\d?``, here and below, is
    # ``(?<![\d.])\d{1,2}`` opening with its digit: fewer branches to try at each character)
    r"\d(?<![\d.]\d)\d?\s*多?年多?(?:来|以来)|"
    r"荣获|获评|被评为|较(?:19|20)\d\d年|比(?:19|20)\d\d年|较[“\"]?十二五|过去|近[一二两三四五六七八九十]{1,2}年(?:以)?来|截至(?:19|20)\d\d年|"
    r"(?:(?:19|20)\d\d\s*年|[“\"]?十[一二三四五]五[”\"]?|近年|多年|去年|今年|年初)以来|"
    # (tgtA27) the last years up to now, without 来: ``近三年下达…``, ``近年均在…`` (not ``近三年内``: a time limit ahead)
    r"近(?:[一二两三四五六七八九十几]{1,2}|\d{1,2})?年(?![内內后後度来來以])|"
    # a period up to now from a year and what happened in it: ``自2029年纳入…以来``, ``从2028年启动以来``
    r"(?:自|从)\s*(?:19|20)\d\d\s*年[^,，。;；\n]{1,24}?以来|"
    # the year before, a verb of the past (``新增了``), an actual outturn, a period to date (``1-6月``); a past period
    # that opens a clause (``上半年,``, ``上年度,``, ``上一学年,``: Hong Kong and Taiwan reports; (lead39) ``上学期,``, ``上月,``,
    # ``上周,``, ``此前,``: the clause frames the sentence's deeds)
    r"去年|上一年|前年|(?:新增|完成|建成|新建|开办|实施|投入|培训|举办|开展|招聘|实现|改造|下达|下拨|发放|资助|"
    r"组建|创建|开工|竣工|引进|达到|增加|提高)了|实际(?:完成|下达|投入|发放|到位)|下拨|预计全年|"
    # (targets13c) a count of works done: ``新增完成80个``, ``共完成96所``, ``合计完成``, ``共計完成`` (a report's total)
    r"(?:新增|共计?|共計|合计|合計)完成(?!率)(?<!再新增完成)|"  # (tgtA28) not ``再新增完成…``: the next step after what was set
    # (lead44) a building named as newly finished (``新建成的某中学,占地N亩``): what it has, no planned size
    r"(?:新|刚|剛)(?:建成|落成|竣工)的|"
    # (lead44) a report's tally of the cases handled (``計補助73件``, ``计核定114件``, ``計受理…``): 计 as "in all", not
    # ``预计``/``合计``/``共计``/``设计``/``统计`` nor ``计划``
    r"(?<![预預合共统統设設估总總累伙夥会會审審])[计計](?:核定|补助|補助|核发|核發|受理|办理|辦理|资助|資助|发放|發放|录取|錄取)(?=\s*\d)|"
    # (lead51) an inspection's tally (``现场排查出59个``, ``当场处罚6家``, ``责令整改15家``): what the inspectors found and did
    r"(?:排查出|查出|当场(?:处罚|處罰|查处|查處|取缔|取締)|责令(?:整改|停业|关停)|責令(?:整改|停業|關停)|立案查处|立案查處|查扣|收缴|收繳)(?=\s*\d)|"
    # (lead51) and its count of what it inspected (``共检查托管机构9家``): ``共`` with the inspecting verb
    r"共(?:检查|檢查|排查|抽查|督查|巡查)了?[^，,。;；\d]{0,12}(?=\d)|"
    r"\d(?<![\d.]\d)\d?\s*[-—–至~]\s*\d{1,2}\s*月(?!\d)|(?:^|[,，;；])(?:上半年|前三季度|第?一季度|上一?年度|上一?学年|上一?季度|上一?学期|上个?月|上一?周|此前)[,，]|\d(?<![\d.]\d)\d?\s*月份(?:已|共|完成|累计))"
)


@dataclass(frozen=True, slots=True)  # slots: made per sentence, ~0.8 us each against ~1.5 us without
class Piece:
    """A substring with its offset in the enclosing text."""

    start: int
    end: int
    text: str


def sentences(text: str, offset: int = 0) -> list[Piece]:
    """Split at 。！？ (kept out of the piece); skip empty pieces and strip spaces and tabs."""
    out: list[Piece] = []
    pos = offset
    for piece in _SENT_END.split(text):  # every separator is one character
        body = piece.strip(" \t")
        if body:
            a = pos + len(piece) - len(piece.lstrip(" \t"))
            out.append(Piece(a, a + len(body), body))
        pos += len(piece) + 1
    return out


def masked_titles(text: str) -> str:
    """Blank out 《...》 titles, web addresses and base years (same length), so numbers and years inside them
    are not read (``http://…/%E6%95%99%``: percent-escapes are no percentages)."""
    if "《" in text:
        text = _TITLE_SPAN.sub(lambda m: "□" * len(m.group()), text)
    if "http" in text or "www." in text:
        text = _WEB_ADDRESS.sub(lambda m: "□" * len(m.group()), text)
    if "基" in text or "年为" in text or "年是" in text:
        text = _BASE_YEAR.sub(lambda m: "□" * len(m.group()), text)
    return text


# ``以2015年为基数下降1/4``: the year a change is measured from, neither a past result nor the deadline
# ``在2020年的基础上提高1岁``; ``(2022年为54%)`` right after a target: the level it starts from
_BASE_YEAR = re.compile(r"以\s*(?:比\s*)?(?:19|20)\d\d\s*年(?:底|末)?(?:的?水平)?\s*(?:为|作为)\s*(?:基数|基准|基期|基础|基线)|"
                        r"在\s*(?:19|20)\d\d\s*年(?:底|末)?(?:的?水平)?的?基础上|"
                        r"(?<=[\d%‰上下内右个所人])[(（]\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:为|是)\s*\d[\d.]*\s*[%‰]?[)）]")


def names_base_year(text: str) -> bool:
    """``以2010年为基数``, ``在2020年的基础上``, a target's ``(2022年为54%)``: the base of a change (masked by
    ``masked_titles``)."""
    return _BASE_YEAR.search(text) is not None


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[\w./%?=&#:~+-]+", re.ASCII)


# ``为到2035年基本实现教育现代化奠定基础``: a vision the plan serves, not its deadline (O6)
_VISION = re.compile(r"为(?:到|至)?\s*20\d\d\s*年[^。]*?奠定[^。]{0,8}基础")
# (lead43) ``…乃规划某计划,作为2031年至2034年学年度的施政依据``: the span a document serves as the basis for names its
# period (O3: a year that only names a period), no deadline
_BASIS_SPAN = re.compile(r"(?:作为|作為)[^。，,；;]{0,6}?20\d\d\s*年?\s*(?:至|到|-|—|~)\s*20\d\d\s*年[^。，,；;]{0,6}?"
                         r"(?:施政|工作|行动|行動)?(?:依据|依據|指引|遵循|蓝图|藍圖)")
# (lead43) ``直接关系到2040年建成书香城市目标``: a goal named as what a matter bears on, no deadline of the text's (O3);
# the ``到`` belongs to the verb (``关系到``, ``涉及到``, ``提到``)
_BEARS_ON = re.compile(r"(?:关系到|關係到|关系着|關係著|关乎|關乎|事关|事關|影响到|影響到|涉及到|提到|谈到|談到)\s*20\d\d\s*年"
                       r"[^。，,；;]{0,30}?(?:目标|目標|愿景|願景)")
# ``2024年,优质学校覆盖率达到90%``: a sentence that opens with its year and commits to a level
# a level to reach with its number (``…达到95%``, ``不低于12.5年``), not a comparison (``远远低于发达国家``)
_LEVEL_NUMBER = re.compile(r"(?:达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|扩大到|降低到|降低至|下降到|下降至|"
                           r"保持在|稳定在|不低于|不少于|不小于|不超过|不高于|控制在|低于|高于|超过|至少)\s*\d|\d[^，,；;。]{0,6}?(?:以上|以下|以内)")
_OPENING_YEAR = re.compile(r"^(?:在|到|至)?\s*(20\d\d)\s*年(?:底|末)?\s*[,，]?")


def deadline_year(text: str) -> int | None:
    """The first deadline year of a sentence (到2025年, 2023年底前, a sentence that opens with its
    year and a level to reach), else None."""
    return deadline_at(text)[0]


def masked_corner_names(text: str) -> str:
    """(lead43) ``text`` with the programme names in corner brackets blanked (same length): their years name them (N9c),
    for the year readers only (the names stay readable as indicators)."""
    return _CORNER_PLAN_NAME.sub(lambda m: "□" * len(m.group()), text) if "「" in text else text


def deadline_at(text: str) -> tuple[int | None, int]:
    """(the first deadline year of a sentence, where it stands in the sentence); (None, -1) when none."""
    t = masked_corner_names(masked_titles(text))
    if "20" not in t or "年" not in t:
        return None, -1  # every match of the three patterns below holds a year ``20NN年`` (a cheap test before the scans)
    if "20" in t:  # every _YEAR_RANGE match holds 20, every _VISION match 奠定
        t = _YEAR_RANGE.sub(lambda m: "□" * len(m.group()), t)
        if "奠定" in t:
            t = _VISION.sub(lambda m: "□" * len(m.group()), t)
        if "依据" in t or "依據" in t or "指引" in t or "遵循" in t or "蓝图" in t or "藍圖" in t:
            t = _BASIS_SPAN.sub(lambda m: "□" * len(m.group()), t)
        if "到" in t or "关" in t or "關" in t or "事" in t:
            t = _BEARS_ON.sub(lambda m: "□" * len(m.group()), t)
    m = _YEAR_DEADLINE_SCAN.search(t)
    if m:
        g = next(k for k in range(1, YEAR_DEADLINE.groups + 1) if m.group(k))
        return int(m.group(g)), m.start(g)
    lead = len(t) - len(t.lstrip())
    m = _OPENING_MONTH_DEADLINE.match(t.strip())
    if m:
        return int(m.group(1)), lead + m.start(1)
    m = _OPENING_YEAR.match(t.strip())
    if m and reaches_level(t[m.end():]) and _LEVEL_NUMBER.search(t[m.end():]):
        return int(m.group(1)), lead + m.start(1)
    return None, -1


def year_before(text: str, pos: int) -> int | None:
    """The year stated in ``text`` nearest before ``pos``; else the first year after it."""
    return year_in(stated_years(text), pos)


def stated_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each year stated in ``text`` (《titles》 and year ranges masked), for
    ``year_in``: one scan of a sentence for all its numbers."""
    if "年" not in text:
        return []  # ``_YEAR_ANY`` needs it (seven sentences with a number in ten: no masking or scans)
    t = _YEAR_RANGE.sub(lambda m: "□" * len(m.group()), masked_corner_names(masked_titles(text)))
    return [(m.start(), m.end(), int(m.group(1))) for m in _YEAR_ANY_SCAN.finditer(t)]


def year_in(years: list[tuple[int, int, int]], pos: int) -> int | None:
    """``year_before`` from the sentence's ``stated_years``."""
    before = [y for start, end, y in years if end <= pos]
    if before:
        return before[-1]
    after = [y for start, end, y in years if start >= pos]
    return after[0] if after else None


# (fourteenth round) every branch opens with a character (``至(?<!截至)`` is ``(?<!截)至``, ``计划(?<!按计划)`` is
# ``(?<!按)计划``, a group of words or a class opening a branch written out one branch each, in its order): sre then skips
# to the places where one of the first characters stands instead of trying each branch at every character
FUTURE_MARKERS = re.compile(r"到\s*20\d\d\s*年|20\d\d\s*年或之前|至(?<!截至)\s*20\d\d\s*年|力争|确保|计划(?<!按计划)(?<!去年计划)(?<!前年计划)(?<!上年计划)(?<!上年度计划)(?<!提升计划)(?<!行动计划)(?<!改善计划)(?<!提高计划)(?<!培养计划)(?<!振兴计划)(?<!资助计划)(?<!扶持计划)(?<!援助计划)|将|今后|未来|预计(?!全年)|"
                            r"又会(?![议同商员])|亦会(?![议同商员])|也会(?![议同商员])|还会(?![议同商员])|新一轮|十四五|十五五|“十四五”|"
                            r"任务(?:是|为|如下)?\s*[:：]|目标(?:是|为|如下)?\s*[:：]|指标(?:是|为|如下)?\s*[:：]|"
                            r"(?:任务|目标|指标)[,，]?\s*(?:还|也|主要)?(?:包括|分别是|分别为)|(?:的|年度|主要)(?:任务|目标)是|"
                            r"任务数|目标数|计划数|拟(?<![模虚草]拟)(?![定订稿])|"
                            # (lead44) a goal dated ahead after what was done: ``去年增加42班,…,目标2031年再增加81班``
                            r"目标(?=\s*(?:20\d\d|\d{3})\s*年)|目標(?=\s*(?:20\d\d|\d{3})\s*年)|"
                            # (lead44) what a plan named just before sets out: ``已制订《…行动计划》,提出…覆盖率2031年达到40%``
                            # (a title masked by ``masked_titles`` reads as its blanks: ``□□□□,提出``)
                            r"提出(?<=[划案见要法□]》,提出)|提出(?<=[划案见要法]》提出)|明确(?<=[划案见要法□]》,明确)|提出(?<=□,提出)|明确(?<=□,明确)")  # ``…有10项任务:``: the list states what is to be done;
# (tgtA28) ``其他重点任务还包括…``: a list of tasks goes on; ``今年某省的目标是新建…``: the aim, without a colon; ``任务数120人,实际完成…``: the quota, stated before the result; (fourteenth round) ``已建甲园,拟收幼儿N名``: what is
# planned (``拟``) after a clause of what was done; (tgtA25) ``去年计划新建…``, ``上年度计划…``: the plan of a year that is
# over, cited in a later text, no word of what is ahead (N13c): the past year before it decides


_DEADLINE = re.compile(r"(?:到|(?<!截)至)\s*20\d\d\s*年")
_LIST_INTRO = re.compile(r"如下\s*[:：]?\s*$")


def introduces_past_list(paragraph: str) -> bool:
    """A paragraph that reports what was done and announces the list after it (``…4个项目已于9月底全部竣工,…
    具体情况如下:``): the items that follow report results, not targets."""
    p = paragraph.strip()
    if not p.rstrip(" :：").endswith("如下"):
        return False  # (the cheap test first: a paragraph scan per paragraph otherwise)
    return _LIST_INTRO.search(p) is not None and has_past_marker(p) and is_past_at(p, len(p))


# Every match of ``PAST_MARKERS`` holds one of these (one per branch: ``已`` for ``已经|已[^经]``, ``以来``
# for the ``…以来`` branch, ``月`` for ``1-6月`` and ``3月份已``, ...): a text without any holds no marker.
# ``PAST_MARKERS`` scans at ~200 ns a character (its branches share no first character); these substring
# tests cost about a seventh of that on the seeds' sentences with a number.
_PAST_LITERALS = ("已", "累计", "荣获", "获评", "被评为", "较", "比", "过去", "年来", "截至", "以来", "去年", "上一年",
                  "前年", "了", "实际", "下拨", "预计全年", "月", "十三五", "半年", "季度", "多来", "年度", "学年",
                  "增完成", "共完成", "计完成", "計完成", "计核", "計核", "计补", "計補", "计受", "計受", "计办", "計辦",
                  "计资", "計資", "计发", "計發", "计录", "計錄",  # (lead44) a report's tally
                  "建成的", "落成的", "竣工的",  # (lead44) a building newly finished
                  "近", "学期", "上个月", "上月", "上周", "上一周", "此前",  # (tgtA27) ``近三年``
                  "查出", "当场", "责令", "責令", "立案查", "查扣", "收缴", "收繳",  # (lead51) an inspection's tally
                  "共检", "共檢", "共排", "共抽", "共督", "共巡")


# (perf16) ``any(lit in text for lit in _PAST_LITERALS)`` in one scan: ~2.3x faster over the seeds' sentences, most of
# which hold none
_PAST_LITERAL = re.compile("|".join(map(re.escape, _PAST_LITERALS)))


# (speedA28) ``PAST_MARKERS`` tried only at the characters its branches open with (``\d`` among them): ~2x faster over
# the sentences that hold one of its literals (``tests/test_perf28_machinery.py``)
_PAST_SCAN = OpeningScan(PAST_MARKERS, categories=True)


@functools.lru_cache(maxsize=4096)  # (speedA30) a sentence is asked again for each of its numbers (a fifth of the calls)
def has_past_marker(text: str) -> bool:
    """``PAST_MARKERS.search(text) is not None``, the regex run only where a literal it needs occurs."""
    return _PAST_LITERAL.search(text) is not None and _PAST_SCAN.search(text) is not None


def is_past(sentence: str) -> bool:
    return has_past_marker(sentence)


def is_past_at(sentence: str, pos: int) -> bool:
    """Whether the number at ``pos`` reports a past result: the nearest marker before it decides
    (``“十三五”以来累计新增学位1.2万个,到2025年新建幼儿园5所``: 1.2万 is past, 5所 is not)."""
    future = [m.end() for m in FUTURE_MARKERS.finditer(sentence, 0, pos)]
    deadline = _DEADLINE.search(sentence, 0, pos)
    # ``到2024年,全市累计建成…1万个``: under a deadline, a cumulative total is what is to be reached
    past = [m.end() for m in _PAST_SCAN.finditer(sentence, 0, pos)
            if not (m.group().startswith("累计") and (deadline and m.start() > deadline.start() or forecasts_total(sentence, m.start())))
            and not marker_dates_nothing(sentence, m.start(), m.end(), pos)  # (r15) ``比2030年增12%以上``
            and not _named.marks_existing_things(sentence, m.start(), pos)]  # (tgtA23) ``在已建有…的基础上,新建…``
    if past or future:
        return bool(past) and (not future or past[-1] > future[-1])
    # no marker before it: the sentence as a whole decides, but for a comparison with a base after it
    # (``…开支为1,040亿元,比去年增加63亿元``, ``…预算约7.7亿,较去年增加11%``): a change from last year states how
    # the figure before it moved, not that the figure is a result
    if FUTURE_MARKERS.search(sentence):
        return False
    return any(not compares_to_base(sentence, m) and not marker_dates_nothing(sentence, m.start(), m.end())
               and not _named.marks_existing_things(sentence, m.start(), pos) for m in _PAST_SCAN.finditer(sentence))


# (twelfth round) ``比去年``, ``较上年度``, ``与去年相比``, ``比2014年``, ``較去年同期``: the base a change is measured from
_BASE_OF_CHANGE = re.compile(r"(?:比|较|較|与|與|同)\s*$")
_CHANGE_AFTER_BASE = re.compile(r"\s*(?:同期|度)?\s*(?:相比|相較|相较)?\s*[,，]?\s*(?:增加|增长|增長|提高|提升|上升|减少|減少|下降|降低|增|减|減|升|降|多|少)")


def compares_to_base(sentence: str, m: re.Match[str]) -> bool:
    """The past marker ``m`` names last year as the base of a change stated right after it (``比去年增加63亿元``,
    ``较去年增加11%``, ``與去年相比增加``, ``比上一年减少``): a budget's change over last year's, which dates the base, not
    the figures said before it. A change over a named year (``比2011年增长76.8%``) stays a marker: a review's
    result is stated so."""
    g = m.group()
    if g in ("去年", "上一年", "前年") and _BASE_OF_CHANGE.search(sentence, 0, m.start()) is not None:
        return _CHANGE_AFTER_BASE.match(sentence, m.end()) is not None
    return False

