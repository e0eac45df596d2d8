"""Corrections that make the target rules hold the written numeric_target rules of eval/README.md (rule ids in each
docstring). Each function is one rule's cue, called at the decision point it corrects; the conformance tests are in
tests/test_rulebook_targets.py. Examples are made up."""
from __future__ import annotations

import bisect
import dataclasses  # (speedA26) at the top: ``conformed`` runs for every target (an import statement per call)
import re

# -- N1d: an approximation word after a value bounded by a comparator word ---------------------------------------------
_BOUND_THEN_VALUE = re.compile(r"(?:控制在|控制到|不超过|不高于|不多于|不低于|不少于|至少|力争达到?)\s*$")


def approximate_keeps_bound(before: str, suffix: str) -> bool:
    """(N1d) ``控制在X左右``: the comparator word written right before the value keeps its comparator (``<=``), the
    ``左右`` after it only says the level is approximate. ``全区失业率控制在3.5%左右`` -> ``<=``, ``不少于20所左右`` -> ``>=``.
    Not: ``X左右`` or ``达到X左右`` without a comparator word (``=``, N1, N4), a comparator word of an earlier clause."""
    return suffix == "左右" and _BOUND_THEN_VALUE.search(before[-8:]) is not None


# -- N1a: a top-N rank ------------------------------------------------------------------------------------------------
_TOP_RANK = re.compile(r"(?:进入|進入|跻身|躋身|保持|位列|位居|稳居|穩居|居|排名|排在|名列)[^\d，,；;。]{0,8}前\s*$")


def top_rank_bound(before: str, unit: str) -> bool:
    """(N1a) A top-N bound of a rank to reach or keep (``进入全市前3名``, ``保持全省前10位``, ``跻身全国前5名``): the rank
    stays within N, ``<=``. Not: a position (``升至第6位``: ``=``), a period (``前3年``, ``前5个月``: no rank unit), a
    rank in Chinese numerals (G3: no number is read)."""
    return unit in ("名", "位") and _TOP_RANK.search(before[-16:]) is not None


# -- N1b: a bound word through a short verb phrase --------------------------------------------------------------------
_BOUND_THROUGH_VERB = re.compile(r"(最少|最多)(?:要|须|需|应|可|将)?(?:配备|配齐|开展|组织|安排|招收|招生|建设|新建|设置|增设|举办|"
                                 r"提供|培训|补助|资助|發放|发放)[^\d，,；;。、的]{0,6}$")


_CAP_TO_CLAIM = re.compile(r"(?:最高|最多|至多)(?:可以|可|能|将|將)?(?:申领|申領|领取|領取|领|領)\s*(?:新台币|新臺幣|新台幣)?\s*$")
_MUST_NOT_BOUND = re.compile(r"(不得低于|不得低於|不得少于|不得少於|不得超过|不得超過|不得高于|不得高於|不得多于|不得多於)"
                             r"[^\d，,；;。、]{0,10}$")


def bound_through_verb(before: str) -> str | None:
    """(N1b) ``最少``/``最多`` before the verb of the amount it bounds (``每所学校最少配备校医2名`` -> ``>=``,
    ``每年最多招收学员40名`` -> ``<=``), as ``至少``/``不超过`` are; ``最高可领`` before the amount a claimant may get
    (``每名婴幼儿最高可领2万4千元`` -> ``<=``, as ``最多可获``); (N1) ``不得低于``/``不得超过`` with the base of a share between
    (``不得低于预算总额4.5%`` -> ``>=``, as ``不低于``). Not: the superlative of a noun (``人数最多的学校``), ``最低``/``最高``
    naming a level (``最低生活保障标准``), a bound word of another clause."""
    if (must := _MUST_NOT_BOUND.search(before[-16:])) is not None:
        return "<=" if must.group(1)[2] in "超高多" else ">="
    if _CAP_TO_CLAIM.search(before[-12:]):
        return "<="
    m = _BOUND_THROUGH_VERB.search(before[-14:])
    if m is None:
        return None
    return ">=" if m.group(1) == "最少" else "<="


# -- N1b: an amount right after a bound word is a commitment's bounded amount ----------------------------------------
_BOUND_WORD_AMOUNT = re.compile(r"(?:上限|封顶|最高|最多|最低|最少|下限)(?:为|為|是|可达|可達|可获得?|可獲得?|可领|可領)?\s*"
                                r"(?:新台币|新台幣|港币|港幣|澳门币|澳門幣|人民币|人民幣)?\s*$")
_NAMED_LEVEL = re.compile(r"(?:最低|最高)[\u4e00-\u9fff]{1,6}(?:标准|標準|指数|指數|工资|工資)")


def bound_word_amount(before: str) -> bool:
    """(N1b) An amount right after a bound word (``每生补贴上限1,000元``, ``每户封顶5万元``, ``每校最高3000万元``):
    the bound is the commitment's comparator, so a bare amount there is a bounded amount (``<=``/``>=``) like one
    after ``不超过``. Not: a bound word inside the name of the level (``最低生活保障标准…``)."""
    tail = before[-12:]
    return _BOUND_WORD_AMOUNT.search(tail) is not None and _NAMED_LEVEL.search(before[-14:]) is None


# -- N8c: a second measure word in brackets after the unit ------------------------------------------------------------
_BRACKETED_MEASURE = re.compile(r"^[(（](?:套|间|間|次|台|件|张|張|个|個|辆|輛|部|座|处|處|册|冊|人次|场|場|节|節|户|戶|段)[)）]")  # (tgtB34) ``40条(段)``


def bracketed_measure(unit: str, after: str) -> str | None:
    """(N8c) A second measure word in brackets right after the unit (``新增健身器材120件(套)``, ``配置车辆6台(辆)``):
    part of the unit as written; returns the bracket. Not: a bracket that is no measure word (``20人(含)以下``, a
    gloss), a bracket after a number without a unit, a unit that is no measure word (``%``, ``元``)."""
    if not after.startswith(("(", "（")):  # (perf19) a pre-test: no bracket, no match of ``_BRACKETED_MEASURE``
        return None
    if not unit or not re.search(r"[\u4e00-\u9fff]$", unit) or unit.endswith(("元", "币", "幣")):
        return None
    m = _BRACKETED_MEASURE.match(after)
    return m.group() if m else None


# -- N1e (eighteenth round, w29 adjudication): a comparator word once after the last amount of a list --------------------
_ITEM_UNIT = r"(?:%|‰|(?:(?!以上|以下|以内|及以)[^\d\s、和及与與,，;；。:：()（）左])){0,4}"
_LIST_THEN_BOUND = re.compile(r"\s*" + _ITEM_UNIT + r"((?:\s*(?:、|和|及|与|與)\s*\d+(?:\.\d+)?\s*" + _ITEM_UNIT + r")+)"
                              r"\s*(及以上|以上|以下|以内|以內)(?!\s*(?:、|和|及|与|與)\s*\d)")


def bound_after_list(sentence: str, at: int, num_end: int) -> str | None:
    """(N1e) The comparator that a bound word written once after the last amount of a ``分别`` list (or of a pair joined
    by ``和``/``、``) gives the amount at ``at`` (``分别达到60%和45%以上``, ``分别增长5%、8%以上``: ``>=`` for 60 and 5 too).
    None where the amount carries no list after it, where the list goes on after the bound word (``分别达到90%、80%以上和
    12年以上``: the items carry their own words, each read by its own, N1), or where a longer list has no ``分别``."""
    m = _LIST_THEN_BOUND.match(sentence, num_end)
    if m is None:
        return None
    clause = re.split(r"[,，;；。]", sentence[:at])[-1]
    if "分别" not in clause and "分別" not in clause and len(re.findall(r"\d+(?:\.\d+)?", m.group(1))) != 1:
        return None
    return ">=" if m.group(2).endswith("以上") else "<="


# -- N8d (eighteenth round, w29 adjudication): a noun straight after the number, no measure word ----------------------------
_VERB_BEFORE_NOUN_COUNT = re.compile(r"(?:增|设|設|购|購|建|添|配|供)$")
_NOUN_AFTER_COUNT = re.compile(r"^[\u4e00-\u9fff]{2}")
_NO_NOUN_START = set("中小年月日号號期届屆次岁歲周週天时時分秒多余餘倍至到和与與及或、的以左上下内內万萬亿億千百十")


def noun_count_without_measure(before: str, after: str) -> bool:
    """(N8d) A number right after a verb of adding, setting up or buying and right before a noun, with no measure word
    between (a headline's or note's clipped style: ``拟增300托育学位``, ``拟设150护理床位``, ``购40物业``): an amount of that
    noun, unit ``""`` (N8). Not a number followed by a time or function word (``增2031年``, ``增3至5``, ``增300余``), nor
    one after another word (``编号300托育``), nor one set off by blanks or naming a numbered school (``新建 3 中``,
    ``新建3中教学楼``); a measure word before the noun (``300个托育学位``) is read as the unit
    by the number pattern and never reaches this cue."""
    return (_VERB_BEFORE_NOUN_COUNT.search(before) is not None and _NOUN_AFTER_COUNT.match(after) is not None
            and after[0] not in _NO_NOUN_START)


def conformed(hit, sentence: str, at: int, num_end: int, base: int):
    """A target hit corrected by the rules above that need its unit: a top-N rank's bound (N1a), a share in tenths
    (N17c: ``9成以上`` -> ``>=``, the quote over ``成``) and a bracketed second measure word (N8c, the quote lengthened
    over the bracket where it ends at the unit)."""
    if hit.comparator == "=" and top_rank_bound(sentence[:at], hit.unit):
        hit = dataclasses.replace(hit, comparator="<=")
    if hit.comparator == "=" and (bound := bound_after_list(sentence, at, num_end)) is not None:
        hit = dataclasses.replace(hit, comparator=bound)  # (confA19) N1e
    if hit.unit == "成" and sentence[num_end:num_end + 1] == "成":  # (N17c) the share's ``成`` read after the number
        rest = sentence[num_end + 1:]
        comp = ">=" if rest.startswith(("以上", "及以上")) else "<=" if rest.startswith(("以下", "以内")) else hit.comparator
        ext = 1 + (2 if rest.startswith(("以上", "以下", "以内")) else 3 if rest.startswith("及以上") else 0)
        hit = dataclasses.replace(hit, comparator=comp, end=hit.end + ext if hit.end == base + num_end else hit.end)
    if (br := bracketed_measure(hit.unit, sentence[num_end:])) is not None:
        end = hit.end + len(br) if hit.end == base + num_end else hit.end
        hit = dataclasses.replace(hit, unit=hit.unit + br, end=end)
    return hit


# -- N2, N2a, N13: a change the clause reports done with ``已将``/``已把`` -------------------------------------------------
_DONE_BA = re.compile(r"已(?:经|經)?(?:将|將|把)[^，,；;。！？!?]*$")


def reported_done_change(clause_head: str) -> bool:
    """(N2, N2a, N13) A clause that reports done the act that set or changed the amount (``去年已将寄宿生补助由每月100元
    提高到150元``, ``已把甲园学位增至300个``): ``已`` makes the ``将``/``把`` of the disposal past, it is no modal; the amount is a
    result. Not: ``将`` without ``已`` (``明年将补助提高到150元``: a plan), ``已`` in another clause, ``已将`` before a later
    commitment's own modal word (``已将甲列入计划,将新建…``: a new clause)."""
    return "已" in clause_head and _DONE_BA.search(clause_head) is not None


# -- N9d: an overdue (or done) works step dates nothing ----------------------------------------------------------------
_WORKS_STEP_AFTER = re.compile(r"^(?:度|底|末|中|初)?\s*(?:\d{1,2}\s*月(?:份)?)?(?:\s*\d{1,2}\s*日)?(?:上旬|中旬|下旬|底|末|前)?\s*(?:正式|全面|顺利|順利)?"
                               r"(?:开工|開工|动工|動工|竣工|完工|建成|落成|投用|投入使用|启用|啟用|开园|開園|开学|開學|交付)")


def year_after_overdue_step(sentence: str, years: list[tuple[int, int, int]], ty: int, doc_year: int) -> int | None:
    """(N9d, N9b) The year of a works project's quantity where the year its reading gives (``ty``) is a works step
    before the text's own year (``预计2030年10月开工`` in a 2031 plan: overdue, or done): that date is no deadline
    and dates nothing; the quantity takes the first works step still ahead in its sentence (``2031年6月竣工``), else
    None. Returns ``ty`` unchanged where its year is no works step (``2030年新建学校5所``: a past year N13 decides)
    or not before the text's year."""
    if ty >= doc_year:
        return ty
    steps = [(s, e, y) for s, e, y in years if _WORKS_STEP_AFTER.match(sentence[e:e + 16])]
    if not any(y == ty for _s, _e, y in steps):
        return ty
    ahead = [y for _s, _e, y in steps if y >= doc_year]
    return ahead[0] if ahead else None


# -- N13c, N9: the text's own year after a past period's target and result ---------------------------------------------
_STATED_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
_RUNNING_YEAR = re.compile(r"(?:今年|本年度|明年|來年|来年)(?!以来|以來|上半年|前)")


def dated_by_running_year(before: str) -> bool:
    """(N13c, N9) A relative year of the text's own time (``今年``, ``明年``) stands between the last year written before a
    number and the number (``2030年全区计划新建幼儿园5所,实际建成6所;今年将新建幼儿园4所`` in a 2031 report): the
    number is the text's own target, dated by the relative year (null, N9), not a result of the past year before it.
    Not: no relative year after the stated year (``2030年新建学校5所``), ``今年以来`` (a period to date, N13)."""
    years = list(_STATED_YEAR.finditer(before))
    return bool(years) and _RUNNING_YEAR.search(before, years[-1].end()) is not None


# -- N12a: the count of a year's list that the text sets out next ------------------------------------------------------
_LIST_NOUN_BEFORE = re.compile(r"(?:实事|實事|民生工程|民心工程|惠民工程|民生项目|民生項目)(?:项目|項目)?\s*$")
_ITEMS_FOLLOW = re.compile(r"^[。！？!?\s]*(?:一是|其一[,，是]|1\s*[.、．]|（一）|\(一\)|第一[,，、是])")


def count_of_list_set_out(before: str, unit: str, rest: str) -> bool:
    """(N12a) The count of a year's list of 实事 or 民生工程 written after its noun (``今年实施民生实事12件。``) where the
    text goes on with the list's items one by one (``一是…二是…``, ``1.…``, ``(一)…``): the count is the list's size, no
    target. ``rest`` is the text after the count's sentence. Not: a count whose items are not set out after it
    (``今年实施民生实事12件。`` alone: a target, N12a), a count of things a verb builds (``新建幼儿园12所。一是…``)."""
    return unit in ("件", "项", "項", "个", "個") and _LIST_NOUN_BEFORE.search(before[-10:]) is not None \
        and _ITEMS_FOLLOW.match(rest) is not None


# -- G4a, G2a: a footer's ``标题:`` line among the page's source and address lines --------------------------------------
_TITLE_LABEL_LINE = re.compile(r"^\s*(?:【】)?\s*(?:标题|標題|信息首发|信息首發)\s*[:：]")
# (lead41) a bare field label on its own line (``今日头条:``, ``相关新闻:``): the footer's next field
_SOURCE_LINE = re.compile(r"^\s*(?:【】)?\s*(?:来源|來源|稿源|信息来源|信息來源|文章来源|文章來源)\s*[:：]")
_LINK_LINE = re.compile(r"^\s*(?:【】)?\s*(?:地址|网址|網址|链接|鏈接|原文链接|本文链接|原文地址)\s*[:：]\s*(?:https?://|www\.)"
                        r"|^\s*(?:上一篇|下一篇|上一條|下一條|上一条|下一条)\s*[:：]"
                        r"|^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*$")


def footer_title_line(paragraph: str, text_before: str, text_after: str) -> bool:
    """(G4a, G2a) A ``标题:`` line among the footer's links: the line before it is the page's source line
    (``来源:某某新闻网``) or the line after it is an address, a ``上一篇`` link (``地址:http://…``) or another bare field label
    (``今日头条:``), or the page ends with it after its body; (lead41) ``信息首发:`` labels it too. A copy of the title
    inside furniture is no mention and gives no records. Not: a page's own title line at its head (``标题: 今年某区新建学校
    5所`` under an author and date line: a headline copy, N17), a line without the label."""
    if _TITLE_LABEL_LINE.match(paragraph) is None:
        return False
    prev = [ln for ln in text_before.split("\n") if ln.strip()][-1:]
    nxt = [ln for ln in text_after.split("\n") if ln.strip()][:1]
    # (lead41) or the page ends with it, after its body (a site's footer closes the page)
    return bool(prev and _SOURCE_LINE.match(prev[0])) or bool(nxt and _LINK_LINE.match(nxt[0])) \
        or (not nxt and bool(prev) and not text_after.strip())


# -- N1d, N8: the level of a sex ratio, a bare number ------------------------------------------------------------------
_SEX_RATIO_BEFORE = re.compile(r"性(?:别|別)比\s*(?:控制在|保持在|稳定在|穩定在|达到|達到|为|為)?\s*$")
_LEVEL_CLOSES = re.compile(r"\s*(?:$|[，,；;。、)）]|以上|以下|以内|以內|左右)")


def sex_ratio_level(before: str, after: str) -> bool:
    """(N1d, N8) A bare number right after ``性别比`` closing its clause (``出生人口性别比107左右``, ``性别比控制在110以内``):
    the level of a ratio written without its base, unit ``""``, read like any amount (as ``发展指数达85``). Not: a
    number that runs on into a measure word (``性别比调查3次``), a number after other words."""
    return _SEX_RATIO_BEFORE.search(before[-10:]) is not None and _LEVEL_CLOSES.match(after) is not None


# -- N17d: money approved for works whose completion is still ahead ----------------------------------------------------
_APPROVED_FOR = re.compile(r"(?:核定|获批|獲批|获准|獲准)[^，,；;。\d]{0,8}(?:补助|補助|经费|經費|资金|資金|拨款|撥款)?"
                           r"(?:新台币|新臺幣)?(?:约|約|计|計)?\s*$")
_COMPLETION_AHEAD = re.compile(r"(?:预计|預計|将|將|计划|計劃|拟|擬|力争|力爭)[^，,；;。\d]{0,6}(?:于|於)?[^，,；;。\d]{0,6}"
                               r"(?:建成|竣工|完工|落成|启用|啟用|投入使用|投用|开园|開園|开学|開學)")


def approved_for_works_due(sentence: str, clause_head: str, unit: str) -> bool:
    """(N17d) Money approved or granted (``获批``, ``核定``) for works whose completion the sentence states as still ahead
    (``该园获批补助资金900万元,预计明年建成``, ``…核定经费500万元,计划2032年竣工``): what the works will cost and be paid
    with, a target, as with ``开工``/``兴建`` (``approved_funds_for_works``). Not: works reported finished (``已竣工``, no
    future word), money that is no amount of money, an approval with no works in its sentence."""
    if not unit.endswith(("元", "万", "萬", "亿", "億")) or _APPROVED_FOR.search(clause_head) is None:
        return False
    return _COMPLETION_AHEAD.search(sentence) is not None and "已" not in sentence


# -- N9c, N9a: a relative year with its number in brackets ------------------------------------------------------------
_BRACKETED_RELATIVE_YEAR = re.compile(r"(?:(?P<rel>明|后|後|来|來)|今)\s*[(（]\s*(?P<y>\d{2,4})\s*[)）]\s*年")


def bracketed_relative_years(text: str) -> list[tuple[int, int, int]]:
    """(N9c, N9a) (start, end, Gregorian year) of each relative year written with its number in brackets (``明（2032）年``,
    ``明(121)年``, ``今(2031)年``): a year, as ``到2032年`` is. ``今(120)年`` (an ROC year after ``今``) is read by
    ``calendar_years`` and left out here. Not: ``明年`` alone (null, N9c), a bracket that holds no year (``明(1)年``)."""
    out = []
    for m in _BRACKETED_RELATIVE_YEAR.finditer(text):
        y = int(m.group("y"))
        if len(m.group("y")) == 4 and 1990 <= y <= 2099:
            out.append((m.start(), m.end(), y))
        elif m.group("rel") and len(m.group("y")) in (2, 3) and 95 <= y <= 130:
            out.append((m.start(), m.end(), y + 1911))
    return out


# -- N17c: a payer's share in tenths (``9成``) --------------------------------------------------------------------------
_PAYER_BEFORE = re.compile(r"(?:负担|負擔|承担|承擔|分担|分擔|支付|补助|補助)\s*(?:约|約|近)?\s*$")
_TENTHS_AFTER = re.compile(r"^\s*成(?!为|為|立|果|效|本|员|員|绩|績|熟|长|長|功)")


def payer_share_in_tenths(before: str, after: str) -> bool:
    """(N17c) A payer's share of a planned cost written in tenths after an Arabic digit (``由中央負擔9成以上``,
    ``市级财政承担6成``): unit ``成`` as written. Not: ``成`` that starts a word (``5成为``, ``3成果``), a share in
    Chinese numerals (``九成``: G3, never read), a number after other words (``占9成``: what part of a whole, N13)."""
    return _PAYER_BEFORE.search(before[-8:]) is not None and _TENTHS_AFTER.match(after) is not None


# -- N1c: a bound word that heads a colon list --------------------------------------------------------------------------
_BOUND_HEADS_LIST = re.compile(r"(?P<w>不少于|不低于|至少|最少|不超过|不高于|最多|至多)\s*[:：][^，,；;。:：!?！？]*、[^，,；;。:：!?！？、]*$")


def bound_heads_colon_list(before: str) -> str | None:
    """(N1c) A bound word before a colon that opens a ``、`` list (``新建学校不少于:小学3所、初中5所``): it bounds every
    amount of the list, a later item's too (``>=`` for 5). Not: a bound word after the first item's name
    (``专职教师至少3人、兼职教师2人``: no colon, N1c), a list the clause does not open with the colon, another clause."""
    m = _BOUND_HEADS_LIST.search(before[-40:])
    if m is None:
        return None
    return ">=" if m.group("w") in ("不少于", "不低于", "至少", "最少") else "<="



# -- N11a: ``N年内`` that restates a period written in years --------------------------------------------------------------
_PERIOD_WRITTEN = re.compile(r"(?:19|20)\d\d\s*(?:年)?\s*(?:-|—|–|~|～|至|到)\s*(?:19|20)\d\d\s*年|"
                             r"(?<!\d)(?:9[5-9]|1[0-3]\d)\s*(?:-|—|至|到)\s*(?:9[5-9]|1[0-3]\d)\s*(?:学年度|年度|年)")


def within_restates_period(sentence: str, unit: str, after: str) -> bool:
    """(N11a) ``N年内`` in a sentence that writes the same commitment's period as a span of years (``2029-2031年,3年内将
    建成社区书屋20个``, ``未來4年內(110-113年)將再增加…``): the time limit only restates the period and gives no record.
    Not: ``N年内`` without a written span (``未来2年内将新增28所``: the deadline itself, ``<=``), a single year
    (``到2031年``, N11a leaves those to the headline reading), other units."""
    return unit == "年" and after[:1] in "内內" and _PERIOD_WRITTEN.search(sentence) is not None


# -- N7: a year cell that holds only a verb and its amount ---------------------------------------------------------------
_BARE_VERB = re.compile(r"^\s*(?:新增|累计|新建|增加|完成)\s*$")


def year_cell_verb(pre: str, year: int | None) -> str:
    """(N7) The indicator of an amount in a task table's year-column cell that holds only a verb before it (``新增1000个``
    under ``2031年``, the row's task ``新增学位3000个``): the verb as written, so that the cell's amount is kept with its
    column's year (N7: every number inside a year-column cell); ``""`` elsewhere. Not: prose (``year`` is None: a number
    with no measured thing is dropped as before), a cell with other words (its indicator is read as usual)."""
    return pre.strip() if year is not None and _BARE_VERB.match(pre) else ""


# -- N13a: a schedule line whose period the report's result block reports ----------------------------------------------
_PERIOD_LABEL = re.compile(r"^\s*(第[一二三四1-4]季度|[一二三四五六七八九十]{1,3}月份?|\d{1,2}月份?|上半年|下半年)\s*[:：]")
_PLAN_BLOCK = re.compile(r"(?m)^\s*(?:进度安排|进度计划|计划进度|时间安排|工作计划)\s*[:：]?\s*$")
_RESULT_BLOCK = re.compile(r"(?m)^\s*(?:落实情况|完成情况|进展情况|推进情况|实际进度|进度情况)\s*[:：]?\s*$")


def reported_schedule_line(paragraph: str, text_before: str, text_after: str) -> bool:
    """(N13a) A line of a schedule block (``进度安排`` / ``第四季度:…建设1家…``) in a progress report whose result block
    after it (``落实情况``) reports the same period (``第四季度:…``): the plan for that period is over at the report's
    date and the report measures its results against it, so the line gives no target and no goal. Not: a period the
    result block does not report yet (a later period: a commitment, read as usual), a period line outside a schedule
    block, a schedule with no result block after it (a plan)."""
    m = _PERIOD_LABEL.match(paragraph)
    if m is None:
        return False
    plans = list(_PLAN_BLOCK.finditer(text_before))
    if not plans or any(r.start() > plans[-1].start() for r in _RESULT_BLOCK.finditer(text_before)):
        return False  # not inside a schedule block
    result = _RESULT_BLOCK.search(text_after)
    if result is None:
        return False
    nxt = _PLAN_BLOCK.search(text_after, result.end())
    block = text_after[result.end():nxt.start() if nxt else len(text_after)]
    return re.search(r"(?m)^\s*" + re.escape(m.group(1)) + r"\s*[:：]", block) is not None


# -- N13a (third adjudication): the whole-year task column of an in-year progress table ---------------------------------
_YEAR_TASK_HEAD = re.compile(r"^(?:全年|年度)?(?:项目内容|項目內容|目标任务|目標任務|建设内容|建設內容|任务内容|任務內容|工作任务|工作任務|"
                             r"年度目标|年度目標|年度任务|年度任務|主要内容|主要內容)$")
_RESULT_HEAD = re.compile(r"实际进度|實際進度|完成情况|完成情況|进展情况|進展情況|推进情况|推進情況|落实情况|落實情況|累计完成|累計完成|完成进度|完成進度")
# a report period that ends before the year does: a month other than December, a quarter but the fourth, a half-year,
# a to-date span (``2031年5月…进展情况``, ``…推进情况(1-9月)``, ``…(截至5月15日)``, ``一季度``, ``上半年``)
_IN_YEAR_PERIOD = re.compile(r"(?<![\d１-９])(?:[1-9]|1[01])\s*月|[一二三1-3]\s*季度|上半年|截至|截止")
_YEAR_END_NOTICE = re.compile(r"12\s*月|十二月|四季度|全年|年度")


def _pipe_cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.strip().strip("|｜").split("|")]
    return cells if len(cells) >= 2 else []


def year_task_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(N13a, third adjudication) The span of the whole-year task cell (``项目内容``, ``目标任务``, ``全年目标任务``) of
    the pipe row at ``text[start:end]``, in a progress table (a result column in its header: ``实际进度``,
    ``落实情况``) of a report whose title names a period inside the year (``2031年5月…进展情况``, ``…(1-9月)``,
    ``…截至5月15日``): while the year runs the task cell gives targets as a plan does (N2). None elsewhere: a header
    without a task or a result column, a report of December, the fourth quarter or the whole year (a results notice
    at the year's end is left open), a line that is no pipe row."""
    row = text[start:end]
    if "|" not in row or "\n" in row.strip():
        return None
    title = text.lstrip()[:80].split("\n", 1)[0]
    if not _IN_YEAR_PERIOD.search(title) or _YEAR_END_NOTICE.search(title):
        return None
    head = None
    for line in reversed(text[max(0, start - 3000):start].split("\n")[:-1]):
        if "|" not in line:
            break
        cells = _pipe_cells(line)
        if any(_YEAR_TASK_HEAD.match(c) for c in cells):
            head = cells
            break
    if head is None or not any(_RESULT_HEAD.search(c) for c in head):
        return None
    k = next(i for i, c in enumerate(head) if _YEAR_TASK_HEAD.match(c))
    cells = row.strip().strip("|｜").split("|")
    if len(cells) != len(head) or re.search(r"\d", cells[k]) is None:
        return None
    a = start + (len(row) - len(row.lstrip())) + (1 if row.lstrip().startswith(("|", "｜")) else 0) + sum(len(c) + 1 for c in cells[:k])
    cell = text[a:a + len(cells[k])]
    lead = len(cell) - len(cell.lstrip())
    return a + lead, a + len(cell.rstrip())


# -- N11a: ``N年内`` with a modal before the change it bounds -------------------------------------------------------------
_MODAL_LIMITED_CHANGE = re.compile(r"^[内內]\s*(?:将|將|预计|預計|计划|計劃|拟|擬|力争|力爭|可望|要)\s*(?:再)?\s*"
                                   r"(?:增加|新增|新建|增设|增設|增至|增加至|提升至|提高至|扩展至|擴展至|扩大至|擴大至|建成|建设|建設|完成|"
                                   r"提供|实现|實現|达到|達到|培训|培訓|招聘|改造)")
_COUNTED_AFTER = re.compile(r"[^，,；;。\d]{0,12}\d")
_YEAR_IN_SENTENCE = re.compile(r"(?:19|20)\d\d\s*(?:年|/|-|—|至)|(?<!\d)(?:9[5-9]|1[0-3]\d)\s*(?:学年度|學年度|年度|年(?!内|內))")
MODAL_LIMIT_CUE = "time_limit_modal"


def modal_within_limit(sentence: str, unit: str, after: str) -> bool:
    """(N11a) ``N年内`` with a modal before the counted change it bounds, in a sentence that writes no year: ``未来2年内
    预计再增设幼儿园28园``, ``3年内将新建学校5所`` -> the deadline itself, N ``年`` ``<=``. Not: a sentence that writes a
    year or a span (``2029-2031年,3年内将建成…``: the limit restates it), a change with no quantity (``5年内将建成一批
    学校``), ``N年`` without ``内``. A headline restating the body's year is dropped by ``headline_restates_year``."""
    if unit != "年" or (m := _MODAL_LIMITED_CHANGE.match(after)) is None or _YEAR_IN_SENTENCE.search(sentence):
        return False
    return _COUNTED_AFTER.match(after, m.end()) is not None


_BODY_YEAR = re.compile(r"(?:到|至|于|於|在)\s*(?:20\d\d|1[0-3]\d)\s*年|(?:20\d\d)\s*年\s*(?:底|前|末)")


def headline_restates_year(text: str, start: int) -> bool:
    """(N11a) Whether the position ``start`` stands in the page's headline (its first line) and the body below writes
    the commitment's year (``…到2031年新增学位6万个``): a headline's ``5年内将新增…`` only restates that period and its
    ``N年内`` gives no record. Not a line of the body, nor a headline over a body that writes no such year."""
    head_start = len(text) - len(text.lstrip())
    head_end = text.find("\n", head_start)
    head_end = len(text) if head_end < 0 else head_end
    return head_start <= start < head_end and _BODY_YEAR.search(text, head_end) is not None


# -- G4: a repeated mention's quote takes in the line right above it ------------------------------------------------------

def line_above_start(text: str, start: int) -> int:
    """(G4) Where the line right above the line holding ``start`` begins, blank lines between skipped: the fewest words
    that make a repeated mention's quote its own (``2031年新建幼儿园8所。\\n记者王五\\n2031年新建幼儿园8所`` -> the
    second quote ``记者王五\\n2031年新建幼儿园8所``, not reaching back over the first mention). 0 on the first line."""
    nl = text.rfind("\n", 0, start)  # the break that opens the line of ``start``
    while nl > 0 and text[nl - 1] == "\n":
        nl -= 1
    return text.rfind("\n", 0, nl) + 1 if nl > 0 else 0


# -- N9e: years joined by 和/与/、 before one verb are one date -----------------------------------------------------------
_JOINED_YEARS = re.compile(r"(?<!\d)(20\d\d)\s*年?\s*(?:和|与|與|、)\s*(20\d\d)\s*年(?:底|内|內)?(?:前)?\s*(?:分别|分別)?\s*"
                           r"(?:建成|完工|竣工|开工|開工|动工|動工|投用|投入使用|完成|落成|交付|启用|啟用)")
_PAIRED_AFTER_FENBIE = re.compile(r"分别[^。;；]*?\d[^。;；,，]*?(?:和|与|與|、)[^。;；,，]*?\d")


def joined_years_first(sentence: str, at: int, ty: int | None) -> int | None:
    """N9e (seventeenth round, third adjudication): the first of two years joined by ``和``/``与``/``、`` before one verb
    and its works verb (``2031年和2032年分别建成``, ``2031和2032年完工``), where the quantity at ``at`` after them took the second (``ty``): the joined
    years are one date, and every quantity of the sentence takes the first (``…将在2031和2032年完工,新增学位3000个`` ->
    2031). None where no such pair stands before the quantity with ``ty`` its second year, or where ``分别`` pairs as
    many quantities with the years (``2031年和2032年分别建成幼儿园2所和3所``: N5 pairs them in order); not years of
    approvals or reports (``2030年、2031年批准的项目``) nor ``各`` (``2031、2032年各新建3所``: each year's own amount)."""
    if ty is None or str(ty) not in sentence:
        return None  # (perf25) the pair's second year is ``ty`` written out (``20\d\d``): none, no pair to find
    for m in _JOINED_YEARS.finditer(sentence):  # (N9e: every quantity of the sentence, before the years or after)
        if int(m.group(2)) == ty and int(m.group(1)) < ty:
            if _PAIRED_AFTER_FENBIE.search(sentence, m.start(2)):
                return None
            return int(m.group(1))
    return None


# the count of projects a sentence says will be finished by a year: ``12个项目将在2031和2032年完工``
_PROJECTS_DUE = re.compile(r"^\s*(?:余|餘|多)?\s*(?:个|個)?\s*(?:[^\d，,；;。]{0,4}?)(?:项目|項目|工程)\s*(?:将|將|拟|擬|计划|計劃|预计|預計)\s*"
                           r"(?:在|于|於)?\s*(?:20\d\d)\s*年?\s*(?:(?:和|与|與|、)\s*20\d\d\s*年?)?\s*(?:底|内|內)?(?:前)?\s*"
                           r"(?:建成|完工|竣工|投用|投入使用|落成|交付|启用|啟用)")


def projects_due_by_year(after: str) -> bool:
    """N9e (its example counts ``N個項目將在…完工`` as N 個): a count of projects that the sentence says will be finished by
    a stated year (``12个项目将在2031和2032年完工``, ``其中8个项目预计2031年底前建成``), a target with that year. ``after``:
    the text right after the number. Not a count of projects done (``12个项目已于2031年完工``: no ``将``), one with no
    year (``12个项目陆续完工``), nor one that only starts (``12个项目将在2031年开工``: no completion)."""
    return _PROJECTS_DUE.match(after) is not None


# -- N9f: a works step earlier in the text's own year, by month ---------------------------------------------------------
_MONTH_STEP = re.compile(r"(?<!\d)(20\d\d)\s*年\s*(?:(\d{1,2})\s*月(?:份)?(?:\s*\d{1,2}\s*日)?)?(?:上旬|中旬|下旬|底|末|前|内|內)?\s*"
                         r"(?:正式|全面|顺利|順利)?(?:开工|開工|动工|動工|竣工|完工|建成|落成|投用|投入使用|启用|啟用|交付)")
_DONE_BEFORE_STEP = re.compile(r"(?:已|已经|已經|于|於)\s*$")
_SENTENCE_EDGE = re.compile(r"[。！？!?\n]")


def month_step_year(sentence: str, at: int, ty: int, doc_year: int, doc_month: int) -> int | None:
    """N9f (seventeenth round, third adjudication): the year of a quantity dated ``ty`` by works steps of the text's own
    year, read at the month the steps are written: a step earlier in the year than the text's date (``预计2026年4月开工``
    in a report dated June 2026), not reported done, dates nothing; the quantity takes the first step still ahead
    (``2026年12月竣工``, a later year, or the year alone), else None. Returns ``ty`` where its year is no such step
    (the text's own year stated otherwise, ``2026年全区…``) or where no step is overdue."""
    if ty != doc_year:
        return ty
    steps = [(int(m.group(1)), int(m.group(2)) if m.group(2) else None, m.start()) for m in _MONTH_STEP.finditer(sentence)]
    years = [m.start() for m in re.finditer(r"(?<!\d)20\d\d\s*年", sentence)]
    if not steps or len(years) != len(steps) or any(_DONE_BEFORE_STEP.search(sentence[:s]) for _y, _m, s in steps):
        return ty  # (a year that is no works step, or a step told done: N9b, N13 decide)
    overdue = [(y, mo) for y, mo, _s in steps if y == doc_year and mo is not None and mo < doc_month]
    if not overdue:
        return ty
    ahead = [y for y, mo, _s in steps if y > doc_year or (y == doc_year and (mo is None or mo >= doc_month))]
    return ahead[0] if ahead else None


def redated_month_steps(text: str, records: list, date: str | None, doc_year: int | None) -> list:
    """The records with each numeric target re-dated by ``month_step_year`` (N9f), in a text whose own date
    (``date``, ``YYYY-MM-DD``) falls in ``doc_year``; other records as they are."""
    from extract.data import NumericTarget, with_fields
    if not date or doc_year is None or len(date) < 7 or not date[5:7].isdigit() or int(date[:4]) != doc_year:
        return records
    month = int(date[5:7])
    out = []
    edge_ends = None
    for r in records:
        if isinstance(r, NumericTarget) and r.target_year == doc_year and r.norm_span is not None:
            if edge_ends is None:  # (perf19) the sentence edges' ends, found once: the last one up to the record's start
                edge_ends = [m.end() for m in _SENTENCE_EDGE.finditer(text)]
            j = bisect.bisect_right(edge_ends, r.norm_span.start) - 1
            a = edge_ends[j] if j >= 0 else 0
            stop = _SENTENCE_EDGE.search(text, r.norm_span.end)
            sentence = text[a:stop.start() if stop else len(text)]
            year = month_step_year(sentence, r.norm_span.start - a, r.target_year, doc_year, month)
            if year != r.target_year:
                r = with_fields(r, {"target_year": year})
        out.append(r)
    return out


# -- N8: a unit of 兆 keeps the measure written after it ------------------------------------------------------------------
# ``100兆瓦``, ``1.4兆斤``, ``30兆元``: the unit as written (N8), not the bare ``兆``
MEGA_MEASURES = "兆瓦时|兆瓦時|兆瓦|兆伏安|兆元|兆斤|兆吨|兆噸|兆美元|"


# -- N12a: the count of pieces a collection page holds --------------------------------------------------------------------
# a genre of writing, then the count of its pieces: ``工作计划3篇``, ``范文(精选14篇)``, ``心得体会(通用5篇)``
_PIECES_OF_PAGE = re.compile(r"(?:计划|計劃|方案|范文|範文|总结|總結|心得|体会|體會|报告|報告|讲话|講話|发言稿|發言稿|致辞|致辭|"
                             r"演讲稿|演講稿|作文|汇报|彙報|材料|范例|範例|模板|通知|制度|稿)\s*(?:范文|範文)?\s*"
                             r"(?:[(（【\[]\s*)?(?:精选|精選|通用|优秀|優秀|热门|熱門|推荐|推薦|最新)?\s*(?:合集|汇编|彙編)?\s*$")


# a verb that makes or hands in the pieces counted: ``撰写教学心得30篇`` commits to them
_MAKES_PIECES = re.compile(r"撰写|撰寫|编写|編寫|提交|发表|發表|征集|徵集|评选|評選|创作|創作|形成|完成|制定|製定|出台|印发|印發|"
                           r"报送|報送|上报|上報|收集|推出|刊发|刊發|刊登|编印|編印|出版")


_PAGE_GATHERS = re.compile(r"(?:小编|小編|本站|为大家|為大家|为您|為您)[^，,；;。]{0,6}(?:收集|整理|精选|精選|推荐|推薦)")
# (tgtA37) that note right before the count, the genre named after it: ``小编为您整理的6篇范文``, ``为大家收集了5篇``
_PAGE_GATHERS_COUNT = re.compile(r"(?:小编|小編|本站|为大家|為大家|为您|為您)[^，,；;。]{0,6}(?:收集|整理|精选|精選|推荐|推薦)"
                                 r"(?:整理)?(?:了|的)?\s*(?:共|共计|共計)?\s*$")


def counts_pieces_of_page(before: str, unit: str) -> bool:
    """N12a (a count of the parts of the text itself): the count of pieces of writing that a template or collection
    page gathers, written right after the genre's name (``某社区工作计划3篇``, ``年度总结范文(精选14篇)``,
    ``心得体会(通用5篇)``): the page counts its own parts, no commitment. ``before``: the sentence up to the number.
    Not a count of pieces a commitment produces (``今年发表论文3篇``: no genre name before the count; ``撰写教学心得30篇``:
    a verb makes them), nor another measure (``制定方案3个``)."""
    if unit != "篇":
        return False
    if _PAGE_GATHERS_COUNT.search(before) is not None:
        return True  # (tgtA37) ``小编为您整理的6篇范文``: the page's note on what it gathered, the genre after the count
    if _PIECES_OF_PAGE.search(before) is None:
        return False
    clause = re.split(r"[，,；;。:：!！?？]", before)[-1]
    # (tgtA25) the collection page's own note on what it gathered (``下面为编者汇编的…计划8篇``, ``为大家整理的…5篇``)
    return _MAKES_PIECES.search(clause) is None or _PAGE_GATHERS.search(clause) is not None


# -- N12a: a heading's own count of its items ------------------------------------------------------------------------------
# a category heading closed by the count of its items in brackets, or that bracket on a line of its own:
# ``二、社会保障(2项)``, ``(三)教育类(4件)``, ``(11件)``
_HEADING_OWN_COUNT = re.compile(r"^\s*(?:(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
                                r"[^\d。；;，,:：!！?？()（）]{1,20}?)?\s*[(（]\s*(?:共计|共計|共|计|計)?\s*\d{1,3}\s*"
                                r"(?:项|項|件|个|個|条|條|类|類)\s*(?:指标|指標|任务|任務)?\s*[)）]\s*[。.]?\s*$")


def heading_counts_own_items(sentence: str) -> bool:
    """N12a (``a heading's (3项)``: the parts the text sets out one by one): a category heading of a list that closes
    with the count of its own items in brackets (``二、社会保障(2项)``, ``(三)教育类(4件)``), or that bracket alone on the
    line under the heading (``(11件)``). ``sentence``: the whole sentence the number stands in. Not a sentence that
    commits to a count (``二、新建学校(2所)``: no item word; ``实施民生实事(共2项),新增床位100张``: the line goes on),
    nor an item with its own figure (``(一)新增养老床位100张``)."""
    return _HEADING_OWN_COUNT.match(sentence) is not None


# -- N2: a five-year plan period that is over ---------------------------------------------------------------------------
_FIVE_YEAR_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
# a sentence that opens with a five-year plan's period: ``“十一五”期间,…``, ``——十二五时期,…``
_PERIOD_OPENING = re.compile(r"[\s—\-－·•]*[“\"「『]?\s*十([一二三四五])五\s*[”\"」』]?\s*(?:期间|期間|时期|時期)")
_PLAN_NAMED = re.compile(r"十([一二三四五])五")


def over_five_year_period(text: str, start: int, doc_year: int | None) -> bool:
    """N2 (``十三五期间...``: a review of the last plan is never a target): the number at ``start`` stands in a sentence
    that opens with the period of a five-year plan (``“十一五”期间,全省新增就业577万人``) that is over for the text: the
    text's year (``doc_year``) is after the period, or, undated, the text names a later plan (``十二五``). Not the
    period of the text's own plan (``“十四五”期间,新建学校10所`` in a text naming no later plan), nor one the text's date
    falls in (a 2031 text naming ``十五五`` while its ``十四五`` ends in 2025 is over, one of 2024 is not), nor a sentence
    that only names the period later on (``到“十一五”期末,…``)."""
    a = start  # the sentence's start, scanned back over the sentence only (a run-on line must not make this quadratic)
    while a > 0 and text[a - 1] not in "。！？!?;；\n":
        a -= 1
    m = _PERIOD_OPENING.match(text, a)
    if m is None or m.end() > start:
        return False
    n = _FIVE_YEAR_NUM[m.group(1)]
    end_year = 2005 + 5 * n  # 十一五: 2006-2010
    if doc_year is not None:
        return doc_year > end_year  # the text dated after the period
    return any(_FIVE_YEAR_NUM[x.group(1)] > n for x in _PLAN_NAMED.finditer(text))


# -- N12b: a count of the areas a measure reaches or supports -----------------------------------------------------------
# a verb of reach or support right before the count, an optional scope word between (``惠及全县17个``, ``重点支持832个``)
_REACH_BEFORE = re.compile(r"(?:惠及|惠及到|支持|支援|辐射|輻射|帮扶|幫扶|覆盖|覆蓋|涵盖|涵蓋)\s*"
                           r"(?:全[国國省市区區县縣]|[我本该該][省市区區县縣])?\s*$")
# the count names administrative areas, not works or bodies placed in them (``县级医院``, ``乡镇卫生院``, ``村级服务站``);
# (tgtB24) also with the degree of their need before the noun (``深度贫困县``)
_AREA_COUNTED = re.compile(r"^\s*(?:深度)?(?:脱贫县|脫貧縣|贫困县|貧困縣|国贫县|國貧縣|区县|區縣|县区|縣區|县市区|縣市區|县|縣|乡镇|鄉鎮|"
                           r"乡[(（]镇[)）]|鄉[(（]鎮[)）]|镇街|鎮街|街道|行政村|村[(（]社区[)）]|村|社区|社區|市州|地市|省份)"
                           r"(?![\u4e00-\u9fff]{0,4}(?:级|級|医院|醫院|卫生|衛生|学校|學校|幼儿园|幼兒園|中心|站|室|馆|館|院|点|點|"
                           r"建设|建設|改造))")


def counts_places_reached(before: str, unit: str, after: str) -> bool:
    """(N12b) A count of the areas a measure reaches or supports (``惠及12个乡镇``, ``重点支持300个脱贫县教育发展``):
    the areas it covers are places, where the measure applies, not what it delivers (N12b: ``覆盖…944个乡镇``). Not
    people reached (``惠及1万名老人``: a target, N12b), works or bodies supported in those areas (``支持5个县级医院``,
    ``支持建设50个社区健身中心``: no verb of reach right before the count), nor a count with no such verb."""
    if unit not in ("个", "個"):
        return False
    return _REACH_BEFORE.search(before) is not None and _AREA_COUNTED.match(after) is not None


# -- N13: a count its own clause reports all done, with no ``已`` ------------------------------------------------------
# after the count and its noun: a word of wholeness or excess, then a verb of completion that closes the clause
_ALL_DONE_AFTER = re.compile(r"^[^，,；;。:：\d]{0,14}?(?:均|都|全部|全数|全數|超计划|超計劃|超额|超額)\s*"
                             r"(?:完成|办理完毕|辦理完畢|办结|辦結|完工|竣工|建成)(?:了)?\s*(?=[，,；;。]|$)")
# what makes the same words a commitment: a modal or plan word, a deadline of the clause
_AHEAD_IN_CLAUSE = re.compile(r"将|將|要|力争|力爭|确保|確保|计划|計劃|预计|預計|拟|擬|争取|爭取|务必|務必|必须|必須|"
                              r"(?:19|20)\d\d\s*年|年底|年内|年內|之前|前$")


def counts_reported_all_done(clause_head: str, after: str) -> bool:
    """(N13) A count whose own clause reports the things it counts all done (``12项年度任务全部完成``, ``30件议案全部办理
    完毕``, ``其中9个项目超计划完成``): a result, status, though no ``已`` is written (N13's ``已`` is one such word). Not the
    same words as a commitment (``确保12项任务全部完成``, ``2031年底前5个项目全部建成``: a modal or a deadline in the
    clause), nor a clause that goes on past the verb (``…全部完成改造任务``: not closed)."""
    return _ALL_DONE_AFTER.match(after) is not None and _AHEAD_IN_CLAUSE.search(clause_head) is None


# -- N13 / N17a: the capacity of what exists, in a clause after a status frame -----------------------------------------
# the clause opens with a capacity verb (``可提供``, ``能容纳``, ``共提供``), a few words of its subject allowed before it
_CAPACITY_OPENS = re.compile(r"^[^，,；;。\d]{0,8}?(?:可|能|共|可以|能够|能夠)\s*(?:提供|容纳|容納|满足|滿足)")
# a status frame earlier in the sentence: what exists now, or a count as of a date (the date read below)
_EXISTS_FRAME = re.compile(r"现有|現有|现已有|現已有|目前|截至目前|截止目前|截至目前為止|截至目前为止|截至现在|截至現在")
_AS_OF_YEAR = re.compile(r"(?:截至|截止|截至於|截至于)\s*(?:民國|民国)?\s*(\d{2,4})\s*年")
_AHEAD_WORDS = re.compile(r"将|將|要|力争|力爭|确保|確保|计划|計劃|预计|預計|拟|擬|争取|爭取|建成后|建成後|投用后|投用後|完工后|完工後|届时|屆時")


def capacity_after_status_frame(before: str, clause_head: str, doc_year: int | None) -> bool:
    """(N13, N17a) The capacity of what exists: a clause opening with a capacity verb (``可提供托位400个``) after a status
    frame earlier in its sentence (``某区现有托育机构12家,可提供托位400个``; ``截至2030年底,全县公办园可提供学位3万个`` in
    a 2031 text): the size of facilities there now, status (N17a: not the sizes of schools already built), as the frame's
    own clause is. Not a capacity of works ahead (``…,建成后可提供学位900个``; a modal or plan word anywhere before it),
    a date not before the text's own year (``截至2035年底,可提供…`` in a 2031 plan: a deadline), nor a capacity with no
    frame (``新建幼儿园2所,可提供学位600个``)."""
    if _CAPACITY_OPENS.match(clause_head) is None or _AHEAD_WORDS.search(before):
        return False
    frame = before[:len(before) - len(clause_head)]
    if _EXISTS_FRAME.search(frame):
        return True
    m = _AS_OF_YEAR.search(frame)
    if m is None or doc_year is None:
        return False
    y = int(m.group(1))
    y = y + 1911 if y < 1000 else y  # (N9a) a ROC year
    return y <= doc_year


# -- N17: a span of years that frames the commitment, not a quantity of it ---------------------------------------------
# ``首5年``, ``将2年新建…``, ``力争3年实现…``: the span right after a word that opens a frame of time
_FRAME_BEFORE = re.compile(r"(?:(?<![第])首|(?<![即])将|(?<![即])將|力争|力爭)\s*$")
# what may follow the span in a frame: a verb or the measured thing, never a limit (``内``), a bound or a span's own words
_NOT_FRAME_AFTER = re.compile(r"^\s*(?:[\d内內以左之的后後来來间間期制度底前起级級]|時間|时间)")


def span_frames_commitment(before: str, unit: str, after: str) -> bool:
    """(N17) A span of years written as the frame of a commitment (``首5年参与人数约为70万人次``, ``某区将2年新建幼儿园
    20所``, ``力争3年实现集中供养1万人``): the time over which the quantities are delivered, no quantity itself; the
    quantities after it are the targets. Not a time limit (``力争3年内…``: N11a), a span with its own words of time
    (``用5年时间``: N17 leaves it to the text), a term (``学制3年``: no frame word) nor ``第5年`` (an ordinal)."""
    return unit == "年" and _FRAME_BEFORE.search(before) is not None and _NOT_FRAME_AFTER.match(after) is None


# -- N8b: a count written in 万 with a tail of plain digits; an amount in 兆 and 亿 -----------------------------------
# ``3万1000位``, ``25万3000名``: a count of people or things in 万 and its last digits, one value in the measure word
# written after them (money before ``元`` is ``target_frames.WAN_COMPOUND``'s)
WAN_COUNT_COMPOUND = r"\d{1,4}\s?万\s?\d{1,4}(?=\s?[余多]?(?:位|名|人次|人|个|個|户|戶|张|張|间|間|套|床|辆|輛|只))"
# ``2兆2521亿元``: trillions and their tail in 亿, as Taiwan writes a total budget; one value in 亿
ZHAO_COMPOUND = r"\d{1,4}\s?兆\s?\d{1,4}(?=\s?亿)"
_ZHAO_PARTS = re.compile(r"^(\d{1,4})\s?兆\s?(\d{1,4})$")


def zhao_compound_value(number: str) -> str:
    """(N8b) ``2兆2521`` (before ``亿元``) -> ``22521``: an amount in 兆 and 亿 as one value in the unit written after its
    last digits (N8b: never converted to another unit); any other figure is returned as it is."""
    m = _ZHAO_PARTS.match(number)
    return number if m is None else str(int(m.group(1)) * 10000 + int(m.group(2)))


# -- N13: a level reached now, after a frame of the present -------------------------------------------------------------
# the sentence or its clause opens with a word of the present (``目前``, ``现时``), the level then reached or passed
_NOW_OPENING = re.compile(r"(?:^|[，,；;。:：\s])(?:目前|现时|現時|现阶段|現階段|当前|當前|现在|現在)")
_PLAIN_REACH = re.compile(r"(?:达到|達到|达|達|超过|超過|超|逾|高达|高達|约为|約為|为|為)\s*(?:约|約|近)?\s*$")
_NOW_AHEAD = re.compile(r"将|將|要|力争|力爭|确保|確保|计划|計劃|预计|預計|拟|擬|争取|爭取|目标|目標|希望|期望|力求|"
                        r"(?:19|20)\d\d\s*年|年底|年内|年內|以前|之前|明年|今后|今後|未来|未來")


def level_reached_now(before: str) -> bool:
    """(N13) A level the text says is reached or passed now (``目前全市3岁以下婴幼儿人数超3200万``, ``现时平均轮候时间达
    5.4年``): the frame of the present makes the reach word a status (N13: ``…率为96.5%``, ``现有``). ``before``: the
    sentence up to the number. Not a level still to reach (``目前正推进…,到2031年达到90%``, ``目前…,力争达到…``: a
    future year, a modal or a goal word before it), nor a sentence with no frame of the present."""
    if "目前" not in before and "现" not in before and "現" not in before and "当前" not in before and "當前" not in before:
        return False  # (perf25) every match of ``_NOW_OPENING`` holds one of them: no frame of the present
    m = None
    for m in _NOW_OPENING.finditer(before):
        pass
    if m is None or _PLAIN_REACH.search(before) is None:
        return False
    return _NOW_AHEAD.search(before, m.start()) is None
