"""The date an undated page gives in its own text, in layouts the page-date reader does not take (O3d), for its goals.

1. A report's speech dateline run into its opening line: ``某县2030年计划执行情况报告 ——2031年1月6日在某县人民代表大会第二次
   会议上 某局 各位代表:…``: the report speaks from that day, so ``2030年,预计完成…`` reviews a year that is over.
2. A news page's dateline written day.month.year with its time (``03.03.2031  17:33`` on a line of its own near the top):
   the story's own date.
3. (goalB24) A news lead's credit followed by the story's full date (``某网消息(记者 某某)2031年1月9日,某市召开…``,
   ``本报讯 (通讯员 某某) 2031年3月2日,…``): the day the story tells, its own date.
"""

from __future__ import annotations

import re

_SPEECH_DATELINE = re.compile(r"[—-]{1,2}\s*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。\n]{2,40}?(?:会议|大会)上")
_DOTTED_DATELINE = re.compile(r"^\s*(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(20\d\d)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
                              re.M)


_CREDIT_DATELINE = re.compile(r"(?:讯|訊|消息|电|電)\s*(?:[(（][^()（）\n]{1,30}[)）])?\s*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]")


def told_date_year(text: str) -> int | None:
    """The year of a speech dateline (``——2031年1月6日在…会议上``), of a day.month.year dateline line (``03.03.2031
    17:33``) or of a news lead's credit and full date (``某网消息(记者 某某)2031年1月9日,``) near the page's top; None
    when it gives none."""
    head = text[:3000]
    m = _SPEECH_DATELINE.search(head) or _DOTTED_DATELINE.search(head[:600]) or _CREDIT_DATELINE.search(head[:600])
    return int(m.group(1)) if m else None
