"""target_works_measures: the places works still ahead hold inside (made-up texts)."""

from rules_kit import records

from extract.rules.target_works_measures import specifies_planned_facility


def test_places_held_inside_planned_works():
    # (tgtB24) ``内设养老床位约N张`` of a works project still ahead is its planned capacity (N17a)
    before = "为满足养老需求,某县新建乡镇养老服务中心项目,建筑面积约3000平方米,内设养老床位约"
    assert specifies_planned_facility(before, "内设养老床位约", "张", "张,计划明年开工。")
    # near-miss: the same inside works already finished
    done = "某县养老服务中心已建成投用,内设养老床位约"
    assert not specifies_planned_facility(done, "内设养老床位约", "张", "张。")


def test_pipeline_planned_beds_inside():
    text = "某县养老项目\n为满足养老需求,某县谋划了乡镇养老服务中心改扩建项目,建筑面积约3000平方米,内设养老床位约80张,计划明年开工。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (80.0, "张") in got
