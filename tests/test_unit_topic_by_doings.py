"""(unitA37) ``<topic>由X+doing``: the matter named first, then the unit and its doing, no comma between (made-up text)."""

from rules_kit import units

from extract.rules.unit_comma_by_doings import topic_by


def test_topic_then_by_unit_doing():
    assert units("具体收费标准由某镇制定并报区民政局备案。") == [("制定并报区民政局备案", ["某镇"], [])]
    assert units("部分入场券由某校学生会派发到各学院,节目单另行发放。") == [("派发到各学院", ["某校学生会"], [])]
    assert units("联席会议联络员名单由办公室根据成员变动及时调整,并抄报县领导。") == [
        ("根据成员变动及时调整", ["办公室"], [])]


def test_quote_holds_the_topic():
    from rules_kit import records
    r = records("具体收费标准由某镇制定并报区民政局备案。", "unit_assignment")
    assert r and r[0].quote.startswith("具体收费标准由某镇")


def test_no_matter_handled():
    assert units("是我市由小康向现代化迈进的关键时期。") == []  # from-to
    assert units("这项政策最早在2031年由某部提出。") == []  # a time, a report
    assert units("会中由某局报告年度预算。") == []  # a meeting's step
    assert units("新一轮发展规划由四部分组成。") == []  # a make-up
    assert units("参加典礼的毕业生由某学院带队入场。") == []  # people led
    assert units("工程部分由某工程有限公司得标兴建。") == []  # a contract won
    assert units("公墓管理维护费由某镇上交区财政。") == []  # money (U3a)
    assert units("具体采访由某日报社与某市旅委联系。") == []  # 与 as "with"
    assert units("某产业园区则由某研究院直接开发。") == []  # a contrast between parts, a description
    assert units("联席会议由某局、某委组成。") == []  # a body's make-up
    assert units("理由由某局说明。") == []  # fused word


def test_topic_by_guards_directly():
    assert [m.group("topic") for m in topic_by("具体标准由某镇制定。")] == ["具体标准"]
    assert topic_by("选拔结束后由某部统一安排训练。") == []
    assert topic_by("每周由一个社区组织展演一场。") == []  # a frequency: when, not what
    assert topic_by("资金来源为由某集团统一融资。") == []
