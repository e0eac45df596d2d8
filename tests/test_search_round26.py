"""The twenty-sixth round's search changes (made-up text only): a unit named by its kind or a charge stated shows who to the
type filter (``fusion.UNIT_CHARGE``, ``index.PASSAGE_CUES``); a sum after its currency's sign shows a quantity to it
(``fusion.MONEY``); a passage that states no time but the question's own yields to one that does for a question that asks
when (``fusion.states_other_time``, ``index.TIMELESS``)."""

from extract.search import index as index_mod
from extract.search.fusion import shows_charge, shows_money, states_other_time
from extract.search.index import PASSAGE_CUES
from search_kit import index_one

SAFETY = ("示例省印发示例校园守护行动方案\n\n"
          "示例新闻网消息 日前,示例省综治中心印发《示例校园守护行动方案》。\n\n"
          "方案提出,示例省各地公安、综治、教育部门做好如下工作:一要强化校园内部保卫力量建设;二要把校园周边作为防控的重要环节。\n\n"
          "样板学校成立示例安全小组,组长是学校示例安全工作的第一责任人,全面负责示例安全工作的组织领导。\n")

MEALS = ("示例特区示例餐费津贴批示\n\n"
         "一、本批示自公布翌日起生效。\n\n"
         "二、示例餐费津贴金额如下表:\n"
         "示例幼儿教育 $1,700.00\n"
         "示例中学教育 $1,900.00\n")

NOTICE = ("示例旗公开征集2031年示例实事建议项目\n\n"
          "关于征集2031年示例实事建议项目的通告\n\n"
          "为增强群众对示例实事项目的参与度,决定面向社会公开征集2031年示例实事建议项目。\n\n"
          "一、征集时间\n\n"
          "自本通告发布之日起至2030年10月9日下午17时止。\n\n"
          "二、征集途径\n\n"
          "通过示例旗政府网站等渠道广泛征集建议项目。\n")


_index = index_one  # (tests/search_kit.py: one small text indexed)


def test_shows_charge():
    assert shows_charge("示例公安部门核发示例标牌") and shows_charge("公安、教育等部门负责") and shows_charge("示例省教育厅印发")
    assert shows_charge("学校治安由校长负总责") and shows_charge("组长是示例工作的第一责任人") and shows_charge("由示例部門核發")
    assert not shows_charge("督促指导各村、各部门落实") and not shows_charge("有关部门要加强协调") and not shows_charge("相关部门")
    assert not shows_charge("示例办法近日出台") and not shows_charge("示例工作全面推进")
    assert not shows_charge("到政务服务大厅办理") and not shows_charge("示例学校餐厅")  # a hall, not a department
    cue = PASSAGE_CUES["unit_assignment"]
    assert cue.search("方案提出,各地公安、综治、教育部门做好如下工作") and cue.search("组长是学校安全工作的第一责任人")
    assert cue.search("示例县教育局牵头")  # what it read before


def test_shows_money():
    assert shows_money("示例中学教育 $1,900.00") and shows_money("每人HK$500") and shows_money("补助澳门币2,000") and shows_money("￥300")
    assert not shows_money("第1900号批示") and not shows_money("$") and not shows_money("示例津贴上调")
    cue = PASSAGE_CUES["numeric_target"]
    assert cue.search("示例幼儿教育 $1,700.00") and cue.search("新建12所") and not cue.search("二、示例餐费津贴金额如下表:")


def test_a_who_passage_naming_departments_is_searched_under_the_unit_filter(tmp_path):
    with _index(tmp_path, "safety.txt", SAFETY) as idx:
        idx.sync()
        hits = idx.search("示例校园守护行动要求哪些部门做好工作", top_k=10, types=["unit_assignment"])
        assert any("教育部门做好如下工作" in h.quote for h in hits)
        hits = idx.search("学校示例安全工作的第一责任人是谁", top_k=10, types=["unit_assignment"])
        assert any("第一责任人" in h.quote for h in hits)


def test_a_sum_after_its_sign_is_searched_under_the_target_filter(tmp_path):
    with _index(tmp_path, "meals.txt", MEALS) as idx:
        idx.sync()
        hits = idx.search("示例中学教育的餐费津贴金额是多少", top_k=10, types=["numeric_target"])
        assert any("$1,900.00" in h.quote for h in hits)


def test_states_other_time():
    q = "示例旗2031年实事建议征集到什么时候截止"
    assert states_other_time("自本通告发布之日起至2030年10月9日下午17时止", q)
    assert not states_other_time("示例旗公开征集2031年示例实事建议项目", q)  # the question's own year
    assert states_other_time("2031年秋季学期投入使用", "示例小学2031年什么时候投入使用")  # a part of the year
    assert states_other_time("预计2031年完工", "示例小学什么时候完工")  # a question without a time: as ``states_time``
    assert not states_other_time("示例小学周边道路同步改造", "示例小学什么时候完工")


def _rank_of(hits, needle):
    return next((i for i, h in enumerate(hits) if needle in h.quote), len(hits))


def test_a_timeless_passage_yields_to_a_stated_time_for_a_question_of_when(tmp_path, monkeypatch):
    with _index(tmp_path, "notice.txt", NOTICE) as idx:
        idx.sync()
        q = "示例旗2031年实事建议征集到什么时候截止"
        on = idx.search(q, top_k=10)
        monkeypatch.setattr(index_mod, "TIMELESS", 1.0)
        off = idx.search(q, top_k=10)
        assert _rank_of(on, "2030年10月9日") < _rank_of(off, "2030年10月9日") < len(on)
        scores_on = {h.item_id: h.score for h in on}
        for h in off:  # a passage without a time besides the question's loses a tenth of its score; others keep theirs
            if h.item_id in scores_on and h.type == "passage" and h.part == 0:
                scaled = not states_other_time(h.quote, q) and not idx.cols["with_goal"][idx.cols["id_to_pos"][h.item_id]]
                assert abs(scores_on[h.item_id] - h.score * (0.9 if scaled else 1.0)) < 1e-9
        # a question that does not ask when is not changed
        monkeypatch.setattr(index_mod, "TIMELESS", 0.9)
        other = [h.item_id for h in idx.search("示例旗征集哪些实事建议项目", top_k=5)]
        monkeypatch.setattr(index_mod, "TIMELESS", 1.0)
        assert [h.item_id for h in idx.search("示例旗征集哪些实事建议项目", top_k=5)] == other
