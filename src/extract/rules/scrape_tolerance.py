"""Tolerance of the rules to scraping defects: cues that make the same content give the same records whether or not
a site added its furniture or a wrap broke its lines (found by metamorphic checks, ``tools/metamorphic.py``).

No I/O; each function takes a line or a text."""

from __future__ import annotations

import re

# a site's contact line: a contact field label (address, phone, postcode, fax, mail), then on the same line another
# (``地址:某区某路1号 电话:0000-1234567``, ``联系地址:某镇某路6号 邮编:000000``, ``联系电话:0000-1234567 传真:0000-1234568``)
_CONTACT_FIELD = r"(?:联系|通讯|通信|单位)?(?:地址|电话|邮编|邮政编码|传真|邮箱|电子邮件)\s*[:：]"
_CONTACT_LINE = re.compile(r"^[ \t]*" + _CONTACT_FIELD + r"[^\n]{1,60}?" + _CONTACT_FIELD + r"[^\n]*$", re.MULTILINE)


def contact_footer_line(line: str) -> bool:
    """A site's contact line, page furniture: a line that opens with a contact field (``地址:``, ``联系电话:``, ``邮编:``,
    ``传真:``, ``邮箱:``) and holds another one (``地址:某区某路1号 电话:0000-1234567``, ``联系电话:0000-1234567 传真:
    0000-1234568``). A sentence that names an address (``报名地址为某校,咨询电话0000``) or one field alone (``地址:某区
    某路1号``, a notice's ``联系电话:0000-1234567``) is not."""
    return _CONTACT_LINE.match(line) is not None


# a host label line of a site's footer (``主办:某镇人民政府``, ``承办单位:某中心``), short, with nothing after the name
_HOST_LABEL_LINE = re.compile(r"[ \t]*(?:主办|承办|协办)(?:单位)?\s*[:：]\s*[^\s:：,，。;；]{2,30}[ \t]*")


def contact_line_starts(text: str) -> set[int]:
    """The start offsets of the lines of ``text`` that are a site's contact block: its contact lines
    (``contact_footer_line``) and the host label lines right above or below them (``主办:某镇人民政府`` / ``地址:… 电话:…`` /
    ``承办:某中心``): boilerplate. A host label line with no contact line beside it is left to the other tests."""
    if "地址" not in text and "电话" not in text:
        return set()
    out = {m.start() for m in _CONTACT_LINE.finditer(text)}
    if not out:
        return out
    lines = text.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    block = [starts[i] in out for i in range(len(lines))]
    for i in range(len(lines)):  # a host label line next to the block (down the page, then up)
        if not block[i] and i and block[i - 1] and _HOST_LABEL_LINE.fullmatch(lines[i]):
            block[i] = True
    for i in range(len(lines) - 2, -1, -1):
        if not block[i] and block[i + 1] and _HOST_LABEL_LINE.fullmatch(lines[i]):
            block[i] = True
    return {starts[i] for i in range(len(lines)) if block[i]}


_CJK = re.compile(r"[\u3400-\u9fff]")


def mostly_chinese_in_print(line: str, width: int) -> bool:
    """A line whose Chinese characters fill at least half of its print width (``width``, in half-width cells): running
    Chinese text, also where a wrap put many figures on one line (``所,新建19所;投入资金27.29亿元,建设面积89.84``: 14
    Chinese characters of 31, but 28 of its 45 cells), so the wrapped paragraph it belongs to is still seen whole. A run
    of figures with a word or two (``2031 2032 合计 100 200``) is not."""
    return len(_CJK.findall(line)) * 4 >= width


# a change over a dated base with its figure, earlier in the sentence (``较2030年度增加12亿元``, ``較上年度成長7億元``)
_CHANGE_WITH_FIGURE = re.compile(r"(?:比|较|較)\s*(?:\d{2,4}\s*(?:学年度|學年度|年度|年)|上一?年度?|去年度?)(?:同期)?\s*"
                                 r"(?:增加|增长|增長|成长|成長|减少|減少|下降|上升|降低)了?\s*(?:超过|超過|逾|近|约|約|达|達)?\s*\d")
# the clause is a bare change verb before its number (``成长逾``, ``增加约``, ``減少``)
_BARE_CHANGE = re.compile(r"^\s*(?:增加|增长|增長|成长|成長|减少|減少|下降|上升|降低)了?\s*(?:超过|超過|逾|近|约|約|达|達)?\s*$")
_MONEY = ("元", "亿", "億", "万", "萬", "币", "幣")


def further_change_over_base(before: str, clause_head: str, unit: str) -> bool:
    """A second change of money in a sentence that has stated a change over a dated base (``税收编列900亿元,较2030年度
    成长12亿元,其中甲税受景气影响,成长逾3亿元``): the growth of a part of the budget's figure, no target (N13b), as the
    first change is not. Not an amount a plan adds with no change over a base before it in its sentence (``经费再增加1亿
    元``: money the plan allots, N17b), nor a rate or count (``招生数增加5%``)."""
    return unit.endswith(_MONEY) and _BARE_CHANGE.match(clause_head) is not None \
        and _CHANGE_WITH_FIGURE.search(before[:len(before) - len(clause_head)]) is not None


def page_wrap_widths(lines: list[str], widths, closed_end, min_wrap: int) -> list[int]:
    """The print widths at which a page was hard-wrapped: widths (at least ``min_wrap`` half-width cells) shared, within a
    tenth, by three or more lines of running text (``widths[i]`` > 0) that end in the middle of a sentence (no
    ``closed_end``). A page wrapped at 30 Chinese characters has many such lines of 60 cells; a page of paragraphs a line
    each has few lines that end open, and rarely three of one width. Empty when there are none."""
    open_widths = sorted(w for i, ln in enumerate(lines[:-1])
                         if len(ln.strip()) * 2 >= min_wrap and not closed_end(ln) and (w := widths[i]) >= min_wrap)
    out = []
    for k, w in enumerate(open_widths):
        near = sum(1 for v in open_widths[max(0, k - 50):k + 50] if abs(v - w) <= max(4, max(v, w) // 10))
        if near >= 4 and (not out or abs(out[-1] - w) > 2):  # the line itself and three others
            out.append(w)
    return out


def at_wrap_width(width: int, wrap_widths: list[int]) -> bool:
    """A line as wide as one of the page's wrap widths (``page_wrap_widths``), within a tenth: a full line of a wrapped
    paragraph even where the lines around it are short (a paragraph of two lines between headings:
    ``…还存在普惠性资`` / ``源不充足等问题。``)."""
    return any(abs(width - w) <= max(4, max(width, w) // 10) for w in wrap_widths)
