"""(tgtA25) G3a, N8: a share whose decimal point the scrape set off with blanks (``增长4 . 5%``) is one value."""

from extract.rules.targets import find_targets


def test_blanks_around_the_point():
    assert [(h.value, h.unit) for h in find_targets("居民收入增长4 . 5%左右")] == [(4.5, "%")]
    assert [(h.value, h.unit) for h in find_targets("居民收入增长4 .5%左右")] == [(4.5, "%")]


def test_list_marker_not_joined():
    assert [(h.value, h.unit) for h in find_targets("2. 5%的学校达到标准")] == [(5.0, "%")]
