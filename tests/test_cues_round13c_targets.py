"""Target cues of the thirteenth round's third target engineer (targets13c): progress and completion reports of a
year's 实事 / 民生 list, tested on made-up variants of the genre's wording (mainland, Taiwan, Hong Kong) and
near-misses that must not fire; no sentence of a real text."""

from extract.cues import states_quota
from extract.rules.target_cues import (heading_counts_task, numbered_count_task, reports_task_met,
                                       title_reports_list)
from extract.rules.text import is_past_at
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


def values(text):
    return [v for v, _u, _c in targets(text)]


# -- a result closed by the year's task it meets (w19-putuo-weimin-shishi-wancheng; ``完成率`` also in
#    w19-hangzhou-minsheng-shishi-wancheng, w7-taizhong's ``達成率``: a plainly general cue, see the commit) -----------


def test_reports_task_met():
    for after in ("张养老床位,超额完成年度任务。", "个,完成年度任务的118%。", "所,提前完成全年目标", "間,已達成年度目標。",
                  "班，超額完成全年目標。", "万个,完成率168%。", "個，整體完成率為128.5%", "户;全面完成年度计划"):
        assert reports_task_met(after), after
    for after in ("张,确保完成年度任务。",  # a task to be met (a future word before the verb)
                  "张,力争超额完成年度任务",
                  "个,实际减少129个,完成率为119.44%",  # a later clause: the first number is the quota
                  "个。完成年度任务。",  # another sentence
                  "所,完成校舍改造"):  # no year's task named
        assert not reports_task_met(after), after


def test_result_closed_by_the_task_met_is_no_target():
    cases = (
        "2023年某区为民办实事项目完成情况\n(一)新增养老床位250张\n新增378张养老床位,超额完成年度任务。",  # mainland
        "某縣2024年施政成果報告\n一、增設公共托嬰中心3處\n已增設公共托嬰中心4處，超額達成年度目標。",  # Taiwan
        "某區2024年施政項目進度報告\n1.增設長者日間中心3間\n增設長者日間中心5間，完成率為166%。",  # Hong Kong
    )
    for text, want in zip(cases, (250.0, 3.0, 3.0)):
        assert values(text) == [want], (text, targets(text))
    # a plan's line that is to meet the task stays a target
    assert values("2025年工作要点\n一、养老服务\n全年新增养老床位300张,确保完成年度任务。") == [300.0]


# -- a task heading with its count, no clause mark (w19-putuo: the headings of a report's items) -------------------


def test_heading_counts_task():
    for t in ("新增养老床位250张", "完成120张认知障碍照护床位改造", "開設暑期託育班20班", "增設長者日間中心３間",
              "新建公办幼儿园5所", "改造老旧小区12个"):
        assert heading_counts_task(t), t
    for t in ("甲局牵头工作(8项)",  # a name with a count, no verb
              "2024年工作回顾", "新增养老床位", "新建幼儿园5所,改扩建3所",  # no count; a clause mark (heading_states_task)
              "完成第3批试点", "实施十四五规划", "完成2024年度评估", "建设3号教学楼"):  # an ordinal, a year, a name
        assert not heading_counts_task(t), t


def test_numbered_count_task():
    for t in ("(四)新增2家智慧养老院", "（十一）新增400个公共充电桩", "3.開設暑託班20班", "二、增設長者中心3間"):
        assert numbered_count_task(t), t
    for t in ("新增2家智慧养老院", "(四)在7所学校开设托班", "2025.新增3所", "(一)养老服务"):
        assert not numbered_count_task(t), t


def test_report_headings_state_the_tasks_bodies_the_results():
    cases = (
        # mainland: headings of a report's items, then the paragraph of each result
        ("2023年某区为民办实事项目完成 2024年01月19日\n2023年共安排10个项目,已全部完成,具体情况如下:\n"
         "(一)新增养老床位250张\n新增养老床位378张。\n(二)开设20个暑托班\n开设暑托班27个。\n",
         [250.0, 20.0]),
        # Taiwan
        ("某縣2024年施政成果盤點\n一、增設公共托嬰中心3處\n增設公共托嬰中心4處。\n二、新建運動中心1座\n"
         "運動中心於10月啟用。\n", [3.0, 1.0]),
        # Hong Kong, full-width digits
        ("某區2024年民生項目進度報告\n（一）增設長者飯堂３間\n增設長者飯堂５間。\n（二）提供託管名額２００個\n"
         "提供託管名額２４０個。\n", [3.0, 200.0]),
    )
    for text, want in cases:
        assert values(text) == want, (text, targets(text))


# -- the title of a report on a year's list (w19-shanwei …盘点, w19-putuo …项目完成 <date>) ------------------------


def test_title_reports_list():
    for t in ("2024年某市十件民生实事盘点", "2023年某区29项为民办实事项目完成 2024年01月19日", "某市2024年民生实事晒成绩单",
              "某区交出2024年民生答卷", "某縣2024年民生實事辦理情況", "某區施政項目進度報告(2024年)",
              "2025年某市民生实事项目进展情况(截至5月15日)"):
        assert title_reports_list(t), t
    for t in ("2025年民生实事项目", "2025年民生实事项目计划", "民生实事项目任务分解表", "关于做好民生实事项目的通知",
              "某市2025年将完成十件民生实事", "施政成果", "2024年教育工作总结"):
        assert not title_reports_list(t), t


def test_report_title_makes_bare_results_status():
    cases = (
        "2024年某市十件民生实事盘点\n全市新增普惠托位1350个,新建幼儿园4所。",
        "某縣2024年民生實事成績單\n全縣新增公共托育名額600個。",
        "某區交出2024年民生答卷\n全區增設長者飯堂5間。",
    )
    for text in cases:
        assert not values(text), (text, targets(text))
    # a plan's list under a plan title stays targets
    assert values("2025年某市十件民生实事\n全市新增普惠托位1350个。") == [1350.0]


# -- a count of works done (w19-shanwei ``新增完成``, w18-xining ``共完成``: two sites) --------------------------------


def test_done_count_is_past():
    for s in ("新增完成80个自然村污水治理项目", "全年共完成96所培训机构整治", "共計完成12間校舍改建", "合计完成投资3亿元"):
        assert is_past_at(s, len(s) - 4), s
    for s in ("新增80个自然村污水治理项目", "确保完成96所培训机构整治", "完成率达到95%"):
        assert not is_past_at(s, len(s) - 3), s


def test_done_count_and_its_breakdown_are_no_targets():
    text = "一是新增完成80个自然村生活污水治理项目,其中甲县完成28个、乙市28个、丙县24个。"
    assert not values(text), targets(text)
    assert not values("今年共完成12間校舍改建。")


# -- the project of a year's list as the subject of its task, in a report (w16-hecheng: a plainly general cue) --------


def test_list_project_states_its_quota():
    assert states_quota("市重点民生实事项目实施")
    assert states_quota("縣級民生實事項目改建")
    assert states_quota("惠民实事项目为新增")
    assert not states_quota("民生实事项目已新建")  # done
    assert not states_quota("民生实事项目建成")
    assert not states_quota("民生实事项目实际完成")
    cases = (
        ("某区2025年民生实事项目完成情况公示\n现将完成情况公示如下。\n一、市级项目\n市级民生实事项目新建幼儿园3所。", [3.0]),
        ("某縣2024年民生實事辦理情況\n現將辦理情況公布如下。\n一、縣級項目\n縣級民生實事項目改建校舍12間。", [12.0]),
        ("某區2024年民生實事完成情況\n一、區級項目\n區級民生實事項目增設長者飯堂３間。", [3.0]),
    )
    for text, want in cases:
        assert values(text) == want, (text, targets(text))
    assert not values("某区2025年民生实事项目完成情况公示\n一、市级项目\n市级民生实事项目建成幼儿园3所。")


# -- a progress table's short row keeps its progress columns (w16-yueqing-minshi-jiaoyu-jinzhan, one site; plainly
#    general: a row that lost its merged unit cell is still under the header's columns) --------------------------------

from extract.line_tables import row_roles  # noqa: E402


def test_short_row_keeps_progress_columns():
    roles = ["content", "deadline", "other", "other", "lead", "people"]
    assert row_roles(roles, 5) == ["content", "deadline", "other", "other", "content"]
    assert row_roles(roles, 3) == ["content", "deadline", "other"]
    assert row_roles(["content", "content", "lead"], 2) == ["content", "content"]  # no progress column: as before


def test_results_in_a_short_row_are_no_targets():
    cases = (
        ("项目内容 | 9月计划进度 | 实际进度情况 | 完成率 | 责任单位 | 分管领导 |\n"
         "(1)新建幼儿园6所。 | 完成主体。 | 新建幼儿园3所。 | 50% | 市教育局 | 张三 |\n"
         "(2)新增托位800个。 | 新增托位300个 | 新增托位520个,开设托班12个。 | 65% | 李四 |\n", [6.0, 800.0]),
        ("項目內容 | 預定進度 | 執行情形 | 主辦機關 |\n"
         "(1)增設公共托育中心4處。 | 完成規劃 | 已設立2處 | 社會局 |\n"
         "(2)新建運動中心2座。 | 動工 | 完成基礎工程1座 |\n", [4.0, 2.0]),
        ("項目 | 進度 | 實際進展 | 負責部門 |\n"
         "1.增設長者飯堂５間。 | 選址 | 開設３間 | 社署 |\n"
         "2.提供託管名額２００個。 | 招標 | 提供１２０個 |\n", [5.0, 200.0]),
    )
    for text, want in cases:
        assert values(text) == want, (text, targets(text))


# -- a unit that undertakes the list's works, in a report (w6-quanzhou-youeryuan-jinzhan, one site; plainly general) --


def test_undertaken_task_is_the_quota():
    assert states_quota("某局承担市政府为民办实事新建")
    assert states_quota("本署承擔民生實事增設長者飯堂")
    assert states_quota("我局承担的年度任务为新增")
    assert not states_quota("某局承担市政府为民办实事已新建")  # done
    assert not states_quota("某局承担实事项目,实际完成")
    assert not states_quota("承担费用")  # no task named
    cases = (
        ("2025年某局为民办实事项目1-6月进展情况\n2025年某局承担市政府为民办实事新建公办幼儿园8所。截至6月底,已开工5所。", [8.0]),
        ("某處2024年民生實事辦理情況\n本處承擔縣府民生實事改建校舍12間。目前完成設計。", [12.0]),
        ("某署2024年施政項目進度報告\n本署承擔的施政任務為增設長者飯堂５間。現已開設３間。", [5.0]),
    )
    for text, want in cases:
        assert values(text) == want, (text, targets(text))
