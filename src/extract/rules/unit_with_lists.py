"""Unit-assignment cues: ``会同`` with a list of short department names closed by ``等…部门`` (eval/README.md U3a, U4c, U7d).

1. ``with_listed_departments``: ``某县卫健局将会同财政、民政等部门尽快研究解决`` -> lead ``某县卫健局``, responsible
   ``财政``, ``民政``, task ``尽快研究解决``. The items of a ``…等部门`` list are units as the text writes them (U3a), short
   names (``公安``, ``市场监管``) included. Where the subject is a distributive collective (``各地教育部门要会同…``) or the
   clause has no subject (a plan's sentence opening with ``会同…``), the lead is ``[]`` and the helpers still give the row
   (U7d: a row where a helper is a unit).
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell

# ``会同`` + the list + its closing class noun (``等部门``, ``等相关部门``, ``等有关单位``), an optional comma, the task
_WITH_LISTED = re.compile(r"(?:会同|會同)(?P<listed>[^。;；,，:：\s]{2,80}?)等(?:有关|相关|有關|相關)?(?:部门|单位|部門|單位)"
                          r"[,，]?\s*(?P<task>[^。;；,，:：!！?？\n]{4,60})")
# what may stand between the subject and ``会同``: a modal or adverb of the plan's future
_MODAL_END = re.compile(r"(?:将|要|应|须|需|并|还|拟|也|同时|积极|主动|及时)+$")
# a time opener before the subject: ``下一步``, ``下阶段``, ``今后``, ``同时``
_TIME_OPENER = re.compile(r"^(?:下一步|下阶段|下一阶段|今后|此外|同时|近期|目前|今年|明年)")
# a short department name of a ``…等部门`` list: Chinese characters only, no doing inside it
_SHORT_DEPT = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_DOING = re.compile(r"开展|推进|加强|组织|建立|完善|落实|做好|研究|制定|实施|进行|协调|配合|联合|共同|工作")
# a doing a news story reports (a document issued, a meeting held): no task put on the parties
_NEWS_DEED = re.compile(r"^(?:联合)?(?:印发|发布|出台|下发|公布|召开|举行|举办|发文|转发|制发)")
_DONE = re.compile(r"了|已经|已于|业已|圆满|顺利")


def listed_departments(listed: str) -> list[str] | None:
    """The items of a list closed by ``等部门`` (``公安、卫生健康、市场监管``, ``县财政局、某街道政府``): each a name of a unit or
    a short department name with no doing in it; None where one item is no such name (``加强协调、统筹推进``)."""
    from extract.rules.units import split_units

    items = [u.strip() for u in split_units(listed) if u.strip()]
    if not items:
        return None
    for u in items:
        if not (is_unit_cell(u) or (_SHORT_DEPT.match(u) and len(u) <= 6)) or _DOING.search(u):
            return None
    return items


def with_listed_departments(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``某县卫健局将会同财政、某街道政府等部门尽快商议``, ``各地卫健部门要会同公安、市场监管等相关部门协同推进…``,
    ``会同国土、规划等部门将用地纳入规划``: (start, end, task, lead, responsible). The subject before ``会同`` (after a time
    opener and before a modal) leads where it names a unit; a distributive ``各…`` subject or none gives lead ``[]``
    (U7d). Not: a subject that is no unit (``我们``, ``本局``, ``该项目``), an item of the list that is no department
    name, a task the news reports done (``会同…等部门印发了…``)."""
    from extract.rules.unit_clauses import DISTRIBUTIVE_PARTY, _named_leads

    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "会同" not in text and "會同" not in text:
        return out
    for m in _WITH_LISTED.finditer(text):
        resp = listed_departments(m.group("listed"))
        if resp is None:
            continue
        task = m.group("task").strip()
        if _NEWS_DEED.match(task) or _DONE.search(task):
            continue
        s0 = max(text.rfind(c, 0, m.start()) for c in "。;；,，:：\n!！?？") + 1
        pre = text[s0:m.start()]
        lead_start = s0 + len(pre) - len(pre.lstrip())
        pre = pre.strip()
        if (t := _TIME_OPENER.match(pre)) is not None:
            pre, lead_start = pre[t.end():], lead_start + t.end()
        pre = _MODAL_END.sub("", pre)
        if not pre:
            out.append((m.start(), m.end(), task, [], resp))
            continue
        if DISTRIBUTIVE_PARTY.match(pre) and is_unit_cell(pre):
            out.append((lead_start, m.end(), task, [], resp))
            continue
        lead = _named_leads(pre)
        if lead is None:
            continue
        out.append((lead_start, m.end(), task, lead, resp))
    return out
