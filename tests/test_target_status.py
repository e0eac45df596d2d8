"""target_status: ``计划`` as a plan's noun (made-up texts)."""


def test_plan_noun_of_progress_and_execution():
    # (tgtB24) ``计划`` before how a plan stands or is carried out is the noun, no will
    from extract.rules.target_status import modal_is_plan_noun
    assert modal_is_plan_noun("截至年底,各列管计划平均预定进度为")
    assert modal_is_plan_noun("在计划执行方面,甲类计划进度达")
    assert not modal_is_plan_noun("某县计划新建学校")  # the verb
    assert not modal_is_plan_noun("各列管计划平均进度为30%,明年将")  # another modal word


def test_pipeline_plan_progress_is_status():
    from rules_kit import records
    text = "某县施政计划管考\n截至2041年6月底,各列管计划平均预定进度为48%,实际进度为45%,整体进度落后约3%。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (48.0, "%") not in got and (3.0, "%") not in got
