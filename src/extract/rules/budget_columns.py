"""(tgtB36, N17, N17b) Budget tables flattened to ``|`` rows: a column headed as the budget, its currency in brackets.

A plan for an event or a project sets out its costs as a small table, one row per item of cost, under a header
whose amount column is named the budget with its unit (``项目名称 | 预算金额(元) | 说明``, ``支出项目 | 预算(万元)``),
and a total row at the foot (``合计 | 7000``). Each bare amount in that column is the money the plan sets aside for
its row's item: a planned amount (N17), a target, the unit the header's, the quote from the row's label to the amount.
Not read: a column of money spent or reached (``决算``, ``实际``, ``执行``, ``已``: N13), a header without ``预算``
(a price list, an account of what was paid), a zero (an empty cell), a number cell in another column.

Made-up examples only."""
from __future__ import annotations

import re

from extract.rules.table_captions import CaptionValue

# the budget column's header cell: ``预算金额(元)``, ``经费预算（万元）``, ``預算(新台幣千元)``
_BUDGET_HEAD = re.compile(r"^[^|]{0,8}(?:预算|預算)[^|()（）]{0,6}[(（]\s*(?:人民币|人民幣|新台币|新臺幣|新台幣)?"
                          r"(?P<unit>(?:千|万|萬|亿|億)?元)\s*[)）]\s*$")
# words of money spent or reached, not planned (N13)
_SPENT = re.compile(r"决算|決算|实际|實際|执行|執行|已|完成|支出数|支出數|结余|結餘")
_NUMBER = re.compile(r"^\s*(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$")
_RULE = re.compile(r"^[\s|:：\-—=+]*$")
_SERIAL = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]?\s*$")


def _cells(line: str, start: int) -> list[tuple[int, int, str]]:
    """The cells of a ``|`` row (start, end, stripped text), offsets from ``start``; a leading and a closing ``|`` part
    nothing."""
    out = []
    lead = len(line) - len(line.lstrip())
    body_start = lead + (1 if line[lead:lead + 1] == "|" else 0)
    body = line[body_start:].rstrip()
    if body.endswith("|"):
        body = body[:-1]
    pos = start + body_start
    for cell in body.split("|"):
        a = pos + len(cell) - len(cell.lstrip())
        out.append((a, a + len(cell.strip()), cell.strip()))
        pos += len(cell) + 1
    return out


def budget_column_values(text: str) -> list[CaptionValue]:
    """The amounts of the budget columns of ``text`` (see above): (label start, amount end, label, value, unit, None)."""
    if "|" not in text or ("预算" not in text and "預算" not in text):
        return []
    out: list[CaptionValue] = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    k = 0
    while k < len(lines):
        line = lines[k]
        if "|" not in line or ("预算" not in line and "預算" not in line):
            k += 1
            continue
        head = _cells(line, starts[k])
        col = next((i for i, c in enumerate(head) if _BUDGET_HEAD.match(c[2]) and not _SPENT.search(c[2])), None)
        if col is None or col == 0:
            k += 1
            continue
        unit = _BUDGET_HEAD.match(head[col][2]).group("unit").replace("萬", "万").replace("億", "亿")
        k += 1
        while k < len(lines) and "|" in lines[k]:
            if _RULE.match(lines[k]):
                k += 1
                continue
            row = _cells(lines[k], starts[k])
            k += 1
            if len(row) <= col or (m := _NUMBER.match(row[col][2])) is None:
                continue
            label = next((c for c in row[:col] if c[2] and not _SERIAL.match(c[2]) and not _NUMBER.match(c[2])), None)
            value = float(m.group("v").replace(",", ""))
            if label is None or not value or _SPENT.search(label[2]):
                continue
            out.append(CaptionValue(label[0], row[col][1], label[2], value, unit, None))
    return out
