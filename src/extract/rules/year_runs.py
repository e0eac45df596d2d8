"""Target cue for a run of years shared out over a ``分别`` list of as many values (N9, N9e).

``2031年、2032年、2033年,甲率将分别达到80%、85%、90%以上,乙率将分别达到60%、65%、70%``: with ``分别`` and as many values
as years, each value takes its year in order (N9e: ``2031年和2032年分别建成A校和B校``; N9: each value takes its year),
where the year nearest before would give every value the last year. Every ``分别`` list of the sentence that counts as many
values as the years is read so. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

_YEAR = r"((?:19|20)\d\d)\s*年(?:底|末|度)?"
_JOIN = r"\s*(?:和|、|及|与|以及|,|，)\s*(?:到|至)?\s*"
_YEAR_RUN = re.compile(_YEAR + r"(?:" + _JOIN + r"(?:19|20)\d\d\s*年(?:底|末|度)?)+")
_ONE_YEAR = re.compile(_YEAR)
# one value of a list and its measure and bound, up to the joint before the next (``87%、``, ``12所以上和``)
_VALUE = re.compile(r"\d+(?:\.\d+)?")
_NEXT_VALUE = re.compile(r"\s*(?:[%‰]|[万亿千]?[\u4e00-\u9fff]{0,3}?)\s*(?:及以上|以上|及以下|以下|左右)?\s*(?:和|及|与|、)\s*\d")


def _list_values(sentence: str, start: int) -> list[re.Match[str]]:
    """The values of the list that opens with the first number at or after ``start``, each joined to the next by
    ``、``/``和``/``及``."""
    out = []
    m = _VALUE.search(sentence, start)
    while m is not None:
        out.append(m)
        nxt = _NEXT_VALUE.match(sentence, m.end())
        if nxt is None:
            break
        m = _VALUE.search(sentence, nxt.end() - 1)
    return out


def year_in_order(sentence: str, num_start: int) -> int | None:
    """The year of the value at ``num_start`` where a run of two or more years, each later than the one before, stands
    before a ``分别`` list holding as many values as the run has years: the k-th value takes the k-th year. None where no
    such run stands before it, another year stands between the run and the value, or the value's ``分别`` list counts
    other than the run's years (``2031年和2032年,新建学校5所``; ``2031年、2032年,分别新建学校3所、4所和5所``)."""
    if "分别" not in sentence or sentence.count("年") < 2:
        return None
    run = None
    for m in _YEAR_RUN.finditer(sentence, 0, num_start):
        run = m
    if run is None:
        return None
    years = [int(y.group(1)) for y in _ONE_YEAR.finditer(run.group())]
    if len(years) < 2 or any(b <= a for a, b in zip(years, years[1:])):
        return None
    if _ONE_YEAR.search(sentence, run.end(), num_start) is not None:
        return None
    fenbie = sentence.rfind("分别", run.end(), num_start)
    if fenbie < 0:
        return None
    values = _list_values(sentence, fenbie)
    if len(values) != len(years):
        return None
    for k, v in enumerate(values):
        if v.start() == num_start:
            return years[k]
    return None
