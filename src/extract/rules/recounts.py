"""(fourteenth round) Runs of sentences that recount results, in pages without a review heading.

A county's report of the year's progress, a news report of a government work report that looks back on the year, or
the situation paragraph that opens an action plan tell what was done with the same verbs a plan commits with (``新建``,
``新增``, ``达到``, ``增至``). No heading says that they review (``cues.section_role``), so each of their numbers looked
like a target. What tells them is the shape of the genre: an achievement summary (``就业基础不断夯实``, ``办学质量稳步提高``,
``保障体系日益完善``, ``群众收入有了明显的提升``) or a period up to now (``某年以来``, ``近年来``, ``截至某年底``) opens the run,
and no sentence of it commits to anything (no ``将``, ``要``, ``力争``, ``计划``, ``确保``, ``到某年``, ``明年`` ...). The run goes
on, sentence by sentence and into the paragraphs after it, up to the first sentence that commits or dates a later year:
what stands in it is status (N2, N13), and neither its numbers nor its dated sentences are targets or goals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.rules.target_lists import masks_look_back_words, opens_look_back  # (r17 tfp17)
from extract.cues import has_future_year
from extract.rules.look_back_openers import after_source_lead, opens_counted_years
from extract.rules.text import deadline_year, masked_titles
from extract.rules.target_frames import commits_within_year
from extract.rules.target_phrasings import masks_measured_against_plan, news_lead_year, opens_to_month, ranks_held  # (r16 t24)
from extract.rules.target_phrasings import opens_part_year_to_date  # (tgtA33) ``1-3月份,``, ``上半年,``
from extract.rules.scan import OpeningScan

_SENT_END = re.compile(r"[。!?！？]")
_CLAUSE = re.compile(r"[，,；;：:]")
_DIGIT = re.compile(r"\d")

# an achievement summary at the end of its clause: a subject, an adverb of what has been going on, a verb of
# improvement (``体系不断完善``, ``质量稳步提高``, ``产业加快发展``, ``影响持续扩大``); or a reached change said as a
# noun (``有了明显的提升``, ``取得了显著成效``, ``成效明显``, ``进展顺利``)
_ADVERB = r"(?:不断|持续|日益|稳步|明显|显著|逐年|大幅|加快|加速|快速|进一步得到|不断得到|持续得到|得到有效|得到明显|得到显著)"
# (not ``增长``, ``增加``: ``居民收入稳步增长`` is how a plan states an expected figure)
_IMPROVED = (r"(?:夯实|提高|提升|完善|扩大|增强|改善|优化|巩固|发展|繁荣发展|融合发展|健全|彰显|凸显|加强|壮大|"
             r"拓展|深化|规范|落实|向好)")
_ACHIEVED = re.compile(_ADVERB + _IMPROVED + r"$"
                       r"|有了(?:明显|显著|很大|较大|长足|大幅)的?(?:提升|提高|改善|进步|发展|增长)$"
                       r"|取得了?[^，,；;。]{0,10}?(?:成效|成绩|成果|成就|进展|突破)$"
                       r"|(?:成效|成果)(?:明显|显著|初显|突出)$|进展(?:顺利|良好)$"
                       # (``成绩喜获双丰收``, ``迎来大丰收``: a harvest of results reached)
                       r"|(?:喜获|获得|迎来|夺得|喜獲|獲得|奪得)[^，,；;。]{0,3}丰收$")
# a verb that drives the improvement (``推动养老服务加快发展``, ``促进质量稳步提高``): a task, not a result
_DRIVES = re.compile(r"(?:推动|促进|推进|引导|鼓励|支持|确保|实现|着力|努力|力争|争取|助力|带动|加快推进|持续推进|坚持|使|让|"
                     r"以|为|要|将|需|应|必须)")
# a period up to now that opens the sentence (``某年以来,``, ``近年来``, ``近三年``, ``截至某年底``, ``过去一年``)
_TO_DATE = re.compile(r"^(?:自|从)?(?:(?:19|20)\d\d\s*年(?:\d{1,2}\s*月)?|近年|近[两三四五几]年|今年|去年|[“\"]?十[二三四]五[”\"]?)"
                      r"(?:以来|来)"
                      # (``自2030年列入省级实事以来``, ``自项目启动以来``: from an event up to now)
                      r"|^(?:自|从)[^，,。；;]{1,24}?以来"
                      r"|^(?:截至|截止)(?:到)?\s*(?:(?:19|20)\d\d\s*年|目前|[上本]年|去年)"
                      r"|^(?:过去|近)(?:的)?(?:一|两|三|四|五|几|\d{1,2})年(?:里|来|中|间)?[,，]"
                      # (``过去的2031年,``: a year gone by, named)
                      r"|^过去的?\s*(?:19|20)\d\d\s*年(?:里|中|间)?[,，]"
                      r"|^(?:据悉|据了解|据统计|记者了解到)?[,，]?\s*(?:目前|截至目前|至今|迄今)[,，]?\s*(?:全[省市县区]|我[省市县区])"
                      # (lead41) the efforts behind what is told (``经过全县上下共同努力,``, ``经过多年建设,``): what they achieved
                      r"|^(?:经过|經過)[^，,。；;]{0,16}?(?:努力|奋斗|奮鬥|拼搏|攻坚|攻堅|建设|建設)[，,]")
# what a page writes when it turns to what is to come: modal words beyond ``commitment_cues`` (``力争``, ``确保`` ...),
# a plan's words, the next step
_AHEAD = re.compile(r"力争|确保|争取|计划(?!生育)|规划|目标(?:是|为|[:：])|的目标任务|任务(?:是|为|[:：])|提出|(?<!基本)(?<![的高新严])要求|下一步|下步|今后|未来|"
                    r"明年|来年|实事|如下|(?<![不无])希望(?!工程|小学|学校|之星|杯|能?对(?:大家|您|你))|努力实现|"  # (goalB33) a hope or strife, no courtesy to the reader
                    # a decision, a plan's issue, a purpose that the measures after it serve (``县政府决定,新建…``,
                    # ``为进一步扩大优质资源,全区新建…``)
                    r"决定(?!了)|部署(?!了)|印发|为了?进一步")
# the state a plan's goals describe (``…体系更加完善``, ``基本形成…格局``): a vision, not a result; (lead41) a weak cue: in a
# run that already recounts results it needs a second one (``…以来,…取得了显著成绩。…城区基本普及学前三年教育,毛入园率
# 达29%``: a state reached, told with the vision's words)
_VISION = re.compile(r"更加|更趋|更为|基本(?<!率先基本)(?<!已基本)(?:形成|建成|建立|实现|满足|普及|消除|健全)(?!了)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
_OPENING_YEAR = re.compile(r"^(?:在|到|至|于)?\s*((?:19|20)\d\d)\s*年")
_OPENING_NOW = re.compile(r"^(?:今年|本年度?|明年|来年|新的一年)(?!以来|来)")
# ``计划生育``: the name of a population policy, no plan (``计划生育率达到90%`` reports a rate)
_FAMILY_PLANNING = re.compile(r"计划(?:生育|免疫)")
# a modal of the future, read over a whole sentence (``cues.commitment_cues`` reads it in the clause before a number):
# never inside a word (``效应``, ``应用``, ``需求``, ``主要``, ``将近``)
_MODAL = re.compile(r"将(?!近|军)|(?<![主重需纲摘只])要(?![求素点闻])|需(?!求)|必须|务必|(?<![效供相适反对响呼感])应(?![用急届聘征])|"
                    r"拟(?!人)|预计(?!全年)|预期(?!寿命|壽命|受教育年限)|(?:政府|我们|当局|[局署府部]|亦|也|还|并)会(?![议同员所场长谈见计展期])")
# (perf25) ``_AHEAD`` and ``_MODAL`` searched only where a match can open (``scan.OpeningScan``): branches that open with a
# lookbehind leave the engine no first characters, so a plain search tried every branch at every character
_AHEAD_SCAN = OpeningScan(_AHEAD)
_VISION_SCAN = OpeningScan(_VISION)
_ACHIEVED_SCAN = OpeningScan(_ACHIEVED)  # (perf25, ``achievement_summary``: ~2x the plain search)
_MODAL_SCAN = OpeningScan(_MODAL)
# ``截至2030年``: a date up to which results are told, no deadline (``text.deadline_year`` reads it as one)
_SINCE_EVENT = re.compile(r"^\s*(?:自|从)[^，,。；;]{1,24}?以来")
_TO_DATE_YEAR = re.compile(r"(?:截至|截止)(?:到)?\s*(?:19|20)\d\d\s*年")


# a result told as done: ``了`` after a verb (not ``了解``, ``为了``, ``除了``), ``已``, ``累计``, ``先后``, ``以来``, ``截至``, an
# award or a listing (``荣获``, ``获评``, ``入选``, ``被评为``), a task met (``顺利通过``, ``圆满完成``, ``超额完成``), a change
# over last year, a first (``首家``, ``率先``); (perf17) ``了(?<![为除]了)`` for ``(?<![为除])了``: every branch opens with a
# character, so sre skips to the places where one of them stands (a lookbehind first had it try every branch everywhere)
_RESULT_MARK = re.compile(r"了(?<![为除]了)(?![解])|已|累计|先后|以来|年来|现有|截至|截止|荣获|获评|获得|入选|被(?:评|认定|命名|授予|列为)|"
                          r"顺利(?:通过|完成)|圆满完成|超额完成|全面完成|同比|比上年|较上年|比去年|较去年|首家|首个|率先")
# a paragraph of prose: a line with no sentence or clause mark is a title or a list item
_PROSE = re.compile(r"[。，,；;!?！？]")


def achievement_summary(sentence: str) -> bool:
    """A clause of the sentence is an achievement summary (``…,就业基础不断夯实``, ``办学质量稳步提高``, ``保障体系日益完善``,
    ``群众收入有了明显的提升``, ``取得了显著成就``): a subject said to have improved, not a verb that drives an improvement
    (``推动…加快发展``)."""
    for clause in _CLAUSE.split(sentence.strip().rstrip("。!?！？")):
        m = _ACHIEVED_SCAN.search(clause.strip())
        if m is None:
            continue
        head = clause.strip()[:m.start()]
        if _DRIVES.search(head) is None and (head or m.group().startswith(("有了", "取得"))):
            return True
    return False


def opens_period_to_date(sentence: str) -> bool:
    """The sentence opens with a period up to now (``2030年以来,…``, ``近年来``, ``截至2030年底,…``, ``过去一年,…``):
    what it says was done by then."""
    if opens_counted_years(sentence):  # ``五年来,``, ``根据…统计数据,三年来,``
        return True
    if (told := after_source_lead(sentence)) is not None and told.strip() and opens_period_to_date(told):
        return True  # ``据统计,截至2031年底,…``: a period opener behind a quoted source
    return _TO_DATE.match(sentence.strip()) is not None or opens_to_month(sentence) or opens_part_year_to_date(sentence) \
        or opens_look_back(sentence)  # (r16 t24) ``截至6月底,``; (r17 tfp17) ``这一年,``, ``报告提出,过去一年,``; (tgtA33) ``上半年,``


# a review of a past year, as a meeting or a work report frames it (``会上,主任总结了2030年的工作``, ``报告回顾了
# 2030年的工作``, ``报告提到,2030年,…``)
_REVIEWS_YEAR = re.compile(r"(?:总结|回顾)了?(?:总结)?[^，,；;。]{0,12}?((?:19|20)\d\d)\s*年"
                           r"|(?:报告|公报)中?(?:提到|指出|显示|称|介绍|回顾)[,，:：]?\s*((?:19|20)\d\d)\s*年")


# what only a report of results writes: a task met or beaten, an award or a listing won, a first, a count to date
_STRONG_RESULT = re.compile(r"超额完成|圆满完成|顺利完成|提前完成|顺利通过|荣获|获评|获得[^，,；;。]{0,12}(?:称号|奖)|入选|被(?:评为|认定为|命名为|授予)|"
                            r"首家|首批|率先|截至目前|截至[^，,；;。]{0,8}底|累计|先后|创历史新高|创新高")


def tells_results(paragraph: str) -> bool:
    """A prose paragraph that reports results throughout: no sentence of it commits (``commits``) and it writes at least
    two different marks that only a report of results writes (``超额完成``, ``入选``, ``首家``, ``截至目前``, ``累计``)."""
    if not _PROSE.search(paragraph):
        return False
    marks = {m.group() for m in _STRONG_RESULT.finditer(paragraph)}
    marks |= ranks_held(paragraph)  # (r16 t24) ``位居全省第二``: a rank a report tells
    if len(marks) < 2:
        return False
    return not any(commits(s) for s in _SENT_END.split(paragraph) if s.strip())


def reviews_year(sentence: str) -> int | None:
    """The past year a sentence frames as reviewed (``会上,主任总结了2030年的工作``, ``报告提到,2030年,…``), or
    None: what follows tells that year's results."""
    m = _REVIEWS_YEAR.search(sentence)
    if m is None:
        return news_lead_year(sentence)  # (r16 t24) ``记者从…会议上获悉,2030年全县…``: the year the meeting reviewed
    return int(m.group(1) or m.group(2))


def commits(sentence: str, recounting: bool = False) -> bool:
    """The sentence commits to something still to come: a modal (``将``, ``要``, ``拟``, ``预计``), a deadline
    (``到2025年``, ``2025年前``), the next year, a plan's words (``力争``, ``确保``, ``计划``, ``目标是``, ``提出``), a list of
    实事, the next step, a decision or a purpose (``决定``, ``为进一步``), the state a plan's goals describe (``更加完善``,
    ``基本形成``; (lead41) not in a run that already recounts results, ``recounting``: there it tells a state reached).
    A medical or population term is no plan (``计划生育``, ``计划免疫``), a 《title》 no commitment."""
    s = _TO_DATE_YEAR.sub("□", _FAMILY_PLANNING.sub("□", masked_titles(sentence)))
    s = _SINCE_EVENT.sub("□", s)  # (``自2030年列入省级实事以来``: the start of a period up to now, no commitment)
    s = masks_measured_against_plan(s)  # (r16 t24) ``占计划80%``, ``已将…``: a result measured against the plan
    s = masks_look_back_words(s)  # (r17 tfp17) ``果断应对``, ``报告提出,过去一年,``: no commitment
    if _AHEAD_SCAN.search(s) or (not recounting and _VISION_SCAN.search(s)) or has_future_year(s) \
            or deadline_year(s) is not None:
        return True
    if commits_within_year(s):  # (r16 tfn16) ``年内完成…``: the running year's deadline
        return True
    return _MODAL_SCAN.search(s) is not None


@dataclass
class Recount:
    """What a recount run carries from one paragraph to the next: open or not, and the latest year it told."""

    open: bool = False
    year: int | None = None
    committed: bool = False  # the last sentence read committed (``commits``)


def recount_spans(paragraph: str, carry: Recount) -> list[tuple[int, int]]:
    """The runs of sentences of ``paragraph`` that recount results, as (start, end) in it, ``carry`` read and updated.
    A run opens at a sentence that does not commit (``commits``) and opens a recount: an achievement summary (not right
    after a sentence that commits: ``到2033年,…。服务环境明显改善,…`` states the goal's state), a period up to now
    (``opens_period_to_date``), or a review of a past year (``reviews_year``); or it goes on from the paragraph before
    (``carry.open``). It holds every sentence up to the first that commits or that turns to another time: it opens
    with a year later than the run's, or, telling no result of its own, with any year (a run that told none) or with
    ``今年``/``明年``."""
    spans: list[tuple[int, int]] = []
    if carry.open and not _PROSE.search(paragraph):
        carry.open = False  # (a line with no sentence mark is a title or a list item: ``8个口袋公园建设``)
    # an achievement summary opens a run only where the paragraph tells a result (``了``, ``已``, ``累计``, ``入选``) and
    # no sentence before it commits: ``--培训质量稳步提高。…达到85%以上`` in a list of goals states a goal
    marked = _RESULT_MARK.search(paragraph) is not None and _PROSE.search(paragraph) is not None
    commits_before = False
    open_ = carry.open or tells_results(paragraph)
    year = carry.year
    committed = carry.committed
    pos = 0
    start = None
    for piece in _SENT_END.split(paragraph):
        a, b = pos, pos + len(piece)
        pos = b + 1
        s = piece.strip()
        if not s:
            continue
        opening = _OPENING_YEAR.match(s)
        said = int(opening.group(1)) if opening is not None and not opens_period_to_date(s) else None
        # a sentence that turns to another time: a year after the run's, or (a run that told no year) any year or
        # ``今年``/``明年`` where the sentence itself tells no result (``近年来,…不断完善。2032年,全区新增托位1200个``)
        later = open_ and said is not None and year is not None and said > year
        if open_ and not later and ((said is not None and year is None) or _OPENING_NOW.match(s)):
            later = _RESULT_MARK.search(s) is None and not achievement_summary(s)
        # (``2030年,全县入园率达95%`` in a run that reviews 2030: the year of the results, no deadline)
        told = s[opening.end():] if open_ and said is not None and not later else s
        if later or commits(told, open_):
            open_ = False
            committed = commits_before = True
            if start is not None:
                spans.append((start, a))
                start = None
            continue
        # (speedA34) the flags before the summary's scan, the review read once: the same tests, cheaper first
        reviewed = None
        if not open_ and ((not committed and not commits_before and marked and achievement_summary(s))
                          or opens_period_to_date(s) or (reviewed := reviews_year(s)) is not None):
            open_ = True
            year = reviewed if reviewed is not None else reviews_year(s)
        committed = False
        if open_:
            years = [int(y) for y in _YEAR.findall(s)]
            if years:
                year = max(years) if year is None else max(year, max(years))
            if start is None:
                start = a
    if start is not None:
        spans.append((start, len(paragraph)))
    carry.open = open_
    carry.year = year if open_ else None
    carry.committed = committed
    return spans


# a number with its measure word and the four characters before it (``健身场地9处``): what a headline and the body
# share when the headline restates a body sentence
_TOLD_AMOUNT = re.compile(r"[\u4e00-\u9fff]{4}(?:约|近|逾)?\d+(?:\.\d+)?\s*[\u4e00-\u9fff%‰]{1,3}")


def restates_recount(line: str, recounted: str) -> bool:
    """A headline line (no sentence mark) that restates a result the body recounts (``2031年,某区新建健身场地9处`` over
    the body's ``…稳步提高。…新建健身场地9处,…``, G4a): one of its amounts, with the words right before it, stands in
    the recounted text."""
    if "。" in line or len(line.strip()) > 60 or not recounted:
        return False
    return any(m.group() in recounted for m in _TOLD_AMOUNT.finditer(line))
