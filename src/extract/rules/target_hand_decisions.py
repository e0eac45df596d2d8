"""The hand cues' decision on one number that ``rules.targets.find_targets`` reads (``_hand_decision``): a hard
rejection by a labelling rule first (a name, a number that says where a measure applies, an age, a baseline), then the
cue decision; with the patterns only it uses and the year written before a number (``_year_stated_before``)."""

from __future__ import annotations

import re

from extract.cues import Decision, SectionRole, is_age_range, is_baseline, is_change_reached, is_past_year, without_age_bounds, is_population_scope, is_enrolment_scope, number_decision, reports_a_plan
from extract.roles import LABEL_HEADS, alternation
from extract.rules import current_works as _cworks  # (lead44)
from extract.rules import listed_rates as _lrates  # (lead44)
from extract.rules import template_years as _tyears  # (lead44)
from extract.rules.target_cues import (addresses_population, age_group_follows, amount_of_measure, level_of_scoped_measure, count_runs_into_count,
                                       changes_stated_figure, counts_named_items, counts_all_places, counts_listed_items, frames_a_span,
                                       future_total, in_base_frame, is_age_span, locates_in_named, names_period, names_reach_circle,
                                       names_scope, once_built, serves_count, spans_the_plan, time_since_office, TOTALS_UNITS,
                                       totals_named_list, row_cell_end, limits_years_of_change, item_opening, reports_task_met)
from extract.rules.target_works_measures import (built_long_ago, lists_project_measures, states_project_measure, measures_planned_works,
                                                 counts_new_building_rooms, specifies_planned_facility, reports_works_done)
from extract.rules.target_money_amounts import appropriates, sets_funds, sets_rate_per_head, sets_benefit_amount
from extract.rules.target_years import masks_value_years, plans_base_years
from extract.rules import award_results as _award, perfective_clauses as _perf_cl  # (tgtA33)
from extract.rules.population_forecasts import forecasts_population as _forecasts_population  # (tgtA33)
from extract.rules.text import deadline_year, has_past_marker, is_past_at, masked_titles
from extract.rules.scan import OpeningScan
from extract.rules.target_forms import commits_share, masks_prior_year_base, under_value_label, works_for_counted, works_on_existing, works_verb
from extract.rules.target_layouts import after_aggregate, reaches_rank, yearly_since
from extract.rules.target_counts import again_after_past_clause, age_class_follows, dated_works_ahead, funds_after_past_clause, masks_floor_bases, payer_share, reach_after_applies, states_budget_size_ahead
from extract.cues import has_future_year
from extract.rules import target_budget_levels as _budget  # (tradA27)
from extract.rules.target_exclusions import selects_by_age_of_building, counts_named_kinds_taken_in, reports_statistics, modal_names_a_list, opens_on_earlier_time, counts_places_in_scope, first_tranche, masks_nearly, gap_to_reference, ages_after_label, boasts_level, counts_by_category, is_listed_baseline, names_grade
from extract.rules import past_results as _rest16
from extract.rules import clause_commitments as _own_clause
from extract.rules import report_cutoffs as _cutoffs
from extract.rules import dwelling_units as _dwell  # (N3, N12a) ``单位`` as flats
from extract.rules import target_quantities as _tfn17
from extract.rules import named_numbers as _named
from extract.rules import named_list_counts as _named_list
from extract.rules import progress_shares as _progress_share
from extract.rules import task_label_lists as _tll  # (tgtA30) N12b: a task label over its list of places
from extract.rules import ahead_funding as _afund  # (tgtA30) N17d: money of works whose completion is ahead
from extract.rules import base_frame_years as _cat  # (tgtA30) N9: a base frame's year dates nothing
from extract.rules import elapsed_years as _elapsed
from extract.rules import year_yardsticks as _yard  # (tgtA25) N13c: the year's task labelled around its amount
from extract.rules import measure_scopes as _scopes  # (tgtA25) N12: counts of what a rate or measure covers
from extract.rules import period_multiples as _multiples  # (tgtA25) N13b: a multiple of an earlier period's figure
from extract.rules import eligibility_thresholds as _elig
from extract.rules import rate_formulas as _icf  # (tblA26) N6: a rate's formula in an indicator cell
from extract.rules.building_storeys import measures_building_with_storeys, storeys_above_below
from extract.rules.counter_words import counter_opens_word
from extract.rules import figure_frames as _frames
from extract.rules.target_frames import approved_funds_for_works, consents_to_funds, levels_of_standard, renews_counted, storeys_of_project
from extract.rules.target_works_measures import _PROJECT_MEASURE_STATED
from extract.rules import rulebook_targets as _rb
from extract.rules import works_under_way as _wuw
from extract.rules import zone_extents as _zones  # (tgtA27) a zone's extent (N12)
from extract.rules import currency_rows as _currency_rows  # (tgtA27) a schedule's row labelled by a count
from extract.rules import plan_item_counts as _plan_counts  # (tgtB36) a count of projects before their planned investment
from extract.rules.build_scales import builds_to_scale  # (tgtA26) ``按N人规模建设``
from extract.rules.target_phrasings import changes_over_dated_base, plans_money_stated, progress_follows_task, masks_done_attribute
from extract.cues import frequency_cue  # (lead41)
from extract.rules import hypotheticals as _hyp  # (lead42) a figure under a condition
from extract.rules import works_started_today as _started_today  # (lead43) money of works breaking ground today
from extract.rules import phase_counts as _phases  # (lead42) N12a: phases, a body's parts
from extract.rules import budget_years_ahead as _bya  # (lead42) N17b: the budget of a named year ahead
from extract.rules.target_status import reports_progress_reached, against_base_figure, counts_item_list, names_a_format, modal_is_disposal, perfective_before, ready_to_open, is_rate_base, reports_actual_outturn, share_of_plan_done, counts_works_under_way, refers_back, states_only, without_item_mark, pledge_is_over, is_towards_not_pairs, defines_people_counted, modal_is_plan_noun, closes_with_task_met, counts_places_where, selects_cases, serves_named_places
from extract.rules.target_number_forms import grouped_digits, ends_with_point, is_roc_year
from extract.rules.target_frames import wan_compound_value  # (tgtB25) ``1万2000个``: no crash on a count in parts


# (lead53) a clause that asks the page's reader (``请于…``, ``敬请…``, ``如有意见,请…``): a notice's request, no commitment
_READER_REQUEST = re.compile(r"(?:^|[,，:：])\s*(?:如有[^,，。]{0,8}[,，])?\s*(?:请|請|敬请|敬請)(?:于|於|在|自)")

_NAME_AFTER = re.compile(r"^(?:班?规模(?!的)|健身圈|生活圈|服务圈|教育圈|工程|行动|计划|战略|模式|体系|机制|课堂|平台|版|号|月|日(?!间)|时代|字方针|届|期|"
                         r"政策|改革|制度|的深意|的结构|部分|分[,，、]|分$)")  # ``2小时政策``, ``4部分``: names, not amounts
# (``5日``: a date; ``3个日间照料中心``: a count)
_NAMED_SPAN = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}率|(?:免费|义务|基础|基本|学前|高中|职业)*教育)")
_COUNTS_THE_PLAN = re.compile(r"^具体建设(?:任务|项目)|^(?:具体|重点|主要|重要)(?:发展|建设|民生)?(?:任务|指标|措施|举措|工作|内容|事项)|^(?:具体|重点|主要)?(?:工作)?(?:任务|指标|措施|举措)|^(?:个)?" + alternation(LABEL_HEADS) + r"?(?:单位|部门)|"
                              r"^(?:重点|民生|民心|惠民|为民)+(?:工程|实事)|^(?:民生|民心|惠民|为民)+(?:公益)?项目|^(?:民生)?实事|^个?方面")  # ``10项民生工程``, ``8个方面``: the list counted
_SCOPE = re.compile(r"(周围|周边|范围|半径|距离)")
_DONE_AFTER = re.compile(r"^[^，,；;。\d]{0,8}已(?:经)?(?:于[^，,；;。]{0,8})?(?:全部|全数|基本|顺利)?(?:竣工|完工|完成|建成|投入使用|开工|开园|开学)")
_ORDINAL_BEFORE = re.compile(r"(?:第|编号|文号|电话|[A-Za-z])\s*$")
_ORDINAL_LAST = frozenset("第号话ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # what a match ends with

_ISSUES = re.compile(r"(明确|提出|印发|出台|发布)")

_FROM_BEFORE = re.compile(r"(?:由|从)\s*$")
_FROM_LAST = frozenset("由从")
_APPLIES_TO = re.compile(r"(?:对于?|凡|针对)")
_THRESHOLD = re.compile(r"(超过|以上|以下|不足|低于|高于|少于|多于|不到)")  # a number that says which cases


# (lead46) a clause that defines a term: ``指``/``是指``/``系指`` at its head, after the term and its colon or alone (not the
# verbs ``指导``, ``指出``, ``指示``, ``指挥``, ``指定``, ``指引``, ``指向``, nor the nouns ``指标``, ``指南``)
_DEFINES = re.compile(r"^\s*(?:[^,，。;；:：]{1,12}[:：]\s*)?(?:是|系|係)?指(?![导導出示挥揮标標定引南向])")
_CLAUSE_END_AFTER = re.compile(r"[,，。;；]")



# (lead47) a doc-sharing or 范文 site's count of the pieces it collects under one title (``大全5篇``, ``优选15篇``, ``精选3篇``)
# (lead50) the parts a whole is split into, right before the count (``分解为``, ``划分为``, ``分成``)
_SPLIT_INTO = re.compile(r"(?:分解|划分|劃分|拆分|细分|細分)(?:为|為|成)\s*$")
# (lead50) a page's counters of its readers' actions, right after the number and its measure
_ENGAGEMENT_AFTER = re.compile(r"^\s*(?:人|次)?\s*(?:点赞|點讚|点了赞|收藏|浏览|瀏覽|阅读|閱讀|评论|評論|转发|轉發|分享|下载|下載|关注|關注)(?:了|过|過)?(?:该文章|本文|该文|此文)?\s*(?:[|｜·\n]|$)")
_COLLECTION_COUNT = re.compile(r"(?:大全|优选|優選|精选|精選|合集|汇编|彙編|范文|範文|通用|汇总|彙總)\s*[(（【]?\s*$")

def defines_term(clause_head: str, after: str) -> bool:
    """Whether a number stands in a term's definition (``长期缺课:指无故连续缺课超过2周的。``): the clause
    opens with ``指`` and the number is a bound of it (``超过``, ``以上``, … around it, or the clause closing on ``的``).
    A definition says what a word covers, no level a plan commits to (N15: a scope, not a quantity). Made-up examples."""
    if "指" not in clause_head or not _DEFINES.match(clause_head):
        return False
    end = _CLAUSE_END_AFTER.search(after)
    tail = after[:end.start()] if end else after
    return bool(_THRESHOLD.search(clause_head[-8:] + tail[:8])) or tail.rstrip().endswith("的")


def _year_stated_before(before: str) -> int | None:
    """The year written nearest before a number in its sentence (year ranges and titles masked);
    None when a plan is introduced after it (``2020年,某市印发《意见》,明确2020-2025年…``: the year
    dates the issuing, the numbers are the plan's)."""
    if "年" not in before:
        return None  # ``_YEAR_BEFORE`` needs it (three numbers in four: no masking, substitution or scan)
    masked = masked_titles(before)
    years = list(_YEAR_BEFORE_SCAN.finditer(_YEAR_SPAN.sub(lambda m: "□" * len(m.group()), masked)))
    if not years:
        return None
    tail = before[years[-1].end():]
    if _YEAR_SPAN.search(tail) or reports_a_plan(tail) or _ISSUES.search(tail):
        return None
    return int(years[-1].group(1))


_YEARS_VALUE = re.compile(r"((?:19|20)\d\d)\s*年(?:底|末)?的\s*$")
_YEAR_BEFORE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年(?![\d])")
_YEAR_BEFORE_SCAN = OpeningScan(_YEAR_BEFORE)  # (fourteenth round: tried only where a match can open)
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年?")

# compiled once: ``re.match(pattern, ...)`` inline looks the pattern up in ``re``'s cache on every number
_DIGIT_NEXT = re.compile(r"\s*\d")
_COUNT_BEFORE = re.compile(r"\d\s*[件项个]\s*$")
_COUNT_LAST = frozenset("件项个")

_TIME_LIMIT_UNITS = ("工作日", "天", "小时")
_QUOTED_NAME = re.compile(r"[「『“《][^「」『』“”《》]{1,30}[」』”》]")  # (lead48) a name in quotes or title marks
_MODAL_AHEAD = re.compile(r"(将|要|力争|确保|计划|预计)")


# a character that ``measures_planned_works``'s measure nouns and ``plans_base_years``'s base words need (cheap tests
# before their scans: most numbers stand in clauses with none)
_WORKS_MEASURE_CHAR = re.compile(r"[占积资价模纳设地划]")
_BASE_CHAR = re.compile(r"[比较与]\s*(?:19|20)\d\d")


# (fourteenth round) the weak decisions a named amount of funding overrides: a bare number, ``…为N``, and a total
# (``共计安排某项目预算N亿元``: the sum a budget sets, not a count of what was done; a spending verb is no funding word)
_HAVING = ("bare", "status:共有", "status:拥有")  # (``设有N间`` is a bare number)
_FUNDS_STATUS = ("bare", "status:为", "status:共计", "status:合计", "status:总计")


# (lead49) the classes or pupils a school stage sends out this year, right after ``毕业`` (``小学毕业105个班5464人``): the
# cohort leaving, which an intake plan sets its places against; not with a modal of its own (``将毕业…``)
_GRADUATING = re.compile(r"毕业(?:生)?\s*(?:\d+\s*个?\s*班\s*)?$")
_GRADUATING_MODAL = re.compile(r"将|计划|预计|拟|力争|确保")


def graduating_count(clause_head: str, unit: str, after: str = "") -> bool:
    """(lead49) The number counts the classes or pupils graduating (``中学毕业114个班5692人``): a status, no target."""
    counted = unit in ("班", "个班", "人", "名") or (unit == "个" and after.lstrip().startswith("班"))
    return counted and _GRADUATING.search(clause_head) is not None \
        and _GRADUATING_MODAL.search(clause_head) is None


# (lead49) a sentence that opens with a year's batch of funding obtained (``2031年获某某投资项目总投资N万元``)
_YEAR_BATCH = re.compile(r"^\s*((?:19|20)\d\d)\s*年(?:度)?\s*(?:共|累计)?\s*(?:获|獲|争取到?|爭取到?|下达|下達)")


def past_year_batch(sentence: str, doc_year: int | None) -> bool:
    """(lead49) The sentence opens with a batch of funding obtained in a year before the document's (``2021年获…项目总投资
    1480万元`` on a 2022 page): the measures of that batch's projects are what that year gave, no planned works."""
    m = _YEAR_BATCH.match(sentence)
    return m is not None and doc_year is not None and int(m.group(1)) < doc_year


def _hand_decision(sentence: str, m: re.Match[str], before: str, after: str, clause_head: str,
                   quotes: list[tuple[int, int]], year: int | None, skip_past: bool, role: SectionRole,
                   doc_year: int | None, past_possible: bool = True) -> Decision:
    """The hand cues' decision on one number: a hard rejection by a labelling rule first (a name, a
    number that says where a measure applies, an age, a baseline), then the cue decision.
    ``past_possible``: false when the sentence holds no past marker at all (``is_past_at`` is then false)."""
    unit = m.group("unit") or ""
    # the last character of ``before`` but for spaces: every ``…\s*$`` pattern below is scanned only where its last
    # word could end there (a search for one scans the whole of ``before``)
    last = before.rstrip()[-1:]
    if (last in _ORDINAL_LAST and _ORDINAL_BEFORE.search(before) and not after_aggregate(before)
                                                   and not reaches_rank(before, unit)) \
            or (_NAME_AFTER.match(after) and not counts_named_items(clause_head, unit, after)
                and not builds_to_scale(before, after)) or after.startswith("+") \
            or (after.startswith(".") and not after.startswith("..") and not ends_with_point(unit, after)) \
            or (_DIGIT_NEXT.match(after) and not age_group_follows(after) and not count_runs_into_count(unit, after)
                and not age_class_follows(unit, after) and not _tfn17.count_then_each_measure(unit, after)) or (last in _COUNT_LAST and _COUNT_BEFORE.search(before)) \
            or (unit == "周" and after.startswith("年")) \
            or (unit.endswith("年") and "/" not in unit and _NAMED_SPAN.match(after)) \
            or (_COUNTS_THE_PLAN.match(after) and not _tfn17.count_required(before)
                and not _dwell.counts_dwelling_units(before, unit, after) and not _yard.labels_year_target_around(before, after)) or (unit in ("米", "公里") and _SCOPE.search(before[-12:])) \
            or (unit == "项" and after.startswith((":", "："))) or names_reach_circle(unit, after) \
            or counter_opens_word(unit, after):  # ``2组织指挥体系``: the counter opens a word
        # ``…责任制3项:`` heads the list it counts
        # ``5年生存率``, ``15年教育``: a span that names the measure; ``明确20项具体任务``, ``涉及8个牵头单位``:
        # the plan counting its own parts; ``周边100米以内``: where a measure applies
        # ``6件12项实事``, ``3个100%``: a count run into another is a name; ``建校60周年`` a date
        return Decision(False, ("name",))
    if names_a_format(unit, after):
        return Decision(False, ("name",))  # ``5人制足球场``: a format's name
    if _frames.counts_own_outline(before, unit, after):
        return Decision(False, ("name",))  # ``纲要共设12篇``: the document's own parts
    if graduating_count(clause_head, unit, after):
        return Decision(False, ("status:graduates",))  # (lead49) ``小学毕业105个班5464人``: the cohort leaving, the intake's base
    if names_grade(unit, after):
        return Decision(False, ("name",))  # (r16) ``小学4-5年级``: a grade, not a span of years
    if _tyears.blank_year_of_title(m.group("v"), unit, after):
        return Decision(False, ("name",))  # (lead44) ``镇20年防溺水…工作方案``: a template's blank year in a document's name
    if _named.names_cohort_year(m.group("v"), unit) or _named.names_schooling_span(before, unit, after) \
            or _named.names_numbered_programme(unit, after) \
            or _named.names_route(before, unit, after):
        return Decision(False, ("name",))  # ``2031届``: a cohort; ``推展12年国教``: a scheme's span; ``8路公交`` (N3, N15)
    if is_rate_base(before, unit, after):
        return Decision(False, ("name",))  # ``每10万人口…``: the base of a rate
    if _icf.formula_factor(before, m.group("v"), unit):
        return Decision(False, ("rate_formula",))  # (tblA26) ``甲数/乙数×100%``: the factor of a rate's formula
    if is_towards_not_pairs(unit, after):
        return Decision(False, ("name",))  # ``1.5对甲馆展厅提档升级``: an item number before the preposition 对
    if before.endswith(("+", "由", "从", "V", "v")) or (last in _FROM_LAST and _FROM_BEFORE.search(before)):
        return Decision(False, ("name",))
    if names_period(before, unit, after):
        return Decision(False, ("period",))  # ``最近2至3年``, ``7年多来``: when, back from now, not how much
    if frames_a_span(before, unit, after):
        return Decision(False, ("period",))  # ``通过3年努力``, ``5年后``: the frame of a target, not its quantity
    if spans_the_plan(before, unit, after) or _rb.span_frames_commitment(before, unit, after):  # (N17) ``首5年``
        return Decision(False, ("period",))  # ``未来3年``, ``为期13天的``: how long the plan runs, not a quantity
    if unit == "年" and is_roc_year(m.group("v")):
        return Decision(False, ("roc_year",))  # ``預計112年``, ``108-111年``: a year of the ROC calendar, a date
    if quotes and any(a <= m.start() < b for a, b in quotes):
        return Decision(False, ("name",))
    if defines_term(clause_head, after):
        return Decision(False, ("defines_term",))  # (lead46) ``长期缺课:指…超过2周的``: a term's definition, no target
    if _APPLIES_TO.match(clause_head) and not amount_of_measure(clause_head) and not level_of_scoped_measure(clause_head) \
            and not reach_after_applies(clause_head, after) and not _tfn17.threshold_of_other(clause_head, unit, after) and (
            _THRESHOLD.search(clause_head + without_age_bounds(after[:10])[:6]) or after.lstrip().startswith("的")):
        return Decision(False, ("applies_to",))  # 对超过1500人的学校...: the number says where a measure applies
    if _elig.selects_eligible(before, after) or _elig.bounds_benefit_bracket(after) or ("$" in after[:8] and _currency_rows.labels_priced_row(after)):
        return Decision(False, ("applies_to",))  # (tgtB21) ``税率未达12%的长者``, ``居住满2年以上均可申请``: who is covered; (tgtA27) ``3人或以上 $N``: the class a row prices; (tgtB27) ``少于30个可获``: a bracket's bound
    if (head := without_item_mark(clause_head)) != clause_head and _APPLIES_TO.match(head) and not amount_of_measure(head) \
            and (_THRESHOLD.search(head + without_age_bounds(after[:10])[:6]) or after.lstrip().startswith("的")):
        return Decision(False, ("applies_to",))  # ``(一)对建成1000平方米以上…的``: the same after an item marker
    if is_population_scope(unit, after) or is_enrolment_scope(unit, after) or selects_cases(before, unit, after) or defines_people_counted(unit, after) \
            or _forecasts_population(before, unit):  # (tgtA33) N15: ``预计…老年人口将增加到N万人``
        return Decision(False, ("applies_to",))  # ``20万人口以上的县``: which places, not how many
    if counts_listed_items(before, unit, after) or counts_item_list(clause_head, unit, after) or refers_back(before, unit, after):
        return Decision(False, ("name",))  # ``有3项由甲局牵头,分别是…``: the report counts the list it gives
    if counts_by_category(clause_head, unit, after):
        return Decision(False, ("name",))  # (r16) ``共12项,其中甲类5项、乙类7项``: the list's make-up by category
    if _SPLIT_INTO.search(before):
        return Decision(False, ("make_up",))  # (lead50) N12a: ``将全县…任务分解为12个``: the parts a whole is split into
    if _ENGAGEMENT_AFTER.match(after):
        return Decision(False, ("page_furniture",))  # (lead50) ``0人点赞``, ``15人收藏``, ``120次浏览``: a page's counters
    if unit == "篇" and _COLLECTION_COUNT.search(before):
        return Decision(False, ("page_furniture",))  # (lead47) ``某方案(大全5篇)``, ``…预案优选15篇``: a sharing site's collection
    if selects_by_age_of_building(before, unit, after):
        return Decision(False, ("applies_to",))  # (r16) ``屋龄20年以上教室``: which classrooms, by age
    if _elapsed.selects_by_years_since(before, unit, after):
        return Decision(False, ("applies_to",))  # ``毕业5年内的``, ``使用超过15年的``: which people or things
    if counts_named_kinds_taken_in(clause_head, unit, after):
        return Decision(False, ("applies_to",))  # (r16) ``将甲、乙、丙3种慢病纳入…``: the kinds a measure takes in
    if locates_in_named(before, unit) or serves_named_places(before, unit, after) or counts_places_where(before, unit, after):
        return Decision(False, ("applies_to",))  # ``在甲校、乙校2所学校开展…``: where, not how many
    if counts_places_in_scope(before, unit, after) or _rb.counts_places_reached(before, unit, after) or _zones.bounds_zone(before, unit, after) \
            or _scopes.counts_rate_population(unit, after) or _scopes.counts_places_involved(clause_head, unit, after) \
            or _scopes.counts_places_covered(before, unit, after):  # (N12b) ``惠及12个乡镇``; (tgtA25); (tgtA33) ``全覆盖(9个乡镇…)``
        return Decision(False, ("applies_to",))  # (r16) ``在该省9个市州启动``, ``覆盖20个山区县``: where it applies; (tgtA27) a zone's extent
    if unit in TOTALS_UNITS and totals_named_list(clause_head, float(grouped_digits(wan_compound_value(m.group("v")))), unit, after) \
            and not _tll.counts_task_list(before):  # (tgtA30) ``建设任务:甲镇、乙镇2个乡镇``: the task's places
        return Decision(False, ("applies_to",))  # ``会同甲部、乙委、丙局3部门``: the bodies or places just named
    if _hyp.under_hypothesis(sentence, m.start()) or _hyp.hedged_estimate(sentence, m.start()):
        return Decision(False, ("hypothesis",))  # (lead43) ``如果…,恐怕20年才能完成``, ``不可能在2年内完成``: an estimate
    if _hyp.concedes_existing(clause_head):
        return Decision(False, ("status:虽有",))  # (lead43) ``每年虽有800万元经费,但…``: what exists, conceded (N13)  # (lead42) ``某县如午餐全面免费,将增加约5亿元``: a condition not committed to
    if _phases.counts_attached_list(before, after):
        return Decision(False, ("attached_list",))  # (lead48) ``(附80所学校名单)``: the size of an attached list
    if unit == "份" and _phases.counts_copies(before, unit, float(grouped_digits(wan_compound_value(m.group("v"))))):
        return Decision(False, ("copies",))  # (lead48) ``…申请表一式3份``: the papers' copies, no target
    if _phases.counts_phases(before, unit, after) or _phases.counts_set_up_parts(clause_head, unit, after) \
            or _phases.counts_make_up(clause_head, unit, after, before):  # (lead43) ``由…N个…组成``, ``N个…具体包括:``
        return Decision(False, ("make_up",))  # (lead42) N12a: ``按照A、B、C 3个阶段进行``, ``下设…等13个专班``: the make-up
    if counts_all_places(before, unit, after):
        return Decision(False, ("applies_to",))  # ``全市40个区县要…``: all the places, the subject
    if _named_list.counts_list_closed_by_deng(clause_head, unit, after):
        return Decision(False, ("applies_to",))  # ``甲部、乙部等8部委``: the count of the names just listed
    if addresses_population(clause_head, after, unit):
        return Decision(False, ("applies_to",))  # ``对全省5万名幼儿按…``: whom a measure addresses
    if names_scope(before):
        return Decision(False, ("applies_to",))  # ``实施范围包括…26个县``: where a programme applies
    if time_since_office(before, unit):
        return Decision(False, ("name",))  # ``某某履新100天``: the time since taking office
    if is_age_range(before, after) or is_age_span(unit, after) or (unit.endswith("岁") and "寿命" not in clause_head):
        return Decision(False, ("age",))  # an age names who (``3-6岁儿童``); a life expectancy is an amount
    if ages_after_label(before, unit):
        return Decision(False, ("age",))  # (r16) ``招收年龄下延至10-24个月``: an age after its label names who
    if is_baseline(clause_head, after) or in_base_frame(before, after) or against_base_figure(before, clause_head, unit):
        return Decision(False, ("baseline",))  # 从2021年的27%提升至55%: 27% is where it starts
    if is_listed_baseline(clause_head, after):
        return Decision(False, ("baseline",))  # (r16) ``由每人每月900元、700元统一提高到…``: where it starts
    if _bya.budget_change(sentence, clause_head):
        return Decision(False, ("change_of_figure",))  # (lead42) N13b: ``较今年增加…、约增3.8%``, ``减列72.3亿元``: a budget's change
    if changes_stated_figure(before, clause_head) or _rest16.changes_over_named_year(before, clause_head) \
            or changes_over_dated_base(before, clause_head, unit) or _multiples.multiple_of_earlier_period(before, unit):  # (r16 rest16, r16 t24; tgtA25)
        return Decision(False, ("change_of_figure",))  # ``资金30亿元,比上年增加4亿元``: derived from the figure before
    if not skip_past:
        return Decision(True, ())
    if "值" in before and under_value_label(before):
        return Decision(True, ("value_label",))  # (fifteenth round) ``指标值:甲管理率:30%``: a form's target values
    if is_change_reached(before) and not deadline_year(masks_value_years(sentence, doc_year, role in ("goal", "plan"))) \
            and not _MODAL_AHEAD.search(_QUOTED_NAME.sub("", before)):  # (lead48) ``「某某计划」``: a name, no plan ahead
        return Decision(False, ("change_reached",))  # 由93.8%提高到95.5% with no date ahead: a result (N2)
    if once_built(clause_head, before):
        return Decision(True, ("once_built",))  # ``建成后新增学位900个``: what the finished works give
    if role != "report" and (states_project_measure(before[-24:]) or lists_project_measures(before, clause_head)
                             or storeys_of_project(before, clause_head, unit, _PROJECT_MEASURE_STATED)) \
            and not has_past_marker(before) and not built_long_ago(after) and not past_year_batch(sentence, doc_year):
        # ``某学校建设规模90亩,…目前主体已完工``: the planned size of works under way, whatever is done so far
        # (a status word of the clause, ``此次开工项目总投资``, names the works, not a result)
        return Decision(True, ("project_measure",))
    # (fourteenth round) in a report, a project's measures stated with nothing done (``1.某教育园区,总投资N亿元,占地约N亩``)
    planned_ok = role != "report" or not reports_works_done(sentence)
    if planned_ok and _WORKS_MEASURE_CHAR.search(clause_head) is not None \
            and measures_planned_works(before, clause_head) and not built_long_ago(after):
        return Decision(True, ("project_measure",))  # ``某小学新校区…占地面积79亩,…办学规模为72个班``: works to be finished
    if planned_ok and specifies_planned_facility(before, clause_head, unit, after) and not built_long_ago(after):
        return Decision(True, ("facility_spec",))  # ``新校区…设36个教学班``, ``为地上3层楼建筑``: what the works are to be
    row = sentence[:row_cell_end(sentence, m.end())] if "|" in sentence else sentence  # (a progress cell after it: no past)
    item = item_opening(row, m.start()) if past_possible else 0  # (``…实际完成 1 2 4.新投放3000辆``: the item's own words)
    row = row[item:]
    if past_possible and is_past_at(masks_done_attribute(plans_base_years(row, role, year, doc_year, deadline_year(row))  # (r16 t24)
                                    if role in ("goal", "plan") and _BASE_CHAR.search(row)
                                    else masks_prior_year_base(row, role)), m.start() - item) \
            and not _rest16.plans_in_own_clause(row, m.start() - item) \
            and not _own_clause.commits_in_own_clause(row, m.start() - item) \
            and not _own_clause.cumulative_plan_sentence(row) \
            and not (role != "report" and progress_follows_task(row, m.start() - item)):  # (r16 rest16; r16 t24)
        if role != "report" and funds_after_past_clause(before, clause_head, unit, after):
            return Decision(True, ("funds",))  # (r15) ``…均已勘察,年内先行筹措800万元经费``: money set after a past clause
        if role != "report" and (approved_funds_for_works(sentence, clause_head, unit)
                                 or _rb.approved_for_works_due(sentence, clause_head, unit)):  # (N17d) ``…,预计明年建成``
            return Decision(True, ("funds",))  # (r16 tfn16) ``去年获某署核定补助N万元,…动工兴建``: funding of works ahead
        if _wuw.measure_of_works_under_way(clause_head, after):
            return Decision(True, ("works_under_way",))  # (tgtA26) N17a: ``投资N万元的甲馆,…正在进行装修``
        if again_after_past_clause(clause_head) and not ("已" in after[:12] and _DONE_AFTER.match(after)):
            return Decision(True, ("again",))  # (r15) ``去年获批补助N元,区府再补助N元``: the next step after what was done
        if role != "report" and (_budget.earmarked_ahead(clause_head) or _budget.funding_adjusted(clause_head)):
            return Decision(True, ("earmarked",))  # (tradA27) ``已预留9亿元``, ``总经费调整为N``: money set for what is to come
        if role != "report" and _afund.hands_down_for_works(clause_head, unit, after) \
                and not is_past_year(_year_stated_before(before), doc_year):
            return Decision(True, ("funds",))  # (tgtB33) N17d ``已下达补助资金N元,用于新建…``: works' funding granted
        return Decision(False, ("past_marker",))
    if perfective_before(before) or _perf_cl.told_done_with_le(before, after) or _award.tells_award_result(before, after) \
            or _perf_cl.told_done_after(before, after):  # (tgtA33; lead39: the 了 after the number in its own clause)
        return Decision(False, ("perfective",))  # ``走访了45名``: what was done (N13; no past carried: ``设置了20项指标。其中…``)
    if _rb.level_reached_now(before):
        return Decision(False, ("status:now",))  # (N13) ``目前…人数超3200万``: a level reached now
    if _rb.capacity_after_status_frame(before, clause_head, doc_year):
        return Decision(False, ("status:capacity",))  # (N13, N17a) ``现有机构12家,可提供托位400个``: what exists
    if _rb.counts_reported_all_done(clause_head, after):
        return Decision(False, ("status:done",))  # (N13) ``12项任务全部完成``: a result with no 已
    if ready_to_open(before, after, _own_clause.own_clause(sentence, m.start()) if "即" in before else ""):
        return Decision(False, ("status:即将",))  # ``20所新幼儿园即将开园``: built, about to open (G4a)
    if unit == "%" and "度" in clause_head and reports_progress_reached(clause_head):
        return Decision(False, ("status:进度",))  # (lead41) ``工程进度达37%``: the progress of works so far (N13a)
    if reports_actual_outturn(clause_head):
        return Decision(False, ("past_marker:actual",))  # ``实际完**数是1600人``: an actual outturn, masked or not
    if share_of_plan_done(before, unit) or _progress_share.completes_share_of_plan(before, unit) \
            or _progress_share.rate_beyond_plan(before, unit, m.group("v")) \
            or _progress_share.shares_of_planned_amount(before, unit):  # (tgtA27) ``完成率104%``; (tgtA30) ``占计划总投资N的M%``
        return Decision(False, ("status:完成",))  # ``完成年度投资计划的62.5%``: a completion rate (N13a)
    if counts_works_under_way(clause_head, unit, after):
        return Decision(False, ("status:正在",))  # ``正加快推进…5个项目``: how many are being built now (N13)
    if states_only(before) and not has_future_year(before) and not _MODAL_AHEAD.search(before):
        return Decision(False, ("status:仅",))  # ``名额仅约2000人``: how small a figure is now (N13)
    if (boasts_level(before) or states_only(before) or gap_to_reference(before) or first_tranche(before)
            or opens_on_earlier_time(clause_head)) \
            and not has_future_year(clause_head) \
            and not _MODAL_AHEAD.search(clause_head):  # (r16) a modal of another clause (``若…要…,仅约20%``) commits nothing
        return Decision(False, ("status:level",))  # (r16) ``占比高达25%``, ``低于全省平均N``, ``首笔N亿元``: a figure now (N13)
    if reports_statistics(before, sentence):
        return Decision(False, ("status:据统计",))  # (r16) ``据统计,…占比达到55%``: counted figures of now (N13)
    if pledge_is_over(before, after):
        return Decision(False, ("done_after",))  # ``目标是4年内增加100班,最终增加了120班``: the pledge is over (N11a)
    if "已" in after[:12] and _DONE_AFTER.match(after):
        return Decision(False, ("done_after",))  # ``计划实施的4个项目已于9月底全部竣工``: what was planned is done
    if ("完成" in after or "成" in after or "现" in after or "達" in after or "达" in after) and reports_task_met(after):
        return Decision(False, ("task_met_after",))  # ``新增床位410张,超额完成年度任务``: the result (N13)
    if ("完成" in after or "超" in after) and closes_with_task_met(after) and not _MODAL_AHEAD.search(before) \
            and role != "goal":  # (vrestA28) a list of goals closed by ``,全面完成…任务``: one goal more, no result
        return Decision(False, ("task_met_after",))  # ``…学校14个,新增学位1.2万个,超额完成年度任务``: the results (fp15)
    if unit.endswith(_TIME_LIMIT_UNITS) and after.startswith("内"):
        if _READER_REQUEST.search(clause_head):
            return Decision(False, ("request",))  # (lead53) ``请于公告发布之日起10个工作日内反馈``: asked of the reader, notice furniture
        return Decision(True, ("time_limit",))  # ``5个工作日内公开``: a procedure's time limit (years are a frame, N17)
    if unit == "年" and role != "report" and limits_years_of_change(sentence, unit, after):
        return Decision(True, ("time_limit",))  # ``2年内增加600个``: a deadline of its own (N11a)
    if unit == "年" and role != "report" and _rb.modal_within_limit(sentence, unit, after):
        return Decision(True, (_rb.MODAL_LIMIT_CUE,))  # (confB18) N11a: ``未来2年内预计再增设28园``, the deadline itself
    if role not in ("goal", "plan") and _frames.opens_with_month_cutoff(before):
        return Decision(False, ("status:frame",))  # ``截至9月底,完成培训8万人``: counted up to a month's end (N13)
    cut = item_opening(clause_head, len(clause_head)) if " " in clause_head else 0  # (the item's own clause, as above)
    decision = number_decision(masks_nearly(masks_done_attribute(clause_head[cut:])), after, role,
                               masks_nearly(masks_done_attribute(before)))  # (r16) 将近 N; (tgtA27) ``对已…的``: which things
    if not decision.target and role != "report" and decision.cues and _tfn17.totals_planned(before, clause_head, unit, decision.cues[0]):
        decision = Decision(True, ("total",))  # (r17 tfn17) ``共计规划9座``, ``…自筹2亿元,共计3亿元``: a planned total
    if decision.cues == ("spent",) and role != "report" and (_tfn17.spends_ahead(before)
                                                             or _started_today.funds_works_started_today(sentence, unit)):
        decision = Decision(True, ("modal",))  # (r17 tfn17) ``在未来5年内,投入6亿…``: spending still ahead
    if decision.cues == ("status:占",) and role != "report" and commits_share(before, clause_head):
        decision = Decision(True, ("share_committed",))  # (fifteenth round) ``力争到2031年公办园占总数的80%``
    if decision.cues == ("status:现有",) and role != "report" and works_on_existing(before, after):
        decision = Decision(True, ("target_verb",))  # (fifteenth round) ``推进现有23个宝宝屋扩优提质``
    if decision.cues == ("bare",) and role != "report" and (works_verb(clause_head[cut:]) or _tfn17.more_works_verb(clause_head[cut:])
                                                             or _rest16.upgrades_counted(clause_head[cut:], after)):  # (r16 rest16)
        decision = Decision(True, ("target_verb",))  # (fifteenth round) ``增配除颤器30台``, ``硬化村道3万平方米``
    if decision.cues == ("bare",) and role != "report" and unit == "次" and frequency_cue(clause_head[cut:], unit + after):
        decision = Decision(True, ("frequency",))  # (lead41) N2a: ``各学院每两个月汇报1次``, a frequency a rule keeps
    if decision.cues[:1] and decision.cues[0].startswith("status:已") and states_budget_size_ahead(sentence, before.rfind("已")):
        decision = Decision(True, ("funds",))  # (r15) ``明年…的预算已达12亿``: the size of a budget ahead (N17b)
    elif not decision.target and role != "report" and decision.cues[:1] \
            and payer_share(before, "%" if _rb.payer_share_in_tenths(before, after) else unit, decision.cues[0]):  # (N17c) ``9成``
        decision = Decision(True, ("payer_share",))  # (r15) ``由省级负担60%``: the share a payer bears (N17c)
    elif decision.cues == ("bare",) and role != "report" and dated_works_ahead(unit, after, doc_year):
        decision = Decision(True, ("works_date",))  # (r15) ``18校球馆2032年完工``: the works' date still ahead (N9b)
    if role == "report" and decision.cues == ("modal",) and modal_is_disposal(before, after):
        decision = Decision(False, ("bare",))  # ``将甲校等9所学校并入乙校`` in a report: 将 as 把, what was done
    if decision.target and "modal" in decision.cues and (modal_is_plan_noun(before) or modal_names_a_list(before)):  # ``行动计划使…``: a plan's name; (r16) ``拟办…实事``
        rest = tuple(c for c in decision.cues if c != "modal")
        decision = Decision(True, rest) if rest else Decision(role in ("goal", "plan"), ("section:" + role,) if role in ("goal", "plan") else ("bare",))
    if not decision.target and role != "report" and decision.cues and decision.cues[0].rstrip() in ("status:为", "bare") \
            and (serves_count(before, unit, after) or works_for_counted(before, unit, after)
                 or renews_counted(clause_head, unit, after) or _own_clause.object_of_for_frame(clause_head, unit, after)
                 or _tfn17.serves_more(before, unit, after)):  # (r16 tfn16) ``更新120部电梯``, ``对辖区6栋…进行改造``; (r17 tfn17) ``为80例…``
        decision = Decision(True, ("serves",))  # ``为3000名老人提供…``: a service's planned reach
    if not decision.target and role != "report" and decision.cues and (decision.cues[0] in ("bare", "status:为")
                                                                      or decision.cues[0].endswith(":list")) \
            and appropriates(before, unit, after):
        decision = Decision(True, ("appropriation",))  # ``申请拨款3.9亿元``: the funding a budget or a bid sets
    if not decision.target and role != "report" and decision.cues and (decision.cues[0] in _FUNDS_STATUS
                                                                      or decision.cues[0].endswith(":list")) \
            and (sets_funds(before, unit, after) or consents_to_funds(before, unit, after)
                 or _tfn17.adds_funds(before, unit) or _afund.funds_works_ahead(unit, after) or _afund.money_builds(unit, after)):  # (tgtA30) ``合计N元,预定明年完工``  # (r16 tfn16) ``同意动支N元``; (r17 tfn17) ``增列N亿``
        decision = Decision(True, ("funds",))  # ``追加24亿预算``, ``筹措5000万元经费``: the money set aside
    if not decision.target and role != "report" and decision.cues and (_rest16.names_funding(before, unit, decision.cues[0])
                                                                      or _tfn17.totals_funding(before, unit, decision.cues[0])):  # (r17 tfn17)
        decision = Decision(True, ("funds",))  # (r16 rest16) ``总经费为3亿512万元``: the money a plan sets aside
    if not decision.target and role != "report" and decision.cues and (decision.cues[0] in ("bare", "status:为")
                                                                      or decision.cues[0].endswith(":list")) \
            and (sets_benefit_amount(clause_head, unit, before) or sets_rate_per_head(clause_head, unit, after)):
        decision = Decision(True, ("benefit",))  # ``资助额为32900元``, ``护理补助升至每月1,200元``: the amount set (N17)
    if not decision.target and role != "report" and decision.cues[:1] in (("status:为",), ("status:为 ",), ("bare",), ("status:共计",), ("status:缺口",)) \
            and (budget_cue := _budget.sets_budget_level(clause_head, unit, after)):
        decision = Decision(True, (budget_cue,))  # (tradA27) ``调整为180万元``, ``维持每月400元``, ``编列…经费合计N亿``: set
    if decision.cues in (("bare",), ("status:共计",), ("status:合计",)) and role != "report" and _plan_counts.counts_projects_before_plan(before[-30:], unit, after):
        decision = Decision(True, ("plan_count",))  # (tgtB36) ``县重点项目55宗,年度投资计划N亿元``: the planned projects
    if role != "report" and decision.cues in (("bare",), ("target_verb",)) and states_project_measure(before[-24:]) \
            and not built_long_ago(after):
        decision = Decision(True, ("project_measure",))  # ``乙中学工程总占地面积11万平方米``: what the works are to be
    if not decision.target and role != "report" and decision.cues and decision.cues[0] in _HAVING \
            and counts_new_building_rooms(before, clause_head, after) and not built_long_ago(after):
        decision = Decision(True, ("project_measure",))  # ``新校舍…共有20间教室``: what the new building is to hold
    if not decision.target and role != "report" and decision.cues[:1] in (("bare",), ("status:为",)) \
            and (storeys_above_below(before, unit) or measures_building_with_storeys(sentence, clause_head, unit)) \
            and not built_long_ago(after):
        decision = Decision(True, ("project_measure",))  # ``大楼为地上5层、地下1层``: the storeys of the works (N17a)
    if not decision.target and role != "report" and decision.cues[:1] == ("status:为",) \
            and levels_of_standard(before, clause_head):
        decision = Decision(True, ("standard_level",))  # (r16 tfn16) ``甲率达到规定标准,小学为98%``
    if not decision.target and role != "report" and decision.cues[:1] == ("status:为",) and unit in ("%", "％") \
            and _lrates.rate_among_commitments(before, clause_head):
        decision = Decision(True, ("among_commitments",))  # (lead44) ``…不低于95%,班额达标率为100%``: the list goes on
    if not decision.target and role != "report" and decision.cues and _cworks.current_works_ahead(decision.cues[0], sentence):
        decision = Decision(True, ("works_ahead",))  # (lead44) ``此次新建…共3层,…预计2031年7月完工``: the planned works
    if not decision.target and role != "report" and (_bya.budget_of_year_ahead(before, unit, doc_year)
                                                     or _bya.allots_budget_ahead(before, unit, after, doc_year)):
        decision = Decision(True, ("budget_ahead",))  # (lead42) ``115年度…預算為N``, ``2026/27年度…撥款總額為N``: N17b
    if not decision.target and role != "report" and decision.cues[:1] == ("status:为",) and plans_money_stated(clause_head, unit):
        decision = Decision(True, ("funds",))  # (r16 t24) ``预算案支出规模为N亿元``, ``规画总经费为N元``: the money planned
    if not decision.target and decision.cues and future_total(before, decision.cues[0]):
        return Decision(True, ("modal", "total"))  # ``…将于年底完工,共计新增N个``
    if not decision.target:
        return decision
    if year is None and decision.cues != ("budget_ahead",) and not _bya.approval_dates_funds(before, unit) and is_past_year(_year_stated_before(
            plans_base_years(before, role, year, doc_year, deadline_year(sentence))
            if role in ("goal", "plan") and _BASE_CHAR.search(before) else _cat.masks_base_frame_years(masks_floor_bases(sentence, before)))
            or _cutoffs.roc_year_stated_before(before), doc_year) and not yearly_since(before) and not _rb.dated_by_running_year(before):  # (r15) ``2029年起…每年新增N个``: a rate that runs
        return Decision(False, ("past_year",))
    if year is None and last == "的" and (ym := _YEARS_VALUE.search(before)) and doc_year is not None \
            and int(ym.group(1)) <= doc_year:
        return Decision(False, ("years_value",))  # ``在校生增至2021年的5.2万人`` in a page of 2021: that year's value
    return decision
