"""The twenty-ninth round's search changes (made-up text only): a count of schools or classes by the school's own
classifier shows a quantity to the type filter (``fusion.SCHOOL_COUNT``, ``index.PASSAGE_CUES``); a field naming the unit in
charge shows who to it (``fusion.UNIT_FIELD``); a line that titles a body's duties heads the list below it
(``passages.titles_duties``, ``passages.heads_duties``, ``passages.under_label``)."""

from extract.search.fusion import counts_schools, names_unit_field
from extract.search.index import PASSAGE_CUES
from extract.search.passages import heads_duties, passages, titles_duties, under_label
from search_kit import index_one

READING = ("示例日报 示例县推动校园共读角计划\n\n"
           "示例县教育处在县立中学推动「校园共读角计划」,重整校内阅览空间,营造社区共读氛围。\n\n"
           "示例县教育处表示,计划推动以来,目前累计核定42校办理,31校已完工启用,其余学校将陆续完成。\n")

EVENTS = ("示例市图书馆读书月活动方案\n\n"
          "一、活动时间\n\n2031年4月1日至4月30日\n\n"
          "二、活动内容\n\n"
          "1、开展阅读推广活动。\n"
          "“小小书虫”征文活动(负责部室:示例少儿部);“书香示例”朗读比赛(负责部室:示例辅导部)。\n\n"
          "2、开展图书推荐活动。\n"
          "新书推荐榜(负责部室:示例外借部)。\n")

DUTIES = ("示例医院职能科室简介\n\n"
          "    综合办公室是示例中心的办事机构,承担文电、会务和协调工作。\n"
          "    综合办公室设文书、宣传两个小组,现有工作人员7人。\n"
          "    综合办公室工作职责\n"
          "    在院长的直接领导下,做好如下工作:\n"
          "    一、协助安排中心负责人的工作日程;\n"
          "    二、负责组织院务会议的召开、议题的收集;\n"
          "    三、负责医院的档案收集和印章管理。\n")


def test_counts_schools():
    assert counts_schools("目前累计核定42校办理,31校已完工启用") and counts_schools("新增8班") and counts_schools("再增35校、170班")
    assert not counts_schools("2031校园足球联赛") and not counts_schools("12班级管理") and not counts_schools("校长12人")
    cue = PASSAGE_CUES["numeric_target"]
    assert cue.search("31校已完工启用") and cue.search("新建12所")
    assert not cue.search("示例县各乡镇将按计划分批开工")


def test_names_unit_field():
    assert names_unit_field("朗读比赛(负责部室:示例少儿部)") and names_unit_field("实施单位：示例局")
    assert names_unit_field("承办科室:示例科")
    assert not names_unit_field("由实施单位负责落实") and not names_unit_field("负责部门要加强协调")
    cue = PASSAGE_CUES["unit_assignment"]
    assert cue.search("“书香示例”朗读比赛(负责部室:示例辅导部)") and cue.search("示例县教育局牵头")


def test_titles_duties():
    assert titles_duties("综合办公室工作职责") and titles_duties("示例委员会的主要职责:") and titles_duties("教育局职能")
    assert not titles_duties("二、工作职责") and not titles_duties("落实政府职责") and not titles_duties("主要职责:")
    assert heads_duties("综合办公室工作职责", "在院长的直接领导下,做好如下工作:")
    assert heads_duties("示例局的主要职责", "(一)贯彻执行教育方针")
    assert not heads_duties("综合办公室工作职责", "综合办公室是医院的综合办事机构,发挥协调作用。")
    title = ["综合办公室工作职责", []]
    assert under_label("一、协助安排中心负责人的工作日程;", title) and under_label("在院长的直接领导下,做好如下工作:", title)
    assert not under_label("一、协助安排中心负责人的工作日程;", ["联络部", []])  # a body's name alone: ``一、`` is a section's heading
    assert not under_label("医院始建于1950年,现有职工两千人。", title)


def test_a_title_of_duties_heads_the_list_below_it(tmp_path):
    path = tmp_path / "duties.txt"
    path.write_text(DUTIES, encoding="utf-8")
    items = passages("duties", str(path), None, None, None)
    duty = [i for i in items if "印章管理" in i.search_text or "负责人的工作日程" in i.search_text]
    assert len(duty) == 2 and all(i.search_text.startswith("综合办公室工作职责") for i in duty)
    assert all(i.section == "综合办公室工作职责" for i in duty)
    assert not any(i.search_text.endswith("综合办公室工作职责") for i in items)  # not joined to the paragraph above


def test_a_count_of_schools_is_searched_under_the_target_filter(tmp_path):
    with index_one(tmp_path, "reading.txt", READING) as idx:
        idx.sync()
        hits = idx.search("校园共读角目前有多少校完工启用", top_k=10, types=["numeric_target"])
        assert any("31校已完工启用" in h.quote for h in hits)


def test_a_unit_field_is_searched_under_the_unit_filter(tmp_path):
    with index_one(tmp_path, "events.txt", EVENTS) as idx:
        idx.sync()
        hits = idx.search("朗读比赛由哪个部室负责", top_k=10, types=["unit_assignment"])
        assert any("示例辅导部" in h.quote for h in hits)


def test_a_titled_duty_is_found_by_its_body(tmp_path):
    with index_one(tmp_path, "duties.txt", DUTIES) as idx:
        idx.sync()
        hits = idx.search("综合办公室管哪些事", top_k=5, mode="bm25")
        assert any("印章管理" in h.quote for h in hits) and any("院务会议" in h.quote for h in hits)
