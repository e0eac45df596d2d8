"""A unit that takes on a project of the year's list (U7: ``X承担Y`` read as ``X负责Y``).

A progress report on one project of a year's list of 实事 opens by naming who carries it: ``某局承担市政府民生实事
“新建学校5所”项目,进展情况如下:``, ``2031年某县卫健局承担县政府为民办实事新建村卫生室12个,计划投资600万元。``. The unit
before ``承担`` is the project's lead and the project's own words are the task: the item inside quotation marks, else
the clause after ``承担`` with the frame words (the superior body, ``民生实事``, ``为民办实事``, ``项目``) left out.

Not: a duty (``承担…责任``, U4d), money (``经费由县财政承担``, ``承担60%``), the attributive form that only names the
projects (``某局承担的实事项目``), nor a title line that names a report by its project (no clause mark: N9c).
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell

# the unit right before ``承担``, at a clause's opening (a year before it stays out)
_TAKES = re.compile(r"(?:^|(?<=[。;；,，:：\s]))(?:(?:19|20)\d\d\s*年度?)?(?P<unit>[^。;；,，:：\s“”\"《》()（）]{2,24}?)承担(?!的)")
# the superior body and the list's name that frame the project: ``市政府民生实事``, ``市委、市政府为民办实事``
_FRAME = re.compile(r"^(?:(?:[省市县区镇乡]委|[省市县区镇乡](?:人民)?政府)[、和及]?)*(?:重点|年度)?(?:民生实事|为民办实事|民心工程|惠民实事)(?:项目|工程)?")
_QUOTED = re.compile(r"^[“\"](?P<item>[^”\"]{2,80})[”\"](?:项目|任务|工程)?")
_CLAUSE_END = re.compile(r"[,，;；。:：]")
# a duty or money, not a project: ``承担…责任``, ``承担…费用``, ``承担60%``
_NOT_PROJECT = re.compile(r"责任|职责|费用|经费|资金|成本|比例|\d+\s*[%％]|风险|损失|义务")
_LINE_CLAUSE = re.compile(r"[,，;；。]")


def project_takers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, task, unit) of each ``X承担Y`` where Y is a project of a year's list (framed by the superior body
    and ``民生实事``/``为民办实事``, or a quoted item): quote from X to the end of Y (the quoted item with its ``项目``,
    else the clause after ``承担``). Made-up: ``甲局承担区政府民生实事“新建公园3个”项目,…`` -> (``新建公园3个``, ``甲局``);
    ``2031年乙局承担县政府为民办实事新建村卫生室12个,…`` -> (``新建村卫生室12个``, ``乙局``)."""
    out: list[tuple[int, int, str, str]] = []
    if "承担" not in text:
        return out
    for m in _TAKES.finditer(text):
        unit = m.group("unit")
        if unit.startswith(("由", "并", "还", "主要", "负责")) or not is_unit_cell(unit):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if _LINE_CLAUSE.search(text, m.end(), line_end) is None:
            continue  # a title line that names a report by its project (N9c)
        rest = text[m.end():line_end]
        frame = _FRAME.match(rest)
        body = rest[frame.end():] if frame else rest
        quoted = _QUOTED.match(body)
        if quoted is not None:
            task, end = quoted.group("item"), m.end() + (frame.end() if frame else 0) + quoted.end()
        elif frame is not None:
            cut = _CLAUSE_END.search(body)
            task = body[:cut.start()] if cut else body
            end = m.end() + frame.end() + len(task)
        else:
            continue  # no list's project named: ``承担全县监管任务`` is a duty read elsewhere
        if len(task) < 2 or _NOT_PROJECT.search(task) or _NOT_PROJECT.search(rest[:frame.end()] if frame else ""):
            continue
        out.append((m.start("unit"), end, task, unit))
    return out
