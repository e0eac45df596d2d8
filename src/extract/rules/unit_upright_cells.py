"""(r33 unitB35) A narrow office column printed one character a line (U1, U2, U5; O1c: a wrap cuts no label).

A slide deck or a PDF table whose office column is one character wide comes out with that column's cells written down,
one character a line: the header ``辦\\n理\\n課\\n室`` and each row's office ``民\\n政\\n課``. Each row opens with its
serial alone on a line, its task cell wrapped over the lines after it (``成立本區災害應變\\n中心及運作``), then the office's
characters. Each such row is one unit row: lead the office joined (``民政課``), responsible ``[]``, task the task
lines joined, quote from the task to the office's last character.

The cue is the header: a run of one-character lines that joins to an office column's name (``辦理課室``, ``承辦單位``,
``主辦機關``). A row's office is the run of one-character lines after its task that joins to a name ending like an
office (``課``, ``科``, ``室``, ``處``, ``所``, ``股``, ``隊``); where the task's last wrapped line is as wide as its widest, the
run's first character is the task's last (``…補助業\\n務\\n民\\n政\\n課``: task ``…補助業務``), unless that line closes
with a closing mark (``…參訪活動」``).

Not: a row with no serial line, a run that joins to no office's name, a text with no such header.

No I/O; the extractor hands in the normalised text.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^(?:辦理|办理|承辦|承办|主辦|主办|負責|负责|執行|执行)(?:課室|课室|單位|单位|科室|處室|处室|機關|机关)$")
_OFFICE = re.compile(r"^[\u4e00-\u9fff]{1,5}[課课科室處处所股隊队]$")
_CLOSED = ("」", "』", ")", "）", "。", "”")  # a task line closed by its mark: the task ends there
_SERIAL = re.compile(r"^\d{1,3}$")
_CJK1 = re.compile(r"^[\u4e00-\u9fff]$")


def _width(s: str) -> float:
    """A line's printed width: a CJK character 1, a digit or Latin letter a half."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in s)


def upright_office_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of rows whose office cell is printed one character a line."""
    if "\n理\n" not in text and "\n辦\n" not in text and "\n办\n" not in text:
        return []
    lines, pos = [], 0
    for raw in text.split("\n"):
        s = raw.strip()
        lines.append((pos + raw.find(s) if s else pos, s))
        pos += len(raw) + 1
    n = len(lines)

    def run_end(i: int) -> int:
        j = i
        while j < n and _CJK1.match(lines[j][1]):
            j += 1
        return j

    out = []
    on = False
    i = 0
    while i < n:
        s = lines[i][1]
        if not on:
            if _CJK1.match(s):
                j = run_end(i)
                if _HEADER.match("".join(x for _, x in lines[i:j])):
                    on = True
                i = max(j, i + 1)
                continue
            i += 1
            continue
        if not _SERIAL.match(s):
            i += 1
            continue
        k = i + 1
        task_lines = []
        while k < n and lines[k][1] and not _CJK1.match(lines[k][1]) and len(task_lines) < 8:
            task_lines.append(k)
            k += 1
        if not task_lines or k >= n or not _CJK1.match(lines[k][1]):
            i += 1
            continue
        j = run_end(k)
        chars = [lines[x][1] for x in range(k, j)]
        widths = [_width(lines[x][1]) for x in task_lines]
        first = k
        if len(task_lines) > 1 and widths[-1] >= max(widths) - 0.5 and len(chars) > 2 \
                and not lines[task_lines[-1]][1].endswith(_CLOSED):
            first = k + 1  # the task's last character wrapped onto a line of its own
        office = "".join(lines[x][1] for x in range(first, j))
        if not _OFFICE.match(office):
            i = j
            continue
        task = "".join(lines[x][1] for x in task_lines) + "".join(lines[x][1] for x in range(k, first))
        if len(task) >= 4:
            out.append((lines[task_lines[0]][0], lines[j - 1][0] + 1, task, [office], []))
        i = j
    return out
