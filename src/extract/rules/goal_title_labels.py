"""A page's title line that names the year's goals (O1): ``年度施政目标``, ``某部2031年度施政目标与重点``.

A Taiwan agency's year plan (施政计划) opens with the title of its goals, and the page's outline then numbers the goals
from ``一、`` as if the title were no heading: the numbered items are siblings of the title, not its children, so no
heading of their path names the goals. A title line that is only the name of a year's goals (an agency and a year before
it, ``与重点`` after it) opens a block of goals like a label line ``目标`` (``goals.is_goal_label``): the text below it
states them."""

from __future__ import annotations

import re

from extract.rules import goal_group_lists as _groups
from extract.rules.unit_goal_phrasings import ITEM_CLOSERS as _ITEM_CLOSERS

# ``年度施政目标``, ``某部120年度施政目标与重点``: an optional agency and year, then the year's policy goals (施政目标, the
# Taiwan plan's own name for them); not a label with text after it (``年度施政目标:…``), nor a report of them
# (``年度施政目标达成情况``), nor another kind of the year's goals as a page title (``2031年度工作目标``: a title over a
# plan whose other parts, 指导思想 or 保障措施, follow it as its siblings)
_YEAR_GOALS_TITLE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,10}?\s*(?:\d{2,4}|[〇○零一二三四五六七八九十百]{2,4})\s*)?"
                               r"年度\s*施政\s*目标\s*(?:与重点|及重点)?\s*[:：]?\s*$")


# (goalA26) ``某市2031年民生实事工作目标``, ``某区2031年为民办实事目标任务``: the title of a year's list of 实事 (or 民生工程) as
# its goals; the list's items are the whole page under it (topic headings and numbered items, no 指导思想 or 保障措施 beside
# them), so the title opens a block of goals as ``年度施政目标`` does (O1: ``工作目标``, ``目标任务`` name goals)
_LIST_GOALS_TITLE = re.compile(r"^\s*[\u4e00-\u9fff]{0,12}?\s*20\d\d\s*年(?:度)?\s*[\u4e00-\u9fff]{0,10}?"
                               r"(?:实事|民生工程|惠民工程|民心工程)(?:项目)?\s*(?:工作)?\s*目标(?:任务)?\s*[:：]?\s*$")


# (tradA27) ``前言(施政目标与重点)``: a plan's preface named in brackets as its policy goals (a Taiwan agency's year plan
# opens with its mission and aims there, before the numbered ``壹、年度施政目标``)
_PREFACE_GOALS = re.compile(r"^\s*(?:前言|序言|引言|概述)\s*[(（]\s*施政\s*目标\s*(?:与重点|及重点)?\s*[)）]\s*$")


def titles_year_goals(line: str) -> bool:
    """A line that is only the title of a year's goals (``年度施政目标``, ``某部2031年度施政目标与重点``), or of a year's list
    of 实事 as its goals (``某市2031年民生实事工作目标``, ``titles_list_goals``), or a preface named as the policy goals
    (``前言(施政目标与重点)``): it opens a block of goals as a label line ``目标`` does."""
    return "目标" in line and (_YEAR_GOALS_TITLE.match(line) is not None or titles_list_goals(line)
                              or _PREFACE_GOALS.match(line) is not None)


def titles_list_goals(line: str) -> bool:
    """(goalA26) A line that is only the title of a year's 实事 list named as its goals (``某市2031年民生实事工作目标``,
    ``某区2031年为民办实事目标任务``): the items below it state the goals (O1). Not a title without its year, nor one that
    names the list's results (``…实事完成情况``) or another part (``…实事工作方案``)."""
    return "目标" in line and _LIST_GOALS_TITLE.match(line) is not None


def heading_heads_items(line: str, path: list[str], next_path: list[str] | None, next_line: str | None) -> bool:
    """A heading inside a block of goals that heads items of its own rather than stating one (O2): its line closed by a
    colon (``(二)落实某项保护:``, the items below it), a label of the goals itself (``壹、年度施政目标``), a name not closed
    by ``。`` whose section holds the next paragraph (``一、深化人才培育`` over ``(一)推动甲计划…``) or that ends the page
    (cut off before its items), and a line closed by ``。`` with text of its own under it. ``next_line`` is the next
    paragraph's text, None for a heading. Not a closed item followed by the next item (``(三)提升某项权益。`` before
    ``(四)…``, ``4.帮助学生建立自信。`` before a ``5.…`` paragraph), nor an item before a label (``内容``, ``校训: 勤…``) that
    closes the block: those are goals (O1)."""
    ln = line.strip()
    if ln.endswith((":", "：")) or "目标" in ln and _YEAR_GOALS_TITLE.match(_MARK.sub("", ln)) is not None \
            or _groups.names_group(ln):  # (goalA28) a group's name over its goals (``教务处``, ``某委员会(SAB)``)
        return True
    closed = ln.endswith(("。", "；", ";"))
    if next_path is None:
        return not closed
    if next_line is not None and (_BARE_NAME.match(next_line.strip()) is not None or _OTHER_LABEL.match(next_line)
                                  or _groups.names_group(next_line)  # (goalA28) the next group's name (``后勤组(LG)``)
                                  or _mark_kind(next_line) is not None and _mark_kind(next_line) == _mark_kind(ln)):
        return False  # (the next item of the same rank, or a page's next label: nothing of its own under it)
    owns = len(next_path) >= len(path) and next_path[:len(path)] == path
    return owns and (next_line is not None or not closed)


# a heading's number: ``壹、``, ``一、``, ``(一)``, ``1.``
_MARK = re.compile(r"^\s*(?:[壹贰叁肆伍陆柒捌玖拾]{1,2}\s*、|[一二三四五六七八九十]{1,3}\s*、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．])\s*")
_MARK_KINDS = (("upper", re.compile(r"^\s*[壹贰叁肆伍陆柒捌玖拾]{1,2}\s*、")), ("cn", re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*、")),
               ("bracket_cn", re.compile(r"^\s*[(（][一二三四五六七八九十]{1,3}[)）]")), ("bracket", re.compile(r"^\s*[(（]\d{1,3}[)）]")),
               ("digit", re.compile(r"^\s*\d{1,2}\s*[.、．](?!\d)")))
# a page's short label line (``内容``, ``成果/进度``) or another label with its text (``校训: 勤…``): no item of the block
_OTHER_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff/、]{1,6}[:：]?$")


def _mark_kind(line: str) -> str | None:
    """The kind of number that opens a line (``一、`` -> cn, ``(一)`` -> bracket_cn, ``1.`` -> digit); None when none."""
    return next((k for k, p in _MARK_KINDS if p.match(line)), None)


def paragraph_heads_items(s, par, text: str) -> bool:
    """``heading_heads_items`` for the heading paragraph ``par`` of the structured document ``s`` over ``text``; a heading
    that states a level or a dated commitment (``1.到2031年新建幼儿园5所``) heads nothing but a colon's items."""
    from extract.rules.goals import goal_date, heading_states_level  # (here: no import cycle)
    line = text[par.span.start:par.span.end]
    if not line.rstrip().endswith((":", "：")) and (heading_states_level(line) or goal_date(line)[0] is not None):
        return False  # (``1.到2031年新建幼儿园5所`` over a note of its own: a goal stated, whatever follows it)
    nxt = s.paragraphs[par.index + 1] if par.index + 1 < len(s.paragraphs) else None
    return heading_heads_items(text[par.span.start:par.span.end], par.section_path,
                               None if nxt is None else nxt.section_path,
                               None if nxt is None or nxt.kind != "text" else text[nxt.span.start:nxt.span.end])


def closed_before_next_item(s, par, text: str) -> bool:
    """A numbered line closed by ``。`` read as a heading, in a goal section, whose next paragraph is the next item of the
    same rank (``(二)确保年底前完成启动工作。`` before ``(三)全年开展2次…``) though the outline nested that item under it: it
    owns no text, it is a goal sentence (O1), as ``closed_item_owns_nothing`` reads it when the outline leaves the next
    item outside. Not a line without its ``。`` (a name), nor one before a deeper item (``一、…。`` before ``(一)…``)."""
    nxt = s.paragraphs[par.index + 1] if par.index + 1 < len(s.paragraphs) else None
    line = text[par.span.start:par.span.end].strip()
    if nxt is None or not line.endswith(_ITEM_CLOSERS) or len(line) < 8:  # (goalB27) ``;`` of a list's item too
        return False
    kind = _mark_kind(line)
    return kind is not None and _mark_kind(text[nxt.span.start:nxt.span.end]) == kind
