"""(unitB24) A unit row read over the page's source field (``文章来源: 办公室`` under a report's last item) is none: the
office named there published the page (U4a, G2a). Made-up texts."""

from rules_kit import units

from extract.rules.unit_page_fields import source_field_line

REPORT = ("某区文体局2031年5月份重点工作\n\n    发布日期: 2031-05-30\n\n    工作安排\n\n    工作完成情况\n\n    牵头单位\n\n"
          "    1.推进全民健身设施补短板工程,完成年度建设任务。\n\n    已建成健身步道8公里。\n\n    区文体局\n\n"
          "    二、其他重要工作完成情况\n\n    1、启动全民健身节筹备工作。\n\n    2、按计划开展各项青少年体育比赛。\n\n"
          "    {}: 综合科\n    打印本页\n")


def test_the_source_field_gives_no_row():
    assert not any("综合科" in lead + resp for _, lead, resp in units(REPORT.format("文章来源")))


def test_source_field_lines():
    text = "开展比赛。\n\n    稿件来源: 综合科\n"
    assert source_field_line(text, 0, len(text))
    assert not source_field_line("开展比赛。\n责任单位: 综合科\n", 0, 20)
