"""Tests for ``goal_launches``: the launch of a year's work told as news (O3). Made-up text."""

from extract.rules.goal_launches import reports_launch


def test_launch_told_done():
    assert reports_launch("2030年9月,某市正式启动2031年民生实事候选项目编排工作,广泛征集意见")
    assert reports_launch("日前,某厅印发《某省送戏下乡实施方案》,启动2031年送戏下乡惠民工程")
    assert reports_launch("日前,某廳聯合印發(fā)《方案》,啟動(dòng)2031年送戲下鄉工程")  # pinyin notes left by a scrape


def test_launch_still_ahead():
    assert not reports_launch("某市将于3月正式启动2031年民生实事项目征集工作")
    assert not reports_launch("近日,某局表示,计划启动2031年校舍改造工程")
    assert not reports_launch("3月底前正式启动2031年托育服务项目")


def test_no_launch_or_no_told_word():
    assert not reports_launch("启动2031年全民健身活动月")  # nothing tells it done
    assert not reports_launch("日前,某市印发《方案》,2031年新建公园5个")
    assert not reports_launch("日前,某市启动了新一轮改造,2031年完成")  # no year right after the verb
