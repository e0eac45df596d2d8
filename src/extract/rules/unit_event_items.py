"""(lead49) The host labels of each event a plan of several events lists as its numbered items (U4a, U7e, U7f).

A bureau's or a school's plan of several contests lists each as a numbered item whose title names the event, with the
event's particulars numbered below it, its host among them::

    (一)某县某某征文比赛:                    -> one row per event: task the event's title, ``承办…`` (and ``协办…``)
    1、承办学校:甲国小。                          units responsible, ``主办…`` units the lead; quote from the
    2、收件日期:自10月25日至11月5日止。           event's title to its last host label
    (二)某县某某绘本比赛:
    1、承办学校:乙国小。

``承办学校``/``承办机关`` as ``承办单位`` (a school or an agency that runs it). The page's one event plan with its host labels
among the plan's own particulars is ``unit_host_items``'/``unit_host_blocks``' (no event item above the labels).

Not: a title that names no event (``(一)报名时间:``), a label whose units read as no unit, an item with no host label
before the next event's title. No I/O; the extractor hands in the normalised text.
"""

from __future__ import annotations

import re

from extract.rules.unit_host_items import _units  # a host label's units: short, each a unit

_ITEM_MARK = r"(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))"
# an item whose title names an event, closed by a colon or the line's end
_EVENT_ITEM = re.compile(rf"^[ \t\u3000]*{_ITEM_MARK}[ \t\u3000]*[:：]?[ \t\u3000]*(?P<title>[^:：\n。;；]{{2,60}}?"  # (lead50) ``(一):某比赛``
                         r"(?:比赛|比賽|竞赛|競賽|大赛|大賽|征文|徵文|展演|评选|評選|活动|活動|研习|研習|夏令营|冬令营|"
                         r"诵读|誦讀|朗诵|朗誦|演讲|演講|合唱|汇演|匯演|展览|展覽))"
                         r"[ \t\u3000]*[:：]?[ \t\u3000]*$", re.M)
_HOST_PARTICULAR = re.compile(rf"^[ \t\u3000]*{_ITEM_MARK}?[ \t\u3000]*(?:(?P<role>主办|承办|协办)(?:单位|学校|机关|部门)|负责(?:单位|部门|处室)?)[ \t\u3000]*[:：]"  # (lead50) ``负责:某处`` (U4a: responsible)
                              r"[ \t\u3000]*(?P<units>[^\n]+?)[ \t\u3000。;；.]*$", re.M)


def event_item_rows(text: str, is_unit=None) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each event item with its own host labels (module docstring)."""
    if "办" not in text and "负责" not in text:
        return []
    if is_unit is None:
        from extract.cues import is_unit_cell as is_unit
    items = list(_EVENT_ITEM.finditer(text))
    out = []
    for k, m in enumerate(items):
        stop = items[k + 1].start() if k + 1 < len(items) else min(len(text), m.end() + 400)
        lead: list[str] = []
        resp: list[str] = []
        end = None
        for h in _HOST_PARTICULAR.finditer(text, m.end(), stop):
            units = _units(h.group("units"), is_unit)
            if units is None:
                continue
            (lead if h.group("role") == "主办" else resp).extend(units)
            end = h.end("units")
        if end is not None:
            out.append((m.start("title"), end, m.group("title").strip(), lead, resp))
    return out


# -- the host labels of an event's stages, a line each (``二、初赛主办单位:甲局`` / ``三、决赛主办单位:乙馆`` /
# ``四、决赛协办单位:丙处、丁中心`` / ``五、决赛承办单位:戊校``): one row per stage, task the stage, ``主办`` units the lead,
# ``协办``/``承办`` units responsible (U4a, U7e)
_STAGE_HOST = re.compile(rf"^[ \t\u3000]*(?:{_ITEM_MARK}|[壹贰貳叁參参肆伍陆陸柒捌玖拾]{{1,2}}、)?[ \t\u3000]*"
                         r"(?P<stage>初赛|复赛|决赛|预赛|半决赛|总决赛)(?P<role>主办|承办|协办)(?:单位|学校|机关|部门)[ \t\u3000]*[:：]"
                         r"[ \t\u3000]*(?P<units>[^\n]+?)[ \t\u3000。;；.]*$", re.M)


def stage_host_rows(text: str, is_unit=None) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, stage, lead, responsible) for each stage of an event whose host labels name it (see above)."""
    if "赛" not in text or "办" not in text:
        return []
    if is_unit is None:
        from extract.cues import is_unit_cell as is_unit
    stages: dict[str, list] = {}
    for m in _STAGE_HOST.finditer(text):
        units = _units(m.group("units"), is_unit)
        if units is None:
            continue
        row = stages.setdefault(m.group("stage"), [m.start("stage"), m.end("units"), [], []])
        row[1] = max(row[1], m.end("units"))
        (row[2] if m.group("role") == "主办" else row[3]).extend(units)
    return [(a, b, stage, lead, resp) for stage, (a, b, lead, resp) in stages.items()]
