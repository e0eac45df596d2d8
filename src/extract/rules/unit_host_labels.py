"""U7f's closing host labels of a notice written bare (``主办:`` / ``承办:`` / ``协办:``, no ``单位``), one a line, and the
notice's title as their task. Made-up examples only.

- ``bare_role_word`` (U7f, U8b): ``承办``, ``主办``, ``协办`` alone are role words, never an organisation's name: a row whose
  lead is such a word (``承办:市青少年宫`` read as an office's label over a paragraph) is no row.
- ``closing_host_block`` (U7f): ``…请于5月10日前报名。\\n主办:市教育局\\n承办:市青少年宫\\n发布者:张三`` -> lead ``市教育局``,
  responsible ``市青少年宫``: the labels follow the notice's body, followed at most by its publication fields or the text's
  end. Not a site's footer: labels among or before copyright, address, telephone, 备案 lines, or naming the unit that runs
  the website (``某区融媒体中心``, ``某区新闻中心``, ``某区大数据中心``, ``某区人民政府办公室``).
- ``among_site_lines`` (unitB26, U7f): a label line (``协办单位:某市发改委、…``) within two lines of a site's furniture
  (copyright, ICP 备案, 技术支持, 许可证) is the website's own footer, no unit row of the text above it.
- ``near_site_lines`` (fixA26): the one test of both, a site's line within a window of lines around a run of labels.
- ``notice_title`` (U7f): the task of the closing labels is the notice's title, the page's first line when it reads as a
  title (``关于举办全区中小学生书法比赛的通知``), not the body's first clause.
"""

from __future__ import annotations

import re
from extract.rules.scan import lines_with_starts

_BARE_ROLE = re.compile(r"^(?:主办|主辦|承办|承辦|协办|協辦)$")


def bare_role_word(units: list[str]) -> bool:
    """Whether ``units`` is one bare organiser role word (``["承办"]``): a label's name, no party (U7f, U8b)."""
    return len(units) == 1 and _BARE_ROLE.match(units[0]) is not None


_BARE_HOST = re.compile(r"^[ \t]*(?P<role>主办|主辦|承办|承辦|协办|協辦)[ \t]*[:：][ \t]*(?P<units>[^\s:：,，。;；]{2,30}"
                        r"(?:[、,，][^\s:：,，。;；]{2,30})*)[ \t]*$")
# the item's own publication fields that may close it after its labels (U7f)
_PUBLICATION_FIELD = re.compile(r"^\s*(?:发布者|發布者|发布日期|發布日期|发布时间|發布時間|点阅数|點閱數|浏览次数|瀏覽次數|"
                                r"访问次数|訪問次數|作者|编辑|編輯)\s*[:：]")
# a unit that runs a website, or a site's furniture line (U7f: the site's footer)
_SITE_UNIT = re.compile(r"网$|網$|新闻中心|新聞中心|融媒体中心|融媒體中心|大数据中心|大數據中心|信息中心|資訊中心|"
                        r"人民政府办公室|人民政府辦公室")
# (fixA26) one word list of a site's lines: its own footer (copyright, ICP 备案, 技术支持, a licence, the site's code), then
# the contact, navigation and share lines a notice may also have beside its labels (``among_site_lines`` reads the
# footer's words only)
_FOOTER_WORDS = (r"版权|版權|copyright|All Rights Reserved|备案|備案|ICP|网站标识码|網站標識碼|技术支持|技術支持|许可证|許可證")
_PAGE_WORDS = r"地址|邮编|郵編|电话|電話|传真|傳真|扫一扫|掃一掃|上一篇|下一篇|分享"
_SITE_LINE = re.compile(f"{_FOOTER_WORDS}|{_PAGE_WORDS}", re.I)
_FOOTER_LINE = re.compile(_FOOTER_WORDS, re.I)
_TITLE_LINE = re.compile(r"^[^。！？!?;；:：|]{6,70}$")


def near_site_lines(lines: list[str], i: int, j: int, window: int, footer_only: bool = False) -> bool:
    """Whether a site's line (``_SITE_LINE``; its footer's only, ``_FOOTER_LINE``, with ``footer_only``) stands among the
    ``window`` lines before ``lines[i]`` or after ``lines[j - 1]`` (the run ``lines[i:j]`` read as labels)."""
    words = _FOOTER_LINE if footer_only else _SITE_LINE
    return any(words.search(ln) for ln in lines[max(0, i - window):i] + lines[j:j + window])


def closing_host_block(text: str) -> tuple[int, int, list[str], list[str]] | None:
    """(start, end, lead, responsible) of a run of bare host label lines closing a notice (``主办:市教育局`` /
    ``承办:市青少年宫``): ``主办`` gives the lead, ``承办``/``协办`` the responsible units (U4a, U7f). Only a run that a
    ``主办`` line opens, that follows body text, and after which only publication fields or blank lines stand; never
    where a site's line (copyright, address, phone, 备案) stands within six lines before or after it, or a unit named
    runs the website. ``主办:某区融媒体中心`` at a page's end -> None."""
    if "主办" not in text and "主辦" not in text:
        return None
    lines, starts = lines_with_starts(text)
    i = 0
    while i < len(lines):
        m = _BARE_HOST.match(lines[i])
        if m is None or m.group("role") not in ("主办", "主辦"):
            i += 1
            continue
        j = i
        lead: list[str] = []
        resp: list[str] = []
        while j < len(lines) and (m := _BARE_HOST.match(lines[j])) is not None:
            names = [u for u in re.split(r"[、,，]", m.group("units")) if u]
            (lead if m.group("role") in ("主办", "主辦") else resp).extend(names)
            j += 1
        rest = [ln for ln in lines[j:] if ln.strip()]
        if (not resp or any(not _PUBLICATION_FIELD.match(ln) for ln in rest)
                or near_site_lines(lines, i, j, 6) or any(_SITE_UNIT.search(u) for u in lead + resp)
                or not any(ln.strip() for ln in lines[:i])):
            i = j
            continue
        return starts[i], starts[j - 1] + len(lines[j - 1].rstrip()), lead, resp
    return None


def notice_title(text: str) -> tuple[int, str] | None:
    """(offset, title) of the page's first non-empty line when it reads as a title: 6-70 characters with no sentence
    end, colon or cell bar (``关于举办全区中小学生书法比赛的通知``); None for a page that opens with a sentence."""
    pos = 0
    for ln in text.split("\n"):
        if ln.strip():
            t = ln.strip()
            return (pos + ln.find(t), t) if _TITLE_LINE.match(t) else None
        pos += len(ln) + 1
    return None


_HOST_LABEL_AT_LINE = re.compile(r"(?m)^[ \t]*(?:主办|主辦)(?:单位|單位)?[ \t]*[:：]")


def host_label_title_task(quote: str, task: str, section, text: str, start: int) -> str | None:
    """U7f: the notice's title (``notice_title``) as the task of a row read from its closing host labels
    (``主办单位:市教育局\\n承办单位:市青少年宫`` after the body), where the row stands under no heading and took the body's
    first clause for its task; None where the quote opens with the label itself under a title it already names, or the
    row stands in an outline (the heading above names the event)."""
    if section or _HOST_LABEL_AT_LINE.search(quote) is None or _HOST_LABEL_AT_LINE.match(quote):
        return None
    title = notice_title(text)
    if title is None or title[0] >= start or title[1] == task:
        return None
    return title[1]


def among_site_lines(text: str, start: int, end: int) -> bool:
    """(unitB26) Whether the line ``text[start:end]`` has a site's footer line (copyright, 备案, ICP, 技术支持, a licence)
    within the two non-blank lines before or after it (``near_site_lines``, the footer's words): the page's footer (a
    phone, an address or a share widget beside a notice's own label is no footer). ``text`` is the page as scraped (the
    normaliser drops the furniture lines, keeping a role label line between them)."""
    before = [ln for ln in text[max(0, start - 400):start].split("\n") if ln.strip()]
    after = [ln for ln in text[end:end + 400].split("\n") if ln.strip()]
    return near_site_lines(before + after, len(before), len(before), 2, footer_only=True)
