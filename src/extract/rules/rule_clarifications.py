"""Readings that the written rules of eval/README.md spell out in their clarifications (U7d, U4b, U7, U8c, N13a,
O3f): small cues, each named after its rule, hooked in with one line where the decision is taken. Made-up examples
only.

- ``indefinite_contractor`` (U7d): ``建成后委由专业团队负责运营``: a party still to be chosen, named only by the kind of
  contractor, names no unit.
- ``done_works_funding`` (N13a): in a year-end report a paragraph per project, ``该工程总投资约60万元。该工程已于10月底竣工。``
  is status.
- ``list_set_out_in_report`` (O3f): in a report on the year's list, ``2031年度本镇确定的民生实事项目有2个,…`` is no goal.
- ``past_its_sentence``, ``backward_unique_start``, ``word_start`` (G4): a later mention whose whole sentence occurs
  earlier is lengthened backwards first, over the fewest characters that are not whitespace, to the start of their word.
- ``titled_item_before`` (U7, U2): ``(二)送书下乡。由市图书馆每年配送图书2万册``: the item's title is the task.
- ``single_numbered_item`` (U8c): ``进展情况:`` / ``某区城管局:1.清理占道摊点12处。``: one row.
- ``mend_label_debris``, ``debris_label_rows`` (U4b): ``(牵头单位\n2、:某局)`` is the label ``牵头单位`` with ``某局``.
"""

from __future__ import annotations

import re

from extract.rules.scan import OpeningScan

# -- U7d: a contractor named only by its kind ---------------------------------------------------------------------

_CONTRACTOR_KIND = re.compile(
    r"^(?:(?:有资质|有資質|具备资质|具備資質|专业|專業|合格|优质|優質)的?)?"
    r"(?:第三方)?(?:专业|專業|社会|社會|中介)?(?:团队|團隊|机构|機構|公司|企业|企業|力量|单位|單位|组织|組織)$"
    r"|^第三方$")
_HIRE_VERB = re.compile(r"委由|委託|委托|聘请|聘請|引入|引进|引進|招募|购买服务|購買服務")


def indefinite_contractor(units: list[str], text: str, start: int, end: int) -> bool:
    """U7d (eighteenth round, second adjudication): every unit of the row at ``text[start:end]`` is a contractor named
    only by its kind (``专业团队``, ``第三方机构``, ``有资质的企业``, ``社会力量``, ``中介机构``) and the clause hires it (``委由``, ``委托``,
    ``聘请``, ``引入``, in the row's words or right before them): a party still to be chosen names no unit.
    ``建成后委由专业团队负责运营`` -> True. Not ``由甲园物业有限公司负责运营`` (a named company), not ``由专业团队负责运营``
    with no hiring verb."""
    names = [_HIRE_VERB.sub("", u.strip(), count=1) if _HIRE_VERB.match(u.strip()) else u.strip() for u in units]
    names = [u for u in names if u]
    return bool(names) and all(_CONTRACTOR_KIND.match(u) for u in names) \
        and bool(_HIRE_VERB.search(text, max(0, start - 4), end))


# -- N13a / O3f: a report on the year's list of works ------------------------------------------------------------

# the title (first lines) of a report on how a year's works went: ``…实施情况的报告``, ``…完成情况报告``, ``…进展情况``
_REPORT_TITLE = re.compile(r"(?:实施|實施|完成|进展|進展|推进|推進|落实|落實|执行|執行|办理|辦理)(?:情况|情況)(?:的)?(?:报告|報告|通报|通報|公示)?"
                           r"|(?:工作)?总结|(?:工作)?總結")
_REPORT_TITLE_SCAN = OpeningScan(_REPORT_TITLE)  # (perf25) tried only where a match can open
# what reports a works project done: ``已于9月底完工``, ``现已建成``, ``已投入使用``, ``现已完工``
_WORKS_DONE = re.compile(r"(?:已|业已|業已)(?:于|於)?[^。；;，,]{0,12}?(?:完工|竣工|建成|投入使用|投用|完成建设|完成建設)|建成使用")
# what reports part of the works still under way or due ahead: ``预计12月底前全部投入使用``, ``正在规划设计``, ``完成85%``
_WORKS_AHEAD = re.compile(r"(?:预计|預計|计划|計劃|将|將)[^。；;]{0,16}?(?:完工|竣工|建成|投入使用|投用)|"
                          r"正在(?:施工|建设|建設|规划|規劃|设计|設計|招标|招標)|完成\s*\d+(?:\.\d+)?\s*%")
_FUNDING = re.compile(r"(?:总投资|總投資|投资|投資|投入资金|投入資金|资金|資金|预算|預算)")


# (speedA24) the last text asked about and its answer: ``clarified_filter`` asks once per record of the same document
# (7,420 searches over the 1,288 dev texts' heads, ~20 CPU ms/MB); one tuple, swapped whole
_LAST_TITLE: tuple[str | None, bool] = (None, False)


def _report_title(text: str) -> bool:
    global _LAST_TITLE
    last = _LAST_TITLE
    if last[0] is text:
        return last[1]
    head = "\n".join(ln for ln in text[:400].split("\n")[:4])
    found = _REPORT_TITLE_SCAN.search(head) is not None  # (perf25) ~4x the plain search
    _LAST_TITLE = (text, found)
    return found


def _paragraph_at(text: str, start: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, (len(text) if b < 0 else b)


def done_works_funding(text: str, start: int, end: int) -> bool:
    """N13a (eighteenth round, second adjudication): in a report on the year's works written a paragraph per project
    (its title a report: ``…完成情况报告``, ``…实施情况的报告``), the size or funding of a project whose paragraph reports
    the works done (``该工程总投资约60万元。该工程已于10月底竣工。``) is status. Not a project reported under way
    (``目前正在施工``), nor one whose paragraph reports a part done and the rest under way or due ahead (``甲站已建设完工;
    乙站完成60%,预计年底前全部投入使用``: the works are under way, N13a), not the same paragraph in a plan (no report
    title)."""
    if not _report_title(text):  # cheap first: only a report's title makes the rest matter
        return False
    a, b = _paragraph_at(text, start)
    sentence_start = max(text.rfind(c, a, start) for c in "。；;") + 1
    return (_FUNDING.search(text, max(a, sentence_start), end) is not None
            and _WORKS_DONE.search(text, end, b) is not None and _WORKS_AHEAD.search(text, end, b) is None)


_LIST_SET_OUT = re.compile(r"(?:确定|確定|实施|實施|安排|列入|确立|確立)的?[^。；;]{0,16}?(?:实事|實事|民生|惠民)[^。；;]{0,10}?"
                           r"(?:有|共有|共|为|為)\s*[\d一二三四五六七八九十两兩]+\s*(?:个|個|项|項|件)")


def list_set_out_in_report(text: str, start: int, end: int) -> bool:
    """O3f (eighteenth round, second adjudication): in a progress or completion report on the year's list (its title a
    report, or its works reported done), the sentence that sets the list out (``2031年度本镇确定的民生实事项目有2个,
    分别为A项目、B项目``) reports what was chosen: no goal. Not the same sentence on a page of the list still ahead."""
    if _LIST_SET_OUT.search(text, start, end) is None:
        return False
    return _report_title(text) or _WORKS_DONE.search(text, end) is not None


def clarified_filter(text: str, records: list) -> list:
    """``records`` without the targets of N13a's works reported done (``done_works_funding``) and the goals of O3f's
    list set out in a report (``list_set_out_in_report``)."""
    out = []
    for r in records:
        ns, kind = getattr(r, "norm_span", None), getattr(r, "type", None)
        if ns is not None and kind == "numeric_target" and done_works_funding(text, ns.start, ns.end):
            continue
        if ns is not None and kind == "goal" and list_set_out_in_report(text, ns.start, ns.end):
            continue
        out.append(r)
    return out


# -- G4: a later mention's quote lengthened backwards ------------------------------------------------------------

_WHITESPACE = " \t\n\r\u3000\xa0"
_CLOSING_MARK = "。！？!?；;，,、：:…”’」』)）】"


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or "０" <= ch <= "９" or ch in ".%"


_LONGEST_WORD = 4  # a run of Chinese characters up to this long reads as one word (``记者王五``), a longer run as text


def word_start(text: str, at: int, floor: int = 0) -> int:
    """G4 (eighteenth round, second adjudication): the start of the word that ``text[at]`` belongs to, reading a word
    as a short run of Chinese characters (four at most) with the number run right before it (``8所``, ``记者王五``), the
    last two characters of a longer run (``…完善三项养老服务和设施`` -> ``设施``), or a number or Latin run;
    a mark that closes the sentence before (``。``, ``:``) is taken with that sentence's last word: in
    ``…幼儿园8所。\\n民生快讯`` the word of ``。`` starts at ``8``. Never before ``floor``."""
    i = at
    if text[i] in _CLOSING_MARK:
        while i > floor and text[i - 1] in _CLOSING_MARK:
            i -= 1
        if i <= floor or not (_is_cjk(text[i - 1]) or _is_alnum(text[i - 1])):
            return i
        i -= 1  # the last character of the word the mark closes
    if _is_cjk(text[i]):
        j = i
        while j > floor and _is_cjk(text[j - 1]):
            j -= 1
        if i - j + 1 > _LONGEST_WORD:  # a run of running text: its last word, two characters
            return max(floor, i - 1)
        i = j
        while i > floor and _is_alnum(text[i - 1]):
            i -= 1
    elif _is_alnum(text[i]):
        while i > floor and _is_alnum(text[i - 1]):
            i -= 1
    return i


def backward_unique_start(text: str, start: int, end: int, unique, floor: int, limit: int = 80) -> int | None:
    """G4 (eighteenth round, second adjudication): the start of a repeated mention's quote lengthened backwards over
    the fewest characters that are not whitespace until it is the first occurrence of its words (``unique(s, end)``),
    then to the start of the word there (``word_start``); None where ``limit`` such characters (or ``floor``) do not
    tell it apart, where the caller lengthens it forwards. ``民生快讯:\\n全县新建幼儿园8所。\\n民生快讯:\\n全县新建幼儿园8所``
    -> the second mention starts at the first ``8``."""
    s, taken = start, 0
    while s > floor and taken < limit:
        s -= 1
        if text[s] in _WHITESPACE:
            continue
        taken += 1
        if unique(s, end):
            return word_start(text, s, floor)
    return None


_SENTENCE_END = "。！？!?\n"
_SENTENCE_END_RE = re.compile("[" + re.escape(_SENTENCE_END) + "]")
_CLAUSE_END = "，,；;。！？!?\n"
_CLAUSE_END_RE = re.compile(f"[{_CLAUSE_END}]")
_LAST_SENTENCE_END = re.compile(f"(?s).*[{_SENTENCE_END}]")  # matched from a place: ends after the last mark before its end
_LAST_CLAUSE_END = re.compile(f"(?s).*[{_CLAUSE_END}]")


def past_its_sentence(text: str, start: int, end: int, unique, line_start: int, line_end: int,
                      max_quote: int = 600) -> tuple[int, int] | None:
    """G4 (eighteenth round, second adjudication): the span of a repeated mention's quote ``text[start:end]``. Inside
    its own sentence it is lengthened clause by clause (the next clause, then the one before); where the whole
    sentence occurs earlier it runs past the sentence backwards first (``backward_unique_start``: the fewest
    characters that are not whitespace, to the start of their word). None where neither tells it apart (the caller
    lengthens it as before: forwards, then by lines)."""
    a = start  # the sentence's start: scanned back over the sentence only (a run-on line must not make this quadratic)
    while a > 0 and text[a - 1] not in _SENTENCE_END:
        a -= 1
    m_end = _SENTENCE_END_RE.search(text, end)
    b = m_end.start() if m_end else len(text)
    while a < start and text[a] in _WHITESPACE:
        a += 1
    s, e = start, end
    for _ in range(8):
        if unique(s, e):
            return s, e
        if e < b:
            m = _CLAUSE_END_RE.search(text, e + 1, b)
            e = m.start() if m else b
            continue
        m = _LAST_CLAUSE_END.match(text, a, max(a, s - 1))
        p = m.end() - 1 if m else -1
        if s > a:
            s = p + 1 if p >= a else a
            continue
        break
    if not unique(s, e) and (s, e) == (a, b) or (s <= a and e >= b):
        back = backward_unique_start(text, a, b, unique, max(0, a - max_quote))
        if back is not None:
            return back, b
    return None


# -- U7 / U2: a ``由X`` clause opening a titled item --------------------------------------------------------------

_TITLED_ITEM = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}[、.．])"
                          r"[ \t\u3000]*(?P<title>[^。！？!?,，;；:：\n()（）]{2,20})[。.．][ \t\u3000]*$")


def titled_item_before(text: str, start: int) -> tuple[int, str] | None:
    """U7 (eighteenth round, second adjudication) with U2: where a ``由X…`` clause at ``start`` opens an item that has its
    own title (``(二)送书下乡。由市图书馆每年配送图书2万册``), (where the title starts, the title): the title is the task
    and the quote starts there. None where the clause does not open the item (``(二)送书下乡。全年送书20场。由市图书馆…``)
    or no numbered title stands right before it."""
    if text[start:start + 1] != "由":
        return None
    m = _TITLED_ITEM.search(text, max(0, start - 40), start)
    if m is None or m.end() != start:
        return None
    return m.start("title"), m.group("title").strip()


# -- U8c: a label block with a single numbered item ---------------------------------------------------------------

_FIRST_MARK = re.compile(r"\s*(?:1\s*[.、．](?!\d)|[(（](?:1|一)[)）])")
_SECOND_MARK = re.compile(r"(?:^|[。;；！!\s])\s*(?:2\s*[.、．](?!\d)|[(（](?:2|二)[)）])")


def single_numbered_item(block: str) -> bool:
    """U8c (eighteenth round, second adjudication): the block after a label holds a single numbered item (``1.清理占道摊点
    12处。`` with no ``2.``): read as a lone label's paragraph, one row. Not ``1.清理占道摊点。2.增设停车位。`` (U8a's block
    of items), not a block that opens with no marker."""
    m = _FIRST_MARK.match(block)
    return m is not None and _SECOND_MARK.search(block, m.end()) is None


# -- U4b: scrape debris inside a label ----------------------------------------------------------------------------

# a role word, then a line break with a page marker or page number, then the label's colon: ``牵头单位\n2、:``
_LABEL_DEBRIS = re.compile(r"(?<=单位|部门|單位|部門)(?P<debris>[ \t\u3000]*\n[ \t\u3000]*(?:第?\s*\d{1,3}\s*页?\s*[、.．]?)?[ \t\u3000]*)"
                           r"(?=[:：])")


def mend_label_debris(text: str) -> str:
    """U4b (eighteenth round, second adjudication): ``text`` with the scrape debris inside a role label (a line break and
    a doc-sharing site's page marker or a page number between the role word and its colon, ``(牵头单位\\n2、:某局)``)
    blanked out, so the label reads whole: the text keeps its length, every span read in it is a span of ``text``.
    Not a label cut at the text's end (``(牵头单位`` and nothing after)."""
    if "\n" not in text:
        return text
    return _LABEL_DEBRIS.sub(lambda m: " " * len(m.group("debris")), text)


_DEBRIS_BRACKET = re.compile(r"[(（][ \t\u3000]*(?:牵头|牽頭|责任|責任|配合|参与|參與)(?:单位|部门|單位|部門)[ \t\u3000]*\n[ \t\u3000]*"
                             r"(?:第?\s*\d{1,3}\s*页?\s*[、.．]?)?[ \t\u3000]*[:：][^()（）\n]{2,80}[)）]")


def debris_label_rows(text: str) -> list:
    """U4b (eighteenth round, second adjudication): the unit rows of role brackets that scrape debris splits across
    lines (``1.优良天数达到300天。(牵头单位\\n2、:市环保局)``), which a reader of one line at a time never sees whole:
    each read from the line the bracket opens on to its close (``units.find_inline_assignments``, which blanks the
    debris out: ``mend_label_debris``). Offsets are of ``text``."""
    from extract.rules.units import find_inline_assignments

    if "\n" not in text:
        return []
    hits = []
    for m in _DEBRIS_BRACKET.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        hits += [h for h in find_inline_assignments(text[a:m.end()], a) if h.end >= m.end() - 1]
    return hits
