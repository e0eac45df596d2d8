"""The date an undated page gives in its own text, in layouts the page-date reader does not take (O3d), for its goals.

1. A report's speech dateline run into its opening line: ``某县2030年计划执行情况报告 ——2031年1月6日在某县人民代表大会第二次
   会议上 某局 各位代表:…``: the report speaks from that day, so ``2030年,预计完成…`` reviews a year that is over.
2. A news page's dateline written day.month.year with its time (``03.03.2031  17:33`` on a line of its own near the top):
   the story's own date.
3. (goalB24) A news lead's credit followed by the story's full date (``某网消息(记者 某某)2031年1月9日,某市召开…``,
   ``本报讯 (通讯员 某某) 2031年3月2日,…``): the day the story tells, its own date.
"""

from __future__ import annotations

import functools
import re

# (speedA28) ``[—-][—-]?`` for ``[—-]{1,2}``: the same matches, but sre reads the dash class as the first characters
_SPEECH_DATELINE = re.compile(r"[—-][—-]?\s*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。\n]{2,40}?(?:会议|大会)上")
_DOTTED_DATELINE = re.compile(r"^\s*(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(20\d\d)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
                              re.M)


_CREDIT_DATELINE = re.compile(r"(?:讯|訊|消息|电|電)\s*(?:[(（][^()（）\n]{1,30}[)）])?\s*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]")


@functools.lru_cache(maxsize=8)  # (speedA30) a pure test of the page: a page is asked once per goal reader that dates it
def told_date_year(text: str) -> int | None:
    """The year of a speech dateline (``——2031年1月6日在…会议上``), of a day.month.year dateline line (``03.03.2031
    17:33``) or of a news lead's credit and full date (``某网消息(记者 某某)2031年1月9日,``) near the page's top; None
    when it gives none."""
    head = text[:3000]
    m = _SPEECH_DATELINE.search(head) or _DOTTED_DATELINE.search(head[:600]) or _CREDIT_DATELINE.search(head[:600])
    return int(m.group(1)) if m else None


# (goalB27) a news wire's dateline with month and day but no year, at the lead of a story (``某网11月28日9时讯``,
# ``新华社某地3月5日电``, ``本报讯(记者 某某)11月2日,``)
_WIRE_DATELINE = re.compile(r"(?:网|網|社|报|報|台)[\u4e00-\u9fff]{0,4}?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:\d{1,2}\s*[时時]\s*)?(?:讯|訊|电|電)"
                            r"|(?:讯|訊)\s*[(（][^()（）\n]{1,30}[)）]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_STAMP = re.compile(r"^(20\d\d)-(\d{2})-(\d{2})")


def dateline_before_stamp_year(text: str, stamp: str | None) -> int | None:
    """The year a reposted story speaks from when its wire dateline (``某网11月28日9时讯``, no year) falls later in the
    calendar than the page's stamp (``stamp``, ``2032-01-15``): a story dated 28 November and posted by 15 January was
    written in the year before the stamp at the latest, so that year's plans are not past (O3d: the stamp is the repost's).
    None when the page has no stamp, no dateline near its top, or a dateline not later in the year than the stamp."""
    s = _STAMP.match(stamp or "")
    m = _WIRE_DATELINE.search(text[:1500]) if s else None
    if m is None:
        return None
    month, day = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return int(s.group(1)) - 1 if (month, day) > (int(s.group(2)), int(s.group(3))) else None
