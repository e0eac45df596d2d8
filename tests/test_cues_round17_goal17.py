"""Round 17 (goal17) cues: made-up sentences only."""

from extract.rules import goals as G
from extract.rules import goal_dates as g17


def test_year_service_deed_opening_places():
    assert g17.year_service_deed("2031年,免费开放8个公共图书馆,3个文化馆") == (2031, 0)
    assert G.goal_date("2031年,免费开放8个公共图书馆,3个文化馆")[0] == 2031


def test_year_service_deed_buildings_by_dong():
    s = "根据五年规划,2032年方案改造校舍12栋,新建宿舍面积3000平方米"
    year, at = g17.year_service_deed(s)
    assert year == 2032 and s[at:at + 4] == "2032"


def test_year_service_deed_near_misses():
    assert g17.year_service_deed("2031年已开放8个公共图书馆") == (None, -1)
    assert g17.year_service_deed("2031年累计改造校舍12栋") == (None, -1)
    assert g17.year_service_deed("甲馆于2031年免费开放") == (None, -1)  # no quantity
    assert g17.year_service_deed("全区共开放图书馆8个") == (None, -1)  # no year


def test_cut_off_tail_list_item():
    doc = "二、主要目标\n——某率达到95%以上;\n——减少某病发"
    par = "——减少某病发"
    start = doc.index(par)
    assert g17.cut_off_tail(par, doc, start + len(par)) == (2, len(par))


def test_cut_off_tail_after_a_sentence():
    par = "——队伍优化。配齐某园教师,队伍规模不断扩大。某员持证上"
    doc = "目标\n" + par + "\n\n"
    a, b = g17.cut_off_tail(par, doc, len(doc) - 2)
    assert par[a:b] == "某员持证上"


def test_cut_off_tail_near_misses():
    own = "供给主体更加"
    assert g17.cut_off_tail(own, "甲。\n" + own, len("甲。\n" + own)) is None  # a cut-off title line
    semi = "到2031年,某县实现均衡;学校建设取得"
    assert g17.cut_off_tail(semi, semi, len(semi)) is None  # the tail of a sentence after ``;``
    whole = "——减少某病发生。"
    assert g17.cut_off_tail(whole, whole, len(whole)) is None  # a whole sentence
    mid = "——减少某病发"
    assert g17.cut_off_tail(mid, mid + "\n三、保障措施", len(mid)) is None  # not the page's end


def test_year_work_list_lead():
    assert g17.year_work_list("2031年,某镇共谋划农业项目6个:")[0] == 2031
    s = "某县决定,2031年继续从群众最关心的问题入手,集中办好关系群众利益的重点民生实事"
    assert g17.year_work_list(s)[0] == 2031
    assert G.goal_date(s)[0] == 2031


def test_year_work_list_near_misses():
    assert g17.year_work_list("2031年某县已实施民生实事10件") == (None, -1)  # done
    assert g17.year_work_list("2031年实施的民生实事项目全部完成") == (None, -1)  # done
    assert g17.year_work_list("2031年某县为民办实事项目公布") == (None, -1)  # the list published
    assert g17.year_work_list("2031年“某地学校建设工程”计划日前经某部批复下达") == (None, -1)  # issued
    assert g17.year_work_list("2031年以来,某镇深入实施乡村振兴战略,推进项目建设") == (None, -1)  # since
    assert g17.year_work_list("某镇深入实施民生工程") == (None, -1)  # no year


def test_opening_commitment_year():
    s = "2031年,全区某率达到79%;到2033年,主要指标达到全市平均水平"
    assert g17.opening_commitment_year(s, 2033) == 2031
    assert g17.opening_commitment_year("2031年,某县要初步形成新格局;到2035年,实现全覆盖", 2035) == 2031


def test_opening_commitment_year_near_misses():
    base = "2030年,全市某年限为9.9年,确定2033年目标值为12年以上"
    assert g17.opening_commitment_year(base, 2033) is None  # a baseline, no verb of reaching
    assert g17.opening_commitment_year("2030年,已建成某中心3个;到2033年,建成5个", 2033) is None  # a result
    assert g17.opening_commitment_year("2033年,全区某率达到80%", 2033) is None  # the same year
    assert g17.opening_commitment_year("到2033年,全区某率达到80%", 2033) is None  # no opening year


def test_opening_commitment_year_result_in_clause():
    assert g17.opening_commitment_year("2030年,全国某寿命达到了79岁,到2033年提高到80岁", 2033) is None


def test_reposted_issue_year():
    text = "日前,某市政府印发《某市健身实施计划(2031-2035年)》。《计划》提出,到2035年,某率达到50%以上。"
    assert g17.reposted_issue_year(text, 2037) == 2031
    text2 = "2月6日,某县召开会议,新布局了第二批幼儿园项目。2032年项目有甲园、乙园;2033年有4所。"
    assert g17.reposted_issue_year(text2, 2036) == 2032


def test_reposted_issue_year_near_misses():
    text = "日前,某市政府印发《某市健身实施计划(2031-2035年)》。《计划》提出,到2035年,某率达到50%以上。"
    assert g17.reposted_issue_year(text, 2032) is None  # the stamp inside the plan's years: the page's own date
    assert g17.reposted_issue_year(text, None) is None  # no stamp
    report = "某市2031年至2035年共建成某中心12个,某率达到50%。"
    assert g17.reposted_issue_year(report, 2037) is None  # no issue reported: a later review
    dated = "2037年3月2日10:52 日前,某市印发《某计划(2031-2035年)》。"
    assert g17.reposted_issue_year(dated, 2037) == 2031  # a stamp to the day is no year the text names


def test_is_headline_again():
    assert g17.is_headline_again("某市2035年各类场地将达500个以上", "某市2035年各类场地将达500个以上")
    assert g17.is_headline_again("某市2035年各类场地将达500个以上。", "某市2035年各类场地将达500个以上")
    assert not g17.is_headline_again("某市2035年各类场地将达500个以上围绕某节点组织活动", "某市2035年各类场地将达500个以上")
    assert not g17.is_headline_again("某市2035年各类场地将达500个以上", "")


def test_year_work_list_set_up_for_the_people():
    """(goalA25) 兴办, as 办好: a dated lead to the year's list of 实事 the government sets up (O3b)."""
    from extract.rules.goal_dates import year_work_list
    assert year_work_list("2032年,县委、县政府为民兴办8件实事:")[0] == 2032
    assert year_work_list("2032年,县委、县政府已为民兴办8件实事") == (None, -1)  # told done


def test_opening_commitment_year_in_a_later_clause():
    # (goalA33) O4: the first year of the commitments a sentence sets in order, its year opening a later clause
    from extract.rules.goal_dates import opening_commitment_year
    assert opening_commitment_year("加强某队伍建设,2031年配备专职人员的学校比例达到80%,2033年达到90%", 2033) == 2031
    assert opening_commitment_year("确保2031年安排资金200万元,2032年至2034年分别不低于210万元、220万元、230万元", 2034) == 2031
    assert opening_commitment_year("某率2030年已达到79%,到2033年达到80%", 2033) is None  # no clause opened by the year
    assert opening_commitment_year("到2033年,某率达到80%,2031年达到79%", 2033) is None  # the later year written first
