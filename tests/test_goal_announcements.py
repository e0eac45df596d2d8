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
