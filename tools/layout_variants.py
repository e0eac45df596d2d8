"""Layout variants scored against gold: do the rules hold when only the layout of a development text changes?

usage (from the repository root, with this tree's code):
    PYTHONPATH=src python tools/layout_variants.py [--ids FILE] [--types T[,T]] [--variants V[,V]] [--workers K]
                                                   [--show N] [--json OUT] [--sample K] [--root DIR]

For each development text with gold (``ROOT/eval/gold/wild/<id>.jsonl`` + ``ROOT/data/docs/wild/<id>.txt``, the
held-out prefixes ``HELD_OUT`` never read, plus the seeds ``ROOT/eval/gold/<id>.jsonl`` + ``ROOT/data/docs/<id>.txt``)
each variant of ``VARIANTS`` rewrites the text's layout only, as a list of edits ``(start, end, replacement)`` on the
original; the gold is rewritten to match: each gold quote is located as the scorer locates it
(``evaluate.DocLocator``), and the edits inside its span are applied to it (a table's quote is found again cell by
cell in the table written anew). A quote that an edit cuts across, or a fuzzily located one an edit touches, cannot be
mapped: it is kept as it stands and counted (``unmapped``), never dropped.

The rules run in-process (as ``tools/metamorphic.py``) on the original and on each variant, and both are scored with
``extract.evaluate.score`` (the code ``extract eval`` runs). Printed per variant and type (numeric_target,
unit_assignment strict, goal): tp/fp/fn and F1 of the original and of the variant, and the gold records lost (found
on the original, missed on the variant) and gained. ``--show N`` lists per variant the N texts losing most records
(doc id, type, count, one lost quote).

Variants (``VARIANTS``):
``numbering``      line-initial list and heading markers (``一、`` ``(一)`` ``1.`` ``1、`` ``(1)`` ``①`` ``•``) each
                   written in the style one place on in that order, consistently per style (a style is a level),
                   the order of the levels kept (the deepest, when it cannot go deeper, stays); item 1 of a list
                   run into a heading's line (``二、某科(一)…``) goes with its list
``numbering_swap`` each style written in its partner of the same or the next rank when the page has none of it
                   (``一、``/``(一)``, ``1.``/``1、``, ``(1)``/``①``, ``•`` -> ``①``; bullets numbered on over
                   the wrapped lines of their items, anew after a lead-in line)
``label_own_line`` a line-initial label or unit name closed by a colon (``牵头单位：…``, ``某局：负责…``), or a numbered
                   heading closed by a full stop, ends its line: the rest goes on the next line (not in a table,
                   nor in a line holding further headings run in: a page that lost its line breaks)
``label_run_in``   a label line (``…：`` alone) or a short numbered heading or bare unit-name line runs into the next
                   line when that is a plain sentence (no item marker or dash; after a label or unit name, no label)
``half_punct``     full-width punctuation and brackets written half-width (``，：；（）`` -> ``,:;()``)
``full_punct``     half-width punctuation and brackets written full-width (not between digits)
``s2t``            Simplified written Traditional (OpenCC s2t, as ``metamorphic.s2t``)
``table_cells``    each table the readers parse flattened one cell per line
``table_pipe``     each table the readers parse written as ``|``-rows
                   (both from the page's own cells, ``page_rows``: each cell sliced from the original text, its
                   blanks and script kept, the page's header and category lines kept as rows, no cell the reader
                   derived written; a table one cell per line is cut into rows where the reader's rows start)

A dev tool, not part of the package; ``compare_doc`` is what the tests call on a made-up text.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract.data import Document, record_key, spec_dict  # noqa: E402
from extract.evaluate import DocLocator, load_records, score  # noqa: E402
from extract.normalise import canonical  # noqa: E402

ROOT = Path("/work/main")
HELD_OUT = ("w170-", "w180-")  # never read (the sealed v37 texts and the next sealed split v38; sealed v36, w86-, retired into the development texts at the thirty-ninth round)
TYPES = ("numeric_target", "unit_assignment", "goal")
SHORT = {"numeric_target": "targets", "unit_assignment": "units(strict)", "goal": "goals"}

Edit = tuple  # (start, end, replacement[, mapper]): mapper(sub) rewrites a quote lying inside the edit


# --- the variant's context: the text and what several variants need once ------------------------------------------

@dataclass
class Ctx:
    text: str
    _tables: list | None = field(default=None, repr=False)

    @property
    def tables(self) -> list:
        """The tables the readers parse (``relayout_tables.tables_of``): (start, end, header, rows, kind)."""
        if self._tables is None:
            import relayout_tables

            self._tables = relayout_tables.tables_of(self.text)
        return self._tables

    def in_table(self, pos: int) -> bool:
        return any(a <= pos < b for a, b, *_ in self.tables)


# --- numbering --------------------------------------------------------------------------------------------------

STYLES = ("cn_dun", "cn_paren", "num_dot", "num_dun", "num_paren", "circled", "bullet")
_CN = "一二三四五六七八九十"
_MARK = re.compile(
    r"(?m)^[ \t\u3000]*(?:(?P<cn_dun>[一二三四五六七八九十]{1,3})、"
    r"|[(（](?P<cn_paren>[一二三四五六七八九十]{1,3})[)）]"
    r"|(?P<num_dot>\d{1,2})[.．](?![\d.．])"
    r"|(?P<num_dun>\d{1,2})、"
    r"|[(（](?P<num_paren>\d{1,2})[)）]"
    r"|(?P<circled>[\u2460-\u2473])"
    r"|(?P<bullet>[•●])[ \t\u3000]?)")


def cn_value(s: str) -> int | None:
    """The value of a Chinese numeral of 1-99 (``三`` 3, ``十二`` 12, ``二十`` 20, ``三十五`` 35), else None."""
    if not s or any(c not in _CN for c in s):
        return None
    if "十" not in s:
        return _CN.index(s) + 1 if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = 1 if not tens else (_CN.index(tens) + 1 if len(tens) == 1 and tens != "十" else None)
    o = 0 if not ones else (_CN.index(ones) + 1 if len(ones) == 1 and ones != "十" else None)
    return None if t is None or o is None else t * 10 + o


def cn_numeral(n: int) -> str:
    """1-99 as a Chinese numeral (12 ``十二``, 20 ``二十``)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens - 1] + "十")
    return head + (_CN[ones - 1] if ones else "")


def write_marker(style: str, n: int, full: bool) -> str | None:
    """The marker of item ``n`` in ``style`` (brackets full-width when ``full``), or None when the style cannot write
    it (a circled number over 20, a numeral over 99)."""
    o, c = ("（", "）") if full else ("(", ")")
    if n < 1 or n > 99:
        return None
    if style == "cn_dun":
        return cn_numeral(n) + "、"
    if style == "cn_paren":
        return o + cn_numeral(n) + c
    if style == "num_dot":
        return f"{n}."
    if style == "num_dun":
        return f"{n}、"
    if style == "num_paren":
        return f"{o}{n}{c}"
    if style == "circled":
        return chr(0x2460 + n - 1) if n <= 20 else None
    return "• "


_INDENT = re.compile(r"[ \t\u3000]*")
# a line that heads what follows (a lead-in ``说明如下`` or ``…：``), not the wrapped rest of an item
_LEAD_IN = re.compile(r"^[ \t\u3000]*(?:[^\n]*[：:]|[^\s，。；,;！!？?]{1,20}|[■□◆◇▲△★☆○◎►▶][^\n]*)[ \t\u3000]*$")


def continues_item(text: str, a: int, b: int, indent: int) -> bool:
    """The lines ``text[a:b]`` (between two bullets, the first indented ``indent``) all blank or the wrapped rest of
    the first bullet's item: indented deeper than it, or not a lead-in line (``_LEAD_IN``) at its depth."""
    for line in text[a:b].split("\n"):
        if not line.strip():
            continue
        if _INDENT.match(line).end() <= indent and _LEAD_IN.match(line):
            return False
    return True


# item 1 of a list run into a line after a heading's short name (``二、某科(一)…``) or a colon (``…如下：一、某科``)
_RUN_IN_MARK = re.compile(
    r"(?m)(?<=[：:])[ \t\u3000]*(?P<cn_dun>一)、"
    r"|(?:^|(?<=[、：:)）]))[ \t\u3000]*[^\s，。；：:,;、|\t()（）\d\u2460-\u2473]{0,16}?"
    r"(?:[(（](?P<cn_paren>一)[)）]|[(（](?P<num_paren>1)[)）]|(?P<num_dot>1)[.．](?![\d.．])|(?P<num_dun>1)、"
    r"|(?P<circled>\u2460))")
_LOOK_BACK = 30  # lines searched back from item 2 for its run-in item 1


def run_in_markers(text: str, found: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """(start, end, style, 1) of item 1 of each list whose item 2 starts a line (a marker of ``found``) but whose
    item 1 is run into an earlier line (the nearest before, up to one starting with a marker of the style) after a
    heading's short name or a colon (``_RUN_IN_MARK``): the list's first marker, so that it is written in the
    list's new style with the others."""
    out = []
    starts: dict[int, set] = {}
    for a, _, style, _ in found:
        line = text.rfind("\n", 0, a) + 1
        starts.setdefault(line, set()).add(style)
    for a, _, style, n in found:
        if n != 2 or style == "bullet":
            continue
        end = text.rfind("\n", 0, a)
        for _ in range(_LOOK_BACK):
            if end <= 0:
                break
            start = text.rfind("\n", 0, end) + 1
            m = next((m for m in _RUN_IN_MARK.finditer(text, start, end) if m.lastgroup == style), None)
            if style in starts.get(start, ()):  # a line the style opens: the list's start, or another list
                break
            if m:
                g = m.lastgroup
                out.append((m.start(g) - (1 if g in ("cn_paren", "num_paren") else 0), m.end(), g, 1))
                break
            end = start - 1
    return out


def markers(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, style, number) of each line-initial list or heading marker of ``text`` (``_MARK``; the marker's
    own span, its line's indent left out) and of each marker run into a heading line (``run_in_markers``); a
    bullet's number is its place in its run of bullets (a run goes on over blank lines and the wrapped rest of an
    item, ``continues_item``; it ends at another marker or a lead-in line)."""
    out = []
    run, after, indent = 0, 0, 0
    for m in _MARK.finditer(text):
        style = m.lastgroup
        g = m.group(style)
        if style == "bullet":
            run = run + 1 if run and continues_item(text, after, m.start(), indent) else 1
            after = text.find("\n", m.end())
            after = len(text) if after < 0 else after
            indent = m.start(style) - (text.rfind("\n", 0, m.start(style)) + 1)
            n = run
        else:
            run = 0
            n = cn_value(g) if style.startswith("cn") else (ord(g) - 0x2460 + 1 if style == "circled" else int(g))
        if not n:
            continue
        start = m.start(style) - (1 if style in ("cn_paren", "num_paren") else 0)
        out.append((start, m.end(), style, n))
    return sorted(set(out + run_in_markers(text, out)))


def restyle(present: list[str], shift: int) -> dict[str, str]:
    """Each style of ``present`` moved ``shift`` (+1 or -1) places along ``STYLES`` (ordered top level first), the
    order of the levels kept: a level that would fall off the end, or onto the level next to it, stays one place
    from that one (or where it is)."""
    ranks = sorted(STYLES.index(s) for s in set(present))
    out: dict[str, str] = {}
    bound = len(STYLES) if shift > 0 else -1
    for r in (reversed(ranks) if shift > 0 else ranks):
        t = r + shift
        t = min(t, bound - 1) if shift > 0 else max(t, bound + 1)
        t = max(t, r) if shift > 0 else min(t, r)
        out[STYLES[r]] = STYLES[t]
        bound = t
    return out


_PARTNER = {"cn_dun": "cn_paren", "cn_paren": "cn_dun", "num_dot": "num_dun", "num_dun": "num_dot",
            "num_paren": "circled", "circled": "num_paren", "bullet": "circled"}


def swap_styles(present: list[str]) -> dict[str, str]:
    """Each style of ``present`` written in its partner of the next rank or the same (``_PARTNER``: ``一、`` and
    ``(一)``, ``1.`` and ``1、``, ``(1)`` and ``①``, ``•`` to ``①``) when the page uses no marker of that style and no
    other style took it: the order of the levels is kept."""
    got = set(present)
    out: dict[str, str] = {}
    for s in STYLES:
        p = _PARTNER[s]
        if s in got and p not in got and p not in out.values():
            out[s] = p
    return out


def numbering(ctx: Ctx, shift: int = 1) -> list[Edit]:
    """Each line-initial marker written in another style of ``STYLES``, the same for every marker of a style, the
    order of the levels kept (``restyle`` by ``shift``; ``swap_styles`` when it is 0); a style that cannot write one of its numbers in its new style is left;
    markers inside a table the readers parse are left (a serial cell is no list)."""
    found = [m for m in markers(ctx.text) if not (ctx.tables and ctx.in_table(m[0]))] if _MARK.search(ctx.text) else []
    if not found:
        return []
    full = ctx.text.count("（") >= ctx.text.count("(")
    target = {}
    present = [m[2] for m in found]
    for style, new in (swap_styles(present) if shift == 0 else restyle(present, shift)).items():
        if new != style and all(write_marker(new, n, full) for _, _, s, n in found if s == style):
            target[style] = new
    return [(a, b, write_marker(target[s], n, full)) for a, b, s, n in found if s in target]


# --- labels and headings on their own line / run in ------------------------------------------------------------

_MARK_SRC = r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[\u2460-\u2473]|[•●])?"
# a line-initial label or name closed by a colon, the rest of the line after it
_LABEL_HEAD = re.compile(rf"(?m)^[ \t\u3000]*{_MARK_SRC}[ \t\u3000]*[^\s，。；：:,;|\t（）()、]{{2,16}}[：:]([ \t\u3000]*)(?=[^\s|])")
# a numbered heading closed by a full stop, a sentence after it on the line
_RUN_HEAD = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)"
                       r"|[\u2460-\u2473])[^\s，。；：:,;|\t]{2,16}。([ \t\u3000]*)(?=[^\n]{8})")
_CJK = re.compile("[\u4e00-\u9fff]")
# a heading marker run in after a sentence or a bracket: the line holds several headings (a page that lost its breaks)
_RUN_ON_HEAD = re.compile(r"[。；;！!？?）)\s](?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")


def label_own_line(ctx: Ctx) -> list[Edit]:
    """A line-initial label or unit name closed by a colon (``_LABEL_HEAD``) or a numbered heading closed by a full
    stop (``_RUN_HEAD``) ends its line: the blanks after it become a line break. Table rows (``|``, tab, or a line
    of a table the readers parse: a cell one a line), web addresses (``网址http://…``) and a line holding further
    headings run in (``_RUN_ON_HEAD``: a page that lost its line breaks, none to give one label) are left."""
    out = []
    for rx in (_LABEL_HEAD, _RUN_HEAD):
        for m in rx.finditer(ctx.text):
            line_end = ctx.text.find("\n", m.start())
            line = ctx.text[m.start():line_end if line_end >= 0 else len(ctx.text)]
            if "|" in line or "\t" in line or not _CJK.search(m.group(0)) or ctx.text.startswith("//", m.end(1)):
                continue
            if _RUN_ON_HEAD.search(line, m.end(1) - m.start()) or ctx.tables and ctx.in_table(m.start(1)):
                continue
            out.append((m.start(1), m.end(1), "\n"))
    out.sort()
    return out


_HEAD_LINE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)"
                        r"|[\u2460-\u2473])[^\s，。；：:,;|\t]{2,16}$")
_COLON = re.compile("[：:]")
_LABEL_LINE = re.compile(r"^[ \t\u3000]*[^\s，。；|\t]{2,16}[：:]$")
_PROSE_LINE = re.compile(r"^[^\s|\t]{12,}[。；;]$")
# a line that opens with an item marker ``_MARK`` does not know (a dash, a square, an arrow)
_SYMBOL_ITEM = re.compile(r"[-－—–·・*▪■□◆◇○◎►▶→>]")
# a line that opens with a label of its own (``完成情况：…``, ``某局：…``): an item of a list of labelled lines, which
# a label or a unit name run into would set apart from the others (``某局：完成情况：…``)
_OWN_LABEL = re.compile(r"[^\s，。；,;]{2,16}[：:]")


def label_run_in(ctx: Ctx) -> list[Edit]:
    """A short line that is a label closed by a colon (``_LABEL_LINE``), a numbered heading (``_HEAD_LINE``) or a
    bare unit name (``cues.is_unit_cell``, no colon in it: ``责任单位：某局`` is a labelled line, no name) runs into
    the next line when that is a sentence (``_PROSE_LINE``) opening with no item marker (``_MARK``, or a dash or a
    square: ``_SYMBOL_ITEM``), and for a label or a unit name with no label of its own (``_OWN_LABEL``,
    ``完成情况：…``): the line break goes (a heading gets ``。``, a unit name ``：``). Tables the readers parse are
    left."""
    from extract.cues import is_unit_cell

    text = ctx.text
    out = []
    pos = 0
    lines = text.split("\n")
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    for i in range(1, len(lines) - 1):
        cur, nxt = lines[i].strip(), lines[i + 1].strip()
        if not cur or not _CJK.search(cur) or not _PROSE_LINE.match(nxt) or _MARK.match(nxt) or _SYMBOL_ITEM.match(nxt):
            continue
        if _HEAD_LINE.match(cur):
            join = "。"
        elif _OWN_LABEL.match(nxt):  # an item of a list of labelled lines: no label or name runs into it
            continue
        elif _LABEL_LINE.match(cur):
            join = ""
        elif len(cur) <= 16 and is_unit_cell(cur) and not cur.endswith(("。", "；", "，")) and not _COLON.search(cur):
            join = "："
        else:
            continue
        if ctx.tables and ctx.in_table(starts[i]):
            continue
        out.append((starts[i] + len(lines[i].rstrip()), starts[i + 1] + len(lines[i + 1]) - len(lines[i + 1].lstrip()),
                    join))
    return out


# --- punctuation and script --------------------------------------------------------------------------------------

def char_edits(old: str, new: str) -> list[Edit]:
    """Edits turning ``old`` into ``new``: one a character when both have one length, else one a line (line by line
    when both have as many lines, else the whole text)."""
    if old == new:
        return []
    if len(old) == len(new):
        return [(i, i + 1, b) for i, (a, b) in enumerate(zip(old, new)) if a != b]
    ol, nl = old.split("\n"), new.split("\n")
    if len(ol) != len(nl):
        return [(0, len(old), new)]
    out, pos = [], 0
    for a, b in zip(ol, nl):
        if a != b:
            out += [(pos + e[0], pos + e[1], e[2]) for e in char_edits(a, b)] if len(a) == len(b) else [(pos, pos + len(a), b)]
        pos += len(a) + 1
    return out


def half_punct(ctx: Ctx) -> list[Edit]:
    """Full-width punctuation and brackets written half-width (``metamorphic.half_punct``)."""
    import metamorphic

    return char_edits(ctx.text, metamorphic.half_punct(ctx.text, None))


_TO_FULL = re.compile(r"(?<!\d),|(?<=\d),(?!\d)|(?<!\d):|(?<=\d):(?!\d)|[;()!?]")
_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}


def full_punct(ctx: Ctx) -> list[Edit]:
    """Half-width punctuation and brackets written full-width (``,:;()!?`` -> ``，：；（）！？``); a comma or colon
    between two digits (``1,200``, ``9:30``) and web addresses (``://``) are left."""
    return [(m.start(), m.end(), _FULL[m.group()]) for m in _TO_FULL.finditer(ctx.text)
            if not ctx.text.startswith("//", m.end())]


def s2t(ctx: Ctx) -> list[Edit]:
    """Simplified written Traditional (``metamorphic.s2t``, OpenCC s2t)."""
    import metamorphic

    return char_edits(ctx.text, metamorphic.s2t(ctx.text, None))


# --- tables ------------------------------------------------------------------------------------------------------

_CELL_SEP = re.compile(r"[\s|｜]+")


def cell_mapper(block: str) -> Callable[[str], str | None]:
    """A quote's text in ``block`` (a table written anew): its pieces between cell separators (blanks, ``|``, line
    breaks) found in order in the block with only separators between them; None when they are not."""
    def mapper(sub: str) -> str | None:
        parts = [p for p in _CELL_SEP.split(sub) if p]
        if not parts:
            return None
        m = re.search(r"[\s|｜]*".join(map(re.escape, parts)), block)
        return block[m.start():m.end()] if m else None
    return mapper


_SPLIT = {"pipe": re.compile(r"[|｜]"), "tab": re.compile(r"\t"), "spaced": re.compile(r"[ \t\u3000]+")}
_INNER_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")


def page_cells(text: str, a: int, b: int, src: str) -> list[list[tuple[int, int]]]:
    """The page's own cells of the table standing on the whole lines ``text[a:b]`` (an original text), laid out as
    ``src`` (``relayout_tables.source_layout``): per nonblank line the spans of its cells in ``text``, the cells
    parted by ``|`` (``pipe``), a tab (``tab``), blanks (``spaced``), or each line one cell (``cells``); a cell's
    edge blanks left out, an empty cell dropped (but a line of blanks among cells one per line: an empty cell)."""
    out = []
    pos = a
    for line in text[a:b].split("\n"):
        spans = []
        if src == "cells":
            if line and not line.strip():  # a line of blanks in a run of cells: an empty cell
                out.append([(pos, pos)])
                pos += len(line) + 1
                continue
            bounds = [(0, len(line))]
        else:
            bounds, k = [], 0
            for m in _SPLIT[src].finditer(line):
                bounds.append((k, m.start()))
                k = m.end()
            bounds.append((k, len(line)))
        for s, e in bounds:
            piece = line[s:e]
            if piece.strip():
                s += len(piece) - len(piece.lstrip())
                e -= len(piece) - len(piece.rstrip())
                spans.append((pos + s, pos + e))
        if spans:
            out.append(spans)
        pos += len(line) + 1
    return out


_SERIAL = re.compile(r"^[(（]?\d{1,3}[.、．)）]?$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部分章节])")
_BARE = re.compile(r"^[\d.%％\-~～—]{0,8}$")


def _fits(cell: str, piece: str, least: int) -> bool:
    """Whether a parsed cell (canonical) is the page's cell ``piece`` (canonical): the same, the piece its first
    line (a cell written over lines), or the piece starting with it when it has ``least`` characters or more (a
    header the reader cut, ``2022年目标值`` read as ``2022``)."""
    return bool(cell) and (piece == cell or (len(piece) >= 2 and cell.startswith(piece))
                           or (len(cell) >= least and piece.startswith(cell)))


def row_starts(pieces: list[str], header: list[str], rows: list[list[str]]) -> tuple[int, list[tuple[int, int]]]:
    """For a table one cell per line (``pieces``: its lines, canonical): where the page's header lines end, and
    (line, row) for each parsed row found: the line it starts at. A row is found by its anchor, the first of its
    cells that says something (not a bare number, which an earlier row may hold as well; else any) standing on a
    line on from the row before (the same cell, or its first line when it is written over lines); the row's cells
    before the anchor on the lines right above it go with it (a serial number). The header ends after the last line
    that is (or begins) a header cell before the first row and any category heading (``_HEADING``); the lines between it and the first row stay rows of
    their own (a category row)."""
    starts, pos = [], 0
    for r, row in enumerate(rows):
        cells = [canonical(c) for c in row]
        order = [j for j, c in enumerate(cells) if c and not _BARE.match(c)] + [j for j, c in enumerate(cells)
                                                                               if c and _BARE.match(c)]
        for j in order:
            start = next((i for i in range(pos, len(pieces)) if _fits(cells[j], pieces[i], 99)), None)
            if start is not None:
                break
        else:
            continue
        for c in reversed(cells[:j]):
            up = pieces[start - 1] if start - 1 >= pos else ""
            # the same cell, or a serial number the reader numbered afresh (its page's own number on the line)
            if up and (up.rstrip(".、．)）") == c.rstrip(".、．)）") or c.isdigit() and _SERIAL.match(up)):
                start -= 1
            else:
                break
        starts.append((start, r))
        pos = start + 1
    first = starts[0][0] if starts else len(pieces)
    first = next((i for i in range(first) if _HEADING.match(pieces[i])), first)  # a category heading is no header
    head_end, k = 0, 0
    for c in header:
        c = canonical(c)
        i = next((i for i in range(k, first) if _fits(c, pieces[i], 2)), None)
        if i is None:
            continue
        got = pieces[i]
        while i + 1 < first and got != c and pieces[i + 1] and c.startswith(got + pieces[i + 1]):  # wrapped
            i += 1
            got += pieces[i]
        head_end = k = i + 1
    return head_end, starts


_LIST_SEP = re.compile(r"[、,，;；]")


def join_wrapped(own: list[str], canon: list[str], cells: list[str]) -> list[str]:
    """A row's lines (``own``, their canonical text ``canon``) as its cells: consecutive lines whose text together
    is one of the parsed ``cells`` (a cell the page wrapped over lines, or a list of units a line each, which the
    reader may have joined by ``、``) joined by a blank, every other line a cell."""
    want = {_LIST_SEP.sub("", canonical(c)) for c in cells}
    out, i = [], 0
    while i < len(own):
        k = next((k for k in range(min(12, len(own) - i), 1, -1)
                  if canon[i + k - 1] and _LIST_SEP.sub("", "".join(canon[i:i + k])) in want), 1)
        out.append(" ".join(x for x in own[i:i + k] if x))
        i += k
    return out


def page_rows(text: str, a: int, b: int, src: str, header: list[str], rows: list[list[str]]) -> list[list[str]]:
    """The table on ``text[a:b]`` as rows of the page's own cells, each its original text (blanks, script and
    all): a table delimited a row a line keeps its lines as rows, header and category rows included; a table one
    cell per line is cut into rows where the reader's parsed rows start (``row_starts``), its header lines one
    row, every other line before the first row and a category heading closing a row's lines (``_HEADING``) a row
    of its own, a cell the page wrapped over lines one cell
    (``join_wrapped``, its line breaks written as blanks). No cell the reader derived (a unit, a header it parsed)
    is written, none twice."""
    cells = page_cells(text, a, b, src)
    own = [[_INNER_BREAK.sub(" ", text[s:e]) for s, e in line] for line in cells]
    if src != "cells":
        return own
    flat = [c for line in own for c in line]
    canon = [canonical(c) for c in flat]
    head_end, starts = row_starts(canon, header, rows)
    first = starts[0][0] if starts else len(flat)
    out = [join_wrapped(flat[:head_end], canon[:head_end], header)] if head_end else []
    out += [[c] for c in flat[head_end:first]]
    for (s, r), (e, _) in zip(starts, starts[1:] + [(len(flat), None)]):
        mine = {canonical(c) for c in rows[r]}
        tail = e
        while tail - 1 > s and (not canon[tail - 1] or _HEADING.match(canon[tail - 1]) and canon[tail - 1] not in mine):
            tail -= 1  # category headings closing the row's lines stand as rows of their own
        while tail < e and not canon[tail]:
            tail += 1  # (its empty cells stay)
        out.append(join_wrapped(flat[s:tail], canon[s:tail], rows[r]))
        out += [[c] for c in flat[tail:e]]
    return [r for r in out if any(r)]


def write_rows(layout: str, rows: list[list[str]]) -> str:
    """``rows`` written one cell per line (``cells``) or a row a line with cells parted by `` | `` (``pipe``)."""
    if layout == "cells":
        return "\n".join(c for r in rows for c in r)
    return "\n".join(" | ".join(r) for r in rows)


def _tables(ctx: Ctx, layout: str) -> list[Edit]:
    """Each table the readers parse written in ``layout`` from the page's own cells (``page_rows``)."""
    import relayout_tables as R

    out = []
    for a, b, header, rows, kind in ctx.tables:
        src = "spaced" if kind == "spaced" else R.source_layout(ctx.text[a:b])
        if src == layout:
            continue
        block = write_rows(layout, page_rows(ctx.text, a, b, src, header, rows))
        if block != ctx.text[a:b]:
            out.append((a, b, block, cell_mapper(block)))
    return out


def table_cells(ctx: Ctx) -> list[Edit]:
    """Each table the readers parse (``relayout_tables.tables_of``) flattened one cell per line."""
    return _tables(ctx, "cells")


def table_pipe(ctx: Ctx) -> list[Edit]:
    """Each table the readers parse written a row a line, cells parted by ``|``."""
    return _tables(ctx, "pipe")


VARIANTS: dict[str, Callable[[Ctx], list[Edit]]] = {
    "numbering": numbering, "numbering_swap": lambda ctx: numbering(ctx, 0),
    "label_own_line": label_own_line, "label_run_in": label_run_in,
    "half_punct": half_punct, "full_punct": full_punct, "s2t": s2t,
    "table_cells": table_cells, "table_pipe": table_pipe,
}


# --- edits, quotes, gold ---------------------------------------------------------------------------------------

def disjoint(edits: list[Edit]) -> list[Edit]:
    """``edits`` sorted, each that overlaps one before it left out."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e[0], e[1])):
        if not out or e[0] >= out[-1][1] and not (e[0] == e[1] == out[-1][1] and out[-1][0] == out[-1][1]):
            out.append(e)
    return out


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with ``edits`` (sorted, not overlapping) applied."""
    out, pos = [], 0
    for e in edits:
        out.append(text[pos:e[0]])
        out.append(e[2])
        pos = e[1]
    out.append(text[pos:])
    return "".join(out)


def touching(edits: list[Edit], starts: list[int], ends: list[int], a: int, b: int) -> list[Edit]:
    """The edits (sorted, not overlapping) that touch ``[a, b)``: overlap it, or insert inside it (an insertion at
    either end stays outside)."""
    return edits[bisect.bisect_right(ends, a):bisect.bisect_left(starts, b)]


def map_span(text: str, edits: list[Edit], a: int, b: int) -> str | None:
    """The variant's text of ``text[a:b]`` given the ``edits`` that touch it (``touching``): each applied; a span
    inside one edit with a mapper is mapped by it; None when an edit cuts across the span."""
    out, pos = [], a
    for e in edits:
        s, t = e[0], e[1]
        if s < a or t > b:
            if len(e) > 3 and s <= a and b <= t:
                return e[3](text[a:b])
            return None
        out.append(text[pos:s])
        out.append(e[2])
        pos = t
    out.append(text[pos:b])
    return "".join(out)


@dataclass
class GoldMap:
    gold: list[dict]
    rewritten: int = 0
    unmapped: int = 0
    unlocated: int = 0
    unmapped_at: set = field(default_factory=set)  # the indices of the unmapped records


def rewrite_gold(text: str, gold: list[dict], edits: list[Edit], char_fn: Callable[[str], str] | None = None,
                 loc: DocLocator | None = None) -> GoldMap:
    """The gold of ``text`` rewritten for its variant ``apply_edits(text, edits)``: each quote located as the scorer
    does (the k-th record of a type with one quote at its k-th occurrence); a quote whose raw span reads the same
    under ``canonical`` gets the edits inside the span; a fuzzily located one that an edit touches is rewritten with
    ``char_fn`` (a variant changing characters one by one), else kept and counted unmapped, as a quote an edit cuts
    across. A goal's text equal to its quote follows it. Records are never dropped."""
    loc = loc or DocLocator(text)
    starts, ends = [e[0] for e in edits], [e[1] for e in edits]
    out = GoldMap([])
    seen: Counter = Counter()
    for r in gold:
        r = dict(r)
        q = r["quote"]
        span = loc.locate(q, seen[(r["type"], q)])
        seen[(r["type"], q)] += 1
        out.gold.append(r)
        if span is None:
            out.unlocated += 1
            continue
        a, b = loc.mapped.to_orig(*span)
        touched = touching(edits, starts, ends, a, b)
        if not touched:
            continue
        new = None
        if canonical(text[a:b]) == canonical(q):
            new = map_span(text, touched, a, b)
        elif char_fn is not None:
            new = char_fn(q)
        if new is None:
            out.unmapped += 1
            out.unmapped_at.add(len(out.gold) - 1)
            continue
        if r.get("text") == q:
            r["text"] = new
        r["quote"] = new
        out.rewritten += new != q
    return out


# --- running and scoring -------------------------------------------------------------------------------------------

_EXTRACTOR = None


def predict(doc: Document) -> list[dict]:
    """The rules backend's grounded records of ``doc`` as ``records.jsonl`` lines (the pipeline's own steps), in the
    order ``Store.write_jsonl`` writes them (type, start, record key): the scorer breaks ties by that order."""
    global _EXTRACTOR
    from extract.pipeline import process_document

    if _EXTRACTOR is None:
        from extract.rules import RulesExtractor

        _EXTRACTOR = RulesExtractor()
    recs = [r for r in process_document(doc, _EXTRACTOR).records if r.is_grounded]
    recs.sort(key=lambda r: (r.type, (0, 0) if r.span is None else (1, r.span.start), record_key(r)))
    return [spec_dict(r) for r in recs]


def counts(report: dict) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per type; unit rows strict."""
    out = {}
    for t in TYPES:
        x = report[t]["strict"] if t == "unit_assignment" else report[t]
        out[t] = (x["tp"], x["fp"], x["fn"])
    return out


def hits(gold: list[dict], report: dict) -> list[bool]:
    """Per gold record: found (matched; a unit row with the right units too) in ``report``."""
    missed: Counter = Counter()
    for e in report["errors"]:
        if e["kind"] == "false_negative":
            missed[(e["type"], e["quote"])] += 1
    wrong: Counter = Counter()
    per_field: Counter = Counter()
    for m in report["mismatches"]:
        if m["type"] == "unit_assignment":
            per_field[(m["quote"], m["field"])] += 1
    for (q, _), n in per_field.items():
        wrong[("unit_assignment", q)] = max(wrong[("unit_assignment", q)], n)
    out = []
    for r in gold:
        k = (r["type"], r["quote"])
        if missed[k]:
            missed[k] -= 1
            out.append(False)
        elif wrong[k]:
            wrong[k] -= 1
            out.append(False)
        else:
            out.append(True)
    return out


def compare_doc(doc: Document, gold: list[dict], names: list[str],
                variants: dict[str, Callable[[Ctx], list[Edit]]] | None = None,
                fix: Callable[[str, dict, dict], None] | None = None) -> dict:
    """Original and each variant of ``doc`` scored against ``gold`` (rewritten per variant): per variant, whether
    the text changed, the gold rewritten / unmapped, (tp, fp, fn) per type of the original and the variant, and per
    type the quotes of the gold records lost and the count gained. ``variants``: the variant makers (default
    ``VARIANTS``); ``fix(name, old, new)``: mends a rewritten gold record's fields (a lexical variant's unit word)."""
    variants = VARIANTS if variants is None else variants
    text = doc.text
    base = score(gold, predict(doc), {doc.doc_id: text})
    base_c, base_h = counts(base), hits(gold, base)
    ctx, loc = Ctx(text), DocLocator(text)
    out = {"doc": doc.doc_id, "base": base_c, "variants": {}}
    for name in names:
        try:
            edits = disjoint(variants[name](ctx))
        except Exception as e:  # noqa: BLE001 - a variant that cannot be made is reported, not fatal
            out["variants"][name] = {"error": repr(e)[:120]}
            continue
        if not edits:
            out["variants"][name] = {"changed": False, "counts": base_c}
            continue
        new_text = apply_edits(text, edits)
        char_fn = None
        if name in ("half_punct", "full_punct", "s2t"):
            char_fn = lambda s, f=VARIANTS[name]: apply_edits(s, f(Ctx(s)))  # noqa: E731
        gm = rewrite_gold(text, gold, edits, char_fn, loc)
        if fix is not None:
            for g, r in zip(gold, gm.gold):
                fix(name, g, r)
        new_doc = doc.model_copy(update={"text": new_text, "sha256": Document.hash_text(new_text)})
        try:
            rep = score(gm.gold, predict(new_doc), {doc.doc_id: new_text})
        except Exception as e:  # noqa: BLE001
            out["variants"][name] = {"error": repr(e)[:120]}
            continue
        h = hits(gm.gold, rep)
        lost = {t: [g["quote"] for g, x, y in zip(gold, base_h, h) if g["type"] == t and x and not y] for t in TYPES}
        gained = {t: sum(1 for g, x, y in zip(gold, base_h, h) if g["type"] == t and y and not x) for t in TYPES}
        lost_unmapped = {t: sum(1 for i in gm.unmapped_at if gold[i]["type"] == t and base_h[i] and not h[i])
                         for t in TYPES}
        out["variants"][name] = {"changed": True, "counts": counts(rep), "rewritten": gm.rewritten,
                                 "unmapped": gm.unmapped, "lost": lost, "gained": gained,
                                 "lost_unmapped": lost_unmapped}
    return out


def _one(args) -> dict:
    doc_id, text_path, gold_path, names = args
    from extract.ingest import read_document

    doc = read_document(Path(text_path))
    doc = doc.model_copy(update={"doc_id": doc_id})
    gold = [r for r in load_records([Path(gold_path)]) if r["doc"] == doc_id]
    return compare_doc(doc, gold, names)


def doc_tasks(root: Path, ids: list[str] | None) -> list[tuple[str, str, str]]:
    """(id, text path, gold path) of the dev texts with gold and the seeds (``ids``: those only)."""
    wild, seeds = root / "eval/gold/wild", root / "eval/gold"
    if ids is None:
        ids = [p.stem for p in sorted(seeds.glob("*.jsonl"))] + [p.stem for p in sorted(wild.glob("*.jsonl"))]
    out = []
    for d in ids:
        if d.startswith(HELD_OUT):
            continue
        if (wild / f"{d}.jsonl").exists():
            out.append((d, str(root / "data/docs/wild" / f"{d}.txt"), str(wild / f"{d}.jsonl")))
        elif (seeds / f"{d}.jsonl").exists():
            out.append((d, str(root / "data/docs" / f"{d}.txt"), str(seeds / f"{d}.jsonl")))
    return [t for t in out if Path(t[1]).exists()]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def summarise(results: list[dict], names: list[str], types: list[str]) -> dict:
    summ = {}
    for name in names:
        vs = [(r["base"], r["variants"][name]) for r in results]
        s = {"texts_changed": sum(1 for _, v in vs if v.get("changed")),
             "errors": sum(1 for _, v in vs if "error" in v),
             "gold_rewritten": sum(v.get("rewritten", 0) for _, v in vs),
             "gold_unmapped": sum(v.get("unmapped", 0) for _, v in vs)}
        for t in types:
            o = [sum(b[t][i] for b, v in vs if "error" not in v) for i in range(3)]
            n = [sum(v["counts"][t][i] for _, v in vs if "error" not in v) for i in range(3)]
            s[t] = {"orig": o, "orig_f1": _f1(*o), "var": n, "var_f1": _f1(*n),
                    "lost": sum(len(v.get("lost", {}).get(t, ())) for _, v in vs),
                    "lost_unmapped": sum(v.get("lost_unmapped", {}).get(t, 0) for _, v in vs),
                    "gained": sum(v.get("gained", {}).get(t, 0) for _, v in vs)}
        summ[name] = s
    return summ


def format_table(summ: dict, types: list[str], n_texts: int) -> str:
    lines = [f"{n_texts} texts; F1 (tp/fp/fn) original -> variant; lost/gained = gold records found on one side only "
             "(lost (u): u of them unmapped, their quote kept as it stood); changed = texts the variant changed, "
             "rewr / unmap = gold quotes rewritten / not mappable"]
    head = f"{'variant':15} {'changed':>7} {'rewr':>5} {'unmap':>5} | " + " | ".join(
        f"{SHORT[t]:>13}: orig -> variant  lost/gained" for t in types)
    lines.append(head)
    for name, s in summ.items():
        parts = []
        for t in types:
            x = s[t]
            parts.append(f"{x['orig_f1']:.3f} ({'/'.join(map(str, x['orig']))}) -> {x['var_f1']:.3f} "
                         f"({'/'.join(map(str, x['var']))}) -{x['lost']}"
                         + (f"(u{x['lost_unmapped']})" if x["lost_unmapped"] else "") + f"/+{x['gained']}")
        err = f" errors {s['errors']}" if s["errors"] else ""
        lines.append(f"{name:15} {s['texts_changed']:7} {s['gold_rewritten']:5} {s['gold_unmapped']:5} | "
                     + " | ".join(parts) + err)
    return "\n".join(lines)


def format_show(results: list[dict], names: list[str], types: list[str], n: int) -> str:
    lines = []
    for name in names:
        rows = []
        for r in results:
            v = r["variants"][name]
            for t in types:
                lost = v.get("lost", {}).get(t, [])
                if lost:
                    rows.append((len(lost), r["doc"], t, lost[0]))
        rows.sort(key=lambda x: (-x[0], x[1], x[2]))
        lines.append(f"\n== {name}: texts losing records ({len(rows)} text/type pairs)")
        for k, doc, t, q in rows[:n]:
            q = q.replace("\n", " ")
            lines.append(f"  {doc:40} {t:16} -{k:<3} e.g. {q[:50]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=str(ROOT), help="repository whose eval/gold and data/docs are read")
    ap.add_argument("--ids", help="file of doc ids, one a line (default: every dev text with gold, and the seeds)")
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--sample", type=int, default=1, help="every K-th text only")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    names = [n for n in a.variants.split(",") if n]
    types = [t for t in a.types.split(",") if t]
    bad = [n for n in names if n not in VARIANTS] + [t for t in types if t not in TYPES]
    if bad:
        ap.error(f"unknown: {', '.join(bad)} (variants: {', '.join(VARIANTS)}; types: {', '.join(TYPES)})")
    ids = [x.strip() for x in open(a.ids, encoding="utf-8") if x.strip()] if a.ids else None
    tasks = [(*t, names) for t in doc_tasks(Path(a.root), ids)][::max(1, a.sample)]
    if a.workers > 1:
        from multiprocessing import Pool

        with Pool(a.workers) as pool:
            results = list(pool.imap_unordered(_one, tasks, chunksize=2))
    else:
        results = [_one(t) for t in tasks]
    results.sort(key=lambda r: r["doc"])
    summ = summarise(results, names, types)
    print(format_table(summ, types, len(results)))
    if a.show:
        print(format_show(results, names, types, a.show))
    if a.json:
        Path(a.json).write_text(json.dumps({"summary": summ, "docs": results}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
