"""(tgtA25) N12, N12b: counts that say which things a rate or a measure covers give no target."""

from extract.rules.measure_scopes import counts_places_involved, counts_rate_population
from extract.rules.targets import find_targets


def test_count_of_sites_a_rate_is_measured_on():
    assert counts_rate_population("个", "国控水质断面优良率达到85%")
    assert counts_rate_population("所", "寄宿制学校食堂达标率为100%")
    assert not counts_rate_population("个", "月龄婴儿母乳喂养率达到50%")
    assert not counts_rate_population("所", "幼儿园,入园率达到95%")


def test_places_named_then_counted():
    assert counts_places_involved("主要涉及东村、西村、南村", "个", "社区")
    assert counts_places_involved("以旧城和", "个", "文物点为中心")
    assert not counts_places_involved("包括湿地改造、新建", "所", "幼儿园")
    assert not counts_places_involved("新建东村、西村", "个", "驿站")


def test_pipeline_keeps_the_rate_and_the_commitment_only():
    hits = [(h.value, h.unit) for h in find_targets(
        "2031年,15个市控断面水质优良率达到92%以上;创建示范楼道6个,主要涉及甲苑、乙苑、丙苑3个小区。")]
    assert (92.0, "%") in hits and (6.0, "个") in hits
    assert (15.0, "个") not in hits and (3.0, "个") not in hits
