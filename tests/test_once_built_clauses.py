"""(tgtA25) What finished works give, told in a clause after ``…建成后,``; the estimated cost and the short floor-area
word of a works project; compound equipment measures and heads of livestock (N17a, N8)."""

from extract.rules.target_cues import once_built
from extract.rules.target_works_measures import lists_project_measures, states_project_measure
from extract.rules.targets import find_targets
from rules_kit import records


def test_clause_after_completion_is_what_works_give():
    assert once_built("可接待", "新馆竣工后,可接待")
    assert once_built("预计可容纳幼儿", "该园投用后,预计可容纳幼儿")


def test_clause_of_what_stands_is_not():
    assert not once_built("该县又有", "礼堂竣工后,该县又有")
    assert not once_built("可接待", "可接待")


def test_capacity_after_completion_clause_taken():
    values = [(h.value, h.unit) for h in find_targets("东湖书院落成后,可接待读者850人次,并开设讲座。")]
    assert (850.0, "人次") in values


def test_estimated_cost_of_works():
    assert states_project_measure("该馆项目投资估计大约为")
    assert not states_project_measure("该馆项目投资估计明显")


def test_short_floor_area_word_continues_measures():
    assert lists_project_measures("某体育中心工程占地120亩,总建面积约", "总建面积约")


def test_short_floor_area_in_pipeline():
    values = [(h.value, h.unit) for h in find_targets("西岭文体中心项目位于河东村,占地面积95亩,总建面积约6.8万平方米。")]
    assert (6.8, "万平方米") in values


def test_compound_equipment_measure_is_the_unit():
    got = [(r.value, r.unit) for r in records("三、建设内容\n为各村配置健身器材276件套,更新篮球架30台套。", "numeric_target")]
    assert (276.0, "件套") in got and (30.0, "台套") in got


def test_head_of_livestock_is_a_measure():
    got = [(r.value, r.unit) for r in records("二、发展目标\n全村养殖黑山羊800头、生猪1.2万头。", "numeric_target")]
    assert (800.0, "头") in got and (1.2, "万头") in got
