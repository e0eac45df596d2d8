"""Tolerance of the rules to scraping defects: cues that make the same content give the same records whether or not
a site added its furniture or a wrap broke its lines (found by metamorphic checks, ``tools/metamorphic.py``).

No I/O; each function takes a line or a text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from extract.rules.scan import lines_with_starts

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
    lines, starts = lines_with_starts(text)
    block = [starts[i] in out for i in range(len(lines))]
    for i in range(len(lines)):  # a host label line next to the block (down the page, then up)
        if not block[i] and i and block[i - 1] and _HOST_LABEL_LINE.fullmatch(lines[i]):
            block[i] = True
    for i in range(len(lines) - 2, -1, -1):
        if not block[i] and block[i + 1] and _HOST_LABEL_LINE.fullmatch(lines[i]):
            block[i] = True
    return {starts[i] for i in range(len(lines)) if block[i]}


def page_wrap_widths(lines: list[str], widths, closed_end, min_wrap: int) -> list[int]:
    """The print widths at which a page was hard-wrapped: widths (at least ``min_wrap`` half-width cells) shared, within a
    tenth, by three or more lines of running text (``widths[i]`` > 0) that end in the middle of a sentence (no
    ``closed_end``). A page wrapped at 30 Chinese characters has many such lines of 60 cells; a page of paragraphs a line
    each has few lines that end open, and rarely three of one width. Empty when there are none."""
    open_widths = sorted(w for i, ln in enumerate(lines[:-1])
                         if len(ln.strip()) * 2 >= min_wrap and not closed_end(ln) and (w := widths[i]) >= min_wrap)
    out = []
    n = len(open_widths)
    for k, w in enumerate(open_widths):
        near = _near_count(open_widths, w, max(0, k - 50), min(n, k + 50))
        if near >= 4 and (not out or abs(out[-1] - w) > 2):  # the line itself and three others
            out.append(w)
    return out


def _reach_down(v: int) -> int:
    """The least width ``w <= v`` within a tenth of ``v`` (``v - w <= max(4, v // 10)``); it never decreases as ``v``
    grows (``v - v // 10`` and ``v - 4`` never do)."""
    return v - max(4, v // 10)


def _near_count(widths: list[int], w: int, a: int, b: int) -> int:
    """(perf25) ``sum(1 for v in widths[a:b] if abs(v - w) <= max(4, max(v, w) // 10))`` for sorted integer ``widths``,
    by bisection: the ``v <= w`` near ``w`` are those from ``w - max(4, w // 10)`` up, the ``v > w`` those whose
    ``_reach_down(v)`` is at most ``w`` (a leading run of them, ``_reach_down`` growing with ``v``). The count over a
    window of up to 100 widths for each width was ~1 % of the rules stage."""
    mid = bisect_right(widths, w, a, b)
    below = mid - bisect_left(widths, w - max(4, w // 10), a, mid)
    above = bisect_right(widths, w, mid, b, key=_reach_down) - mid
    return below + above


def at_wrap_width(width: int, wrap_widths: list[int]) -> bool:
    """A line as wide as one of the page's wrap widths (``page_wrap_widths``), within a tenth: a full line of a wrapped
    paragraph even where the lines around it are short (a paragraph of two lines between headings:
    ``…还存在普惠性资`` / ``源不充足等问题。``)."""
    return any(abs(width - w) <= max(4, max(width, w) // 10) for w in wrap_widths)


# (r25 unitB25) an HTML blank a page left undecoded: ``&nbsp;``, ``&ensp;``, ``&emsp;``, ``&#160;``, ``&bsp;`` (the
# same entity that lost its ``n`` on a copying site) and one escaped twice (``&amp;nbsp;``): the blank it names, so that an
# indent of them is an indent
ENTITY_BLANK = re.compile(r"&(?:amp;)?(?:n?bsp|ensp|emsp|thinsp|#160|#12288);")


def has_entity_blank(text: str) -> bool:
    """Whether ``text`` may hold an ``ENTITY_BLANK`` (``&nbsp;`` and its kin): a quick substring test."""
    return "sp;" in text or "&#1" in text


# (r25 unitB25) markdown's bold around a short label (``**某科**:负责…``, ``1. **某处**:…``, the colon inside the bold:
# ``**某科:**负责…``) on a page converted to markdown: the stars mark emphasis, no text. Not a masked place's stars
# (``***日报社``, ``**县妇联 **县团委``: a run of three, or stars closed before a CJK character after no colon)
MARKDOWN_BOLD = re.compile(r"(?<!\*)\*\*(?=[^*\s])[^*\n]{1,40}?(?<=[^*\s])\*\*(?:(?<=[:：]\*\*)(?!\*)|(?![*\u4e00-\u9fff]))")


def markdown_bold_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that drop the two stars on each side of a markdown bold run (``MARKDOWN_BOLD``) of ``text``."""
    if "**" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in MARKDOWN_BOLD.finditer(text):
        out += [(m.start(), m.start() + 2, ""), (m.end() - 2, m.end(), "")]
    return out
