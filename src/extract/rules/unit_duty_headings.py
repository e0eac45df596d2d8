"""Duty headings (U8b (iii), and (ii) over (iii)): a heading that names a party with ``职责``/``责任`` over its block.

- ``party_duty_headings``: such a heading over one unnumbered paragraph gives one row, the party its lead
  (``2. 社区责任\n各社区要做好…`` -> lead ``社区``).
- ``opens_with_other_subject``: an item under a heading that names duties which opens with a unit of its own is that
  unit's row (``四、成员单位职责\n(二)某县民政局负责…`` -> ``某县民政局``), not the heading party's.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.unit_duty_items import _MARK, _PREDICATE, _mark_at, item_subject



def opens_with_other_subject(body: str, owner: list[str], heading: str, is_unit=None) -> bool:
    """U8b (ii) over (iii): an item under a heading that names a party's duties (``四、成员单位职责``) that opens with a
    unit of its own as its subject (``(二)某县民政局负责…``) is that unit's row, not the heading party's: the heading
    introduces the list as the units' duties. Not: a heading that names no duties (``二、某县文旅局``: U8, its items
    its own), an item that opens with a verb (``负责…``: the heading party's), an item whose subject is the heading's own
    unit."""
    if _DUTY_WORD.search(heading) is None:
        return False
    from extract.cues import is_unit_cell

    subj = item_subject(body.strip(), is_unit or is_unit_cell)
    return subj is not None and not set(subj[1]) <= set(owner)


_DUTY_WORD = re.compile(r"职责|職責|分工")


# -- U8b (iii): a heading that names a party's duties over one paragraph ----------------------------------------------

# ``(一)指挥部职责``, ``2. 学校责任``, ``(三)社区的职责`` on a line of its own: the party, then its duties or responsibility
_PARTY_DUTY_HEADING = re.compile(rf"^[ \t\u3000]*(?:{_MARK})(?P<party>[^\s,，。;；:：、]{{2,14}}?)的?(?:职责|責任|责任|職責)。?[ \t\u3000]*$",  # (unitA35) ``。``
                                 re.M)
# (speedA27) what ``_PARTY_DUTY_HEADING`` closes with: one search for it (it opens with the duty word) before the scan of
# every line start
_DUTY_LINE_END = re.compile(r"(?:职责|責任|责任|職責)[ \t\u3000]*。?[ \t\u3000]*$", re.M)  # (unitA35) ``第七条办公室职责。``
# a party heading of people (``组长职责``, ``成员职责``: U4a) or a duty named by its kind (``主体责任``, ``工作职责``)
_NOT_A_PARTY = re.compile(r"(?:组长|组员|成员|主任|领导|负责人|责任人|老师|教师|家长|学生|班主任|校长|人员|工作|主体|岗位|部门|监管|"
                          r"安全|管理|分工|主要|直接|第一)$")


def party_duty_headings(text: str, is_unit) -> list[tuple[int, int, str, list[str]]]:
    """U8b (iii): a heading that names a party with ``职责``/``责任`` (``(一)指挥部职责``, ``2. 社区责任``) over an unnumbered
    paragraph: one row, lead the party as written without ``职责``/``责任``, task the paragraph's first clause (the party
    opening it as the subject, ``各社区要…``, left out), quote from the party to the end of the paragraph's first
    sentence. Not: people's headings (``组长职责``, U4a), a duty named by its kind (``主体责任``, ``工作职责``), a party that
    reads as no unit, a heading whose block is numbered items (each item is read on its own, U8, U8b (ii))."""
    out = []
    if "职责" not in text and "责任" not in text and "職責" not in text and "責任" not in text \
            or _DUTY_LINE_END.search(text) is None:  # (speedA27) no line ends with the duty word: no such heading
        return out
    for h in _PARTY_DUTY_HEADING.finditer(text):
        party = h.group("party")
        if _NOT_A_PARTY.search(party) or _PREDICATE.match(party) or party.startswith(("各", "相关", "有关")) \
                or not (is_unit(party) or is_unit("各" + party)):
            continue
        nl = text.find("\n", h.end())
        if nl < 0:
            continue
        a = nl + 1
        while a < len(text) and text[a] in " \t\u3000\n":
            a += 1
        e = text.find("\n", a)
        e = len(text) if e < 0 else e
        para = text[a:e]
        if not para.strip() or _mark_at(text, a) is not None or _PARTY_DUTY_HEADING.match(para) \
                or (len(para.strip()) <= 20 and is_unit(para.strip().rstrip(":："))):
            continue  # (numbered items under it, or another heading; (unitB27) a body's name alone: the first of the bodies whose duties follow)
        nxt = text[e:].lstrip(" \t\u3000\n")
        own = _mark_at(text, h.start() + len(h.group()) - len(h.group().lstrip(" \t\u3000")))
        if (sub := _mark_at(nxt, 0)) is not None and own is not None and sub[0] != own[0]:
            continue  # (an opening paragraph, then the items of a list nested under the heading: U8b (ii))
        if (lines := topic_duty_lines(text, a, is_unit)):  # (unitA37) ``政策制定:…`` / ``风险评估:…``: one row a line
            out += [(la if k else h.start("party"), lb, label, [party]) for k, (la, lb, label) in enumerate(lines)]
            continue
        stop = re.search(r"[。!！?？]", para)
        b = a + (stop.start() if stop else len(para.rstrip()))
        subj = re.match(rf"(?:各)?{re.escape(party)}(?:要|应当?|须|将)?", para)
        body = para[subj.end():] if subj and subj.end() > 0 else para
        task = re.split(r"[,，;；。]", body, maxsplit=1)[0].strip()
        if len(task) < 4:
            continue
        out.append((h.start("party"), b, task, [party]))
    return out


# (unitA37) a duty line opened by the duty's own short name and a colon (``风险评估:定期对校园安全进行…``)
_TOPIC_LINE = re.compile(r"[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{2,8})[:：][ \t\u3000]*(?=[\u4e00-\u9fff])")


def topic_duty_lines(text: str, a: int, is_unit) -> list[tuple[int, int, str]]:
    """(unitA37) U8b (iii), U8a: the block under a party's duty heading written as two or more lines each opened by its
    duty's short name and a colon (``政策制定:根据…,制定…。`` / ``风险评估:定期…。``): (start, end, label) of each line, the
    label the task (U2: the item's own title), the line to the end of its first sentence; [] for any other block (one
    line so opened, a label that names a unit: a body's own duty line, U8)."""
    out: list[tuple[int, int, str]] = []
    pos = a
    while pos < len(text):
        m = _TOPIC_LINE.match(text, pos)
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        if m is None or m.end() > e or is_unit(m.group("label")) or _PARTY_DUTY_HEADING.match(text[pos:e]):
            break
        stop = re.search(r"[。!！?？]", text[m.end():e])
        out.append((m.start("label"), m.end() + (stop.start() if stop else len(text[m.end():e].rstrip())), m.group("label")))
        pos = e + 1
    return out if len(out) >= 2 else []


# -- (unitA26) an office page's part titles under its name: ``(一)主要职责``, ``(二)内设机构`` ---------------------------

_PART_TITLE = re.compile(r"(?:工作|主要|具体|部门|机构|职能)?(?:职责|职能)(?:[与和及](?:任务|职能|职责))?|(?:内设|下属|直属)机构|机构(?:设置|职能)|"
                         r"领导(?:分工|信息|简介|班子)|联系方式|办公地址|人员编制|编制情况")


def is_part_title(body: str) -> bool:
    """A numbered line under a unit's heading that only titles a part of the office's page (``(一)主要职责``, ``(二)内设
    机构``, ``(三)领导分工``): the items under it are the unit's duties (U8, U8b (iii)), the title itself names no task
    (U2). Not a line with a duty of its own (``(一)负责档案接收``)."""
    return _PART_TITLE.fullmatch(body.strip().rstrip(":：")) is not None
