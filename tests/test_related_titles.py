"""Made-up tests for related_titles: a related list's document titles are no goal sentences."""

from extract.rules.goals import find_goals, is_no_sentence
from extract.rules.related_titles import names_a_document
from tests.rules_kit import records


def test_document_titles():
    assert names_a_document("社区养老服务工作计划")
    assert names_a_document("团委宣传部个人计划书")
    assert names_a_document("仓库管理员工作计划书1000字")
    assert names_a_document("后勤人员年度培训计划方案")
    assert names_a_document("物业客服年度工作总结范文")


def test_no_document_titles():
    assert not names_a_document("制定社区养老服务工作计划")  # a task on a document
    assert not names_a_document("完善应急处置方案")
    assert not names_a_document("培训完成率达到95%以上")  # a level
    assert not names_a_document("全面落实健康教育计划,提高群众健康素养")  # a sentence with clauses
    assert is_no_sentence("社区养老服务工作计划") == "document_name"
    assert is_no_sentence("制定社区养老服务工作计划") == ""


def test_related_list_under_a_goal_section():
    page = ("二、工作目标\n"
            "(一)具体目标\n"
            "到2033年,全县建成社区心理服务站20个。\n"
            "小编精心推荐\n"
            "社区养老服务工作计划 | 团委宣传部个人计划书\n"
            "仓库管理员工作计划书1000字\n"
            "后勤人员年度培训计划方案\n")
    assert [g.quote for g in records(page, "goal")] == ["到2033年,全县建成社区心理服务站20个"]
    assert [h.year for h in find_goals("社区养老服务工作计划", 0, True)] == []


def test_cited_titles():
    from extract.rules.related_titles import only_cited_titles
    assert only_cited_titles("注释:《关于推进社区托育的意见》(某办发〔2031〕12号)《某省托育服务若干措施》")
    assert only_cited_titles("《某市养老服务条例》、《某市养老设施规划》")
    assert not only_cited_titles("贯彻《某市养老服务条例》,新建养老院3所")  # a sentence that cites and commits
    assert is_no_sentence("注释:《关于推进社区托育的意见》(某办发〔2031〕12号)《某省托育服务若干措施》") == "document_name"
    page = ("一、总体目标\n到2033年,全县托位达到3000个。\n"
            "注释:《关于推进社区托育的意见》(某办发〔2031〕12号)《某省托育服务若干措施》\n")
    assert [g.quote for g in records(page, "goal")] == ["到2033年,全县托位达到3000个"]


def test_a_sentence_on_the_plan_is_no_title():
    assert not names_a_document("某部将于2033学年度起全面推动本计划")
    assert not names_a_document("甲局要按期实施乙计划")
    assert not names_a_document("某局会在2033年推出新一轮学校改善计划")
    assert names_a_document("街道工会文体部年度工作计划")  # 会 of a body's name is no will


def test_titles_with_their_own_year():
    # (goalB26) a year that opens or closes a title is the document's, part of its name
    assert names_a_document("2034年社区志愿者服务计划方案")
    assert names_a_document("街道消防演练实施方案2033")
    assert names_a_document("2035年度镇文化站工作要点")
    assert names_a_document("2036年五个方面重点工作安排")
    # a deed, a deadline or a year inside the name: no bare title
    assert not names_a_document("2034年完成社区志愿者服务计划")
    assert not names_a_document("到2035年制定养老服务工作方案")
    assert not names_a_document("某街道2033年工作要点")
    assert not names_a_document("2034年")


def test_heading_left_as_text_is_a_title():
    # (goalB26) its ordinal is no part of the title; a task under an ordinal stays one
    assert names_a_document("三、2037年四个方面主要工作安排")
    assert names_a_document("(二)社区文体活动工作方案")
    assert not names_a_document("(二)修订社区文体活动工作方案")
    assert is_no_sentence("三、2037年四个方面主要工作安排") == "document_name"


def test_dated_titles_under_a_goal_section():
    page = ("一、主要目标\n"
            "到2038年,全区建成老年助餐点45个。\n"
            "二、2038年六个方面重点工作安排\n"
            "猜你喜欢\n"
            "校园食品安全检查计划方案2039\n")
    assert [g.quote for g in records(page, "goal")] == ["到2038年,全区建成老年助餐点45个"]
