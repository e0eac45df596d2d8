"""(lead48) A division of duties written a unit a label, each label's duties going on in paragraphs of their own (U8):

    三、部门职责
    甲局:推动学校开展视力健康管理工作。
    健全学校体育卫生制度,完善场地设施。
    推动学校加强卫生保健机构建设。
    乙局:加强眼科医生培训。
    加强视光师培养,确保服务规范。

The label's first duty is read elsewhere (``unit_prose.unit_duty_blocks``); each paragraph after it that opens with a
doing of the genre (``健全…``, ``推动…``, ``加强…``) and names no other unit is that unit's row too, task its first clause,
quote the paragraph's first sentence. The run ends at the next unit's label, an ordinal heading, or a paragraph that
opens otherwise (``各单位要…``, a date, a unit of its own).

Only under a heading of the division (``职责``, ``分工``) and with two or more unit labels in it: one label and prose
after it is a paragraph that merely opens with a name.

Made-up examples only.
"""

from __future__ import annotations

import re

# a heading of the division: an ordinal, then a short title holding ``职责`` or ``分工``
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))"
                      r"[^。;；,，:：]{0,12}(?:职责|分工|職責)[^。;；,，:：]{0,6}$")
# any ordinal heading or item: the end of a run
_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]{1,3}[条章])")
# a unit's label and its first duty on one line
_LABEL = re.compile(r"^\s*(?P<unit>[^:：,，。;；\s]{2,20})[:：]\s*\S")
# the doings a duty paragraph opens with
_DOING = re.compile(r"^\s*(?:负责|牵头|健全|推动|推进|加强|加大|加快|增加|积极|做好|抓好|严格|建立|完善|指导|督促|开展|组织|落实|"
                    r"统筹|协调|配合|协助|参与|制定|实施|会同|依法|定期|及时|强化|深化|引导|支持|保障|确保|提供|监督|检查|宣传|"
                    r"开设|设立|培训|鼓励|规范|持续|全面|切实|认真|主动|研究|编制)")
_CLAUSE_END = re.compile(r"[,，;；。]")
_SENTENCE_END = re.compile(r"[。;；]")


def label_continuation_rows(text: str, duty_unit) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each duty paragraph that goes on with the unit label above it (the
    module's docstring). ``duty_unit``: a label's units, or None."""
    if "职责" not in text and "分工" not in text and "職責" not in text:
        return []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    k = 0
    while k < len(lines):
        if _HEADING.match(lines[k][1]) is None:
            k += 1
            continue
        j = k + 1
        section: list[tuple[int, str]] = []
        while j < len(lines) and _ORDINAL.match(lines[j][1]) is None:
            section.append(lines[j])
            j += 1
        labels = [(m, units) for _, ln in section if (m := _LABEL.match(ln)) and (units := duty_unit(m.group("unit")))]
        if len(labels) >= 2:
            out += _runs(section, duty_unit)
        k = j
    return out


def _runs(section: list[tuple[int, str]], duty_unit) -> list[tuple[int, int, str, list[str], list[str]]]:
    from extract.rules.unit_duty_items import item_subject

    out = []
    current: list[str] | None = None
    for pos, line in section:
        m = _LABEL.match(line)
        if m is not None and (units := duty_unit(m.group("unit"))):
            current = units
            continue
        if current is None or _DOING.match(line) is None or item_subject(line.strip(), duty_unit) is not None:
            current = None
            continue
        lead = len(line) - len(line.lstrip())
        body = line[lead:]
        c = _CLAUSE_END.search(body)
        task = (body[:c.start()] if c else body).strip()
        s = _SENTENCE_END.search(body)
        end = pos + lead + (s.start() if s else len(body.rstrip()))
        if len(task) >= 4:
            out.append((pos + lead, end, task, list(current), []))
    return out
