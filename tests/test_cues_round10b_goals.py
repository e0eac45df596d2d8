"""Goal cues of the tenth round's second wave, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import year_deed
from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def test_a_year_and_a_deed_of_adding_or_building_with_its_quantity():
    # (N9a, O3) the year (an ROC school year too, read in the common era) as the time of a deed that adds or builds
    assert year_deed("2033年度甲区公共化幼儿园再增8班")[0] == 2033
    assert year_deed("乙县表示,2033年乙镇增设幼儿园4校")[0] == 2033
    assert year_deed("2034年丙区扩建中学2所")[0] == 2034
    assert year_deed("2034年丁镇兴建体育馆1座")[0] == 2034
    # no quantity, or the year does not open the clause: no deed of that year
    assert year_deed("2033年甲区再增班级")[0] is None
    assert year_deed("甲区再增8班,满足2033年需求")[0] is None
    text = ("甲市公共化教保服务扩充\n\n"
            "教育处表示,将持续依各区供需情形增班,118学年度甲区公共化幼儿园再增8班、专班至少再增5班,减轻家长负担。\n\n"
            "乙县表示,2033年乙镇增设幼儿园4校。\n")
    got = goals(text)
    assert ("教育处表示,将持续依各区供需情形增班,118学年度甲区公共化幼儿园再增8班、专班至少再增5班,减轻家长负担", 2029) in got
    assert ("乙县表示,2033年乙镇增设幼儿园4校", 2033) in got


def test_a_progress_reports_table_restates_the_years_commitment_in_a_cell():
    # a row whose cells were read as text: the cell that commits is a sentence of its own, the progress cell after it
    # (``已完成…``) does not make it a past result
    text = ("甲区2032年民生实事项目进展情况\n\n发布日期:2032-07-01\n\n"
            "丙校扩建项目。 | 2033年完成丙校扩建,新增学位900个 | 已完成设计招标,正在进行主体施工。\n\n"
            "丁园新建项目。 | 2032年完成丁园建设 | 已完成主体施工。\n")
    got = goals(text)
    assert ("2033年完成丙校扩建,新增学位900个", 2033) in got
    assert ("2032年完成丁园建设", 2032) in got
    assert not any("已完成" in q for q, _ in got)
    # a progress column that restates the year's plan (the report's own year): a goal; its progress is none
    text = ("甲市2032年上半年重点工作落实情况\n\n发布日期:2032-07-15\n\n"
            "| 序号 | 重点工作 | 牵头单位 | 上半年落实情况 |\n| --- | --- | --- | --- |\n"
            "| 1 | 推进河道综合治理,新增治理长度30公里。 | 市水务局 | 2032年我市共实施6个河道治理工程,计划新增治理长度32公里。"
            "截至6月底,已完成治理长度20公里。 |\n"
            "| 2 | 新建公园8个。 | 市林业局 | 截至6月底,已建成公园5个,2031年建成的3个已开放。 |\n")
    assert goals(text) == [("2032年我市共实施6个河道治理工程,计划新增治理长度32公里", 2032)]
