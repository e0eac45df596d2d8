"""(tgtA25) N13: a headline that closes on finished works opened reports works done."""

from extract.rules.target_cues import title_reports_done


def test_opening_headlines():
    assert title_reports_done("东湾镇中心小学新校舍落成启用")
    assert title_reports_done("城北社区养老服务中心正式启用")
    assert title_reports_done("全区9所新建幼儿园投入使用")


def test_opening_still_ahead_or_planned():
    assert not title_reports_done("城北社区养老服务中心将于9月启用")
    assert not title_reports_done("东湾镇中心小学新校舍2032年落成")
    assert not title_reports_done("东湾镇中心小学新校舍年底前投入使用")
    assert not title_reports_done("东湾镇中心小学新校舍建设方案")
