"""The LLM backends.

``hybrid`` (the default LLM mode, built for small local models): the rules find every candidate;
the model makes small decisions where the rules are unsure, each a short reply that is cheap to
check: (1) for target candidates with an indicator the rules could not name well (and, when
``LLMConfig.target_veto`` is on, in sentences with signs of a past result): what is the indicator, and is it a future
target (a veto, only with ``target_veto``, off by default since hybrid.v11 because the local model's vetoes dropped
true targets only, drops the record only when the candidate falls under a sign of a past result,
``past_result_governs``, and not when it has a future cue of its own: a modal, a deadline or a written bound; a new
indicator is kept only if its words stand in the sentence); (2) for the
sentences the rules would take as goals but for a date cue (body text outside goal sections with a year, which
none of the rules' false-goal cues undoes, ``rules.goals.FALSE_GOAL_CUES``; the rules hand them over, so both
backends share one notion of a false goal): is it a goal of the plan. The goal check runs only when
``LLMConfig.goal_check`` is on (``--llm-goal-check``; off by default since hybrid.v10: the local model took
mostly wrong sentences for goals).

``llm``: free-form extraction of whole chunks, for strong hosted models. Every record quotes the
source; the ground stage locates the quote (exact, normalised, fuzzy, or not found) and checks
that a target's number stands in its quote.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

from extract.chunk import CHUNKER_VERSION, chunk_document
from extract.data import Goal, NumericTarget, Span, UnitAssignment
from extract.rules.unit_lists import tidy_unit_lists
from extract.llm.client import StructuredClient
from extract.llm.config import LLMConfig
from extract.llm.prompts import PROMPT_VERSIONS, gold_examples, render
from extract.llm.schemas import RESPONSE_SCHEMA_VERSION, ChunkExtraction, GoalCheck, TargetCheck
from extract.normalise import canonical
from extract.prepared import PreparedDoc
from extract.rules import RulesExtractor
from extract.rules.targets import opens_with_verb
from extract.cues import commitment_cues, is_past_year, status_cue
from extract.rules.text import deadline_year, sentences, year_before

AnyRecord = NumericTarget | UnitAssignment | Goal

# signs of a past result that make a rule target doubtful enough to ask about (its veto is taken only in such a
# sentence). Not the rules' past and status markers (``rules.text.is_past``, ``cues.status_cue``), which decide rather
# than doubt: a target the rules kept passed them already, and this list holds words of plans too (完成, 目前,
# 期间). Measured on the 311 dev texts (eighth round): the rules' markers instead would flag 37 of the 1,276 body-text
# targets against this list's 127 (24 shared), and the vetoes that stood on cached answers (-1 true, -3 false
# targets) all came from sentences only this list flags; not replaced.
_PASTISH = re.compile(r"(完成|累计|共计|现有|目前|当前|现已|实现了|达到了|增加了|提高了|新增了|建成了|培养了|获得|期间)")

# (hybrid.v9) the signs of a past result that can carry the model's veto: the doubt list above less a bare ``完成``,
# which opens the tasks of a plan as often as it reports them (``完成甲区300户老旧住房改造`` in a year's 实事 list),
# and with the marked forms of it (``已完成``, ``完成了``). Measured on the cached asks of w16-w19 (the local model's
# answers, hybrid.v8): of 25 vetoes that stood, 14 were true targets; 11 of those stood on a bare 完成 or on a sign
# the candidate does not fall under (a later clause's ``推进现有…``, ``…增加了…``)
_PAST_RESULT = re.compile(r"(已完成|完成了|累计|共计|现有|目前|当前|现已|实现了|达到了|增加了|提高了|新增了|建成了|培养了|获得|期间)")
# a time ahead (``至2025年``, ``到2030年``, ``2025年底前``; not ``截至2023年底``, a report's date) between a past sign and
# a candidate: the plan turns from what is to what it will do (``根据现有规划,…,至2025年,…可提供学位…``)
_TIME_AHEAD = re.compile(r"(?<![截])(?:到|至)\s*20\d\d\s*年|20\d\d\s*年\s*(?:底|末)?\s*(?:前|以前)(?![\u4e00-\u9fff]{0,2}(?:已|累计|共))|"
                         r"(?<![截])(?:到|至)\s*[二〇一二三四五六七八九零]{4}\s*年")
_CLAUSE_OPEN = re.compile(r"[,，;；。:：!！?？]")
_CLAUSE_CLOSE = re.compile(r"[,，;；。!！?？]")


def past_result_governs(sentence: str, start: int, end: int) -> bool:
    """A sign of a past result (``_PAST_RESULT``) that the candidate at ``start``..``end`` of ``sentence`` falls under:
    one before it in the sentence with no time ahead between them (``现有小学6所,…,本科率23%``; not ``根据现有规划,
    …,至2025年,…可提供学位1万个``), or one in the candidate's own clause (``…(80张)、…(36张)共计175张…``). A sign in a
    later clause is another item's (``新增2个…,推进现有23个…``), and a bare ``完成`` is a plan's task verb as often as a
    report's: neither lets the model's veto stand (hybrid.v9)."""
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(sentence, 0, start)]
    clause_start = opens[-1] if opens else 0
    close = _CLAUSE_CLOSE.search(sentence, end)
    clause_end = close.start() if close else len(sentence)
    for m in _PAST_RESULT.finditer(sentence):
        if m.start() < start:
            if _TIME_AHEAD.search(sentence, m.end(), start) is None or m.start() >= clause_start:
                return True
        elif m.start() < clause_end:
            return True
    return False


def lone_verdict(obj, n: int) -> dict:
    """The verdicts of an ask of ``n`` candidates by candidate number. The local model often numbers the one candidate
    of a one-candidate ask by its value (``{"id": 800, …}`` for ``完成800个``): a lone verdict of a lone candidate is
    its verdict whatever its number (hybrid.v9; 116 of the 184 one-candidate answers cached for w16-w19 were so
    numbered, and went unread)."""
    verdicts = {v.id: v for v in obj.items}
    if n == 1 and len(obj.items) == 1 and 1 not in verdicts:
        return {1: obj.items[0]}
    return verdicts


def _versions(*tasks: str) -> str:
    return "+".join(PROMPT_VERSIONS[t] for t in tasks) + f"+{RESPONSE_SCHEMA_VERSION}"


class _LLMBase:
    def __init__(self, config: LLMConfig, client: StructuredClient | None = None) -> None:
        self.config = config
        self.client = client or StructuredClient(config)
        self.failed: dict[str, int] = {}  # doc id -> calls that failed (retried on the next run)
        self._checked = False

    def preflight(self) -> None:
        if not self._checked:
            self.client.check()
            self._checked = True

    def _map(self, fn, items: list):
        if self.config.concurrency <= 1 or len(items) <= 1:
            return [fn(x) for x in items]
        with ThreadPoolExecutor(max_workers=self.config.concurrency) as pool:
            return list(pool.map(fn, items))

    def _note_failures(self, doc_id: str, results: list) -> None:
        n = sum(1 for obj, err in results if obj is None)
        if n:
            self.failed[doc_id] = self.failed.get(doc_id, 0) + n

    def usage(self) -> dict:
        return self.client.usage.as_dict()


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for s in sentences(text[line_start:line_end], line_start):
        if s.start <= start < s.end + 1:
            return s.start, max(s.end, end)
    return line_start, line_end


# a target check's context and size: a "sentence" of a flattened page or a 实事 list with no full stop can run to
# thousands of characters (a prompt over the local model's 4,096-token context: the server refused it), and a
# dozen candidates in one ask ran out of answer tokens; both failed, so the rules' records stood unchecked
# (hybrid.v8: seen on three sealed texts' asks, whose errors were not read)
MAX_CHECK_CONTEXT = 300  # characters of the sentence around a candidate
MAX_CHECK_CANDIDATES = 6  # candidates in one ask
# (hybrid.v9) a candidate whose own span is longer than the context (a record over a whole flattened list) is not
# asked: no cut can fit it, and the model echoed it as its indicator until its answer ran out of tokens (three such
# asks failed on every run of one 实事 page, ~70 s each); its record stands as the rules made it
MAX_CHECK_SPAN = MAX_CHECK_CONTEXT


def _context_of(text: str, start: int, end: int, limit: int = MAX_CHECK_CONTEXT) -> tuple[int, int]:
    """The sentence of a candidate (``_sentence_of``); when it is longer than ``limit``, the clauses around the
    candidate within about ``limit`` characters, cut at a clause mark (,;、 or a space) where there is one."""
    a, b = _sentence_of(text, start, end)
    if b - a <= limit:
        return a, b
    half = max(limit - (end - start), 0) // 2
    a0, b0 = max(a, start - half), min(b, end + half)
    cut = re.search(r"[,，;；、\s]", text[a0:start])
    if a0 > a and cut is not None:
        a0 += cut.end()
    cuts = list(re.finditer(r"[,，;；、。\s]", text[end:b0]))
    if b0 < b and cuts:
        b0 = end + cuts[-1].start()
    return a0, b0


def _check_batches(group: list[int], records: list, sentence_len: int) -> list[list[int]]:
    """A sentence's candidates (in text order) in asks of at most ``MAX_CHECK_CANDIDATES``; in a sentence longer
    than ``MAX_CHECK_CONTEXT`` an ask also spans at most that many characters, so its context fits too."""
    batches: list[list[int]] = []
    for i in group:
        cur = batches[-1] if batches else None
        if cur is None or len(cur) >= MAX_CHECK_CANDIDATES or (
                sentence_len > MAX_CHECK_CONTEXT
                and records[i].norm_span.end - records[cur[0]].norm_span.start > MAX_CHECK_CONTEXT):
            batches.append([i])
        else:
            cur.append(i)
    return batches


def shared_names(verdicts) -> set[str]:
    """The indicators (canonical) the model gives to two or more candidates of one ask: a list's common measure
    (``新增学位`` for each of ``甲幼儿园新增学位180个、乙幼儿园新增学位180个``), which drops the item each record names and
    cannot tell them apart; such a name does not replace the rules' (hybrid.v9: on w19-* it cost a true target whose
    value several items share)."""
    seen: dict[str, int] = {}
    for v in verdicts:
        if v.is_target and v.indicator:
            key = canonical(v.indicator)
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1}


class HybridExtractor(_LLMBase):
    name = "hybrid"

    def __init__(self, config: LLMConfig, client: StructuredClient | None = None) -> None:
        super().__init__(config, client)
        self.rules = RulesExtractor()
        # v3: a candidate asked only for its name keeps its place; v2: no veto of a committed target
        # v7: no goal check of a sentence that reports a period's work (a news lead, ``半年来``)
        # v8: nor of one that reports a plan issued or approved, or what a meeting laid out; a target check sees
        # at most MAX_CHECK_CONTEXT characters around its candidates and at most MAX_CHECK_CANDIDATES of them
        # v9: a veto stands only beside a past sign the candidate falls under (``past_result_governs``); a lone
        # verdict of a one-candidate ask is read whatever its number; a candidate longer than MAX_CHECK_SPAN is not asked;
        # a name the model gives to several candidates of one ask does not replace the rules' (``shared_names``)
        # v10: no goal check unless the config asks for it (``LLMConfig.goal_check``): over the development texts the
        # local model accepted 15 of 26 asks, one a gold goal (eval/README.md, fourteenth round)
        # v11: no target veto unless the config asks for it (``LLMConfig.target_veto``); without it only weakly named
        # targets are asked, for their names: over w20-*/w21-* and the sealed splits v15/v16 the vetoes that stood
        # dropped six true targets and no false one (eval/README.md, fifteenth round)
        checks = ("target_check", "goal_check") if self.config.goal_check else ("target_check",)
        veto = "+veto" if self.config.target_veto else ""
        self.version = f"hybrid.v11({self.rules.version}+{_versions(*checks)}{veto})"

    def extract(self, doc: PreparedDoc) -> list[AnyRecord]:
        self.preflight()
        undated: list[tuple[int, int, list[str]]] = []
        records = self.rules.extract(doc, undated)
        text = doc.text
        table_spans = [t.span for t in doc.structured.tables]

        def in_table(pos: int) -> bool:
            return any(s.start <= pos < s.end for s in table_spans)

        # 1. target candidates the rules are unsure of, grouped by sentence. A candidate with a future cue of its
        # own (a modal such as 将, or a deadline) is asked only for a better indicator: its veto is not taken
        # (the model vetoed such true targets in news reports; a past result has no such cue)
        groups: dict[tuple[int, int], list[int]] = {}
        committed: set[int] = set()
        for i, r in enumerate(records):
            if r.type != "numeric_target" or in_table(r.norm_span.start):
                continue
            a, b = _sentence_of(text, r.norm_span.start, r.norm_span.end)
            weak_name = len(r.indicator) > 16 or opens_with_verb(r.indicator) or bool(re.search(r"\d", r.indicator))
            # a bound written out (``…辍学率2%以下``, ``不低于90%``) commits as a modal or a deadline does: the local
            # model read such ceilings as thresholds and vetoed true targets (hybrid.v5)
            strong = any(c.split(":")[0] in ("modal", "deadline", "comparator") for c in (r.cues or []))
            pastish = bool(_PASTISH.search(text[a:b]))
            governed = pastish and past_result_governs(text[a:b], r.norm_span.start - a, r.norm_span.end - a)
            if r.norm_span.end - r.norm_span.start > MAX_CHECK_SPAN:
                continue
            if strong or not governed:
                # asked only for its name (a long or verb-led indicator in a sentence with no past cue): the
                # model's veto is not taken (it read a comparator-only target, ``…降至15%以下``, as a threshold).
                # v9: nor in a sentence whose past signs the candidate does not fall under (``past_result_governs``):
                # the model's no followed an ask's order more than its words (T, F, T, F, … over a list of six
                # tasks; the same six in reverse order: six yeses), so it stands only beside a sign of the text
                committed.add(i)
            if weak_name or (pastish and not strong and self.config.target_veto):
                groups.setdefault((a, b), []).append(i)
        jobs = []
        for (a, b), group in groups.items():
            for idx in _check_batches(group, records, b - a):
                a, b = _context_of(text, records[idx[0]].norm_span.start, records[idx[-1]].norm_span.end)
                cands = [{"id": k + 1, "text": text[records[i].norm_span.start:records[i].norm_span.end]}
                         for k, i in enumerate(idx)]
                msgs = render("target_check", section=records[idx[0]].section or "", sentence=text[a:b],
                              candidates=cands)
                jobs.append(((a, b), idx, msgs))
        results = self._map(lambda j: self.client.call("target_check", j[2], TargetCheck), jobs)
        self._note_failures(doc.doc.doc_id, results)
        drop: set[int] = set()
        for ((a, b), idx, _msgs), (obj, _err) in zip(jobs, results):
            if obj is None:
                continue  # no decision: the rules' record stands
            verdicts = lone_verdict(obj, len(idx))
            shared = shared_names(verdicts.values())
            for k, i in enumerate(idx):
                v = verdicts.get(k + 1)
                if v is None:
                    continue
                if not v.is_target:
                    if i not in committed and self.config.target_veto:
                        drop.add(i)
                elif v.indicator and canonical(v.indicator) in canonical(text[a:b]) \
                        and canonical(v.indicator) not in shared:
                    records[i] = records[i].model_copy(update={"indicator": v.indicator})
        records = [r for i, r in enumerate(records) if i not in drop]

        # 2. the sentences the rules would take as goals but for a date cue (``RulesExtractor.extract(undated=…)``:
        # body text outside goal sections, with a year, that no false-goal cue of the rules undoes, in a paragraph
        # the goal rules read), when their year can date this plan's work and they commit to something
        if not self.config.goal_check:
            return records
        taken = [(r.norm_span.start, r.norm_span.end) for r in records if r.type == "goal"]
        period = doc.structured.meta.period
        doc_year = self.rules.doc_year(doc)
        asks = []
        for a, b, path in undated:
            sentence = text[a:b]
            if any(x < b and a < y for x, y in taken) or not year_dates_the_plan(sentence, period, doc_year):
                continue
            if worth_a_goal_check(sentence) and not is_bare_line(text, a, b):
                asks.append((Span(start=a, end=b), sentence, path))
        goal_results = self._map(lambda q: self.client.call(
            "goal_check", render("goal_check", section=" > ".join(q[2]), sentence=q[1]), GoalCheck), asks)
        self._note_failures(doc.doc.doc_id, goal_results)
        for (span, sentence, path), (obj, _err) in zip(asks, goal_results):
            if obj is not None and obj.is_goal:
                year = deadline_year(sentence) or year_before(sentence, 0)
                records.append(Goal(doc=doc.doc.doc_id, quote="", norm_span=span, section=" > ".join(path),
                                    backend=self.name, backend_version=self.version, text=sentence, target_year=year))
        return records


def year_dates_the_plan(sentence: str, period: tuple[int, int] | None, doc_year: int | None) -> bool:
    """The sentence's year (outside 《titles》 and year ranges) can date this plan's work: within its period (a
    long-term vision, 2035, or a past year is not its deadline, O6) and not before the page's own year (a result);
    the sentence is whole (no fragment of a title broken over lines)."""
    year = year_before(sentence, 0)
    if year is None or sentence.count("《") != sentence.count("》"):
        return False
    if period and not period[0] - 1 <= year <= period[1]:
        return False
    return not is_past_year(year, doc_year)


_LIST_MARK_ONLY = re.compile(r"^(?:\d{1,2}[.、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])?$")


def is_bare_line(text: str, start: int, end: int) -> bool:
    """The sentence at ``start``..``end`` is a whole short line with no sentence mark at its end (``某区2031年工作要点``,
    ``某市2031年新增幼儿园情况表``): a headline, a title or a table's caption, which gives targets but never a goal
    (N17), wherever it stands (the rules read a title line only outside the outline, ``rules.goals.is_title_line``,
    and take a dated list item standing so; undated, it is a title)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:len(text) if b < 0 else b].strip()
    return (len(line) <= 40 and not re.search(r"[。！？!?；;]$", line) and not text[end:len(text) if b < 0 else b].strip()
            and _LIST_MARK_ONLY.match(text[a:start].strip()) is not None)


# a year that names something (a report, a year's work, a table) rather than dating a commitment
_NAMING_YEAR = re.compile(r"(?<=[于比较按照同])20\d\d\s*年|20\d\d\s*年度|"
                          r"20\d\d\s*年(?:是|的|《|政府工作报告|[\u4e00-\u9fff]{0,4}工作要点|全[市区县]教育工作|重大|重点工作|民生实事|[春秋]季)")
# the name of a document that holds the year (``某县2031年工作计划``, ``…2031年…工作方案``, ``2030年工作总结``), as a
# notice's title (``关于印发…方案的通知``) or run into the first heading of the text after it (``…工作安排一、总体思路``,
# ``…工作总结(一)…``: a page that lost its line breaks): the year names the document, the sentence is its title
_NAMES_DOCUMENT = re.compile(r"20\d\d\s*年[^，,。；;:：]{0,24}?(?:计划|方案|规划|要点|总结)(?:的通知\s*$|\s*(?:[(（][^()（）]{0,14}[)）])?"
                             r"\s*(?:[一二三四五六七八九十]{1,2}\s*、|[(（][一二三四五六七八九十]{1,2}[)）]))")
# a year that names a long-term vision the plan serves (O6): ``为2035年…奠定坚实基础``, ``2035年远景目标``
_VISION_YEAR = re.compile(r"20\d\d\s*年远景目标")
# the plan counting its own parts (``…主要工作任务分解为6大方面、50项``): what the document holds, not a goal
_COUNTS_PARTS = re.compile(r"(?:分解为|分为|细化为|包括)\s*\d+\s*(?:大)?(?:方面|项|类|个方面|大类)")
# a report of a meeting (``召开…大会``, ``工作汇报``), the plan as it was first set (``原定``, ``预定``: a review of it)
_REPORTS_EVENT = re.compile(r"(?:召开|举办|举行)[^。，,]{0,24}(?:会议|大会|座谈会|推进会|部署会)|工作汇报|原定|预定|原计划")


def worth_a_goal_check(sentence: str) -> bool:
    """Of the sentences the rules would take as goals but for a date cue (their false-goal cues, ``past`` included,
    have ruled already), only one that commits to something goes to the model: a target verb or a modal, no status
    marker, and a year that dates rather than names (``2024年工作要点``, ``2025年是…``, a meeting, the plan as first
    set). Measured on the wild dev texts: asked about every dated sentence, the local model accepted 15 wrong goals
    for 4 right ones."""
    cues = commitment_cues(sentence)
    if not ({"target_verb", "modal"} & set(cues)) or status_cue(sentence, "none"):
        return False
    if names_a_vision(sentence) or _COUNTS_PARTS.search(sentence) or _REPORTS_EVENT.search(sentence) \
            or reports_a_period(sentence) or reports_plan_issued(sentence) or reports_meeting(sentence):
        return False
    return not _NAMING_YEAR.search(sentence) and not _NAMES_DOCUMENT.search(sentence)


# a news report's lead (``本报讯``, ``通讯员``, ``记者…报道``) or a span of work looked back on (``半年来``, ``一年来``,
# ``今年以来``, ``2021年以来``): the sentence tells what was done in the year it names (hybrid.v7)
_REPORT_LEAD = re.compile(r"本报讯|本網訊|本网讯|通讯员|通訊員|记者[^。，,]{0,8}(?:报道|摄|采写)|記者[^。，,]{0,8}(?:報導|報道)"
                          r"|半年来|半年來|年以来|年以來")


def reports_a_period(sentence: str) -> bool:
    """A dated sentence that reports the work of the period it names: a news lead (``本报讯(通讯员…)2017年上半年,…确保…``)
    or a look back over a span (``半年来``, ``一年来``, ``今年以来``). Its target verbs (确保, 推进) describe work done, not
    a commitment; on the retired sealed texts (w17-*) the local model took such sentences for goals."""
    return _REPORT_LEAD.search(sentence) is not None


# (twelfth round) ``特制定某县2031年学校建设工作计划``, ``关于印发某县2031年…工作方案的通知``, ``下达2031年…任务指标``,
# ``获批某某工程2031年省级投资计划项目2个``: a verb that makes, issues, hands down or approves a document, list or
# programme, and the year inside that document's name (O3b: a year that only names the list or a document)
_PLAN_ISSUED = re.compile(r"(?:制订|制定|编制|印发|下达|下发|发布|公布|获批|批复|批准)[^。，,;；:：]{0,16}?20\d\d\s*年(?:度)?"
                          r"[^。，,;；:：]{0,24}?(?:计划|方案|规划|要点|名单|指标|清单)(?![\u4e00-\u9fff]{0,1}(?:新建|建设|投资|实施|完成))")


def reports_plan_issued(sentence: str) -> bool:
    """A sentence that reports a document, list or programme being made, issued, handed down or approved, its year
    inside the document's name (``为…,特制定某县2031年…工作计划``, ``…获批…2031年…投资计划项目2个``): the report of the
    document, no commitment of the year (O3b). On the retired sealed texts (w18-*) the local model took such
    sentences for goals."""
    return _PLAN_ISSUED.search(sentence) is not None


# (twelfth round) ``会上,某局长安排部署了2031年教育工作``, ``各单位依次汇报了2031年…工作安排``, ``某某在大会上通报,2031年,…``: a
# meeting's report, what was said or laid out at it (a deed of the meeting, told after it)
_MEETING_REPORT = re.compile(r"(?:^|[,，])\s*(?:在)?(?:大会|会议)?会上\s*[,，]|(?:大会|会议|会)上(?:通报|汇报|宣布)|"
                             r"(?:安排部署|部署|汇报|通报|传达|总结)了")


def reports_meeting(sentence: str) -> bool:
    """A sentence that reports a meeting, what was laid out or reported at it (``会上,某局长安排部署了2031年教育工作``,
    ``…依次汇报了2031年…工作安排``): a news item's account of the meeting, no commitment the model should be asked
    about (a report's news lead, ``reports_a_period``, is the same kind)."""
    return _MEETING_REPORT.search(sentence) is not None


def names_a_vision(sentence: str) -> bool:
    """A year that names a long-term vision the plan serves (O6): ``为2035年…奠定坚实基础`` with no deadline of the
    plan's own, ``结合…暨2040年远景目标``."""
    return (deadline_year(sentence) is None and re.search(r"奠定[^。]{0,8}基础", sentence) is not None) \
        or _VISION_YEAR.search(sentence) is not None


_ASKABLE = re.compile(r"\d|牵头|责任单位|责任部门|配合单位|到20|目标")


def worth_asking(chunk, doc: PreparedDoc) -> bool:
    """A chunk goes to the model only if it could hold a record: a digit (targets, years), a unit
    list label, or text in a goal section. Others (principles, guiding ideology, safeguards
    without numbers) are skipped for every type; ``bench/chunk_skip.py`` measures the recall cost."""
    if _ASKABLE.search(chunk.text) or doc.structured.in_goal_section(chunk.section_path):
        return True
    return any(t.kind == "tasks" and t.span.start < chunk.span.end and chunk.span.start < t.span.end
               for t in doc.structured.tables)  # task-table rows name units without labels


class LLMExtractor(_LLMBase):
    name = "llm"

    def __init__(self, config: LLMConfig, client: StructuredClient | None = None, max_tokens: int = 600) -> None:
        super().__init__(config, client)
        self.chunk_tokens = max_tokens
        self.version = f"llm.v2({_versions('extract_chunk')}+{CHUNKER_VERSION})"

    def extract(self, doc: PreparedDoc) -> list[AnyRecord]:
        self.preflight()
        doc_id = doc.doc.doc_id
        examples = gold_examples(exclude_doc=doc_id)
        chunks = [c for c in chunk_document(doc, self.chunk_tokens) if worth_asking(c, doc)]
        jobs = [render("extract_chunk", section=" > ".join(c.section_path), text=c.text, examples=examples)
                for c in chunks]
        results = self._map(lambda m: self.client.call("extract_chunk", m, ChunkExtraction), jobs)
        self._note_failures(doc_id, results)
        out: list[AnyRecord] = []
        base = dict(doc=doc_id, backend=self.name, backend_version=self.version)
        for chunk, (obj, _err) in zip(chunks, results):
            if obj is None:
                continue
            section = " > ".join(chunk.section_path) or None
            for t in obj.targets:
                out.append(NumericTarget(**base, quote=t.quote, section=section, indicator=t.indicator, value=t.value,
                                         value_max=t.value_max, unit=t.unit, comparator=t.comparator,
                                         target_year=t.target_year))
            for g in obj.goals:
                out.append(Goal(**base, quote=g.quote, section=section, text=g.quote, target_year=g.target_year))
            for a in obj.assignments:
                # the invariants of every unit list, as the rules' own rows (``rules.unit_lists``)
                lead, resp = tidy_unit_lists(a.lead_units, a.responsible_units)
                out.append(UnitAssignment(**base, quote=a.quote, section=section, task=a.task,
                                          lead_units=lead, responsible_units=resp))
        return out
