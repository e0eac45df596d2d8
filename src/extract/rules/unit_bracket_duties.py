"""(lead51) Offices listed a line each with their duties in a bracket after the name (U8: a unit's heading over its
duties, here on one line)::

    各科室分工说明:
    宣传部(负责校报的编辑出版,配合各部门工作)
    外联部(1、联系校外单位;2、筹集活动经费;3、完成交办的其他工作)
    技术部(摄影,制图,视频剪辑等)

Each line opens with one unit's name (an organisation's ending: 部, 室, 处, 科, 组, 中心…) and at once a bracket holding its
duties; the bracket may lose its closing half at the line's end. Numbered items inside the bracket (``1、…2、…``, in
order, with or without a separator before the next number) give one row each, lead the unit, task the item's first
clause; a bracket without items gives one row, task its first clause (before ``配合``/``等``, which close the charge),
the quote running over the whole line. Three such lines in the text are the sign of the layout (a single ``甲局(设在某办)``
is a name's note, not a duty list). Not: a bracket that says where a body sits or what it is called (``设在``, ``简称``,
``以下``), a role mark (``牵头``, ``配合``), people (``组长``, ``主任``), or a count.

Made-up examples only.
"""

from __future__ import annotations

import re

# a line that opens with a name and its bracket (the closing half may be lost at the line's end)
_LINE = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,12}?)[(（](?P<body>[^\n]{4,}?)(?:[)）][ \t\u3000]*)?$", re.M)
# an organisation's ending
_ORG_END = re.compile(r"(?:部|室|处|處|科|组|組|中心|站|所|馆|館|队|隊|办|辦|委员会|委員會|社|团|團)$")
# a bracket that is a name's note or a role mark, no duty
_NOT_DUTY = re.compile(r"^(?:设在|設在|简称|簡稱|以下|下称|下稱|含|包括|牵头|牽頭|配合|协办|協辦|主办|主辦|组长|組長|主任|部长|部長|"
                       r"负责人|負責人|\d+人|\d+名|电话|電話|地址)")
# the words that close a charge's first clause (the bracket goes on with what the office helps with)
_CLAUSE_END = re.compile(r"[,，;；。]|配合各|等(?=[,，;；。]|配合|$)")


def _items(body: str) -> list[tuple[int, int]]:
    """The (start, end) of each numbered item of ``body`` (``1、…2、…``, numbers in order from 1), [] if it has none."""
    if re.match(r"\s*1\s*[、.．]", body) is None:
        return []
    marks: list[tuple[int, int]] = []  # (mark start, text start)
    k, pos = 1, 0
    while (m := re.compile(rf"(?<!\d){k}\s*[、.．](?!\d)|(?<=[;；。]){k}(?=[\u4e00-\u9fff])").search(body, pos)) is not None:
        marks.append((m.start(), m.end()))
        k, pos = k + 1, m.end()
    out = []
    for i, (_a, b) in enumerate(marks):
        e = marks[i + 1][0] if i + 1 < len(marks) else len(body)
        seg = body[b:e].rstrip(" ;；。,，)）")
        if seg:
            out.append((b, b + len(seg)))
    return out


def _first_clause(s: str) -> str:
    """The charge's first clause; an item that is only the helping clause (``配合各部门…``) keeps it up to its punctuation."""
    c = _CLAUSE_END.search(s)
    if c is not None and c.start() == 0:
        c = re.compile(r"[,，;；。]").search(s)
    return (s[:c.start()] if c else s).strip()


def bracket_duty_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each office's bracketed duties (the module docstring)."""
    if "(" not in text and "（" not in text:
        return []
    from extract.cues import is_unit_cell

    lines = []
    for m in _LINE.finditer(text):
        name, body = m.group("name"), m.group("body")
        if not _ORG_END.search(name) or not is_unit_cell(name) or _NOT_DUTY.match(body):
            continue
        lines.append(m)
    if len(lines) < 3:
        return []
    out = []
    for m in lines:
        name, body, b0 = m.group("name"), m.group("body"), m.start("body")
        items = _items(body)
        if items:
            for k, (a, b) in enumerate(items):
                task = _first_clause(body[a:b])
                if len(task) >= 2:
                    out.append((m.start("name") if k == 0 else b0 + a, b0 + b, task, [name], []))
        else:
            task = _first_clause(body)
            if len(task) >= 2:
                end = m.end() - (len(m.group()) - len(m.group().rstrip(" \t\u3000")))
                out.append((m.start("name"), end, task, [name], []))
    return out
