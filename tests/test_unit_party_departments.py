"""(unitA25) ``由X…`` clauses whose X is a party committee's own department (``县委宣传部``, ``市委组织部``, ``县委办``), the
organiser's verbs that give no row in running text (U7e), and ``具体由X负责`` closing a task. Made-up texts."""

from rules_kit import units


def test_a_committee_department_is_read_whole_after_by():
    text = "(三)编印宣传手册\n由市委组织部编印党员学习手册,发放到各支部。\n"
    assert [lead for _, lead, _ in units(text)] == [["市委组织部"]]


def test_a_doing_after_the_committee_is_no_department():
    text = "(二)整改落实\n由区委统一部署整改工作,逐项销号。\n"
    assert all(lead != ["区委统一部"] for _, lead, _ in units(text))


def test_an_organisers_verb_in_running_text_gives_no_row():
    text = "(一)书画展览\n由镇党委宣传办统一组织各村在广场布置展板。\n(二)征文比赛\n由县委办组织力量评选优秀作品。\n"
    assert units(text) == []


def test_a_specific_charge_sentence_after_the_task():
    text = "(四)广场舞展演\n每周由一个社区组织展演一场。具体由镇文化站负责。\n"
    assert [lead for _, lead, _ in units(text)] == [["镇文化站"]]


def test_a_specific_charge_closing_the_task_sentence():
    text = "(五)趣味运动会\n于9月中旬举办全镇趣味运动会,届时将开展拔河比赛,具体由镇体育站负责。\n"
    rows = units(text)
    assert [lead for _, lead, _ in rows] == [["镇体育站"]]


def test_a_long_named_leading_group_leads_the_task_before_it():
    text = "本届农民丰收节由某乡人民政府庆祝农民丰收节筹备领导小组负责牵头组织。"
    assert units(text) == [("本届农民丰收节", ["某乡人民政府庆祝农民丰收节筹备领导小组"], [])]


def test_a_long_run_of_words_is_still_no_unit():
    from extract.cues import is_unit_cell
    assert is_unit_cell("某乡人民政府庆祝农民丰收节筹备领导小组")
    assert not is_unit_cell("组织全镇中小学生开展暑期防溺水安全教育活动")


def test_two_whole_office_names_joined_by_and_are_two_units():
    text = "对问题突出的商户,由市场监管局和文旅局在全县范围内进行通报。"
    assert [lead for _, lead, _ in units(text)] == [["市场监管局", "文旅局"]]


def test_a_name_with_and_inside_or_its_own_brigade_stays_one_unit():
    from extract.rules.unit_lists import _pair_split
    assert _pair_split("县文化和旅游局") == ["县文化和旅游局"]
    assert _pair_split("县公安局及其交警大队") == ["县公安局及其交警大队"]
    assert _pair_split("县委和县政府") == ["县委", "县政府"]


def test_funding_raised_by_a_party_gives_no_row():
    text = "全镇共改造运动场5个。塑胶铺设资金由各村和学校负责筹集,县财政以奖代补。改造经费由镇中心校负责筹措。"
    assert units(text) == []
