"""Genre probes: made-up sentences, headings, titles and tables in the common forms of the genre (district education
plans, work reports, news of plans), each read by hand, run through the whole rules pipeline.

They are written from the genre, not from any document of the project: the forms every plan and report uses. A probe
that fails names a general form the rules do not read (the thirty-third round's second session found five such
forms this way: ``了`` after the number, past-period openers, situation titles, bounds on a coefficient, category
columns of indicator tables)."""

import pytest

from rules_kit import records

PLAN = "某区教育事业发展“十四五”规划\n\n"


def values(text):
    return [r.value for r in records(text, "numeric_target")]


@pytest.mark.parametrize("sentence, expected", [
    ("到2025年,全区学前三年毛入园率达到95%以上。", [95.0]),
    ("义务教育巩固率保持在99%以上。", [99.0]),
    ("每年培训教师不少于500人次。", [500.0]),
    ("新增学位1.2万个。", [1.2]),
    ("力争建成市级示范校10所。", [10.0]),
    ("全区中小学专任教师中研究生学历比例提高至15%。", [15.0]),
    ("生均公用经费标准提高到每生每年1000元。", [1000.0]),
    ("县域内校际差异系数小学不高于0.5、初中不高于0.45。", [0.45, 0.5]),
    ("基尼系数不超过0.4。", [0.4]),
    ("到2025年底,建成智慧校园示范校30所,占比达到40%。", [30.0, 40.0]),
    ("近视率每年降低0.5个百分点以上。", [0.5]),
    ("体质健康达标率达到92%以上,优良率达到50%以上。", [50.0, 92.0]),
])
def test_plan_sentences_give_their_targets(sentence, expected):
    assert sorted(values(PLAN + sentence + "\n")) == expected


@pytest.mark.parametrize("sentence", [
    "十三五期间,全区新建学校15所。",
    "现有中小学86所,在校生9.6万人。",
    "截至2020年底,全区共有幼儿园120所。",
    "全区义务教育巩固率较2015年提高了5个百分点。",
    "督导组对30个县的申报材料进行了审核。",
    "区民政局为3000名老人提供了上门服务。",
    "上学期,全区开展教研活动120场。",
    "此前,全区新建学校15所。",
])
def test_past_and_status_sentences_give_none(sentence):
    assert values(PLAN + sentence + "\n") == []


@pytest.mark.parametrize("heading", [
    "一、发展基础", "一、“十三五”时期取得的成绩", "(一)发展现状", "一、基本情况", "一、现实基础", "(一)主要成就",
    "一、工作回顾", "(二)存在问题", "第一章 发展基础与面临形势", "一、发展成效", "一、成绩与不足", "一、主要工作及成效",
])
def test_review_headings_keep_their_results_out(heading):
    text = PLAN + heading + "\n全区新建中小学15所,新增学位2.1万个,学前三年毛入园率提高到96%。\n二、主要目标\n到2025年,新建学校10所。\n"
    assert values(text) == [10.0]


@pytest.mark.parametrize("title", ["某区2030年教育工作总结", "某区2030年教育工作完成情况", "某区2030年教育工作年度报告"])
def test_report_titles_need_a_commitment(title):
    assert values(title + "\n\n全区新建学校15所,开展教研活动120场,培训教师3000人次。\n") == []


def test_plan_titles_take_bare_plan_sentences():
    assert sorted(values("某区教育局2031年工作计划\n\n全区新建学校15所,开展教研活动120场。\n")) == [15.0, 120.0]


@pytest.mark.parametrize("table", [
    "指标\t2020年\t2025年\t属性\n学前三年毛入园率(%)\t93.5\t96\t预期性\n义务教育巩固率(%)\t99\t99.5\t约束性\n",
    "| 指标 | 2020年 | 2025年 | 属性 |\n| --- | --- | --- | --- |\n| 学前三年毛入园率(%) | 93.5 | 96 | 预期性 |\n| 义务教育巩固率(%) | 99 | 99.5 | 约束性 |\n",
    "序号 指标名称 单位 基期值 目标值\n1 学前三年毛入园率 % 93.5 96\n2 义务教育巩固率 % 99 99.5\n",
    "类别\t指标\t2020年\t2025年\n学前教育\t毛入园率(%)\t93.5\t≥96\n义务教育\t巩固率(%)\t99\t≥99.5\n",
    "类别 指标 2020年 2025年\n学前教育 毛入园率(%) 93.5 96\n义务教育 巩固率(%) 99 99.5\n",
    "一级指标\t二级指标\t2020年\t2025年\n学前教育\t毛入园率(%)\t93.5\t96\n义务教育\t巩固率(%)\t99\t99.5\n",
])
def test_indicator_tables_give_the_target_year_only(table):
    assert sorted(values(PLAN + "附表 主要指标\n" + table)) == [96.0, 99.5]


@pytest.mark.parametrize("line, lead, responsible", [
    ("1.扩大学前教育资源。新建幼儿园5所。(牵头单位:区教育局;责任单位:区财政局、区自然资源局)",
     ["区教育局"], ["区财政局", "区自然资源局"]),
    ("1.扩大学前教育资源,新建幼儿园5所。区教育局牵头,区财政局、区住建局配合。", ["区教育局"], ["区财政局", "区住建局"]),
    ("1.扩大学前教育资源,新建幼儿园5所。【牵头单位】区教育局【配合单位】区财政局", ["区教育局"], ["区财政局"]),
    ("1.扩大学前教育资源,新建幼儿园5所。(区教育局牵头,区财政局配合)", ["区教育局"], ["区财政局"]),
    ("1.扩大学前教育资源,新建幼儿园5所。责任单位:区教育局(牵头)、区财政局、区住建局", ["区教育局"], ["区财政局", "区住建局"]),
])
def test_task_lines_give_their_units(line, lead, responsible):
    got = [(r.lead_units, r.responsible_units) for r in records("某区教育发展行动方案\n\n三、重点任务\n" + line + "\n",
                                                               "unit_assignment")]
    assert got == [(lead, responsible)]


@pytest.mark.parametrize("sentence", ["本府將於115年前增設公共化幼兒園20園。", "本府將於民國115年前增設公共化幼兒園20園。",
                                      "本府預計115年完成增設公共化幼兒園20園。", "115年底前增設公共化幼兒園20園。",
                                      "至115年,增設公共化幼兒園20園。", "本府將於2026年前增設公共化幼兒園20園。"])
def test_roc_deadlines_date_their_targets(sentence):
    got = [(r.value, r.target_year) for r in records("臺北市教育發展計畫\n\n" + sentence + "\n", "numeric_target")]
    assert got == [(20.0, 2026)]


def test_years_ago_are_no_deadline():
    from extract.rules.target_years import calendar_years

    assert calendar_years("该校创办于110年前的清末") == []  # ``创办于110年前``: years ago, no ROC year


@pytest.mark.parametrize("text", [
    "某区教育局2031年工作要点\n\n工作目标:全面提升教育质量,努力办好人民满意的教育。\n",
    "某区教育局2031年工作要点\n\n2031年工作目标:全面提升教育质量,努力办好人民满意的教育。\n",
    "某区教育局工作要点\n\n2031年度目标:全面提升教育质量,努力办好人民满意的教育。\n",
    "某区教育局2031年工作要点\n\n一、工作目标\n全面提升教育质量,努力办好人民满意的教育。\n",
])
def test_goal_labels_with_or_without_their_year(text):
    assert [r.quote for r in records(text, "goal")] == ["全面提升教育质量,努力办好人民满意的教育"]


@pytest.mark.parametrize("body, expected", [
    ("由区教育局牵头,区财政局配合,年内完成校舍维修。", [("年内完成校舍维修", ["区教育局"], ["区财政局"])]),
    ("1.由区教育局牵头,区财政局配合,年内完成校舍维修。", [("年内完成校舍维修", ["区教育局"], ["区财政局"])]),
    ("一、由区教育局牵头,区财政局配合,年内完成校舍维修。\n二、由区人社局负责,年内完成教师招聘。",
     [("年内完成校舍维修", ["区教育局"], ["区财政局"]), ("年内完成教师招聘", ["区人社局"], [])]),
    ("三、重点任务\n(二)区教育局负责校舍维修。", [("校舍维修", ["区教育局"], [])]),
    ("三、工作职责\n(二)负责人职责", []),
])
def test_numbered_lines_that_put_a_task_on_a_party(body, expected):
    from rules_kit import units

    assert units("某区工作方案\n\n" + body + "\n") == expected


@pytest.mark.parametrize("label", ["相关推荐:", "相关范文", "更多文档:", "为你推荐", "大家都在看:", "相关阅读"])
def test_lists_of_other_pages_give_nothing(label):
    text = ("某校2031年工作计划范文\n\n一、工作目标\n全年招生300人,合格率达到98%以上。\n\n" + label +
            "\n某校2030年工作总结(5篇)\n2031年学校工作计划范文大全\n教师个人工作计划3篇\n")
    assert [r.quote for r in records(text, "goal")] == ["全年招生300人,合格率达到98%以上"]
    assert sorted(r.value for r in records(text, "numeric_target")) == [98.0, 300.0]
