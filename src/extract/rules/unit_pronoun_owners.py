"""(unitA31) A duty list whose lead-in names its owner by a pronoun (eval/README.md U8b (i), U7d: a party named by its relation
to the text is a unit where it identifies a definite body): the paragraph before opens by defining the body (``X是…``), the lead-in
after it says ``其(主要)职责(范围)是:`` and the items follow.

    某县书屋理事会是书屋的议事机构。其主要职责范围是:    -> the items below are 某县书屋理事会's rows
    一、审议年度计划。
    二、监督经费使用。

``pronoun_owner_lead_ins``: (owner, end of the lead-in's colon) for each such lead-in of ``text``. Not: a pronoun lead-in
whose paragraph before opens with no unit's name, or with no ``是`` that defines it. Made-up examples only.

(unitA35) A charter's article may name the owner in the same sentence, as the body that has its head (``X置科长一人``,
``X设主任一人``) or whose head runs it (``X局长综理X业务``), the lead-in after the comma saying ``其掌理事项如下:`` (or
``其职责如下:``): ``headed_owner_lead_ins`` gives those owners.

    甲科置科长一人,其掌理事项如下: 一、档案管理事项。 二、文书收发事项。   -> two rows, lead 甲科
    本馆馆长综理馆务,副馆长襄理馆务,其掌理事项如下: 一、…                    -> rows of 本馆
"""

from __future__ import annotations

import re

_LEAD_IN = re.compile(r"(?:(?<=^)|(?<=[。\n]))\s*其(?:主要|具体)?(?:职责|職責|任务|任務|职能|職能)(?:范围|範圍)?(?:如下|包括|为|為|是|有)?\s*[:：]")
_DEFINED = re.compile(r"\s*(?P<owner>[^。;；,，:：\n“”\"是]{2,20}?)是")


def pronoun_owner_lead_ins(text: str, is_unit) -> list[tuple[str, int]]:
    """(owner, colon end) of each ``其…职责…:`` lead-in whose sentence before defines a body (module docstring)."""
    out: list[tuple[str, int]] = []
    if "其" not in text:
        return out
    for m in _LEAD_IN.finditer(text):
        before = text[:m.start()].rstrip()
        if not before.endswith("。"):
            continue
        start = before.rfind("\n") + 1  # (the paragraph before: its first sentence defines the body)
        d = _DEFINED.match(before, start)
        if d is None:
            continue
        owner = d.group("owner").strip()
        if owner.startswith(("各", "相关", "有关", "该", "本", "这")) or not is_unit(owner):
            continue
        out.append((owner, m.end()))
    return out


# (unitA35) the lead-in after a comma of the owner's own sentence; the sentence's opening that names the owner by its head
_CLAUSE_LEAD_IN = re.compile(r"[,，]\s*其(?:主要|具体)?(?:掌理(?:下列|以下|如下)?(?:各款)?事项(?:如下)?|(?:职责|职掌|职权)(?:如下|包括|为|是))\s*[:：]")
# the sentence's opening: the body and its head's title, then the head's being set up (``置科长一人``) or running it (``综理``)
_HEADED = re.compile(r"\s*(?:第\s*[\d一二三四五六七八九十百]{1,5}\s*[条條]\s*)?(?P<named>[^。;；,，:：\n“”\"]{3,22}?)"
                     r"(?:(?<=[长長任管])(?:一人|二人|若干人|\d人)|(?:综理|綜理|督导|主持))")
_ORG_END = re.compile(r"(?:局|委|办|厅|处|科|课|站|所|院|中心|会|馆|组|股|室|队|部|署)$")


def _body_and_head(named: str) -> str | None:
    """The body's name in ``named`` = body + its head's title (``第一课置课长`` -> ``第一课``, ``本分局分局长`` -> ``本分局``,
    ``某中心设主任`` -> ``某中心``): a title that repeats the body's kind before ``长`` (``课长`` of a ``课``), or ``主任``."""
    for k in range(len(named) - 2, 1, -1):
        body, title = named[:k], named[k:]
        if title[:1] in "置设設":
            title = title[1:]
        if not title or not _ORG_END.search(body):
            continue
        if title in ("主任", "主管") or (title[-1] in "长長" and len(title) >= 2 and body.endswith(title[:-1])):
            return body
    return None


def headed_owner_lead_ins(text: str, is_unit) -> list[tuple[str, int]]:
    """(unitA35) (owner, colon end) of each ``…,其掌理事项如下:`` lead-in whose sentence opens with a body named by its
    head (``甲科置科长一人``, ``本馆馆长综理馆务``; module docstring). Not: a sentence that opens with a person or no body's
    name (``科长综理科务,其…``), a lead-in with no comma before it (read by ``pronoun_owner_lead_ins``)."""
    out: list[tuple[str, int]] = []
    if "其" not in text or ("掌理" not in text and "职" not in text):
        return out
    for m in _CLAUSE_LEAD_IN.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "。;；\n") + 1
        h = _HEADED.match(text, start)
        if h is None or h.end() > m.start():
            continue
        named = h.group("named").strip()
        owner = _body_and_head(re.sub(r"(?:一人|二人|若干人|\d人)$", "", named))
        if owner is None or owner.startswith(("各", "相关", "有关")):
            continue
        if not (is_unit(owner) or owner.endswith(("课", "課"))):
            continue  # (a ``课`` whose head is its ``课长`` is a section: ``课`` alone reads as a lesson)
        out.append((owner, m.end()))
    return out


# (lead49) the owner as the subject of the lead-in's own sentence, with its modal (``主要职责:某委员会必须本着…精神,…,
# 其主要职责为:``): after the line's start or a label's colon
_SUBJECT_LEAD_IN = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[:：]))\s*(?P<owner>[^。;；,，:：\n“”\"]{2,20}?)(?:必须|必須|应当|應當|应|應|要|须|須)"
                              r"[^。\n]{0,160}?[,，]\s*其(?:主要|具体)?(?:职责|職責|任务|任務|职能|職能)(?:如下|包括|为|為|是|有)?\s*[:：]")


def subject_owner_lead_ins(text: str, is_unit) -> list[tuple[str, int]]:
    """(lead49) (owner, colon end) of each ``X必须…,其主要职责为:`` lead-in: X, the sentence's subject before its modal, owns
    the list. Not: a subject that is no unit or a collective (``各校必须…``), a person (``组长要…``)."""
    return _named_owners(_SUBJECT_LEAD_IN, text, is_unit) if "其" in text else []


def _named_owners(pattern: re.Pattern[str], text: str, is_unit) -> list[tuple[str, int]]:
    """(owner, match end) of each match of ``pattern`` whose ``owner`` group names a unit (no collective, no pointer)."""
    out: list[tuple[str, int]] = []
    for m in pattern.finditer(text):
        owner = m.group("owner").strip()
        if owner.startswith(("各", "相关", "有关", "该", "本", "这")) or not is_unit(owner):
            continue
        out.append((owner, m.end()))
    return out


# (lead53) a page that opens with its body's charge (``某局负责贯彻落实…。主要职责是:``), the lead-in's own sentence right after:
# the body owns the list (a government body's page of its remit)
_CHARGED_LEAD_IN = re.compile(r"(?:(?<=^)|(?<=\n))\s*(?P<owner>[^。;；,，:：\n“”\"]{2,24}?)(?:负责|負責)[^。\n]{4,200}?。\s*"
                              r"其?(?:主要|具体)?(?:职责|職責)(?:如下|包括|为|為|是|有)?\s*[:：]")


def charged_owner_lead_ins(text: str, is_unit) -> list[tuple[str, int]]:
    """(lead53) (owner, colon end) of each ``X负责…。主要职责是:`` lead-in (above). Not: a collective, a pointer or no unit."""
    return _named_owners(_CHARGED_LEAD_IN, text, is_unit) if ("职责" in text or "職責" in text) else []


def pronoun_owner_rows(text: str, is_unit, items_after, item_subject) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, [owner]) for each item of a pronoun lead-in's list (``items_after``: the duty-list reader's items
    after a colon; an item with a subject of its own, ``item_subject``, is that subject's row, U8b (ii)), task the item's
    first clause."""
    out: list[tuple[int, int, str, list[str]]] = []
    for owner, colon_end in pronoun_owner_lead_ins(text, is_unit) + headed_owner_lead_ins(text, is_unit) \
            + subject_owner_lead_ins(text, is_unit) + charged_owner_lead_ins(text, is_unit):
        for a, b in items_after(text, colon_end):
            body = text[a:b].strip()
            task = re.split(r"[,，;；。]", body, maxsplit=1)[0].strip()
            if len(task) >= 4 and item_subject(body, is_unit) is None:
                out.append((a, b, task, [owner]))
    return out
