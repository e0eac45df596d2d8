"""Made-up sentences for ``extract.rules.goal_announcements``: a clause announcing goals with a colon (O3h)."""

from extract.rules.goal_announcements import announces_goals_stated
from extract.rules.goals import find_goals


def test_announced_and_stated():
    s = "其中,某领域围绕核心任务明确行动方向,提出主要目标:服务需求得到更好满足,人均预期寿命提高到81岁"
    assert announces_goals_stated(s)
    assert announces_goals_stated("同时明确发展目標：服務體系更加健全")
    hits = find_goals(s + "。", 0, False)
    assert len(hits) == 1 and hits[0].year is None


def test_near_misses():
    assert not announces_goals_stated("同时明确主要指标:每千人口托位数达到4.5个")  # indicators (O3h)
    assert not announces_goals_stated("规划还提出了五个方面的目标和任务")  # names goals, states none
    assert not announces_goals_stated("其中,某领域明确行动方向,提出主要目标:")  # nothing after the colon
    assert not announces_goals_stated("某区提出主要任务:加快建设")  # tasks, not goals
    assert find_goals("同时明确主要指标:每千人口托位数达到4.5个。", 0, False) == []


def test_goals_listed_after_baokuo():
    from extract.rules.goal_announcements import names_goals_listed
    s = "某县印发《书香城市建设纲要》,纲要提出两个总体目标和五大建设方向,包括建成覆盖城乡的阅读网络、培育全民阅读风尚"
    assert names_goals_listed(s) and announces_goals_stated(s)
    assert names_goals_listed("《某市发展规划》列出未来五年的六个主要目標,包括保持經濟平穩增長、改善生態環境")
    assert names_goals_listed("《意见》明确规定了行动的主要目标,即学前教育普及普惠、义务教育优质均衡")
    hits = find_goals("方案列出三个主要目标,包括扩大托育供给、提高服务质量。", 0, False)
    assert len(hits) == 1 and hits[0].year is None


def test_goals_listed_near_misses():
    from extract.rules.goal_announcements import names_goals_listed
    assert not names_goals_listed("规划提出的目标,包括托位数在内,均已实现")  # an attribute: goals reported
    assert not names_goals_listed("规划提出五个领域的主要目标和措施")  # goals named, none listed
    assert not names_goals_listed("某县提出三项重点任务,包括建设公园")  # tasks, not goals
