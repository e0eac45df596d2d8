"""Lines and headings of a normalised document: heading levels fixed by their marker (``第X章`` 1,
``一、`` 2, ``(一)`` 3, ``1.`` 4, ``(1)`` 5, ``①`` 6), headings run together inline, colon and bare
section labels, page-number fragments of doc-sharing sites."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.cues import _SENTENCE_END, commitment_cues, heading_names_goals, is_furniture, reaches_level
from extract.roles import LABEL_HEADS, alternation

_CN = "一二三四五六七八九十"
HEADING_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(r"^第[一二三四五六七八九十百零〇\d]+[章篇]\s*")),
    # ``壹、``, ``貳、``, ``參、``: the capital numerals of Taiwan's official documents number their parts, above ``一、``
    (1, re.compile(r"^[壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,2}、\s*")),
    (1, re.compile(r"^附件\s*\d{0,2}\s*[:：]?\s*(?=$|[^《])")),
    (2, re.compile(rf"^[{_CN}]{{1,3}}[、.]\s*")),
    (3, re.compile(rf"^\([{_CN}]{{1,3}}\)\s*")),
    (4, re.compile(r"^\d{1,2}(?:[、]| ?\.(?!\d))\s*")),  # ``1 .全面…``: a doc-sharing page's space before the dot
    (4, re.compile(r"^\d{1,2}\.\d{1,2}(?=[\u4e00-\u9fff])")),  # ``2.1质量指标``: a numbered sub-section (see is_dotted_title)
    (5, re.compile(r"^\(\d{1,2}\)\s*")),
    (6, re.compile(r"^[①-⑳]\s*")),
]
_TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|-{4,})\s*\d+\s*$")


_CONTENTS_LINE = re.compile(r"^ *目 *录 *$", re.MULTILINE)  # a line whose text without spaces is 目录


def _has_leader(text: str) -> bool:
    """Whether ``text`` holds a dotted leader, which every _TOC_LINE match starts with."""
    return "...." in text or "……" in text or "----" in text


@dataclass
class Line:
    index: int
    start: int  # in the normalised text
    end: int
    text: str


@dataclass
class Heading:
    level: int
    marker: str
    title: str
    line: int
    inline: bool  # the same line goes on with body text after the title


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        lines.append(Line(i, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


_QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|‰|[万亿]?[个所名人元次项家座间户条处台辆平方米公里小时天年"
                       r"张场件批班支套亩吨例册块栋幢]|公顷|/[人户戶生](?![\d/]))")  # (r15 ugB15: beds, events, pitches... of fields beyond schools)
# (tgtB34) ``按1500/人标准发放…补贴``: a rate per head written without its currency is an amount of the title too
_UNIT_LABEL_LINE = re.compile(r"^" + alternation(LABEL_HEADS))
_COLON_HEADING = re.compile(r"^([\u4e00-\u9fff、“”()]{2,14})[:：]$")
_LABEL_IN_TITLE = re.compile(rf"[,，;；]\s*{alternation(LABEL_HEADS)}[\u4e00-\u9fff]{{0,4}}[:：]")
COLON_LEVEL = 7  # an unnumbered ``主要目标:`` line: below every numbered level, a sibling of its kind


def is_bare_label(line: str) -> bool:
    """A section's name alone on its line, without marker, colon or full stop: two to eight Chinese
    characters (``总体目标``, ``任务分解``, ``完成情况``); (goalA25) also in its brackets or after a bullet (``【工作目标】``,
    ``◆ 发展目标``)."""
    t = line.strip()
    if t[:1] in "【〖[◆■●▶►★◇□":  # (goalA25) ``【工作目标】``, ``◆ 发展目标``: the name in its brackets or after its bullet
        from extract.rules.goal_heading_names import undecorated_label  # (lazy: ``extract.rules`` imports this module)
        t = undecorated_label(t)
    return 2 <= len(t) <= 8 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", t)) and not is_furniture(t)


def title_quantity(title: str) -> bool:
    """A heading title that states an amount (``新建学校3所``, ``任务数120人``): its numbers are read."""
    return bool(_QUANTITY.search(title)) or _title_time_amount(title)


def _title_time_amount(title: str) -> bool:
    """``target_frames.title_time_amount`` (lazy: ``extract.rules`` imports this module); (perf17) the first call imports it
    and puts it in this name's place, so later calls run no import statement."""
    global _title_time_amount
    from extract.rules.target_frames import title_time_amount

    _title_time_amount = title_time_amount
    return title_time_amount(title)


def _quantity_besides_years(title: str, quantity) -> bool:
    """``heading_years.quantity_besides_years`` (a calendar year is no amount), imported at the first call as
    ``_title_time_amount`` is (perf17)."""
    global _quantity_besides_years
    from extract.rules.heading_years import quantity_besides_years

    _quantity_besides_years = quantity_besides_years
    return quantity_besides_years(title, quantity)


def _goal_label_colon_end(rest: str, names_goals) -> int:
    """``goal_heading_names.goal_label_colon_end``, imported at the first call as ``_title_time_amount`` is (perf17)."""
    global _goal_label_colon_end
    from extract.rules.goal_heading_names import goal_label_colon_end

    _goal_label_colon_end = goal_label_colon_end
    return goal_label_colon_end(rest, names_goals)


def _title_then_role_label(text: str) -> bool:
    """``unit_goal_layouts.title_then_role_label``, imported at the first call as ``_title_time_amount`` is (perf17)."""
    global _title_then_role_label
    from extract.rules.unit_goal_layouts import title_then_role_label

    _title_then_role_label = title_then_role_label
    return title_then_role_label(text)


# the first character of every HEADING_PATTERNS match (most lines start otherwise: one test, not seven)
_HEADING_START = re.compile(rf"[第附{_CN}(\d①-⑳壹贰貳叁參参肆伍陆陸柒捌玖拾]")


_SIGN_NUMBER = re.compile(r"[≥≤<>]\s*\d")


def states_bounded_quantity(rest: str) -> bool:
    """A numbered line that states a quantity with a sign before it (``①合格率≥95%,流失率≤1%``) or closes
    as an item of a list (``…覆盖率100%;``): an item with its number, never a title."""
    return bool(_SIGN_NUMBER.search(rest)) or rest.rstrip().endswith((";", "；"))


_HAS_DIGIT = re.compile(r"\d")
# a measure word right after the number: ``1.5万名…``, ``2.5小时``, ``1.2年`` (but ``1.2年度定位`` names a part)
# (lead42) a measure word that opens a word of the title is no amount: ``5.3家庭干预策略优化``, ``2.1人才队伍``, ``1.4项目管理``
_AMOUNT_START = re.compile(r"^(?:(?!家庭|家长|人才|人员|人口|项目|个人|条件|名称|名单|周边|周期|处理|台账|户籍)"
                           r"[万亿%‰个所名人元次项家座间户条处台辆倍岁天周]|平方|公里|小时|分钟|年(?!度))")


def is_dotted_title(rest: str) -> bool:
    """What follows a two-level section number (``1.2``) is a title: a short name without a number, a
    sentence end or a clause break (``年度定位``, ``教学质量指标``); ``1.2万人参加…`` is an amount."""
    t = rest.strip()
    return (0 < len(t) <= 20 and _HAS_DIGIT.search(t) is None and _SENTENCE_END.search(t) is None
            and not any(c in t for c in ",，;；") and _AMOUNT_START.match(t) is None)


# ``一、工作目标:``, ``(二)发展目标:``: a goal heading numbered at a rank of the outline and closed by a colon; the
# ``(一)…`` items below it are its sub-sections, as under ``一、工作目标`` (an unnumbered ``主要目标:`` is a label of the
# lowest rank; other numbered colon lines, ``二、职责分工:``, stay labels: the unit readers read their lines so)
_NUMBERED_COLON = re.compile(rf"^(?:[{_CN}]{{1,3}}[、.]|\([{_CN}]{{1,3}}\)|第[{_CN}]{{1,3}}[章篇])\s*[\u4e00-\u9fff“”]")


# what may follow a numbered statement's full stop on its line: its unit's bracket, then nothing or (goalB27) the next
# bracketed item run into the line (``(一)财政收入增长7%。(甲局负责)(二)…``, a work report's breakdown run together)
_STATEMENT_CLOSE = re.compile(rf"\s*(?:[(（][^()（）]*[)）])?\s*(?:\Z|(?=[(（][{_CN}]{{1,3}}[)）]))")


def parse_heading(text: str) -> Heading | None:
    stripped = text.strip()
    m = _COLON_HEADING.match(stripped) if stripped.endswith((":", "：")) else None
    if m and _NUMBERED_COLON.match(stripped) and heading_names_goals(m.group(1)):
        m = None  # (thirteenth round) ``一、工作目标:``, ``(二)发展目标:``: a numbered goal heading with a colon keeps its rank
    if m and not is_furniture(text) and not _UNIT_LABEL_LINE.match(stripped):
        return Heading(COLON_LEVEL, "", m.group(1), -1, False)
    if not _HEADING_START.match(text):
        return None
    for level, pat in HEADING_PATTERNS:
        m = pat.match(text)
        if not m:
            continue
        rest = text[m.end():]
        if "." in m.group() and m.group()[-1].isdigit() and not is_dotted_title(rest):
            return None  # ``1.5万名教师参加培训``: a number, not a section's number
        if not rest and m.group().startswith("附件"):
            return Heading(level, m.group().strip(), "附件", -1, False)
        if not rest or (_has_leader(text) and _TOC_LINE.search(text)):
            return None
        if (k := _goal_label_colon_end(rest, heading_names_goals)):  # (goalB27) ``二、工作目标:河湖面貌明显改善。``
            return Heading(level, m.group().strip(), rest[:k].strip(), -1, True)
        end = _SENTENCE_END.search(rest)
        if _LABEL_IN_TITLE.search(rest[:end.start()] if end else rest):
            return None  # ``2、校舍改造,牵头单位:县教育局。``: a task with its units, not a title
        if _title_then_role_label(rest[:end.start()] if end else rest):  # (r16 ug24; imported at the first call)
            return None  # ``(一)甲病筛查牵头责任部门:县卫健委``: the same, the label glued to the task
        if end and _STATEMENT_CLOSE.match(rest[end.end():]) and _QUANTITY.search(rest[:end.start()]):
            return None  # ``1.力争教育投入增长5%左右。(区财政局)``: a numbered statement of a quantity, not a title
        if not end and _quantity_besides_years(rest, _QUANTITY) and (reaches_level(rest) or "target_verb" in commitment_cues(rest)
                                                   or states_bounded_quantity(rest)):
            return None  # ``(一)财政收入增长7%以上``: a statement of a quantity to reach, without its full stop
        if end and end.start() <= 40:
            title, inline = rest[: end.start()], bool(rest[end.end():].strip())
        elif len(rest) <= 40:
            title, inline = rest, False
        else:
            return None  # a long numbered sentence without a title is a paragraph, not a heading
        return Heading(level, m.group().strip(), title.strip(), -1, inline)
    return None


# a heading marker run into the title before it: ``三、重点任务(一)推进…`` (flattened text)
_INNER_MARKER = re.compile(rf"(?<=[\u4e00-\u9fff”》])(?=\([{_CN}]{{1,3}}\)|[{_CN}]{{1,3}}、|\d{{1,2}}(?:[、.]| \.)(?!\d))")


def heading_chain(text: str) -> list[Heading]:
    """The headings a line opens with: one, or several run together inline (``三、重点任务(一)推进
    学前教育普惠发展。到2025年…`` gives 重点任务, then 推进学前教育普惠发展 with its body). A
    nested marker must be of a deeper level than the one before it."""
    chain: list[Heading] = []
    rest = text
    while (h := parse_heading(rest)) is not None:
        cut = _INNER_MARKER.search(h.title, 2)
        if cut is not None:
            marker_at = rest.find(h.title) + cut.start()
            inner = parse_heading(rest[marker_at:])
            if inner is not None and inner.level > h.level and (not chain or h.level > chain[-1].level):
                h.title, h.inline = h.title[:cut.start()].strip(), True
                chain.append(h)
                rest = rest[marker_at:]
                continue
        if chain and h.level <= chain[-1].level:
            break
        chain.append(h)
        break
    if not chain and (at := _outline_after_preamble(text)) is not None:
        # (unitC34) ``…掌理事项如下:一、机要科(一)关于…``: the outline's first part run into its preamble's line; read
        # only a part's title run into its first item (two headings) where that item ends the line (a page run into
        # one paragraph, ``…汇报如下: 一、进展情况(一)某工程。在…``, stays text)
        after = heading_chain(text[at:])
        if len(after) >= 2 and not after[-1].inline:
            return after
    return chain


def _outline_after_preamble(text: str) -> int | None:
    """``outline_preambles.outline_after_preamble``, imported at the first call as ``_title_time_amount`` is (perf17)."""
    global _outline_after_preamble
    from extract.rules.outline_preambles import outline_after_preamble

    _outline_after_preamble = outline_after_preamble
    return outline_after_preamble(text)


_PAGE_MARK = re.compile(r"^\d{1,3}、")
_ENDS_SENTENCE = re.compile(r"[。！？!?；;:：)）”」]\s*$")


def page_break_lines(lines: list[Line]) -> set[int]:
    """Lines that open with a doc-sharing site's page number (``2、公平、提高质量…``) where a page broke
    mid-sentence: the line before does not end a sentence. Such a number is not a heading."""
    from extract.rules.page_chunks import continues_page_chunk, shared_page  # (layoutB21; lazy: ``extract.rules`` imports this module)
    chunked = None  # (speedB26) ``shared_page`` of the lines, worked out only where a page number may continue a chunk

    def _chunked() -> bool:
        nonlocal chunked
        if chunked is None:
            chunked = shared_page([ln.text for ln in lines])
        return chunked

    out: set[int] = set()
    prev = ""
    prev_index = -1
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        if _PAGE_MARK.match(t) and prev and not _ENDS_SENTENCE.search(prev) and (
                parse_heading(prev) is None or _chunked() and continues_page_chunk(prev, t)):  # a chunk after a chunk
            out.add(ln.index)
        prev, prev_index = t, ln.index
    return out
