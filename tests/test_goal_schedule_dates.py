"""Made-up sentences for ``extract.rules.goal_schedule_dates``: a schedule step set at a month of a written year (O3)."""

from extract.rules.goal_schedule_dates import schedule_step_date
from extract.rules.goals import find_goals


def test_step_dates():
    assert schedule_step_date("实施某路改造工程,投资1.2亿元,于2031年6月30日前完成")[0] == 2031
    assert schedule_step_date("2031年4月开工建设,年底全部完工")[0] == 2031
    assert schedule_step_date("2031年4月中旬确定建设学校名单,5月底前制订验收办法")[0] == 2031
    assert schedule_step_date("甲园改扩建工程,于2032年8月底前投入使用")[0] == 2032


def test_goals_from_step_dates():
    hits = find_goals("实施某路改造工程,投资1.2亿元,于2031年6月30日前完成。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2031
    hits = find_goals("2031年4月开工建设,年底全部完工。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2031


def test_near_misses():
    assert schedule_step_date("于6月30日前完成改造")[0] is None  # no written year (O3j)
    assert schedule_step_date("截至2031年3月底,已建成幼儿园5所")[0] is None  # a status date
    assert schedule_step_date("2031年4月开工了,目前进展顺利")[0] is None  # a deed told done
    assert schedule_step_date("2031年3月底前已完成主体工程")[0] is None  # done before the date
    assert schedule_step_date("请各校于2031年4月15日前回复报名意向")[0] is None  # a request's reply date
    assert schedule_step_date("并于2031年1月15日前将方案报县政府")[0] is None  # a continuation of a step before
    assert schedule_step_date("某园于2031年建成")[0] is None  # a year alone, no month: other cues decide
    assert find_goals("请各校于2031年4月15日前回复报名意向。", 0, False) == []


def test_steps_after_a_colon_or_in_a_list():
    """(goalA26) a step list after a colon, its steps parted by 、, and months written as 元月 or in Chinese numerals."""
    from extract.rules.goal_schedule_dates import schedule_step_date
    s = "各校区建设节点已明确:2034年3月动工、2034年9月份前完成主体结构"
    assert schedule_step_date(s) == (2034, s.find("2034"))
    s2 = "根据县里部署,2035年元月份开展全县适龄儿童视力筛查"
    assert schedule_step_date(s2) == (2035, s2.find("2035"))
    s3 = "根据部署,2035年三月开展全县燃气管道排查"
    assert schedule_step_date(s3)[0] == 2035
    assert schedule_step_date("根据部署,2035年元月开展了全县视力筛查") == (None, -1)  # told as done
    assert schedule_step_date("截至2035年元月,共开展视力筛查3次") == (None, -1)  # a cut-off inside the clause
