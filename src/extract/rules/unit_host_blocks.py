"""The host labels of an event plan's own body (eval/README.md U4a, U7e, U7f: ``主办单位:`` lead, ``承办单位:``/``协办单位:``
responsible, task the plan's title), in the layouts a plan prints them that the label-line reader leaves:

    四、主办单位:某区人民政府                 the labels numbered as items or headings of the plan's outline
    五、承办单位:区文旅局、区教育局
    5、主办单位:某学院团委                    a lone host label among the plan's numbered particulars
    主办单位:                                  the label on its line, its units one a line below it
    某市文旅局
    某县人民政府
    承办单位:
    某县文化馆

``plan_host_block``: (start, end, lead, responsible) of the first run of such labels that a ``主办单位`` label opens (lead48: or a
``承办单位`` label on a page with no ``主办`` label at all: no lead, every unit responsible; ``主办处室``/``协办处室`` as the
``单位`` labels), where the
page's first line is a plan's or an event's title (``…活动方案``, ``…比赛通知``, ``…采摘节筹备方案``). Not the site's footer or
publication block (U7f, U4a): no row where a site's line (copyright, address, telephone, 备案) or a publication field
(``发布日期:``, ``来源:``) stands within a few lines, or where a unit named runs the website. Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.unit_host_labels import _SITE_LINE, _SITE_UNIT, notice_title
from extract.rules.scan import lines_with_starts

# (unitA37) a Taiwan outline's formal numerals number the parts as the plain ones do (``肆、主辦單位:…`` / ``伍、協辦單位:…``)
_MARK = (r"(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}\s*[、.．]|"
         r"[(（](?:\d{1,2}|[一二三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3})[)）])?")
_HOST_LABEL = re.compile(r"(?P<role>主办|主辦|承办|承辦|协办|協辦)(?P<unit>单位|單位|方|处室|處室|部门|部門)?[ \t]*(?P<colon>[:：])?[ \t]*")  # (unitA34) ``主办方:``
# a later label on the same line (``主办单位:甲 承办单位:乙``): its colon is written
_HOST_WORDS = ("主办", "主辦", "承办", "承辦", "协办", "協辦")  # (every match of ``_HOST_LABEL`` holds one)
_NEXT_LABEL = re.compile(r"(?:主办|主辦|承办|承辦|协办|協辦)(?:单位|單位|方|处室|處室|部门|部門)?[ \t]*[:：]")


def _host_labels(line: str) -> list[tuple[bool, str]] | None:
    """The host labels of a line (``四、主办单位:甲``, ``主办单位:``, ``一、主办单位``, ``主办:甲 承办:乙``): (lead?, units'
    text) each, ``主办`` the lead (U4a); None where the line opens with no such label."""
    if not any(w in line for w in _HOST_WORDS):
        return None  # (speedA26) every label holds one of the role words: no mark scan on the page's other lines
    t = line.strip()
    mk = re.match(_MARK, t)
    p = mk.end() if mk else 0
    while p < len(t) and t[p] in " \t":
        p += 1
    out: list[tuple[bool, str]] = []
    m = _HOST_LABEL.match(t, p)
    if m is None or (m.group("unit") is None and m.group("colon") is None):
        return None
    while m is not None:
        nxt = _NEXT_LABEL.search(t, m.end())
        body = t[m.end():nxt.start() if nxt else len(t)].strip(" \t。;；,，")
        if m.group("colon") is None and body:
            return None  # ``主办单位负责…``: a sentence, no label
        out.append((m.group("role") in ("主办", "主辦"), body))
        m = _HOST_LABEL.match(t, nxt.start()) if nxt else None
    return out


# the title of a plan or an event: what the page sets out to hold
_PLAN_TITLE = re.compile(r"方案|计划|計劃|计画|計畫|活动|活動|比赛|比賽|竞赛|競賽|大赛|大賽|节|節|运动会|運動會|展演|晚会|晚會|通知|简章|簡章")
# a page's publication field near the labels: the labels are the page's own (U4a, U7f)
_PUBLICATION = re.compile(r"(?:发布日期|發布日期|发布时间|發布時間|访问次数|訪問次數|浏览次数|瀏覽次數|点击数|點擊數|索\s*引\s*号|"
                          r"发布机构|發布機構|信息来源|来源|來源)\s*[:：]")
_UNIT_SPLIT = re.compile(r"[、,，;；\s]+")


# (unitA34) a place masked by spaced letters (``北京X X X X校团委``): one name, its blanks no separator of units
_SPACED_MASK = re.compile(r"(?<=[XxＸｘ×])[ \t\u3000]+(?=[XxＸｘ×])|(?<=[XxＸｘ×])[ \t\u3000]+(?=[\u4e00-\u9fff])(?=[^\s、,，;；]*$)")
_MASK_BLANK = re.compile(r"(?<=[XxＸｘ×])[ \t\u3000]+(?=[XxＸｘ×])")


def _names(line: str, is_unit) -> list[str] | None:
    """The units a line lists (``区文旅局、区教育局``), or None where it is no list of units. The blanks of a masked place
    (``北京X X X X校团委``) part no units: the name is kept as written."""
    if re.match(_MARK + r"\S", line.strip()) and re.match(_MARK, line.strip()).end():
        return None  # ``(三)镇卫生院(5月18日)``: a heading of its own, the owner of the items under it (U8)
    masked = _MASK_BLANK.sub("\x00", line.strip())
    items = [u.replace("\x00", " ") for u in _UNIT_SPLIT.split(masked) if u]
    if any("\x00" in u for u in _UNIT_SPLIT.split(masked)):
        if not all(is_unit(u.replace(" ", "")) for u in items):
            return None
        return items
    if not items or not all(is_unit(u) for u in items):
        return None
    return items


# (unitA34) the field that names the event in a plan's first lines (``一、活动名称:团学狂欢夜``, ``一、活动主题:青春启航``)
_NAME_FIELD = re.compile(rf"^[ \t]*{_MARK}[ \t]*(?:活动|活動|晚会|晚會|比赛|比賽|大赛|大賽)(?:名称|名稱|主题|主題)[ \t]*[:：][ \t]*(?P<name>[^\n]{{2,40}}?)[ \t。]*$",
                         re.M)


def plan_name_field(text: str) -> tuple[int, str] | None:
    """(unitA34) (offset, name) of the field naming the event among a plan's first five lines (``一、活动名称:某晚会``,
    ``活动主题:书香满园,快乐成长``) where the page opens with no title line: the plan's task (U2, U7f: the labels' task is the
    event's title)."""
    lines, starts = lines_with_starts(text[:2000])
    filled = [(ln, a) for ln, a in zip(lines, starts) if ln.strip()][:5]
    for ln, a in filled:
        m = _NAME_FIELD.match(ln)
        if m is not None:
            return a + m.start("name"), m.group("name").strip()
    return None


def _title_above(lines: list[str], starts: list[int]) -> tuple[int, str] | None:
    """(lead48) (offset, title) of the plan's title line nearest above its first host label, where the page opens with
    its site's lines (``标题``, a date, the school's name) rather than the title: a line of a plan's title shape
    (``_TITLE_LINE``, a plan's or an event's word) among the 30 lines before the label."""
    from extract.rules.unit_host_labels import _TITLE_LINE

    first = next((i for i, ln in enumerate(lines) if _host_labels(ln)), None)
    if first is None:
        return None
    for k in range(first - 1, max(-1, first - 31), -1):
        t = lines[k].strip()
        if t and _TITLE_LINE.match(t) and _PLAN_TITLE.search(t) and not _host_labels(t):
            return starts[k] + lines[k].find(t), t
    return None


def plan_host_block(text: str, is_unit) -> tuple[int, int, list[str], list[str], str] | None:
    """(start, end, lead, responsible, task) of the host labels of an event plan's body (module docstring), else None."""
    hosted = "主办" in text or "主辦" in text
    if not hosted and "承办" not in text and "承辦" not in text:
        return None
    title = notice_title(text)
    lines, starts = lines_with_starts(text)
    if title is None or _PLAN_TITLE.search(title[1]) is None:
        title = plan_name_field(text) or _title_above(lines, starts)  # (unitA34) ``一、活动名称:某晚会``: the event named by its field
        if title is None:
            return None
    for i, ln in enumerate(lines):
        labels = _host_labels(ln)
        # (lead48) a plan with no ``主办`` label at all opens its labels with ``承办单位:``: every unit answers for it, no lead
        if not labels or (not labels[0][0] and hosted) or starts[i] <= title[0]:
            continue
        lead: list[str] = []
        resp: list[str] = []
        j, last = i, i
        while j < len(lines):
            labels = _host_labels(lines[j])
            if labels is None:
                if not lines[j].strip():
                    j += 1
                    continue
                break
            for is_lead, body in labels:
                if body:
                    names = _names(body, is_unit)
                    if names is None:
                        return None
                    (lead if is_lead else resp).extend(names)
            last = j
            k = j + 1
            if not labels[-1][1]:  # the last label alone: its units one a line below it
                while k < len(lines) and lines[k].strip() and _host_labels(lines[k]) is None \
                        and (names := _names(lines[k], is_unit)) is not None:
                    (lead if labels[-1][0] else resp).extend(names)
                    last = k
                    k += 1
            j = k
        near = lines[max(0, i - 4):i] + lines[last + 1:last + 5]
        resp = [u for k, u in enumerate(resp) if u not in resp[:k] and u not in lead]  # a unit listed twice is one
        if (not lead and (hosted or not resp)) or any(_SITE_LINE.search(x) or _PUBLICATION.search(x) for x in near) \
                or any(_SITE_UNIT.search(u) for u in lead + resp):
            return None
        start = starts[i] + len(lines[i]) - len(lines[i].lstrip())
        start += (mk.end() if (mk := re.match(_MARK, lines[i][len(lines[i]) - len(lines[i].lstrip()):])) else 0)
        return start, starts[last] + len(lines[last].rstrip()), lead, resp, title[1]
    return None
