"""Target cues widened in the eleventh round against variants of the genre's wording, each on a small made-up
text (no sentence of a real document)."""

from extract.cues import is_furniture
from extract.structure import structure
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


# -- a page's reading widget is furniture, not a heading (w17-shilin, w17-taiwan-banban, w17-xxqu: three sites) --


def test_reading_widgets_and_file_boxes_are_furniture():
    for line in ("字体:", "字体: 大 中 小", "【字体:打印", "字體：大 中 小", "字級:", "字级: 小 中 大", "字型:",
                 "字体大小: ]保护视力色:", "文档名称:", "文檔名稱："):
        assert is_furniture(line), line
    for line in ("字体设计课程:", "文字:", "文档:", "名称:", "一、字体规范"):
        assert not is_furniture(line), line


def test_a_widget_line_opens_no_section_of_the_plan():
    # under a phantom ``字体:`` heading a news page's review of last year read as the plan's outline
    for widget in ("字体:", "字級:", "【字体:打印", "文档名称:"):
        page = ("某县召开教育工作会议\n" + widget + "\n大 中 小\n"
                "会上,局长介绍了全县的情况。全县学前三年毛入园率96.5%,在园幼儿1.2万人。")
        assert targets(page) == [], widget
    # a real colon heading still opens its section
    assert (95.0, "%", ">=") in targets("某县教育规划\n主要目标:\n学前三年毛入园率达到95%以上。")


# -- a news byline's ``时间:`` dates the page (exception to the two-site rule: one site, w17-shilin) ------------


def test_a_byline_time_label_dates_the_page():
    for line, date in (("时间:2015年03月20日信息来源:某市教育网点击:次【", "2015-03-20"),
                       ("時間:2013年01月23日來源:《某藝術報》作者:某某", "2013-01-23"),  # Taiwan / Hong Kong script
                       ("【时间:2024-05-06  来源:某区人民政府】", "2024-05-06"),
                       ("时间 : 2021年6月30日 来源:某新区管委会", "2021-06-30")):
        assert structure("某县召开教育大会\n" + line + "\n正文第一段。").meta.date == date, line


def test_no_date_from_an_upload_stamp_or_an_aggregator_list():
    # a doc-sharing page's upload time alone is not the document's date
    assert structure("某区教育局工作要点\n时间:2018-02-05\n正文。").meta.date is None
    # an aggregator's list of other links repeats the label: none of them dates the page
    page = "某县新闻\n时间:2024-07-12 来源:甲网 其他链接\n时间:2024-07-13 来源:乙网 其他链接\n正文。"
    assert structure(page).meta.date is None
    # an event's time inside the body is no byline
    assert structure("某县活动通知\n活动安排如下。\n活动时间:2024年5月1日\n正文。").meta.date is None


def test_a_dated_byline_makes_last_years_results_past():
    page = ("某县召开2025年教育工作会议\n时间:2025年02月20日 来源:某县教育局\n"
            "2024年,全县学前三年毛入园率达96.5%,完成18所幼儿园督导评估。\n"
            "到2026年,全县学前三年毛入园率达到98%以上。")
    got = targets(page)
    assert (98.0, "%", ">=") in got and (96.5, "%", "=") not in got and (18.0, "所", "=") not in got


# -- the planned reach of works and services: ``为N个小区新增…``, ``对N户家庭…改造``, ``为全州N万名…`` -------------
# (w17-chongming, w17-qiandongnan, w17-pingyang: three sites; w17-qu-wenlvju's ``为23个行政村送…`` stands in a report)

NEWS = "某区新闻\n"


def test_things_counted_that_works_are_done_to():
    for sentence, want in (("今年为12个老旧小区加装电梯。", (12, "个")),
                           ("*为8个住宅小区新增电动自行车充电设施", (8, "个")),
                           ("年內將為30個社區新增長者服務點。", (30, "个")),
                           ("为全州5000户困难家庭实施适老化改造。", (5000, "户")),
                           ("对2000户特殊困难老年人家庭适老化改造,打造示范点。", (2000, "户")),
                           ("对全市80个农村路口按照统一的“五个一”标准进行改造提升。", (80, "个")),
                           ("为全盟1.5万名适龄妇女免费做两癌筛查。", (1.5, "万名")),
                           ("为８个小区增配消防设施。", (8, "个"))):
        got = [(v, u) for v, u, _ in targets(NEWS + sentence)]
        assert want in got, sentence


def test_places_addressed_capacities_and_results_stay_out():
    for sentence, value in (("对12个山区县的学校给予补助。", 12),
                            ("对全县20个乡镇按每镇10万元的标准补助改造资金。", 20),
                            ("该中心可为2000名幼儿提供托育服务。", 2000),
                            ("去年已为8个小区新增充电设施。", 8),
                            ("对6家托育机构进行了督导检查,已完成整改。", 6)):
        assert value not in [v for v, _, _ in targets(NEWS + sentence)], sentence


# -- ``实施`` and ``改造`` as verbs of works done (w17-qiandongnan, w17-chongming, w17-changning: three sites) --------


def test_works_carried_out_and_things_rebuilt_are_targets():
    for sentence, want in (("实施农村公路安全生命防护工程150公里。", (150, "公里")),
                           ("今年實施危橋改造80座。", (80, "座")),
                           ("*改造12家农村敬老院", (12, "家")),
                           ("年內改造１５個老舊小區。", (15, "个")),
                           ("全年共实施校舍修缮项目25个,总投资900万元。", (25, "个"))):
        got = [(v, u) for v, u, _ in targets(NEWS + sentence)]
        assert want in got, sentence


def test_the_nouns_of_works_and_of_carrying_out_stay_out():
    for sentence, value in (("上半年,校舍维修改造项目完工27所。", 27),
                            ("其中维修改造中央和省级资金分别为500万元和300万元。", 500),
                            ("校园安全专项整治实施方案(共18篇)", 18),
                            ("有25个项目实施进度低于平均水平,其中县教育局3项。", 3),
                            ("去年已实施危桥改造60座。", 60)):
        assert value not in [v for v, _, _ in targets(NEWS + sentence)], sentence


# -- ``逾N``: more than, as Hong Kong, Macau and Taiwan pages write it (w10-, w14-, w16-xianggang, w17-aomen: four sites)


def test_yu_before_a_number_is_more_than():
    from extract.rules.targets import _comparator
    assert _comparator("相关工程涉款逾", "") == ">" and _comparator("受惠學生逾 ", "") == ">"
    assert (3.0, "亿元", ">") in targets(NEWS + "政府將申請撥款逾3億元。")
    assert (1200.0, "个", ">") in targets(NEWS + "預計明年新增學額逾1,200個。")
    assert (2.0, "万人", ">") in targets(NEWS + "计划年内培训家长逾2万人。")
    # ``逾期``, ``逾越`` before other words: no comparator
    assert _comparator("逾期未完成的", "") == "=" and _comparator("不得逾越", "") == "="
    assert (5.0, "个", "=") in targets(NEWS + "对逾期的项目,将新建5个督导组。")


# -- ``迄今`` and ``现时``: so far and now, status words as Taiwan and Hong Kong write them
# (w17-taiwan-lengqi-qianzhan-gvm, w17-xianggang-shizheng-jiaoyu-nownews, w16-xianggang-shizheng-jiaoyu-2016: three sites)


def test_so_far_and_now_are_status_words():
    for sentence, value in (("冷氣裝設計畫迄今僅完成35%。", 35),
                            ("現時全港缺乏約8,000個宿位。", 8000),
                            ("现时每名学生的资助额为3万元。", 3),
                            ("该县迄今累计培训教师1200人。", 1200),
                            ("較現時學券資助額(22,000元)高約一萬元。", 22000)):
        assert value not in [v for v, _, _ in targets(NEWS + sentence)], sentence


def test_a_commitment_after_a_status_word_still_counts():
    assert (5000.0, "个", "=") in targets(NEWS + "現時宿位不足,政府將於三年內增加5,000個宿位。")
    assert (60.0, "%", ">=") in targets(NEWS + "迄今完成率偏低,教育局预计明年完成率将达到60%以上。")
    assert (20.0, "亿元", "=") in targets(NEWS + "现时政府计划再投入20亿元。")
