"""(unitA35) Peer heads in a run of duty heads (eval/README.md U8a): a charter's list of its sections, each item a section's
name, a colon and its matters (``一、甲课:关于…事项。二、乙课:关于…事项。``). Where two or more items of the run read as units'
heads, an item of the same mark style whose label ends with the same kind as one of them (``课``, ``室``, ``组``) is a
head too, though its name alone reads as no unit (``建设课`` opens with a verb, ``原住民课`` is no name the unit reader
knows): the list names the sections alike. And an item of the run's mark style is a sibling of the heads, never an item
inside the block above it.

    本所下列课、室,分别掌理有关事项: 一、民政课:关于…事项。 二、财政课:关于…事项。 三、建设课:关于…事项。
    -> three rows, leads 民政课, 财政课 and 建设课 (each task the item's own matters)

(lead47) A section named by its ordinal (``第二科``, ``第三组``) opens a head of its own where the normaliser glued it to the
duty before it (a chart flattened to one line, its cells set off by spaces between CJK characters, which go):

    第一科:掌甲类事项第二科:掌乙类事项   -> two heads, 第一科 and 第二科 (not one duty running into the next name)

(lead47) And the first unit's head run into the heading of the division it opens (``(二)职责分工甲局:负责…``):

    (二)职责分工甲局:负责甲事项。乙局:负责乙事项。   -> two heads, 甲局 and 乙局

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.nested_styles import marker_style

# a label that is a short name, no clause (no verb phrase or numbers): 2-8 CJK characters
_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


# (lead47) an ordinal section's name and its colon, glued to the CJK text before it; the groups of ``unit_prose._DUTY_HEAD``
_GLUED_ORDINAL_HEAD = re.compile(r"(?<=[\u4e00-\u9fff])(?P<mark>)(?P<open>)(?P<unit>第[一二三四五六七八九十]{1,3}[科组股课室处队])(?P<note>)"
                                 r"\s*[:：](?=\s*[\u4e00-\u9fff])")


def glued_ordinal_heads(text: str, heads: list) -> list:
    """``heads`` with each glued ordinal section head (``…事项第二科:掌…``) added that ``heads`` lacks, in text order.
    Unchanged where neither a head of ``heads`` is itself an ordinal section nor two glued ones stand in ``text``: the run
    must be a chart of such sections."""
    have = {m.start("unit") for m, _ in heads}
    added = [(m, [m.group("unit")]) for m in _GLUED_ORDINAL_HEAD.finditer(text) if m.start("unit") not in have]
    if len(added) < 2 and not any(re.fullmatch(r"第[一二三四五六七八九十]{1,3}[科组股课室处队]", u) for _, units in heads for u in units):
        return heads
    return sorted(list(heads) + added, key=lambda h: h[0].start()) if added else heads


# (lead47) the heading word of a division of work, a head's name run on right after it
_DIVISION_TITLE = re.compile(r"(?:职责分工|工作分工|任务分工|部门职责)(?=[\u4e00-\u9fff])")


def division_title_heads(text: str, heads: list, head_pattern: re.Pattern[str], unit_of) -> list:
    """``heads`` with the head run into a division's heading (``职责分工甲局:…``) added where ``heads`` lacks it: the
    heading read as closed (the pattern tried at the name as after a full stop), the name's units by ``unit_of``."""
    have = {m.start("unit") for m, _ in heads}
    added = []
    for w in _DIVISION_TITLE.finditer(text):
        p = w.end()
        if p in have:
            continue
        m = head_pattern.match(text[:p - 1] + "。" + text[p:], p)
        if m is not None and m.start("unit") == p and (units := unit_of(m.group("unit"))):
            added.append((m, units))
    return sorted(list(heads) + added, key=lambda h: h[0].start()) if added else heads


# (lead47) a bare item number glued between the words before it and the head's name (``…及其职责1综合组:…保卫处2医疗组:``:
# a sharing site's flattening lost the number's stop and the line break)
_GLUED_NUMBER_HEAD = re.compile(r"(?<=[\u4e00-\u9fff。;；])(?P<no>\d{1,2})(?P<mark>)(?P<open>)"
                                r"(?P<unit>[\u4e00-\u9fff]{2,12}?(?:组|組|办|辦|室|处|處|科|队|隊|中心|专班|專班))(?P<note>)\s*[:：](?=\s*[\u4e00-\u9fff])")


def glued_number_heads(text: str, heads: list, unit_of) -> list:
    """``heads`` with the heads numbered by glued bare numbers (``…1综合组:负责…保卫处2医疗组:负责…``) added: two at least,
    numbered in sequence from 1, each name a unit by ``unit_of`` (or a working group's name); else ``heads`` unchanged."""
    found = [m for m in _GLUED_NUMBER_HEAD.finditer(text)]
    run = []
    for m in found:
        if int(m.group("no")) == len(run) + 1:
            run.append(m)
    if len(run) < 2:
        return heads
    have = {m.start("unit") for m, _ in heads}
    added = [(m, units) for m in run if m.start("unit") not in have and (units := unit_of(m.group("unit")))]
    return sorted(list(heads) + added, key=lambda h: h[0].start()) if added else heads


def _style(m: re.Match[str]) -> str | None:
    mark = (m.group("mark") or "").strip()
    return marker_style(mark) if mark else None


def peer_heads(text: str, heads: list, head_pattern: re.Pattern[str], is_duty) -> list:
    """``heads`` (the run's (match, units) pairs, in text order) with the peers added: each ``head_pattern`` match of ``text``
    that ``heads`` lacks, with a mark of the style of the heads' marks, a label of 2-8 CJK characters that ends with the
    last character of a head's name and does not open with a collective (``各``, ``相关``), and a duty after it
    (``is_duty`` of the text up to the next match). Unchanged where fewer than two heads carry marks of one style."""
    styles = {_style(m) for m, _ in heads}
    if len(heads) < 2 or len(styles) != 1 or None in styles:
        return heads
    style = styles.pop()
    kinds = {u[-1] for _, units in heads for u in units if u}
    have = {m.start() for m, _ in heads}
    matches = [m for m in head_pattern.finditer(text)]
    added = []
    for i, m in enumerate(matches):
        if m.start() in have or _style(m) != style or m.group("open") or m.group("note"):
            continue
        name = m.group("unit")
        if not _NAME.fullmatch(name) or name[-1] not in kinds or name.startswith(("各", "相关", "有关")):
            continue
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        if not is_duty(text[m.end():end]):
            continue
        added.append((m, [name]))
    if not added:
        return heads
    return sorted(list(heads) + added, key=lambda h: h[0].start())


def sibling_end(text: str, start: int, end: int, head: re.Match[str], item_pattern: re.Pattern[str]) -> int:
    """Where the block of ``head`` (from ``start``) ends before ``end``: at the first item mark of the head's own style
    (a sibling of the head, ``三、`` after ``二、甲课:``), else ``end``."""
    style = _style(head)
    if style is None:
        return end
    for it in item_pattern.finditer(text, start, end):
        mark = it.group().strip()
        if mark and marker_style(mark) == style:
            return it.start()
    return end
