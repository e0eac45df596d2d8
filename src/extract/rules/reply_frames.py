"""The frame of a reply to a deputy's or member's proposal (答复/复函/办理结果 pages: ``关于…的建议的答复``), read as
named part roles that the target, unit and goal readers consult (eval/README.md N13, N17a, U7 nineteenth round, U7f,
O3). Made-up examples only.

A reply cites the proposal (its requests are no commitments), states the present situation (counts of what exists),
then says what the office will do (``下一步``/``计划``/``将``: commitments); its handling labels (``承办单位:``,
``主办单位:``/``会办单位:``) stand for the whole reply.

- ``is_reply_page``: the page is such a reply: the opening formula (``…建议收悉``, ``现答复如下``), a head line naming
  the proposal and the reply (``关于…的建议的答复``, ``…提案会办函``), or a reply label line (``区住建局回复:``).
- ``in_printed_proposal``, ``cites_or_states_present``: the proposal's own text printed above the reply, the count of
  what it asked for, the present state: no commitments (N13).
- ``in_ahead_part``, ``pledges_or_plans_works``: a run-in ``下一步,`` part to the paragraph's end, a dated pledge, the
  size of a works to be built: commitments; ``reply_not_committed`` decides a figure of a reply with them.
- ``handling_label_rows``: the handling labels (``承办单位:``, ``主办单位:``/``会办单位:``) of the reply, at its head or
  end: one row for the whole reply, its task the proposal's title (U7 nineteenth round, U7f).
- ``dates_past_decision``, ``masks_decision_years``: the year of a decision taken (``2029年经县政府决定,将…``), the
  history of the present situation: no goal date (O3), no target year (N9b).
- ``joins_year_campaign``: a deed of the work ahead joined to a year's campaign (``二是结合2031年度…工作,组织…``): a
  goal's date (O3).

Hooks: ``rules.__init__`` (``is_reply_page``, ``reply_not_committed``, ``handling_label_rows``), ``rulebook_units``
(``handling_label_at``), ``targets`` (``masks_decision_years``), ``goals`` (``dates_past_decision``), ``goal_date_cues``
(``joins_year_campaign``).
"""

from __future__ import annotations

import functools
import re

from extract.rules.past_results import answers_proposal

# a proposal, a motion or a citizen's message the page answers
_PROPOSAL = r"(?:建议|建議|提案|议案|議案|留言|诉求|訴求)"
# the reply to it: ``答复``, ``复函``, ``会办函``, ``办理答复``, ``回复``
_REPLY = r"(?:答复|答覆|答復|复函|復函|函复|函覆|回复|回覆|會辦|会办|办理结果|辦理結果)"
# (speedA28) each word of the opening group a branch of its own (``建议[^…]{0,40}?(?:答复|…)|建議…|…``), in their order: the
# same matches as ``{_PROPOSAL}…{_REPLY}|{_REPLY}…{_PROPOSAL}``, but every branch opens with a character and sre skips to them
_HEAD_REPLY = re.compile("|".join(f"{w}[^。!！?？\\n]{{0,40}}?{_REPLY}" for w in _PROPOSAL[3:-1].split("|")) + "|"
                         + "|".join(f"{w}[^。!！?？\\n]{{0,40}}?{_PROPOSAL}" for w in _REPLY[3:-1].split("|")))
# ``区住建局回复:``, ``官方回复:``, ``回复内容:``, ``解答内容:``: a reply label opening a line
# (a bare ``答覆:`` is no such label: a council's question-and-answer page heads its answer so)
_REPLY_LABEL = re.compile(r"(?m)^[ \t]*(?:[^\s:：。,，]{2,14}?(?:回复|回覆|答复|答覆|答復|解答)(?:内容|內容|意见|意見)?"
                          r"|(?:回复|回覆|答复|答覆|答復|解答)(?:内容|內容|意见|意見))[ \t]*[:：]")
# the hand-over told in the reply's opening: ``您提出的《…提案》(第9号),交由某局办理``, ``…建议已转交我局研究办理``
_HANDED_OVER = re.compile(f"{_PROPOSAL}[^。\\n]{{0,40}}?(?:交由|转交|轉交|交给|交給)[^。\\n]{{0,20}}?(?:办理|辦理)")
_HEAD_CHARS = 800
_TITLE_CHARS = 90  # a head line as long as a title, with no sentence end


@functools.lru_cache(maxsize=8)  # (speedA30) a pure test of the page: a page is asked again by the target and goal readers
def is_reply_page(text: str) -> bool:
    """Whether the page is a reply to a proposal or a citizen's message: the reply's opening formula
    (``answers_proposal``: ``您提出的…建议收悉,现答复如下``) or its hand-over (``…的提案,交由某局办理``), a line of
    its head naming both the proposal and the reply (``关于增设公交站点的建议的答复``, ``对第12号提案的答复``,
    ``关于市政协第8号提案会办函``; a title-long line with no sentence end and no cell bar: a table's header names 建议
    and 会办单位), or a reply label opening a line of its head (``县交通局回复:…``, ``回复内容:``; a bare ``答覆:``
    heads a council's answer, no such label). Not a plan that cites a proposal in passing (``根据代表建议,今年新建…``:
    no reply word), nor a report on the year's handling told in sentences (``全年共办理建议95件,均已按期答复。``)."""
    head = text[:_HEAD_CHARS]
    if answers_proposal(head) or _REPLY_LABEL.search(head) is not None or _HANDED_OVER.search(head) is not None:
        return True
    return any(len(ln) <= _TITLE_CHARS and "。" not in ln and "|" not in ln and _HEAD_REPLY.search(ln)
               for ln in head.split("\n"))


# a sentence of the reply's own running text that opens the work ahead: ``下一步,…``, ``二是今后…``, ``接下来,…``
_AHEAD_OPENER = re.compile(r"(?:^|[。;；!！?？\n])[ \t]*(?:[一二三四五六七八九十]+是|\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?[ \t]*"
                           r"(?:下一步|下步|下阶段|下階段|接下来|接下來|今后|今後)")
# a later sentence that turns back to what is or was: ``目前…``, ``截至…``, ``现已…``, ``已…``
_BACK_OPENER = re.compile(r"(?:^|[。;；!！?？\n])[ \t]*(?:目前|当前|當前|现在|現在|截至|截止|现已|現已|已经|已經|已|近年来|近年來|去年|上年"
                          r"|(?:全[市县区镇縣區鎮]|我[市县区镇縣區鎮])?(?:现有|現有))")


def in_ahead_part(paragraph_before: str) -> bool:
    """Whether a figure stands in the part of a reply's paragraph that a run-in opener of the work ahead began
    (``…已建成书屋10家。下一步,计划新建书屋30家,在5个镇各建2家。建设村级书屋60个,实现全覆盖。``: the figures after
    ``下一步`` are all commitments, the sentences after it too), until a later sentence turns back to what is or was
    (``目前…``, ``已…``, ``全县现有…``, ``近年来…``). ``paragraph_before``: the paragraph's text up to the figure.
    Not a figure before the opener, nor one after ``目前已建成…`` that follows it."""
    last = None
    for last in _AHEAD_OPENER.finditer(paragraph_before):
        pass
    if last is None:
        return False
    return _BACK_OPENER.search(paragraph_before, last.end()) is None


# the count of what the proposal asked for, right before the figure: ``代表所提出的4个…``, ``您建议的3处…``
_CITED_ITEMS = re.compile(r"(?:代表|委员|委員|议员|議員|您|你们|你們|你|提案人|建议人|建議人)(?:们|們)?(?:所)?(?:提出|提|建议|建議|反映|反應)的\s*$")
# the present state right before the figure, in its own clause: ``现某小学有学生近…``, ``现状的…``, ``目前正在规划建设…``
# (a list goes on after the first figure: ``目前正在规划建设2所学校、1所幼儿园``); a standard the present is measured
# against: ``与国家要求4.5个/千人相差甚远``
_PRESENT_CLAUSE = re.compile(r"(?:^|[，,；;:：])[ \t]*(?:(?:现|現)(?![将將在已就代场場金实實象])[^，,；;:：\d]{1,16}(?:有|共有)"
                             r"|[^，,；;:：\d]{0,4}?(?:现状|現狀)|(?:目前|当前|當前)(?:正在|正)|(?:与|與)[^，,；;:：\d]{0,12}(?:要求|标准|標準))"
                             r"[^，,；;:：]{0,24}$")


def cites_or_states_present(sentence_before: str) -> str | None:
    """The part of a reply a figure's clause belongs to when it is no commitment: ``"cited"`` for the count of what the
    proposal asked for (``因此,不能将代表所提出的4个场地全部配齐器材``), ``"present"`` for the present state (``现某
    小学有学生近800人``, ``由现状的40班扩至…``, ``目前正在规划建设2所学校、1所幼儿园``, ``与国家要求4.5个/千人相差甚远``); None otherwise (``计划新建2所学校``).
    ``sentence_before``: the figure's sentence up to the figure."""
    if _CITED_ITEMS.search(sentence_before):
        return "cited"
    if _PRESENT_CLAUSE.search(sentence_before):
        return "present"
    return None


# a field of the proposal's record (``提案人:``, ``建议人:``, ``内容:``) and the reply's opening after the proposal's text
_PROPOSER_FIELD = re.compile(r"(?m)^[ \t]*(?:提案人|建议人|建議人|领衔人|領銜人|提议人|提議人)[ \t]*[:：]")
_REPLY_OPENING = re.compile(r"收悉|(?:答复|答覆|答復|回复|回覆|函复)如下|办理情况|辦理情況|答复内容|答覆內容|回复内容|回覆內容")


def in_printed_proposal(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the proposal's own text printed above the reply: after a proposer's field
    (``提案人:某某``) and before the reply's opening (``…收悉,现答复如下``, ``办理情况``): the proposer's figures
    (``该片区常住人口约8000人``, ``建议增设3处球场``) are the request, no commitment. Not the reply's text after its opening."""
    field = None
    for field in _PROPOSER_FIELD.finditer(text, 0, pos):
        pass
    return field is not None and _REPLY_OPENING.search(text, field.end(), pos) is None \
        and _REPLY_OPENING.search(text, pos) is not None


# a pledge in the figure's clause: ``确保``, ``保证``
_PLEDGE = re.compile(r"确保|確保|保证|保證")
# the time the pledge is for: ``2031年秋季``, ``今年底``, ``明年``, ``9月前``
_WHEN = re.compile(r"20\d\d\s*年|今年|明年|年底|年内|年內|[春夏秋冬]季|\d{1,2}\s*月(?:底|前)")
# a works the sentence says is to be built, and its size after it: ``在某路东建设一所九年一贯制学校,校园占地面积…``
_WORKS_TO_BUILD = re.compile(r"(?:建设|建設|新建|兴建|興建|迁建|遷建)一(?:所|座|个|個|处|處|栋|棟)[^。;；]{1,30}?[,，][^。;；,，]{0,8}"
                             r"(?:占地面积|占地面積|建筑面积|建筑面積|總建筑面積|总建筑面积|建築面積|總建築面積)[^。;；,，]{0,4}$")
_DONE = re.compile(r"已|建成|完成|竣工|投入使用")
# the land of a site chosen for the works (N17a): ``…选址方案(占地面积…``, ``某地块(占地面积…``, judged fit after it
_SITE_SIZE = re.compile(r"(?:选址|選址|站址|地块|地塊|宗地)(?:方案)?[”\"」』]?\s*[(（][^()（）。;；]{0,20}?$")
_SITE_FIT = re.compile(r"[)）][^。;；]{0,10}?(?:具有可行性|具備可行性|可行|可作为|可作為|选定|選定|确定为|確定為)")
# ``规划建设``, ``规划新建``: works planned earlier in the sentence, its list going on over ``;`` (``2031年规划建设某中学;
# 开工建设某幼儿园等3所幼儿园``)
_PLANS_WORKS = re.compile(r"(?:规划|規劃)(?=\s*(?:建设|建設|新建|兴建|興建|改扩建|改擴建|迁建|遷建))")
_CLAUSE_END = re.compile(r"[，,；;。]")


def pledges_or_plans_works(sentence: str, pos: int) -> bool:
    """Whether a figure of a reply is committed by its own sentence though no plan word stands in it: a pledge for a
    stated time in its clause (``某片区2031年秋季确保投用1所``; ``确保12所学校均有…`` with no time is told as the work's
    aim), works planned earlier in the sentence with nothing done between (``2031年规划建设某中学;开工建设某园等3所
    幼儿园``), the land of the site chosen for the works, in brackets after it (``经论证,旧粮站地块(占地面积3200平方米,
    约4.8亩)可作为新文化站站址``: N17a, the project's planned land), or the size of a works the sentence says is to be
    built, with nothing
    done in it (``在某路以东建设一所小学,校园占地面积21000平方米,总建筑面积约9000平方米``: the planned facility's
    specification). Not a sentence that reports something done (``已建成一所小学,占地面积…``, ``某局已启动…,确保12所
    学校均有…``: the pledge is told as part of the work done)."""
    end = _CLAUSE_END.search(sentence, pos)
    clause_end = end.start() if end else len(sentence)
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, pos)), default=0)
    clause = sentence[clause_start:clause_end]
    if _PLEDGE.search(clause) and _WHEN.search(clause) and _DONE.search(clause) is None:
        return True
    if _SITE_SIZE.search(sentence[:pos]) and _SITE_FIT.search(sentence, pos):
        return True
    plan = None
    for plan in _PLANS_WORKS.finditer(sentence, 0, pos):
        pass
    if plan is not None and _DONE.search(sentence, plan.end(), clause_end) is None:
        return True
    return _WORKS_TO_BUILD.search(sentence[:pos]) is not None and _DONE.search(sentence[:clause_end]) is None


def _clause_looks_ahead(sentence: str, pos: int) -> bool:
    """Whether the clause of the figure at ``pos`` has a word of what is still to come (``将于2031年投用``, ``计划``,
    ``可容纳``: ``past_results._AHEAD``): works under way that the clause dates ahead are no mere present state."""
    from extract.rules.past_results import _AHEAD
    a = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, pos)), default=0)
    m = _CLAUSE_END.search(sentence, pos)
    return _AHEAD.search(sentence, a, m.start() if m else len(sentence)) is not None


def reply_not_committed(path: list[str], text: str, par_start: int, start: int, end: int,
                        cues: tuple[str, ...]) -> bool:
    """Whether a figure of a reply page (``is_reply_page``) at ``text[start:end]``, in the paragraph opening at
    ``par_start`` under the headings ``path``, is no commitment: it stands in the printed proposal
    (``in_printed_proposal``), cites the proposal's items or states the present (``cites_or_states_present``) with
    nothing still to come in its clause (``目前正在建设的3所学校将于2031年投用`` stays), or
    reports work done with no plan word in its sentence (``past_results.reply_reports_done``) outside the part on the
    work ahead (a heading ``下一步工作``, ``past_results.heading_looks_ahead``, or a run-in ``下一步,`` before it in the
    paragraph, ``in_ahead_part``) and with no pledge or works to build in its clause (``pledges_or_plans_works``)."""
    from extract.rules.past_results import heading_looks_ahead, reply_reports_done, sentence_at
    sentence, pos = sentence_at(text, start, end)
    part = cites_or_states_present(sentence[:pos])
    if in_printed_proposal(text, start) or part == "cited" \
            or (part == "present" and not _clause_looks_ahead(sentence, pos)):
        return True
    if heading_looks_ahead(path) or in_ahead_part(text[par_start:start]) or pledges_or_plans_works(sentence, pos):
        return False
    return reply_reports_done(sentence, pos, cues)


# a handling label of the reply and the units after it: ``承办单位:某县住建局``, ``主办单位:甲局 会办单位:乙局``,
# ``主要承办单位:…``; a role word of the label: 主办 (主要承办) lead, 承办/会办/协办 responsible; a unit is no field's
# name (``单位负责人:``, ``协办单位:`` after it on the line)
_ROLE = r"(?:主办|主辦|承办|承辦|会办|會辦|协办|協辦)"
_NAME_CHAR = f"(?:(?!{_ROLE}(?:单位|單位))[^\\s:：,，。;；|])"  # (a name runs up to the next label, spaces dropped or not)
_HANDLING_LABEL = re.compile(f"(?P<main>主要)?(?P<role>{_ROLE})(?:单位|單位)[ \\t]*[:：][ \\t]*"
                             f"(?P<units>(?![^\\s:：]{{1,8}}[:：]){_NAME_CHAR}{{2,30}}"
                             f"(?:(?:[ \\t]+|[、,，])(?![^\\s:：]{{1,8}}[:：]){_NAME_CHAR}{{2,30}})*)")
_LEADING = ("主办", "主辦")
# a publication field of the site beside which a lone label is page metadata (U7f: ``發布日期``, ``訪問次數``)
_PUBLICATION = re.compile(r"发布日期|發布日期|访问次数|訪問次數|浏览次数|瀏覽次數|发布机构|發布機構|索引号|索引號|点击|點擊")
# a proposal's or motion's title in the reply: ``《关于…的建议》``, or the head line naming it
_QUOTED_TITLE = re.compile(r"《(?P<t>[^《》\n]{4,80}?(?:建议|建議|提案|议案|議案))》"
                           r"|(?:提案|建议|建議|议案|議案)(?:名称|名稱|标题|標題|题目|題目)[ \t]*[:：][ \t]*(?P<f>[^\n]{4,80}?)[ \t]*$", re.M)
# the proposal's title inside a head line: ``对第81号提案的答复(关于修缮水塘的建议)`` -> ``关于修缮水塘的建议``
_TITLE_IN_LINE = re.compile(r"(?:关于|關於|关於|關于)[^()（）《》\n]{2,60}?(?:建议|建議|提案|议案|議案)")


def proposal_title(text: str) -> str | None:
    """The title of the proposal the reply answers: the first ``《…建议》``/``《…提案》`` it quotes (``您提出的《关于增设
    路灯的建议》收悉``) or its name field (``提案名称:关于增设路灯的建议``), else the ``关于…建议`` inside the head line
    naming the proposal and the reply (``对第9号提案的答复(关于增设路灯的建议)``), else that line; None when none
    stands in the page's head."""
    head = text[:_HEAD_CHARS * 2]
    m = _QUOTED_TITLE.search(head)
    if m is not None:
        return m.group("t") or m.group("f")
    for ln in head.split("\n"):
        t = ln.strip()
        if len(t) <= _TITLE_CHARS and "。" not in t and "|" not in t and _HEAD_REPLY.search(t):
            return (inner.group(0) if (inner := _TITLE_IN_LINE.search(t)) else t)
    return None


@functools.lru_cache(maxsize=4)
def handling_label_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of the reply's handling labels (``承办单位:某县住建局``, ``主办单位:甲局``
    then ``会办单位:乙局`` on the next line or lines), at its head or its end: one row for the whole reply, its task the
    proposal's title (``proposal_title``; U7 nineteenth round, U7f), 主办 (主要承办) lead, 承办/会办/协办 responsible.
    A later field on the line (``单位负责人:``) ends the units. Not a page that is no reply (``is_reply_page``), nor a
    lone label among the site's publication fields (``發布日期:…``: metadata), nor the site's footer (copyright,
    address, a unit that runs the website)."""
    if not ("单位" in text or "單位" in text) or not is_reply_page(text):
        return []
    from extract.rules.scan import lines_with_starts
    from extract.rules.unit_host_labels import _SITE_LINE, _SITE_UNIT
    from extract.rules.unit_labels import before_other_field
    lines, starts = lines_with_starts(text)
    rows = []
    i = 0
    while i < len(lines):
        if _HANDLING_LABEL.search(lines[i]) is None:
            i += 1
            continue
        lead: list[str] = []
        resp: list[str] = []
        j, last, end = i, i, starts[i]
        first = starts[i] + _HANDLING_LABEL.search(lines[i]).start()
        while j < len(lines) and (j == i or not lines[j].strip() or _HANDLING_LABEL.search(lines[j])):
            for m in _HANDLING_LABEL.finditer(lines[j]):
                # (a later field on the line, ``单位负责人:``, ends them: read with the colon after them)
                units = before_other_field(lines[j][m.start("units"):m.end("units") + 1]).rstrip(":：")
                names = [u for u in re.split(r"[ \t、,，]+", units) if u]
                (lead if m.group("role") in _LEADING or m.group("main") else resp).extend(names)
                end = starts[j] + m.start("units") + len(units)
                last = j
            j += 1
        around = [ln for ln in lines[max(0, i - 3):i] + lines[last + 1:last + 4] if ln.strip()]
        if (lead or resp) and not any(_PUBLICATION.search(ln) for ln in lines[max(0, i - 2):i] + lines[i:last + 1]) \
                and not any(_SITE_LINE.search(ln) for ln in lines[i:last + 1] + around) \
                and not any(_SITE_UNIT.search(u) for u in lead + resp) and (title := proposal_title(text)) is not None:
            rows.append((first, end, title, lead, resp))
        i = last + 1
    return rows


def handling_label_at(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, task) of the reply's handling labels (``handling_label_rows``) that a unit row read another way
    ends with (``text[start:end]``: the paragraph before and the label ``承办单位:甲局`` read as its task, up to the end
    of the label's line): the row is
    the whole reply's, its task the proposal's title and its quote the labels alone (U7f); None for any other row."""
    for a, b, task, _, _ in handling_label_rows(text):
        if start <= a < end and b <= end and "\n" not in text[b:end] and (start, end) != (a, b):
            return a, b, task
    return None


# the year a decision was taken, right before ``经X决定``/``经X批准`` (``2029年经县政府决定,将县医院迁址新建``): history the
# reply tells of its present situation (not ``经批准后``, a step still ahead)
_DECISION_YEAR = re.compile(r"(20\d\d)(?=\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[,，]?\s*(?:经|經)[^。,，;；]{1,14}?"
                            r"(?:研究)?(?:决定|決定|批准|同意)(?![后後]))")


def dates_past_decision(sentence: str, at: int = -1) -> bool:
    """Whether the year of ``sentence`` at ``at`` (any, with -1) dates a decision taken (``2029年经县政府决定,将某医院
    整体迁址新建,建筑面积14000平方米``, ``2028年12月经市政府批准转为建设用地``): it tells when the decision was made, the
    history of the present situation, no deadline (O3) and no date of the works' quantities (N9b: a step done dates
    nothing). Not ``经批准后,2031年开工`` (the year after it), nor ``2031年经批准后实施`` (a step ahead)."""
    return any(at < 0 or m.start() <= at < m.end() for m in _DECISION_YEAR.finditer(sentence))


def masks_decision_years(sentence: str) -> str:
    """``sentence`` with each year that dates a decision taken (``dates_past_decision``) masked digit for digit
    (``2029年经县政府决定`` -> ``某某某某年经县政府决定``): offsets stay, the year dates no target (N9b)."""
    if "经" not in sentence and "經" not in sentence:
        return sentence
    return _DECISION_YEAR.sub("某某某某", sentence)


# a deed the office joins to a year's campaign or project: ``二是结合2031年度品牌创建工作,组织专家对…进行指导``,
# ``将结合2031年为民办实事项目,对…进行更换`` (the year the deed is done in)
_JOINS_YEAR = re.compile(r"(?:^|[;；,，:：]|[一二三四五六七八九十]是|将|將|决定|決定)\s*(?:结合|結合)\s*(20\d\d)\s*年(?:度)?"
                         r"[^,，。;；]{1,30}?(?:工作|项目|項目|工程|活动|活動|行动|行動)\s*[,，]\s*"
                         r"(?:组织|組織|开展|開展|对|對|实施|實施|推进|推進|进行|進行)")


def joins_year_campaign(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a deed the reply's office joins to a year's campaign or project, the deed written
    after it (``二是结合2031年度文化品牌创建工作,组织专家对某景区进行专业指导``): the year the deed is done in, a goal's
    date (O3) as ``决定结合2031年…`` is. Not a year named with no deed after it (``结合2031年度预算情况``), nor a
    clause in the middle of another (``工作要结合2031年…``: the frame opens an item or a clause). (None, -1) when none."""
    if "结合" not in sentence and "結合" not in sentence:
        return None, -1
    m = _JOINS_YEAR.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)
