"""Goals in the items of a progress report (O3): an item's task, set out above its result block
(``(二)年度目标:…计划于2032年10月完工。`` / ``(三)完成情况:…``), restates what was committed; a completion date still
ahead at the report's own date stays a goal, one that is over at that date is what the result block measures."""
from __future__ import annotations


def task_date_still_ahead(year: int | None, report_year: int | None) -> bool:
    """Whether a dated goal in the task line of a report's item still lies ahead of the report: its year is the
    report's own year or later (made-up: in a report of February 2032, ``…计划于2032年10月完工`` -> True;
    ``…计划于2031年8月完工`` -> False). No year, or an undated report: False (the task line gives no goal)."""
    return year is not None and report_year is not None and year >= report_year


def result_label_heading(kind: str, line: str, opens_result_label) -> bool:
    """A paragraph read as a heading that opens with a result label (``(三)完成情况:争取到…资金,用``, a line the page
    cut off before its full stop, so the outline took it for a heading): it still answers the task line above it,
    as the same label on a text line does. Not: a heading of another kind (``二、关于某项目进展情况`` with no label
    colon, ``(一)责任领导:某某``)."""
    return kind == "heading" and opens_result_label(line)


def value_of_bare_label(text: str, above, k: int, line: str) -> bool:
    """(vrestA28) Whether ``line``, a paragraph among the unit label lines between a report item's task and its result
    label, is the value of a role label alone on the line above it (``责任单位:`` / ``甲局``: a line broken after the
    colon, ``label_values.role_label_alone``): it belongs to that label, as on one line (``责任单位:甲局``). ``k`` is
    the paragraph's place after the task line (0: right after it, so ``above`` is the task line, no label)."""
    from extract.rules.label_values import role_label_alone

    return k > 0 and above.kind == "text" and role_label_alone(text[above.span.start:above.span.end]) and 0 < len(line.strip()) <= 40


def task_above_result(s, par, text: str) -> bool:
    """A text paragraph of a report that is a numbered task with its count (``(四)新增3家长者食堂``) and has the
    paragraph of its result after it: the task as set, whose figure is the target (``numbered_count_task``). (Moved
    here from ``rules.__init__`` unchanged, vrestA28.)"""
    from extract.rules.target_cues import numbered_count_task

    if par.kind != "text" or not numbered_count_task(text[par.span.start:par.span.end]):
        return False
    nxt = s.paragraphs[par.index + 1] if par.index + 1 < len(s.paragraphs) else None
    return nxt is not None and nxt.kind == "text" and not numbered_count_task(text[nxt.span.start:nxt.span.end])
