"""(lead53) A unit's duty title with its duties run on in prose (U8): a charter's article or a list item that names a
body's duties and states them in one paragraph, with no numbered items (``第十三条 共青团的主要职责 充分发挥组织优势,…;
承担…``, ``妇联职责:采取多种宣传教育形式,…``). The body owns the paragraph: one row, lead the body, task the paragraph's
first clause, the quote from the body's name to the paragraph's end (the next article, a line break or a full stop).

Not: numbered items after the title (``某组职责:1.…``: the item readers'), people (``组长职责``, ``班主任职责``), a title that
names no body (``主要职责:``, ``各成员单位及其职责如下:``), a page's title over its metadata (``某中心职责 时间:…``), the
duties spoken of (``某办的职责涵盖…``, ``职责分工``, ``职责界面``).

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell

_TITLED = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[。;；])|(?<=第[一二三四五六七八九十百]{1}条)|(?<=第[一二三四五六七八九十百]{2}条)|(?<=第[一二三四五六七八九十百]{3}条))"
    r"[ \t\u3000]*(?P<u>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:主要)?(?:工作)?(?:职责|職責)(?:是|为|為)?[:： \t\u3000]?[ \t\u3000]*"
    # (the normaliser drops the blank between the title and its text: ``…的主要职责充分发挥…``) not the duties' own words
    r"(?!分工|划分|劃分|范围|範圍|任务|任務|清单|清單|明确|明確|边界|邊界|界面|不清|落实|落實|到位|履行|如下|涵盖|涵蓋|在于|在於|重大|繁重|"
    r"时间|時間|浏览|瀏覽|来源|來源|发布|發佈|和|及|与|與|、|,|，|。)"
    r"(?![(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])(?P<t>[\u4e00-\u9fff][^。\n]{6,400}?)(?=。|\n|\s*第[一二三四五六七八九十百]{1,4}条|$)")
# people, no body (U4a): ``组长职责``, ``班主任职责``, ``校长的主要职责``
_PEOPLE = re.compile(r"(?:岗位|人员|人員|领导|領導|组长|組長|成员|成員|校长|校長|主任|教师|教師|老师|老師|班主任|管理员|管理員|委员|委員|干部|幹部)$")


# a clause, no body's name: ``各成员单位及其职责如下``, ``通过明确各工作组职责…``
_NOT_A_NAME = re.compile(r"^(?:各|通过|通過|明确|明確|按照|根据|根據|进一步|進一步|落实|落實|为|為|对|對|把|将|將|由|在)|及其|及各|各类|各類")


def titled_duty_paragraphs(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [unit], []) of each duty title run on into its prose duties (the module's docstring)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "职责" not in text and "職責" not in text:
        return out
    for m in _TITLED.finditer(text):
        unit = m.group("u")
        if _PEOPLE.search(unit) or not is_unit_cell(unit) or _NOT_A_NAME.search(unit):
            continue
        first = re.split(r"[,，;；]", m.group("t"), maxsplit=1)[0].strip()
        if len(first) < 4:
            continue
        out.append((m.start("u"), m.end("t"), first, [unit], []))
    return out
