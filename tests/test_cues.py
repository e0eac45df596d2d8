"""Each cue of the genre on its own, then the decisions they make together."""

import hashlib

import pytest

from extract.cli import main
from extract import cues


@pytest.mark.parametrize("line,expected", [
    ("各镇人民政府、街道办事处,区政府各部门,有关单位:", True),
    ("现将《某区教育发展行动方案》印发给你们,请结合实际认真贯彻执行。", True),
    ("某府办发〔2023〕12号", True),
    ("到2025年,学前三年毛入园率达到95%以上。", False),
    ("各学校要落实课后服务。", False),
])
def test_is_notice_line(line, expected):
    assert cues.is_notice_line(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("发布日期:2023-03-15", True), ("浏览次数:1024", True), ("关键词: 十四五 教育规划", True),
    ("索引号:11500226-2023-00001", True), ("2023年3月15日", True), ("2023-03-15 10:12:25", True),
    ("学前三年毛入园率达到95%。", False),
])
def test_is_metadata_line(line, expected):
    assert cues.is_metadata_line(line) is expected


@pytest.mark.parametrize("line,expected", [("3、", True), ("8", True), ("二、", True), ("3、遍达标", False)])
def test_is_page_fragment(line, expected):
    assert cues.is_page_fragment(line) is expected


@pytest.mark.parametrize("path,role", [
    ([], "none"),
    (["引言"], "none"),
    (["一、发展基础"], "past"),
    (["一、“十三五”工作亮点", "1.学前教育普及水平显著提升"], "past"),
    (["二、基本情况"], "past"),
    (["三、主要目标完成情况"], "past"),
    (["二、发展目标"], "goal"),
    (["三、重点任务", "(一)推进学前教育普惠发展"], "plan"),
    (["三、重点任务", "(二)提高学生学业成绩"], "plan"),
])
def test_section_role(path, role):
    assert cues.section_role(path) == role


@pytest.mark.parametrize("before,after,expected", [
    ("学前三年毛入园率达到", "以上", {"comparator", "target_verb"}),
    ("每班人数不超过", "", {"comparator"}),
    ("到2025年,新建幼儿园", "", {"target_verb", "deadline"}),
    ("全区学前三年毛入园率", "", set()),
])
def test_commitment_cues(before, after, expected):
    assert set(cues.commitment_cues(before, after)) == expected


@pytest.mark.parametrize("before,role,expected", [
    ("全区共有幼儿园", "plan", "status:共有"),
    ("截至2022年底,全区", "plan", "status:截至"),
    ("全区现有专任教师", "none", "status:现有"),
    ("义务教育巩固率为", "none", "status:为"),
    ("义务教育巩固率为", "plan", None),  # a plan may state a standard with 为
    ("累计培训教师", "plan", None),  # a cumulative target of the plan
    ("累计培训教师", "none", "status:累计"),
    ("公办园在园幼儿占比达到", "none", None),  # a commitment follows the status word
])
def test_status_cue(before, role, expected):
    assert cues.status_cue(before, role) == expected


def test_number_decision_says_which_cues_decided():
    d = cues.number_decision("毛入园率达到", "以上", "none")
    assert d.target and "comparator" in d.cues
    d = cues.number_decision("全区学前三年毛入园率", "", "none")
    assert not d.target and d.cues == ("bare",)
    d = cues.number_decision("全区学前三年毛入园率", "", "goal")
    assert d.target and d.cues == ("section:goal",)
    d = cues.number_decision("全区共有幼儿园", "", "goal")
    assert not d.target and d.cues == ("status:共有",)


def test_age_range():
    assert cues.is_age_range("为", "岁儿童提供服务")
    assert not cues.is_age_range("新建", "所")


def test_one_line_html_page_gives_its_target(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>到2025年,学前三年毛入园率达到95%以上。</p></body></html>", encoding="utf-8")
    out = tmp_path / "run"
    assert main(["run", str(page), "--out", str(out)]) == 0
    import json
    recs = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    t = [r for r in recs if r["type"] == "numeric_target"]
    assert [(r["indicator"], r["value"], r["unit"], r["comparator"], r["target_year"]) for r in t] == [
        ("学前三年毛入园率", 95.0, "%", ">=", 2025)]


def _records(text):
    from extract.data import Document
    from extract.pipeline import process_document
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return process_document(doc, "rules").records


def test_headingless_news_keeps_commitments_and_drops_status():
    text = ("近日,某市印发教育发展规划。目前全市共有幼儿园320所,学前三年毛入园率96.5%。\n"
            "规划提出,到2025年,全市学前三年毛入园率达到98%以上,新建幼儿园30所。")
    ts = [(r.value, r.unit) for r in _records(text) if r.type == "numeric_target"]
    assert ts == [(98.0, "%"), (30.0, "所")]


def test_notice_and_metadata_lines_hold_no_record():
    text = ("发布日期:2023-03-15 浏览次数:1024\n各镇人民政府,区级各部门:\n"
            "现将《某区2023年教育工作要点》印发给你们,请认真贯彻执行。\n一、工作目标\n到2023年底,新建幼儿园5所。")
    recs = _records(text)
    assert [(r.type, r.quote) for r in recs if r.type == "numeric_target"] == [("numeric_target", "新建幼儿园5所")]
    assert all("印发" not in r.quote and "浏览" not in r.quote for r in recs)


def test_person_names_are_chinese_names_not_codes_values_or_places():
    from extract.cues import is_person_name

    assert is_person_name("张明") and is_person_name("李红 王刚") and is_person_name("欧阳春晓")
    assert not any(is_person_name(x) for x in ("A类", "增长6%", "源东乡", "区教育局", "各街道", "团区委"))


def test_column_roles_of_unit_columns_by_their_ending():
    from extract.cues import column_role

    assert column_role("实施单位") == column_role("涉及部门") == column_role("责任科室") == "responsible"
    assert column_role("单位") == column_role("计量单位") == "unit"
    assert column_role("职责分工") == "content"


def test_fragments_and_garbled_text_are_no_goal_sentences():
    from extract.cues import is_fragment

    assert is_fragment("——加快推进区域") and is_fragment("ㄒ唬┛傮w目标是到二〇二五年全面建成")
    assert not is_fragment("到2025年,学前三年毛入园率达到95%以上")
    assert not is_fragment("加快推進區(qū)域教育中心建設(shè)")  # pinyin notes do not count, the characters do
    assert not is_fragment("毛入园率达到99%")


def test_later_items_of_a_list_take_their_sentence_verb_and_status():
    from extract.cues import is_enumeration_item, number_decision

    assert is_enumeration_item("小学") and is_enumeration_item("推荐省级特色学校")
    assert not is_enumeration_item("新建小学") and not is_enumeration_item("已有小学")
    took = number_decision("初中", "所", "none", sentence_before="本年新建小学20所,初中")
    assert took.target and took.cues == ("target_verb:list",)
    past = number_decision("初中", "所", "none", sentence_before="全市已新建小学20所,初中")
    assert not past.target and past.cues[0].endswith(":list")
    assert not number_decision("初中", "所", "none", sentence_before="全市小学20所,初中").target


def test_per_capita_ratio_is_no_status():
    from extract.cues import status_cue

    assert status_cue("全市拥有幼儿园", "none") is not None
    assert status_cue("每千人口拥有执业医师", "plan") is None


def test_need_as_demand_is_no_modal():
    # (tgtB24) ``需求`` (demand) is a noun, not the modal ``需`` (must): a population described by its need is a status
    from extract.cues import ahead_cues
    assert "modal" not in ahead_cues("全市共有残疾人5.2万,其中有康复需求的")
    assert "modal" in ahead_cues("全市需新建")  # the modal itself
    from rules_kit import records
    got = {(r.value, r.unit) for r in records("某市残疾人康复\n目前,全市共有残疾人5.2万人,其中有康复需求的3万余人。\n",
                                              "numeric_target")}
    assert (3.0, "万人") not in got


def test_event_held_is_no_unit():  # (r25 unitB25) ``主题班会``, ``运动会`` end like a body (会) but name an event
    from extract.cues import is_unit_cell
    assert not is_unit_cell("组织学生召开安全主题班会")
    assert not is_unit_cell("秋季田径运动会")
    assert is_unit_cell("县总工会") and is_unit_cell("镇红十字会")


def test_unit_column_before_its_task_column():
    from rules_kit import units
    text = ("活动安排表\n序号 | 责任单位 | 活动内容 | 时间\n1 | 县教育局 | 组织学生召开安全主题班会 | 9月3日\n"
            "2 | 县消防大队 | 开展消防安全演练 | 9月4日\n")
    assert [(t, l) for t, l, _ in units(text)] == [("组织学生召开安全主题班会", ["县教育局"]), ("开展消防安全演练", ["县消防大队"])]


def test_forecast_verbs_are_modal():
    """(tgtA27) a forecast of the press (``预料``, ``当局料N名``): a figure still to come, like ``预计``."""
    assert "modal" in cues.commitment_cues("署方料", "")
    assert "modal" in cues.commitment_cues("教育局预料今年约有", "")
    assert "modal" not in cues.commitment_cues("购置教学材料", "")  # 料 of a noun
    assert "modal" not in cues.commitment_cues("收集资料", "")


def test_results_review_titles_report_the_past():
    """(tgtA27) a page that reviews a plan's results (``…成果综述``, ``…终期评估``, ``…实施成效``) reports; a policy
    overview (``…政策综述``) does not."""
    assert cues.title_reports_past("《某市妇女发展纲要(2031—2040年)》实施成果综述")
    assert cues.title_reports_past("某县养老服务体系建设规划终期评估")
    assert cues.title_reports_past("某区义务教育优质均衡发展实施成效")
    assert not cues.title_reports_past("各地免费学前教育政策综述")


def test_source_byline_date():
    """(probeG40) A news byline naming the story's source beside one full date dates the page; a site's row does not."""
    from extract.structure import source_byline_date

    assert source_byline_date("来源:某县融媒体中心 2031年1月5日") == "2031-01-05"
    assert source_byline_date("某市日报 2031-01-05") == "2031-01-05"
    assert source_byline_date("作者:张三 2031/1/5") == "2031-01-05"
    assert source_byline_date("2031年1月5日") is None  # no source word (a bare date line is read elsewhere)
    assert source_byline_date("来源:某报 2031-01-05 至 2031-02-05") is None  # two dates
    assert source_byline_date("作者:佚名 文章来源:本站原创 点击数:2650 更新时间:2019/7/24") is None  # a site's row
    assert source_byline_date("中央政府门户网站 2013年04月28日 来源:某区人民政府网站") is None  # a 网站's repost
    assert source_byline_date("记者从市教育局获悉,到2031年1月5日,全市已有" + "学校" * 30) is None  # a sentence
