"""The paragraph under a bare unit heading, read across a second unit's label run into it (U8).

A duty block names each body on a line of its own (``市园林局:`` over its duties) or runs the name into its duties
(``市园林局:负责…``); pages mix both, and the second body's label then runs on after the first body's sentence
in the same paragraph::

    甲市环卫局:
    负责清扫主要道路的垃圾。甲市房管局:负责危房的安全鉴定;组织抢修。

The paragraph is the heading's unit's duties only up to the sentence that a unit's label opens; from there on the
duties are that unit's (its label in the quote, as on a line of its own). Not: a colon after a word that names no
body (``具体要求:``, ``时间:``), a label opening the paragraph (that is the heading's own body). A numbered item's label (``八、乙局:…``) is read
with its mark, as the heading it would be on a line of its own.
"""

from __future__ import annotations

import re

# a sentence's end, then a short name closed by a colon and followed by text: a body's label run into the paragraph
_RUN_IN_LABEL = re.compile(r"(?<=[。;；])\s*(?P<name>(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）])?"
                           r"[^\s，。；;,:：、()（）“”]{2,20})[:：](?=\s*\S)")  # (an item's mark before the name kept)

_SENT = re.compile(r"[。;；]")
# an item's mark opening a paragraph: numbered items under a unit's label are the heading reader's, item by item
_ITEM_OPEN = re.compile(r"^\s*(?:[①-⑳]|\d{1,2}\s*[.、．)）](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")


def run_in_labels(body: str, is_unit) -> list[tuple[int, int, list[str]]]:
    """(label start, body start, units) of each body's label run into ``body`` after a sentence's end, in order:
    ``…垃圾。甲市房管局:负责…`` -> the label at ``甲市房管局``; ``is_unit`` tells a body's name (a list of its units,
    else None)."""
    out = []
    for m in _RUN_IN_LABEL.finditer(body):
        units = is_unit(m.group("name"))
        if units:
            out.append((m.start("name"), m.end(), units))
    return out


def owner_body_rows(body: str, start: int, units: list[str], is_unit) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, units) of the rows of ``body`` (at ``start`` of the text) under a heading naming
    ``units``: the heading's units lead up to the first unit label run into the body, each such unit from its label
    on; a task is its part's first sentence. ``甲局:`` / ``负责甲。乙局:负责乙。`` -> (负责甲, 甲局), (负责乙, 乙局)."""
    labels = run_in_labels(body, is_unit)
    if not labels:
        return [(start, start + len(body), _SENT.split(body, maxsplit=1)[0], units)]
    parts = [(0, 0, units)] + labels
    out = []
    for k, (a, b, who) in enumerate(parts):
        end = labels[k][0] if k < len(labels) else len(body)
        text = body[a:end].rstrip()
        text = text[:-1] if text.endswith(("。", ";", "；")) else text
        task = _SENT.split(body[b:a + len(text)].strip(), maxsplit=1)[0]
        if len(task) >= 2:
            out.append((start + a, start + a + len(text), task, who))
    return out


def ends_with_colon(text: str, a: int, b: int) -> bool:
    """(speedA34) ``text[a:b].strip().endswith((":", "："))``, read from the end of the span: only its last characters
    are cut (the whole span where they are all blank)."""
    tail = text[max(a, b - 8):b].rstrip()
    if not tail and b - a > 8:
        tail = text[a:b].rstrip()
    return tail.endswith((":", "："))


def duty_head_span(text: str, pars, k: int) -> tuple[int, int]:
    """The span of paragraph ``k`` of ``pars``, run on over the next paragraph when ``k`` is a unit's label alone
    (``• 甲局:`` on its own line) and the next a duty of none of its own (``负责…``): the block a division of duties
    written a unit a paragraph gives when each label stands over its duties (``unit_prose.unit_duty_blocks`` reads
    it as one). Any other paragraph's own span."""
    p = pars[k]
    a, b = p.span.start, p.span.end
    if not ends_with_colon(text, a, b):
        return a, b  # (speedA34) read at its end first: the paragraph is not cut and stripped whole
    from extract.rules.unit_prose import _duty_heads, is_duty, opens_with_duty_head

    head = text[a:b].strip()
    if not head.endswith((":", "：")) or len(head) > 40 or k + 1 >= len(pars) or pars[k + 1].kind != "text":
        return a, b
    heads = _duty_heads(head)
    nxt = text[pars[k + 1].span.start:pars[k + 1].span.end]
    if len(heads) != 1 or heads[0][0].start() != 0 or heads[0][0].end() != len(head) \
            or opens_with_duty_head(nxt) or not is_duty(nxt) or _duty_heads(nxt) or _ITEM_OPEN.match(nxt):
        return a, b
    return a, pars[k + 1].span.end


def label_over_units_end(text: str, pars, k: int) -> int:
    """Where paragraph ``k`` of ``pars`` ends, run on over the next paragraph when ``k`` is a role label alone
    (``责任单位:``, ``主办单位:`` on its own line, ``roles.LEAD_LABEL`` / ``RESP_LABEL``) and the next opens with a unit's
    name (``cues.is_unit_cell``): the label's list printed on the line under it, read as on the label's line."""
    p = pars[k]
    if not ends_with_colon(text, p.span.start, p.span.end):
        return p.span.end  # (speedA34) read at its end first: the paragraph is not cut and stripped whole
    from extract.cues import is_unit_cell
    from extract.roles import LEAD_LABEL, RESP_LABEL

    head = text[p.span.start:p.span.end].strip()
    if not head.endswith((":", "：")) or len(head) > 16 or k + 1 >= len(pars) or pars[k + 1].kind != "text":
        return p.span.end
    if re.fullmatch(rf"(?:{LEAD_LABEL}|{RESP_LABEL})\s*[:：]", head) is None:
        return p.span.end
    first = re.split(r"\s|[:：,，;；。]", text[pars[k + 1].span.start:pars[k + 1].span.end].strip(), maxsplit=1)[0]
    return pars[k + 1].span.end if len(first) >= 2 and is_unit_cell(first) else p.span.end
