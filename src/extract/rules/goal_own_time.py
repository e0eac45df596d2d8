"""O3d: the time a page's own document speaks from, where a site's later stamp stands over it.

``own_time_year`` reads the page's headline (its first lines): a plan titled with its own period (``某市行动计划
(2030-2031年)``) or a notice titled with the year of the list it sets out (``某县2030年实施50项民生实事``) speaks
from that time. A site's publish or upload stamp later than every year the text names is furniture (O3d): the
document's year is the period's first year or the list's year, so its commitments stay ahead of it.
"""

from __future__ import annotations

import re

# ``某市应急保障行动计划(2030-2031年)``, ``某区规划（2030—2035年）``: a plan's own period in its title
_TITLE_PERIOD = re.compile(r"(?:计划|計劃|計畫|规划|規劃|方案|纲要|綱要)[^\n。]{0,4}[(（]\s*(20\d\d)\s*[-—–~至]\s*(20\d\d)\s*年?\s*[)）]")
# ``某县2030年实施50项民生实事``, ``2030年某镇办好十件实事``: the year of the list the notice sets out
_TITLE_LIST_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年(?:度)?[^\n。,，]{0,8}?(?:实施|實施|办好|辦好|推进|推進)\s*"
                              r"[\d一二三四五六七八九十]{1,3}\s*[项項件个個]\s*(?:重点)?(?:民生实事|民生實事|实事|實事|民生工程)")
_TEXT_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*(?:年|/\d\d\s*年)")
_HEAD_LINES = 3


def own_time_year(text: str, stamp_year: int | None) -> int | None:
    """The year the page's own document speaks from, told by its headline, when the page's stamp (``stamp_year``) is
    later than every year its text names: the first year of a plan period in the title (``…行动计划(2030-2031年)`` under
    a stamp of 2033 -> 2030) or the year of the list a notice's title sets out (``某县2030年实施50项民生实事`` -> 2030);
    None otherwise (no stamp, no such title, or a text that names the stamp's year or a later one: ``…规划(2030-2035年)``
    on a 2032 page speaks from 2032). Not a title that reports (``…完成情况``): the caller leaves report pages out."""
    if stamp_year is None:
        return None
    head = "\n".join([ln for ln in text.split("\n") if ln.strip()][:_HEAD_LINES])
    m = _TITLE_PERIOD.search(head)
    year = int(m.group(1)) if m else None
    if year is None and (m := _TITLE_LIST_YEAR.search(head)) is not None:
        year = int(m.group(1))
    if year is None or year >= stamp_year:
        return None
    years = [int(y) for y in _TEXT_YEAR.findall(text)]
    if years and max(years) >= stamp_year:
        return None
    return year
