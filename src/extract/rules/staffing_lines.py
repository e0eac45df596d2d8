"""A committee's staffing lines read as its duties (eval/README.md U4a: people are never units, a post is no task).

Under a body's heading (``组织委员会``), the lines that say who serves in it (``主任委员:某甲 某乙``, ``协 调:某丙 某丁``, a
line of names alone, ``裁 判:由…的同学担任``, ``工作人员:校学生会各委员、理事``) name people and posts, not work the body
is to do: they give no unit row, whatever reader took the heading for the owner of its lines.
"""

from __future__ import annotations

import re

from extract.cues import is_person_name

# a post label before its holders (spaces inside it are the page's: ``协 调``)
_POST = re.compile(r"^(?:主任委员|副主任委员|主任|副主任|委员|组长|副组长|成员|秘书长|秘书|协调|执行|裁判|裁判长|工作人员|"
                   r"记录|计分|计时|联络员|联系人|总指挥|副总指挥|顾问|[^:：]{0,6}委员会|[^:：]{0,6}小组)[:：]")
_SERVERS = re.compile(r"(?:担任|兼任|擔任|组成|組成|委员|委員|理事|成员|成員)[。.;；]?$")
_TOKEN = re.compile(r"^[\u4e00-\u9fff·]{1,4}$")


def names_only(text: str) -> bool:
    """``text`` is personal names apart from spaces (``某甲 某乙 某丙``; a two-character name the page spaced, ``贺 琪``,
    counts): at least two pieces apart by spaces, each one to four Chinese characters, and every one of two or more
    characters a name (``cues.is_person_name``)."""
    tokens = [t for t in re.split(r"\s+", text.strip()) if t]
    if len(tokens) < 2 or not all(_TOKEN.match(t) for t in tokens):
        return False
    longer = [t for t in tokens if len(t) >= 2]
    return bool(longer) and all(map(is_person_name, longer))


def is_staffing_line(line: str) -> bool:
    """A line that says who serves (see the module's docstring): a post label with its holders, or names alone."""
    s = line.strip()
    m = _POST.match(re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff][:：\u4e00-\u9fff]{0,8}[:：])", "", s))
    if m is not None:
        rest = s[s.find(":") + 1 if ":" in s else s.find("：") + 1:].strip()
        return names_only(rest) or is_person_name(rest) or _SERVERS.search(rest) is not None
    from extract.rules.unit_roster_tasks import roster_quote
    return names_only(s) or roster_quote(s)  # (lead50) ``副主任某甲 某乙 某丙``: a post with no colon and its holders


def without_staffing_rows(source_of, records: list) -> list:
    """``records`` without the unit rows whose quoted line is a staffing line. ``source_of(start, end)`` gives the text of a
    span of the normalised text as the source spaced it, in Simplified script (the normaliser glues the spaces between
    names, ``某甲 某乙`` -> ``某甲某乙``, that tell the names apart)."""
    from extract.data import UnitAssignment
    return [r for r in records if not (isinstance(r, UnitAssignment)
                                       and is_staffing_line(source_of(r.norm_span.start, r.norm_span.end)))]
