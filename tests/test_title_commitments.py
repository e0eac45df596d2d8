"""Commitments written as a run of 《》 titles (N3, twenty-first round)."""

from extract.rules.targets import find_targets
from extract.rules.title_commitments import commitment_title_spans, counts_title_run, is_commitment_title
from test_rules import targets


def test_commitment_title():
    assert is_commitment_title("改建图书室8间")
    assert is_commitment_title("为600名老人开展上门体检")


def test_document_title_is_none():
    assert not is_commitment_title("关于改建图书室的实施方案")
    assert not is_commitment_title("2031年重点民生项目清单")
    assert not is_commitment_title("对低收入家庭学生入学资助")  # no amount


def test_lone_title_stays_masked():
    assert commitment_title_spans("某镇将落实《改建图书室8间》的要求。") == []


def test_run_of_titles():
    text = "方案列出《改建图书室8间》、《培训护林员150名以上》两项任务。"
    assert [text[a:b] for a, b in commitment_title_spans(text)] == ["改建图书室8间", "培训护林员150名以上"]


def test_count_after_the_run():
    assert counts_title_run("方案列出《改建图书室8间》《培训护林员150名》")
    assert not counts_title_run("方案列出改建图书室8间,")


def test_run_read_as_targets():
    hits = find_targets("某县印发《通知》,内容包括《改建图书室8间》《培训护林员150名以上》《对低收入家庭学生入学资助》3项实事。",
                        role="none")
    assert sorted((h.value, h.unit, h.comparator) for h in hits) == [(8.0, "间", "="), (150.0, "名", ">=")]


def test_end_to_end():
    ts = targets("某区办公室印发《实施方案》。方案主要内容包括《建成村道42公里》《新增文化广场2个》5个实事的目标任务。")
    assert sorted((t.value, t.unit) for t in ts) == [(2.0, "个"), (42.0, "公里")]
