"""What a section's own text does: commit to work ahead, or report what happened (a section-level cue).

A number with no cue of its own is admitted in a section whose heading reads as a plan or a goal
(``cues.number_decision``: ``section:plan``, ``section:goal``). On new text a heading is a weak witness: a news
report names a programme (``…计划``) in a heading, a page's title is taken for a heading, an analysis article
has plan-looking headings over paragraphs of statistics. What the section's sentences do is a second witness:

* a sentence **commits** when it sets work ahead: a future year (``到2025年``, ``2025年底前``), a pledge or a modal
  (``力争``, ``确保``, ``将``, ``要``, ``拟``, ``计划`` before a verb), a goal noun as a lead (``目标是``), or a task verb
  opening it or its item (``新建…``, ``推进…``, ``1.实施…``);
* a sentence **reports** when it states what was done or what is: ``已``, ``累计``, ``共有``, ``完成了``, ``先后``,
  ``截至``, ``以来``, ``同比``, ``比去年``, a news report's words (``近日``, ``记者``, ``召开``), a dated event
  (``3月12日,…``; not a deadline, ``12月29日前``). A change against a base year (``较2020年下降14.5%``) is a plan's
  target form as often as a report's: neither side.

Only the sentences that state a figure count (dates and times set aside). ``reads_as_report`` says a section reports
when at least ``MIN_REPORTS`` of them report and they outnumber the committing ones more than ``REPORT_MARGIN`` times
(a sentence may count on both sides).

Where it applies (measured on the wild dev texts, rules.v37): under a heading the cue removed fewer false numbers than
true ones at every threshold tried (``MIN_REPORTS`` 1-3: e.g. 2 / 1.0 removed 6 FP, lost 25 TP), because plan
sections quote the state they start from and notices date their steps; so it is read only for the text outside any
heading (a page without an outline, whose ``plan`` role comes from the page: a plan reported, a plan title), where
its most cautious setting (4 reports, margin 2.0) was the choice of four of five folds of a cross-validation by
document. Its effect there is small and rests on two pages (news reports of a plan that mostly report figures).

Each cue is a small function with made-up examples in ``tests/test_section_stance.py``."""

from __future__ import annotations

import re

# -- committing ---------------------------------------------------------------------------------------
_FUTURE_YEAR = re.compile(r"[到至](?<!截至)\s*20\d\d\s*年|20\d\d\s*年(?:年?底|年?末)?(?:前|以前)|(?:今后|未来|下一步|明年|下半年)")
_PLEDGE = re.compile(r"力争|力爭|确保|確保|争取|爭取|将(?![军])|將|要(?<![重纲摘概简首紧主需]要)(?![求闻点])|拟|擬|预计|預計|"
                     r"计划(?=[在于到至对将新建完成实施投入招])|計劃(?=[在於到至對將新建完成實施投入招])|不低于|不少于|不得|应当|應當|须|須")
_GOAL_NOUN = re.compile(r"目标[是为:：]|目標[是為:：]|任务[是为:：]|任務[是為:：]")
# a task verb opening a sentence or its item (``1.新建…``, ``(二)实施…``)
_ITEM = r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．]|[•·●▪■◆-])?\s*"
_TASK_OPENING = re.compile(_ITEM + r"(?:新建|新增|建设|建設|建成|改造|改扩建|实施|實施|推进|推進|开展|開展|完善|加强|加強|"
                           r"落实|落實|组织|組織|打造|培育|提升|提高|扩大|擴大|健全|深化|强化|強化|规范|規範|支持|鼓励|鼓勵|做好|抓好)")

# -- reporting ----------------------------------------------------------------------------------------
_DONE = re.compile(r"已(?!于将|经将)|累计|累計|共有|先后|截至|截止|以来|以來|完成了|建成了|实现了|實現了|达到了|取得了|获得了|"
                   r"同比|环比|比去年|较去年|較去年|"
                   r"上升了|下降了|增长了|增長了|增加了|减少了|提高了|分别为|分別為|共计完成|据统计|據統計|数据显示|數據顯示|"
                   r"近日|(?<!\d)日前|记者|記者|表示|介绍|介紹|召开|召開|举行|舉行|出炉|出爐|印发了|发布了")
# a dated event: a month and day (``3月12日``), a past quarter's or month's end (``3月末``, ``一季度``)
# (not a deadline: ``12月29日前送达``, ``6月底前完成``, ``一季度:完成…``, a schedule's date)
_DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日(?![前起至到]|之前|以前)|\d{1,2}\s*月(?:末|底|份)(?![前起至到]|之前|以前)|前\d{1,2}个?月|1-\d{1,2}月")

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])|\n")


def commits(sentence: str) -> bool:
    """A sentence that sets work ahead: a future year, a pledge or modal, a goal noun, a task verb at its opening."""
    return bool(_FUTURE_YEAR.search(sentence) or _PLEDGE.search(sentence) or _GOAL_NOUN.search(sentence)
                or _TASK_OPENING.match(sentence))


def reports(sentence: str) -> bool:
    """A sentence that states what was done or what is: 已, 累计, 共有, 同比, a change against last year, a dated event,
    a news report's words (``近日``, ``记者``, ``召开``)."""
    return bool(_DONE.search(sentence) or _DATED.search(sentence))


_DATE = re.compile(r"20\d\d\s*[-年/.]\s*(?:\d{1,2}\s*[-月/.]\s*(?:\d{1,2}\s*日?)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d\d")
_FIGURE = re.compile(r"\d")


def counts_something(sentence: str) -> bool:
    """A sentence that states a figure (a digit once its dates and times are set aside)."""
    return bool(_FIGURE.search(_DATE.sub("", sentence)))


def sentences(paragraphs: tuple[str, ...]) -> list[str]:
    """The sentences of a section's paragraphs (cut at 。！？； and line ends; blanks dropped)."""
    return [t for p in paragraphs for t in _SENTENCE_END.split(p) if t.strip()]


# the cue sets of a number admitted by its section's role alone (``cues.number_decision``)
SECTION_ONLY = (("section:plan",), ("section:goal",))


def section_reports(cache: dict, key: tuple[str, ...], structured, text: str) -> bool:
    """``reads_as_report`` of the text paragraphs whose section path is ``key``, once per section (``cache``)."""
    if key not in cache:
        cache[key] = reads_as_report(tuple(text[q.span.start:q.span.end] for q in structured.paragraphs
                                           if q.kind == "text" and tuple(q.section_path) == key))
    return cache[key]


# the setting four of five folds chose in a cross-validation by document on the wild dev texts (see above)
MIN_REPORTS = 4
REPORT_MARGIN = 2.0


def stance_counts(paragraphs: tuple[str, ...]) -> tuple[int, int, int]:
    """(sentences, committing, reporting) of a section's paragraphs (``section_reports`` asks once per section)."""
    sents = [t for t in sentences(paragraphs) if counts_something(t)]
    return len(sents), sum(map(commits, sents)), sum(map(reports, sents))


def reads_as_report(paragraphs: tuple[str, ...], min_reports: int = MIN_REPORTS, margin: float = REPORT_MARGIN) -> bool:
    """A section whose own sentences report rather than commit: at least ``min_reports`` reporting sentences, and
    more than ``margin`` times as many as its committing ones."""
    _, c, r = stance_counts(paragraphs)
    return r >= min_reports and r > margin * c
