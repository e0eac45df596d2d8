"""The thirtieth round's search changes (made-up text only): a section named ``…组`` or ``…课`` is a unit a question may
name (``fusion.indexed_units``, ``fusion.unit_list_units``); a unit run into the question's words before it is read as its
longest end the texts hold (``fusion.held_tail``, ``SearchIndex.placed_units``)."""

from extract.search.fusion import held_tail, indexed_units, unit_list_units
from search_kit import index_one

MUSEUM = ("示例自然馆处务规程\n\n"
          "第一条 示例自然馆(以下简称本馆)为处理内部单位之分工职掌,特订定本规程。\n"
          "第二条 本馆馆长综理馆务,并指挥、监督所属人员。\n"
          "第三条 本馆设下列组、室:一、藏品维护组。二、观众服务组。三、秘书室。\n"
          "第四条 藏品维护组掌理事项如下:\n"
          "一、标本入藏登记与编目作业之办理。\n"
          "二、库房温湿度之监测及调节。\n"
          "三、其他有关藏品维护事项。\n"
          "第五条 观众服务组掌理事项如下:\n"
          "一、导览解说与志工排班之规划。\n"
          "二、观众意见之受理及回复。\n"
          "三、其他有关观众服务事项。\n"
          "第六条 秘书室掌理文书、档案、出纳及庶务事项。\n"
          "第七条 本规程自发布日施行。\n")

FESTIVAL = ("示例区读书节活动方案\n\n"
            "一、活动主题\n\n书香示例区,共读好时光。\n\n"
            "二、工作安排\n\n"
            "1.区委宣传部负责活动的新闻报道和宣传品制作。\n"
            "2.区文旅局负责布置各分会场并调配图书。\n"
            "3.各街道负责组织居民到场参加。\n")


def test_sections_named_group_or_class_are_units():
    names = ["藏品维护组", "区户政课", "各工作组", "相关小组", "示例局", "思政课程"]
    assert indexed_units(names) == ["藏品维护组", "户政课", "示例局"]
    known = indexed_units(names)
    assert unit_list_units("示例自然馆藏品维护组负责什么", known) == ["藏品维护组"]
    assert unit_list_units("户政课管哪些事情", known) == ["户政课"]
    assert unit_list_units("藏品维护组有多少人", known) == []  # a question of how many: no unit list


def test_held_tail():
    held = {"区文旅局", "文旅局", "卫健局"}.__contains__
    assert held_tail("书节活动里区文旅局", held) == "区文旅局"
    assert held_tail("考试期间卫健局", held) == "卫健局"
    assert held_tail("示例委员会", held) is None
    assert held_tail("区文旅局", held) == "文旅局"  # only a proper end; the caller asks only for a unit no text holds


def test_a_unit_run_into_the_question_is_read_as_the_unit(tmp_path):
    with index_one(tmp_path, "festival.txt", FESTIVAL) as idx:
        idx.sync()
        units = unit_list_units("读书节活动里区文旅局负责什么", idx.known_units)
        assert units and all("文旅局" in u and len(u) > 4 for u in units)  # the question's words run into the unit
        assert idx.placed_units(units)[0] == ["区文旅局"]
        hits = idx.search("读书节活动里区文旅局负责什么", top_k=1)
        assert "布置各分会场" in hits[0].quote


def test_a_section_named_group_is_found_by_its_name(tmp_path):
    with index_one(tmp_path, "museum.txt", MUSEUM) as idx:
        idx.sync()
        assert "藏品维护组" in idx.known_units
        hits = idx.search("示例自然馆藏品维护组负责什么", top_k=3)
        assert all("藏品维护" in h.quote or "藏品维护组" in (h.responsible_units + h.lead_units) for h in hits)
