from extract.rules.elapsed_years import selects_by_years_since
from extract.rules.targets import find_targets


def test_years_since_graduating():
    assert selects_by_years_since("对某县的毕业", "年", "内的高校毕业生给予补贴")


def test_years_in_use():
    assert selects_by_years_since("完成20台使用超过", "年", "的电梯更新")


def test_term_without_de_stays():
    assert not selects_by_years_since("设备计划使用", "年", ",期满后更新")


def test_other_event_word():
    assert not selects_by_years_since("计划用", "年", "的时间完成")


def test_other_unit():
    assert not selects_by_years_since("使用超过", "台", "的电梯")


def test_in_pipeline():
    values = [h.value for h in find_targets("2031年完成某区30台使用超过15年的电梯更新。", role="plan")]
    assert 15.0 not in values
    assert 30.0 in values
