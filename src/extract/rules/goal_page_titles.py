"""The page's first line as its title (G4a, O2: a headline or title gives no goal).

A page opens with its title: ``某县2031年实施人才促进行动`` over ``工作方案``, ``某中心二期工程动土将于2032年完工`` over the site's
toolbar (``1. 检举``, ``2. 打印``), ``某省启动2031年度职称评审工作`` over a link list. The first line of the text, short, with no
mark that closes a sentence or a clause, and more text below it, is that title, whatever follows it; a title reader that
asks for a byline or body text on the next line misses these layouts.
"""

from __future__ import annotations

import re

# a mark that closes a sentence or a clause; a comma too (``2031年,某区新建…`` over no byline reads as a body line, as
# ``goals.is_title_line`` reads it)
_CLOSES = re.compile(r"[。！？!?；;:：,，]")


def opens_the_page(text: str, start: int, paragraph: str) -> bool:
    """Whether ``paragraph`` (at ``start`` in ``text``) is the page's first line and reads as its title: at most 45
    characters, one line, no sentence or clause mark (no comma either), with at least a line of text after it."""
    p = paragraph.strip()
    if not p or len(p) > 45 or "\n" in p or text[:start].strip() or _CLOSES.search(p):
        return False
    return len(text[start + len(paragraph):].strip()) >= 20
