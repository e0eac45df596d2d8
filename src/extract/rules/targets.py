"""Numeric targets from running text and from rebuilt tables.

A target is a number with a unit (or ``%`` / ``百分之``) in a sentence that commits to the
future. Numbers in names and slogans (inside short “...” quotes, ``5+2``, ``2.0`` versions,
``N分钟健身圈``), in 《titles》, years, dates, ordinals and baselines (``由A提高到B``: A) are
skipped; sentences about the past are skipped.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from extract.cues import Decision, SectionRole, fraction_of_change, is_breakdown, is_signed_ratio
from extract.rules.target_cues import (Carry, breaks_down, in_batch_pointer, continues_report, distributed_items, jointly_reached, names_size_class,
                                       quotes_a_level, reports_term_opening, states_level_only, range_of_same_unit,
                                       describes_opened_works)
from extract.rules.target_money_amounts import names_next_level
from extract.rules.target_years import each_of_two_years, calendar_years, masks_base_years
from extract.rules.text import Piece, has_past_marker, masked_titles, sentences, stated_years, year_in
from extract.rules import project_stage_counts as _stage_counts
from extract.rules.target_forms import rate_without_sign, shared_unit, reach_of_amount
from extract.rules.target_layouts import (AFTER_AGGREGATE, BROKEN_NUMBER, bracketed_share, goes_on_after_again, mended_number,
                                          modal_follows, one_value_fenbie, plans_count, rate_exceeds)
from extract.rules.target_counts import continues_numbered_items, each_of_joined_list, index_level, restates_amount
from extract.rules.target_exclusions import same_measure, breaks_down_untaken_total, without_qualifier_items, shares_first_value_status
from extract.rules import thousand_units as _thousand  # (N8b) 千 before 元
from extract.rules import amount_parts as _parts  # (tgtB25, N8b) amounts in parts read whole
from extract.rules import target_kpi_bullets as _kpi  # (tradA27) dash-bulleted indicator lists
from extract.rules import target_budget_comparisons as _bcmp  # (tradA27) a budget compared with another year's
from extract.rules import level_lists as _lvl  # (tgtA27) a sentence that lists levels after targets
from extract.rules import progress_shares as _progress_share  # (tgtA27) a completion rate above 100%
from extract.rules import target_quantities as _tfn17  # (r17 tfn17)
from extract.rules import area_units as _area  # ``平米``
from extract.rules import past_dates as _w17  # (r17 wide17)
from extract.rules import quoted_tasks as _qtask  # (tgtB21) a whole task quoted
from extract.rules.thousand_counts import THOUSAND_ALONE, THOUSAND_BEFORE_COUNT, YI_PARTS_BEFORE_WAN  # ``2千多万元``, ``1亿7,000多万元``
from extract.rules.building_storeys import METRE_TW  # ``地上5层、地下1层``
from extract.rules.counter_words import TENTH_AND_CASE_MEASURES  # a counter that opens a word (``2组织``)
from extract.rules import figure_frames as _frames  # scaled rate per-parts, a plan's own outline, month cut-offs
from extract.rules.target_frames import (WAN_COMPOUND, bound_before_value, bracketed_suffix, builds_in_batches, earmarked_for,
                                         chinese_numeral_years, financial_year_spans, masks_designation_years, masks_letter_dates,
                                         masks_list_title_years, planned_total_before_progress, wan_compound_value, wan_kilo_value)
from extract.rules import rulebook_targets as _rb  # (rulebook: N1a, N1b, N1d, N8c)
from extract.rules.target_lists import bound_over_list, dated_by_next_year_word, first_of_year_pair, masks_document_name_years  # (r17 tfp17)
from extract.rules.target_phrasings import continues_works_item, only_item_mark  # (r16 t24)
from extract.rules.target_status import is_status_rejection, opens_with_amount, opens_with_period_to_date, plan_turns_after_frame, status_runs_on
from extract.rules.target_number_forms import (ratio_start, splits_amount_in_brackets, opens_list_item, grouped_digits, is_separator_space,
                                               mark_before_cohort_year,
                                               announces_targets)
from extract.rules.target_hand_decisions import _hand_decision
from extract.rules import named_numbers as _named
from extract.rules import title_commitments as _tcom  # (N3) commitments written as a run of 《》 titles
from extract.rules import item_years as _iyear  # (N9) a year inside one item of a ``;`` list
from extract.rules import year_runs as _yrun  # (N9, N9e) a run of years shared out over a ``分别`` list
from extract.rules import set_out_counts as _setout  # (N12a) a count the items named after it make up
from extract.rules import chosen_lists as _chosen  # (N12a) the count of a list reported chosen
from extract.rules import progress_stage_counts as _pstage  # (N13) works counted by their stage now
from extract.rules import reply_frames as _rf  # (famA27) N9b: the year of a decision taken
from extract.rules import bounds_after as _bafter  # (N1b) ``以120公顷为上限``: a bound written after the amount
from extract.rules import compound_measures as _cmeas  # (N8) ``亿吨标准煤``
from extract.rules import rate_standards as _rstd  # (N2a) a subsidy rate per head or per period
from extract.rules import year_yardsticks as _yard  # (N13c) the year's target as a progress note's yardstick
from extract.rules import task_shares as _shares  # (tgtA25) N2, N17d: the shares of a task shared out
from extract.rules import past_results as _rest16  # (tgtA25) N2: a former level opened by 原本
from extract.rules import measure_words as _mw30  # (tgtA30) N8: more measure words as written
from extract.rules import finished_works as _fin30  # (tgtA30) N13: works reported finished before the text's date
from extract.rules import base_frame_years as _cat30  # (tgtA30) N9: a base frame's year (在2031年…的基础上) dates nothing
from extract.rules import target_value_forms as _vf34  # (tgtB34) N4, N8: ``4年半``, ``2.2∶1``, ``≥71,``, ``0.011以内``, more measure words
from extract.rules import to_date_reports as _todate  # (tgtA34) N13: ``截至目前…``, a figure as of now
from extract.rules import study_findings as _findings  # (tgtA34) N13: ``研究结果如下:…``, a study's findings
from extract.rules import outturn_rates as _outturn  # (tgtA34) N13: ``住院分娩5320人,住院分娩率97.2%``, an outturn
from extract.rules import page_gallery_lines as _gallery  # (tgtA34) G2a: a gallery caption, a sharing site's hidden text
from extract.rules import old_pledges as _pledges  # (tgtA34) N13, N13c: ``到今年增加N班``, ``4年前…提出要增加N班``
from extract.rules import written_numbers as _written  # (tgtC34) N4, N8: ``百分之六十``, ``$1,100``
from extract.rules import sanction_thresholds as _sanction  # (tgtA37) N2: ``累计犯规6次必须离场``, a rule's trigger
from extract.rules import clause_numbers as _clauseno  # (tgtA37) G2: ``1.2 本标准适用于…``, a clause number
from extract.rules import plan_progress as _planprog  # (tgtA37) N13: ``完成年度计划投资的31.7%``, ``低于序时进度1.6个百分点``
from extract.rules import work_done_reports as _workdone  # (tgtA37) N13: ``先后投入…完成``, ``共修通…,主要是甲线10公里``
from extract.rules import scope_counts as _scope37  # (tgtA37) N12: ``项目涉及8个县市区``, the measure's scope
from extract.rules import date_year_parts as _dateyear  # (tgtA37) ``20年4月18日``, ``2014/15年度``: a date's year
from extract.rules import people_tallies as _tally37  # (tgtA37) N13: ``約計700戶申請``, ``(計74人)``: who took part
from extract.rules import budget_years_ahead as _bya  # (lead42) an allotment opening a sentence
from extract.rules.text import masked_corner_names  # (lead43)
from extract.rules import relative_time_clauses as _reltime  # (lead43) a clause opened by its own relative time
from extract.rules import result_list_leads as _rll  # (lead42) a breakdown of results reached
from extract.rules import recall_forms as _recall  # (tgtB37) N8b ``4千多万经费``, N17 headline runs, N5 ``分别1,1,2名``, ``N名X将…``

_MEASURE = (
    # (thirteenth round) a currency named after the amount, as Macau, Hong Kong and Taiwan pages write money
    # (``每月2,400澳門元``, ``約7.7億澳門幣``, ``2億港元``, ``新台幣5000萬元`` names it before): the unit as written (N8)
    _rb.MEGA_MEASURES +  # (N8) ``100兆瓦``, ``30兆元``: the unit as written
    _tfn17.MEASURES +  # (r17 tfn17) ``800延长米``, ``3,912平方公尺``, ``1200剂次``, ``8000穴``
    _vf34.MEASURES +  # (tgtB34) ``奖状1纸``, ``5万羽``, ``10群``, ``2卷``, ``2桶``, ``200毫升``, ``2500字``
    _mw30.MEASURES +  # (tgtA30) ``221延米``, ``120梯次``, ``60km``, ``149格汽车停车位``, ``0.06毫克/标准立方米``
    _w17.MEASURES +  # (r17 wide17) ``600万千瓦``, ``6万根``, ``1.3万亿斤``
    _area.MEASURES +  # ``3万平米``: the short written form of 平方米
    _frames.MEASURES +  # ``1000棵``
    TENTH_AND_CASE_MEASURES +  # ``35案``, ``4成``
    METRE_TW +  # ``19公尺``
    _named.CHANNEL_MEASURES +  # (tgtA23) ``监控500路``: channels
    "澳门元|澳门币|港元|港币|新台币|美元|"
    "个百分点|百分点|个工作日|工作日|日历天|个月|个年度|个小时|个课时|个学时|m2|m²|万平方米|平方米|平方公里|方米|公里|万人次|人次|万人|万元|亿元|元|万册|万套|万个|万台|万件|万张|"
    "万公斤|公斤|千克|"  # (lead50) ``收购300万公斤``: a weight
    "件套|台套|场次|批次|床位|公顷|千米|课时|学时|小时|分钟|学分|周|天|年|个|所(?!(?:示|列|述|載|载)(?:[。,，;；:：的\\s)）]|$))|名额|名額|学额|學額|名|元人民币|人民币|人(?!才)|项|次|场|门|家(?!庭|长(?!者))|套|间|台|件|张|册|本|支(?![持付出援撑])|处|座|"
    "条|节|亩|坪|立方米|米|倍|例|吨|盏|周岁|岁|兆|层|楼(?=高)|平方(?![米公千])|"
    "类|种|期|届|班|篇|部|堂|轮|批|位|块|片|栋|幢|枚|首|份|户|对|组|岗|园|校|株|辆|床|架|只|头(?![等号条版])"
)
# (twelfth round) N8a: a rate unit keeps its per-part written after the measure, one or two denominators joined by
# ``、``, ``·`` or ``/`` (``370元/生、学期``, ``600元/生·学年``, ``200元/人·月``, ``55万吨/日``, ``45人/班``, (tgtC39) ``2套/校``,
# ``1名/园``: per school, per kindergarten, no word going on: ``2所/校区``); never a list's next
# item (``400元/人、500元/人``: a digit follows the ``、``) nor a date's weekday (``1日 / 星期四``: no blank is taken)
_RATE_DEN = _frames.SCALED_RATE_DENOMINATORS + _mw30.RATE_DENOMINATORS + "学期|学年|人次|课时|小时|季度|平方米|生|人|户|床|年|月|周|日|天|次|亩|班|校(?![\u4e00-\u9fff])|园(?![\u4e00-\u9fff])"
_RATE_TAIL = r"(?:/(?:" + _RATE_DEN + r")(?:[、·•・/](?:" + _RATE_DEN + r")(?:(?=的)|(?![\u4e00-\u9fff])))?)?"  # (lead46) ``800元/年/生的标准``
NUMBER = re.compile(
    r"(?:(?<![\d.A-Za-z+])|" + AFTER_AGGREGATE + r")(?<!\d[万亿兆])(?!(?<=\d,)\d{3}(?!\d))(?P<pct_word>百分之)?(?P<v>" + BROKEN_NUMBER + r"|" + _written.PERCENT_WORDS + r"|" + _written.WAN_KILO_HUNDRED + r"|" + WAN_COMPOUND + r"|" + _rb.WAN_COUNT_COMPOUND + r"|" + _rb.ZHAO_COMPOUND + r"|" + _parts.YI_BEFORE_KILO_WAN + r"|" + _parts.YI_BEFORE_YUAN + r"|" + _parts.WAN_BEFORE_AREA + r"|\d{1,5}(?:\.\d+)?\s?亿\s?(?:\d{1,4}|\d,\d{3})(?:\s?万\s?(?:\d{1,4}|\d,\d{3})(?=\s?元)|" + YI_PARTS_BEFORE_WAN + r")|\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|(?<=[\u4e00-\u9fff])\d{1,3}(?: \d{3})+(?= ?[\u4e00-\u9fff])|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<range>--?|——?|–|~|～|至|到)\s*(?P<vmax>\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?))?"
    r"\s*(?P<unit>%|‰|/(?:10万|万|千|人)|" + _vf34.RATE_WITHOUT_CURRENCY + r"|(?:多(?=[万亿]))?(?P<wan>" + _w17.MAGNITUDE + r"|" + _thousand.THOUSAND_BEFORE_YUAN + r"|" + THOUSAND_BEFORE_COUNT + r")?[余多]?(?:" + _MEASURE + r")" + _RATE_TAIL + r"|(?:余|多)(?:" + _MEASURE + r")|" + _recall.KILO_MORE_WAN + r"|千万|" + _parts.KILO_WAN_UNIT + r"|" + THOUSAND_ALONE + r"|(?:多(?=[万亿]))?[万亿](?![\d.]|分之))?"
)
# every match of NUMBER starts with a digit or ``百`` (of ``百分之``). NUMBER opens with lookbehinds, so a search tries
# the whole pattern at every character (~0.4 us each); this class lets the engine skip to the places it can start
_NUMBER_START = re.compile(r"[\d百]")


def numbers(text: str) -> Iterator[re.Match[str]]:
    """``NUMBER.finditer(text)``, the same matches (lookbehinds see the text before the place tried), tried only
    where a number can start: about half the time of the scan."""
    pos = 0
    while (c := _NUMBER_START.search(text, pos)) is not None:
        m = NUMBER.match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()  # (never empty: a match holds a digit)


_GE = re.compile(r"(?:不低于|不少于|不小于|不得少于|不得低于|至少|最少|力争达到|力争达)\s*$")
_LE = re.compile(r"(?:不超过|不超|不高于|不多于|不得超过|不大于|最多|控制在|控制到|上限(?:则|亦|仍)?(?:为|是|维持在|维持)?)\s*$")  # ``上限3000个``: a ceiling
# (tgtB34, N1b) ``上限则为2250元``, ``津贴上限维持6,000元``: the ceiling with its verb; (N1) ``失业率不超4.6%``: ``不超过``'s short form
_LT = re.compile(r"(?:低于|少于|小于)\s*$")
_GT = re.compile(r"(?:超过|高于|多于|大于|超|突破|逾)\s*$")  # ``逾5亿元``: more than, as Hong Kong, Macau and Taiwan write it
_SUFFIX = re.compile(r"^\s*(以上|及以上|或以上|以下|或以下|以内|之内|左右|内)")  # (tgtA25) ``1000平方米或以上``
_CLAUSE_BOUND = re.compile(r"[，,；;。：:!?！？\n|]")  # one character each (``_Clauses`` counts on it)
_DIGIT = re.compile(r"\d")
# patterns used inline below, compiled once
_STRIVE_TO_REACH = re.compile(r"力争(?:(?:到|在|于)?\s*20\d\d\s*年(?:底|末)?)?[^\d，,；;。]{0,14}达到?\s*$")  # 力争到2025年…达到95%; (tgtB34) 力争2020年底…达到
# (tgtA25) two measures joined before one level, further back: ``力争“甲通”覆盖率和乙网络建设率达100%``
_STRIVE_FOR_JOINED = re.compile(r"力争[^\d，,；;。]{1,12}(?:和|与|及|、)[^\d，,；;。]{1,12}达到?\s*$")
_LOOSE_BOUND = re.compile(r"(不少于|不低于|至少|不超过|不高于|控制在)[^\d，,；;。]{0,10}$")
# (N2, N13b) ``不低于本县农村居民人均可支配收入水平的1.5倍``: a bound on a multiple of a standard, the standard's name between
_MULTIPLE_BOUND = re.compile(r"(不少于|不低于|至少|不超过|不高于)[^\d，,；;。]{0,16}(?:标准|標準|水平|工资|工資)的$")


def _multiple_bound(before: str) -> re.Match[str] | None:
    """``不低于本县农村居民人均可支配收入水平的`` right before ``1.5倍``: the bound word binds the multiple of the standard it names."""
    return _MULTIPLE_BOUND.search(before[-24:]) if before.endswith("的") else None
_POST_CUT = re.compile(r"[，,；;。、和及与]")
_POST_COMPARATOR = re.compile(r"^(?:以上|及以上|以下|以内|左右)")
_ADVERBS = re.compile(r"^(?:并|持续|进一步|逐步|全面|大力|积极|重点|努力|基本|再)+|(?<=.)(?:并|持续|进一步)")
_ITEM_SEP = re.compile(r"[、和及与]")
_WHICH_SCHOOLS = re.compile(r"(?:的)?(?:学校|规模|班级|企业|单位)")
_ROW_LABEL_HEAD = re.compile(r"^(?:\d{1,2}[.、]\s*)?(?:其中|含)?[:：]?\s*")
_LEAD_TRIM = re.compile(
    r"^(?:(?:到|至|在)?\s*20\d\d\s*年(?:底|末|前|内)?|每年|每学年度?|每学期|年均|全年|三年内|五年内|“十四五”期间|十四五期间|"
    r"力争|确保|全区|全县|全市|其中|新增|累计|逐步|持续|进一步|并|和|及|、|\s)+"
)
_TAIL_TRIM = re.compile(
    r"(?:分别|均|都|要|将|需|须|应|能|可|稳定|保持|控制|提高|提升|增加|增长|降低|下降|减少|扩大|达到|达|为|在|到|至|"
    r"不低于|不少于|不小于|不得少于|不得低于|至少|最少|不超过|不高于|不多于|不得超过|最多|低于|少于|超过|高于|"
    r"力争|约|共|总计|合计|累计|新增|\s)+$"
)
# (speedA26) the characters ``_TAIL_TRIM``'s words end with (its alternation: plain words and ``\s``): a text whose last
# character is none of them nor a blank has no tail to trim, and the scan (tried at every character) is skipped
_TAIL_LAST = frozenset(w[-1] for w in _TAIL_TRIM.pattern[3:-3].split("|") if w != r"\s")


def _tail_trimmed(text: str) -> str:
    """``_TAIL_TRIM.sub("", text)``, the scan run only where the text ends in a character a trimmed word can end with."""
    return _TAIL_TRIM.sub("", text) if text and (text[-1] in _TAIL_LAST or text[-1].isspace()) else text
_VERB_ONLY = re.compile(
    r"^(?:创办|建设|打造|培育|培养|新增|建成|引进|组织|开展|完成|评选|认定|立项|选聘|设立|组建|遴选|新建|创建|举办|建立|"
    r"招聘|培训|配备|购置|改造|扩建|改扩建|新(?:\(改\))?建|实施|推出|开发|编写|出版|命名|表彰|投入|安排|支持|资助|"
    r"启动|申报|推荐|评定|增加|达到|提供|开设|开齐|学会|掌握|保证|确保|形成|举行|培训|成立|招收|招生|接收|输送|"
    r"实现|孵化|承办|引入|引进|争创|创成|选拔|聘请|发展|推广|提升|拓展|扶持|覆盖)+$"
)


@dataclass
class TargetHit:
    start: int  # quote span, offsets in the text given to ``find_targets`` plus ``offset``
    end: int
    indicator: str
    value: float
    value_max: float | None
    unit: str
    comparator: str
    target_year: int | None
    cues: tuple[str, ...] = ()  # the cues of the decision that took it (``Decision.cues``)


HARD_REASONS = ("name", "applies_to", "age", "baseline")  # labelling rules (N3, N12, N15, N2): no model decides them
_HARD_FIRST = tuple((r,) for r in HARD_REASONS)  # a decision's first cue, as a one-item tuple, is one of them
SOFT_REASONS = ("past_marker", "past_year", "years_value")  # with ``status:*`` and ``bare``: the cue decisions


@dataclass(frozen=True)
class Candidate:
    """A number with a unit that the target rules considered, with everything its decision read.

    ``hand`` is the decision of the hand cues: a hard rejection (``HARD_REASONS``: a name, an age,
    a baseline, a number that says where a measure applies) or the cue decision (``number_decision``,
    past markers, a past year). ``start``/``end`` span the number's clause up to the number (offsets
    as the records' ``norm_span``); ``indicator`` is the clause's indicator, for labelling."""

    start: int
    end: int
    value: float
    unit: str
    sentence: str  # the sentence, 《titles》 masked
    pos: int  # the number's offset in ``sentence``
    num_end: int  # the end of the number and its unit in ``sentence``
    clause_head: str  # the clause before the number
    role: SectionRole
    origin: str  # prose | cell (a task-table content cell) | year_cell (under a year column)
    doc_year: int | None
    indicator: str
    hand: Decision

    @property
    def before(self) -> str:
        return self.sentence[:self.pos]

    @property
    def after(self) -> str:
        return self.sentence[self.num_end:]

    @property
    def hard(self) -> bool:
        """Rejected by a labelling rule, not by a cue decision: a model never overrides it."""
        return not self.hand.target and bool(self.hand.cues) and self.hand.cues[0] in HARD_REASONS


Decider = Callable[[Candidate], Decision]


_QUOTE = re.compile(r"[“\"「『]([^”\"」』]{1,14})[”\"」』]")


# (lead42) a longer quotation that names a scheme by its kind (``「某县校园供餐质量升级学生午餐加码10元方案」``): a name (N3)
_SCHEME_QUOTE = re.compile(r"[“\"「『]([^”\"」』]{15,40}(?:方案|计划|計畫|計劃|工程|行动|行動|专案|專案|项目|項目))[”\"」』]")


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of short “...” quotations: names and slogans, not measures (a quoted level, ``“甲率100%”``, is one); (lead42)
    and longer ones that name a scheme by its kind."""
    spans = [m.span() for m in _QUOTE.finditer(text) if not quotes_a_level(m.group(1))
             and not _qtask.quotes_a_task(m.group(1))]  # (tgtB21) ``要求“新建幼儿园12所”``: a task quoted
    if "案" in text or "划" in text or "畫" in text or "劃" in text or "程" in text or "动" in text or "動" in text or "目" in text:
        spans += [m.span() for m in _SCHEME_QUOTE.finditer(text)]
    return spans


class _Clauses:
    """Where the clause around a position of one sentence starts and ends, by bisection over the
    sentence's clause bounds (one scan of the sentence, not one per number)."""

    __slots__ = ("bounds", "n")

    def __init__(self, text: str) -> None:
        self.bounds = [m.start() for m in _CLAUSE_BOUND.finditer(text)]  # every bound is one character
        self.n = len(text)

    def start(self, pos: int) -> int:
        """Just after the last bound before ``pos`` (0 if none)."""
        k = bisect_left(self.bounds, pos)
        return self.bounds[k - 1] + 1 if k else 0

    def end(self, pos: int) -> int:
        """The first bound at or after ``pos`` (the sentence's end if none)."""
        k = bisect_left(self.bounds, pos)
        return self.bounds[k] if k < len(self.bounds) else self.n


# a character that each comparator pattern below needs (力争…达, 不少于, 至少, 控制在, 最多, 低于, 少于, 小于, 超过,
# 高于, 多于, 大于, 突破, 逾) in the last 20 characters before a number (``_STRIVE_TO_REACH``'s window; the others
# look at the last 16 or 8)
_EQUIV_OF = re.compile(r"\d+(?:\.\d+)?\s*[^\d\s(（,，;；。]{1,3}[(（]$")  # a value, then its equivalent in brackets
_COMPARATOR_CHAR = re.compile(r"[力不至控最低少小超高多大突逾限]")


def _comparator(before: str, suffix: str, table_sign: str = "") -> str:
    if table_sign in (">", "≥"):
        return ">" if table_sign == ">" else ">="
    if table_sign in ("<", "≤"):
        return "<" if table_sign == "<" else "<="
    if before.endswith(("$", "＄")):
        before = _written.without_currency_sign(before)  # (tgtC34) ``最少$300,000``: the bound before the sign
    if _rb.approximate_keeps_bound(before, suffix):
        suffix = ""  # (N1d) ``控制在X左右``: the comparator word keeps its comparator
    if (bound := bound_before_value(before, suffix)) is not None:
        return bound  # (r16 tfn16) ``控制在5%左右``, ``最多可获3万元``, ``不低于26%和32%``
    if not suffix and (bound := _rb.bound_heads_colon_list(before)) is not None:
        return bound  # (N1c) ``不少于:甲3所、乙5所``: the bound heads the list
    if (bound := bound_over_list(before, suffix)) is not None:
        return bound  # (r17 tfp17) ``不少于200场甲、400场乙``: the bound of the list's first value binds the rest
    if suffix in ("以上", "及以上", "或以上"):
        return ">="
    if suffix in ("以下", "或以下", "以内", "之内", "内"):
        return "<="
    if before.endswith(("(", "（")) and (eq := _EQUIV_OF.search(before)):
        return _comparator(before[:eq.start()], suffix="")  # ``不少于5亩(3300平方米)``: the same bound restated
    sign = before.rstrip()[-1:]
    if sign in (">", "≥", "<", "≤"):  # ``达>85.1%``, ``毛入园率≥90%``: the sign written inline
        return {">": ">", "≥": ">=", "<": "<", "≤": "<="}[sign]
    tail = before[-20:]
    if _COMPARATOR_CHAR.search(before[-28:]) is None:
        return "="  # none of the six patterns below can match (most numbers: they cost ~3 us together)
    b = before[-8:]
    if _STRIVE_TO_REACH.search(tail) or ("力争" in before[-28:] and _STRIVE_FOR_JOINED.search(before[-28:])):
        return ">="  # 力争...落户率达到70%
    # a comparator word a few characters before the number: 至少建成1个, 不少于应交流人数的15%
    loose = _LOOSE_BOUND.search(before[-16:]) or _multiple_bound(before)
    if loose and not _GE.search(b) and not _LE.search(b):
        return "<=" if loose.group(1) in ("不超过", "不高于", "控制在") else ">="
    if _GE.search(b):
        return ">="
    if _LE.search(b):
        return "<="
    if _LT.search(b):
        return "<"
    if _GT.search(b):
        return ">"
    return _rb.bound_through_verb(before) or "="  # (N1b) ``最少配备校医2名``


_VERB_WORDS = _VERB_ONLY.pattern[4:-3]  # the alternation inside ^(?:...)+$
_LEAD_VERB = re.compile(r"^(?:(?:" + _VERB_WORDS + r")(?:并|和|及)?)+(?=[\u4e00-\u9fff(“]{2})")
_OPENS_WITH_VERB = re.compile(r"^(?:" + _VERB_WORDS + r")")


def opens_with_verb(indicator: str) -> bool:
    """An indicator that opens with one of the target verbs (``新增学位``, ``建成…``, ``完成``): a task's words rather
    than the name of what is measured (the ``hybrid`` backend asks its model for a better name)."""
    return _OPENS_WITH_VERB.match(indicator) is not None


def _indicator(pre: str, post: str) -> str:
    pre = _LEAD_TRIM.sub("", pre.rstrip(" >≥<≤"))
    pre = _tail_trimmed(pre)  # (speedA26) ``_TAIL_TRIM.sub``
    post = _POST_CUT.split(post, maxsplit=1)[0]
    post = _POST_COMPARATOR.sub("", post)[:20]
    verbs = _ADVERBS.sub("", pre)
    if (not pre or _VERB_ONLY.match(verbs)) and post:
        return (pre + post) if pre and len(pre) <= 2 else post
    if pre:
        stripped = _LEAD_VERB.sub("", pre)
        return (stripped if len(stripped) >= 2 else pre)[-24:]
    return post


def _each_of_list(clause_head: str, joint: bool = True) -> list[tuple[int, str]] | None:
    """(quote start in the clause, indicator) of each item of a ``甲、乙各N`` clause: the things counted
    (``创建甲校、乙校各2所``: the quote is the clause, the indicator each thing) or the places that each take
    the quantity (``东区、西区各新建学校3所``: the quote and the indicator start at each place); None for
    any other clause. ``joint``: ``甲率和乙率均达到N`` too (in any section: the rule of N5 and N16)."""
    if "各" not in clause_head and not (joint and "均" in clause_head):
        return None  # (a cheap test: both readers look for 各 or 均)
    lead = _LEAD_TRIM.match(clause_head)
    skip = lead.end() if lead else 0
    dist = distributed_items(clause_head[skip:])
    if dist is None:
        both = jointly_reached(clause_head[skip:]) if joint else None  # ``甲率和乙率均达到N``: the same, with ``均``
        both = without_qualifier_items(both) if both else both  # (r16) ``甲乡、乙乡学生入学率、巩固率均达…``: two rates
        return [(skip, item) for _at, item in both] if both else None
    rest = _TAIL_TRIM.sub("", dist.rest)
    if not rest or _VERB_ONLY.match(_ADVERBS.sub("", rest)):
        out = []
        for _at, item in dist.items:
            stripped = _LEAD_VERB.sub("", item)
            out.append((skip, stripped if len(stripped) >= 2 else item))
        return out
    return [(skip + at, item + rest) for at, item in dist.items]


def _fenbie_indicators(clause: str, n: int) -> list[str] | None:
    """Subjects of a 分别 clause: ``小学、初中就近划片入学比例分别达到`` -> two indicators."""
    i = clause.find("分别")
    if i < 0:
        return None
    subject = _LEAD_TRIM.sub("", clause[:i])
    items = [x for x in _ITEM_SEP.split(subject) if x]
    if len(items) != n or n < 2:
        return None
    last = items[-1]
    head = len(items[0])
    tail = last[head:] if len(last) > head + 1 and head <= 4 else ""
    return [it + tail if k < n - 1 else it for k, it in enumerate(items)]


_MAX_SENTENCE = 1000


def _bounded(pieces: list[Piece]) -> list[Piece]:
    """Sentences, with a run-on one (a page without full stops, a table flattened into one line) cut
    at clause bounds into parts of at most ``_MAX_SENTENCE`` characters: every cue looks back only
    within its sentence, so the work stays linear in the text."""
    out: list[Piece] = []
    for p in pieces:
        if len(p.text) <= _MAX_SENTENCE:
            out.append(p)
            continue
        a = 0
        while a < len(p.text):
            b = min(len(p.text), a + _MAX_SENTENCE)
            if b < len(p.text):
                cut = max(p.text.rfind(c, a + 1, b) for c in "，,；;、")
                b = cut + 1 if cut > a else b
            out.append(Piece(p.start + a, p.start + b, p.text[a:b]))
            a = b
    return out


def find_targets(text: str, offset: int = 0, year: int | None = None, use_text_year: bool = True,
                 skip_past: bool = True, role: SectionRole = "plan", doc_year: int | None = None,
                 origin: str = "prose", decider: Decider | None = None, carry: Carry | None = None) -> list[TargetHit]:
    """Targets in ``text`` (a paragraph or a table cell). ``year`` forces the target year (a
    table column); otherwise the year stated in the number's own sentence is used. ``role`` is what
    the enclosing section is for (``cues.section_role``): outside the plan's outline a number needs
    a commitment cue of its own. ``doc_year`` (the document's own year) makes a number dated before
    it a past result. ``decider`` sees every candidate (``Candidate``, with the hand cues' decision)
    and returns the decision that stands (default: the hand cues'); ``origin`` says where the text
    stands, for it. ``carry``: what the last sentence of the text before (the paragraph before) gave, read and
    updated: a breakdown opening this text (``其中…``) shares its targets or its past."""
    hits: list[TargetHit] = []
    if _DIGIT.search(text) is None and "百分之" not in text:
        return hits  # every number NUMBER reads has a digit (or is a share in words, ``百分之六十``)
    if _gallery.is_gallery_caption(text):
        return hits  # (tgtA34) G2a ``某市将建23个敬老院,第1张``: a gallery caption repeats the headline
    masked = _tcom.unmask_commitment_titles(text, masked_titles(text))
    findings_at = _findings.findings_start(masked) if skip_past else -1  # (tgtA34) where a study's findings begin
    prev_sent = ""
    claimed_para = False  # (lead43) the text opens with an ordinal item claiming a result: its figures bear it out
    prev_past = carry is not None and carry.last == "past"  # every number of the sentence before was past or a status
    prev_found = carry is not None and carry.last == "targets"  # the sentence before gave targets
    prev_units: frozenset[str] = frozenset()  # (tgtA31) the measure words of the targets the sentence before gave
    for sent in _bounded(sentences(masked)):
        if only_item_mark(sent.text):
            continue  # (r16 t24) ``2。`` cut off its item by the full stop: no sentence of its own, the list goes on
        if not masked[:sent.start].strip():
            claimed_para = _rll.claims_result(sent.text)  # (lead43) a paragraph opened by ``一是…得到改善。``
        if _DIGIT.search(sent.text) is None and "百分之" not in sent.text:
            # no number to decide: the sentence cues below are read only for one with a digit (they are used
            # by its numbers alone)
            prev_sent = sent.text
            prev_past = False
            continue
        # ``…共设置了31项计划指标。其中,地区生产总值增长6%以上,…``: the list the sentence before announces
        s_role: SectionRole = "goal" if sent.text.startswith("其中") and announces_targets(prev_sent) else role
        # ``…今年已新建学校40所…。其中,公办12所``: a breakdown shares the status of the totals before it
        breakdown_of_past = prev_past and (breaks_down(sent.text) or (sent.start == 0 and opens_with_amount(sent.text)))
        # (lead42) ``…也取得了显著成效。其中,全面完成…;清理建筑垃圾1100吨``: the results the sentence before reports
        breakdown_of_past = breakdown_of_past or (is_breakdown(sent.text) and _rll.closes_on_results(prev_sent))
        # (lead43) ``一是…入托难现象得到改善。全国托育机构达N万家``: the figures that bear out the claim before them
        breakdown_of_past = breakdown_of_past or (claimed_para and s_role not in ("goal", "plan"))
        # ``…列入民生实事,新建学校30所。其中甲区5所,乙区3所``: a breakdown shares the commitment of the totals before it
        breakdown_of_targets = prev_found and (breaks_down(sent.text) or _bya.opens_allotment(sent.text))  # (lead42) ``約N萬元用於…``
        # ``2023年全市新建学校8所。改造操场12个。``: outside the plan, a sentence that goes on with the report
        continued_past = prev_past and s_role not in ("goal", "plan") and continues_report(sent.text)
        # ``今年秋季学期,某市20所新建学校投入使用,新增学位2万个``: what was ready for the term
        continued_past = continued_past or (s_role not in ("goal", "plan") and (reports_term_opening(sent.text)
                                                                              or describes_opened_works(prev_sent, sent.text)))
        prev_sent = sent.text
        prev_past = past_seen = progress_seen = False
        quotes = None
        clauses = None
        years = None
        past_possible = True
        status_seen = False  # (fp15) a number of this sentence so far was rejected as a status, none taken
        last_num: tuple[int, tuple[str, ...]] | None = None  # (r16) the number before: its end and its decision's cues
        total_at: tuple[int, tuple[str, ...]] | None = None  # (r16) the number before a ``其中``: its end, its cues
        total_unit, last_unit = "", ""  # the measure words of that total and of the number before
        found: list[tuple[re.Match[str], str, tuple[str, ...], float]] = []
        counts_read: list[tuple[int, str, bool]] = []  # (tgtA31) every number read so far: end, measure word, taken
        ranged: dict[int, tuple[float, float, int]] = {}  # a range whose unit is written at both ends: (low, high, end)
        skip_to = -1
        for m in numbers(sent.text):
            if m.start() < skip_to:
                continue  # the upper end of a range read with its lower end
            unit = m.group("unit")
            pct_word = m.group("pct_word")
            v = m.group("v")
            if pct_word and not v[0].isdigit():
                v = _written.percent_words_value(v) or v  # (tgtC34) ``百分之六十``: the share in words
            if v.endswith("百") and (hundreds := _written.wan_kilo_hundred_value(v)) is not None:
                v, unit = hundreds, "百" + (unit or "")  # (tgtC34) ``1万5千4百名``: 154 百名
            elif "万" in v and "亿" not in v and (kilo := wan_kilo_value(v)) is not None:
                v, unit = kilo, "千" + (unit or "")  # (N8b) ``47万5千元``: 475 千元, the unit after the last digits
            else:
                v = wan_compound_value(v) if "万" in v and "亿" not in v else v  # (r16 tfn16) ``305万2,186元``
            v = _rb.zhao_compound_value(v) if "兆" in v else _parts.yi_parts_value(v, unit or "") or v  # (tgtB25) ``3亿4千万元``  # (N8b) ``2兆2521亿元``: 22521 亿元
            if "亿" not in v and (". " in v or " ." in v or ", " in v or ("," in v and " " in v)):
                v = mended_number(v)  # (r15) ``1. 2万``, ``3, 400个``: a figure the page's scraping broke
            elif "," in v or " " in v or "亿" in v:
                v = grouped_digits(v)  # ``6,000个``, ``6 000个``: thousands written with separators; ``2亿5,700万``
            if v[0] == "0" and len(v) > 1 and v[1] != ".":
                continue  # ``建设面积00平方``, ``编号007``: digits with a leading zero are a code or a blank filled badly
            value = float(v)
            at = m.start()  # where the number (a ratio: its first term) starts
            if not (unit or pct_word):
                # ``差异系数≤0.15``, ``下降1/2`` and ``师生比1:350`` need no measure word; any other bare number is no amount
                share = fraction_of_change(sent.text[:m.start()], v, sent.text[m.end():])
                if share is not None:
                    value = share
                elif (r := ratio_start(sent.text, m.start(), m.end())) is not None:
                    at = r  # ``招生比例达到1:1``: the second term is the value (N8: no unit), read from the first
                elif _rb.payer_share_in_tenths(sent.text[:m.start()], sent.text[m.end():]):
                    unit = "成"  # (N17c) ``由中央負擔9成以上``: the share in tenths
                elif (shared := shared_unit(sent.text[m.end():])) is not None:
                    unit = shared  # (fifteenth round) ``分别提高4.9和2.9个百分点``: the pair's one measure
                elif (shared := _recall.fenbie_list_unit(sent.text[:m.start()], sent.text[m.end():])) is not None:
                    unit = shared  # (tgtB37) N5 ``一、二、三等奖分别1,1,2名``: the list's one measure, written after its last value
                elif _written.currency_sign_before(sent.text[:m.start()]):
                    pass  # (tgtC34) N8 ``每生每年$1,100``: an amount after a currency sign, unit ``""``
                elif _rb.noun_count_without_measure(sent.text[:m.start()], sent.text[m.end():]):
                    pass  # (confA19) N8d ``拟增300托育学位``: an amount of the noun after it, unit ``""``
                elif rate_without_sign(sent.text[:m.start()], v, sent.text[m.end():]) \
                        or _vf34.rate_sign_lost(sent.text[:m.start()], v, sent.text[m.end():]):
                    pass  # (fifteenth round) ``满意率在80以上``: a rate, its ``%`` left out (N8: unit as written, none)
                elif _vf34.ratio_to_one(sent.text, m.start(), m.end()) is not None \
                        or _vf34.signed_whole_level(sent.text[:m.start()], v, sent.text[m.end():]) \
                        or _vf34.coefficient_bound(v, sent.text[m.end():]):
                    pass  # (tgtB34) ``差距缩小到1.2∶1``, ``寿命≥71,``, ``控制在0.011以内``: a ratio or level, unit ``""``
                elif not is_signed_ratio(sent.text[:m.start()], v) \
                        and not index_level(sent.text[:m.start()], sent.text[m.end():]) \
                        and not _rb.sex_ratio_level(sent.text[:m.start()], sent.text[m.end():]):  # (r15) ``发展指数达85``; (N1d)
                    continue
            if unit and is_separator_space(sent.text, m.start(), m.start("unit"), m.end("unit")):
                continue  # ``东坪乡10 张庄镇40``: the space ends the number's token, the next word is a name
            if unit and not m.group("vmax") and (rng := range_of_same_unit(sent.text, m.start(), m.end(), m.group("unit"))):
                ranged[m.start()] = (min(value, rng[0]), max(value, rng[0]), rng[1])
                skip_to = rng[1]
                value = min(value, rng[0])
            unit = "%" if pct_word else unit or ""
            if unit and (half := _vf34.half_after(unit, sent.text[m.end():])) is not None:
                value, unit = value + 0.5, half  # (tgtB34) ``降至4年半``, ``1个半小时``: N and a half
            unit += _cmeas.measure_tail(unit, sent.text[m.end():])  # (N8) ``10亿吨标准煤``: the measure as written
            if unit.endswith("年") and "/" not in unit and ((len(v) == 4 and v.isdigit()) or _LISTED_YEAR.fullmatch(v)):
                continue  # a year, or a list marker run into one (``2.2025年``); ``11.3年`` is a span of years
            if mark_before_cohort_year(v, unit):
                continue  # (tgtA30) ``2.2031届``: a list mark run into a cohort's year
            if m.group("vmax") and len(v) == 4 and v.startswith(("19", "20")):
                continue  # a year range
            if quotes is None:
                quotes = _quote_ranges(sent.text)
                clauses = _Clauses(sent.text)
                # ``is_past_at`` is false throughout a sentence without any past marker
                past_possible = has_past_marker(sent.text)
            after = sent.text[m.end():]
            before = sent.text[:at]
            clause_head = before[clauses.start(at):]
            hand = _hand_decision(sent.text, m, before, after, clause_head, quotes, year, skip_past, s_role, doc_year,
                                  past_possible)
            if skip_past and hand.target and breakdown_of_past and not _AHEAD_CUES.intersection(hand.cues):
                hand = Decision(False, ("past_breakdown",))
            elif skip_past and hand.target and claimed_para and "modal" in hand.cues \
                    and _AHEAD_CUES.intersection(hand.cues) == {"modal"} and s_role not in ("goal", "plan") \
                    and _rll.raised_in_results(before):
                hand = Decision(False, ("past_breakdown",))  # (lead43) ``三是…实现较大增长。中央将…提高到N元``
            if not hand.target and breakdown_of_targets and hand.cues == ("bare",):
                hand = Decision(False, ("batch_restated",)) if in_batch_pointer(sent.text, at) else Decision(True, ("breakdown",))
            elif not hand.target and found and hand.cues == ("spent",) \
                    and "其中" in sent.text[found[0][0].end():at]:
                # (eleventh round) ``计划投资900万元,其中中央投入500万元,省级投入300万元``: the shares of a planned
                # total in its own sentence, each with its own spending verb, share its commitment (not a bare part,
                # ``其中农村学校10所``, nor a past one, ``其中已完成投资…``)
                hand = Decision(True, ("breakdown",))
            elif not hand.target and found and hand.cues[:1] not in _HARD_FIRST \
                    and splits_amount_in_brackets(sent.text, found[-1][0].end(), at, found[-1][1], unit):
                hand = Decision(True, ("breakdown",))  # ``项目预算2.5亿元(省级0.5亿元、市县2亿元)``: its parts
            elif not hand.target and found and hand.cues == ("past_marker",) and goes_on_after_again(clause_head, found[-1][2]):
                hand = Decision(True, ("again",))  # (r15) ``…再投入N亿元,…,并购置N万台``: the step goes on
            elif not hand.target and hand.cues == ("bare",) and unit in ("%", "‰") and rate_exceeds(before):
                hand = Decision(True, ("comparator",))  # (r15) ``公办园比例超60%``: a bound from below
            elif not hand.target and hand.cues == ("bare",) and s_role != "report" \
                    and _rb.approved_for_works_due(sent.text, clause_head, unit):
                hand = Decision(True, ("funds",))  # (N17d) ``获批补助900万元,预计明年建成``: funding of works ahead
            elif not hand.target and hand.cues == ("bare",) and s_role != "report" and _rb.bound_word_amount(before):
                hand = Decision(True, ("comparator",))  # (N1b) ``每生补贴上限1,000元``: a bounded amount
            elif not hand.target and hand.cues == ("bare",) and s_role != "report" and _rstd.states_rate_standard(before, clause_head):
                hand = Decision(True, ("rate_standard",))  # (N2a) ``补助为:…户均2万元``: a subsidy rate kept
            elif not hand.target and hand.cues == ("bare",) and plans_count(before, after):
                hand = Decision(True, ("plans",))  # (r15) ``共计规划7座``: the count a plan lays out
            elif not hand.target and hand.cues == ("bare",) and modal_follows(after):
                hand = Decision(True, ("modal_after",))  # (r15) ``甲校每周3天都要组织…``: a modal after the quantity
            elif not hand.target and hand.cues == ("bare",) and found and _recall.fenbie_run_continues(sent.text, found[-1][0].end(), at):
                hand = Decision(True, found[-1][2])  # (tgtB37) N5 ``分别1,1,2名``: the list's next value, its commitment
            elif not hand.target and hand.cues == ("bare",) and unit == "%" and (found or prev_found) \
                    and _recall.share_having_facility(clause_head, after):
                hand = Decision(True, ("coverage",))  # (tgtB37) ``…;各街(镇)30%的社区(村)设有托育服务点``: a coverage level
            elif not hand.target and hand.cues == ("bare",) and _recall.count_then_will(after, text):
                hand = Decision(True, ("modal_after",))  # (tgtB37) ``80余名志愿者将提前到岗``: what the counted things will do
            elif not hand.target and hand.cues == ("bare",) and _recall.headline_amount_run(sent.text, masked[sent.end:sent.end + 60]):
                hand = Decision(True, ("headline_run",))  # (tgtB37) N17 ``3个、45个、20万户!…未来三年这么建``
            elif not hand.target and hand.cues == ("bare",) and s_role == "report" and found \
                    and _AHEAD_WORD_CUES.intersection(found[-1][2]) and not has_past_marker(sent.text[found[-1][0].end():at]):
                hand = Decision(True, ("modal_carried",))  # (tgtA25) ``将解决10万人…;新建学校3所``: the same sentence's modal
            elif not hand.target and found and hand.cues[:1] not in _HARD_FIRST and _shares.in_shares_of_task(sent.text, at):
                hand = Decision(True, ("task_share",))  # (tgtA25) ``…已划分到单位,具体是:甲局100套``: a unit's share ahead
            elif not hand.target and hand.cues == ("bare",) and unit.endswith(("个", "個")) and _rb.projects_due_by_year(after):
                hand = Decision(True, ("works_due",))  # (N9e) ``12个项目将在2031年完工``: projects due by a year
            elif not hand.target and found and hand.cues == ("bare",) \
                    and bracketed_share(sent.text, found[-1][0].end(), at, found[-1][1], unit):
                hand = Decision(True, ("breakdown",))  # (r15) ``新建学校12所(其中公办8所)``: a part of the whole
            elif not hand.target and found and (hand.cues[:1] == ("bare",) or hand.cues[:1] and hand.cues[0].startswith("status:共计")) \
                    and _vf34.part_of_listed_total(sent.text, [(f[0].end(), f[1]) for f in found], at, unit):
                hand = Decision(True, ("breakdown",))  # (tgtB34) ``总经费524万元,包含筹备期324万元、营运期200万元``: the parts
            elif not hand.target and found and hand.cues[:1] == ("bare",) \
                    and restates_amount(sent.text, found[-1][0].end(), at, found[-1][1], unit):
                hand = Decision(True, ("breakdown",))  # (r15) ``预算约3亿澳门币,约合人民币2.6亿元``: restated (N5a)
            elif not hand.target and found and "benefit" in found[-1][2] and hand.cues[:1] in (("bare",), ("status:为",)) \
                    and names_next_level(clause_head, unit, found[-1][1]):
                hand = Decision(True, ("benefit",))  # ``每班可获60万元津贴;小学为70万元``: the rate of the next level
            elif not hand.target and found and hand.cues == ("bare",) and reach_of_amount(before, unit):
                hand = Decision(True, ("serves",))  # (fifteenth round) ``估编5.6亿元照顾5万人``: the amount's reach
            elif not hand.target and prev_found and (hand.cues == ("bare",) and states_level_only(sent.text)
                                                     or _lvl.continues_level_list(sent.text, hand.cues)):  # (tgtA27) several
                hand = Decision(True, ("list_continued",))  # ``…达到95%。人均场地面积2.6平方米。``: the list goes on
            elif not hand.target and hand.cues == ("bare",) and (prev_found or (found and found[-1][2] == ("list_continued",))) \
                    and continues_works_item(before, after, sent.text[found[-1][0].end():at] if found else None):
                hand = Decision(True, ("list_continued",))  # (r16 t24) ``改善全区20所学校照明环境。``: the list's next item
            elif not hand.target and prev_found and hand.cues[:1] in (("bare",), ("status:为",)) \
                    and continues_numbered_items(sent.text, before):
                hand = Decision(True, ("list_continued",))  # (r15) ``任务共3项:一是…。二是…``: the next item of the list
            elif not hand.target and hand.cues == ("bare",) and s_role != "report" and earmarked_for(after):
                hand = Decision(True, ("earmarked",))  # (r16 tfn16) ``土地收益的5%…均专项用于学校建设``
            elif not hand.target and hand.cues == ("bare",) and s_role != "report" and builds_in_batches(after):
                hand = Decision(True, ("batches",))  # (r16 tfn16) ``5所幼儿园分两期建设``: works staged ahead
            elif not hand.target and hand.cues[:1] in (("bare",), ("past_marker",), ("done_after",)) \
                    and planned_total_before_progress(clause_head, after):
                hand = Decision(True, ("plan_total",))  # (r16 tfn16) ``5个甲中心建设已完成3个``: the year's total
            if hand.cues[:1] not in _HARD_FIRST + (("past_year",),) and _yard.names_year_target(before, after) \
                    and not _progress_share.rate_beyond_plan(before, unit, v):  # (tgtA27) ``完成年度任务108%``: done
                hand = Decision(True, ("year_target",))  # (N13c) ``占全年目标任务5000人的82%``: the year's commitment
            if skip_past and hand.target and continued_past and set(hand.cues) <= _VERB_CUES | {"comparator"}:
                hand = Decision(False, ("past_continued",))
            if skip_past and hand.target and not found and status_runs_on(status_seen, hand.cues):
                hand = Decision(False, ("status_continued",))  # ``现有医生64人,其中全科医生21人``: the status goes on
            if hand.target and _rb.within_restates_period(sent.text, unit, after):
                hand = Decision(False, ("frame",))  # (N11a) ``2029-2031年,3年内将建成…``: the span's restatement
            if hand.target and _rb.count_of_list_set_out(before, unit, masked[sent.end:sent.end + 400]):
                hand = Decision(False, ("list_count",))  # (N12a) ``今年实施民生实事12件。一是…``: the list's size
            if hand.target and not _OWN_VERB_CUES.intersection(hand.cues) and _setout.counts_items_named_after(unit, after):
                hand = Decision(False, ("list_count",))  # (N12a) ``教育领域3个,包括甲校项目、乙校项目``: the list's make-up
            if hand.target and _chosen.counts_chosen_list(clause_head, unit):
                hand = Decision(False, ("list_count",))  # (N12a, tgtB24) ``遴选确定了…项目20个``: the list reported chosen
            if hand.target and (_pstage.counts_works_by_stage(before, clause_head) or _pstage.count_then_stage(after)):
                hand = Decision(False, ("status:stage",))  # (N13) ``其中主体施工5所,内部装修9所``: where works stand now
            if hand.target and _tcom.counts_title_run(before):
                hand = Decision(False, ("list_count",))  # (N12a) ``《新建书屋5个》《…》两项实事``: the run's items
            if hand.target and _rb.counts_pieces_of_page(before, unit):
                hand = Decision(False, ("list_count",))  # (N12a) ``工作计划3篇``: the pieces a page gathers
            if hand.target and _rb.heading_counts_own_items(sent.text):
                hand = Decision(False, ("list_count",))  # (N12a) ``二、社会保障(2项)``: a heading's count of its items
            if hand.target and ((_stage_counts.counts_projects_by_stage(before, clause_head, unit)
                                 and not _stage_counts.total_taken(before, unit, counts_read, prev_units))
                                or _stage_counts.counts_cases_by_state(before, unit)):  # (tgtA25) ``已落实的有N件``
                hand = Decision(False, ("list_count",))  # (N12a) ``…,其中续建项目12个``: the list's make-up by stage
            if skip_past and hand.target and doc_year is not None and _fin30.finished_before(after, doc_year):
                hand = Decision(False, ("past_marker:finished",))  # (tgtA30) ``…兴建17间教室,在108年5月完工``: works done
            if skip_past and hand.target and _rest16.states_former_level(sent.text[:at]):
                hand = Decision(False, ("past_marker:原本",))  # (tgtA25) ``原本…各分担N元,…再追加…``: the level before
            if hand.target and (_kpi.counts_base_of_share(unit, after) or _kpi.sizes_study(before, after)):
                hand = Decision(False, ("scope",))  # (tradA27) ``约350处…路段…改善至少70%``: what an indicator covers
            if skip_past and hand.target and _bcmp.budget_comparison(before, unit, after):
                hand = Decision(False, ("change_of_figure",))  # (tradA27) ``和今年的93亿相比,只增加3亿``: a comparison
            if skip_past and hand.target and _rb.reported_done_change(clause_head):
                hand = Decision(False, ("past_marker:已将",))  # (N2a) ``去年已将补助由100元提高到150元``: done
            if skip_past and hand.target and not _AHEAD_CUES.intersection(hand.cues) and opens_with_period_to_date(sent.text) \
                    and not plan_turns_after_frame(before):
                hand = Decision(False, ("past_marker:period",))  # ``半年来,新建幼儿园3所``: what the period gave
            if skip_past and hand.target and _pledges.reached_or_pledged_before(before):
                hand = Decision(False, ("past_marker:pledged",))  # (tgtA34) ``到今年增加183班``, ``4年前…提出要增加100班``
            if skip_past and hand.target and not _PLANNED_CUES.intersection(hand.cues) and _todate.reports_to_date(before):
                hand = Decision(False, ("past_marker:to_date",))  # (tgtA34) ``截至今年11月底,全国95%以上…``: as of now
            if hand.target and _gallery.counts_hidden_text(before, after):
                hand = Decision(False, ("furniture",))  # (tgtA34) G2a ``此处隐藏27020个字``: the page's hidden text
            if skip_past and hand.target and _outturn.counts_with_own_rate(sent.text):
                hand = Decision(False, ("status:outturn",))  # (tgtA34) ``产后访视4210人,产后访视率91.5%``: the year's outturn
            if hand.target and _sanction.triggers_sanction(after):
                hand = Decision(False, ("rule_trigger",))  # (tgtA37) ``个人累计犯规6次必须离场``: where a penalty starts
            if hand.target and "." in v and _clauseno.is_clause_number(
                    masked[masked.rfind("\n", 0, sent.start + m.start()) + 1:sent.start + m.start()], m.group("v"),
                    sent.text[m.end("v"):]):
                hand = Decision(False, ("furniture",))  # (tgtA37) G2 ``1.2 本标准适用于…``: a clause number opens the line
            if skip_past and hand.target and (_planprog.share_of_year_plan_done(before, unit)
                                              or _planprog.gap_to_schedule(before)):
                hand = Decision(False, ("plan_progress",))  # (tgtA37) N13 ``完成年度计划投资的31.7%``: the plan's progress
                progress_seen = True  # a note on the year's plan: a ``其中…`` after it breaks down the plan, not a past
            if skip_past and hand.target and (_workdone.successive_steps_done(before) or _workdone.parts_of_done_total(before)):
                hand = Decision(False, ("past_marker:work_done",))  # (tgtA37) N13 ``先后投入500万元完成…``: steps done in turn
            if hand.target and _dateyear.is_date_year(before, unit, after):
                hand = Decision(False, ("date",))  # (tgtA37) ``20年4月18日``, ``2014/15年度``: a year of a date, no span
            if skip_past and hand.target and _tally37.tallies_people(before, unit):
                hand = Decision(False, ("status:tally",))  # (tgtA37) N13 ``共計約90人``: the tally of who took part
            if hand.target and _scope37.counts_scope(before):
                hand = Decision(False, ("scope",))  # (tgtA37) N12 ``管网改造(涉及38个村…)``: where the measure applies
            if hand.target and 0 <= findings_at <= sent.start + at:
                hand = Decision(False, ("status:findings",))  # (tgtA34) ``研究结果如下:…有7所``: what a study found
            if skip_past and hand.target and last_num is not None \
                    and shares_first_value_status(sent.text[last_num[0]:at], last_num[1], hand.cues):
                hand = Decision(False, last_num[1])  # (r16) ``资金分别为300万元、260万元``: the list's status goes on
            if last_num is not None and "其中" in sent.text[last_num[0]:at]:
                total_at, total_unit = last_num, last_unit  # (r16) the total a ``其中`` breaks down
            if hand.target and total_at is not None and total_at[1][:1] == ("list_count",) and same_measure(total_unit, unit) \
                    and not _stage_counts.past_clause_break(sent.text[total_at[0]:at]):  # (tgtA31) not past a ``;``
                hand = Decision(False, ("list_count",))  # (tgtA25) ``民生实事76件,其中县级10件``: the counted list's make-up
            if skip_past and hand.target and total_at is not None and same_measure(total_unit, unit) \
                    and breaks_down_untaken_total(sent.text[total_at[0]:at], total_at[1], hand.cues):
                hand = Decision(False, total_at[1])  # (r16) ``重点工程7个,其中新开工工程2个``: the bare total's part
            last_num = (m.end(), hand.cues if not hand.target else ())
            last_unit = unit
            status_seen = status_seen or (not hand.target and is_status_rejection(hand.cues))
            if not hand.target and hand.cues and hand.cues[0].startswith(("past_marker", "status", "change_reached",
                                                                          "past_year", "past_breakdown", "past_continued")):
                past_seen = True
            elif not hand.target and breakdown_of_past:
                past_seen = True  # (a bare number breaking down past totals is as past as they are)
            unit = unit.replace("余", "").replace("多", "")  # ``1.8万余人次``, ``100多万平方米``: approximations (N12, N16)
            if decider is not None:
                cand = Candidate(
                    start=offset + sent.start + clauses.start(at), end=offset + sent.start + m.end(),
                    value=value, unit=unit, sentence=sent.text, pos=at, num_end=m.end(),
                    clause_head=clause_head, role=s_role, origin=origin, doc_year=doc_year,
                    indicator=_indicator(clause_head, sent.text[m.end():clauses.end(m.end())]), hand=hand)
                hand = decider(cand)
            counts_read.append((m.end(), unit, hand.target))  # (tgtA31) for a breakdown's total (N12a)
            if not hand.target:
                continue
            found.append((m, unit, hand.cues, value, at))
        prev_past = past_seen and not found and not progress_seen
        prev_found = bool(found) or progress_seen  # (tgtA37) a note on the plan's progress: its ``其中…`` breaks the plan down
        prev_units = frozenset(f[1] for f in found)  # (tgtA31) the measure words of the sentence's targets
        if carry is not None:
            carry.last = "targets" if found else ("past" if prev_past else "")
        if not found:
            continue
        fenbie = None
        first_clause = sent.text[clauses.start(found[0][4]):found[0][4]]
        if "分别" in first_clause:
            fenbie = _fenbie_indicators(first_clause, len(found))
            if fenbie and one_value_fenbie(sent.text, clauses.start(found[0][4]), found[0][4], found[0][0].end()):
                fenbie = None  # (r15) ``甲率、乙率分别达到100%;丙率达到…``: the first clause's one value, each takes it
        for k, (m, unit, cues, value, at) in enumerate(found):
            cstart = clauses.start(at)
            cstart += _kpi.dash_bullet_length(sent.text, cstart)  # (tradA27) ``- 每年进行…``: the bullet is no part (O5)
            seg_start = max(cstart, sent.text.rfind("、", 0, at) + 1)
            pre = sent.text[seg_start:at]
            qstart = cstart
            item_first = seg_start > cstart and opens_list_item(sent.text, seg_start, at)
            if seg_start > cstart and not item_first and len(_tail_trimmed(_LEAD_TRIM.sub("", pre))) == 0:
                pre = sent.text[cstart:at]  # `..., 2023年达80%、2025年达90%`: use the clause
            m_end = m.end()
            vmax = float(m.group("vmax").replace(",", "")) if m.group("vmax") else None
            if m.start() in ranged:  # ``70%至80%``, ``2,900元至11,200元``: one range, the unit written at both ends (N4)
                low, vmax, m_end = ranged[m.start()]
                value = low
            if value != int(value) and sent.text.startswith("半", m_end):
                m_end = _vf34.half_end(sent.text, m_end)  # (tgtB34) ``1个半小时以上``: the half read, its bound after it
            suffix_m = _SUFFIX.match(sent.text[m_end:]) or bracketed_suffix(sent.text[m_end:])  # (r16 tfn16) ``套(间)以上``
            suffix = suffix_m.group(1) if suffix_m else ""
            if suffix == "内" and not unit.endswith(("年", "天", "周", "小时", "分钟", "工作日", "个月", "年度")):
                suffix = ""
            end = m_end + (suffix_m.end() if suffix else 0)
            if not m.group("unit") and (den := _DENOMINATOR.match(sent.text, m.end())) is not None:
                end = den.end()
            elif not m.group("unit") and (one := _vf34.ratio_to_one(sent.text, m.start(), m.end())) is not None:
                end = one  # (tgtB34) ``2.2∶1``: the quote keeps the ratio whole
            if suffix in ("以上", "以下", "及以上", "或以上", "或以下") and (_WHICH_SCHOOLS.match(sent.text[end:])
                                                       or names_size_class(unit, sent.text[end:])):
                continue  # 500人以上学校, 12班以上小学, 56人以上大班额: the number says which schools or classes (N12)
            post_end = clauses.end(end)
            post = sent.text[end:post_end]
            if item_first and _indicator("", post):
                qstart = seg_start  # ``甲村达到…标准、50%以上的乙村达到…``: a later item of a list, its measure after it
            elif seg_start > cstart and not item_first and opens_with_verb(pre.strip()) \
                    and any(cstart <= f[4] < seg_start for f in found[:k]):
                # ``新建30家甲中心、新建30家乙食堂``: a later item with its own verb after an item with its number, its own
                # quote (not ``新建、改扩建学校37所``: two verbs of one item)
                qstart = seg_start
            elif item_first:
                pre = sent.text[cstart:at]  # ``…分别为450万元、479万元``: a value of the list, no item
            indicator = fenbie[k] if fenbie else _indicator(pre, post)
            if not indicator:
                # `...比例达到80%,2025年达到90%`: the measure is the one named before
                same = [h for h in hits if h.start >= offset + sent.start]
                indicator = same[-1].indicator if same else _indicator(sent.text[:cstart].rstrip("，,；;"), "")
            indicator = indicator or _rb.year_cell_verb(pre, year)  # (N7) ``新增1000个`` under ``2031年``
            if not indicator and "headline_run" in cues:
                indicator = _recall.headline_topic(masked[sent.end:sent.end + 60])  # (tgtB37) the run's first amount
            if not indicator:
                continue
            qend = end
            if indicator and post.startswith(indicator[:2]) and indicator in post:
                qend = end + post.index(indicator) + len(indicator)
            if year is None and use_text_year and years is None:
                # (``115学年度``, ``2025/26学年`` too; the base year of a change, ``比2020年下降5%``, dates no target)
                dated = _tfn17.masks_programme_name_years(masks_designation_years(masks_list_title_years(masks_letter_dates(
                    masked_corner_names(sent.text)))))  # (r16 tfn16); (lead43) ``「120至122年…計畫」``: a name's years
                dated = _vf34.masks_allotment_years(_vf34.masks_obtained_funding_years(_rf.masks_decision_years(masks_document_name_years(dated))))  # (r17 tfp17) ``审定了2031年…工作计划``: a name's year (N9c); (famA27) ``2029年经县政府决定``: a decision taken (N9b)
                years = sorted(stated_years(masks_base_years(_cat30.masks_base_frame_years(dated))) + calendar_years(dated) + chinese_numeral_years(dated)
                               + financial_year_spans(dated) + _rb.bracketed_relative_years(dated))  # (N9c) ``明（2032）年``
            own_years = years
            ty = year if year is not None else (year_in(own_years, at) if use_text_year else None)
            if year is None and ty is not None and (before_at := [e for _s, e, _y in own_years if e <= at]) \
                    and _reltime.own_relative_time(sent.text, before_at[-1], at):
                ty = None  # (lead43) ``自2031年起…,去年更争取…,斥资N元``: the later clause's own time dates it
            if year is None and use_text_year and ty and (kth := _yrun.year_in_order(sent.text, m.start())) is not None:
                ty = kth  # (N9e) ``2031年、2032年、2033年,甲率分别达到80%、85%、90%``: each value its year in order
            elif year is None and use_text_year and ty and (first := first_of_year_pair(sent.text, m.start(), m_end)):
                ty = first  # (r17 tfp17) ``到2031年和2035年,…分别不低于22%和30%``: 22% goes to 2031
            elif year is None and use_text_year and (first := _tfn17.first_of_paired_years(sent.text, end, ty)) is not None:
                ty = first  # (r17 tfn17) ``到2031年和2035年,甲率分别不低于22%和30%``: 22% is the 2031 target
            elif year is None and use_text_year and (first := _rb.joined_years_first(sent.text, at, ty)) is not None:
                ty = first  # (confA18) N9e ``2031和2032年完工,…新增学位3000个``: one date, the first year
            if year is None and use_text_year and ty is not None and doc_year is not None and ty < doc_year:
                ty = _rb.year_after_overdue_step(sent.text, own_years, ty, doc_year)  # (N9d) ``预计去年10月开工``
                ty = None if _rb.dated_by_running_year(sent.text[:at]) else ty  # (N13c) ``2030年…;今年将新建N所``
            if year is None and use_text_year and ty is not None and (y_at := [a for a, e, y in own_years if e <= at and y == ty]) \
                    and _iyear.year_inside_other_item(sent.text, y_at[-1], at):
                ty = None  # (N9) ``…:甲工程,为800户投保2031年度保险;乙工程,新建停车位300个``: the year of another item
            if year is None and use_text_year and ty is not None and not [1 for _s, e, y in own_years if e <= at] \
                    and _iyear.year_in_later_item(sent.text, at, next((s0 for s0, _e, y in own_years if y == ty), -1)):
                ty = None  # (tgtA25) ``…169所,…;2032年,再建设300所``: a later item's year dates nothing before it
            if ty is not None and year is None and dated_by_next_year_word(sent.text, m.start(), m_end):
                ty = None  # (r17 tfp17) ``…,当中2 600个将于明年投入服务``: ``明年`` alone dates nothing (N9c)
            if year is None and use_text_year and ty is not None and (ends := [e for _s, e, y in own_years if e <= at and y == ty]) \
                    and _tfn17.relative_year_between(sent.text, ends[-1], at):
                ty = None  # (r17 tfn17) ``2031年…,明年将再增加17亿``: the relative year dates it, no year (N9)
            hit = TargetHit(
                start=offset + sent.start + qstart, end=offset + sent.start + qend,
                indicator=indicator, value=value,
                value_max=vmax,
                unit=unit, comparator=_bafter.bound_after(sent.text[end:]) or _comparator(sent.text[:at], suffix), target_year=ty, cues=cues,
            )
            hit = _rb.conformed(hit, sent.text, at, m_end, offset + sent.start)  # (rulebook N1a, N8c)
            each = None if fenbie or qstart > cstart else _each_of_list(sent.text[cstart:at],
                                                                        joint=True)
            if each is None and not fenbie and qstart <= cstart and "分别" in sent.text[cstart:at] \
                    and (joint := one_value_fenbie(sent.text, cstart, at, m_end)) is not None:
                each = _each_of_list(joint, joint=True)  # (r15) ``甲率、乙率分别达到N%``: each takes the one value
            if each is None and not fenbie and qstart <= cstart and "各" in sent.text[cstart:at]:
                each = each_of_joined_list(sent.text, cstart, at)  # (r15) ``甲和乙各N``, ``甲园、乙园,每园各N``
            if each is None:
                two = each_of_two_years(sent.text[cstart:at]) if year is None and use_text_year and ty else None
                if two is not None and two[1] == ty:
                    hits.append(dataclasses.replace(hit, target_year=two[0], cues=hit.cues + ("each_year",)))
                hits.append(hit)
                continue
            for at, name in each:  # ``甲、乙各N``: one record per item (N16)
                hits.append(dataclasses.replace(hit, start=offset + sent.start + cstart + at, indicator=name,
                                                cues=hit.cues + ("each",)))
    return hits


_VERB_CUES = frozenset(("target_verb", "target_verb:list"))
# (tgtA25) the cues of a time still ahead that a taken number lends the later numbers of its sentence in a report
_AHEAD_WORD_CUES = frozenset(("modal", "deadline", "modal_carried"))
_OWN_VERB_CUES = frozenset(("target_verb", "modal"))  # (N12a) a count its own verb takes on (``将改扩建项目5个,包括…``)
# cues of what is still to come: a breakdown of past totals (``其中,…``) that holds one is no past
_AHEAD_CUES = frozenset(("deadline", "modal", "once_built", "project_measure", "facility_spec"))
# (tgtA34) the cues that read a plan's own figure in a progress report (``截至9月底,4个甲中心建设已完成2个``: 4 is the plan's
# total; ``占全年目标任务5000人的82%``): a date to now before them does not make them a status
_PLANNED_CUES = frozenset(("plan_total", "year_target", "task_share", "works_due"))
_DENOMINATOR = re.compile(r"/\d+")  # ``下降1/2``: the quote keeps the fraction whole
_LISTED_YEAR = re.compile(r"\d{1,2}\.(?:19|20)\d\d")


_TABLE_VALUE = re.compile(r"^([<>≥≤]?)\s*(-?\d+(?:\.\d+)?)\s*(%|‰|年|所|个|人|名|万人|小时|天|次|项|元|万元|亿元|班|平方米)?"
                          r"\s*(以上|及以上|以下|以内|左右)?$")
_LABEL_UNIT = re.compile(r"[(（]([^()（）]{1,6})[)）]\s*$")


def indicator_row(label: str, parent_unit: str | None) -> tuple[str, str | None]:
    """(indicator, unit) of an indicator-table row label such as ``学前三年毛入园率(%)``."""
    m = _LABEL_UNIT.search(label)
    unit = m.group(1) if m else parent_unit
    name = label[: m.start()] if m else label
    name = _ROW_LABEL_HEAD.sub("", name).strip()
    return name, unit


def table_value(cell: str) -> tuple[str, float, str, str] | None:
    """(sign, value, unit written in the cell, comparator word) of an indicator-table cell."""
    m = _TABLE_VALUE.match(cell.strip())
    return (m.group(1), float(m.group(2)), m.group(3) or "", m.group(4) or "") if m else None


def table_comparator(sign: str, suffix: str = "") -> str:
    return _comparator("", suffix, sign)
