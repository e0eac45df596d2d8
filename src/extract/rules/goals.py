"""Goals: every sentence of a goal section (总体目标, 发展目标, 主要目标...), and elsewhere every
sentence that commits to a future deadline (到2025年, 2023年底前).

Besides ``deadline_at`` (``rules.text``), shared with the target rules, a goal is dated by cues of its own,
each a small named function of ``rules.goal_date_cues`` (``goal_date``): a date a plan expects a thing by (``预计在2027年建成``), a
deadline to the month that a sentence demands (``要求2031年5月底前完成``), a year and a clause that will act
(``2031年,某区委、区政府将…``), this year's work in a dated sentence, a year's list of projects, an expected date
in the ROC calendar, the end of the plan period (``到“十五五”末``); a sentence's ROC years (``131学年度``) are read by
every cue in the common era (``common_era``). A sentence that says what the goals are
(``目标是在2030年…``, ``总体目标:…``) is one. Some dated sentences are no goals: a period that dates data or a
report (``自2030年1月1日起至2030年12月31日止``), a result the year's work reached (``超额完成``), a list's
introduction, the plan's own period, a notice's request, a page's title line. A cell of a row read as text is a
sentence of its own (``_cells``: ``| 2031年完成甲校扩建 | 已完成招标``). Layouts that hide a goal section
from the outline: a label line ``目标``, a goal heading run into a paragraph's text, a page's abstract."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.rules.unit_clauses import cut_document_name
from extract.cues import _PINYIN_NOTE, is_fragment, reaches_level
from extract.roles import LABEL_HEADS, alternation
from extract.rules import goal_policy_objectives as _objectives  # (tradA27) a policy plan's objective sentences
from extract.rules import goal_list_items as _items  # (glistA28) O1: a list's short items whatever their marks
from extract.rules import goal_cut_dates as _cut_dates  # (goalA35) O3: a sentence cut inside its date
from extract.rules import goal_part_labels as _part_labels  # (lead, round 33) O1: the next part's label ends the goals
from extract.rules import goal_lead_headings as _leadh  # (goalA35) O1: ``具体目标如下``, a short lead of the goals
from extract.rules import unit_labels as _ugB15
from extract.rules import unit_goal_phrasings as _ug16
from extract.rules import unit_goal_layouts as _ug24
from extract.rules import past_results as _rest16  # (r16 rest16)
from extract.rules import unit_directives as _ug17  # (r17 ug17)
from extract.rules import goal_clausal_titles as _clausal  # (goalX20) O1, O2
from extract.rules import goal_commitments as _c18  # (r18 goal18)
from extract.rules import rulebook_goals as _rbg  # (confG18)
from extract.rules import goal_list_leads as _leads  # (goalW31) O3f
from extract.rules import goal_heading_names as _names  # (goalA25) O1
from extract.rules import goal_article_frames as _frames  # (goalY20) O3
from extract.rules import goal_change_bases as _bases  # (goalA21) O3: a comparison's base year
from extract.rules import goal_list_compiling as _compiling  # (goalA21) O3b
from extract.rules import goal_forecasts as _forecasts  # (goalA21) O3: a population's forecast
from extract.rules import goal_asides as _asides  # (goalA21) O1, O2
from extract.rules import goal_nested_notes as _nested  # (goalA22) O1, G2a
from extract.rules import goal_timetables as _timetables  # (goalA22) O3, N9d
from extract.rules import goal_title_labels as _titles  # (goalB21) O1: a page's title of the year's goals
from extract.rules import goal_groundwork as _groundwork  # (goalA28) O3i: what the work lays the ground for
from extract.rules import goal_report_frames as _reports  # (goalB22) O3: a meeting's matter, a name's year
from extract.rules import goal_report_speeches as _speeches  # (goalA23) O3g, O3e
from extract.rules import goal_started_works as _started  # (goalA23) O3: a start of works told as a fact
from extract.rules import goal_since_years as _since  # (goalA27) a year since which something has run
from extract.rules import goal_year_epithets as _epithets  # (goalA27) a year characterised (…的关键之年)
from extract.rules import reply_frames as _rf  # (famA27) O3: the year of a decision taken
from extract.rules import related_titles as _related  # (goalA24) a related list's document titles
from extract.rules import goal_news_plans as _news  # (goalA24) O3c: two-digit year spans
from extract.rules import goal_visions as _visions  # (goalB24) O6: a long view's year
from extract.rules import goal_teaser_titles as _teasers  # (goalB24) O2, G4a: teaser headlines
from extract.rules import goal_phase_lines as _phase_lines  # (goalB24) O3: a timetable's phase lines
from extract.rules import goal_recorded_figures as _recorded  # (goalB24) O3: figures recorded
from extract.rules import goal_cohort_years as _cohorts  # (goalB24) O3: birth cohorts
from extract.rules import goal_progress_words as _near  # (goalB24) O3: nearness to a goal
from extract.rules import goal_cited_status as _cited  # (goalA30) O3: cited cut-off figures, will before progress
from extract.rules import goal_year_qualifiers as _qualifiers  # (goalB33) O3: a year in a question or naming a figure
from extract.rules import goal_span_ends as _span_ends  # (goalA34) O4: a goal section's span of years, its end
from extract.rules import goal_told_acts as _told  # (goalB37) O3: an act dated by its year alone, a rate measured
from extract.rules import goal_page_files as _files  # (goalB37) G2a: a page's attached files, a QR code's label
from extract.rules import goal_name_spans as _name_spans  # (goalB37) N9c: a plan name's bracketed span
from extract.rules.text import Piece, is_past, sentences
# the date cues (``goal_date`` and the cues it combines) live in ``goal_date_cues``; imported back for the finder here
# and for the callers that import them from this module
from extract.rules.goal_date_cues import (
    _CN_YEAR, _CN_ROC_YEAR, _LIST_MARK, _ROC_YEAR, _THIS_ROC_YEAR, before_or_from, budget_year, chinese_numeral_years,
    clause_year_level, closes_a_period, common_era, completion_date, dated_by_a_period, document_number_year,
    ends_plan_period, expected_date, goal_date, goal_with_year, listed_for_year, month_deadline, opening_year,
    planned_date, roc_expected_date, roc_page_year, season_deadline, span_frame, states_the_period, this_year_plan,
    year_deed, year_drive, year_must, year_of_work, year_plan, year_projects, year_set_for, year_subject_will
)

# (goalA27) ``…,公开统计资料并提供应用图表``: charts provided, the object of a deed, no table's title
_NOT_A_GOAL = re.compile(r"(?:指标|一览表|(?<![图圖])表|如下|见附件)$")  # (goalA27) ``图表``: charts, no table's title
# a sentence that says what the goals are: ``总体目标是:``, ``主要预期目标是:``, ``总的目标是:``, ``主要目标任务是:`` (the
# goals and tasks named together, as a goal heading names them: ``目标任务``)
_STATES_GOALS = re.compile(r"目标(?:任务)?(?:是|为)\s*[:：]")
# a unit label standing as its own sentence (``(牵头单位:发改委、统计局)``): who, not what is to be reached
_UNIT_LABEL = re.compile(rf"^[(（〔\[]?\s*{alternation(LABEL_HEADS)}[^:：,，。]{{0,6}}[:：]")
# a task's schedule label standing as its own sentence (``完成时限:2031年6月底前``): when, not what
_SCHEDULE_LABEL = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?"  # (lead44) a numbered field: ``(六)完成时限:``
                             r"\s*[(（〔\[]?\s*(?:完成时限|完成时间|时间节点|时限要求|时限|进度安排|时间安排)\s*[:：]")
# every deadline ``deadline_year`` reads names a year 20xx: a sentence without one has none
_YEAR_20 = re.compile(r"20\d\d")


@dataclass
class GoalHit:
    start: int
    end: int
    year: int | None
    cues: tuple[str, ...] = field(default_factory=tuple)  # what made the sentence a goal
# ``目标是在2030年让…``, ``任务目标是计划新建…``: the sentence says what the goal is, no colon after it
_GOAL_STATED_YEAR = re.compile(r"(20\d\d)(?:年|\s*[/／-]\s*(?:20)?\d{2}\s*学年)")
_GOAL_IS = re.compile(r"目标(?:任务)?(?:是|为)(?![:：])")
# ``超额完成年度任务``, ``连续两年列入``: what the year's work reached, told after the fact
# (goalA34) ``…为85.2%,远高于《纲要》“达到70%”的目标``: a level reached, compared with the goal it beat (O1d: ``高于目标``)
_REACHED = re.compile(r"超额完成|提前完成|圆满完成|顺利完成|连续[两二三四五六七八九十\d]{1,2}年")
_BEAT_GOAL = re.compile(r"(?:高于|超过|超出|好于|优于|高出)[^，,。；;]{0,16}?目标")
_CLAUSE_MODAL = re.compile(r"确保|力争|争取|要|将|应|须|必须|务必")


# ``2031年,我局将重点做好以下几项工作:``, ``…整理如下——``: a sentence that only announces the list after it
_LIST_INTRO = re.compile(r"[:：—\-]+\s*$|(?:以下|如下|下列)[^，,。；;]{0,10}$")
_NOT_YEAR_NUMBER = re.compile(r"\d+(?!\d*\s*年)")
# ``到2031年,全市将实现:``, ``2031年底前要达到:``, ``至2031年須完成:``: a commitment's verb whose object is the list after
# the colon; the sentence is the commitment itself (a list's name, ``以下几项工作:``, ``名单如下:``, is no object of it)
# (``到2031年,实现以下目标:``, ``…的主要目标如下:``: a dated sentence that announces goals is one, O3a)
_VERB_BEFORE_COLON = re.compile(r"(?:实现|达到|达成|完成|建成|做到)\s*[:：]\s*$|"
                                r"(?:以下|下列)(?:几项|[一二三四五六七八九十\d]{1,2}项|主要|几个)?目标\s*[:：—-]*\s*$|"
                                r"目标(?:如下|是|为)\s*[:：—-]*\s*$")


# (fourteenth round) ``某局表示,2031年将重点推进以下具体工作``, ``2031年,我局将着力抓好以下几项工作:``: the year, then the
# will of its actor to do the work listed after it: the year's commitment stated as the lead of its list (O3b: a lead-in is
# a goal by its own date, O3a), not a list's name (``2031年拟开工项目一览:``, ``现将2031年重点任务梳理如下``)
_YEAR_WORK_LEAD = re.compile(r"(?<![\d—\-~至到、])20\d\d\s*年(?:度)?\s*[,，]?[\u4e00-\u9fff、]{0,12}?(?:将|拟|要(?!求))\s*"
                             r"(?:重点|着力|全力|继续|集中|主要|切实|扎实)?\s*(?:推进|做好|抓好|办好|实施|开展|落实|推动|完成)\s*"
                             r"(?:以下|下列|如下)")


def introduces_a_list(sentence: str) -> bool:
    """A sentence that only announces a list (``2031年,某局将重点做好以下几项工作:``, ``…任务整理如下——``,
    ``某区2031年新建学校名单经整理——``): what is to be done stands in the items after it, the sentence itself holds
    no goal (nor a number but its year)."""
    s = sentence.strip()
    if not s.endswith((":", "：", "—", "-")) and "下" not in s[-12:]:
        return False  # every match ends the sentence so, or with 以下/如下/下列 and at most 10 characters
    if _VERB_BEFORE_COLON.search(s):
        return False  # ``到2031年,全市将实现:``: the colon stands for what the commitment's verb reaches (O3)
    if _leads.year_list_lead(s)[0] is not None:
        return False  # (goalW31) ``某街道2031年十大实事项目包括:``: the year's list set out (O3f)
    if _YEAR_WORK_LEAD.search(s) or _leads.will_year_list_lead(s)[0] is not None:  # (goalB24) ``将在2031年办好以下…``
        return False  # ``2031年将重点推进以下具体工作``: the year's work committed to, its list after it (O3b)
    if _LIST_INTRO.search(s) is None or _NOT_YEAR_NUMBER.search(s) is not None:
        return False
    return not commits_before_intro(s)  # (``…,2031年在全县继续实施…,制定如下实施方案``: the year's commitment, O3b)


_LAST_CLAUSE = re.compile(r"[,，]\s*[^,，]*$")


def commits_before_intro(sentence: str) -> bool:
    """(twelfth round) A dated commitment in a clause of its own before the clause that announces what follows
    (``经市政府同意,2031年我市实施30项民生实事,具体安排如下``, ``…,2031年在全县继续实施民生工程,…,制定如下实施方案``): the
    sentence is the year's commitment, a goal (O3b), not only a list's introduction."""
    m = _LAST_CLAUSE.search(sentence)
    if m is None:
        return False
    head = sentence[:m.start()]
    year, at, _ = goal_date(head) if _YEAR_20.search(head) else (None, -1, "")
    return year is not None and not reports_past(head, at)
# (goalA34) also the addressees named before it (``有意申请之学校请填写…,纸本于2031年12月29日前送达…``)
_REQUEST = re.compile(r"(?:^|[,，])\s*请(?:各|你|于|在|将|按|务必|及时)|"
                      r"(?:学校|单位|者|人员|家长|学生|民众|各校|各园)\s*请(?:填|于|於|在|将|至|上传|依|按|务必|及时)")


def requests_addressees(sentence: str) -> bool:
    """``2031年5月30日前,请各校将报名表报送…``: a notice's request to its addressees, no goal of the plan."""
    return "请" in sentence and _REQUEST.search(sentence) is not None


# the kinds of goals a plan names (``总体目标``, ``工作目标``, ``办学目标`` of a school's plan, ``奋斗目标`` of a speech,
# ``施政目标`` of a Taiwan ministry's plan, ``计划目标``/``计画目标`` of a Taiwan project's plan)
GOAL_KINDS = "总体|工作|发展|主要|具体|年度|预期|办学|建设|战略|奋斗|施政|计划|计画|项目|总"  # (goalA28) a project's ``项目目标``
# ``总体目标:全面建成…``, ``(二)工作目标:…``: a paragraph led by the name of the goals and a colon states them; the
# label is its inline title (O2), the goal sentences follow it
# (goalB27) a page written in Markdown bolds the label (``**目标设定**: …``, ``- **工作目标**:…``), a field of a plan's part
# (goalB27) the label set off by its brackets (``【工作目标】…``)
_GOAL_LABEL_LEAD = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,2}\s*[、.．]|[-*]\s)?\s*(?:\*\*|【)?"
                              # (lead39) the year of the goals before their name (``2031年工作目标:…``, ``2031年度目标:``)
                              r"(?:(?:19|20)\d\d\s*年度?\s*)?"
                              # (lead47) the remediation's goals (``治理工作目标:…``, ``整治目标:…``)
                              rf"(?:(?:治理|整治|整改)?(?:{GOAL_KINDS}|任务)?目标(?:任务|设定)?|(?:发展)?愿景|预期(?:成效|效益))"  # (goalA27) ``任务目标:…``, a project card's field
                              r"(?:(?:\*\*)?\s*[:：]\s*(?:\*\*\s*)?|】\s*[:：]?\s*)(?=\S)")
# ``…发展的总体目标是,全面建成…``: the overall aim stated, with or without a year
# (goalA30) the same said the other way round, opening its sentence: ``以建设…强市、实现…现代化为总目标,…`` (not a bare
# ``为目标``, nor ``以…为主要目标`` in a chain of guiding formulas, ``以示例理念为根本遵循,…,以示例成效为主要目标``)
_OVERALL_AIM_IS = re.compile(r"(?:总体|总的|主要|发展|总)目标(?:任务)?(?:是|为|包括)"  # (confG18: O3h ``总体目标包括…``)
                             r"|(?:^|[。！？])\s*以[^。；;！？]{2,80}?为(?:总体|总)目标"
                             # (goalA34) the plan's own aim so stated, after its name (``本计画以「甲」、「乙」为推动阅读教育之目标``)
                             r"|(?:^|[。！？,，])\s*(?:本|此)(?:计划|计画|方案|规划|项目|活动)以[^。；;！？]{2,80}?为[^,，。；;！？]{0,16}?目标")


def goal_label_lead(paragraph: str) -> int:
    """Where the goals start in a paragraph led by their name and a colon (``总体目标:全面建成…``, and the names of
    Taiwan's plans: ``愿景:…``, ``预期成效:…``); 0 when none."""
    head = paragraph[:16]
    m = _GOAL_LABEL_LEAD.match(paragraph) if "目标" in head or "愿景" in head or "预期" in head else None
    if m is None and "目标" in head:
        return named_goal_label(paragraph)  # (probeG40) ``全年目标:…``, ``质量目标:…``: a heading's name of goals as a label
    return m.end() if m and not _rbg.expected_results_label(m.group()) else 0  # (confA18) O1d


# (probeG40) a short label closed by a colon whose words name goals by the heading vocabulary (``cues.heading_names_goals``:
# ``全年目标:``, ``质量目标:``, ``(二)三年目标:``): the same name makes a goal section as a heading and as a label (O1, O2)
_NAMED_LABEL = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,2}\s*[、.．]|[-*]\s)?\s*(?:\*\*|【)?"
                          r"([^\s:：,，。;；、()（）【】*\d]{1,3}目标)(?:\*\*)?\s*[:：]\s*(?:\*\*\s*)?(?=\S)")


def named_goal_label(paragraph: str) -> int:
    """Where the goals start in a paragraph led by a short label whose words name goals as a heading's would (``全年目标:
    地区生产总值增长6%…``, ``质量目标:…``): the one vocabulary of goal names (``cues.heading_names_goals``) read on a label;
    0 when none, for a label the vocabulary turns down (``确保实现全年目标:``, ``目标完成情况:``, O1d) or an expected-results
    label (O1d). The kind is a short word (``全年``, ``质量``, ``三年``, up to three characters): a longer name qualifies the
    goals by their subject (``江西医改目标:`` a headline's, ``年度阶段性工作目标:`` a task card's field, ``策略绩效目标:`` a
    term), and a label whose text defines a kind of goals (``…预期达成之中程施政目标。``) is a definition, no goals."""
    from extract.cues import heading_names_goals  # (no import cycle at load)
    from extract.rules.goal_heading_names import defines_goal_kind

    m = _NAMED_LABEL.match(paragraph)
    if m is None or not heading_names_goals(m.group(1)) or _rbg.expected_results_label(m.group()) \
            or defines_goal_kind(paragraph, m.end()):
        return 0
    return m.end()


def states_the_goal(sentence: str) -> bool:
    """``目标是在2030年…``, ``…目标为:…``: the sentence says what the goal is."""
    return "目标" in sentence and (_GOAL_IS.search(sentence) is not None or _STATES_GOALS.search(sentence) is not None
                                   or _ug16.reports_plan_goals(sentence)  # (r16 ug16) ``规划提出了…的目标``
                                   or _OVERALL_AIM_IS.search(sentence) is not None)  # (confG18) O3h ``总体目标包括…``


def reports_reached(sentence: str) -> bool:
    """``超额完成年度任务``, ``连续两年列入…``: a result the work reached, told after the fact."""
    if _REACHED.search(_news.without_committed_reach(sentence)) is not None:  # (goalA24) not ``确保超额完成…``
        return True
    m = _BEAT_GOAL.search(sentence) if "目标" in sentence else None  # (goalA34) ``…为85.2%,远高于…的目标``, no modal before it
    return m is not None and _CLAUSE_MODAL.search(sentence, max(sentence.rfind(c, 0, m.start()) for c in ",，;；") + 1,
                                                  m.start()) is None


_CLAUSE_PUNCT = re.compile(r"[。;；:：]")
# (thirteenth round) ``…新建10所公办幼儿园!分布在这些地方``, ``好消息!某市将新增学位1万个!``, ``今年生活将有哪些变化?``: a news
# headline's exclamation or question mark is no sentence end of body text; more than one such mark is a short body
# paragraph (``一起来看!加油!``), not a headline
_HEADLINE_MARK = re.compile(r"[!?！？]")
# (thirteenth round) ``…实事项目完成 2031年01月19日``, ``… 2031-01-19``: the page's date stamp after its headline, and
# ``......``/``……`` (an ellipsis, one mark in the headline's length)
# (speedA28) ``\\s\\s*`` for ``\\s+``: the same matches, but sre reads the blank class as the first characters
_TRAILING_STAMP = re.compile(r"\s\s*(?:20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d\d[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_ELLIPSIS = re.compile(r"(?:\.{3,}|…+)")
# (vnumA28) a circled number (``①…``) opens an item as a bullet or ``1.`` does
_ITEM_OPEN = re.compile(r"^(?:[—–\-•·●▪①-⑳]|\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,2}、)")
# the line under a headline: where the page comes from, when it was posted (``来源:某报``, ``2031-01-11 08:40``)
_BYLINE = re.compile(r"来源|作者|记者|发布时间|发布日期|20\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
                     # a channel's name and the posting's month and day (``地方新闻 03-05``), a line of its own
                     r"|^\s*[\u4e00-\u9fff]{2,8}\s+[01]\d-[0-3]\d\s*$")
# ``某报网 www.example.com``, ``甲网 https://…/``: a line that is only the site's name and address, the masthead a
# scrape puts under the headline (not ``本文链接:https://…``, a page's footer after its last sentence)
_MASTHEAD = re.compile(r"^[\u4e00-\u9fffA-Za-z]{0,12}\s*(?:https?://|www\.)[\w./%?=&#~+-]+\s*$", re.I)
# (fourteenth round) ``地方频道 02-03``, ``要闻 11-20 08:40``: a news card's channel and its month-day stamp, no year, on the
# line under the headline (a dateline like ``2031-02-03``)
_SHORT_DATELINE = re.compile(r"^[\u4e00-\u9fffA-Za-z·]{0,12}\s*(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:\s+\d{1,2}:\d{2})?\s*$")


def is_title_line(paragraph: str, next_line: str = "") -> bool:
    """A page's title or subtitle line (``某市2031年将新增学位900个``): short, one line, no list marker, no
    sentence or clause mark, and what follows it is the page's byline (``来源:…``, a posting date, the site's masthead
    ``某报网 www.example.com``) or body text (a
    paragraph of sentences), not another such line (short unpunctuated lines in a row are a list's items); a comma
    only where the byline follows. A headline gives targets like body text but no goal (N17)."""
    p = paragraph.strip()
    if (":" in p or "：" in p) and (_ugB15.place_colon_headline(p, next_line, _BYLINE)
                                   or _ugB15.place_colon_headline(p, next_line, _ug16.DATELINE)):  # (r16 ug16)
        return True  # (r15 ugB15) ``某市:2031年建成…`` over its byline (r16 ug16: or a dateline ``某社1月30日电``)
    if (":" in p or "：" in p) and _cited.agency_colon_headline(p, next_line):
        return True  # (goalA30) ``三部门:到2031年全国完成…`` over the story's body
    if "年" in p or "-" in p or "/" in p:
        p = _TRAILING_STAMP.sub("", p)  # (the headline's date stamp is no part of its length)
    size = len(_ELLIPSIS.sub("…", p)) if "." in p or "…" in p else len(p)
    if not 0 < size <= 45 or "\n" in p or _CLAUSE_PUNCT.search(p) or _ITEM_OPEN.match(p) \
            or len(_HEADLINE_MARK.findall(p.rstrip("!?！？"))) > 1:
        return False
    if _BYLINE.search(next_line[:60]) is not None or _MASTHEAD.match(next_line.strip()) is not None \
            or _SHORT_DATELINE.match(next_line.strip()) is not None:
        return True
    nxt = next_line.strip()
    return "," not in p and "，" not in p and ("。" in nxt or len(nxt) > 45)


# (twelfth round) ``…将在2032年完工。(某市教育局提供/记者某某摄)``, ``…。（圖由某市政府提供）``, ``…(图/某局)``: a paragraph closed
# by a photo's credit in brackets is the photo's caption, which restates the report's lead beside a picture
# (twelfth round, variants) ``…预计2032年建成。(资料图)``, ``(效果圖)``, ``(示意图)``: a file picture's or a design
# rendering's label closes a caption the same; ``图为某中心效果图,该中心预计2032年建成投用``, ``圖為…``: a paragraph that
# opens by saying what the picture shows is one
_PHOTO_CREDIT = re.compile(r"[(（][^()（）\n]{0,30}(?:提供|摄|攝|影像|供图|供圖|图片|圖片|资料图|資料圖|效果图|效果圖|示意图|示意圖|"
                           r"[图圖]\s*[/／:：][^()（）\n]{1,20}|"
                           r"(?:图片|圖片|照片)\s*(?:来源|來源)\s*[/／:：][^()（）\n]{1,20})"  # (lead42) ``(圖片來源／某縣政府)``
                           r"(?:\s*[/／][^()（）\n]{0,20})?[)）]\s*$")
_CAPTION_LEAD = re.compile(r"^\s*(?:图为|圖為|图片为|圖片為|[上下左右]图为|[上下左右]圖為|图中为|圖中為)")
# (goalA27) ``…打造运动新地标。图/某县政府提供``, ``…动土典礼。圖/記者某某攝``: a photo's credit after the caption's full stop,
# no brackets, closing the paragraph (Taiwan news sites)
_BARE_CREDIT = re.compile(r"[。！？]\s*(?:图|圖|照片)\s*[/／][^。！？\n/／()（）]{1,24}$")
# (lead41) ``▲…擴建計畫/記者 某某攝``: a reporter's photo credit after a slash closing the caption, with or without a full
# stop before it
_SLASH_REPORTER_CREDIT = re.compile(r"[/／]\s*(?:记者|記者|摄影|攝影)\s*[\u4e00-\u9fff·]{2,8}\s*(?:摄|攝)\s*$")


def is_photo_caption(paragraph: str) -> bool:
    """A paragraph closed by a photo's credit in brackets (``…2032年底可全部完工。(某市教育局提供/记者某某摄)``): a
    caption, which restates the body beside a picture; like a headline it gives no goal (G4a, N17)."""
    p = paragraph.rstrip()
    if p.endswith((")", "）")) and ("(" in p[:-1] or "（" in p[:-1]):
        p = _PINYIN_NOTE.sub("", p)  # (a page with pinyin notes: ``(图:某(mǒu)市政府)`` is the credit ``(图:某市政府)``)
    return p.endswith((")", "）")) and _PHOTO_CREDIT.search(p) is not None and not _news.body_before_credit(p) \
        or _CAPTION_LEAD.match(p) is not None \
        or ("/" in p[-26:] or "／" in p[-26:]) and (_BARE_CREDIT.search(p) is not None  # (goalA27) ``…。图/某县政府提供``
                                                   or _SLASH_REPORTER_CREDIT.search(p) is not None)  # (lead41) ``…/記者 某某攝``
    # (goalA24) a story's long paragraph with a credit after it is no caption (``body_before_credit``)

# a site's label before a headline it prints again (``信息首发:``, ``原标题:``, ``标题:``)
_HEADLINE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*")
_HEADLINE_END = re.compile(r"[。！？!?；;:：]$")


def page_headline(lines: list[str]) -> str:
    """The page's headline when the page prints its first line again as a line of its own (a news page repeats its
    title: title bar, heading, share block, footer; ``信息首发:`` before it): that line, stripped; "" when the first
    line is long, ends a sentence or a clause (``…将实现:``), or stands once."""
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if not 6 <= len(first) <= 45 or _HEADLINE_END.search(first):
        return ""
    seen = False
    for ln in lines:
        if copies_headline(ln, first):
            if seen:
                return first
            seen = True
    return ""


_SITE_TAIL_STOP = re.compile(r"[。！？!?；;,，:：]")


def is_title_bar(first: str, next_line: str) -> bool:
    """The page's first line when it is the headline with the site's name after it and the next line prints the
    headline alone (``某馆预计2032年建成 某某新闻网 地方频道`` / ``某馆预计2032年建成``): the browser's title bar, a
    title (N17) and no goal; the words after the headline are short and state nothing (no sentence or clause mark)."""
    a, b = first.strip(), next_line.strip()
    if len(b) < 10 or a == b or not a.startswith(b):
        return False
    tail = a[len(b):].strip()
    return 0 < len(tail) <= 30 and _SITE_TAIL_STOP.search(tail) is None


def copies_headline(paragraph: str, headline: str) -> bool:
    """A line that is the page's headline again, alone or after a site's label (``信息首发:`` + the headline): a
    title, no goal (N17), wherever it stands (the same words closed by a colon, ``…将实现:``, open a list instead)."""
    p = paragraph.strip()
    if not headline or not p.endswith(headline):
        return False
    return p == headline or (m := _HEADLINE_LABEL.match(p)) is not None and p[m.end():] == headline


# (thirteenth round) ``(三)高中教育:升学率力争达到60%以上。``, ``2.幼兒教育：增設幼兒園12班。``: an item's topic label, a
# colon, then its first goal sentence, read together as the paragraph's inline title
_TOPIC_LABEL = re.compile(r"^\s*(?:(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.、．](?!\d))\s*[、.．]?)?\s*"
                          r"[\u4e00-\u9fff“”、和与及]{2,12}\s*[:：]\s*(?=\S)")


def topic_label_end(title: str) -> int:
    """Where the goal starts after an item's topic label (``(三)高中教育:升学率力争达到60%以上。`` -> at ``升学率``), in a
    goal section's paragraph whose inline title runs on past the label: the label is the title (O2), the sentence
    after its colon a goal (O1); 0 when the title is no such label and sentence (``(一)总体目标。``, a label alone) or
    the label names goals (``近期目标:2031年…``: the goal's own name, kept in its quote)."""
    if ":" not in title and "：" not in title:
        return 0  # (a cheap test before the scan)
    m = _TOPIC_LABEL.match(title)
    if m is not None and "目标" in m.group():
        return 0  # (``近期目标:2031年…``: a name of goals leads its goal and stays in its quote)
    if m is None or len(title[m.end():].strip().rstrip("。.:：")) < 6 or is_fragment(title[m.end():].strip().rstrip("。")):
        return 0
    return m.end()


def title_is_dated_sentence(title: str) -> bool:
    """An inline title that is a dated commitment (``(四)2031年4月15日前,各区将资金下达各校。``): a sentence of
    the body read as the paragraph's title; it is a goal like the sentences after it."""
    return _YEAR_20.search(title) is not None and goal_date(title)[0] is not None


def labels_only(body: str) -> bool:
    """The body after an item's inline title holds only unit or schedule labels or fragments (``[牵头单位:甲局;责任单位:乙局]``,
    ``完成时限:…``) or nothing: no sentence of its own."""
    return all(is_no_sentence(t.text.strip()) in ("unit_label", "schedule_label", "fragment") or not t.text.strip()
               for t in sentences(body, 0))


def title_is_labelled_item(title: str, body: str) -> bool:
    """An item of a goal section whose whole sentence was read as its inline title, its units after it
    (``(三)某指标增长8%。[牵头单位:甲局]``, ``6.居民收入与经济增长同步。`` over a ``牵头单位:…`` line): the title is
    the goal sentence (O1), not the name of what follows (O2)."""
    t = title.strip()
    return t.endswith("。") and len(_LIST_MARK.sub("", t, count=1)) >= 8 and labels_only(body)


# ``——就业总量稳步增加。到2031年,…``: a dash or bullet, a short phrase with no number or clause mark, its full stop,
# then the paragraph's sentences: the item's inline title (O2)
_BULLET_TITLE = re.compile(r"^\s*(?:——|—|●|•|·|▪|■|◆)\s*[^\d,，;；:：。！？!?]{2,16}[。！!]\s*(?=\S)")


def bullet_title_end(paragraph: str) -> int:
    """Where the body starts after a bullet item's inline title (``——就业总量稳步增加。到2031年,…``); 0 when none."""
    m = _BULLET_TITLE.match(paragraph) if paragraph.lstrip()[:1] in "—●•·▪■◆" else None
    return m.end() if m else 0


# ``服务网络全面覆盖。每个乡镇建成…``: a short phrase with no number, clause mark or bracket, its full stop, then the
# paragraph's sentences (the unmarked sibling of ``_BULLET_TITLE``)
_SLOGAN_TITLE = re.compile(r"^\s*[^\d\s,，;；:：。！？!?()（）“”《》「」、%％]{4,12}[。！!]\s*(?=\S)")


def slogan_title_end(paragraph: str) -> int:
    """Where the body starts after a short unmarked phrase that may title a goal paragraph (``服务网络全面覆盖。…``);
    0 when none. Read as a title only where a sibling paragraph opens the same way (``parallel_slogans``)."""
    m = _SLOGAN_TITLE.match(paragraph)
    return m.end() if m else 0


def parallel_slogans(paragraph: str, neighbours: list[str]) -> int:
    """Where the goals start in a goal section's paragraph that opens with a short phrase closed by ``。`` when a
    paragraph beside it opens the same way (``服务网络全面覆盖。每个乡镇…`` / ``服务质量明显提升。养老床位…``): a run
    of parallel titles, each its paragraph's inline title (O2, as ``(一)学前教育。`` and ``——就业总量稳步增加。``);
    0 when none. A lone short sentence before others is no title (a goal of its own)."""
    cut = slogan_title_end(paragraph)
    return cut if cut and any(slogan_title_end(n) for n in neighbours) else 0


def restates_commitment(year: int | None, doc_year: int | None) -> bool:
    """In a report of progress (``…1-4月进展情况``, ``…完成情况公示``), a dated goal of the report's own year or later
    (``2031年某局承担…新建幼儿园20所``, in a report of 2031): the year's commitment restated, still a goal (O3)."""
    return year is not None and doc_year is not None and year >= doc_year


def _future_clause(sentence: str, at: int) -> bool:
    """The deadline stands in a clause of its own with no past marker: ``…已建成N所;2022年计划新建…``."""
    if at < 0:
        return False
    a = max(sentence.rfind(c, 0, at) for c in ";；") + 1
    b = min((i for i in (sentence.find(c, at) for c in ";；") if i >= 0), default=len(sentence))
    return a > 0 and not is_past(sentence[a:b])


# ``统计公报显示,2030年,全国居民平均预期寿命达到80岁``, ``某部今日召开发布会介绍,2030年全国幼儿园数达到25万所``: a
# page that reports the published data of a year (a bulletin, a press conference): that year is over when it is told
_REPORTS_DATA = re.compile(r"(?:显示|介绍|公报|数据|统计)[^。，,]{0,12}?[,，:：]?\s*(?:截至|截止)?\s*(20\d\d)\s*年(?:底|末)?[,，]?"
                           r"[^。]{0,40}?(?:达到|达|为|是|共有)\s*\d")
# what a sentence of such a page says is still to come: 将, 力争, 确保, 计划, 拟, 预计, 争取
_STILL_TO_COME = re.compile(r"将|將|力争|力爭|确保|確保|计划|計劃|拟|擬|预计|預計|争取|爭取")


def reported_data_year(text: str) -> int | None:
    """The year whose published data a page reports (``统计公报显示,2030年,…达到80岁``); None when none."""
    m = _REPORTS_DATA.search(text) if "年" in text else None
    return int(m.group(1)) if m else _cited.bulletin_year(text)  # (goalA30) ``《2031年度…统计公报》显示,…``


def dated_in_reported_year(sentence: str, year: int | None, data_year: int | None) -> bool:
    """A dated sentence of a page that reports a year's data, dated that year or before, with nothing still to come
    (``2027年至2030年,中央财政下达资金12亿元,支持300家机构建设``, on a page that reports 2030's data): a result, no
    goal (O3: a sentence about the past)."""
    return (year is not None and data_year is not None and year <= data_year
            and _STILL_TO_COME.search(re.sub(r"《[^》]*》", "", sentence)) is None)  # (lead43) ``《…攻坚计划》``: a name


def future_after_past(sentence: str, at: int) -> bool:
    """The deadline at ``at`` opens what is to come after a status or a result (``目前已建成12所,到2031年将达到20所``,
    ``…以来累计新增1.2万个,到2031年再新增5000个``): no past marker from its clause to the sentence's end."""
    if at < 0:
        return False
    a = max(sentence.rfind(c, 0, at) for c in ",，;；") + 1
    return a > 0 and not is_past(sentence[a:])


# -- what a sentence outside a goal section is, when it is no goal, dated or not ----------------------------
# (twelfth round) ``本方案自印发之日起施行,有效期5年``, ``自文件發布之日起有效``, ``有效期至2033年12月31日``: the document's own
# validity, a line of its form like a date of issue (G2), wherever the text puts it (also under a goal heading)
# (goalA34) and the plan's own period of execution (``本计画…,计画执行期间至2031年7月10日,说明如下``): the plan's period, as a
# document's validity, no commitment (O3: a year that only names a period)
_VALIDITY = re.compile(r"有效期(?:为|是|至|限|到|:|：|\s*\d)|(?:自|从)[^,，。;；]{0,12}?(?:发布|印发|公布|颁布|发文|下发|签发)之日起"
                       r"\s*(?:施行|实施|执行|生效|有效)|(?:计划|计画)执行期间\s*(?:为|是|:|：)?\s*(?:自[^,，。;；至]{0,20})?至")


def states_validity(sentence: str) -> bool:
    """A sentence that states the document's validity (``自印发之日起施行,有效期5年``): no goal, even in a goal
    section."""
    return ("有效期" in sentence or "之日起" in sentence or "执行期间" in sentence) and _VALIDITY.search(sentence) is not None


# (thirteenth round) ``到2031年年底``, ``2031年底前,``, ``至2031年:``: a piece that is only a date, the rest of its
# sentence on the next lines (a news card that breaks its lead line by line): a date with no commitment is a fragment
_BARE_DATE = re.compile(r"^\s*(?:到|至|在|于|於|截至)?\s*(?:20\d\d|1[0-4]\d)\s*(?:年|学年|學年)\s*(?:度)?\s*(?:年底|年末|底|末|初|内|內)?\s*"
                        r"(?:前|以前|之前)?\s*[,，:：]?\s*(?:[\u4e00-\u9fff]{0,4}?(?:将|要|将要|还将|力争|确保|争取)|(?:全|全市|全县|全区|全省|全镇|我市|我县|我区|我省|我镇))?\s*$")
# (lead43) ``到2020年,全``, ``到2031年,全县``: a page cut after the date and its subject, no act visible (N18)
# (fourteenth round) ``到2032年,将``, ``到2032年,全市将``: a page cut after the date and its will, the commitment lost


# (thirteenth round) ``- 某市校舍安全管理办法(2029年)``, ``某省人民政府关于加快发展学前教育的意见(2028年)``: a line that is
# only a document's name (a related-documents list under the page), with its year in brackets or its ``关于``; it states
# nothing (``完善学生资助管理办法``, a task, has neither)
_DOC_NAME = re.compile(r"^\s*(?:[-•·]\s*)?(?:[^,，;；:：。]{0,40}关于[^,，;；:：。]{2,50}|[^,，;；:：。]{4,50}(?=(?:办法|意见|规定|通知|条例|决定|细则|纲要)\s*[(（]\s*(?:19|20)\d\d\s*年?\s*[)）]\s*$))"
                       r"(?:办法|意见|规定|通知|条例|决定|细则|纲要|方案|规划|计划)\s*(?:[(（]\s*(?:19|20)\d\d\s*年?\s*[)）])?\s*$")


# a deed done to a document before its name (``研究制定关于…的意见``, ``2031年前出台…办法(…)``): a task, not a name
_DOC_ACT = re.compile(r"制定|出台|印发|研究|起草|修订|完善|落实|贯彻|执行|按照|根据|依据|发布|颁布|实施|编制|\d")


def is_no_sentence(s: str) -> str:
    """What a piece of a paragraph is when it is no sentence to state a goal: a fragment, a unit label or a schedule
    label standing as its own sentence, a row of a table the readers did not take (cells); "" when none."""
    if len(s) < 6 or is_fragment(s) or (len(s) <= 14 and _BARE_DATE.match(s)):
        return "fragment"
    if _UNIT_LABEL.match(s):
        return "unit_label"
    if _names.names_goals_line(s):
        return "goal_label"  # (goalA25) O2: ``…发展的主要目标`` over the goal items is no goal
    if s.endswith(("法", "见", "定", "知", "例", "则", "要", "案", "划", ")", "）")) and _DOC_NAME.match(s) \
            and _DOC_ACT.search(s[:max(s.find("关于"), 0)] or s[:-12]) is None:
        return "document_name"
    if s.endswith(_related.TITLE_ENDS) and _related.names_a_document(s):
        return "document_name"  # (goalA24) ``公共卫生工作计划``, ``…计划书800字``: a related list's title
    if s.endswith(("》", ")", "）")) and _related.only_cited_titles(s):
        return "document_name"  # (goalA24) ``注释:《关于…的意见》(某发〔2031〕5号)``: documents cited, nothing stated
    if s.endswith(("知", "见", "案", "告", "示", "复", "函", "定", "报", "法", "划")) and _ugB15.about_title(s):
        return "document_name"  # (r15 ugB15) ``关于做好2031年…工作的通知``: a title, its year the document's
    if s[:1] in "-•·" and cut_document_name(s):
        return "document_name"  # (r15 ug15) a related list's name cut by the page
    if _SCHEDULE_LABEL.match(s):
        return "schedule_label"
    if s.count("|") >= 3:
        return "table_row"
    if _ug16.is_site_mark(s):
        return "site_mark"  # (r16 ug16) ``(www.example.com)``
    if _files.names_page_files(s):
        return "page_file"  # (goalB37) G2a: ``…补助公文.pdf  …计划.doc``, ``…完工_QRCODE码``: furniture
    return ""


# ``…数量比过去三年所建的多一倍``, ``…提前半年完成上年报告所定目标``: the past as the measure of a comparison or
# as the date of a document whose target the commitment meets, no result of the sentence's own
# (twelfth round) ``总投入为过去3年的总和``, ``相当于过去三年之和``, ``是过去5年的两倍``: the past as the measure of a
# planned amount, its sum or multiple
_PAST_REFERENCE = re.compile(r"(?:比|较|与)\s*过去|去年(?=[^,，;；。]{0,6}?(?:报告|规划|计划|方案)(?:所|中|提出|订|定|确定))|"
                             r"(?:为|是|相当于|等于|超过|达到)\s*过去\s*[一二两三四五六七八九十\d]{1,2}\s*[年个]*\s*(?:来)?\s*的?\s*"
                             r"(?:总和|之和|总量|[一二两三四五六七八九十\d]{1,2}\s*倍)")


def reports_past(sentence: str, at: int = -1) -> bool:
    """A past marker (``已``, ``累计``, ``…以来``) that no clause of its own with the deadline at ``at`` leaves behind
    (``目前已建成12所,到2031年将达到20所`` is a goal; ``到2030年底,已建成…`` is not); with no deadline (``at`` -1),
    any past marker. The past as the measure of a comparison or the date of a document (``_PAST_REFERENCE``) is none."""
    sentence = _ugB15.without_cumulative_under_deadline(sentence)  # (r15 ugB15: ``到2031年,全市将累计建成…``)
    sentence = _ug24.without_change_base(sentence)  # (r16 ug24: ``2032年度总预算编列…,较2031年度增加…``)
    sentence = _bases.without_comparison_base(sentence, at)  # (goalA21) ``到2031年,能耗较2025年下降10%``
    sentence = _timetables.without_timetable_months(sentence)  # (goalA22) ``…;11-12月进行验收``, ``预计2031年11月份完成``
    sentence = _speeches.without_next_year_drawing(sentence)  # (goalA23) ``明(2032)年度预算已经编列…``: money set ahead
    sentence = _news.without_existing_things(sentence)  # (goalA24) ``到2031年,已建成的场馆…``: what exists, no result
    sentence = _near.without_nearness(sentence)  # (goalB24) ``…的约束性目标,已接近达成``: how near, no result
    sentence = _groundwork.without_groundwork(sentence)  # (goalA28) ``为“十六五”时期…打下坚实基础``: ahead, no past
    sentence = _cited.without_identified_things(_cited.without_planned_totals(_cited.without_recent_superlative(sentence)))
    # (goalA30) ``预计2031年累计完成…``, ``2031年计划下拨…``: ahead; ``完成已排查出老化管道的改造``: the things found, no
    # result; ``将是本县近年最有特色的…``: a superlative, no result
    if not is_past(sentence):
        return False
    if ("过去" in sentence or "去年" in sentence) and at >= 0:
        sentence = _PAST_REFERENCE.sub(lambda m: "□" * len(m.group()), sentence)  # (same length: ``at`` stands)
        if not is_past(sentence):
            return False
    return not _future_clause(sentence, at) and not future_after_past(sentence, at) \
        and not _cited.will_before_progress(sentence, at)  # (goalA30) ``2031年,某区将启动…,目前已…``


# The cues that make a dated sentence outside a goal section no goal, whatever dates it (O3: a sentence about the
# past; a result told after the fact, a list's introduction, the plan's own period, a notice's request): a past
# marker (``reports_past``, which weighs where the deadline stands) and these. One set for the rules (``find_goals``) and for the ``hybrid`` backend, which asks
# its model only about a sentence that none of them undoes and that lacks a date cue (``find_goals(undated=…)``).
# ``全省教育工作会议将于2031年1月召开``, ``論壇定於2031年3月舉行``: a meeting, the sentence's subject, and when it is held;
# the date of an event told, not a commitment (hosting one, ``2031年将承办…运动会``, stays a deed)
# (twelfth round, variants) ``第十五届全运会将于2032年8月在某市举行``, ``某市马拉松赛将于2032年4月鸣枪开跑``,
# ``2032年省运会将在我市举办``, ``文化节定於2032年3月開幕``: a sports meet, race or festival as the subject, and when it is
# held, like a meeting (a deed of hosting, ``2032年全县将承办全省运动会``, stays one: the event is its object)
_MEETING_DATE = re.compile(r"(?:会议|大会|年会|论坛|研讨会|座谈会|发布会|典礼|仪式|博览会|运动会|运会|赛事|比赛|锦标赛|联赛|"
                           r"马拉松赛?|体育节|文化节|艺术节|旅游节|音乐节|展览会|招聘会|交流会)[^,，。；;:：]{0,4}?(?:将|拟|定|会)?\s*"
                           r"(?:于|於|在|(?:延期|推迟|推遲|延后|延後|顺延|順延|改期)\s*(?:至|到))[^,，。；;]{0,24}?(?:召开|举行|举办|开幕|闭幕|进行|开赛|开跑|鸣枪|揭幕)")  # (goalA26) {0,24}: a date
# with its hour (``定于2031年5月9日上午8点举行``, O3's event timetable)
# (goalB37) or put off to a later date (``某会议延期至2031年2月12日召开``): when it is now held, the same
_MEETING_QUICK = re.compile(r"会|论坛|典礼|仪式|赛|节|马拉松")
# ``研究预测2035年学龄人口将下降15%``, ``据推算,到2031年…``: a year that a forecast is about, not a deadline anybody set
# (twelfth round, variants) ``据测算,到2035年全市老年人口将突破200万``, ``据估算,2032年托育需求将达5万个``: an estimate's
# year the same (not ``预估2031年有12所学校开工``, a planned date: ``expected_date``)
# (tradA27) or a forecast cited as the source of the sentence, its year a clause later (``依据统计处的人口推算,本市老年人口
# 占比上升,到2045年将超过三成``: a policy address quoting a planning body's projection)
_FORECAST = re.compile(r"(?:预测|推算|推估|推计|测算|估算|估计)(?:显示|表明|指出|认为|结果)?[,，:：]?\s*(?:到|至|在|于)?\s*20\d\d\s*年"
                       r"|(?:据|根据|依据)[^,，。;；]{0,12}(?:预测|推估|推算|推计)(?:显示|结果)?[,，]"
                       r"(?:(?!计划|规划|拟|力争|确保|将|要)[^。;；]){0,30}?(?:到|至|在|于)\s*20\d\d\s*年")  # (not a plan it founds)


# (thirteenth round) ``…2031年,市民的生活将有哪些新变化?``, ``…2031年的幼儿园建设任务,情况如何?``, ``明年學費會否再加?``: a
# question a news lead asks its readers (its mark ``?``/``？`` after it, an interrogative word in it) commits to nothing;
# a ``?`` a scrape left for a lost character (``…占比达到50%?``) asks nothing
_QUESTION_WORD = re.compile(r"哪些|哪里|哪个|哪所|什么|甚么|如何|怎样|怎么|怎麼|为何|為何|为什么|為什麼|多少|几多|幾多|何时|何時|"
                            r"几时|幾時|是否|能否|可否|会否|會否|有没有|有沒有|[吗嗎呢]\s*$")


def asks_question(sentence: str, end_mark: str) -> bool:
    """A sentence closed by a question mark that asks (an interrogative word: ``哪些``, ``如何``, ``是否``, a final
    ``吗``): a news lead's question to its readers, no commitment (O3)."""
    return end_mark in "?？" and bool(end_mark) and _QUESTION_WORD.search(sentence) is not None


def tells_meeting_date(sentence: str) -> bool:
    """A sentence that tells when a meeting or ceremony is held (see ``_MEETING_DATE``)."""
    return _MEETING_QUICK.search(sentence) is not None and _MEETING_DATE.search(sentence) is not None


def forecasts_year(sentence: str) -> bool:
    """A sentence whose year is what a forecast is about (see ``_FORECAST``)."""
    return ("预测" in sentence or "推" in sentence or "算" in sentence or "估计" in sentence) \
        and _FORECAST.search(sentence) is not None or _ugB15.demographic_forecast(sentence)  # (r15 ugB15)


# (thirteenth round) ``某区人大会议于2031年1月16日票决确定了10项民生实事项目``, ``…票决产生了2031年度十大民生实事``,
# ``…经代表票决,通过了…``: a report of the year's list being chosen by the congress's vote (O3b: no goal), however
# its sentence runs on
_LIST_CHOSEN = re.compile(r"票决\s*(?:产生|确定|选出|通过|选定)|(?:差额|无记名)\s*票决|经(?:人大)?代表票决")


# ``今年全县共8个项目被列入2031年…民生实事``: a count of items the year's list took in, told in the passive (the list's
# make-up as chosen, not what anyone will do; ``将8个项目列入…`` is left to the date cues)
_COUNT_LISTED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|项|件|批)[\u4e00-\u9fff]{0,4}?\s*"
                           r"(?:被|获)(?:列入|纳入|列为|确定为|评为|选为)|(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|项|件)"
                           r"[\u4e00-\u9fff]{0,4}?(?:入选|入围)")


def reports_list_chosen(sentence: str) -> bool:
    """A sentence that reports the year's list of 实事 being chosen by a vote (``…票决确定了10项民生实事``) or counts the
    items chosen for it (``共8个项目被列入2031年民生实事项目``): no goal (O3b)."""
    if _leads.year_list_lead(sentence)[0] is not None:
        return False  # (goalB24) ``经…票决通过,2031年某市民生实事项目为:``: the year's list set out after the vote (O3f)
    return ("票决" in sentence and _LIST_CHOSEN.search(sentence) is not None) \
        or (("被" in sentence or "获" in sentence or "入" in sentence) and _COUNT_LISTED.search(sentence) is not None) \
        or _ug17.chosen_by_vote(sentence)  # (r17 ug17: ``投票表决确定…实事``)


FALSE_GOAL_CUES = (("reached", reports_reached), ("list_intro", introduces_a_list), ("plan_period", states_the_period),
                   ("request", requests_addressees), ("meeting_date", tells_meeting_date), ("forecast", forecasts_year),
                   ("list_chosen", reports_list_chosen))


def false_goal_cue(sentence: str, at: int = -1) -> str:
    """The name of the first cue that makes a dated sentence no goal (``past``, then ``FALSE_GOAL_CUES``; its deadline
    at ``at``, -1 when none); "" when none does."""
    if reports_past(sentence, at) and not _frames.school_span_plan_leads(sentence, at):  # (goalY20) N9a
        return "past"
    if _cut_dates.cut_inside_date(sentence):
        return "cut_date"  # (goalA35) ``本活動於112年3``: a sentence cut inside its date, no act visible (O3)
    if _cited.cites_cutoff_status(sentence):
        return "cited_cutoff"  # (goalA30) ``据某办统计,截止2031年年底,…达…``: a source's counts to a date (O3)
    if _cited.is_time_field(sentence):
        return "time_field"  # (goalA30) ``时程:即日起至2031年3月31日``: a notice's time field, as a phase line (O3)
    if _cited.since_with_beneficiaries(sentence, at):
        return "since_benefits"  # (goalA30) ``从2031学年度起…实施…政策,每学期逾六百名学子受惠``: a measure in force (O3)
    if _cited.tells_dated_act(sentence, at):
        return "dated_act"  # (goalA30) ``政府于2031年5月公布…方案``: a one-off act told with its month (O3)
    if _told.tells_year_act(sentence, at):
        return "year_act"  # (goalB37) ``我国于2031年颁布实施《纲要》``: an act told with its year alone (O3)
    if _told.states_measured_rate(sentence, at):
        return "measured_rate"  # (goalB37) ``2031年筛检率达98.29%``: a rate measured that year, a result (O3)
    if _told.counts_as_at_end(sentence, at):
        return "as_at_end"  # (goalB37) ``在2031至32年度终结时,…共有12项``: a count as at a year's end (N13)
    if _name_spans.in_plan_name_span(sentence, at):
        return "name_span"  # (goalB37) ``依据某施政计划(2031至2034年度)之重点``: the name's period (N9c, O3c)
    if _ug16.dated_step_then_now(sentence):
        return "step_then_now"  # (r16 ug16) ``该中心于2031年3月开工,目前已完成主体结构封顶``
    if _c18.reports_list_announced(sentence):
        return "list_announced"  # (r18 goal18) ``大会公布了2031年某县将完成的十件实事``: the list reported (O3b)
    if _leads.reports_list_drawn_up(sentence):
        return "list_drawn_up"  # (goalW31) ``某街道制定了2031年实事清单``: the list reported drawn up (O3b)
    if _leads.tells_list_selection(sentence):
        return "list_selection"  # (goalW31) ``…重视2031年民生实事候选工作``: the list's choosing told (O3b)
    if _compiling.tells_list_compiling(sentence):
        return "list_compiling"  # (goalA21) ``开展2032年度民生实事编排工作``: the list's compiling told (O3b)
    if _forecasts.forecasts_population(sentence):
        return "population_forecast"  # (goalA21) ``预计到2032年老年人口将达到150万人``: a forecast (O3)
    if _frames.article_speaks_of_itself(sentence):
        return "article_frame"  # (goalY20) ``本文聚焦于2031年某市的…``: the article tells what it covers (O3)
    if _reports.treats_dated_matter(sentence, at) or _reports.year_only_in_name(sentence, at) \
            or _reports.purpose_of_convened_meeting(sentence, at) or _reports.year_dates_document(sentence, at):  # (lead42)
        return "report_frame"  # (goalB22) ``会议就做好2031年…工作进行部署``, ``发布关于2031年…的通知``: no commitment (O3)
    if _speeches.document_own_act(sentence, at):
        return "document_act"  # (goalA23) ``为做好2031年某工作,…,制定本方案``: a notice formula (O3g)
    if _cohorts.names_birth_cohort(sentence, at) or _cohorts.names_things_by_year(sentence, at):
        return "birth_cohort"  # (goalB24) O3: ``针对自2031年起出生的婴幼儿``: the year names who, not when
    if _recorded.reports_recorded_figures(sentence, at):
        return "recorded_figures"  # (goalB24) O3: ``2031年至2034年11月,每年分别录得…``: results recorded
    if _phase_lines.is_phase_line(sentence):
        return "phase_line"  # (goalB24) O3: ``第一阶段(至2031年底)``: a timetable's phase, no commitment
    if _teasers.is_teaser_title(sentence):
        return "teaser_title"  # (goalB24) O2, G4a: ``某区未来三年养老服务这样布局``: a headline pointing at its story
    if _visions.vision_year(sentence, at):
        return "vision_year"  # (goalB24) O6: ``展望2040年,…``: a long view beyond the plan
    if _rf.dates_past_decision(sentence, at):
        return "past_decision"  # (famA27) O3: ``2029年经县政府决定,将…``: when a decision was taken, the reply's history
    if _epithets.year_epithet(sentence, at):
        return "year_epithet"  # (goalA27) ``2031年是实施某规划的关键之年``: a kind of year named, no commitment (O3)
    if _started.started_works_date(sentence, at) or _since.tells_since_year(sentence, at):
        return "started_works"  # (goalA23) ``项目于2031年12月动工,…``: a start told as a fact (O3); (goalA27) ``自2031年起启动…``
    if _qualifiers.asks_whether(sentence, at) or _qualifiers.qualifies_noun(sentence, at):
        return "year_qualifier"  # (goalB33) O3: ``是否于2031/32学年提供…``, ``其在2031/32学年的收费水平,``
    for name, cue in FALSE_GOAL_CUES:
        if cue(sentence) and not (name == "meeting_date" and _speeches.said_after_meeting(sentence, at)):  # (goalB24)
            return name
    return ""


def _cells(pieces: list[Piece]) -> list[Piece]:
    """Sentences cut at a table's cell borders, in a row read as text (``甲校扩建。 | 2031年完成甲校扩建 | 已完成招标``):
    a cell is a sentence of its own, so the progress a cell reports does not make the commitment beside it past.
    (A piece with three borders or more is a row of its own: ``is_no_sentence``.)"""
    out: list[Piece] = []
    for p in pieces:
        if " | " not in p.text or p.text.count("|") >= 3:
            out.append(p)
            continue
        pos = 0
        for part in p.text.split("|"):
            body = part.strip()
            if body:
                a = p.start + pos + part.find(body)
                out.append(Piece(a, a + len(body), body))
            pos += len(part) + 1
    return out


# (thirteenth round) ``近期目标:2031年9月至2032年8月(创建一级园)中期目标:…远期目标:…``: the goals of a plan's phases run
# together on one line (a page that lost its line breaks); each phase's label opens a sentence of its own
_PHASE_LABEL = re.compile(r"(?<=[)）\u4e00-\u9fff\d])\s*(?=(?:近期|中期|远期|长期|短期|第[一二三四五]阶段)目标\s*[:：])")


def _phases(pieces: list[Piece]) -> list[Piece]:
    """Sentences cut before each phase's goal label run into the one before (``…(创建一级园)中期目标:…``)."""
    out: list[Piece] = []
    for p in pieces:
        cuts = [m.start() for m in _PHASE_LABEL.finditer(p.text)]
        if not cuts:
            out.append(p)
            continue
        bounds = [0] + cuts + [len(p.text)]
        for a, b in zip(bounds, bounds[1:]):
            body = p.text[a:b].strip()
            if body:
                start = p.start + a + (len(p.text[a:b]) - len(p.text[a:b].lstrip()))
                out.append(Piece(start, start + len(body), body))
    return out


def find_goals(text: str, offset: int, goal_section: bool, body_start: int = 0,
               undated: list[GoalHit] | None = None) -> list[GoalHit]:
    """The goal sentences of a paragraph (``text`` at ``offset`` in the document; its body from ``body_start``, after
    an inline title): in a goal section every sentence (O1), elsewhere a sentence dated by ``goal_date`` that no
    ``FALSE_GOAL_CUES`` undoes, or one that states the goals (O3); each hit names its cues. ``undated``, when given,
    receives the sentences outside a goal section with a year that would be goals but for a date cue (no
    ``goal_date``, no false-goal cue; cue ``undated``): the ``hybrid`` backend asks its model about them."""
    hits: list[GoalHit] = []
    body = text[body_start:]
    if not goal_section and (lead := goal_label_lead(body)):
        goal_section, body_start, body = True, body_start + lead, body[lead:]  # ``总体目标:…``
        if _RANKED_LABEL.match(text[:body_start]) and (close := _RUN_IN_RANK.search(body)):
            body = body[:close.start()]  # (``一、目标:…(申报示范园)二、规划:…``: the next rank's run-in heading ends it)
        if (cut := _part_labels.other_part_label_at(body)) is not None:
            body = body[:cut]  # (``主要目标: 1.…。 策略措施: 1.…``: the label of the plan's next part ends the goals)
    if not goal_section and _YEAR_20.search(text if body_start else body) is None and not states_the_goal(body) \
            and not ends_plan_period(body) and roc_expected_date(body)[0] is None and _ROC_YEAR.search(body) is None \
            and _THIS_ROC_YEAR.search(body) is None and _CN_YEAR.search(body) is None and _CN_ROC_YEAR.search(body) is None \
            and _news.two_digit_year_spans(body) == body:  # (goalA24) ``三一至三二年度``: a written year (O3c)
        return hits  # outside a goal section only a sentence with a deadline year (or that states the goal) is a goal
    if goal_section and not body_start and (cut := bullet_title_end(body)):
        body_start, body = cut, body[cut:]  # ``——就业总量稳步增加。到2031年,…``: its title, then the goals (O2)
    if body_start and not goal_section and title_is_dated_sentence(text[:body_start]):
        body_start, body = 0, text  # ``(四)2031年4月15日前,各区将资金下达各校。…``: a sentence, no title
    elif body_start and goal_section and title_is_labelled_item(text[:body_start], body):
        body_start, body = 0, text  # ``(三)某指标增长8%。[牵头单位:甲局]``: the item's sentence, its units after it
    elif body_start and goal_section and next_item_follows(text[:body_start], body):
        body_start, body = 0, text  # (goalB27) ``1、河湖面貌明显改善。2、…``: an item that heads nothing, a goal (O1)
    elif body_start and goal_section and _clausal.title_is_clausal_sentence(text[:body_start]):
        body_start, body = 0, text  # (goalX20) ``1、某会组织健全,成员分工明确。…``: a sentence of clauses, no title (O1)
    elif body_start and goal_section and (cut := topic_label_end(text[:body_start])):
        body_start, body = cut, text[cut:]  # ``(三)高中教育:升学率力争达到60%以上。…``: the label, then its goals (O2)
    pieces = _cells(sentences(body, offset + body_start))
    if goal_section and "期目标" in body:
        pieces = _phases(pieces)  # ``近期目标:…(…)中期目标:…``: each phase's goal a sentence of its own
    for k, sent in enumerate(pieces):
        lead = title_run_in(sent.text)  # (``…2031年工作要点2031年,全区将…``: the sentence starts after the title)
        s = common_era(raw := sent.text[lead:].strip())  # (ROC years: the date cues read them in the common era)
        has_year = _YEAR_20.search(s) is not None or roc_expected_date(s)[0] is not None
        period_end = not has_year and ends_plan_period(s)
        if (not goal_section and not has_year and not period_end and not _STATES_GOALS.search(s)
                and not _OVERALL_AIM_IS.search(s) and not _ug16.reports_plan_goals(s)) \
                or (is_no_sentence(s) and not (goal_section and (_leadh.announces_goals_below(s) or _objectives.short_objective(
                    s, text[sent.end - offset:sent.end - offset + 1]) or is_no_sentence(s) == "fragment" and _items.closed_list_item(
                    s, text[sent.end - offset:sent.end - offset + 1])))):  # (tradA27) ``严密船籍管理``; (glistA28) O1 any mark
            continue
        if _asides.is_bracket_note(s) or _nested.is_nested_bracket_note(s):
            continue  # (goalA21) ``(某局负责)`` after an item's ``。``: a note, no goal; (goalA22) ``(甲局,各市(县)政府)``
        if asks_question(s, text[sent.end - offset:sent.end - offset + 1]):
            continue  # ``…2031年,市民的生活将有哪些新变化?``: a question to the readers
        year, at, cue = goal_date(s) if has_year else (None, -1, "")
        year, at = _bases.beyond_foundation(s, year, at)  # (goalA33) O4: ``在2030年…的基础上`` is a base, no deadline
        start = sent.start + (lead or (m.end() if (m := _LIST_MARK.match(sent.text)) else 0))  # no list marker (O5)
        if not lead and (note := _asides.leading_note_end(sent.text)):
            start = sent.start + note  # (goalA21) ``(某局负责)(二)某指标…``: the note and the marker are no part of it
        if goal_section and not lead and sent.start == offset + body_start and (t := topic_label_end(sent.text)):
            start = sent.start + t  # ``1.学与教:全体教师…``: the paragraph's topic label is its inline title (O2)
        if not goal_section and states_the_goal(s) and not is_past(s[:s.find("目标")]):
            # ``今年的主要预期目标是:…``, ``…工作的总体目标是:2025年,…``, ``目标是在2030年…``: it states the goals
            if year is None and (y := _GOAL_STATED_YEAR.search(s)) is not None:
                year = int(y.group(1))  # (``目标是2032/33学年全面推行…``: a school year, its first year)
            if year is not None or _STATES_GOALS.search(s) or _OVERALL_AIM_IS.search(s) or _ug16.reports_plan_goals(s):
                hits.append(GoalHit(start, sent.end, _ug16.year_outside_names(s, year), ("states_goals",)))  # (r16 ug16: O3c)
                continue
        if goal_section:
            if (_NOT_A_GOAL.search(s) and len(s) <= 40 and not _objectives.objective_provides_chart(s) and not _items.files_report_forms(s)
                    and not _leadh.announces_goals_below(s)) or states_validity(s) or (  # (goalA35) O1: ``具体目标如下``
                    sent.start > offset and is_run_in_title(sent.text)
                    and not run_in_item_owns_nothing(pieces[k + 1].text if k + 1 < len(pieces) else None)):
                continue
            if has_year and _epithets.opens_with_year_epithet(s):
                continue  # (lead46) ``2031年是实施某规划的重要一年``: a kind of year named, in a goal section too (O3)
            cues = ("section:goal",)
            if year is None and (y := opening_year(s)) is not None:
                year, cues = y, ("section:goal", "opening_year")  # ``2031年,每个乡镇建成1所…``: its year (O4)
            elif year is None and (y := _span_ends.section_span_end(s)[0]) is not None:
                year, cues = y, ("section:goal", "section_span_end")  # (goalA34) ``2031-2032 年重点完成…``: its end (O4)
        # (goalB21) O3j, twentieth round second dev adjudication: a plan period's end (``到“十六五”期末``) is no written year,
        # outside goal sections no goal on that account (an announcing clause stays one, ``states_the_goal`` above)
        elif year is None or false_goal_cue(_rest16.masks_budget_base(s) if cue == "budget_year" else s, at) \
                or states_validity(s):  # (r16 rest16) ``…较2031年度增加…``: a budget's base year
            if undated is not None and year is None and has_year and not false_goal_cue(s) \
                    and not dated_by_a_period(s) and not states_validity(s):
                undated.append(GoalHit(start, sent.end, None, ("undated",)))
            continue
        else:
            cues = (cue, "roc_year") if s is not raw else (cue,)
        hits.append(GoalHit(start, sent.end, year, cues))
    return hits


# ``某区教育局2031年工作要点2031年,全区将…``, ``…2030年工作总结和2031年工作计划2030年,我局…``: a document's title run
# into its first sentence (a document-sharing page that lost its line breaks); the sentence opens with the year
_TITLE_RUN_IN = re.compile(r"(?:工作要点|工作计划|工作总结|工作方案|实施方案|发展规划)(?=\s*20\d\d\s*年\s*[,，])")


def title_run_in(sentence: str) -> int:
    """Where a sentence starts after a document's title run into it (``…2031年工作要点2031年,全区将…`` -> at
    ``2031年,``); 0 when none. The title is no part of the goal (O5), and its words date nothing (``工作计划2031年``
    is no plan dating its deed)."""
    if "20" not in sentence or ("工作" not in sentence and "方案" not in sentence and "规划" not in sentence):
        return 0  # (a cheap test before the scan)
    ends = [m.end() for m in _TITLE_RUN_IN.finditer(sentence)]
    return ends[-1] if ends else 0


# (goalA28) also with the year it is of before it (``2031年重点工作``, the label of a news summary's next part)
# (probeG40) also set off by its brackets (``【主要措施】``), as a goal label is (``【工作目标】``): the next label closes the block
_BARE_LABEL = re.compile(r"^(?:(?:20\d\d\s*年(?:度)?)?[\u4e00-\u9fff/、]{1,6}|【\s*(?:20\d\d\s*年(?:度)?)?[\u4e00-\u9fff/、]{1,6}\s*】)[:：]?$")
_GOAL_LABEL = re.compile(rf"^(?:{GOAL_KINDS})?目标[:：]?$")


def is_goal_label(paragraph: str) -> bool:
    """A line that is only the name of the goals, no number (``目标``, ``工作目标:``): a page's label that the
    outline did not take for a heading; the numbered items after it state the goals."""
    return "目标" in paragraph and (_GOAL_LABEL.match(_names.undecorated_label(paragraph)) is not None  # (goalA25) ``【目标】``
                                    or _titles.titles_year_goals(paragraph)  # (goalB21) O1: ``年度施政目标``
                                    or _titles._groups.titles_group_goals(paragraph))  # (goalA28) ``组别工作目标``


# (glistA28) any mark of a list item: circled numbers, bullets, dashes, ``一是`` as well (O1)
_ITEM_AFTER_LABEL = re.compile(r"\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、是]|"
                               r"[①-⑳]|[•●▪■◆]|——?(?!\d))")
# ``校训: 勤…``, ``教育信念: 1. …``: a paragraph led by another label (a short name and a colon)
_OTHER_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]")


def goal_label_opens_items(paragraph: str) -> bool:
    """A paragraph led by the name of the goals whose first numbered item runs on after the colon (``办学目标: 1. 以学生
    为本,…``, a two-column page read line by line): like a label line ``目标`` of its own (``is_goal_label``), it opens
    a block whose items state goals."""
    lead = goal_label_lead(paragraph)
    return lead > 0 and _ITEM_AFTER_LABEL.match(paragraph, lead) is not None


def opens_other_label(paragraph: str) -> bool:
    """A paragraph led by a label that is not the goals' name (``校训: 勤…``, ``教育信念: 1. …``): it ends the block of
    goal items a label above it opened."""
    return _OTHER_LABEL.match(paragraph) is not None and not goal_label_lead(paragraph) \
        and not is_goal_label(paragraph)


def is_bare_label(paragraph: str) -> bool:
    """A short label line of a page, no number, no sentence (``内容``, ``成果/进度``): it ends the block a label
    above it opened."""
    return _BARE_LABEL.match(paragraph.strip()) is not None and not _titles._groups.names_group(paragraph)  # (goalA28)


# ``…贡献力量。二、工作目标1.加强党建。推动…``: a goal heading run into a paragraph's text (a page whose line breaks
# were lost, a document-sharing site's excerpt); the next run-in heading of its rank (``三、``) closes its block
# (fourteenth round) ``…制定本方案。一'总体目标以…为指导,…``: a converted file that wrote the numeral's 、 as an
# apostrophe, a comma or a space (``一'``, ``一’``, ``一,``, ``一 ``) runs its heading in the same way; so does a heading of the
# bracketed rank (``…。(一)总体目标到2031年,…。(二)主要任务…``) and a goal label with its colon (``…。一、总体目标:…``)
# (the space lost in normalising: ``一总体目标``, the numeral right before a named kind of goals)
_RUN_IN_SEP = r"(?:\s*[、.．'’‘,，]|\s)"
# (tradA27) also a policy plan's ``年度施政目标`` / ``施政目标``
# (goalA35) an event plan's ``三.活动目标:`` among its numbered fields (``一.活动名称:… 二.活动依据:…``)
_RUN_IN_KIND = r"(?:总体|工作|发展|主要|具体|预期|年度施政|施政|活动)"
_RUN_IN_MARK = (r"(?:[一二三四五六七八九十]{1,2}(?:" + _RUN_IN_SEP + r"|(?=" + _RUN_IN_KIND + r"目标))|"
                r"[(（][一二三四五六七八九十]{1,2}[)）])")
# (tradA27) a policy plan's heading (``一、年度施政目标``) also after any text: a page that lost its line breaks
# (``…目标与重点 壹、某类 一、年度施政目标 甲。乙。``, the spaces between Han characters dropped by the normaliser)
# (goalB27) also after a lead's ``如下:`` (``…具体安排如下:一、工作目标…``, a doc-sharing preview's run of the outline)
# (goalA28) also right after the plan's title (``某镇2031年书屋建设计划一、工作目标…``: a preview that ran the title into the
# outline), and the goals named beside the plan's background (``一、计划背景与目标``: an undivided heading, O1)
_RUN_IN_GOALS = re.compile(r"(?:(?:^|(?<=[。;；])|(?<=如下[:：])|(?<=计划|方案|规划|要点))\s*" + _RUN_IN_MARK + r"\s*"
                           r"(?:(?:计划|项目|工作)?背景(?:与|和|及))?" + _RUN_IN_KIND + r"?"
                           r"|(?<![\d一二三四五六七八九十第])(?P<flat>" + _RUN_IN_MARK + r")\s*(?:年度)?施政)"
                           r"目标(?:任务)?(?:\s*[:：](?=\s*\S)|(?<=背景与目标|背景和目标|背景及目标)|(?![\u4e00-\u9fff]{0,2}?[是为:：,，]))")
# what every run-in goal heading holds, for a scan that skips to its numeral (a cheap test before the scan)
_RUN_IN_QUICK = re.compile(r"[一二三四五六七八九十][)）]?" + _RUN_IN_SEP + r"?\s*(?:(?:计划|项目|工作)?背景(?:与|和|及))?"
                           + _RUN_IN_KIND + r"?目标")
# (thirteenth round) ``…(申报示范园)二、规划:``: a closing bracket before the next rank's numeral ends the block too (a
# page that lost its line breaks after a bracketed note)
_RUN_IN_RANK = re.compile(r"(?<=[。;；)）])\s*[一二三四五六七八九十]{1,2}\s*[、'’]")
# (fourteenth round) the block of a bracketed heading closes at the next bracketed numeral too (``(二)``)
_RUN_IN_SUB_RANK = re.compile(r"(?<=[。;；)）])\s*(?:[一二三四五六七八九十]{1,2}\s*、|[(（][一二三四五六七八九十]{1,2}[)）])")
# ``3.提升教学质量`` standing between sentences: a run-in item title (O2), not a goal
_RUN_IN_TITLE = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff“”\"]{2,16}$")


# (``一总体目标…。二主要任务…``: the space lost after the numeral) the next numeral before the name of a plan's next part
_RUN_IN_BARE_RANK = re.compile(r"(?<=[。;；)）])\s*[一二三四五六七八九十]{1,2}\s*(?:、|[.．'’‘,，]|\s|"
                               r"(?=[\u4e00-\u9fff]{0,4}?(?:任务|措施|举措|要求|原则|思路|步骤|安排|机制|分工|保障|领导|内容)))")
_RUN_IN_OPEN_SEP = re.compile(r"[一二三四五六七八九十]{1,2}(\s*[.．'’‘,，]|\s+)")


def run_in_closer(heading: str) -> re.Pattern[str]:
    """What closes the block of a run-in goal heading: the next numeral of its rank with 、 (``二、``), or with the
    heading's own mark for it (``一'总体目标…`` -> ``二'`` too, ``一 总体目标…`` -> ``二 ``); a bracketed heading's
    block closes at the next bracketed numeral too (``(二)``)."""
    if "(" in heading or "（" in heading:
        return _RUN_IN_SUB_RANK
    m = _RUN_IN_OPEN_SEP.match(heading.strip())
    if m is None:
        return _RUN_IN_RANK if "、" in heading else _RUN_IN_BARE_RANK
    mark = re.escape(m.group(1).strip()) if m.group(1).strip() else r"\s"
    return re.compile(r"(?<=[。;；)）])\s*[一二三四五六七八九十]{1,2}\s*(?:、|" + mark + r")")


def run_in_goal_spans(paragraph: str, open_before: bool) -> tuple[list[tuple[int, int]], bool]:
    """The parts of a paragraph that stand under a goal heading run into the text (``…。二、工作目标1.…``), as
    (start, end) in the paragraph, and whether the block goes on into the next paragraph. ``open_before``: a
    block opened above goes on here, from the paragraph's start."""
    spans: list[tuple[int, int]] = []
    pos, start, closer = 0, (0 if open_before else None), _RUN_IN_RANK
    m = None
    while True:
        if start is None:
            m = _RUN_IN_GOALS.search(paragraph, pos) \
                if "目标" in paragraph[pos:] and _RUN_IN_QUICK.search(paragraph, pos) else None
            if m is None:
                return spans, False
            start, closer = m.end(), run_in_closer(m.group())
        close = closer.search(paragraph, start)
        if close is None:
            spans.append((start, len(paragraph)))
            # (tradA27) a policy plan's heading inside a line that lost its breaks: its list ends with the line
            return spans, not (m is not None and m.group("flat") is not None and m.start("flat") > 0)
        spans.append((start, close.start()))
        pos, start = close.start(), None


# (thirteenth round) ``一、目标:…``, ``三、工作目标:…``: a goal label numbered at the rank that ``_RUN_IN_RANK`` closes
_RANKED_LABEL = re.compile(r"^\s*[一二三四五六七八九十]{1,2}\s*、")


# (goalB27) the next numbered item of a run: ``2、…``, ``3.…``, ``(二)…``
_RUN_IN_NEXT_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）])")


# (goalB27) an inline title numbered as an item (``1、…``, ``(2)…``), not a heading of a higher rank (``一、…``)
_STATEMENT_TITLE = re.compile(r"^\s*(?:(\d{1,2})\s*([.、．])|[(（](\d{1,2})[)）])")


def next_item_follows(title: str, body: str) -> bool:
    """(goalB27) An item's inline title (``1、河湖面貌明显改善。``, short, no label's colon) whose text is at once the next item
    of its list (``2、…``, same mark, the next number): the item heads nothing, it states a goal (O1); not a title over
    the sentences after it (O2)."""
    m = _STATEMENT_TITLE.match(title)
    if m is None or len(title) > 40 or any(c in title for c in ";；:："):
        return False
    n = m.group(1) or m.group(3)
    pat = (rf"[。.;；]?\s*{int(n) + 1}\s*{re.escape(m.group(2))}" if m.group(1) else rf"[。.;；]?\s*[(（]{int(n) + 1}[)）]")
    return re.match(pat, body) is not None


def run_in_item_owns_nothing(next_piece: str | None) -> bool:
    """(goalB27) A short numbered item run into a paragraph (``is_run_in_title``) that heads no text: the paragraph ends
    after it (``next_piece`` None) or the next item follows it at once (``…。2、群众满意度明显提高。3、…``). In a goal
    section it is a goal sentence (O1), as a numbered line that owns nothing is (``closed_item_owns_nothing``); a title
    heads the sentences after it (O2)."""
    return next_piece is None or _RUN_IN_NEXT_ITEM.match(next_piece) is not None


def is_run_in_title(piece: str) -> bool:
    """``3.提升教学质量`` between two sentences of a paragraph: an item's title run into the text."""
    return _RUN_IN_TITLE.match(piece) is not None


_ABSTRACT_LABEL = re.compile(r"^\s*(?:摘要|内容摘要|内容提要|提要|导读)\s*[:：]?\s*")


def in_abstract(hits: list[GoalHit], paragraph: str, par_start: int, text: str) -> list[GoalHit]:
    """The goals of a page's abstract (``摘要:…``, ``导读…``): the label is no part of a goal's quote. (fourteenth
    round) A teaser that copies a body sentence is a mention of its own (G4, G4a): its goal stays beside the body's,
    also where it cuts the sentence short."""
    from extract.rules.goal_quotes import teaser_lead_end  # (confG19) O5: ``【摘要】:规划目标到2031年…``
    if (lead := teaser_lead_end(paragraph)):
        return [GoalHit(max(g.start, par_start + lead), g.end, g.year, g.cues + ("abstract",)) for g in hits]
    m = _ABSTRACT_LABEL.match(paragraph)
    if m is None or not m.group().strip():
        return hits
    return [GoalHit(max(g.start, par_start + m.end()), g.end, g.year, g.cues + ("abstract",)) for g in hits]


def heading_states_level(title: str) -> bool:
    """A numbered line of a goal section read as a heading that states a level to reach (``(三)入学率均达到
    99%``, ``7.其他指标不低于全省平均水平``): a goal sentence, not a section's name."""
    return len(title) >= 8 and reaches_level(title) and not is_fragment(title)
