"""(tgtA25) G4a: a count that opens its clause as the time of another statement (``这N个项目建成后,将…``) points back at
things the page has counted; it is no mention and gives no target."""

from extract.rules.target_status import refers_back
from extract.rules.targets import find_targets


def test_count_as_time_of_another_statement():
    assert refers_back("今年改建学校5所,这", "所", "学校建成后将增加学位1500个")
    assert refers_back("", "个", "书屋全部开放后,可服务居民1万人")
    assert not refers_back("今年新建", "所", "学校,建成后将增加学位")


def test_pipeline():
    hits = [(h.value, h.unit) for h in find_targets("今年改建学校5所,这5所学校建成后将增加学位1500个。")]
    assert hits == [(5.0, "所"), (1500.0, "个")]
