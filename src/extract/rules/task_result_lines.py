"""A progress table flattened to lines: the year's task with its count and, on the same line, what was done so far.

A 进展情况表 / 完成情况表 (columns ``项目 | 年度目标任务 | 完成进度``) printed without its cell marks runs each row into
one line: ``4.新增养老床位300张 完成120张,完成率40%``. The task as set is read as in a plan (its count is the
target, N13 on the rest); the result at the line's end is status, never read (its count, its completion rate).
Two result shapes close such a line:

- a count done in the task's own measure, with the completion rate or share after it if any
  (``完成120张``, ``已完成120张,完成率40%``, ``累计完成1.2万人(60%)``);
- a bare ``已完成`` (with a note in brackets, if any) right after the task's words: the task met.

The normalised text glues the cells together (the blank between Chinese characters is dropped), so the result is
found by its shape at the line's end, not by the blank: a result set off by a comma or a full stop is prose's own
clause (``新建学校3所,已完成2所``), read by the sentence cues, not here."""
from __future__ import annotations

import re

from extract.rules.text import has_past_marker

_NUM = r"\d+(?:\.\d+)?"
# a count done, then its rate or share, then a bracketed note, to the end of the line
_DONE_COUNT = re.compile(r"(?<![,，;；。:：、\s])\s*(?:已经|已|累计|累計|实际|實際)?完成(?:了)?\s*(?P<n>" + _NUM + r")\s*"
                         r"(?P<u>%|(?:万|萬)?[\u4e00-\u9fff]{1,2})"
                         r"(?P<rate>\s*[,，]\s*(?:完成率|完成进度|完成進度|进度|進度)\s*(?:为|為|达|達)?\s*" + _NUM + r"\s*%?)?"
                         r"\s*(?:[(（][^()（）\n]{0,30}[)）])?\s*[。.]?\s*$")
# the task met, no count (a note in brackets may follow)
_DONE_BARE = re.compile(r"(?<![,，;；。:：、\s])\s*已完成\s*(?:[(（][^()（）\n]{0,30}[)）])?\s*[。.]?\s*$")
# a count of the task: a number and its measure word (not a date, an ordinal or a year)
_COUNT = re.compile(r"(?<![第\d.])(" + _NUM + r")\s*(%|(?:万|萬)?[\u4e00-\u9fff]{1,2})")
_NOT_MEASURE = re.compile(r"^(?:年|月|日|号|號|时|時|届|屆|期|批|次|轮|輪)")


def _counts(task: str) -> list[str]:
    """The measure words of the counts the task states (``个``, ``人次``, ``%``), dates and ordinals left out."""
    return [m.group(2) for m in _COUNT.finditer(task) if not _NOT_MEASURE.match(m.group(2))]


def _same_measure(a: str, b: str) -> bool:
    """Two measure words of one count (``人次`` and ``人``, ``万个`` and ``个``, ``%`` and ``%``)."""
    a, b = a.lstrip("万萬"), b.lstrip("万萬")
    return a[:1] == b[:1]


# a time or a modal word right before the result's verb: a clause of prose that plans or dates the work
# (``年内完成153个``, ``下半年完成600场``, ``今年将完成45个``), no result of a row
_TIMED = re.compile(r"(?:年|月|日|内|內|前|底|季度|将|將|要|可|能|需|应|應|再|还|還|计划|計劃|预计|預計|力争|力爭|确保|確保|争取|爭取)\s*$")


_CLAUSE_MARK = re.compile(r"[,，;；]")
_DIGIT = re.compile(r"\d")


def _last_clause(task: str) -> str:
    """The task's last clause (after its last comma or semicolon): the words the result answers."""
    return _CLAUSE_MARK.split(task)[-1]


def result_at_end(line: str) -> int | None:
    """Where the result of a one-line task and result starts (``…新增养老床位300张完成120张,完成率40%``: at ``完成``),
    None for a line that is no such row: the task before it is one sentence, its last clause states a count (in the
    result's measure, unless the result gives its completion rate) and the result closes the line, with no time or
    modal word right before it."""
    if "完成" not in line:
        return None
    m = _DONE_COUNT.search(line) or _DONE_BARE.search(line)
    if m is None or "。" in line[:m.start()] or _TIMED.search(line, 0, m.start()):
        return None  # a row holds one task: no sentence closes before its result; no time or modal word before it
    task = line[:m.start()]
    if m.re is _DONE_BARE:
        return m.start() if _DIGIT.search(_last_clause(task)) else None
    counts = _counts(task)
    if any(_same_measure(u, m.group("u")) for u in _counts(_last_clause(task))) or (counts and m.group("rate")):
        return m.start()
    return None


# a numbered item (``1.``, ``(二)``, ``三、``) at the paragraph's start
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])")
# a sentence that opens with the period the report counts up to: ``上半年,``, ``截至6月底,``, ``1-9月,``, ``今年以来,``
_TO_DATE = re.compile(r"\s*(?:上半年|前三季度|一季度|第一季度|今年以来|年初以来|截至|截止|目前|[1１]\s*[-—至~]\s*\d{1,2}\s*月)")


def result_sentence(line: str) -> int | None:
    """Where the report's sentence starts in a numbered item that states its task as its first sentence and goes on
    with what was done by the report's date (``3.新建公园8个,新增绿道40公里。截至9月底,已建成公园5个…``): the task is
    the item's first sentence, with a count, no past marker and no label of its own; the next sentence opens with the
    period the report counts up to. None for any other paragraph."""
    m = _ITEM.match(line)
    if m is None:
        return None
    stop = line.find("。", m.end())
    if stop < 0 or _TO_DATE.match(line, stop + 1) is None:
        return None
    task = line[m.end():stop]
    if not _counts(task) or has_past_marker(task) or ":" in task or "：" in task:
        return None  # (a labelled quota, ``甲:任务数N人``, is read by the quota cue with its result after it)
    return stop + 1


def task_end(line: str) -> int:
    """How much of a paragraph the target rules read: the task of a one-line task and result (``result_at_end``) or of
    a numbered item that goes on with its result (``result_sentence``), else the whole line."""
    cut = result_at_end(line)
    if cut is None and "。" in line:
        cut = result_sentence(line)
    return len(line) if cut is None else cut
