"""Normalise stage: one clean text per document, with an offset map back to the original.

Steps (each keeps the map, see ``mapped.MappedText``): line endings; control, zero-width and
replacement characters; Latin mojibake (``ftfy``); runs of ``??`` left by a lossy re-encoding;
NFKC; pinyin annotations after a character (``鄉(xiāng)`` -> ``鄉``); Traditional to Simplified
(``opencc``); lost dashes in year ranges; whitespace; web boilerplate lines.

``canonical`` is the normalisation the scorer uses (``shared/spec/records.md``): NFKC,
Traditional to Simplified, pinyin removed, all whitespace dropped. When the steps before NFKC change
nothing (the usual case), ``normalise`` has computed the canonical text of the whole document on the
way, and ``Normalised.canonical_mapped`` hands it to the ground stage instead of computing it again.

Speed: each step scans the text in C and only the characters it changes become edits; a step that
cannot change anything (no ``??``, no tab or double space, ...) is skipped after a cheap test that
decides exactly that; the offset map is rebuilt once per step that changes something, with NumPy
when there are many edits (``mapped.MappedText``).
"""

from __future__ import annotations

import codecs
import functools
import itertools
import operator
import re
import unicodedata
from array import array
from dataclasses import dataclass, field

from extract.mapped import MappedText, int64_array

NORMALISER_VERSION = "norm.v25"  # v25: on a long line of a flattened page, a run of blanks before an outline mark (…。  一、…  (一)…  1、…; three or more on the line) is a lost line break (lead51); v24: a numbered host label of an event's stage (二、初赛主办单位:…) is text, no footer (lead49); v23: a run of wrapped lines that the text's end cuts off is joined, and lines of one wrap that hold figures may differ in counted width by their half-width characters (lead44); v22: a site's disclaimer line (特别声明:, 免责声明:, 版权声明:, 声明:本站…, 侵犯了您的权益) is furniture (lead41); v21: a bare `相关阅读` line is no furniture: it stays as the label of the link list under it, which the rules read as other pages' titles (lead39); v20: a host label numbered by a formal numeral (肆、主辦單位:…) is text, no footer, and a line opened by a short list of names closed by a colon (甲部,乙部:) starts its own line, no wrap (unitA37); v19: a long line of three or more numbered fields in order (一.活動名稱:… 二.…:) is the plan's text, no footer (goalA35); v18: a numbered host label alone on its line over its units (一、主办单位:\n某市政府) is text, no footer (unitC34); v17: breadcrumbs (您现在的位置) and lines that are only a printed page number (— 9 —, 第N页) are furniture; wrapped lines dense with figures or pinyin rejoined, metadata words break a line only as fields, a run of full lines cut at its end stays one paragraph (metaA28); v16: a bulleted body name over its duty line (• 教务处 / - 负责…) is text, no navigation link (unitB27, rules.bullet_items); an outline mark and a short title after a blank (② 教务处, (三) 团委, 第五条 附则) is a heading, no row of tags, and a short bulleted label closed by a colon (• 改善市容:) opens a list, no navigation link (unitB27); v15: a short bulleted line ending in ; that states a measure is text, no navigation link (goalB27, bullet_items.states_a_measure); v14: a label line ending in a signer field (…单位负责人: 日期) is no footer (famA27, reply handling labels); v13: markdown bold with its colon inside before the text (**某科:**负责) dropped too, twice-escaped &amp;nbsp; as a blank (dedupe25); v12: undecoded HTML blanks (&nbsp;, &bsp;) left as text become spaces, numbered host label lines (四、主办单位:…) and markdown bold around a short label kept as text (unitA25, unitB25); v11: a short bulleted line that states a quantity or closes a sentence is text, no navigation link (rules.bullet_items); v10: a label line with its first item that breaks off mid-sentence over a no-wider line ending the sentence is one wrap (O1c); v9: a 主办单位:X 承办单位:Y pair on one line is no footer (U7e); v8: a site's contact block (address, phone, postcode, fax lines and the host labels beside them) is furniture; a line at the page's wrap width counts as full between short lines; v7: hard-wrapped prose lines joined (runs of lines of one wrap width closed by a paragraph end); v6: a bracketed or sentence-closing 主办单位:…;协办单位:… list is no footer; v5: a line's indent lost as ?? in a lossy re-encoding is dropped; v4: 主办/承办单位 label lines are footer only beside footer lines or with footer words; v3: circled numbers stay list markers; v2: a tab stays (one), a column delimiter

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# a pinyin syllable in brackets right after a CJK character (ASCII or full-width brackets); the
# look-behind for the CJK character stands after the bracket, so that a scan for the bracket finds
# the candidates (the same matches as with the look-behind first, much faster)
_PINYIN = re.compile(
    rf"[(（](?<=[{_CJK}][(（])\s?(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    rf"[aeiouv{_TONED}][a-z{_TONED}]{{0,4}}\s?[)）]",
    re.IGNORECASE,
)
# the same annotations when the text holds one kind of bracket only (NFKC leaves no ``（``): a pattern that
# opens with one literal character is scanned for at ``str.find`` speed, a character class one character
# at a time (~2 of ~4 ms/MB); no annotation holds a bracket but its closing one, so the text's annotations
# are those of ``_PINYIN`` (``_pinyin``)
_PINYIN_ROUND = re.compile(_PINYIN.pattern.replace("[(（]", r"\(", 1), re.IGNORECASE)
_PINYIN_FULL_WIDTH = re.compile(_PINYIN.pattern.replace("[(（]", "（", 1), re.IGNORECASE)


def _pinyin(text: str) -> re.Pattern[str]:
    """``_PINYIN``, or the pattern that finds the same annotations in ``text`` faster."""
    if "（" not in text:
        return _PINYIN_ROUND
    return _PINYIN_FULL_WIDTH if "(" not in text else _PINYIN


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u2060\ufeff\ufffd]")
# '??' (sometimes with one stray ASCII letter) where a lossy GBK round trip ate characters; the
# look-behind stands after the first '?' (the same matches as ``(?<=[...])\?{2,}...``, a faster scan)
_LOST = re.compile(rf"\?(?<=[{_CJK}，。、；：,.;:!?！？”“]\?)\?+(?:[A-Za-z](?=[{_CJK}]))?")
# (fourteenth round) ``????二、工作目标``: a run at a line's start before CJK text, where a page's indent of ideographic
# spaces was lost the same way (no ``_LOST`` match touches it: that needs a character before the run)
_LOST_INDENT = re.compile(rf"^[ \t]*\?{{2,}}(?=[{_CJK}])", re.MULTILINE)
# runs NFKC must see: anything outside ASCII and CJK, and a base character with its combining marks
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_NOT_SAFE = re.compile(rf"[^\n]?[{_COMBINING}][^\x00-\x7f{_CJK}\n]*|[^\x00-\x7f{_CJK}\n]+")
_YEAR_PAIR = re.compile(r"(20(?<!\d20)\d\d)(20\d\d)(?=年)")  # ``(?<!\d)(20\d\d)...``, a faster scan
_YEAR_PAIR_HINT = re.compile(r"20\d\d20\d\d年")  # found wherever _YEAR_PAIR matches (a fast scan for ``20``)
_TAB_RUN = re.compile(r"[ \u3000]*\t[ \t\u3000]*")  # a tab delimits a table's cells: it stays, one of it
_SPACES = re.compile(r"[ \u3000]+")
_SPACES_TO_CHANGE = re.compile(r"\u3000| [ \u3000]")  # no match: every run of _SPACES is one space


def _spaces_to_change(text: str) -> bool:
    """Whether ``_SPACES_TO_CHANGE`` matches, by substring tests (a regex whose branches start with
    different characters scans at a few ns a character; these run at C ``find`` speed)."""
    return "\u3000" in text or "  " in text


# the space between two CJK characters (or their punctuation); the look-behind stands after the first
# blank, for a fast scan (the same matches as ``(?<=[...]) +(?=[...])``)
_SPACE_BETWEEN_CJK = re.compile(rf" (?<=[{_CJK}，。、；：“”《》（）()] ) *(?=[{_CJK}，。、；：“”《》（）()])")
_EDGE_SPACE = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{2,}")
_EDGE_NEWLINES = re.compile(r"^\n+|\n+$")  # what ``_strip_newlines`` drops
_WHITESPACE = re.compile(r"\s+")

# Web boilerplate: lines that are page furniture, not document text.
_BOILER_MARKERS = re.compile(
    r"(您当前的位置|您(?:现在|所在)的位置|当前位置[:：]|首页\s*[>»]|[>»]\s*(?:政策详情|内容|正文)\s*$|"
    r"查看原文|收藏此文章|^政策详情$|扫一扫|分享到|打印本页|关闭窗口|【打印】|【关闭】|"
    r"热门政策|上一篇|下一篇|浏览次数|字号[:：]|〖大|"
    r"copyright|版权所有|主办单位[:：]|承办单位[:：]|ICP备|公网安备|网站标识码|联系我们|站点地图|"
    r"如有侵权|技术支持[:：]|发文单位[:：].*发布日期|^来源[:：]|"
    r"^(?:特别|免责|郑重|版权)?声明[:：]\s*(?:本[站网文]|凡|此文|文章)|^(?:特别|免责|郑重|版权)声明[:：]|侵犯了?您的(?:合法)?权益|"  # (lead41) a site's disclaimer
    r"^[-—–－]\s*\d{1,3}\s*[-—–－]$|^第\s*\d{1,3}\s*页$)",  # (metaA28) a printed page's number between dashes or 第N页
    re.IGNORECASE,
)
# the characters Latin mojibake of UTF-8 or GBK is made of (Latin-1 supplement and extended, box drawing...)
_MOJIBAKE_CHARS = re.compile("[\u0080-\u024f\u2500-\u257f]")
_NAV_BULLET = re.compile(r"^[•·●▪■◆]\s*\S{1,10}$")
_TAG_LINE = re.compile(r"^(?:\S{1,4} ){1,3}\S{1,4}$")
# (unitB27) an outline mark and a short title after a blank (``② 教务处``, ``(三) 团委``, ``二、 总务处``, ``第五条 附则``): a heading of
# the text, no row of tags (``1. 教务处`` is kept by its digit)
_MARKED_TITLE = re.compile(r"^(?:[①-⑳]|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零〇]{1,4}[条章节篇])\s")


@dataclass
class Normalised:
    """The clean text of one document and how it maps to the original."""

    mapped: MappedText
    defects: dict[str, int] = field(default_factory=dict)
    boilerplate_lines: list[str] = field(default_factory=list)
    # the original, and its canonical text before whitespace is dropped when normalise has it from its
    # own steps (``_canonical_base``): see ``canonical_mapped``
    source: str | None = field(default=None, repr=False, compare=False)
    canonical_base: MappedText | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.mapped.text

    def canonical_mapped(self, original: str) -> MappedText:
        """``canonical_mapped(original)``, from the work normalise has done when ``original`` is
        the text it normalised (``_canonical_base``), else computed."""
        if self.canonical_base is not None and (original is self.source or original == self.source):
            return _drop_whitespace(self.canonical_base)
        return canonical_mapped(original)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def _nfkc(mt: MappedText) -> MappedText:
    """NFKC, run by run; only lines that NFKC changes are looked at (a C-speed check per line)."""
    text = mt.text
    if unicodedata.is_normalized("NFKC", text):
        return mt
    edits: list[tuple[int, int, str]] = []
    for start, end in _changed_lines(text, lambda line: unicodedata.is_normalized("NFKC", line)):
        for m in _NOT_SAFE.finditer(text, start, end):
            new = unicodedata.normalize("NFKC", m.group())
            if new != m.group():
                edits.append((m.start(), m.end(), new))
    return mt._apply(edits) if edits else mt


def _changed_lines(text: str, unchanged) -> list[tuple[int, int]]:
    """(start, end) of the lines for which ``unchanged(line)`` is false."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not unchanged(line):
            out.append((pos, end))
        pos = end + 1
    return out


def _mojibake_lines(text: str) -> tuple[list[int], list[int]]:
    """The line numbers and start offsets, in order, of the lines of ``text`` that hold a character of
    ``_MOJIBAKE_CHARS``, found in whole-array operations over the code points (the regex's character class
    scans a page at ~6 ms/MB)."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    hits = np.flatnonzero(((codes >= 0x80) & (codes <= 0x24F)) | ((codes >= 0x2500) & (codes <= 0x257F)))
    if len(hits) == 0:
        return [], []
    breaks = np.flatnonzero(codes == 10)
    lines = np.unique(np.searchsorted(breaks, hits))  # the number of line breaks before a hit: its line
    starts = np.concatenate(([-1], breaks))[lines] + 1
    return lines.tolist(), starts.tolist()


_MOJIBAKE_LINES_ONE_BY_ONE = 8  # up to this many lines with such characters are tested one by one


def _fix_mojibake(mt: MappedText) -> MappedText:
    import ftfy
    from ftfy.badness import is_bad

    def fix(line: str) -> str:
        return ftfy.fix_encoding(line) if is_bad(line) else line

    text = mt.text
    numbers, starts = _mojibake_lines(text)
    if not starts:
        return mt
    # the lines with a character mojibake is made of once their pinyin annotations are dropped
    if len(starts) > _MOJIBAKE_LINES_ONE_BY_ONE and not _crosses_line(text):
        # no annotation runs over a line break: the annotations of the text are those of its lines (the
        # look-behind's CJK character and bracket are on the bracket's line), so the text without them has
        # the same lines, each without its own: one ``sub`` of the text instead of one per line
        stripped_numbers = set(_mojibake_lines(_pinyin(text).sub("", text))[0])
        suspects = {start for number, start in zip(numbers, starts) if number in stripped_numbers}
    else:
        suspects = set()
        for start in starts:
            end = text.find("\n", start)
            line = text[start:end if end >= 0 else len(text)]
            if _MOJIBAKE_CHARS.search(_PINYIN.sub("", line)):
                suspects.add(start)
    if not suspects:
        return mt
    return mt.transform_lines(fix, only=suspects)


@dataclass
class _Steps:
    """The text through ``_common_steps``: as NFKC found it and left it, before and after
    Traditional to Simplified."""

    before_nfkc: MappedText
    after_nfkc: MappedText
    before_t2s: MappedText
    result: MappedText


def _lost_runs(text: str) -> list[tuple[int, int, str]]:
    """The edits that drop the ``??`` runs of a lossy re-encoding: ``_LOST`` after a character, ``_LOST_INDENT`` at a
    line's start (a ``_LOST`` match inside an indent run, after its first ``?``, is part of it)."""
    indent = [m.span() for m in _LOST_INDENT.finditer(text)] if "\n??" in text or text.lstrip(" \t").startswith("??") \
        or "\n ?" in text or "\n\t?" in text else []
    runs = indent + [m.span() for m in _LOST.finditer(text) if not any(a <= m.start() < b for a, b in indent)]
    return [(a, b, "") for a, b in sorted(runs)]


def _common_steps(mt: MappedText, defects: dict[str, int]) -> _Steps:
    """The steps up to Traditional to Simplified."""
    text = mt.text
    defects["replacement_chars"] = text.count("\ufffd")
    mt = mt.sub(_CONTROL, "")
    mt = _fix_mojibake(mt)
    lost = _lost_runs(mt.text) if "??" in mt.text else []
    defects["lost_char_runs"] = len(lost)
    if lost:
        mt = mt._apply(lost)
    before_nfkc = mt
    mt = after_nfkc = _nfkc(mt)
    mt, defects["pinyin_annotations"] = _remove_pinyin(mt)
    before_t2s = mt
    mt = _simplify(mt)
    return _Steps(before_nfkc, after_nfkc, before_t2s, mt)


# where a pinyin annotation would run over a line break (its ``\s?`` next to a bracket)
_CROSSES_LINE = re.compile(r"[(（]\n|\n[)）]")


def _crosses_line(text: str) -> bool:
    """Whether ``_CROSSES_LINE`` matches, by substring tests (see ``_spaces_to_change``)."""
    return "(\n" in text or "（\n" in text or "\n)" in text or "\n）" in text


def _canonical_base(text: str, original: MappedText, steps: _Steps) -> MappedText | None:
    """``canonical_mapped(text)`` before whitespace is dropped, from normalise's own steps, or None
    (then it is computed when asked for). When the steps before NFKC changed nothing, the canonical
    steps (NFKC, pinyin, Traditional to Simplified) are the same steps on the same text. When they
    changed some lines only (control characters, lost ``??`` runs, mojibake) and no line break, every
    other line comes out of the canonical steps as it came out of normalise's, since here each step
    works within a line: NFKC never reaches across a line break, no pinyin annotation runs over one
    (``_CROSSES_LINE``), OpenCC has no phrase holding one, and each line keeps its length through
    Traditional to Simplified (so both take its character-for-character path). The changed lines are
    done again from the original."""
    if steps.before_nfkc is original:
        return steps.result
    if "\r" in text:
        return None
    orig_lines = text.split("\n")
    new_lines = steps.before_nfkc.text.split("\n")
    if len(orig_lines) != len(new_lines) or _crosses_line(steps.after_nfkc.text):
        return None
    pre, result = steps.before_t2s.text, steps.result
    res_lines = result.text.split("\n")
    if pre != result.text and (len(pre) != len(result.text) or any(
            len(a) != len(b) for a, b in zip(pre.split("\n"), res_lines))):
        return None
    if len(res_lines) != len(orig_lines):
        return None
    texts: list[str] = []
    starts, ends = array("q"), array("q")
    pos = 0  # the result is copied up to pos
    last = len(orig_lines) - 1
    # only the changed lines are visited (a page has hundreds of lines and a few changed ones); where line i
    # starts in the original and in the result: the lengths of the lines before it and their line breaks
    orig_before = [0, *itertools.accumulate(map(len, orig_lines))]
    res_before = [0, *itertools.accumulate(map(len, res_lines))]
    for i in itertools.compress(range(len(orig_lines)), map(operator.ne, orig_lines, new_lines)):
        a = orig_lines[i]
        orig_at, res_at = orig_before[i] + i, res_before[i] + i
        line = MappedText(a, array("q", range(orig_at, orig_at + len(a))),
                          array("q", range(orig_at + 1, orig_at + len(a) + 1)), len(text))
        line = _nfkc(line)
        if (i > 0 and line.text.startswith((")", "）"))) or (i < last and line.text.endswith(("(", "（"))):
            return None
        line = _remove_pinyin(line)[0]
        new = to_simplified(line.text)
        if len(new) != len(line.text):
            return None
        texts.append(result.text[pos:res_at])
        starts.extend(result.starts[pos:res_at])
        ends.extend(result.ends[pos:res_at])
        texts.append(new)
        starts.extend(line.starts)
        ends.extend(line.ends)
        pos = res_at + len(res_lines[i])
    texts.append(result.text[pos:])
    starts.extend(result.starts[pos:])
    ends.extend(result.ends[pos:])
    return MappedText("".join(texts), starts, ends, len(text))


def _remove_pinyin(mt: MappedText) -> tuple[MappedText, int]:
    """Pinyin annotations dropped, and how many there were."""
    edits = [(start, end, "") for start, end in map(re.Match.span, _pinyin(mt.text).finditer(mt.text))]
    return (mt._apply(edits) if edits else mt), len(edits)


def _simplify(mt: MappedText) -> MappedText:
    """Traditional to Simplified: one OpenCC call for the document; only when a phrase changes
    length somewhere does it fall back to aligning line by line."""
    new = to_simplified(mt.text)
    if new == mt.text:
        return mt
    if len(new) == len(mt.text):  # character for character: the map stays as it is
        return MappedText(new, mt.starts, mt.ends, mt.orig_len)
    return mt.transform_lines(to_simplified)


def _drop_whitespace(mt: MappedText) -> MappedText:
    """``mt.sub(_WHITESPACE, "")``: every whitespace character dropped, the map kept, in whole-array
    operations (a document has a line break every few dozen characters)."""
    import numpy as np

    codes = np.frombuffer(mt.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _space_table()
    keep = ~table[np.minimum(codes, len(table) - 1)]
    if keep.all():
        return mt
    starts = int64_array(np.frombuffer(mt.starts, dtype=np.int64)[keep])
    ends = int64_array(np.frombuffer(mt.ends, dtype=np.int64)[keep])
    text = codecs.decode(memoryview(codes[keep]).cast("B"), "utf-32-le", "surrogatepass")
    return MappedText(text, starts, ends, mt.orig_len)


_LAST_SPACE = 0x3000  # no character above U+3000 is whitespace (``\s``); tests/test_normalise.py checks it


@functools.lru_cache(maxsize=1)
def _space_table():
    """Whether each code point up to ``_LAST_SPACE`` is whitespace for ``_WHITESPACE``; one more entry,
    False, stands for every code point above it."""
    import numpy as np

    table = np.zeros(_LAST_SPACE + 2, dtype=bool)
    table[[c for c in range(_LAST_SPACE + 1) if _WHITESPACE.match(chr(c))]] = True
    return table


_CANDIDATE_LINE = re.compile(
    _BOILER_MARKERS.pattern.replace("^", "(?m:^)").replace("$", "(?m:$)") + r"|(?m:^[ \t]*[•·●▪■◆])|(?m:^(?:\S{1,4} ){1,3}\S{1,4}$)",
    re.IGNORECASE)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``(A|B|...)``."""
    assert pattern.startswith("(") and pattern.endswith(")")
    out, depth, cur = [], 0, ""
    for i, ch in enumerate(pattern[1:-1]):
        escaped = i > 0 and pattern[i] == "\\"
        if not escaped and ch in "([":
            depth += 1
        elif not escaped and ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


_LAST_CASE_PARTNER = 0x21FF


def _first_of(text: str, chars: str):
    """A function: position -> the first place at or after it of any of ``chars`` in ``text`` (None:
    none), by ``str.find`` (a regex's character class scans ~10x slower), each character's next place
    kept for the next call."""
    found: dict[str, tuple[int, int]] = {}  # character -> (searched from, found at or -1)

    def first(pos: int) -> int | None:
        best = -1
        for ch in chars:
            got = found.get(ch)
            if got is None or got[0] > pos or 0 <= got[1] < pos:
                got = found[ch] = (pos, text.find(ch, pos))
            if got[1] >= 0 and (best < 0 or got[1] < best):
                best = got[1]
        return best if best >= 0 else None

    return first


class _CandidateScan:
    """``_CANDIDATE_LINE.search`` in parts that each scan fast: the leftmost position where any of its
    alternatives matches is the leftmost of the positions where each part matches (every part is
    some of the alternatives, with the same flags), and the match there is ``_CANDIDATE_LINE``'s own.

    Parts: the alternatives that start with a literal CJK character (a scan for the first
    characters), the one that starts with ``[>»]``, the Latin ones (case-insensitive: looked for only
    at a character that can start them), and those anchored at a line start (looked for after each
    line break, and at 0)."""

    def __init__(self) -> None:
        markers = [a.replace("^", "(?m:^)").replace("$", "(?m:$)") for a in _alternatives(_BOILER_MARKERS.pattern)]
        anchored = [a for a in markers if a.startswith("(?m:^)")] + [r"(?m:^[ \t]*[•·●▪■◆])",
                                                                     r"(?m:^(?:\S{1,4} ){1,3}\S{1,4}$)"]
        latin = [a for a in markers if a[0].isascii() and a[0].isalpha()]
        charset = [a for a in markers if a.startswith("[")]
        literal = [a for a in markers if a not in anchored and a not in latin and a not in charset]
        assert len(anchored) + len(latin) + len(charset) + len(literal) == len(markers) + 2
        assert all(not a[0].isascii() and a[0] not in "([\\.^$" for a in literal)
        flags = re.IGNORECASE
        self.literal = re.compile("|".join(literal), flags)
        self.charset = re.compile("|".join(charset), flags)
        self.latin = re.compile("|".join(latin), flags)
        # per Latin alternative, the characters its first two letters match under IGNORECASE (an ASCII
        # letter's case partners all stand below U+2200, e.g. U+0130 for i and U+212A for k;
        # tests/test_normalise.py checks it): a fast scan for where one of them may start
        assert all(re.fullmatch(r"[A-Za-z]{2}", a[:2]) for a in latin)

        def partners(letter: str) -> str:
            lit = re.compile(re.escape(letter), flags)
            return "".join(chr(c) for c in range(_LAST_CASE_PARTNER + 1) if lit.match(chr(c)))

        self.latin_pairs = [(partners(a[0]), partners(a[1])) for a in latin]
        self.latin_firsts = "".join(sorted({c for first, _ in self.latin_pairs for c in first}))
        # the one charset alternative's first characters (``[>»]``): no case partners (tested)
        assert len({a[:a.index("]") + 1] for a in charset}) == 1 and "\\" not in charset[0][:charset[0].index("]")]
        self.charset_firsts = charset[0][1:charset[0].index("]")]
        self.anchored = re.compile("|".join(anchored), flags)
        self.after_break = re.compile(r"\n(?=" + "|".join(anchored) + ")", flags)

    def _latin(self, text: str, pos: int, first) -> int | None:
        """Where the first Latin alternative matches from ``pos``: tried only where one of them can
        start (its first two letters; ``first``: ``_first_of`` the text and their first letters)."""
        n = len(text)
        while (at := first(pos)) is not None:
            if at + 1 < n and any(text[at] in a and text[at + 1] in b for a, b in self.latin_pairs) \
                    and self.latin.match(text, at):
                return at
            pos = at + 1
        return None

    def _charset(self, text: str, pos: int, first) -> int | None:
        """``self.charset.search(text, pos)``'s start, tried only at its first characters."""
        while (at := first(pos)) is not None:
            if self.charset.match(text, at):
                return at
            pos = at + 1
        return None

    def _anchored(self, text: str, pos: int) -> int | None:
        if pos == 0 and self.anchored.match(text, 0):
            return 0
        m = self.after_break.search(text, max(0, pos - 1))
        return m.start() + 1 if m is not None else None

    def finder(self, text: str):
        """A function: position -> ``_CANDIDATE_LINE.search(text, position)``."""
        nxt: dict[str, int | None] = {}
        at: dict[str, int] = {}
        latin_first, charset_first = _first_of(text, self.latin_firsts), _first_of(text, self.charset_firsts)
        parts = {"literal": lambda p: (m := self.literal.search(text, p)) and m.start(),
                 "charset": lambda p: self._charset(text, p, charset_first),
                 "latin": lambda p: self._latin(text, p, latin_first), "anchored": lambda p: self._anchored(text, p)}

        def search(pos: int) -> re.Match[str] | None:
            best = None
            for name, fn in parts.items():
                if name not in at or (nxt[name] is not None and nxt[name] < pos) or at[name] > pos:
                    nxt[name], at[name] = fn(pos), pos
                p = nxt[name]
                if p is not None and (best is None or p < best):
                    best = p
            if best is None:
                return None
            return _CANDIDATE_LINE.match(text, best) or _CANDIDATE_LINE.search(text, pos)  # (always the first)

        return search


@functools.lru_cache(maxsize=1)
def _candidate_scan() -> _CandidateScan:
    return _CandidateScan()


def _boilerplate_candidates(text: str) -> set[int]:
    """Start offsets of the lines that may be boilerplate: one scan of the whole text instead of
    three searches per line (``is_boilerplate`` decides)."""
    out = set()
    pos = 0
    search = _candidate_scan().finder(text)
    while (m := search(pos)) is not None:
        line = text.rfind("\n", 0, m.start()) + 1
        out.add(line)
        nl = text.find("\n", m.start(), m.end())
        while nl >= 0:  # a match that runs over a line break (``首页\s*>``) touches the next line too
            out.add(nl + 1)
            nl = text.find("\n", nl + 1, m.end())
        first_nl = text.find("\n", m.start(), m.end())
        # a match that ran over a line break may hide one that starts on the next line: search again there
        pos = m.end() if first_nl < 0 else first_nl + 1
        if pos <= m.start():
            pos = m.start() + 1
    return out


# a line that is only a host or organiser label and its units (``主办单位:甲局``, ``主要承办单位:乙局``): a site's
# footer names its host so, and so does an event plan or a proposal reply form name who runs it (U4a)
_ROLE_LABEL_LINE = re.compile(r"(?:主要)?(?:主办|承办)(?:单位|部门)[:：]\s*[^:：\s][^:：]{0,60}")
# (unitA25) the same label set as an item of the plan's outline (``四、主办单位:某区政府``, ``5、主办单位:…``: no footer numbers
# its lines), or alone on its line over its units one a line (``主办单位:\n某市文旅局\n某县政府``); (unitC34) a numbered label
# alone on its line too, its units on the lines after it (``一、主办单位:\n某市政府``)
# (unitA37) a Taiwan outline's formal numerals number its items as the plain ones do (``肆、主辦單位:…``)
# what may stand before the role word: ``主要``, (lead49) an event's stage (``初赛主办单位:``)
_ROLE_PREFIX = r"(?:主要|初赛|复赛|决赛|预赛|半决赛|总决赛)?"
_ITEM_ROLE_LABEL_LINE = re.compile(r"(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}\s*、|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*"
                                   + _ROLE_PREFIX + r"(?:主办|承办|协办)(?:单位|部门)[:：](?:\s*[^:：\s](?:[^:：]|(?<=单位)[:：]){0,80})?")  # (lead49) a stage's own labels
_BARE_ROLE_LABEL_LINE = re.compile(_ROLE_PREFIX + r"(?:主办|承办|协办)(?:单位|部门)[:：]")
_FOOTER_WORDS = re.compile(r"网站|网页|网址|ICP|备案|版权|copyright|技术支持|维护|地址|邮编|电话|传真|邮箱|e-?mail|©",
                           re.IGNORECASE)


def _neighbour_lines(text: str, pos: int, end: int):
    """The nearest non-blank line before ``text[pos:end]`` and the nearest after it, skipping lines that are
    host labels themselves (``""`` at the page's edge), and whether the line after is the page's last."""
    before = after = ""
    a = pos
    while a > 0:
        b = a - 1
        a = text.rfind("\n", 0, b) + 1
        s = text[a:b].strip()
        if s and not _ROLE_LABEL_LINE.fullmatch(s):
            before = s
            break
    b = end
    while b < len(text):
        a = b + 1
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        s = text[a:b].strip()
        if s and not _ROLE_LABEL_LINE.fullmatch(s):
            after = s
            break
    return before, after


# (famA27) the signer's fields a reply prints after its handling label on the same line (``承办单位:甲局 单位负责人:
# 乙某 二〇三一年五月二日``): the reply's signature, no site's furniture
_SIGNER_FIELDS = re.compile(r"(?<=\S)[ \t]*(?:单位负责人|單位負責人|负责人|負責人|签发人|簽發人|联系人|聯繫人)[:：][^:：]*$")


def role_label_not_footer(text: str, pos: int, end: int) -> bool:
    """A ``主办单位:…`` / ``(主要)承办单位:…`` line that is a role label of the text, not the site's footer: the line is
    the label and its units alone (no address, phone, copyright or record number on it), and neither the line
    before its run of such labels nor the line after is furniture (``版权所有``, ``ICP备``, ``网站标识码``, an address or
    a phone line), nor does the run end the page. An event plan's ``主办单位:甲部、乙办``, a proposal reply form's
    ``主要承办单位:丙局``, a Taiwan notice's ``主辦單位: 本府教育處`` / ``承辦單位: 社教科`` are kept; a footer's
    ``主办单位:某市人民政府办公室`` beside ``网站标识码:…`` goes."""
    from extract.rules.rulebook_units import host_pair_line  # (r18 confU18; imported where used)

    s = _SIGNER_FIELDS.sub("", text[pos:end].strip())  # (famA27) a reply's ``承办单位:甲局 单位负责人:…`` signs the reply
    if (_ITEM_ROLE_LABEL_LINE.fullmatch(s) or _BARE_ROLE_LABEL_LINE.fullmatch(s)) and not _FOOTER_WORDS.search(s):
        return _plan_label_not_footer(text, pos, end)  # (unitA25)
    if not (_ROLE_LABEL_LINE.fullmatch(s) or host_pair_line(s)) or _FOOTER_WORDS.search(s):  # (r18 confU18) U7e
        return False
    before, after = _neighbour_lines(text, pos, end)
    if not after:
        return False  # the page's last lines: a footer
    return not any(n and (is_boilerplate(n) or _FOOTER_WORDS.search(n)) for n in (before, after))


def _plan_label_not_footer(text: str, pos: int, end: int) -> bool:
    """(unitA25) A numbered host label (``四、主办单位:某区政府``) or a bare one over its units (``主办单位:``): a role label of
    the text where neither the line before it nor any of the three lines after it is furniture or a footer's line
    (address, phone, copyright, 备案), and the page goes on after them."""
    before = text[:pos].rstrip("\n").rsplit("\n", 1)[-1].strip()
    after = [ln.strip() for ln in text[end:].split("\n") if ln.strip()][:3]
    if len(after) < 2:
        return False  # the page's last lines: a footer
    return not any(n and (is_boilerplate(n) and not _BARE_ROLE_LABEL_LINE.match(re.sub(r"^\S{1,4}[、.．)）]\s*", "", n))
                          or _FOOTER_WORDS.search(n)) for n in [before] + after)


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _BOILER_MARKERS.search(s):
        return True
    if _NAV_BULLET.match(s):
        from extract.rules.bullet_items import states_a_measure  # (goalA25; lazy: ``extract.rules`` imports this module)
        return not states_a_measure(s) and not s.endswith((":", "："))  # ``●经济增长6%左右``: an item stating a quantity, no navigation link; (unitB27) ``• 改善市容:`` a label over its items
    return bool(_TAG_LINE.match(s)) and not re.search(r"[\d。，,;；:：|｜]", s) and not _MARKED_TITLE.match(s)  # ``序号 |`` is a table cell


_CR = re.compile(r"\r\n?")


def _collapse_blank_lines(mt: MappedText) -> MappedText:
    """``mt.sub(_BLANK_LINES, "\\n")``: each run of line breaks becomes its first, which maps to the
    whole run, in whole-array operations (a page has hundreds of them)."""
    text = mt.text
    if "\n\n" not in text:
        return mt
    if text.count("\n\n") <= _FEW_BLANK_RUNS:
        # (speedA25) a few runs (most pages have a handful): one edit each, found with ``str.find``; the whole-array
        # passes below cost ~0.5 ms on a 35,000-character page whatever the number of runs, these edits ~0.25 ms
        return mt._apply(_blank_run_edits(text))
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    breaks = codes == 10
    after_break = np.zeros(len(breaks), dtype=bool)
    after_break[1:] = breaks[:-1]
    before_break = np.zeros(len(breaks), dtype=bool)
    before_break[:-1] = breaks[1:]
    first = np.flatnonzero(breaks & ~after_break)  # each run's first and last break, in order
    last = np.flatnonzero(breaks & ~before_break)
    ends = np.frombuffer(mt.ends, dtype=np.int64).copy()
    ends[first] = ends[last]
    keep = ~(breaks & after_break)
    new_starts = int64_array(np.frombuffer(mt.starts, dtype=np.int64)[keep])
    new_ends = int64_array(ends[keep])
    # the text by the same mask (``_BLANK_LINES.sub`` scans slowly), decoded from the array's own bytes
    new_text = codecs.decode(memoryview(codes[keep]).cast("B"), "utf-32-le", "surrogatepass")
    return MappedText(new_text, new_starts, new_ends, mt.orig_len)


_FEW_BLANK_RUNS = 32  # up to this many ``\n\n`` in the text, ``_collapse_blank_lines`` edits run by run


def _blank_run_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits of ``mt.sub(_BLANK_LINES, "\\n")``: each run of two or more line breaks becomes one (its first,
    which maps to the whole run, as ``_collapse_blank_lines`` makes it)."""
    edits = []
    n = len(text)
    i = text.find("\n\n")
    while i >= 0:
        j = i + 2
        while j < n and text[j] == "\n":
            j += 1
        edits.append((i, j, "\n"))
        i = text.find("\n\n", j)
    return edits


def _strip_newlines(mt: MappedText) -> MappedText:
    """``mt.sub(_EDGE_NEWLINES, "")``: the line breaks at the start and at the end dropped."""
    text = mt.text
    lead = len(text) - len(text.lstrip("\n"))
    if lead == len(text):  # only line breaks (or nothing): ``^\n+`` takes them all
        return mt._apply([(0, lead, "")]) if lead else mt
    trail = len(text) - len(text.rstrip("\n"))
    edits = ([(0, lead, "")] if lead else []) + ([(len(text) - trail, len(text), "")] if trail else [])
    return mt._apply(edits) if edits else mt


def _has_edge_space(text: str) -> bool:
    """Whether ``_EDGE_SPACE`` matches: a space or tab at the start or end of the text or of a line."""
    return bool(text) and (text[0] in " \t" or text[-1] in " \t" or "\n " in text or "\n\t" in text
                           or " \n" in text or "\t\n" in text)


def _edge_space_edits(text: str) -> list[tuple[int, int, str]]:
    """The deletions of ``mt.sub(_EDGE_SPACE, "")``: each line's leading and trailing spaces and tabs
    (a line of nothing else is one run). Found with ``str.find`` from the line breaks next to a blank
    (the regex tries both branches at every character: ~11 ms/MB)."""
    n = len(text)
    runs: set[tuple[int, int]] = set()
    heads = [0] if n and text[0] in " \t" else []  # line starts that open with a blank
    tails = [n] if n and text[-1] in " \t" else []  # line ends that close with one
    for pair, out, at in (("\n ", heads, 1), ("\n\t", heads, 1), (" \n", tails, 1), ("\t\n", tails, 1)):
        i = text.find(pair)
        while i >= 0:
            out.append(i + at)
            i = text.find(pair, i + 1)
    for start in heads:
        end = start
        while end < n and text[end] in " \t":
            end += 1
        runs.add((start, end))
    for end in tails:
        start = end
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        runs.add((start, end))  # a line of blanks only: the same run as its leading one
    return [(start, end, "") for start, end in sorted(runs)]


def _space_run_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits of ``mt.sub(_SPACES, " ")``: each run of spaces and ideographic spaces that is not a
    single space becomes one (it holds U+3000 or two characters). Found with ``str.find`` (the regex's
    character class scans at ~5 ms/MB)."""
    n = len(text)
    runs: set[tuple[int, int]] = set()
    for needle in ("\u3000", "  "):
        i = text.find(needle)
        while i >= 0:
            start, end = i, i + 1
            while start > 0 and text[start - 1] in " \u3000":
                start -= 1
            while end < n and text[end] in " \u3000":
                end += 1
            runs.add((start, end))
            i = text.find(needle, end)
    return _outline_breaks(text, [(start, end, " ") for start, end in sorted(runs)])


# (lead51) an outline mark right after a run of blanks: ``一、``, ``(二)``, ``3、``, ``第四章`` (a flattened page's lost line break)
_OUTLINE_MARK = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．](?!\d)|"
                           r"第[一二三四五六七八九十]{1,3}[章节条])(?=[\u4e00-\u9fff“「《])")


def _outline_breaks(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(lead51) ``edits`` with the runs of blanks that stand for a lost line break made one: on a long line of a page
    whose outline was flattened into it (``…方案。  一、年度目标  (一)学前教育  1、新建…``), a run of two or more blanks
    after a Chinese character or a sentence's end and before an outline mark is the break before that heading or item.
    Only where the line holds at least three such runs (an outline, not a spaced table's cells)."""
    found: dict[int, list[int]] = {}  # line start -> indices of the edits that stand before an outline mark
    for k, (a, b, _c) in enumerate(edits):
        if b - a < 2 or a == 0 or not ("\u4e00" <= text[a - 1] <= "\u9fff" or text[a - 1] in "。;；:：!！?？”」)）"):
            continue
        if _OUTLINE_MARK.match(text, b) is None:
            continue
        ls = text.rfind("\n", 0, a) + 1
        found.setdefault(ls, []).append(k)
    out = list(edits)
    for ls, ks in found.items():
        le = text.find("\n", ls)
        if len(ks) >= 3 and (len(text) if le < 0 else le) - ls >= 150:
            for k in ks:
                out[k] = (out[k][0], out[k][1], "\n")
    return out


# circled numbers (``①``, ``⑩``, ``㉑``): NFKC makes them digits, but they are list markers (headings of level 6)
_CIRCLED = re.compile("[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")
_DIGIT_RUN = re.compile(r"\d+")


def _restore_circled(mt: MappedText, original: str) -> MappedText:
    """Put back the circled numbers NFKC turned into digits (``⑩校园…`` read as ``10校园…`` would be an
    amount): every digit run that comes from one circled character of ``original`` becomes that character
    again. Only the pipeline's text: the scorer's canonical text stays NFKC."""
    edits: list[tuple[int, int, str]] = []
    starts, ends = mt.starts, mt.ends
    for m in _DIGIT_RUN.finditer(mt.text):
        i = m.start()
        while i < m.end():
            o = starts[i]
            j = i
            while j < m.end() and starts[j] == o:
                j += 1
            if ends[j - 1] == o + 1 and _CIRCLED.match(original, o):
                edits.append((i, j, original[o]))
            i = j
    return mt._apply(edits) if edits else mt


class _Deletions:
    """Steps that only delete, or replace a run by one character (a run of blanks by one space), run one after another
    on ``mt``'s text, with its map rebuilt once at the end (``mapped``) instead of once per step. Each edit leaves every
    other character's offsets as they were, and a run replaced by one character maps that character to the whole run
    (``MappedText._apply``), so the map after all of them is ``mt``'s map with each such run of ``mt.text`` (the first
    character of a later edit from where it stands there, its last one to where it ends there) deleted or made one
    character: the same map as step by step (tests/test_perf25_machinery.py checks it on random texts)."""

    def __init__(self, mt: MappedText) -> None:
        self.mt = mt
        self.text = mt.text  # the text after the edits so far
        # what they did, as sorted disjoint ``(start, end, new)`` edits of ``mt.text``, ``new`` "" or one character
        self.spans: list[tuple[int, int, str]] = []

    def delete(self, runs) -> None:
        """Delete ``runs`` of the current text: sorted, disjoint ``(start, end, ...)`` tuples or regex matches (an
        empty one deletes nothing, as an empty edit changes nothing)."""
        self.edit([(r.start(), r.end(), "") if isinstance(r, re.Match) else (r[0], r[1], "") for r in runs])

    def edit(self, runs: list[tuple[int, int, str]]) -> None:
        """Make ``runs`` (sorted, disjoint ``(start, end, new)`` edits of the current text, ``new`` "" or one
        character) in the text; one that changes nothing is no edit, as with ``MappedText._apply``."""
        text = self.text
        runs = [(a, b, c) for a, b, c in runs if b > a and text[a:b] != c]
        if not runs:
            return
        pieces, pos = [], 0
        for a, b, c in runs:
            if a < pos or b > len(text) or len(c) > 1:
                raise ValueError(f"bad edit {a}:{b} at {pos}")
            pieces.append(text[pos:a])
            pieces.append(c)
            pos = b
        pieces.append(text[pos:])
        self.text = "".join(pieces)
        # each run in ``mt.text``'s offsets, from where its first character comes from to where its last one ends
        spans, k = self.spans, len(self.spans)
        j, shift = 0, 0  # the edits before index j, and how many more characters they took from ``mt.text`` than
        # they left in the text

        def origin(p: int) -> tuple[int, int]:  # the range of ``mt.text`` the character at p stands for (p rises)
            nonlocal j, shift
            while j < k:
                a, b, c = spans[j]
                here = a - shift  # where the edit's character (or the place of its deletion) is in the text
                if here > p or (c and here == p):
                    break
                shift += b - a - len(c)
                j += 1
            if j < k and spans[j][2] and spans[j][0] - shift == p:
                return spans[j][0], spans[j][1]
            return p + shift, p + shift + 1

        new = []
        for a, b, c in runs:
            start = origin(a)[0]
            new.append((start, origin(b - 1)[1], c))
        # an edit takes in the earlier ones inside its range (sequentially: it replaced their characters whole)
        merged: list[tuple[int, int, str]] = []
        i = 0
        for a, b, c in new:
            while i < k and spans[i][1] <= a:
                merged.append(spans[i])
                i += 1
            while i < k and spans[i][0] < b:
                i += 1  # inside [a, b): replaced with it
            merged.append((a, b, c))
        merged.extend(spans[i:])
        self.spans = merged

    def mapped(self) -> MappedText:
        """``mt`` with every edit made: its text is ``self.text``."""
        if not self.spans:
            return self.mt
        return self.mt._apply(self.spans)


def normalise(text: str) -> Normalised:
    """Clean a document's original text; the result keeps an offset map to ``text``."""
    defects: dict[str, int] = {}
    original = mt = MappedText.identity(text)
    if "\r" in text:
        mt = mt.sub(_CR, "\n")
    steps = _common_steps(mt, defects)
    mt = steps.result
    canonical_base = _canonical_base(text, original, steps)
    if _CIRCLED.search(text):
        mt = _restore_circled(mt, text)
    if _YEAR_PAIR_HINT.search(mt.text):
        pairs = [(m.start(), m.end(), f"{m.group(1)}—{m.group(2)}") for m in _YEAR_PAIR.finditer(mt.text)]
        defects["year_range_dashes"] = len(pairs)
        if pairs:
            mt = mt._apply(pairs)
    # (speedA25) the whitespace steps and the boilerplate lines (each deletes runs or makes a run one character: tab
    # runs, runs of spaces, spaces between CJK, blanks at a line's edges, boilerplate lines) run one after another on
    # the text, and the map is rebuilt once for all of them (``_Deletions``), not once per step
    deletions = _Deletions(mt)
    if "\t" in mt.text:
        deletions.edit([(m.start(), m.end(), "\t") for m in _TAB_RUN.finditer(mt.text)])
    from extract.rules import scrape_tolerance as _st25  # (r25 unitB25) ``&nbsp;`` left undecoded: a blank
    if _st25.has_entity_blank(deletions.text):
        deletions.edit([(m.start(), m.end(), " ") for m in _st25.ENTITY_BLANK.finditer(deletions.text)])
    if bold := _st25.markdown_bold_edits(deletions.text):  # (r25 unitB25) ``**某科**:`` on a page converted to markdown
        deletions.edit(bold)
    if _spaces_to_change(deletions.text):
        deletions.edit(_space_run_edits(deletions.text))
    deletions.delete(_SPACE_BETWEEN_CJK.finditer(deletions.text))
    if _has_edge_space(deletions.text):
        deletions.delete(_edge_space_edits(deletions.text))
    # web boilerplate: drop whole lines (their text stays in the original)
    text_now = deletions.text
    edits: list[tuple[int, int, str]] = []
    dropped: list[str] = []
    from extract.rules import unit_labels as _ugB15  # (a bracketed host label of a task is no footer)
    from extract.rules import wrapped_lines as _wrap17
    from extract.rules import scrape_tolerance as _st18  # (meta18) a site's contact line is furniture
    from extract.rules import bullet_items as _bullets  # (unitB27) a body's bulleted name over its duty lines
    from extract.rules import field_run_lines as _fields  # (goalA35) a plan's numbered fields run into one line
    contact = _st18.contact_line_starts(text_now)
    for pos in sorted(_boilerplate_candidates(text_now) | contact):
        end = text_now.find("\n", pos)
        end = len(text_now) if end < 0 else end
        line = text_now[pos:end]
        if (is_boilerplate(line) or pos in contact) and not role_label_not_footer(text_now, pos, end) and not _ugB15.bracketed_host_label(line) \
                and not _bullets.names_body_over_duties(text_now, pos, end) \
                and not _fields.numbered_field_run(line):  # (unitB27) ``• 教务处`` over ``- 负责…``; (goalA35) ``一.活动名称:… 二.…``
            edits.append((pos, min(end + 1, len(text_now)), ""))
            dropped.append(line)
    deletions.delete(edits)
    mt = _collapse_blank_lines(deletions.mapped())
    mt = _wrap17.join_wrapped(mt)  # (r17 wrap17) a sentence broken by a fixed-width wrap reads as one line
    mt = _strip_newlines(mt)
    defects["boilerplate_lines"] = len(dropped)
    return Normalised(mapped=mt, defects={k: v for k, v in defects.items() if v}, boilerplate_lines=dropped,
                      source=text, canonical_base=canonical_base)


def canonical_mapped(text: str) -> MappedText:
    """The scorer's normalisation, with a map back to ``text``."""
    mt = MappedText.identity(text)
    mt = _nfkc(mt)
    mt = _remove_pinyin(mt)[0]
    mt = _simplify(mt)
    return _drop_whitespace(mt)


def canonical(text: str) -> str:
    """The scorer's normalisation of a short string (quote, indicator, unit)."""
    s = unicodedata.normalize("NFKC", text)
    s = _PINYIN.sub("", s)
    s = to_simplified(s)
    s = "".join(s.split())  # (perf17) ``_WHITESPACE.sub("", s)``: ``\s`` is ``str.isspace`` (every code point), a C split
    return s.replace("百分之", "%") if s == "百分之" else s


# joins strings for ``canonical_many``: a private-use character that no step changes, joins with or
# is made from (NFKC keeps it and composes nothing with it; it is neither whitespace, CJK, a bracket
# nor a letter for the pinyin rule; OpenCC has no phrase holding it, so no conversion reaches across it)
_JOIN = "\ue000"


def canonical_many(texts: list[str]) -> list[str]:
    """``[canonical(t) for t in texts]`` in one pass of each step over the texts joined (one OpenCC
    call instead of one per text); per text when one of them holds the joining character."""
    if not texts:
        return []
    if any(_JOIN in t for t in texts):
        return [canonical(t) for t in texts]
    s = unicodedata.normalize("NFKC", _JOIN.join(texts))
    s = _pinyin(s).sub("", s)
    s = to_simplified(s)
    parts = "".join(s.split()).split(_JOIN)  # (perf17: ``_WHITESPACE.sub("", s)``, as in ``canonical``)
    if len(parts) != len(texts):
        return [canonical(t) for t in texts]
    return [p.replace("百分之", "%") if p == "百分之" else p for p in parts]
