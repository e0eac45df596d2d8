"""Goal rules of the rulebook (eval/README.md, "goal") that the older cues did not hold, each a small named cue hooked
at its decision point with one call:

1. ``goal_heading_verdict`` (O1d): a heading that names expected results, outputs or benefits (``预期成果``, ``预期成效``,
   ``预期效益``, ``预期产出``) is no goal heading; a heading that names goals keeps its place whatever word comes before
   ``目标`` (``绩效目标``).
2. ``goal_category_rows`` (O1a): a task table's category cell that spans rows and names goals (``发展目标``, ``主要预期目标``
   in a ``分类`` column, or a category row over the rows) is a goal heading for the rows below it up to the next category.
3. ``cut_last_sentence`` (O1b): a goal section's last sentence cut by the page's end is a goal whatever is left of it,
   also a phrase that is its paragraph's only text (``优质资源更加``) and a single character after a sentence (``…。托``).
4. ``cut_item_heading`` (O1e): a cut last line whose item marker is of no level the text's headings use (``1.``, ``(1)``
   under ``一、`` and ``(一)`` headings) opens an item, not a heading: a goal with its visible words.
5. ``budget_allotment_year`` (O3e): a year's budget set out with its amount by ``预算安排`` (``2031年全县教育经费预算安排
   3.2亿元``): a goal with that year.
6. ``year_goals_named`` (O3h): a year and the goals or main indicators set out for it (``对于2031年,报告中提出了明确的
   就业目标``, ``2031年全区主要指标:…``): a goal with that year.
7. ``closed_by_full_stop`` (O2): an unmarked inline title is a short phrase closed by ``。``; one closed by ``！``
   (``全区建成教育强区！…``) is a goal sentence of the body.
8. ``without_line_final_mark`` (O5): a goal sentence that ends its line with ``;`` or ``:`` (``——入学率达到95%;`` /
   ``——…``: O1, the end of a line ends it) is quoted without that final mark.
9. ``decimal_heading`` (O1): a heading line numbered in the decimal outline (``1.1 发展目标``, ``2.3 工作重点``) that the
   outline reader takes for text: one that names goals opens a goal section, the next one closes it.
"""

from __future__ import annotations

import re

# -- 1. O1d: headings of expected results, and goal headings with a word before 目标 --------------------------------
_EXPECTED_RESULTS = re.compile(r"[预預]期(?:成果|成效|效益|效果|产出|產出)")
_PERFORMANCE_GOALS = re.compile(r"(?:绩效|績效)(?:目标|目標)\s*[:：]?\s*$")


def goal_heading_verdict(title: str) -> bool | None:
    """False for a heading that names expected results, outputs or benefits and no goals (``预期成果``, ``貳、預期成效``,
    ``(三)预期效益``: O1d); True for a heading that ends naming the work's performance goals (``三、绩效目标``: O1d keeps
    a goal heading whatever word comes before ``目标``); None (the older reading stands) otherwise. Not ``主要预期目标``
    (goals named), nor ``预期成果与目标`` (goals named too)."""
    if "期" not in title and "目" not in title:  # (perf19) a pre-test: both patterns need 期 or 目
        return None
    if _EXPECTED_RESULTS.search(title) and "目标" not in title and "目標" not in title:
        return False
    if (m := _PERFORMANCE_GOALS.search(title)) is not None:
        # (goalA27) not a clause whose act takes the goals as its object (``各机关应订定衡量指标,以评估绩效目标``): a
        # requirement of the text's rules, no name of the goals
        return False if _CLAUSE_BEFORE.search(title, 0, m.start()) else True
    return None


# (goalA27) a clause before the goals' name: a comma, then a verb or a purpose word that takes them as its object
_CLAUSE_BEFORE = re.compile(r"[,，;；][^,，;；]*(?:以|用以|藉以|借以|评估|評估|考核|衡量|检视|檢視|完成|实现|實現|达成|達成)")


# -- 2. O1a: a category cell that names goals ----------------------------------------------------------------------
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_CELL_SPLIT = re.compile(r"\s*(?:\n|\|)\s*")


def _category_before(text: str, start: int, stop: int) -> str | None:
    """The category cell that stands right before a row's task cell at ``start`` (the row number between skipped):
    the last piece of ``text[stop:start]`` split at line ends and ``|`` borders; None when there is none."""
    pieces = [p for p in _CELL_SPLIT.split(text[stop:start]) if p.strip()]
    while pieces and _ROW_NUMBER.match(pieces[-1]):
        pieces.pop()
    return pieces[-1].strip() if pieces else None


def goal_category_rows(text: str, table) -> set[int]:
    """The indexes of a task table's rows that stand under a category cell naming goals (O1a: ``分类 | 序号 | 事项`` with
    ``发展目标 | 1 | 某值增长6%。``; a category row ``一、2031年主要预期目标`` over its rows), up to the next category cell
    (``改革攻坚 | 2 | …``). A category cell is the cell right before a row's number and task cell that is no cell of the
    row above's units (``区发改局`` before ``2`` belongs to row 1). A column header that names goals (``目标任务``) is no
    category (O1a): the cell before the first row counts where it is no header cell or the header opens a category column
    (``分类``, ``类别``, also on the line just before the table's span) that the parse folded into the header."""
    from extract.cues import heading_names_goals
    rows: set[int] = set()
    current = False
    stop = table.span.start
    for i, row in enumerate(table.rows):
        k = next((j for j, r in enumerate(row.roles) if r in ("title", "content")), None)
        if k is None or k < row.carried:
            stop = row.cell_spans[-1].end if row.cell_spans else stop
            continue
        start = row.cell_spans[k].start
        prev_units = set()
        if i:
            prev = table.rows[i - 1]
            prev_units = {(sp.start, sp.end) for sp, r in zip(prev.cell_spans, prev.roles) if r in ("lead", "responsible")}
        cat = _category_before(text, start, stop)
        if cat is not None and len(cat) <= 30 and not cat.endswith("。") and (
                i or cat not in table.header or _CATEGORY_COLUMN.search(text, max(0, table.span.start - 12), start)):
            at = text.rfind(cat, stop, start)
            if (at, at + len(cat)) not in prev_units:
                current = heading_names_goals(cat)
        if current:
            rows.add(i)
        stop = row.cell_spans[k].end  # (a category cell the parse took for a cell of this row still counts)
    return rows


# a category column's header cell (``分类``, ``类别``): the cell before the first row is the first category, not a header
_CATEGORY_COLUMN = re.compile(r"(?:^|\n|\|)\s*(?:分类|分類|类别|類別)\s*(?=\n|\|)")


# -- 3. O1b: the last sentence of a goal section cut by the page's end --------------------------------------------
_END_MARK = re.compile(r"[。!?！？;；:：.…)）”\"」』]\s*$")
# (goalA35) a topic label before the cut words stays in the quote (``教师发展:本``)
_CUT_WORDS = re.compile(r"^\s*(?:——|—|-|•|·)?\s*([\u4e00-\u9fff](?:[\u4e00-\u9fff]{1,7}[:：])?[\u4e00-\u9fff、,，]{0,40})\s*$")
# a label line (``牵头领导:某副区长``, ``主要责任单位:甲局``): a cut line after it is a label too, no sentence of the body
_LABEL_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,10}\s*[:：]")
# the words of a page's furniture standing alone on a line (G2a)
_PAGE_WORD = re.compile(r"^(?:附件|附表|责任编辑|責任編輯|编辑|編輯|来源|來源|作者|打印|关闭|關閉|分享|返回|上一篇|下一篇|相关(?:新闻|文章|阅读)|"
                        r"相關(?:新聞|文章|閱讀))\s*$")
_HEADING_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．](?!\d)|第[一二三四五六七八九十]{1,3}[章节部分])")


def cut_last_sentence(paragraph: str, doc_text: str, par_end: int) -> tuple[int, int] | None:
    """(start, end) in the paragraph of its last sentence when the page ends there cut off (nothing but blanks after
    ``par_end``, no end mark), in a goal section (the caller's condition): a goal whatever is left of it (O1b), a phrase
    that is its paragraph's only text (``优质资源更加``) or a single character after a sentence (``…达到90%。托``). None for
    a whole sentence, a line with a heading marker (``(四)全面提高``: a heading, O2), a number, a line after a label line
    (``牵头领导:某某\n完成时``: a cut label), a related link's document name (``- 某委关于修改部分规``), words the page holds
    elsewhere too (``托`` after ``…托位数…``: no quote marks them as their own mention, G4), a line of its own
    that names units (``某区教育局``: a signature, a unit cell) or is the page's furniture (``责任编辑``)."""
    if doc_text[par_end:].strip() or not paragraph.strip() or _END_MARK.search(paragraph):
        return None
    line_start = paragraph.rfind("\n") + 1
    cut = max(paragraph.rfind(c) for c in "。!！?？") + 1
    start = max(line_start, cut)
    if start == line_start and _HEADING_MARK.match(paragraph, start):
        return None
    m = _CUT_WORDS.match(paragraph[start:])
    if m is None:
        return None
    if start == line_start:
        before = doc_text[:par_end - len(paragraph) + line_start].rstrip().rsplit("\n", 1)[-1]
        if _LABEL_LINE.match(before):
            return None  # (``主要责任单位:甲局\n完成时``: a label of the item's label lines, cut)
        from extract.cues import is_furniture, is_unit_cell
        if is_unit_cell(m.group(1)) or is_furniture(m.group(1)) or _PAGE_WORD.match(m.group(1)):
            return None  # (``某区教育局``: a signature or a unit cell; ``责任编辑``: the page's furniture, G2a)
    from extract.rules.goals import is_no_sentence  # (late: goals imports this module)
    if is_no_sentence(paragraph[start:].strip()) not in ("", "fragment"):
        return None  # (``- 某委关于修改部分规``: a related list's document name the page cut)
    if doc_text.count(m.group(1)) > 1:
        return None  # (a piece the page holds elsewhere too, ``婴``: no quote marks it as its own mention, G4)
    return start + m.start(1), start + m.end(1)


# -- 4. O1e: a cut last line that opens an item of the level below ---------------------------------------------------
_MARK_LEVELS = (("cn", re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")),
                ("cn()", re.compile(r"^\s*[(（][一二三四五六七八九十]{1,3}[)）]")),
                ("n.", re.compile(r"^\s*\d{1,2}\s*[.．](?!\d)")),
                ("n、", re.compile(r"^\s*\d{1,2}\s*、")),
                ("n()", re.compile(r"^\s*[(（]\d{1,2}[)）]")),
                ("circled", re.compile(r"^\s*[①-⑳]")))


def mark_level(line: str) -> str | None:
    """The kind of a line's heading or item marker (``一、``, ``(一)``, ``1.``, ``1、``, ``(1)``, ``①``); None when none."""
    return next((name for name, rx in _MARK_LEVELS if rx.match(line)), None)


_CLOSED_ITEM = re.compile(r"[。！!？?]\s*$")


def cut_item_heading(doc_text: str, line: str, line_end: int, heading_lines: list[str]) -> bool:
    """A cut last line read as a heading (``1.城乡居民体质`` at the page's end, no end mark) whose marker is of no level
    that the text's other headings use (``heading_lines``: ``二、…``, ``(二)…``): it opens an item of the last heading's
    list, not a heading (O1e), and in a goal section its visible words are a goal (O1b). Not a line whose marker the
    headings use (``(三)建设`` under ``(一)``, ``(二)``: a heading), nor a whole sentence or a line before more text."""
    if doc_text[line_end:].strip() or _END_MARK.search(line):
        return False
    level = mark_level(line)
    if level is None or level in ("cn", "cn()"):
        return False
    # (goalB24) a line of that level closed as a sentence (``1.建成现代化图书馆。``) is an item the outline took for a
    # heading, not a heading of the text: the cut line is the next item of the same list
    return all(mark_level(h) != level or _CLOSED_ITEM.search(h) for h in heading_lines)


# -- 5. O3e: a year's budget set out with 安排 -----------------------------------------------------------------------
# (``2031年度相关预算增列新台币3亿元``, ``2031年度编列359亿元``: the year's budget added to or allotted, ROC years read in the
# common era before, ``goals.common_era``)
_BUDGET_ALLOT = re.compile(r"(?<![\d—\-~至到与比较較])(20\d\d)\s*年(?:度)?\s*(?:[^。,，;；、]{0,20}?(?:预算|預算)\s*"
                           r"(?:安排|资金|資金|增列|编列|編列)|(?<=度)\s*(?:编列|編列))\s*(?:约|約|為|为|达|達|共)?\s*(?:新[台臺][币幣])?\s*\d")


def budget_allotment_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that sets out a year's budget with its amount by ``预算安排``/``预算资金``
    (``2031年全县教育经费预算安排3.2亿元``: O3e, a goal with that year); (None, -1) when none: no amount (``2031年预算
    安排另行通知``), a budget without its year (``本年度…``), the base of a change (``比2031年预算…``)."""
    if "预算" not in sentence and "預算" not in sentence and "编列" not in sentence and "編列" not in sentence:
        return None, -1
    m = _BUDGET_ALLOT.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# -- 6. O3h: the goals or main indicators set out for a year --------------------------------------------------------
_YEAR_GOALS = re.compile(r"(?:^|(?<=[,，:：]))\s*(?:对于|對於|关于|關於)?\s*(20\d\d)\s*年(?:度)?\s*[,，]?"
                         r"(?:[^。;；,，]{0,20}?[,，])?[^。;；]{0,20}?(?:提出|明确|明確|确定|確定|设定|設定)(?:了)?[^。;；]{0,12}?(?:目标|目標)\s*(?:$|[:：])|"
                         # (goalA34) the year's expected goals named with a colon as its indicators are: ``2031年全县经济社会
                         # 发展的主要预期目标:…`` (O3h, as ``20XX年…主要指标:…``)
                         r"(?:^|(?<=[,，]))\s*(20\d\d)\s*年(?:度)?\s*[^。;；,，:：]{0,16}?(?:主要(?:预期|預期)?(?:指标|指標|目标|目標)|(?:预期|預期)(?:目标|目標))\s*[:：]")


def year_goals_named(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that names a year and the goals or the main indicators set out for it
    (``对于2031年,报告中提出了明确的托育目标``, ``2031年全区主要指标:新增托位800个``): a goal by its date (O3h); (None, -1)
    when none. Not the goals reported reached (``2031年目标已完成``: no verb of setting out), nor a year after the verb."""
    if "年" not in sentence:
        return None, -1
    m = _YEAR_GOALS.search(sentence)
    if m is None:
        return None, -1
    g = 1 if m.group(1) else 2
    return int(m.group(g)), m.start(g)


# -- 7. O2: an unmarked inline title is closed by 。 -------------------------------------------------------------------
def closed_by_full_stop(paragraph: str, title_end: int) -> bool:
    """The unmarked opening phrase that ends at ``title_end`` closes with ``。`` (``基本服务全面保障。…``: an inline title,
    O2); False for one closed by ``！``/``!`` (``全区建成教育强区！…``: a sentence of the body, a goal, O1)."""
    return paragraph[:title_end].rstrip().endswith(("。", "."))


# -- 8. O5: a goal's final ``;`` or ``:`` at its line's end ---------------------------------------------------------------
def without_line_final_mark(text: str, records: list) -> list:
    """The records with each goal whose span ends with ``;``/``；`` right before a line end or the text's end (``——全区
    入学率达到95%;`` over ``——…``: a sentence ends at the end of a line, O1, and its final mark is no part of its quote,
    O5) cut before that mark; other records as they are. Not a ``;`` inside a line (``…达到95%;全区…``: the sentence goes
    on, O1), nor a goal ending with another mark. (goalB26) A line-final ``:``/``：`` likewise (``到2031年,全区将实现:``
    over its items: O5 names it among a line end's final marks)."""
    from extract.data import Goal, trusted_span, with_fields
    out = []
    for r in records:
        if isinstance(r, Goal) and r.norm_span is not None:
            a, b = r.norm_span.start, r.norm_span.end
            k = b
            while k > a and text[k - 1] in " \t\u3000":
                k -= 1
            rest = text[b:b + 40]
            if k - 1 > a and text[k - 1] in ";；:：" and (not rest.strip(" \t\u3000") or rest.lstrip(" \t\u3000")[:1] == "\n"):
                k -= 1
                while k > a and text[k - 1] in " \t\u3000":
                    k -= 1
                r = with_fields(r, {"norm_span": trusted_span(a, k), "text": text[a:k]})
        out.append(r)
    return out


# -- G6 (eighteenth round, w29 adjudication): only the Chinese text is labelled ----------------------------------------
# a run of Latin-script words closed by a sentence mark (and a ``/`` or blank between the two languages), right before CJK
# (three words at least: ``APP/小程序上线`` is a word of the Chinese sentence)
_FOREIGN_LEAD = re.compile(r"^[A-Za-z][\x20-\x7e\u2019\u201c\u201d]*?(?:[.!?]\s*/?|\s/)\s*(?=[\u3400-\u9fff“「《(（])")


def without_foreign_lead(text: str, records: list) -> list:
    """The records with each goal whose span opens with a sentence in English (or another Latin-script language) before
    its Chinese sentence (``By 2031 the county will build 12 parks./到2031年,全县建成公园12个``: G6, only the Chinese
    text is labelled) started at the Chinese sentence; other records as they are. Not a goal opening with a Latin word
    inside the Chinese sentence (``5G基站…``, ``APP上线…``: no sentence mark closes it)."""
    from extract.data import Goal, trusted_span, with_fields
    out = []
    for r in records:
        if isinstance(r, Goal) and r.norm_span is not None:
            a, b = r.norm_span.start, r.norm_span.end
            m = _FOREIGN_LEAD.match(text, a, b)
            if m is not None and m.end() < b and len(re.findall(r"[A-Za-z]+", m.group())) >= 3:
                r = with_fields(r, {"norm_span": trusted_span(m.end(), b), "text": text[m.end():b]})
        out.append(r)
    return out


# -- 9. O1: a decimal outline heading ---------------------------------------------------------------------------------
# (a blank after the number: ``1.5万人`` is a quantity, no heading)
_DECIMAL_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}[ \t\u3000]+([\u4e00-\u9fff、与和及]{2,14})\s*[:：]?\s*$")


def decimal_heading(paragraph: str) -> str | None:
    """``"goal"`` for a line that is a heading of the decimal outline naming goals (``1.1 发展目标``, ``2.1 主要目标:``: a
    goal section, O1), ``"other"`` for one naming anything else (``1.2 工作重点``: it closes the goal section), None for
    no such line (``1.5万人``, ``2.1 新增学位900个。``: a number, a sentence)."""
    if "." not in paragraph:  # (perf19) a pre-test: no decimal point, no ``_DECIMAL_HEADING``
        return None
    m = _DECIMAL_HEADING.match(paragraph)
    if m is None:
        return None
    from extract.cues import heading_names_goals
    return "goal" if heading_names_goals(m.group(1)) else "other"


# -- N9d (goal side): the first works step still ahead dates the goal ---------------------------------------------------
_WORKS_STEP = re.compile(r"(?<!\d)(20\d\d)\s*年\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:底|末|前|上旬|中旬|下旬|份)?\s*"
                         r"(?:前)?\s*(?:建成|开工|開工|竣工|完工|交付|投用|投入使用|启用|啟用|开放|開放|开园|開園|开学|開學|建成投用)")
_STEP_DONE = re.compile(r"已|业已|業已")


def works_step_ahead(sentence: str, doc_year: int | None) -> int | None:
    """(N9d) The year of the first works step still ahead in a sentence whose goal year (its first year) is an overdue
    step (``预计2030年10月开工,2031年6月竣工`` in a 2031 plan -> 2031): the sentence is a goal by that year (O3, O4).
    None where no step of the text's year or later is written (``…预计2030年11月开工`` alone: no goal), where the
    later step is reported done (``已于…``), or where the page has no date."""
    if doc_year is None:
        return None
    for m in _WORKS_STEP.finditer(sentence):
        year = int(m.group(1))
        if year >= doc_year and not _STEP_DONE.search(sentence[max(0, m.start() - 4):m.start()]):
            return year
    from extract.rules.goal_span_ends import stepped_years_end  # (goalA30) ``2031年完成…,2032年…,2033年实现…``
    return stepped_years_end(sentence, doc_year)


# -- O1c: one wrapped line under a label with a hanging indent ----------------------------------------------------------
_HANGING_LABEL_ITEM = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（]\d{1,2}[)）])\s*"
                                 r"(?P<body>[^\n]*[,，、][^\n]*?[\u4e00-\u9fff])\s*$")
_NEXT_ENDS_SENTENCE = re.compile(r"[。！？!?；;]\s*[”’」』]?\s*$")


def hanging_label_wrap(line: str, nxt: str, width) -> bool:
    """(O1c) A line that opens with a label and its first item (``辦學目標: 1. 以學生為本,通過多元化``) and breaks off
    mid-sentence (a clause mark inside, no closing mark at its end), over a line no wider that carries the sentence
    on to its full stop (``教學模式,讓學生有效地學習。``): the hanging indent's one wrap, no line end, although no run of
    equal widths shows the wrap. ``width`` is the caller's print width. Not: a line without the label and item
    marker (a heading over its paragraph), a line ending in a mark, a next line that does not end the sentence or is
    wider than the first (an unwrapped paragraph). The caller checks that the next line opens no unit of its own."""
    if ":" not in line and "：" not in line:  # (perf19) a pre-test: ``_HANGING_LABEL_ITEM`` needs the label's colon
        return False
    s, n = line.strip(), nxt.strip()
    if not n or _HANGING_LABEL_ITEM.match(s) is None or _NEXT_ENDS_SENTENCE.search(n) is None:
        return False
    return width(n) <= width(s)


# O4 (seventeenth round, third adjudication): a year that opens the sentence as the time of its commitment, with or
# without a comma after it (``2031年全区生产总值增长6%``); not a base, status or document year (``2030年全区…为85%``,
# ``2030年10月,某部出台《…》``), nor a result told (``2030年全区已新建…``, ``…增长了6%``)
_OPENING_YEAR_CHANGE = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、．]\s*)?(20\d\d)\s*年(?:度)?(?![\d月底末初中前后後以起至—\-~]|度?[,，])"
                                  r"[^,，;；。:：\d]{1,20}?(?:增长|增長|下降|提高|降低|提升|新增|新建|增加|减少|減少)(?:到|至)?\s*\d")
_OPENING_DONE = re.compile(r"已|了|累计|累計|以来|以來|共计|共計|完成了")


def opening_year_change(sentence: str) -> tuple[int | None, int]:
    """(year, where it stands) of a sentence that opens with a bare year, no comma after it, and commits to a change
    or new amount with its number (``2031年全区生产总值增长6%``, ``2031年全县新建幼儿园3所``): the year is the time of
    the commitment, its deadline (O4). (None, -1) for a year with a month or a comma after it (read by the other
    cues), and where the clause reports a result (``2030年全区已新建…``, ``增长了6%``)."""
    m = _OPENING_YEAR_CHANGE.match(sentence)
    if m is None:
        return None, -1
    stop = re.search(r"[,，;；。]", sentence[m.end():])
    if _OPENING_DONE.search(sentence, 0, m.end() + (stop.start() if stop else len(sentence))) is not None:
        return None, -1
    return int(m.group(1)), m.start(1)


# O3i (seventeenth round, second adjudication): a dated statement of the year's overall requirements
# (goalA34) and the year's work by its main points (``2031年政府工作的4大重点是:以…为重点,…``), a dated lead of the year's
# work stated after it (O3a, O3i)
_YEAR_REQUIREMENTS = re.compile(r"^\s*(20\d\d)\s*年(?:度)?[^。;；:：]{0,30}?(?:总体要求|總體要求|指导思想|指導思想|"
                                r"(?<=的)(?:[\d一二三四五六七八九十几]{1,2}(?:大|项|個|个))?(?:工作)?重[点點](?:工作|任务|任務)?)"
                                r"\s*(?:是|为|為)?\s*[:：]\s*\S")


def year_requirements(sentence: str) -> tuple[int | None, int]:
    """(year, where it stands) of a sentence that opens with a written year and states that year's overall
    requirements (``2031年全县卫生健康工作的总体要求是:坚持…,确保…``): a goal with its year (O3i). (None, -1) without
    a written year (``今年工作的总体要求是:…``) or with nothing after the colon (a heading or lead). (eighteenth round,
    w29 adjudication) The year's guiding line in the same frame is read alike (``2031年全镇工作的指导思想是:坚持…,确保全年
    目标任务全面完成``: a goal, 2031); not a ``指导思想`` heading, nor an undated one."""
    m = _YEAR_REQUIREMENTS.match(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def expected_results_label(label: str) -> bool:
    """O1d (seventeenth round, third adjudication): a label opening a paragraph with the words of expected results
    (``预期成效:``, ``預期效益:``, ``预期效果:``, ``預期成果:``) stands for the heading it names, no goal section: its
    sentences are no goals on that account. ``预期目标:`` names goals and is not one."""
    return _EXPECTED_RESULTS.search(label) is not None


# -- N9f: a goal dated only by a works step earlier in the text's own year ----------------------------------------------
def month_step_goals(text: str, records: list, date: str | None, doc_year: int | None) -> list:
    """The records with each goal dated ``doc_year`` by works steps re-read at the month of the text's own date
    (``date``, ``YYYY-MM-DD``; N9f, ``rulebook_targets.month_step_year``): where every step of its sentence in that year
    is earlier than the date and none is ahead (``预计2026年4月开工`` in a report of June 2026), the step is overdue and
    dates nothing: outside goal sections the sentence is no goal (O3), inside one its year is null (O4). A step still
    ahead (``…,2026年12月竣工``) keeps the goal and its year; other records pass as they are."""
    from extract.cues import heading_names_goals
    from extract.data import Goal, with_fields
    from extract.rules.rulebook_targets import month_step_year
    if not date or doc_year is None or len(date) < 7 or not date[5:7].isdigit() or int(date[:4]) != doc_year:
        return records
    month = int(date[5:7])
    out = []
    for r in records:
        if isinstance(r, Goal) and r.target_year == doc_year and r.norm_span is not None:
            sentence = text[r.norm_span.start:r.norm_span.end]
            if month_step_year(sentence, 0, doc_year, doc_year, month) is None:
                if not any(heading_names_goals(p.strip()) for p in (r.section or "").split(" > ") if p.strip()):
                    continue
                r = with_fields(r, {"target_year": None})
        out.append(r)
    return out
