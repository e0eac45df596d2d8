"""A body that the sentence sets up and then gives a list of work (eval/README.md U7d eighteenth round, U8b (i)):
``成立某县阅读推广工作组:由某馆馆长、各校教师组成,办理以下工作项目:\\n1.…\\n2.…``. The set-up names the body, its make-up
(people, a colon or a clause) stands between, and the lead-in ``办理/负责/承担以下工作项目(事项、任务):`` hands it the items
after the colon: each item is a row of its own, lead the body as written, task the item's first clause (U8b (i): a
clause that names the owner of the list after it). The make-up's people give no units (U4a)."""

from __future__ import annotations

import re

# the body set up: its name ends like a group or an office
_SET_UP_THEN_LIST = re.compile(
    r"(?:成立|設立|设立|组建|組建|成立了)(?P<unit>[^。;；,，:：\s“”「」]{2,30}?"
    r"(?:小组|小組|工作组|工作組|专班|專班|委员会|委員會|办公室|辦公室|指挥部|指揮部|团队|團隊))"
    r"(?P<makeup>[:：,，(（][^。;；]{0,120}?)?[,，]?\s*"
    r"(?:主要|具体|具體)?(?:负责|負責|办理|辦理|承担|承擔|执行|執行)(?:以下|下列|如下)(?:工作)?(?:项目|項目|事项|事項|任务|任務|工作)\s*[:：]")

# (lead50) the body set up in a sentence of its own (its name may stand in quotes), its make-up after it, and the next
# sentence's bare duty lead-in (``成立“某某工作领导小组”,由校长任组长,成员包括…。主要职责包括:\n- …\n- …``)
_SET_UP_THEN_DUTIES = re.compile(
    r"(?:成立|設立|设立|组建|組建|成立了)[“「]?(?P<unit>[^。;；,，:：\s“”「」]{2,30}?"
    r"(?:小组|小組|工作组|工作組|专班|專班|委员会|委員會|办公室|辦公室|指挥部|指揮部))[”」]?"
    r"(?P<makeup>[,，(（][^。;；:：]{0,160}?)?[。;；]\s*"
    r"(?:其|该小组|該小組|领导小组|領導小組)?(?:主要)?(?:工作)?(?:职责|職責)(?:包括|如下|是|为|為)?\s*[:：]")


def set_up_group_items(text: str, is_unit) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, [body]) for each item of the list that a set-up body is given
    (``成立某区托育指导小组:由…组成,负责以下工作事项:(一)…(二)…``). The first item's quote opens at the body's name, the
    others at their own text. Not: a body whose name reads as no unit, a list with no items after the colon, an item
    whose first clause is shorter than 4 characters."""
    out: list[tuple[int, int, str, list[str]]] = []
    if "以下" not in text and "下列" not in text and "如下" not in text and "职责" not in text and "職責" not in text:
        return out
    from extract.rules.unit_duty_items import _items_after

    for m in _SET_UP_THEN_LIST.finditer(text):
        unit = m.group("unit")
        if not is_unit(unit):
            continue
        for k, (a, b) in enumerate(_items_after(text, m.end())):
            body = text[a:b].strip()
            task = re.split(r"[,，;；。]", body, maxsplit=1)[0].strip()
            if len(task) < 4:
                continue
            out.append((m.start("unit") if k == 0 else a, b, task, [unit]))
    for m in _SET_UP_THEN_DUTIES.finditer(text):
        unit = m.group("unit")
        if not is_unit(unit):
            continue
        for a, b in _items_after(text, m.end()):
            body = text[a:b].strip()
            task = re.split(r"[,，;；。]", body, maxsplit=1)[0].strip()
            if len(task) >= 4:
                out.append((a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip().rstrip(";；。")), task, [unit]))
    return out


_LEAD_IN = re.compile(r"^\s*(?:以下|下列|如下)[^。;；,，]{0,12}[:：]")


def list_lead_in(task: str) -> bool:
    """Whether a charge's object is only the lead-in of a list (``以下工作:``, ``如下事项:(一)…``): the list's items are the
    tasks, each a row of its own (U8b (i)), not the lead-in."""
    return _LEAD_IN.match(task) is not None
