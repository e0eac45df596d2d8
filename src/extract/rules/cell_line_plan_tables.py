"""(lead53) A plan table flattened one cell a line, its header cells labelled with their unit (N6, N7): a notice that
hands each school its quota (``计划招生班数(个)``, ``计划招生人数(人)``), one row a name line and then one number a line per
column, blank lines between, the header sometimes printed twice where the page set two blocks of columns side by side:

    毕业班数(个)
    计划招生班数(个)
    计划招生人数(人)
    甲小学
    3
    3
    144

A column whose label plans (``计划``, ``规划``, ``拟``, ``目标``, ``新增``, ``预计``) gives each row's cell as a target: indicator the label
without its unit bracket and the row's name in a bracket (``计划招生班数(甲小学)``), the bracket's unit, ``=``, no year of its
own; the quote from the row's name to the cell. A column of what is (``毕业班数``, ``现有…``) gives nothing (N13).

Made-up examples only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# a header cell: a label and its unit in a bracket (``计划招生人数(人)``)
_HEADER = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,14})\s*[(（](?P<unit>[\u4e00-\u9fff%‰]{1,3})[)）]\s*$")
_NUMBER = re.compile(r"^\s*(?P<v>\d{1,6}(?:\.\d+)?)\s*$")
_NAME = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）\d]{1,19})\s*$")
# a label that plans the cell's number
_PLANS = re.compile(r"计划|計劃|规划|規劃|拟|擬|目标|目標|新增|预计|預計")


class CellTarget(NamedTuple):
    start: int
    end: int
    indicator: str
    value: float
    unit: str


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, line) of each line holding more than blanks."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def plan_cell_targets(text: str) -> list[CellTarget]:
    """The planned cells of each such table in ``text`` (the module's docstring)."""
    if "(" not in text and "（" not in text:
        return []
    lines = _lines(text)
    out: list[CellTarget] = []
    i = 0
    while i < len(lines):
        heads = []
        j = i
        while j < len(lines) and (h := _HEADER.match(lines[j][1])) is not None:
            heads.append((h.group("label"), h.group("unit")))
            j += 1
        if len(heads) < 2:
            i = max(j, i + 1)
            continue
        # a header printed twice for two blocks side by side: the columns once
        k = len(heads)
        for n in range(1, len(heads) // 2 + 1):
            if len(heads) % n == 0 and heads == heads[:n] * (len(heads) // n):
                k = n
                break
        cols = heads[:k]
        if not any(_PLANS.search(label) for label, _ in cols):
            i = j
            continue
        while j + k < len(lines) and (name := _NAME.match(lines[j][1])) is not None \
                and all(_NUMBER.match(lines[j + 1 + c][1]) for c in range(k)):
            start = lines[j][0] + len(lines[j][1]) - len(lines[j][1].lstrip())
            for c, (label, unit) in enumerate(cols):
                if not _PLANS.search(label):
                    continue
                pos, cell = lines[j + 1 + c]
                v = _NUMBER.match(cell)
                end = pos + v.end("v")
                out.append(CellTarget(start, end, f"{label}({name.group('name')})", float(v.group("v")), unit))
            j += 1 + k
        i = j
    return out
