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
