"""(r25 unitB25) Where the letter that hands down a plan ends on a page that dropped the plan's own heading (G2, U4a):
a cover letter speaks to its addressees (``各县区人民政府:``) and hands the plan down, it never labels the units of an
item; an item that closes with its units' label in brackets (``1.建成一批示范园区。(牵头单位:某市发改委)``) is the
plan's first task, so the letter's run stops before it and the item keeps its row. Made-up examples only."""

from __future__ import annotations

import re

# a bracketed role label closing a task: ``(牵头单位:…``, ``(责任单位:…)``, ``（牵头部门：…`` (a page's end may cut it)
_UNIT_LABEL_BRACKET = re.compile(r"[(（]\s*(?:牵头|责任|牽頭|責任|主责|配合)(?:单位|部门|單位|部門)\s*[:：]\s*[\u4e00-\u9fff*X]{2}")


# (goalB27) a project card's field line: a role label at the line's start (``牵头单位:某局``, ``责任领导:王某``,
# ``任务目标:…``), the fields of a 实事 list's card under its title
_CARD_FIELD = re.compile(r"^\s*(?:牵头|责任|牽頭|責任|主责|配合)(?:单位|部门|單位|部門|领导|領導)\s*[:：]")


def labels_its_units(paragraph: str) -> bool:
    """Whether ``paragraph`` is a task item that names its units in a bracketed role label
    (``2.推进乙项改造。(责任单位:某县住建局)``) or (goalB27) a card's field line that opens with its role label
    (``牵头单位:某县城管局``): a plan's item, no line of a cover letter."""
    return _UNIT_LABEL_BRACKET.search(paragraph) is not None or _CARD_FIELD.match(paragraph) is not None


def before_labelled_item(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` (those after an addressee line) up to the first that labels its units (``labels_its_units``):
    the cover letter's part of the run."""
    for i, p in enumerate(paragraphs):
        if labels_its_units(p):
            return paragraphs[:i]
    return paragraphs
