"""(tgtA25) N12a: a collection page's own note on the pieces it gathered (``本页是小编收集整理的…计划6篇``) counts the
page's parts, even with a verb of collecting."""

from extract.rules.rulebook_targets import counts_pieces_of_page


def test_page_note_counts_its_parts():
    assert counts_pieces_of_page("本页是小编收集整理的护林员工作计划", "篇")
    assert counts_pieces_of_page("下面是本站精选的村级工作计划", "篇")


def test_pieces_a_commitment_makes_stay():
    assert not counts_pieces_of_page("今年社区撰写工作计划", "篇")


def test_page_note_right_before_the_count():  # (tgtA37) the genre named after the count
    assert counts_pieces_of_page("在您撰写活动方案时,小编为您整理的", "篇")
    assert counts_pieces_of_page("下面为大家收集了", "篇")
    assert not counts_pieces_of_page("小编为您整理的", "个")  # another measure
    assert not counts_pieces_of_page("今年社区计划发表论文", "篇")
