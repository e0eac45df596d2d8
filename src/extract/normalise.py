"""Normalise stage: one clean text per document, with an offset map back to the original.

Steps (each keeps the map, see ``mapped.MappedText``): line endings; control, zero-width and
replacement characters; Latin mojibake (``ftfy``); runs of ``??`` left by a lossy re-encoding;
NFKC; pinyin annotations after a character (``鄉(xiāng)`` -> ``鄉``); Traditional to Simplified
(``opencc``); lost dashes in year ranges; whitespace; web boilerplate lines.

``canonical`` is the normalisation the scorer uses (``shared/spec/records.md``): NFKC,
Traditional to Simplified, pinyin removed, all whitespace dropped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from extract.mapped import Edit, MappedText

NORMALISER_VERSION = "norm.v2"  # v2: a tab stays (one), a column delimiter

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# a pinyin syllable in brackets right after a CJK character (ASCII or full-width brackets)
_PINYIN = re.compile(
    rf"(?<=[{_CJK}])[(（]\s?(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    rf"[aeiouv{_TONED}][a-z{_TONED}]{{0,4}}\s?[)）]",
    re.IGNORECASE,
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u2060\ufeff\ufffd]")
# '??' (sometimes with one stray ASCII letter) where a lossy GBK round trip ate characters
_LOST = re.compile(rf"(?<=[{_CJK}，。、；：,.;:!?！？”“])\?{{2,}}(?:[A-Za-z](?=[{_CJK}]))?")
# runs NFKC must see: anything outside ASCII and CJK, and a base character with its combining marks
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_NOT_SAFE = re.compile(rf"[^\n]?[{_COMBINING}][^\x00-\x7f{_CJK}\n]*|[^\x00-\x7f{_CJK}\n]+")
_YEAR_PAIR = re.compile(r"(?<!\d)(20\d\d)(20\d\d)(?=年)")
_TAB_RUN = re.compile(r"[ \u3000]*\t[ \t\u3000]*")  # a tab delimits a table's cells: it stays, one of it
_SPACES = re.compile(r"[ \u3000]+")
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}，。、；：“”《》（）()]) +(?=[{_CJK}，。、；：“”《》（）()])")
_EDGE_SPACE = re.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{2,}")
_WHITESPACE = re.compile(r"\s+")

# Web boilerplate: lines that are page furniture, not document text.
_BOILER_MARKERS = re.compile(
    r"(您当前的位置|当前位置[:：]|首页\s*[>»]|[>»]\s*(?:政策详情|内容|正文)\s*$|"
    r"查看原文|收藏此文章|^政策详情$|扫一扫|分享到|打印本页|关闭窗口|【打印】|【关闭】|"
    r"相关阅读|热门政策|上一篇|下一篇|浏览次数|字号[:：]|〖大|"
    r"copyright|版权所有|主办单位[:：]|承办单位[:：]|ICP备|公网安备|网站标识码|联系我们|站点地图|"
    r"如有侵权|技术支持[:：]|发文单位[:：].*发布日期|^来源[:：])",
    re.IGNORECASE,
)
# the characters Latin mojibake of UTF-8 or GBK is made of (Latin-1 supplement and extended, box drawing...)
_MOJIBAKE_CHARS = re.compile("[\u0080-\u024f\u2500-\u257f]")
_NAV_BULLET = re.compile(r"^[•·●▪■◆]\s*\S{1,10}$")
_TAG_LINE = re.compile(r"^(?:\S{1,4} ){1,3}\S{1,4}$")


@dataclass
class Normalised:
    """The clean text of one document and how it maps to the original."""

    mapped: MappedText
    defects: dict[str, int] = field(default_factory=dict)
    boilerplate_lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.mapped.text


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
    edits: list[Edit] = []
    for start, end in _changed_lines(text, lambda line: unicodedata.is_normalized("NFKC", line)):
        for m in _NOT_SAFE.finditer(text, start, end):
            new = unicodedata.normalize("NFKC", m.group())
            if new != m.group():
                edits.append(Edit(m.start(), m.end(), new))
    return mt.replace_spans(edits) if edits else mt


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


def _fix_mojibake(mt: MappedText) -> MappedText:
    import ftfy
    from ftfy.badness import is_bad

    def fix(line: str) -> str:
        return ftfy.fix_encoding(line) if is_bad(line) else line

    text = mt.text
    suspects: set[int] = set()  # lines with a character mojibake is made of, pinyin tone marks aside
    pos = 0
    while (m := _MOJIBAKE_CHARS.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        pos = end + 1 if end >= 0 else len(text)  # one look per line
        line = text[start:end if end >= 0 else len(text)]
        if _MOJIBAKE_CHARS.search(_PINYIN.sub("", line)):
            suspects.add(start)
        if end < 0:
            break
    if not suspects:
        return mt
    return mt.transform_lines(fix, only=suspects)


def _common_steps(mt: MappedText, defects: dict[str, int]) -> MappedText:
    text = mt.text
    defects["replacement_chars"] = text.count("\ufffd")
    mt = mt.sub(_CONTROL, "")
    mt = _fix_mojibake(mt)
    defects["lost_char_runs"] = len(_LOST.findall(mt.text))
    mt = mt.sub(_LOST, "")
    mt = _nfkc(mt)
    defects["pinyin_annotations"] = len(_PINYIN.findall(mt.text))
    mt = mt.sub(_PINYIN, "")
    mt = _simplify(mt)
    return mt


def _simplify(mt: MappedText) -> MappedText:
    """Traditional to Simplified: one OpenCC call for the document; only when a phrase changes
    length somewhere does it fall back to aligning line by line."""
    new = to_simplified(mt.text)
    if new == mt.text:
        return mt
    if len(new) == len(mt.text):
        return mt.replace_spans([Edit(0, len(mt.text), new)])
    return mt.transform_lines(to_simplified)


_CANDIDATE_LINE = re.compile(
    _BOILER_MARKERS.pattern.replace("^", "(?m:^)").replace("$", "(?m:$)") + r"|(?m:^[ \t]*[•·●▪■◆])|(?m:^(?:\S{1,4} ){1,3}\S{1,4}$)",
    re.IGNORECASE)


def _boilerplate_candidates(text: str) -> set[int]:
    """Start offsets of the lines that may be boilerplate: one scan of the whole text instead of
    three searches per line (``is_boilerplate`` decides)."""
    out = set()
    pos = 0
    while (m := _CANDIDATE_LINE.search(text, pos)) is not None:
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


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _BOILER_MARKERS.search(s) or _NAV_BULLET.match(s):
        return True
    return bool(_TAG_LINE.match(s)) and not re.search(r"[\d。，,;；:：|｜]", s)  # ``序号 |`` is a table cell


def normalise(text: str) -> Normalised:
    """Clean a document's original text; the result keeps an offset map to ``text``."""
    defects: dict[str, int] = {}
    mt = MappedText.identity(text)
    mt = mt.sub(re.compile(r"\r\n?"), "\n")
    mt = _common_steps(mt, defects)
    defects["year_range_dashes"] = len(_YEAR_PAIR.findall(mt.text))
    mt = mt.sub(_YEAR_PAIR, r"\1—\2")
    mt = mt.sub(_TAB_RUN, "\t")
    mt = mt.sub(_SPACES, " ")
    mt = mt.sub(_SPACE_BETWEEN_CJK, "")
    mt = mt.sub(_EDGE_SPACE, "")
    # web boilerplate: drop whole lines (their text stays in the original)
    edits: list[Edit] = []
    dropped: list[str] = []
    pos = 0
    candidates = _boilerplate_candidates(mt.text)
    for line in mt.text.split("\n"):
        end = pos + len(line)
        if pos in candidates and is_boilerplate(line):
            edits.append(Edit(pos, min(end + 1, len(mt.text)), ""))
            dropped.append(line)
        pos = end + 1
    if edits:
        mt = mt.replace_spans(edits)
    mt = mt.sub(_BLANK_LINES, "\n")
    mt = mt.sub(re.compile(r"^\n+|\n+$"), "")
    defects["boilerplate_lines"] = len(dropped)
    return Normalised(mapped=mt, defects={k: v for k, v in defects.items() if v}, boilerplate_lines=dropped)


def canonical_mapped(text: str) -> MappedText:
    """The scorer's normalisation, with a map back to ``text``."""
    mt = MappedText.identity(text)
    mt = _nfkc(mt)
    mt = mt.sub(_PINYIN, "")
    mt = _simplify(mt)
    mt = mt.sub(_WHITESPACE, "")
    return mt


def canonical(text: str) -> str:
    """The scorer's normalisation of a short string (quote, indicator, unit)."""
    s = unicodedata.normalize("NFKC", text)
    s = _PINYIN.sub("", s)
    s = to_simplified(s)
    s = re.sub(r"\s+", "", s)
    return s.replace("百分之", "%") if s == "百分之" else s
