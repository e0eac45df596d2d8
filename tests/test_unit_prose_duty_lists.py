"""A duty list written as prose: a sentence naming the units whose duties it sets out, then one sentence per unit
(U8b (ii), twenty-third round). Made-up text."""

from rules_kit import units

from extract.rules.unit_prose_duty_lists import prose_duty_rows


def test_prose_list_rows_and_helper_kept_as_own_duty():
    assert units("细则明确了某市体育局和某区住建局的职责。某市体育局的职责包括制定球场开放标准等。"
                 "某区住建局将协助某市体育局做好场地移交。") == [
        ("制定球场开放标准", ["某市体育局"], []), ("协助某市体育局做好场地移交", ["某区住建局"], [])]


def test_modals_and_charges_after_the_unit():
    text = ("方案明确了某县教育局、某县公安局和某县交通局的职责。某县教育局负责校车的统筹管理。"
            "某县公安局要加强校车通行安全管理。某县交通局也将做好线路审批。其他事项另行规定。")
    assert units(text) == [("校车的统筹管理", ["某县教育局"], []), ("加强校车通行安全管理", ["某县公安局"], []),
                           ("做好线路审批", ["某县交通局"], [])]


def test_traditional_script():
    assert units("細則明確了某市文旅局與某區城管局的職責。某市文旅局的職責包括編制書屋規劃等。某區城管局將配合某市文旅局做好選址。") == [
        ("编制书屋规划", ["某市文旅局"], []), ("配合某市文旅局做好选址", ["某区城管局"], [])]


def test_near_misses():
    assert prose_duty_rows("新规明确了学校和家长的职责。学校要做好安全教育。") == []  # no organisations' names
    hits = prose_duty_rows("细则明确了某市体育局的职责。各区要做好场地移交。某市体育局负责制定开放标准。")
    assert hits == []  # the run ends at a sentence that opens with no listed unit


def test_members_duty_line_doers():
    from extract.rules.unit_prose_duty_lists import member_line_doers

    text = ("1.牵头单位:某市民政局\n职责:负责活动总体协调\n2.成员单位:某市教育局、某市融媒体中心、某市文化馆\n"
            "职责:各单位要按分工组织本系统参与。某市融媒体中心、某市文化馆要做好活动的宣传展示工作。\n二、工作要求")
    assert ("做好活动的宣传展示工作", ["某市融媒体中心", "某市文化馆"], []) in units(text)
    trad = "成員單位:某縣教育局、某縣廣播電視臺\n職責:各單位按分工參與。某縣廣播電視臺負責活動的直播報道。"
    assert ("活动的直播报道", ["某县广播电视台"], []) in units(trad)
    assert member_line_doers("成员单位:某市教育局\n职责:各单位要按分工参与。各学校要做好宣传。") == []  # collectives


def test_short_forms_joined_units_continuations_and_later_paragraphs():
    text = ("办法明确了市园林局、市城管局、各街道办事处和学校的工作职责。园林局的职责包括制定绿地养护标准等。同时,要定期公布养护名录。\n\n"
            "市城管局的职责包括查处毁绿行为。各街道办事处及学校也将配合做好日常巡查。\n")
    rows = units(text)
    assert ("制定绿地养护标准", ["园林局"], []) in rows  # the listed name without its level word, as written
    assert ("查处毁绿行为", ["市城管局"], []) in rows  # the run goes on past the continuing sentence and the paragraph
    assert any(r[1] == ["各街道办事处", "学校"] for r in rows)  # two listed units open one sentence together


def test_a_new_paragraph_that_opens_with_no_listed_unit_ends_the_run():
    text = "细则明确了某市体育局和某区文旅局的职责。某市体育局负责制定开放标准。\n违规者将被通报。\n某区文旅局负责日常巡查。"
    hits = prose_duty_rows(text)
    assert [h[3] for h in hits] == [["某市体育局"]]  # the run ends at the line that opens with no listed unit
    assert prose_duty_rows("细则明确了某市体育局的职责。此外,各区要做好场地移交。") == []  # a continuation needs a unit row before it
