"""Section titles of a social-media post, marked by an emoji instead of a number (whole-page layout).

A post that retells a work report or a plan (a 公众号 or 小红书 card) breaks it into parts whose titles stand alone on
their lines with no ``一、`` or ``(一)``, each closed by a pictograph (``总结2030年民生成绩🏅``, ``2031年奋斗目标🚀``). The
emoji does the work of the number: the line is a heading, so the part under ``…奋斗目标`` is a goal section (O1) and the
part under ``总结…成绩`` a review, and the review's title no longer reads as the title of the whole page.
"""

from __future__ import annotations

import re

# pictographs and symbols an emoji-decorated title closes with (and a variation selector or joiner among them)
_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2705\u274C\u2B06\u2B07\u2934\u2935\uFE0F\u200D]"
_EMOJI_TITLE = re.compile(r"^\s*(?P<title>[^。，,；;！!？?：:]{2,24}?)\s*" + _EMOJI + r"+\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def emoji_title(line: str) -> str | None:
    """The title of a line that is only a short title closed by emoji (``2031年奋斗目标🚀`` -> ``2031年奋斗目标``): two
    to twenty-four characters with no sentence or clause mark and at least two Chinese characters; None when the line is
    no such title (a sentence that ends with an emoji has a mark inside: ``全镇财政收入增长4%,…。📊``)."""
    if not line or ord(line.rstrip()[-1:] or " ") < 0x2600:
        return None  # (a cheap test: the line ends with no symbol)
    m = _EMOJI_TITLE.match(line)
    if m is None or len(_HAN.findall(m.group("title"))) < 2:
        return None
    return m.group("title").strip()
