"""Goal cues of the tenth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import common_era, roc_page_year
from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def test_roc_years_are_read_in_the_common_era():
    # (the rules read the text in Simplified script) a year, a school year, a span of years of the ROC calendar
    # (N -> 1911 + N)
    assert common_era("本府将于118年完成校舍补强") == "本府将于2029年完成校舍补强"
    assert common_era("甲县117学年度新设乙园,并增设3班") == "甲县2028年新设乙园,并增设3班"
    assert common_era("未来3年内(116-118年)将再增加2万个名额") == "未来3年内(2027-2029年)将再增加2万个名额"
    assert common_era("丙市,116学年度预计新增6班") == "丙市,2027年预计新增6班"  # (after a comma too)
    # no ROC year: a count of years, a number with a thousands separator, a page that writes its years 20NN
    for s in ("建校110年的老校舍将拆除", "甲校已有110年历史", "近110年来人口变化", "共计1,110年度经费",
              "2029年将新建12所学校,约110年一遇的洪水"):
        assert common_era(s) is s


def test_a_dated_roc_sentence_is_a_goal():
    text = ("甲縣增設公共化幼兒園\n\n"
            "為減輕家長負擔,甲縣積極擴充教保名額,117學年度新建乙非營利幼兒園,並增設丙國小附設幼兒園2班。\n\n"
            "教育處表示,目前已有公立幼兒園40園,在117學年度新增3園之後,公共化供應量將達50%。\n\n"
            "教育處強調,未來3年內(116-118年)將再增加超過2000個名額。\n")
    got = goals(text)
    assert ("為減輕家長負擔,甲縣積極擴充教保名額,117學年度新建乙非營利幼兒園,並增設丙國小附設幼兒園2班", 2028) in got
    assert ("教育處表示,目前已有公立幼兒園40園,在117學年度新增3園之後,公共化供應量將達50%", 2028) in got
    assert ("教育處強調,未來3年內(116-118年)將再增加超過2000個名額", 2029) in got


def test_an_roc_date_dates_an_undated_page():
    assert roc_page_year("日期:118/03/02\n資料來源:甲部") == 2029
    assert roc_page_year("一、依據乙署 117 年 5 月 6 日函辦理。") == 2028
    assert roc_page_year("預計118年完工") is None  # no date to the day
    # a goal dated before the page's ROC date tells what happened
    text = ("日期:118/03/02\n\n"
            "甲計畫自 110 學年度起實施,於 114 學年度起新增國中試辦學校。\n\n"
            "乙部將於119學年度起全面推動本計畫。\n")
    got = goals(text)
    assert not any(y == 2025 for _, y in got)
    assert ("乙部將於119學年度起全面推動本計畫", 2030) in got


def test_the_past_as_a_measure_or_a_documents_date_is_no_past_result():
    from extract.rules.goals import reports_past, year_set_for
    s = "在三年内(2030-31 至 2032-33年度)提供约 200 公顷用地,总量比过去三年所提供的多一倍"
    assert not reports_past(s, s.find("2032"))
    s = "甲局会于2031/32学年在另外5所小学推行新课程,提早一年完成去年规划所订目标"
    assert not reports_past(s, s.find("2031"))
    # a result of the sentence's own stays past
    s = "在三年内(2030-31 至 2032-33年度)已提供约 200 公顷用地"
    assert reports_past(s, s.find("2032"))
    assert reports_past("去年完成新建校舍3所", -1)
    # a school year after 于/於 dates the deed like a year
    assert year_set_for("甲局会于2031/32学年在另外5所小学推行新课程")[0] == 2031
    assert year_set_for("乙校于2031至32学年开设两班")[0] == 2031


def test_dated_commitments_of_a_hong_kong_style_page_are_goals():
    text = ("甲局預算\n\n"
            "【本報訊】甲局表示,會於2031/32學年在另外5所小學推行新課程,屆時逾八成小學推行,提早一年完成去年規劃所訂目標。\n\n"
            "- 在三年內(2030-31 至 2032-33年度)提供約 200 公頃用地,總量比過去三年所提供的多一倍。\n")
    got = goals(text)
    assert ("【本報訊】甲局表示,會於2031/32學年在另外5所小學推行新課程,屆時逾八成小學推行,提早一年完成去年規劃所訂目標", 2031) in got \
        or ("甲局表示,會於2031/32學年在另外5所小學推行新課程,屆時逾八成小學推行,提早一年完成去年規劃所訂目標", 2031) in got
    assert ("在三年內(2030-31 至 2032-33年度)提供約 200 公頃用地,總量比過去三年所提供的多一倍", 2032) in got


def test_a_documents_title_run_into_its_first_sentence_is_no_part_of_the_goal():
    from extract.rules.goals import title_run_in
    s = "甲区教育局2031年工作要点2031年,全区教育系统将以提高质量为总体目标"
    assert s[title_run_in(s):] == "2031年,全区教育系统将以提高质量为总体目标"
    s = "乙市教育局2030年工作总结和2031年工作计划2030年,我局认真落实各项部署,取得明显成效"
    assert s[title_run_in(s):].startswith("2030年,我局")
    assert title_run_in("2031年,全区将完成5所学校建设") == 0
    text = ("丙区教育局2031年工作要点丙区教育局2031年工作要点2031年,全区教育系统将以提高质量为总体目标,深入推进三项创建。\n"
            "丁市教育局2030年工作总结和2031年工作计划2030年,我局认真落实各项部署,取得明显成效。\n")
    got = goals(text)
    assert ("2031年,全区教育系统将以提高质量为总体目标,深入推进三项创建", 2031) in got
    assert not any("我局认真落实" in q for q, _ in got)  # (``工作计划2030年``: no plan dating a deed)
