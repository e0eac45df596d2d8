"""Target cues widened in the tenth round, each on a small made-up text (no sentence of a real document)."""

from extract.cues import commitment_cues
from rules_kit import records


def values(text):
    return sorted(round(r.value, 4) for r in records(text, "numeric_target"))


def test_money_a_budget_sets_aside_is_a_target():
    # ``注资``, ``预留``, ``编列``, ``自筹``: money set aside for what is to come, in a news report too
    assert "target_verb" in commitment_cues("财政预算建议向某青年发展基金注资")
    assert "target_verb" in commitment_cues("有关部门预留")
    assert "target_verb" in commitment_cues("教育部门编列补助款")
    text = "某市财政司昨日公布预算,向学生资助基金注资8亿元,另预留3亿元推行新课程。"
    assert values(text) == [3, 8]
    assert values("某县政府编列每校2万元的设备专款,其余由各校自筹1.5万元。") == [1.5, 2]
    # money already paid stays a status
    assert values("某区去年已向基金注资5亿元。") == []


def test_the_quota_a_report_measures_against_is_a_target():
    from extract.cues import states_quota
    assert states_quota("市级实事项目任务添置课桌椅")
    assert states_quota("省级项目指标任务数标准化考场")
    assert not states_quota("实际添置")
    assert not states_quota("完成年度目标任务的")
    # a report of results: the quota is a target, the result is not
    text = ("关于某区教育局2031年度民生实事项目完成情况的公示\n\n"
            "1.添置课桌椅项目。市级民生实事项目任务添置课桌椅3200套,实际添置3350套,覆盖学校21所。")
    assert values(text) == [3200]
    # ``任务数N``, then what was actually given: the quota stays a target
    plan = "一、重点任务\n\n3、资助贫困学生:任务数210人,上级实际下达的名额是260人。"
    assert values(plan) == [210]


def test_a_budgets_spending_heads_are_targets():
    from extract.rules.target_cues import appropriates
    assert appropriates("本年度卫生预算总开支为", "亿元", "")
    assert appropriates("其中经常开支接近", "亿元", "")
    assert not appropriates("其中经常开支接近", "所", "")
    assert not appropriates("学校日常开支的", "万元", "")
    text = "某市财政司公布新财年预算,本年度文化预算总开支为210亿元,其中经常开支约180亿元。"
    assert values(text) == [180, 210]


def test_a_column_name_at_the_top_of_a_page_is_no_report_title():
    from extract.cues import is_column_head, title_reports_past
    assert is_column_head("计划总结") and is_column_head("规划与总结")
    assert is_column_head("进展情况(二季度)") and is_column_head("落实情况")
    assert is_column_head("序号 | 任务 | 责任单位 | 进展情况 |")
    assert not title_reports_past("计划总结")
    assert not title_reports_past("进展情况")
    assert title_reports_past("某县2031年民生实事项目进展情况")  # a title names whose report it is
    assert title_reports_past("某市教育局2030年工作总结")
    # a plan published under a site's column for plans and reports: its goal numbers are targets
    text = ("计划总结\n\n某省2031年文化工作要点\n\n一、主要任务\n\n1.主要目标。\n\n"
            "公共图书馆人均藏书达1.6册,培育文化示范村40个。")
    assert values(text) == [1.6, 40]
    # a table's header cell at the top: the rows below still give the tasks' targets
    rows = ("序号\n\n工作任务\n\n牵头单位\n\n进展情况\n\n1\n\n新增社区食堂12家,实施老人居家改造300户\n\n区民政局\n\n"
            "已完成选址5处\n\n")
    assert 12 in values(rows) and 300 in values(rows)


def test_a_future_word_after_a_past_one_dates_what_follows_ahead():
    from extract.rules.text import is_past_at
    s = "某局已有20所学校开设课后托管,明年预计再增加12所"
    assert is_past_at(s, s.index("20所")) and not is_past_at(s, s.index("12所"))
    s = "当局又会安排另外9所小学于下学年实施新课程,提早完成去年订下的目标"
    assert not is_past_at(s, s.index("9所"))
    assert is_past_at("会议上通报,去年新建学校6所", 14)  # ``会议`` is no future word
    assert values("某县已有20所学校开设课后托管,下学年预计再增加12所。") == [12]
