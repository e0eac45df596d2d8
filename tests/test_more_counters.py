"""(tgtA31, N8) counters of things given or built, and a count of households run into a count of people; made-up texts."""

from extract.rules.target_cues import count_runs_into_count
from extract.rules.targets import find_targets


def _got(text):
    return [(t.value, t.unit) for t in find_targets(text, role="none")]


def test_more_counters():
    assert (600.0, "幅") in _got("2041年计划为乡村送字画600幅、送电影80场次。")
    assert (900.0, "副") in _got("2041年将为群众书写对联900副。")
    assert (40.0, "口") in _got("2041年计划新建沼气池40口。")
    assert (12.0, "艘") in _got("2041年将新增巡护船12艘。")


def test_counter_near_misses():
    assert not any(u == "副" for _, u in _got("2041年将新配备4副馆长。"))  # a deputy's title
    assert not any(u == "口" for _, u in _got("2041年将帮扶5口之家。"))  # a household's size


def test_households_then_people():
    assert count_runs_into_count("户", "7321人的住房问题")
    assert (2150.0, "户") in _got("到2041年底解决8个村2150户7321人的住房问题。")
    assert not count_runs_into_count("项", "12件实事")  # a count run into another: a name
