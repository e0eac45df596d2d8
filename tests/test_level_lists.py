"""A sentence that only lists measures and their levels, after a sentence of targets: the list goes on (N1)."""

from extract.rules.level_lists import continues_level_list, level_clauses
from extract.rules.targets import find_targets


def test_a_list_of_levels():
    assert level_clauses("年客流量3200万人次,过夜游客收入450亿元,年均增长12%以上。") == 3
    assert level_clauses("体育产业增加值占GDP的3.5%,人均场地面积2.8平方米") == 2


def test_not_a_list_of_levels():
    assert level_clauses("截至9月底,客流量3200万人次,收入450亿元。") == 0  # a date: a result reported
    assert level_clauses("东街更换路灯86盏,西街维修人行道1.2公里。") == 0  # works, not levels
    assert level_clauses("客流量3200万人次,较上年增长12%。") == 0  # a change on the year before: status
    assert level_clauses("客流量3200万人次,主要来自周边城市。") == 0  # a clause with no level


def test_the_cue_reads_only_bare_or_share_decisions():
    s = "年客流量3200万人次,过夜游客收入450亿元。"
    assert continues_level_list(s, ("bare",))
    assert continues_level_list("服务业增加值占GDP的52%,研发投入强度2.6%。", ("status:占",))
    assert not continues_level_list(s, ("past_marker",))
    assert not continues_level_list("人均场地面积2.8平方米。", ("bare",))  # one clause: ``states_level_only``'s


def test_levels_after_targets_end_to_end():
    text = "到2040年,全省打造精品线路40条,建成风景道25条。年客流量9100万人次,旅游收入1200亿元,文旅产业增加值占GDP的9%。"
    got = [(h.value, h.unit) for h in find_targets(text, role="none")]
    assert (9100.0, "万人次") in got and (1200.0, "亿元") in got and (9.0, "%") in got


def test_levels_without_targets_before_stay_status():
    text = "该市位于平原中部。年客流量9100万人次,旅游收入1200亿元。"
    got = [(h.value, h.unit) for h in find_targets(text, role="none")]
    assert got == []
