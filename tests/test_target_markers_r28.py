"""(tgtA28) Past and future markers of the target rules, widened by the round's unread texts (made-up texts):
a task list that goes on (``任务还包括``), a cumulative total after a forecast (``预计…累计``), the next step after what
was set (``再新增完成``)."""

from rules_kit import records

from extract.cues import forecasts_total, status_cue
from extract.rules.text import FUTURE_MARKERS, is_past_at


def _values(text):
    return {r.value for r in records(text, "numeric_target")}


def test_task_list_going_on_is_a_future_marker():
    for s in ("今年重点任务还包括新建绿道12公里", "其他任务也包括改造泵站3座", "年度目标主要包括新增床位80张",
              "工作指标还包括培训农民600人次"):
        assert FUTURE_MARKERS.search(s), s
    assert not FUTURE_MARKERS.search("上述项目包括新建绿道12公里")  # no task named


def test_task_list_with_an_outturn_word_later_stays_targets():
    # a figure of 实际到位 further on in the sentence no longer makes every task of the list a result
    s = "其余主要任务还包括,新建停车场6个,新增充电桩450个,实际到位外资3亿美元以上。"
    assert not is_past_at(s, s.index("6个"))
    got = _values("某县2041年重点任务分工\n\n" + s + "\n")
    assert {6.0, 450.0} <= got
    # Traditional script
    got = _values("某縣2041年重點任務分工\n\n其餘主要任務還包括,新建停車場6個,新增充電樁450個,實際到位外資3億美元以上。\n")
    assert {6.0, 450.0} <= got


def test_a_result_list_keeps_its_outturn_word():
    s = "去年,全县新建停车场6个,实际到位外资3亿美元。"
    assert is_past_at(s, s.index("6个"))


def test_forecast_before_a_cumulative_total():
    s = "预计今年累计完成改造危房900户"
    assert forecasts_total(s, s.index("累计"))
    assert status_cue(s[:s.index("900")]) is None
    assert not forecasts_total("去年累计完成改造危房900户", 2)
    assert status_cue("去年累计完成改造危房") is not None  # a total reported stays a status outside a plan
    got = _values("某厅:预计今年累计完成改造危房900户\n\n记者甲报道,预计2041年累计完成改造危房900户、加固桥梁40座。\n")
    assert {900.0, 40.0} <= got
    got = _values("某廳:預計今年累計完成改造危房900戶\n")  # Traditional script
    assert 900.0 in got


def test_next_step_after_what_was_set():
    s = "计划在完成原定任务的基础上,再新增完成改造危房300户"
    assert not is_past_at(s, s.index("300"))
    got = _values("某部介绍,计划在提前完成原定任务基础上,再新增完成改造危房300户、加固桥梁20座。\n")
    assert {300.0, 20.0} <= got
    s2 = "全年新增完成改造危房300户"
    assert is_past_at(s2, s2.index("300"))  # a count of works done


def test_the_aim_stated_without_a_colon():
    s = "去年全省新建了80所乡村幼儿园;今年全省的目标是新建改扩建120所,其中70所在山区。"
    assert not is_past_at(s, s.index("120"))
    got = _values("据悉," + s + "\n")
    assert {120.0, 70.0} <= got
    assert 80.0 not in got
    got = _values("據悉,去年全省新建了80所鄉村幼兒園;今年全省的目標是新建改擴建120所。\n")  # Traditional script
    assert 120.0 in got and 80.0 not in got


def test_count_run_into_a_date_or_the_next_item():
    from extract.rules.target_cues import count_runs_into_count
    assert count_runs_into_count("人", "9月1日到岗")
    assert count_runs_into_count("条", " 3.点标:20个")
    assert count_runs_into_count("个", " 4、裁判员:12名")
    assert not count_runs_into_count("项", "12项实事")  # a count run into a count of items: a name
    assert not count_runs_into_count("条", "3.5公里")  # a decimal, no item number
    got = _values("某镇文体节活动方案\n\n三、人员安排\n\n(1)引导员6人9月1日上午到岗,负责观众入场引导和散场疏导。\n\n"
                  "(2)摄影2人,负责活动全程拍摄。\n")
    assert {6.0, 2.0} <= got
    # the items of a section run in on one line (a table or list flattened by the page)
    got = _values("某县徒步节活动方案\n\n一、活动时间 2041年10月1日\n\n二、活动内容 (一)活动地点:某湖公园 (二)活动规模 "
                  "1.参加人数:800人 2.徒步路线:4条 3.补给点:12个 三、保障要求 各单位做好安全保障。\n")
    assert {800.0, 4.0, 12.0} <= got
    got = _values("某縣徒步節活動方案\n\n一、活動時間 2041年10月1日\n\n二、活動內容 (一)活動規模 1、參加人數:800人 "
                  "2、徒步路線:4條 3、補給點:12個 三、保障要求 各單位做好安全保障。\n")  # Traditional script, 1、 numbering
    assert {800.0, 4.0, 12.0} <= got


def test_measures_of_works_reported_opened():
    from extract.rules.target_cues import describes_opened_works
    assert describes_opened_works("日前,某镇中心小学新校区正式投入使用。", "该校总投资2600万元,建筑面积5400平方米。")
    assert describes_opened_works("9月1日,某街道第二幼兒園落成啟用", "該園占地4000平方米")
    assert not describes_opened_works("某镇中心小学新校区将于明年投入使用。", "该校总投资2600万元")  # still ahead
    assert not describes_opened_works("某镇中心小学新校区正式投入使用。", "全镇还将新建幼儿园2所")  # another subject
    text = ("某县新闻网讯\n\n近日,某镇中心幼儿园落成启用。该园总投资650万元,占地面积7200平方米,"
            "可容纳幼儿240名。\n")
    assert not {650.0, 7200.0, 240.0} & _values(text)
    trad = "某縣新聞網訊\n\n近日,某鎮中心幼兒園落成啟用。該園總投資650萬元,占地面積7200平方米。\n"
    assert not {650.0, 7200.0} & _values(trad)
    ahead = "某县新闻网讯\n\n某镇中心幼儿园计划年底投入使用。该园总投资650万元,可容纳幼儿240名。\n"
    assert {650.0, 240.0} <= _values(ahead)


def test_title_of_a_year_s_proposal_handling_summary_reports():
    from extract.cues import title_reports_past
    assert title_reports_past("2041年某区教育局办理人大代表建议和政协委员提案总体情况")
    assert title_reports_past("某局2041年建议提案办理工作情况")
    assert not title_reports_past("2042年建议提案办理工作方案")
    assert not title_reports_past("您的提案收悉,现将办理情况答复如下:")  # a reply letter's opening, no title
    text = ("2041年某区教育局办理人大代表建议和政协委员提案总体情况\n\n2041年,我局共承办建议、提案22件。"
            "主办件解决率达95%,办理结果为解决采纳18件,留作参考2件。\n")
    assert not {95.0, 18.0, 2.0} & _values(text)
    trad = ("2041年某區衛生局辦理人大代表建議和政協委員提案總體情況\n\n2041年,我局共承辦建議、提案22件。"
            "主辦件解決率達95%,辦理結果為解決採納18件。\n")  # Traditional script
    assert not {95.0, 18.0} & _values(trad)
