"""``(某人)指示X+doing`` (unit_directed_offices) and ``…由X协助+doing`` (unit_by_assistants): made-up texts only."""

from extract.rules.unit_by_assistants import by_assistant_doings
from extract.rules.unit_directed_offices import directed_offices
from rules_kit import units


def test_offices_directed_to_a_doing_lead_it():
    assert directed_offices("县长视察园区,并指示甲处进一步完善相关设备,为幼童服务") == [(10, 21, "进一步完善相关设备", ["甲处"])]
    assert [(t, u) for _, _, t, u in directed_offices("他已指示甲局、乙局在完工后恢复球场时,要做得更好")] == \
        [("在完工后恢复球场时", ["甲局", "乙局"])]


def test_instructions_as_nouns_and_offices_own_things_are_no_charge():
    for text in ("贯彻重要指示精神", "落实指示批示要求", "市长在会议指示甲局的改建工程", "指示甲局做", "指示各校加强管理"):
        assert directed_offices(text) == [], text


def test_an_assisting_office_inside_a_sentence_answers_for_the_doing():
    assert by_assistant_doings("规划出售旧校地,刻由县府甲处协助标售中。") == [(9, 19, "标售中", ["县府甲处"])]
    assert [(t, r) for _, _, t, r in by_assistant_doings("由院甲部协助并合作在校内宣传,放置海报")] == [("在校内宣传", ["院甲部"])]


def test_leads_collectives_people_and_cut_doings_are_left():
    for text in ("由甲局牵头、乙局协助做好工作", "由各校协助办理", "由于乙局协助", "由校长协助处理", "由县乙局协助,做好工作"):
        assert by_assistant_doings(text) == [], text


def test_through_the_rules():
    assert units("县长视察园区,并指示甲处进一步完善相关设备。") == [("进一步完善相关设备", ["甲处"], [])]
    assert units("规划出售旧校地,刻由县府甲处协助标售中。") == [("标售中", [], ["县府甲处"])]
