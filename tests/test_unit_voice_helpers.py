"""(unitA25) Two prose frames widened: ``协同相关部门,…`` in the text's own voice read as a doerless ``会同`` (U4a, U7d),
also after a chain of its own clauses with an adverb of manner; an office set up with its host in brackets and the
clause of who holds its post before its charge (U7d). Made-up texts."""

from rules_kit import units


def test_a_doerless_with_related_departments_after_the_voices_clauses():
    text = ("今年以来,某县卫健局扎实推进托育工作。\n认真落实《托育机构管理办法》,充分发挥示范园作用,积极协同有关部门,"
            "建成县乡村三级托育服务网络。\n")
    assert units(text) == [("建成县乡村三级托育服务网络", [], ["有关部门"])]


def test_a_named_doer_before_the_with_gives_no_doerless_row():
    text = "某县卫健局积极协同有关部门,建成县乡村三级托育服务网络。"
    assert all(lead != [] for _, lead, _ in units(text))


def test_an_office_with_its_host_in_brackets_and_its_head_named():
    text = ("三、组织机构\n成立科普宣传周活动筹备组,筹备组下设办公室(设某镇科协),由王五兼任办公室主任,"
            "负责宣传周各项活动的统筹安排。\n")
    assert ("宣传周各项活动的统筹安排", ["办公室"], []) in units(text)


def test_a_helper_after_by_and_an_events_helping_duties():
    assert units("五、安全保障\n由某县交警大队协助维持赛道周边交通秩序。\n") == [("维持赛道周边交通秩序", [], ["某县交警大队"])]
    assert units("五、安全保障\n由某县消防救援大队配合某县体育局做好场馆消防检查。\n") == [
        ("做好场馆消防检查", ["某县体育局"], ["某县消防救援大队"])]
