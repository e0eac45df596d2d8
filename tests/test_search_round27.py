"""The twenty-seventh round's search changes (made-up text only): a sum in Chinese numerals or a figure in a unit of weight,
volume or rate shows a quantity to the type filter (``fusion.WORD_SUM``, ``fusion.MEASURE_UNIT``, ``index.PASSAGE_CUES``); a
person named by the post that acts shows who to it (``fusion.POST``); a body's name standing alone above its duties heads
the passages below it (``passages.heads_duties``, ``passages.labelled``)."""

from extract.search.fusion import names_post, shows_measure
from extract.search.index import PASSAGE_CUES
from extract.search.passages import heads_duties, labelled, passages, under_label
from search_kit import index_one

GRANT = ("示例日报 示例县乡村道路修缮补助下达\n\n"
         "示例省财政厅近日下达示例县乡村道路修缮补助,合计三千六百万元,用于村道的路面修复。\n\n"
         "示例县各乡镇将按计划分批开工,力争雨季前完成主要路段。\n")

RULES = ("示例大学学生会换届办法\n\n"
         "第一条 会长之任期为一年。\n\n"
         "第二条 新旧会长交接时,应有示例评议会主席、秘书长到场见证并签字。\n\n"
         "第三条 本办法自公布日施行。\n")

ROSTER = ("示例学院学生会简介\n"
          "示例学院学生会下设示例办公部、示例联络部、示例宣传部三个部门,各部门设部长1人。\n"
          "示例办公部\n"
          "负责会务安排、文件收发;负责物资采购和财产管理。\n"
          "示例联络部\n"
          "负责联系兄弟院校,组织校际交流活动;与校外单位保持联系。\n"
          "示例宣传部\n"
          "负责海报设计和新媒体账号运营。\n")


_index = index_one  # (tests/search_kit.py: one small text indexed)


def test_shows_measure():
    assert shows_measure("核定总经费为三千六百万元") and shows_measure("每人补助三百元") and shows_measure("共计两亿元")
    assert shows_measure("细颗粒物浓度下降到30微克/立方米以下") and shows_measure("收费3元/人") and shows_measure("限值10mg/L")
    assert shows_measure("节水5万立方米") and shows_measure("年发电量8千瓦时")
    assert not shows_measure("一元复始") and not shows_measure("第二季度完成") and not shows_measure("示例日期2/3")
    cue = PASSAGE_CUES["numeric_target"]
    assert cue.search("示例县乡村道路修缮补助合计三千六百万元") and cue.search("浓度下降到30微克/立方米以下")
    assert cue.search("新建12所") and not cue.search("示例县各乡镇将按计划分批开工")  # as before


def test_names_post():
    assert names_post("由示例评议会主席、秘书长到场见证并签字") and names_post("由组长负责召集")
    assert names_post("副秘书长襄助秘书长处理会务;秘书长主持日常工作")
    assert not names_post("推进校长职级制改革") and not names_post("设立局长信箱") and not names_post("会长之任期为一年")
    cue = PASSAGE_CUES["unit_assignment"]
    assert cue.search("新旧会长交接时,应有示例评议会主席、秘书长到场见证并签字")
    assert cue.search("示例县教育局牵头")  # what it read before


def test_a_sum_in_chinese_numerals_is_searched_under_the_target_filter(tmp_path):
    with _index(tmp_path, "grant.txt", GRANT) as idx:
        idx.sync()
        hits = idx.search("示例省给示例县的乡村道路修缮补助一共多少钱", top_k=10, types=["numeric_target"])
        assert any("三千六百万元" in h.quote for h in hits)


def test_a_post_that_acts_is_searched_under_the_unit_filter(tmp_path):
    with _index(tmp_path, "rules.txt", RULES) as idx:
        idx.sync()
        hits = idx.search("示例大学学生会会长交接时由谁到场见证", top_k=10, types=["unit_assignment"])
        assert any("到场见证" in h.quote for h in hits)


def test_heads_duties():
    assert heads_duties("示例联络部", "负责联系兄弟院校") and heads_duties("示例发展委员会(ABC)", "1.协助学校规划")
    assert heads_duties("主席团", "(1)审议年度工作计划;") and heads_duties("协调组", "主要负责联络各单位")
    assert not heads_duties("示例县教育局", "2.完善示例制度")  # a unit line under a task: the next task is not a first item
    assert not heads_duties("学生会简介", "负责处理日常工作")  # not a body's name
    assert not heads_duties("示例联络部", "示例学院学生会下设三个部门")  # the paragraph below is no duty
    assert under_label("负责宣传工作") and under_label("3.督导各组") and not under_label("二、保障措施")


def test_labelled():
    assert labelled("负责联谊", ["示例活动方案"], []) == ("负责联谊", ["示例活动方案"])
    assert labelled("负责联谊", ["示例活动方案"], ["示例联络部", ["示例活动方案"]]) == ("负责联谊", ["示例活动方案", "示例联络部"])
    # a numbered duty the structurer read as a heading below the name stays at the body's head
    assert labelled("2.与示例委员会合作", ["协助学校规划"], ["示例发展委员会", ["上一节"]]) == \
        ("协助学校规划：2.与示例委员会合作", ["上一节", "示例发展委员会"])


def test_a_body_named_above_its_duties_heads_their_passage(tmp_path):
    path = tmp_path / "roster.txt"
    path.write_text(ROSTER, encoding="utf-8")
    items = passages("roster", str(path), None, None, None)
    liaison = next(it for it in items if "校际交流" in it.text)
    assert liaison.text.startswith("示例联络部：") and liaison.section.endswith("示例联络部")
    office = next(it for it in items if "物资采购" in it.text)
    assert office.text.startswith("示例办公部：") and "示例联络部" not in office.text
    with _index(tmp_path, "roster.txt", ROSTER) as idx:
        idx.sync()
        hits = idx.search("示例联络部负责什么", top_k=3, mode="bm25")
        assert "校际交流" in hits[0].quote


def test_a_name_above_a_section_heading_is_no_label():
    assert not heads_duties("示例区妇女联合会", "一、示例职能")  # a section's heading below, not the first item of a list

