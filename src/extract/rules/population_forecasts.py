"""A forecast of a population's size is no target (eval/README.md N15, N13).

``预计到2031年,全市60岁以上老年人口将增加到30万人``, ``据最新推估,总人口持续下降,至2035年将少于200万人``: the sentence
foresees how large a population will be, a trend the plan answers, not a quantity anyone commits to deliver (N15: populations
are not targets). A sentence that commits to a number of people (``力争…参与学习的老年人达到5万人``, ``计划新增学位5000个``,
``确保…覆盖人口10万人``) is left to the other cues.
"""

from __future__ import annotations

import re

# a population counted: the measured noun ends in 人口 (总人口, 老年人口, 常住人口), maybe with 数/总数/规模
_POPULATION = re.compile(r"人口(?:数|总数|總數|规模|規模)?")
# a forecast word: foreseen or estimated, not planned
_FORECAST = re.compile(r"预计|預計|推估|预测|預測|估计|估計|预估|預估|料将|料將")
# a commitment word between the population and its number (``力争``, ``确保``, ``目标``, ``计划``): a target, not a forecast
_COMMITS = re.compile(r"力争|力爭|确保|確保|争取|爭取|目标|目標|计划|計劃|任务|任務|要求|控制在|控制到|不超过|不超過|以内|以內")
_PEOPLE_UNITS = ("人", "万人", "亿人", "萬人", "億人", "万", "亿", "萬", "億")
# (lead42) the share of the whole population right before a percentage: ``占总人口的``, ``占全市人口比重为``
_SHARE_OF_POPULATION = re.compile(r"占(?:总|總|全市|全省|全国|全國|常住)?人口(?:的)?(?:比例|比重)?(?:为|為|达|達)?\s*$")


def forecasts_population(before: str, unit: str) -> bool:
    """The number closes a forecast of a population's size (``before`` is its sentence up to it): a population noun
    (``…人口``) stands before it in the sentence, a forecast word (``预计``, ``推估``) too, the unit counts people, and no
    commitment word stands between them (see the module's docstring); (lead42) or its share of the whole population
    (``占总人口的17.17%``). Not ``每千人口书屋座位数为3个`` (no people unit),
    nor ``力争到2031年老年人口参与率…`` (a commitment)."""
    if "人口" not in before or unit not in _PEOPLE_UNITS and not (unit == "%" and _SHARE_OF_POPULATION.search(before[-16:])):
        return False  # (lead42) ``…将达到2.48亿,占总人口的17.17%``: the forecast population's share of the whole
    pops = list(_POPULATION.finditer(before))
    tail = before[pops[-1].start():]
    if len(tail) > 48 or "每" in before[max(0, pops[-1].start() - 4):pops[-1].start()]:
        return False  # (``每千人口…``, ``每万人口…``: the base of a rate)
    forecast = None
    for forecast in _FORECAST.finditer(before):
        pass
    if forecast is None:
        return False
    # (tgtA34) only the forecast's own clause and what follows it: a commitment in a clause before it is another
    # figure's (``2031年计划出生人口8万人,预计全省人口总数达…``)
    clause = max(before.rfind(c, 0, forecast.start()) for c in ",，;；") + 1
    return _COMMITS.search(tail) is None and _COMMITS.search(before, clause) is None
