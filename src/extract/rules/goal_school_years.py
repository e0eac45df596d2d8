"""A school year written with both its years (``2031/32学年``, ``2031至32学年``, ``2031-2032学年``) as the time of a goal.

1. ``school_year_will``: a sentence that will do something (``将``, ``会``, ``计划``, ``拟``) and names the school year it is
   for (``某基金将拨出约9亿元,把2031/32学年的每名学生津贴增加1,000元``, ``某局会在2031至32学年为甲校增设5班``): the school
   year is the time of the commitment, a goal with its first year (O3, O3c; N9a). (goalA27) Also a benefit paid on into a
   school year (``继续向2031/2032学年的学生发放``) and a will marker right after it (``于二○三一/二○三二学校年度将续向…``).
2. ``school_year_under_way``: a school year that runs into the page's year (``在2030至31学年,学生津贴由2,500元增至3,500元``
   on a page of 2031) is under way, not over: its first year before the page's is no sign of the past (O3d).
"""

from __future__ import annotations

import re

# ``2031/32学年``, ``2031／2032學年`` (normalised), ``2031至32学年``, ``2031-2032学年``: the first year, then the second
_SCHOOL_YEAR = re.compile(r"(?P<first>20\d\d)\s*(?:/|／|至|-|—|–)\s*(?P<second>(?:20)?\d\d)\s*(?:学年|学校年度)")  # (goalA27) 学校年度
_WILL = re.compile(r"将|会(?![议员长])|计划|拟")  # (goalA27) not 会议, 会员, 会长
# (goalA27) ``二○三一/二○三二学校年度``: both years in Chinese numerals, the school year as Macau writes it; ``继续``/``持续`` (the
# benefit paid on into the school year) before it, or a will marker after it in its own clause (``于…学校年度将续向…发放``)
_CN_SCHOOL_YEAR = re.compile(r"(?P<first>二[〇○零][〇○零一二三四五六七八九]{2})\s*(?:/|／|至|-|—|–)\s*(?:二[〇○零])?[〇○零一二三四五六七八九]{2}"
                             r"\s*(?:学校年度|学年)")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
_GOES_ON = re.compile(r"继续|持续")  # (not 手续, 连续: the work going on)
_WILL_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:将|会(?![议员长])|计划|拟)")


def school_year_will(sentence: str) -> tuple[int | None, int]:
    """(the first year, where it stands) of a school year named after a will marker in the same sentence (``…将拨出约9亿元,
    把2031/32学年的每名学生津贴增加1,000元``), (goalA27) after ``继续`` (``当局继续向2031/2032学年的学生发放津贴``) or before
    a will marker in its own clause (``于二○三一/二○三二学校年度将续向…发放``); (None, -1) when none."""
    if "学年" not in sentence and "学校年度" not in sentence:
        return None, -1  # (a cheap test before the scan)
    for m in list(_SCHOOL_YEAR.finditer(sentence)) + list(_CN_SCHOOL_YEAR.finditer(sentence)):
        if _WILL.search(sentence, 0, m.start()) is not None or _GOES_ON.search(sentence, 0, m.start()) is not None \
                or _WILL_AFTER.match(sentence, m.end()) is not None:
            first = m.group("first")
            return int(first if first.isdigit() else "".join(_CN_DIGIT[c] for c in first)), m.start("first")
    return None, -1


def school_year_under_way(sentence: str, year: int | None, page_year: int | None) -> bool:
    """Whether the sentence's year ``year`` opens a school year it names (``2030至31学年``) that runs into ``page_year``:
    the school year is under way at the page's date, not over."""
    if year is None or page_year is None or ("学年" not in sentence and "学校年度" not in sentence):
        return False
    for m in _SCHOOL_YEAR.finditer(sentence):
        first, second = int(m.group("first")), m.group("second")
        end = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if first == year and end == first + 1 and end >= page_year:
            return True
    # (goalA27) ``二○三一/二○三二学校年度``: read as the first year and the next (a school year runs over two)
    return any(int("".join(_CN_DIGIT[c] for c in m.group("first"))) == year and year + 1 >= page_year
               for m in _CN_SCHOOL_YEAR.finditer(sentence))
