"""(unitB24) A unit label on its line with its duty line under it (eval/README.md U4a, twenty-first round)::

    1.牵头单位:某县文旅局
    职责:负责活动的总体协调
    2.成员单位:某县教育局、某县卫健局
    职责:按分工组织本系统参与

The organising part of an activity plan names each label's units, then what they do on a ``职责:`` line of its own.
Each label gives its own row, its task the duty line: the lead's label (``牵头单位``, ``LEAD_LABEL``) the lead, no
responsible; a helpers' label (``RESP_LABEL``) or ``成员单位`` beside a lead label the responsible units, lead ``[]``.
The quote runs from the label to the end of the duty's first sentence. A ``负责`` that opens the duty is the charge,
no part of the task (U7). Not: a label whose next line is no duty line (the label of a task above it, read elsewhere),
a ``成员单位`` with no lead label in the block (a group's make-up, U8b).

``with_label_title``: a label line set as a numbered heading (``(4)负责单位:甲局``) over a helpers' label line: one list.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.roles import LEAD_LABEL, RESP_LABEL
from extract.rules.units import split_units

_ITEM_MARK = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}\s*[.、．](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）])\s*")

# a label line: an item number, the label, a colon and its units (to the line's end)
_LABEL_LINE = re.compile(rf"^[ \t\u3000]*(?:\d{{1,2}}\s*[.、．]\s*|[(（]\d{{1,2}}[)）]\s*)?"
                         rf"(?P<label>{LEAD_LABEL}|{RESP_LABEL}|成员单位)\s*[:：][ \t\u3000]*(?P<units>[^\n]+)$", re.M)
# the duty line right under it
_DUTY_LINE = re.compile(r"[ \t\u3000]*(?:主要|工作)?职责\s*[:：][ \t\u3000]*(?P<duty>[^\n]+)")
_LEAD_ONLY = re.compile(LEAD_LABEL)
_LIST_END = re.compile(r"[。;；]")
_SENTENCE_END = re.compile(r"[。;；!！?？]")
_CLAUSE_END = re.compile(r"[，,。;；]")
_CHARGE = re.compile(r"^(?:主要|具体)?负责(?![人制])")


def label_duty_pairs(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """(label line, duty line) of each unit label whose next line is a ``职责:`` line."""
    if "职责" not in text:
        return []
    out = []
    for m in _LABEL_LINE.finditer(text):
        nl = m.end() + 1
        if nl < len(text) and (d := _DUTY_LINE.match(text, nl)) is not None:
            out.append((m, d))
    return out


def label_duty_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(quote start, quote end, task, lead, responsible) of each label with its duty line (the module's docstring)."""
    pairs = label_duty_pairs(text)
    has_lead = any(_LEAD_ONLY.fullmatch(m.group("label")) for m, _ in pairs)
    rows = []
    for m, d in pairs:
        label = m.group("label")
        lead_label = _LEAD_ONLY.fullmatch(label) is not None
        if label == "成员单位" and not has_lead:
            continue
        listed = m.group("units")
        cut = _LIST_END.search(listed)
        units = [u for u in split_units(listed[:cut.start()] if cut else listed) if u]
        duty = d.group("duty")
        s = _SENTENCE_END.search(duty)
        sentence = duty[:s.start()] if s else duty.rstrip()
        c = _CLAUSE_END.search(sentence)
        task = sentence[:c.start()] if c else sentence
        if (charge := _CHARGE.match(task)) is not None:
            task = task[charge.end():]
        if not units or len(task) < 4:
            continue
        rows.append((m.start("label"), d.start("duty") + len(sentence), task,
                     units if lead_label else [], [] if lead_label else units))
    return rows


def with_label_title(title: str, block: str, lead: list[str], resp: list[str]) -> tuple[list[str], list[str]]:
    """(lead, responsible) of a label block whose task above it is itself a label, an item of a plan's fields set
    as a heading (``(4)负责单位:甲局`` over ``协助单位:乙乡``): the two lines are one label list, read as one line is
    (U4a, U4c: a ``负责单位`` beside a helpers' label with no ``牵头`` leads). Otherwise the block's own lists."""
    from extract.rules.unit_label_lines import parse_label_line  # (lazy: that module imports the rules' readers)
    head = _ITEM_MARK.sub("", title, count=1)
    if parse_label_line(head) is None:
        return lead, resp
    joined = parse_label_line(head + " " + " ".join(block.split()))
    return joined if joined is not None and joined[0] + joined[1] else (lead, resp)
