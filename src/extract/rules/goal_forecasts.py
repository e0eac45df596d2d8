"""A forecast of a population or a demand (O3): the year it is about is no deadline anybody set.

``预计到2032年,全市60岁以上老年人口将达到150万人``, ``出生率回升,故预计2032年后学位需求大增``: the number of people or the
demand that a text expects, as ``据测算,到2035年全市老年人口将突破200万`` is (``forecasts_year``), states no commitment:
people grow old and are born whatever the plan does. A level the plan is to reach (``预计到2032年,全区学龄前儿童公办园在园比例
达到50%``, ``预计2032年建成…``) stays a goal: its subject is a rate or a work, not a head count.
"""

from __future__ import annotations

import re

# ``预计``, then within its clause run a head count of people or a demand (老年人口, 学龄人口, 出生人口, 学位需求), then
# where it goes (达到, 突破, 增至, 大增, 回升, 下降)
_POPULATION_FORECAST = re.compile(r"(?:预计|預計)[^。;；]{0,24}?(?:人口|出生(?:率|人数|數)?|生源|(?:学位|學位|学额|學額)?需求)"
                                  r"[^。;；,，]{0,8}?(?:将|將|会|會|可)?\s*(?:达到|達到|达|達|突破|增至|增加到|大增|回升|下降|减少|減少|增加)|"
                                  # the head count first, its level now, then what it is expected to reach: ``老年人口达到112万人,
                                  # 预计到2032年将达到150万人``
                                  r"(?:人口|出生人数|出生人數|生源)[^。;；]{0,30}?(?:预计|預計)[^。;；,，]{0,12}?(?:将|將|会|會)\s*"
                                  r"(?:达到|達到|突破|增至|增加到|下降到|减少到)")


# (goalB37) the population the subject, the year after it and a will before its change, no ``预计``: ``该区的人口到2032年将
#增加19%至约14万``: where a population goes is foreseen, nobody commits to it
_POPULATION_WILL = re.compile(r"人口[^,，。;；]{0,8}?(?:到|至)[^,，。;；]{1,8}?年\s*(?:将|將|会|會)\s*"
                              r"(?:增加|增至|增长|增長|达到|達到|突破|下降|减少|減少|回落)")


def forecasts_population(sentence: str) -> bool:
    """A sentence that expects a population or a demand to reach a size (``预计到2032年老年人口将达到150万人``): a
    forecast, no goal (O3). Not a rate or a work the plan expects to reach (``预计到2032年入园率达到50%``).
    (goalB37) Nor without ``预计`` where the population is the subject of a will to change by a year (``该区的人口到2032年
    将增加19%``)."""
    if "预计" not in sentence and "預計" not in sentence:
        return "人口" in sentence and _POPULATION_WILL.search(sentence) is not None
    return _POPULATION_FORECAST.search(sentence) is not None or _POPULATION_WILL.search(sentence) is not None
