"""(unitA31) ``由X…`` where the doers are persons of X or persons X chooses or sends (U4a people; U7: ``由…同志兼任`` gives no
row): a body's officers (``秘书``, ``秘书长``, ``召集人``) and choosing or sending persons (``派员``, ``互选``, ``推选``).
Made-up texts."""

from rules_kit import units


def _rows(sentence):
    return [(t, lead) for t, lead, _ in units("某县书屋工作方案\n一、工作安排\n" + sentence + "\n")]


def test_persons_of_a_body_give_no_row():
    assert _rows("由本处秘书互选之。") == []
    assert _rows("由某县人事处派员兼任。") == []
    assert _rows("由召集人指定专人记录书屋例会。") == []


def test_a_body_doing_the_task_keeps_its_row():
    assert _rows("由县图书馆统一提供图书。") == [("统一提供图书", ["县图书馆"])]
