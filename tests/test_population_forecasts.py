"""``rules.population_forecasts``: a forecast of a population's size is no target (N15, N13)."""

from extract.rules.population_forecasts import forecasts_population


def test_a_foreseen_population_is_no_target():
    assert forecasts_population("预计到2031年,全县60岁以上老年人口将增加到", "万人")
    assert forecasts_population("据最新推估,本县总人口持续下降,至2035年将少于", "万人")
    assert forecasts_population("截至去年底,全县老年人口为8.2万人,预计到2031年将达到", "万人")


def test_commitments_rates_and_other_units_are_left_to_other_cues():
    assert not forecasts_population("预计到2031年,力争全县老年人口中参加学习的达到", "万人")
    assert not forecasts_population("预计到2031年,每千人口书屋座位数为", "个")
    assert not forecasts_population("预计到2031年,全县书屋服务人口覆盖率达到", "%")
    assert not forecasts_population("预计到2031年,参加学习的老年人达到", "万人")


def test_a_commitment_of_an_earlier_clause_is_another_figures():
    # (tgtA34) the plan word belongs to the births of the clause before; the total is foreseen
    assert forecasts_population("2031年计划出生人口8万人,预计全省人口总数达", "万人")
    assert not forecasts_population("预计到2031年,全省人口总数计划控制在", "万人")
