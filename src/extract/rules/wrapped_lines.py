"""(r17 wrap17) Hard-wrapped prose: lines that a PDF export, a doc-sharing page or an old news page broke at a fixed
width in the middle of a sentence (``…力争到2031年底全镇自来`` / ``水普及率提高到98%以上。``), read as the one
line they were before the wrap. The rules read a line at a time: a break inside a sentence cuts a target's number from
its unit (``追加补助3亿2000`` / ``万元``), its year from its commitment, or a goal from its end.

The join is conditional: a line is joined to the next only inside a run of lines of near-equal width (the wrap
width) that ends without sentence punctuation, and never before a heading, a numbered or bulleted item, a role label
(``牵头单位:``), a field label (``时间:``), a date line, or a table row (tabs, pipes, cells parted by spaces); a run
of lines that may be a table flattened one cell per line (short lines, lines that each end a phrase) is left as it is.
No I/O: ``wrap_breaks`` finds the breaks in a text, ``join_wrapped`` removes them from a normalised text with its map.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from extract.rules import scrape_tolerance as _st18  # (meta18)
from extract.rules import rulebook_goals as _rbg  # (confB18) O1c

# what ends a sentence or a clause that may stand alone (the line after it may be a new paragraph): a full stop, a
# colon, a closing bracket (a note, ``(某社摄)``), an ellipsis of a cut preview, a page number after a space
_CLOSED_END = re.compile(r"(?:[。！？!?；;：:]\s*[”’」』]?|[)）】\]]|…|\.{3,}|\s\d{1,3})\s*$")
# the same, read backwards from the line's end (one anchored ``match`` on the reversed line, not a search that tries
# every position of a long line): ``_closed_end``
_CLOSED_END_REVERSED = re.compile(r"\s*(?:[”’」』]?\s*[。！？!?；;：:]|[)）】\]]|…|\.{3,}|\d{1,3}\s)")


def _closed_end(line: str) -> bool:
    """``_CLOSED_END.search(line)``, matched on the reversed line (a line holds no line break)."""
    return _CLOSED_END_REVERSED.match(line[::-1]) is not None


# what opens a line of its own: outline and list markers, bullets, labels, dates, notes
_OWN_LINE_START = re.compile(
    r"^\s*(?:"
    r"第[一二三四五六七八九十百零〇\d]+[章节篇条部分]"
    r"|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,2}、"
    r"|[一二三四五六七八九十]{1,3}[、.．]"
    r"|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}(?:[、]|\s?[.．](?!\d))"
    r"|[①-⑳❶-❿⑴-⒇]"
    r"|[•·●▪■◆◇○□▲△★☆→►\-—*※【\[]"
    r"|附件|注[:：]|备注|備註|说明[:：]|來源|来源|作者|日期|编辑|編輯|责任编辑|記者|记者"
    r"|(?:时间|時間|发布|發布)(?:时间|時間|日期|机构|機構|单位|單位)?\s*[:：\d]"  # (metaA28) a field, not ``发布路况信息``
    r"|(?:20|19)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]"
    r")"
)
# a role label at a line's start (``牵头单位:``, ``责任单位``, ``配合部门``, ``主办单位``)
_ROLE_LABEL = re.compile(r"^\s*(?:[(（【\[]?\s*)(?:牵头|責任|责任|配合|协办|協辦|主办|主辦|承办|承辦|参与|參與|主责|主責)"
                         r"(?:单位|單位|部门|部門|领导|領導|人)?\s*[:：)）】\]]?")
# a short field label at a line's start (``作者:``, ``网址:``): the page's metadata, a line of its own
_FIELD_LABEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,5}\s*[:：]")
# (unitA37) a short list of names closed by a colon at a line's start (``组织部,学习部:``, ``甲组、乙组:``): the head of a
# division of duties naming its units, a line of its own as a field label is
_LISTED_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}(?:[、,，/][\u4e00-\u9fff]{2,8}){1,3}\s*[:：]")
# characters narrower than a full-width character in print: ASCII letters, digits, spaces and a few marks
_NARROW = re.compile(r"[A-Za-z0-9 .%\-/+~'\"]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")  # (perf25) ``_CJK``'s runs: one string per run, not per character


class _CellWidths(dict):
    """``str.translate`` table: a character's code -> ``"x"`` or ``"xx"``, its width in half-width cells, worked out
    the first time the character is met (``print_width``)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        wide = not _NARROW.match(ch) and (unicodedata.east_asian_width(ch) in "WFA" or ch in ",;:()!?")
        self[code] = cells = "xx" if wide else "x"
        return cells


_CELL_WIDTHS = _CellWidths()


@functools.lru_cache(maxsize=4096)  # (speedA30) a page's lines are measured again by each reader of its wrap widths
def print_width(line: str) -> int:
    """The width of ``line`` in half-width cells: a Chinese character or a full-width mark (also one NFKC made ASCII,
    ``，`` -> ``,``) is two, a digit, a Latin letter or a space one (``2031年增加10所`` is 4+2+2+2+2+2 = 14). (One
    ``str.translate`` through a table of the characters met so far, not a loop in Python.)"""
    return len(line.translate(_CELL_WIDTHS))


def _table_like(line: str) -> bool:
    """A line that is a table row, not prose: tab or pipe delimited cells, or two or more gaps of spaces between
    Chinese words (``甲项目 某局 2031年 完成``)."""
    if "\t" in line or "|" in line or "｜" in line:
        return True
    gaps = re.findall(r"[\u3400-\u9fff)）%]\s+(?=[\u3400-\u9fff(（])", line)
    return len(gaps) >= 2


def _near(a: int, b: int) -> bool:
    """Two widths of one wrap: within a tenth of the larger (at least four half-width cells)."""
    return abs(a - b) <= max(4, max(a, b) // 10)


def _prose(line: str) -> bool:
    """A line of running text that a wrap may have cut: long enough (at least 24 half-width cells), mostly Chinese,
    not a table row. (metaA28) Mostly Chinese in print: the Chinese characters fill half the line's print width or
    more, so that a line dense with figures (``2031年增至45.6万人,占比由38.2%升至52.5%``) is running text; a pinyin
    annotation (``鄉(xiāng)``, also one cut by the wrap at the line's edge) counts for nothing (``_pinyin_free``)."""
    s = line.strip()
    if len(s) < 12 or _table_like(s):
        return False
    if _TONED_OR_ASCII_LETTER.search(s):
        s = _pinyin_free(s)
    return sum(map(len, _CJK_RUN.findall(s))) * 4 >= print_width(s)  # (perf25) the Chinese characters counted by runs


# (metaA28) a pinyin annotation after a Chinese character (``學(xué)``), or its part that a wrap left at a line's end
# (``學(x``) or start (``ué)…``): the page's reading aid, no Latin text
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ"
_TONED_OR_ASCII_LETTER = re.compile(f"[a-zA-Z{_TONED}]")
_PINYIN_PIECE = re.compile(
    rf"(?:(?<=[\u3400-\u9fff])|^)[(（]\s?[a-z{_TONED}]{{1,7}}\s?(?:[)）]|$)|^[a-z{_TONED}]{{1,7}}\s?[)）]", re.IGNORECASE)


def _pinyin_free(line: str) -> str:
    """``line`` without its pinyin annotations (``_PINYIN_PIECE``), whole or cut at the line's edges."""
    return _PINYIN_PIECE.sub("", line)


def _opens_own_line(line: str) -> bool:
    """A line that starts a new unit of the page however wide the line before it was: an outline or list marker, a
    bullet, a role or field label, a date."""
    return bool(_OWN_LINE_START.match(line) or _ROLE_LABEL.match(line) or _FIELD_LABEL.match(line) or _LISTED_LABEL.match(line))


# how the last line of a wrapped paragraph ends: a full stop or a clause mark, or the bracket of a note after it
_PARAGRAPH_END = re.compile(r"(?:[。！？!?；;]|[)）])\s*[”’」』]?\s*$")
# a paragraph of three lines or more may end on a colon that opens a list (``…重点抓好以下几项:``); a shorter run so
# closed may be a title over an addressee line (``各区人民政府:``), never joined
_COLON_END = re.compile(r"[:：]\s*$")
MIN_WRAP = 40  # the narrowest wrap read (half-width cells): twenty Chinese characters


def _full(lines: list[str], widths: list[int], i: int, slack: bool = True) -> bool:
    """Line ``i`` is as wide as the wrap: at least ``MIN_WRAP``, and near the width of another line of running text
    among the two lines that are not blank before it and the two after it (``_near``). (lead44) Half-width characters
    widen the margin: a digit, a ``%`` or a space that a PDF's text layer put beside them is no fixed half of a Chinese
    character in the page's font, so two lines of one wrap that hold figures (``58%。…保持 100%、巩固率达到``) may differ
    in counted width by about as many cells as they hold such characters (``_narrow_slack``). The margin is given only
    inside a run, to a line whose line before it is full by the strict test and open (``_inside_run``): a title over
    its body (``5.新增300个…`` / ``完成…改造。``) starts no run on it."""
    w = widths[i]
    if w < MIN_WRAP:
        return False
    near = [j for j in range(i - 1, max(-1, i - 5), -1) if lines[j].strip()][:2] \
        + [j for j in range(i + 1, min(len(lines), i + 5)) if lines[j].strip()][:2]  # (blank lines between paragraphs)
    if any(widths[j] and _near(w, widths[j]) for j in near):
        return True
    if not slack or not _inside_run(lines, widths, i):
        return False
    slack_i = _narrow_slack(lines[i])
    return any(widths[j] and abs(w - widths[j]) <= max(4, max(w, widths[j]) // 10) + (slack_i + _narrow_slack(lines[j])) // 2
               for j in near)


def _inside_run(lines: list[str], widths: list[int], i: int) -> bool:
    """(lead44) Line ``i`` goes on a wrapped run: the line right before it is running text, full by the strict test
    (``_full`` without the margin) and ends open."""
    return i > 0 and bool(widths[i - 1]) and not _closed_end(lines[i - 1]) and _full(lines, widths, i - 1, slack=False)


def _narrow_slack(line: str) -> int:
    """(lead44) The half-width characters of ``line`` (digits, Latin letters, spaces, ``%``): the cells by which its
    counted print width may be off from its width on the page."""
    return len(_NARROW.findall(line.strip()))


# a role label with its units in a line (``…牵头单位:某局``): the line is a task row's, never joined to the next
_ROLE_LABEL_IN = re.compile(r"(?:牵头|責任|责任|配合|协办|協辦|主责|主責)[\u4e00-\u9fff]{0,4}[:：]")


def _bare_role_label(line: str) -> bool:
    """A role label in ``line`` outside a bracket (``…修缮乙桥牵头单位:某局``: a task row); one inside a bracket left open
    (``…(责任单位:甲科`` / ``乙科)``) is a note broken by the wrap."""
    m = _ROLE_LABEL_IN.search(line)
    if m is None:
        return False
    head = line[:m.start()]
    return head.count("(") + head.count("（") <= head.count(")") + head.count("）")


def _goes_on(lines: list[str], widths: list[int], i: int) -> bool:
    """Line ``i + 1`` may continue line ``i``: not empty, no table row, no line of its own (``_opens_own_line``), not
    wider than the wrap of line ``i``, not opening with the same words as line ``i`` (items of a list in parallel,
    ``拟建甲馆…`` / ``拟建乙馆…``); line ``i`` holds no role label (``…牵头单位:某局``). (lead44) "Not wider" allows
    the margin of the two lines' half-width characters (``_narrow_slack``), as ``_full`` does."""
    nxt = lines[i + 1].strip()
    if not nxt or _table_like(nxt) or _opens_own_line(nxt) or _bare_role_label(lines[i]):
        return False
    if nxt[:3] == lines[i].strip()[:3]:
        return False
    w = print_width(nxt)
    base = widths[i] + max(4, widths[i] // 10)
    return w <= base or (w <= base + (_narrow_slack(lines[i]) + _narrow_slack(nxt)) // 2
                         and _inside_run(lines, widths, i))  # (lead44) the margin, inside a run only, asked for last


class _LineWidths:
    """``widths[i]``: the print width of line ``i`` if it is running text (``_prose``), else 0; worked out when first
    asked for, since most lines of most pages are never asked about."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.known: dict[int, int] = {}

    def __getitem__(self, i: int) -> int:
        w = self.known.get(i)
        if w is None:
            s = self.lines[i]
            self.known[i] = w = print_width(s.strip()) if _prose(s) else 0
        return w


def _may_be_full(line: str) -> bool:
    """A cheap necessary test of ``_full``: ``MIN_WRAP`` half-width cells need at least half as many characters."""
    return len(line.strip()) * 2 >= MIN_WRAP


def wrap_breaks(lines: list[str]) -> list[int]:
    """The indexes ``i`` of lines that a fixed-width wrap broke from line ``i + 1`` in the middle of a sentence.

    A wrapped paragraph is a run of full lines (``_full``: running text as wide as the wrap) that end without sentence
    punctuation (``…力争到2031年底全镇自来``), each followed by a line that goes on (``_goes_on``), and a last line
    that ends the paragraph (``…提高到98%以上。``, ``…按职责分工负责)``, after three lines or more also a colon).
    Every break inside such a run is a wrap. A run whose last line ends open (a list of items, ``新建甲校`` /
    ``改造乙园10所``, a title over a date line) is no wrapped paragraph; nor are lines narrower than ``MIN_WRAP``
    (cells of a flattened table, names)."""
    widths = _LineWidths(lines)
    out: list[int] = []
    i = 0
    n = len(lines)
    page: list[int] | None = None  # (meta18) the page's wrap widths: (perf25) worked out when first asked for, since
    # the width of every line it needs is asked for at no other line of most pages

    def page_widths() -> list[int]:
        nonlocal page
        if page is None:
            page = _st18.page_wrap_widths(lines, widths, _closed_end, MIN_WRAP)
        return page
    last: list[int] = []

    def last_line() -> int:  # (lead44) the text's last line that is not blank: a run that reaches it is cut by the text's end
        if not last:
            last.append(next((k for k in range(n - 1, -1, -1) if lines[k].strip()), -1))
        return last[0]
    while i < n - 1:
        if _rbg.hanging_label_wrap(lines[i], lines[i + 1], print_width) and not _opens_own_line(lines[i + 1]) \
                and not _table_like(lines[i + 1]):  # (confB18) O1c: a label's hanging indent wrapped once
            out.append(i)
            i += 2
            continue
        if not (_may_be_full(lines[i]) and not _closed_end(lines[i]) and widths[i]
                and (_full(lines, widths, i) or _st18.at_wrap_width(widths[i], page_widths())) and _goes_on(lines, widths, i)):
            i += 1
            continue
        j = i + 1  # the run's next line
        while j < n - 1 and _may_be_full(lines[j]) and not _closed_end(lines[j]) and widths[j] \
                and (_full(lines, widths, j) or _st18.at_wrap_width(widths[j], page_widths())) and _goes_on(lines, widths, j):
            j += 1
        if _PARAGRAPH_END.search(lines[j]) or (j - i >= 2 and _COLON_END.search(lines[j])):
            out += range(i, j)
        elif j - i >= 2 and _open_full_end(lines, widths, j, page_widths) and all(map(_has_clause_mark, lines[i:j + 1])):
            out += range(i, j)  # (metaA28) a paragraph of three full lines or more whose last line the next opens no way on from
        elif j - i >= CUT_RUN and j >= last_line() and all(map(_has_clause_mark, lines[i:j])) \
                and not any(map(_stop_before_symbols, lines[i:j])):
            out += range(i, j)  # (lead44) a wrapped paragraph that the text's own end cuts off (a stored preview's last line)
        i = j + 1
    return out


_CLAUSE_MARK = re.compile(r"[，,、；;。]")
# (lead44) the full lines before a last line that the text's end cuts off: four or more, so that a short list of items
# of near-equal width (``新增…35家,构建…`` / ``打造10家…,`` / ``新增2个…``) is not read as one wrapped paragraph
CUT_RUN = 4
# (lead44) a sentence's stop followed only by a few symbols (``…竞争力。🌱🌟``): the line ends its sentence
_STOP_BEFORE_SYMBOLS = re.compile(r"[。！？!?]\s*[^\w\s，,。、；;：:]{1,4}\s*$")


def _stop_before_symbols(line: str) -> bool:
    """(lead44) ``line`` ends its sentence and then only a few symbols (emoji, stars): no line a wrap cut."""
    return _STOP_BEFORE_SYMBOLS.search(line) is not None



def _has_clause_mark(line: str) -> bool:
    """(metaA28) A line that holds a clause mark: a line of running text, not a headline, a link or a table row."""
    return _CLAUSE_MARK.search(line) is not None


def _open_full_end(lines: list[str], widths, j: int, page_widths) -> bool:
    """(metaA28) Line ``j``, where a run of full lines stopped, is itself a full line of the run's wrap that ends in the
    middle of a sentence (``…维护考点`` before ``发布路况…`` read as no line of its own): the lines of the run before it are
    one paragraph, whatever cut it from the next. Not a short last line (a list's item, a title's end); the caller asks
    that each line of the run hold a clause mark (``_has_clause_mark``: no list of headlines or links)."""
    return bool(widths[j]) and _may_be_full(lines[j]) and not _closed_end(lines[j]) \
        and (_full(lines, widths, j) or _st18.at_wrap_width(widths[j], page_widths()))


_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN_START = re.compile(r"^[A-Za-z]")


def join_wrapped(mt):
    """``mt`` (a ``MappedText`` of the normalised text) with the line breaks of ``wrap_breaks`` removed: the wrapped
    lines read as one (a space stays between two Latin words, ``open`` / ``data``); the map keeps each character's
    place in the original, so a quote that runs over a break is still found there."""
    text = mt.text
    if "\n" not in text:
        return mt
    lines = text.split("\n")
    breaks = wrap_breaks(lines)
    if not breaks:
        return mt
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    edits = []
    for i in breaks:
        pos = starts[i] + len(lines[i])  # the line break after line i
        space = _LATIN_END.search(lines[i].rstrip()) and _LATIN_START.match(lines[i + 1].lstrip())
        edits.append((pos, pos + 1, " " if space else ""))
    return mt._apply(edits)


def joined_breaks(mapped, original: str) -> list[int]:
    """The places of the normalised text (``mapped``, a ``MappedText`` of ``original``) where ``join_wrapped`` removed a
    line break: a character whose original stands after a line break that the character before it does not reach
    (the removed break has no image). Sorted; empty for a page without wrapped lines."""
    text = mapped.text
    if not text:
        return []
    import numpy as np

    starts = np.frombuffer(mapped.starts, dtype=np.int64)
    ends = np.frombuffer(mapped.ends, dtype=np.int64)
    gaps = np.flatnonzero(starts[1:] > ends[:-1]) + 1  # characters with something dropped before them
    out = []
    for p in gaps.tolist():
        if text[p] != "\n" and text[p - 1] != "\n" and "\n" in original[ends[p - 1]:starts[p]]:
            out.append(p)
    return out


def goals_by_line(find, text: str, offset: int, goal_section: bool, body_start: int, joins: list[int], *rest):
    """``find(text, offset, goal_section, body_start, *rest)`` (``goals.find_goals`` on a paragraph at ``offset``),
    read line by line where the paragraph holds lines that ``join_wrapped`` joined: a goal sentence ends at the end of
    a line (O1), the wrapped lines as they were (``引导居民养成节水习惯,让每户学会`` / ``循环用水。``: two goals in a
    goal section). The join serves the targets (a number and its unit, a year and its commitment); the goals keep
    the lines of the page. Without a joined line the paragraph is read whole."""
    cuts = [p - offset for p in joins if offset < p < offset + len(text)]
    if not cuts:
        return find(text, offset, goal_section, body_start, *rest)
    hits = []
    bounds = [0] + cuts + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        if b <= body_start:
            continue
        hits += find(text[a:b], offset + a, goal_section, max(0, body_start - a), *rest)
    return hits
