"""``rules.measure_scopes.counts_places_covered``: places counted in the bracket after 全覆盖 are where (N12b)."""

from extract.rules.measure_scopes import counts_places_covered


def test_places_in_a_cover_bracket_are_where_the_measure_applies():
    assert counts_places_covered("农家书屋所有行政村全覆盖(行政村数", "个", ")")
    assert counts_places_covered("每个乡镇配备书屋管理员全覆盖(", "个", "乡镇28名)")


def test_works_and_other_counts_are_left_to_other_cues():
    assert not counts_places_covered("书屋全覆盖(新建书屋", "个", ")")
    assert not counts_places_covered("书屋全覆盖(", "个", "书屋)")
    assert not counts_places_covered("在", "个", "乡镇新建书屋")
