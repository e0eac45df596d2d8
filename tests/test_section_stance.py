"""Section stance: does a section's own text commit to work ahead or report what happened (made-up texts)."""

import hashlib

from extract.data import Document
from extract.pipeline import process_document
from extract.rules.section_stance import commits, counts_something, reads_as_report, reports, sentences, stance_counts


def targets(text):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [r for r in process_document(doc, "rules").records if r.type == "numeric_target"]


def test_committing_sentences():
    assert commits("到2030年,全区新建幼儿园12所。")
    assert commits("力争全年新增学位3000个。")
    assert commits("1.新建社区食堂5个。")
    assert commits("(二)实施老旧小区改造40个。")
    assert commits("我们将新增托位800个。")
    assert not commits("全区共有幼儿园42所。")
    assert not commits("今年的招聘人数约2.2万人,比去年增长10%。")


def test_reporting_sentences():
    assert reports("全区共有幼儿园42所。")
    assert reports("截至去年底,已建成社区食堂18个。")
    assert reports("招生人数同比增长15%。")
    assert reports("3月12日,某镇召开议事会,通过了十件实事。")
    assert reports("据统计,参保人数达到9万人。")
    assert not reports("12月29日前送达申请表3份。")  # a deadline, not a dated event
    assert not reports("6月底前开工改造项目50个。")
    assert not reports("能耗较2020年下降14.5%。")  # a change against a base year: a plan's target form too
    assert not reports("新建幼儿园12所。")


def test_sentences_and_figures():
    assert sentences(("一句。二句;三句", "四句")) == ["一句。", "二句;", "三句", "四句"]
    assert counts_something("新建幼儿园12所。")
    assert not counts_something("2024年3月12日")  # a date alone states no figure
    assert not counts_something("召开会议。")


def test_reads_as_report():
    report = ("截至去年底,全县共有托育机构75家。", "托位数同比增长12%。", "已建成社区食堂18个。",
              "3月12日,某县召开推进会,通报了新增学位920个。", "数据显示,入园率已达97.8%。")
    assert stance_counts(report) == (5, 0, 5)
    assert reads_as_report(report)
    plan = ("到2030年,全县新建幼儿园12所。", "力争新增学位3000个。", "1.新建社区食堂5个。",
            "截至去年底,全县共有托育机构75家。")
    assert not reads_as_report(plan)
    assert not reads_as_report(("已建成社区食堂18个。",))  # one reporting sentence is too few
    assert reads_as_report(("已建成社区食堂18个。", "累计培训3000人。"), min_reports=2)


def test_page_without_headings_that_reports():
    # a news page reporting a plan (``方案提出``): its cue-less numbers are read as the plan's, unless the page's own
    # sentences report (截至, 共有, 同比, 已建成, 据统计, a dated meeting) far more than they commit
    news = ("某县托育服务推进会召开\n4月25日,某县召开托育服务推进会。\n"
            "会上介绍,《某县托育服务发展方案》提出,到2025年全县托位数达到4000个。\n"
            "截至2022年底,全县共有托育服务机构75家。\n数据显示,全县三岁以下婴幼儿人数同比下降6%。\n"
            "据统计,全县已建成社区托育点40个。\n会议指出,全县示范机构12家,普惠机构30家。\n")
    values = {r.value for r in targets(news)}
    assert 4000 in values  # the plan's own target keeps its cue
    assert 12 not in values and 30 not in values


def test_page_without_headings_that_commits():
    plan = ("某县托育服务推进会召开\n4月25日,某县召开托育服务推进会。\n"
            "会上介绍,《某县托育服务发展方案》提出,到2025年全县托位数达到4000个。\n"
            "力争新建托育机构20家。\n确保每个街道建成托育点1个。\n"
            "据统计,全县已建成社区托育点40个。\n方案明确,全县示范机构12家,普惠机构30家。\n")
    values = {r.value for r in targets(plan)}
    assert 12 in values and 30 in values
