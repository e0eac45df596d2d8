"""Seventeenth-round cues (table17): numeric targets on lines of their own in flattened tables.

A money table whose caption states the unit once for all its cells (``某计划分期经费表 单位:万元``, a budget sheet's
``2031年度 单位:千元``) prints its amounts as bare numbers, one cell per line or ``│``-parted on a row. The caption's
unit belongs to each such cell, the row's label cell names what the amount is, and the year stands in the caption
(``一百二十年度``, ``2031年度``) or in a year column of the rows (``年度`` in the header, ``120`` on the row). Every
example here is made up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a caption's unit at the end of its line: ``单位:万元``, ``單位:新台幣千元``, ``单位:人民币亿元`` (not ``单位:元``: a fee
# or allowance schedule's prices, no planned sums)
_CAPTION_UNIT = re.compile(r"(?:单位|單位)\s*[:：]\s*(?:人民币|新台币|新臺幣|新台幣|港币|港幣|港元|澳门元|澳門元)?\s*"
                           r"((?:千|万|萬|亿|億|百万|百萬|十万|十萬)元)\s*[)）]?\s*$")
# a year before the caption's unit: ``2031年度``, ``120年度``, ``一百二十年度``
_CAPTION_YEAR = re.compile(r"((?:19|20)\d\d|\d{2,3}|[〇零一二三四五六七八九十百]{2,6})\s*年度?")
_BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_RULE_LINE = re.compile(r"[\s─━┬┴┼├┤┌┐└┘│|—\-=+]*")
_CELL_SPLIT = re.compile(r"[│|]")
# amounts spent or reached, not planned: a table or row of them holds no targets (N13)
_STATUS_WORDS = re.compile(r"决算|決算|执行|執行|实际|實際|已完成|完成情况|完成情況|完成投资|完成投資|已投|已拨|已撥|到位|支出数|支出數|"
                           r"现状|現狀|基数|基數|上年|去年|前年|累计|累計|统计|統計|情况表|情況表")
# columns of another measure beside the amounts (shares, changes against a year before): the cells are no amounts of
# the caption's unit, or not all of them are
_OTHER_MEASURE = re.compile(r"百分比|比例|比重|占比|佔比|增长率|增長率|增幅|增减|增減|比较|比較|差额|差額|%|％")
_YEAR_HEADER = ("年度", "年份", "年别", "年別", "年")
_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass
class CaptionValue:
    start: int  # the row label's start: the quote runs from the label to the amount
    end: int
    indicator: str
    value: float
    unit: str
    year: int | None


def cn_year_number(t: str) -> int | None:
    """A year written in Chinese numerals or digits: ``九十七`` -> 97, ``一百零五`` -> 105, ``一二〇`` -> 120,
    ``2031`` -> 2031; None for anything else (``第一``, ``十万``)."""
    if t.isdigit():
        return int(t)
    if not t or any(c not in _CN_DIGIT and c not in "十百" for c in t):
        return None
    if "十" not in t and "百" not in t:
        return int("".join(str(_CN_DIGIT[c]) for c in t))
    total, rest = 0, t
    if "百" in rest:
        h, _, rest = rest.partition("百")
        if len(h) != 1:
            return None
        total += _CN_DIGIT[h] * 100
        rest = rest.lstrip("零〇")
    if "十" in rest:
        tens, _, rest = rest.partition("十")
        if len(tens) > 1:
            return None
        total += (_CN_DIGIT[tens] if tens else 1) * 10
    if len(rest) > 1:
        return None
    return total + (_CN_DIGIT[rest] if rest else 0)


def calendar_year(n: int) -> int | None:
    """``2031`` stays; a Republic of China year (``120``, ``97``) is ``n + 1911`` (N9a); None for no plausible year."""
    if 1990 <= n <= 2100:
        return n
    if 80 <= n <= 189:
        return n + 1911
    return None


def caption_unit(line: str) -> tuple[str, int | None] | None:
    """(unit, year) of a table caption that states the unit of all its cells at its end: ``某计划分期经费表 单位:新台币亿元``
    -> (``亿元``, None); ``一百二十年度 单位:千元`` -> (``千元``, 2031); None for a line that does not end so
    (``单位:个``, ``单位:元``, ``主办单位:甲局``, ``金额单位为万元的说明``)."""
    m = _CAPTION_UNIT.search(line)
    if m is None or _STATUS_WORDS.search(line):
        return None
    head = line[:m.start()]
    if head.endswith(("主办", "承办", "协办", "责任", "牵头", "主辦", "承辦", "協辦", "責任", "牽頭")):
        return None
    year = None
    for y in _CAPTION_YEAR.finditer(head):
        n = cn_year_number(y.group(1))
        if n is not None and (c := calendar_year(n)) is not None:
            year = c
    return m.group(1), year


def _cells(text: str, start: int, limit: int = 160) -> list[tuple[int, int, str]]:
    """The cells after a caption, (start, end, text), read a line at a time and parted at ``│``/``|``, up to the first
    line of prose (a cell over 40 characters) or ``limit`` lines; rule lines and empty cells are skipped."""
    out: list[tuple[int, int, str]] = []
    pos = start
    for _ in range(limit):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.strip() and not _RULE_LINE.fullmatch(line):
            at = pos
            parts = _CELL_SPLIT.split(line)
            if any(len(p.strip()) > 40 for p in parts):
                break
            for p in parts:
                s = p.strip()
                if s:
                    a = at + p.find(s)
                    out.append((a, a + len(s), s))
                at += len(p) + 1
        pos = end + 1
    return out


def _is_number(s: str) -> bool:
    return _BARE_NUMBER.fullmatch(s) is not None


def _is_code(s: str) -> bool:
    """A number cell that is a code, not an amount: a leading zero (``0045``) or eight digits and more without a
    thousands comma (``5245010100``, a budget line's code)."""
    return "," not in s and "." not in s and (len(s) >= 8 or (len(s) > 1 and s.startswith("0")))


def _serial_cells(cells: list[tuple[int, int, str]]) -> set[int]:
    """The indexes of row-number cells: a lone integer between two text cells whose values count up by one from
    lone integer to lone integer (``1`` … ``2`` … ``3``), the numbers of the rows, not their amounts."""
    lone: list[tuple[int, int]] = []
    for k, (_a, _b, s) in enumerate(cells):
        if s.isdigit() and len(s) <= 3 and 0 < k < len(cells) - 1 and not _is_number(cells[k - 1][2]) \
                and not _is_number(cells[k + 1][2]):
            lone.append((k, int(s)))
    out: set[int] = set()
    for (k1, v1), (k2, v2) in zip(lone, lone[1:]):
        if v2 == v1 + 1:
            out.update((k1, k2))
    return out


def caption_unit_values(text: str, min_year: int | None = None) -> list[CaptionValue]:
    """The amounts of money tables whose caption gives the unit (``caption_unit``): each bare number cell that follows a
    row's label cell is an amount of that unit, the label its indicator (``资本门`` / ``12.5`` / ``3`` under ``单位:亿元``
    -> 12.5 ``亿元`` and 3 ``亿元``, both labelled ``资本门``). The year is the caption's, or the row's year cell where the
    header has a ``年度`` column (``106`` before ``资本门``: ROC 106 -> 2017). Not read: zeros (an empty column), a bare
    number right after the header (no label), a row or table whose words say the amounts are spent or reached
    (``决算数``, ``实际执行``), and a year before ``min_year`` (a past budget, N13)."""
    out: list[CaptionValue] = []
    pos = 0
    while True:
        m = re.search(r"(?:单位|單位)\s*[:：][^\n]*元[)）]?[ \t]*(?:\n|$)", text[pos:])
        if m is None:
            break
        cap_start = pos + m.start()
        line_start = text.rfind("\n", 0, cap_start) + 1
        line_end = pos + m.end()
        pos = line_end
        cap = caption_unit(text[line_start:line_end].rstrip("\n"))
        if cap is None:
            continue
        unit, year = cap
        cells = _cells(text, line_end)
        first_number = next((k for k, c in enumerate(cells) if _is_number(c[2])), None)
        if first_number is None or first_number == 0:
            continue
        header = [c[2] for c in cells[:first_number]]
        if any(_STATUS_WORDS.search(h) or _OTHER_MEASURE.search(h) for h in header):
            continue
        run = [c[2] for c in cells[first_number:first_number + 3]]
        if len(run) >= 2 and all(_is_number(r) and "." not in r and calendar_year(int(r.replace(",", ""))) in
                                 (int(r.replace(",", "")),) for r in run[:2]):
            continue  # a header of years (``2029`` ``2030`` …): a table of values by year, read by the indicator readers
        serials = _serial_cells(cells)
        has_year_col = any(h in _YEAR_HEADER for h in header)
        row_year = year
        label: tuple[int, int, str] | None = None
        k = 0
        while k < len(cells):
            a, b, s = cells[k]
            if not _is_number(s):
                label = (a, b, s)
                k += 1
                continue
            nxt = cells[k + 1][2] if k + 1 < len(cells) else None
            if has_year_col and "." not in s and "," not in s and (nxt is None or not _is_number(nxt)) \
                    and (y := calendar_year(int(s))) is not None:
                row_year = y  # a year cell: the rows after it take its year
                label = None
                k += 1
                continue
            if label is None or k < first_number or k in serials or _is_code(s):
                if k in serials:
                    label = None  # a row's number: the label of the row comes after it
                k += 1
                continue
            value = float(s.replace(",", ""))
            if value and not _STATUS_WORDS.search(label[2]) and (min_year is None or row_year is None or row_year >= min_year):
                out.append(CaptionValue(label[0], b, label[2], value, unit, row_year))
            k += 1
        pos = max(pos, cells[-1][1] if cells else pos)
    return out


def caption_unit_records(extractor, doc, found: list) -> list:
    """The records of ``caption_unit_values`` (and of ``currency_rows.amount_rows``, tgtA27) over a prepared document,
    where no target stands on the amount already; ``extractor``: the rules extractor whose ``_base`` fills the common
    fields."""
    from extract.rules.currency_rows import amount_rows  # (tgtA27; local: that module imports this one)
    text = doc.text
    from extract.rules.budget_columns import budget_column_values  # (tgtB36)
    hits = amount_rows(text)  # (tgtA27) a schedule of amounts with a currency sign, the currency in its header
    hits += budget_column_values(text)  # (tgtB36) a ``|`` table's budget column, the currency in its header cell
    if "单位" not in text and "單位" not in text and not hits:
        return []
    meta = doc.structured.meta
    min_year = int(meta.date[:4]) if meta.date and meta.date[:4].isdigit() else None
    hits = (caption_unit_values(text, min_year) if "单位" in text or "單位" in text else []) + hits
    if not hits:
        return []
    return untaken_targets(extractor, doc, found, hits, lambda v: {"comparator": "=", "target_year": v.year},
                           "table:caption_unit")


def untaken_targets(extractor, doc, found: list, hits: list, fields, cue: str) -> list:
    """Numeric targets for table values read by a layout reader (``hits``: start, end, indicator, value, unit), except
    where a target with the same value already stands on the cell; ``fields(hit)`` gives comparator and target_year,
    ``cue`` names the reader."""
    from extract.data import NumericTarget  # (local: the rules package imports this module)
    taken = [(r.norm_span.start, r.norm_span.end, r.value) for r in found if isinstance(r, NumericTarget)]
    out = []
    for v in hits:
        if any(a < v.end and v.end - 1 < b and value == v.value for a, b, value in taken):
            continue
        out.append(NumericTarget(**extractor._base(doc, v.start, v.end, []), indicator=v.indicator, value=v.value,
                                 unit=v.unit, cues=[cue], **fields(v)))
    return out
