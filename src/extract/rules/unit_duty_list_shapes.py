"""(unitA38) The shapes of a body's duty list, whatever its marks (eval/README.md U8a, U8b (i)-(iii)).

A page that lists the duties of one body names the body once (the page's title, a heading, a lead line) and sets its
duties out as items. The readers of such lists (``unit_body_duty_blocks``, ``unit_duty_items``) find the body by what
it is and the items by the list's shape; this module holds the shapes they share, each a property of the page, not of
one phrasing:

- ``page_meta_line``: a line of the page's furniture between the title and the first item (``时间:2026-01-02 浏览:15``,
  ``发布日期:2026-01-02 来源:某办``, a bare date): no lead-in and no item; the list goes on after it.
- ``cell_blanked``: a scrape of a one-column table leaves a ``|`` at the end of each cell's line and lines holding a
  bare ``|``; the text with those pipes made blanks (same length, so every offset stays), and a body's name or a duty
  title in such a cell reads as a line of its own. A line with two cells or more keeps its pipes (a table).
- ``numbered_run``: the items of one line that runs numbered duties together (``1. 编制…。 2. 组织…。安排…。 3. …``):
  each next number in sequence (``2.`` after ``1.``, ``(三)`` after ``(二)``), after a sentence's end or a blank, opens
  the next item; a number out of sequence or glued inside a word is none.
- ``labelled_item``: an item that opens with its own body's label (``(2)甲部:负责…``): that body's row, not the owner's
  (U8a: a label owns its paragraph; the lead-in named only the class of the bodies, ``各部门职责:``). People's posts
  (``组长:``) are no body (U4a).

Made-up examples only.
"""

from __future__ import annotations

import re

_GAP = " \t\u3000"
_CN = "一二三四五六七八九十"

# -- page furniture between a title and its items ---------------------------------------------------------------------

_META_LABEL = re.compile(r"[ \t\u3000]*(?:(?:发布|发表|更新|录入|上传|创建|发文)?(?:时间|日期)|来源|信息来源|文章来源|作者|编辑|"
                         r"责任编辑|发布者|发布人|供稿|浏览(?:次数|量)?|点击(?:数|量|率)?|阅读(?:数|量)?|访问量|字号)[ \t\u3000]*[:：]")
_DATE_LINE = re.compile(r"[ \t\u3000]*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t\u3000]+\d{1,2}:\d\d(?::\d\d)?)?[ \t\u3000]*")


def page_meta_line(line: str) -> bool:
    """Whether ``line`` is the page's furniture (``时间:2026-01-02浏览:15``, ``来源:某办``, ``2026-01-02 10:00``): short,
    no sentence, opening with a field of the page's record or a bare date."""
    t = line.strip(_GAP)
    if not t or len(t) > 80 or "。" in t:
        return False
    return _META_LABEL.match(t) is not None or _DATE_LINE.fullmatch(t) is not None


# -- pipes of a one-column table's cells ------------------------------------------------------------------------------

_CELL_PIPE = re.compile(r"^([^|\n]*?)([ \t\u3000]*\|[ \t\u3000]*)$", re.M)


def cell_blanked(text: str) -> str:
    """``text`` with the pipe that closes a one-cell line (``某办公室  |``, a bare ``|``) made a blank, every offset kept."""
    if "|" not in text:
        return text
    return _CELL_PIPE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# -- numbered duties run together on one line ------------------------------------------------------------------------

_RUN_START = re.compile(rf"[{_GAP}]*(?:(?P<d>\d{{1,2}})[{_GAP}]*[.、．](?!\d)|[(（](?P<pd>\d{{1,2}})[)）]|(?P<n>[{_CN}]{{1,3}})、"
                        rf"|[(（](?P<pn>[{_CN}]{{1,3}})[)）])[{_GAP}]*")
_BEFORE_MARK = "。;；!！?？" + _GAP


def _cn(n: int) -> str:
    """1..99 in Chinese numerals (``十二``, ``二十``)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens - 1]) + "十" if tens else "") + (_CN[ones - 1] if ones else "")


def _cn_value(s: str) -> int | None:
    if s == "十":
        return 10
    if len(s) == 1:
        return _CN.index(s) + 1
    if s[0] == "十":
        return 10 + _CN.index(s[1]) + 1
    if s[-1] == "十":
        return (_CN.index(s[0]) + 1) * 10
    if len(s) == 3 and s[1] == "十":
        return (_CN.index(s[0]) + 1) * 10 + _CN.index(s[2]) + 1
    return None


def _mark_of(kind: str, n: int) -> re.Pattern[str]:
    if kind == "d":
        return re.compile(rf"{n}[{_GAP}]*[.、．](?!\d)")
    if kind == "pd":
        return re.compile(rf"[(（]{n}[)）]")
    if kind == "n":
        return re.compile(rf"{_cn(n)}、")
    return re.compile(rf"[(（]{_cn(n)}[)）]")


def numbered_run(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """(item start after its mark, item end) for each item of the line ``text[start:end]`` when it opens with a number
    and holds the next numbers in sequence, each after a sentence's end or a blank (two items at least); None otherwise
    (one item on the line, a ``2.`` inside a sentence)."""
    m = _RUN_START.match(text, start, end)
    if m is None:
        return None
    kind = m.lastgroup
    n = int(m.group(kind)) if kind in ("d", "pd") else _cn_value(m.group(kind))
    if n is None:
        return None
    spans, a, p = [], m.end(), m.end()
    while True:
        pat = _mark_of(kind, n + 1)
        nxt = None
        for c in pat.finditer(text, p, end):
            if text[c.start() - 1] in _BEFORE_MARK and not (kind == "d" and text[c.start() - 1].isdigit()):
                nxt = c
                break
        if nxt is None:
            break
        spans.append((a, nxt.start()))
        a = p = nxt.end()
        while a < end and text[a] in _GAP:
            a += 1
        p = a
        n += 1
    if not spans:
        return None
    spans.append((a, end))
    return [(s, e - (len(text[s:e]) - len(text[s:e].rstrip(_GAP)))) for s, e in spans]


# -- an item with its own body's label -------------------------------------------------------------------------------

_LABEL = re.compile(r"(?P<name>[^\s,，。;；:：、()（）]{2,20}?)[ \t\u3000]*[:：][ \t\u3000]*(?=\S)")
_PEOPLE = re.compile(r"(?:组长|组员|成员|主任|领导|负责人|责任人|老师|教师|家长|学生|班主任|校长|人员|岗位|主席|部长|队长|委员)$")
# the body named again as its duty's topic (``甲部主要职能是…``, ``其职责为…``), and the charge verb
_RESTATED = re.compile(r"^(?:其|该[\u4e00-\u9fff]{1,3})?[\u4e00-\u9fff]{0,12}?的?(?:主要|基本|具体)?(?:职能|职责|任务)(?:主要)?(?:是|为|包括|有)[:：]?")
_CLAUSE = re.compile(r"[,，;；。]")


def labelled_item(body: str, is_unit) -> tuple[list[str], str] | None:
    """([the body], task) where the item ``body`` (mark left out) opens with a body's label (``甲部:负责组织…。``,
    ``乙室:乙室主要职能是资料整理,…``): the task is the duty's first clause after the label, a restated topic
    (``乙室主要职能是``) and a ``负责`` that opens it left out (U7). None for any other item (a verb first, a person's
    post, a label that names no body: ``时间:``, ``地点:``)."""
    from extract.rules.unit_body_duty_blocks import body_name  # (that module imports the duty-item readers)

    m = _LABEL.match(body)
    if m is None or _PEOPLE.search(m.group("name")) or not body_name(m.group("name"), is_unit):
        return None
    duty = body[m.end():]
    if (r := _RESTATED.match(duty)) is not None and duty.startswith((m.group("name"), "其", "该", "主要", "基本", "具体", "职")):
        duty = duty[r.end():]  # (the topic restated is the label's body, or none is named)
    duty = duty[2:] if duty.startswith(("负责", "負責")) else duty
    task = _CLAUSE.split(duty, maxsplit=1)[0].strip()
    if len(task) < 2:
        return None
    return [m.group("name")], task


# -- items under a body's name that are no duties of it --------------------------------------------------------------

# the title of a part of a body's page (``妇联职能``, ``一、机构设置``, ``领导班子``, ``单位简介``): the page's outline, no duty
_PAGE_PART = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:职能|职责|领导|领导班子|机构设置|内设机构|下属机构|简介|概况|介绍|成员|组成|架构|组织架构|"
                        r"历史|沿革|历史沿革|联系方式|地址|荣誉|动态|新闻)")
# a clause that says what the body is (``针对某方向设立的科研机构``, ``全县的群众团体``): a definition, no duty
_DEFINITION = re.compile(r"^(?:是|为)?[^,，;；。]{0,30}的[\u4e00-\u9fff]{0,6}(?:机构|组织|部门|单位|团体|场所|平台|阵地)$")


def page_part_title(title: str) -> bool:
    """Whether an item under a body's name is only the title of a part of the body's page (``妇联职能``, ``机构设置``,
    ``领导``): the page's outline, whose own lines (a definition, people, offices) are no duty of the body (U8)."""
    t = title.strip(_GAP + ":：")
    return len(t) <= 8 and _PAGE_PART.fullmatch(t) is not None


def defines_body(duty: str) -> bool:
    """Whether a labelled item's text opens by saying what its body is (``某中心:针对某方向设立的科研机构,…``): a
    definition, no duty of the body (U8: a duty opens with what the body does)."""
    first = re.split(r"[。;；!！?？]", duty.strip(), maxsplit=1)[0]
    if first.startswith(("作为", "作為")) or _CHARGE.search(first):
        return False  # (``作为某决策机构,负责…``: the body's standing, then its duty)
    return _DEFINITION.match(_CLAUSE.split(first, maxsplit=1)[0]) is not None


_CHARGE = re.compile(r"负责|負責|承担|承擔|主管|需要|必须|应当")


def cut_duty_paragraph(paragraph: str) -> bool:
    """Whether the page's last paragraph is a duty cut off by the page's end (``负责组织联谊,协调各方;与其他``): it
    opens with a duty verb, its subject left unsaid, and stops with no sentence's end; a scraped page's last item is
    still an item of its list."""
    from extract.rules.unit_body_duty_blocks import DUTY_VERB  # (that module imports the duty-item readers)

    t = paragraph.strip()
    return len(t) >= 8 and "\n" not in t and t[-1] not in "。;；!！?？:：" and DUTY_VERB.match(t) is not None


_LABEL_OPEN = re.compile(r"[^\s,，。;；:：]{2,12}[:：]")


def bulleted_duty_goes_on(line: str) -> bool:
    """Whether a bulleted line after bulleted duties is one more duty of the list, whatever verb opens it (``- 及时发现并
    解决问题;``, ``- 定期汇总成果。``): a duty's shape, a clause of four characters or more, not a label (``- 联系人:…``)
    nor a heading left bare (no punctuation and short)."""
    t = line.strip(_GAP)
    return len(t) >= 6 and _LABEL_OPEN.match(t) is None and (t[-1] in "。;；,，" or len(t) >= 12)
