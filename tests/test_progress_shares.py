from extract.rules.progress_shares import completes_share_of_plan
from extract.rules.targets import find_targets


def test_share_of_plan_count_done():
    assert completes_share_of_plan("全市已有30所投入使用,完成年初32所目标任务的", "%")


def test_share_of_whole_progress():
    assert completes_share_of_plan("某项目完成总体进度的", "%")


def test_pinyin_notes_read_past():
    assert completes_share_of_plan("完成年初32所目標(biāo)任務(wù)的", "%")


def test_pledge_is_not_status():
    assert not completes_share_of_plan("确保完成年度目标任务的", "%")


def test_rate_to_reach_is_not_share_of():
    assert not completes_share_of_plan("2031年项目完成率达到", "%")


def test_other_unit():
    assert not completes_share_of_plan("完成年初32所目标任务的", "所")


def test_in_pipeline():
    values = [h.value for h in find_targets("甲项目完成总体进度的96.5%。2031年新建幼儿园4所。", role="plan")]
    assert 96.5 not in values
    assert 4.0 in values


def test_rate_beyond_plan():
    """(tgtA27) a completion or execution rate above 100%: done beyond the plan (N13a)."""
    from extract.rules.progress_shares import rate_beyond_plan
    assert rate_beyond_plan("全区托育服务覆盖完成率", "%", "104.5")
    assert rate_beyond_plan("预算执行率为", "%", "112")
    assert not rate_beyond_plan("项目完成率达到", "%", "100")  # a plan's level
    assert not rate_beyond_plan("覆盖率", "%", "104")  # no rate of completion
    assert [h.value for h in find_targets("全区托育服务覆盖完成率104.5%。", role="none")] == []


def test_share_of_year_task_beyond_plan():
    """(tgtA27) ``完成年度任务108%``: the share of the year's task done, above 100%, is no year's target (N13a)."""
    from extract.rules.progress_shares import rate_beyond_plan
    assert rate_beyond_plan("改造户厕9000户,完成年度任务", "%", "108.5")
    assert not rate_beyond_plan("一季度完成年度任务", "%", "25")  # a step of the plan
    assert [h.value for h in find_targets("全县改造户厕9000户,完成年度任务108.5%。", role="none") if h.unit == "%"] == []
