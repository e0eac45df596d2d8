"""(unitB26) ``责请X…`` orders a named organisation as ``责成X…`` does (rules.unit_goal_phrasings.ordered_unit_task).
Made-up sentences."""

from rules_kit import units

from extract.rules.unit_goal_phrasings import ordered_unit_task


def test_ze_qing_orders_the_named_body():
    assert units("市长表示,开学在即,责请教育局督导各校做好校园消毒工作。") == [
        ("督导各校做好校园消毒工作", ["教育局"], [])]
    hit = ordered_unit_task("责请卫生局加强夜市食品抽检")[0]
    assert hit.lead == ["卫生局"] and hit.task == "加强夜市食品抽检"


def test_ze_qing_names_no_collective():
    assert ordered_unit_task("责请各机关加强防疫宣导") == []
