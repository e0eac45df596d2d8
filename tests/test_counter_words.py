from extract.rules.counter_words import counter_opens_word
from extract.rules.targets import find_targets


def _values(text, role="plan"):
    return [(h.value, h.unit) for h in find_targets(text, role=role)]


def test_cue_fires_on_counter_that_opens_a_word():
    assert counter_opens_word("组", "织指挥体系")
    assert counter_opens_word("人", "力资源培训")
    assert counter_opens_word("元", "旦前后")
    assert counter_opens_word("位", "于某区")
    assert counter_opens_word("組", "織架構")  # Traditional script
    assert counter_opens_word("部", "門協調")


def test_cue_spares_counts_before_a_new_word():
    assert not counter_opens_word("组", "成员")
    assert not counter_opens_word("人", "参加培训")
    assert not counter_opens_word("所", "学校")
    assert not counter_opens_word("名", "义务教育阶段学生")
    assert not counter_opens_word("万人", "民")  # a measure of two characters
    assert not counter_opens_word("人", "")


def test_heading_number_run_into_word_is_no_target():
    assert _values("2031年某县计划：2组织指挥体系健全，设立甲园1所。") == [(1.0, "所")]


def test_year_run_into_word_is_no_target():
    assert all(v != 2031.0 for v, _ in _values("某区将制定2031人力资源的培训计划方案，培训医生300人。"))


def test_count_before_new_word_kept():
    assert (300.0, "人") in _values("2031年某区计划培训社区医生300人参加轮训。")
    assert (4.0, "组") in _values("2031年某镇计划组建志愿服务队4组成员轮值。") or \
        (4.0, "组") in _values("2031年某镇计划组建志愿服务队4组。")


def test_case_and_tenth_measures():
    assert _values("2031年某县计划办理35案软硬体计划。") == [(35.0, "案")]
    assert _values("2031年目标让公共化幼儿园达到4成比例。") == [(4.0, "成")]
    assert _values("2031年某县计划控管预算1.5成经费。") == [(1.5, "成")]


def test_tenth_not_read_where_cheng_opens_a_word():
    assert all(u != "成" for _, u in _values("2031年某县计划组建3成员小组。"))
    assert all(u != "成" for _, u in _values("2031年某县将有5成为示范校。"))
    assert all(u != "成" for _, u in _values("2031年某县预计4成果转化落地。"))
