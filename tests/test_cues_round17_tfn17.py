"""Seventeenth-round cues of engineer tfn17 (missed numeric targets), on made-up text."""
from extract.rules.target_quantities import (adds_funds, count_required, count_then_each_measure, masks_programme_name_years,
                                      relative_year_between, first_of_paired_years, serves_more, spends_ahead,
                                      more_works_verb, threshold_of_other, totals_funding, totals_planned)
from extract.rules.targets import find_targets


def _values(text: str, role: str = "none") -> list[tuple[float, str]]:
    return [(h.value, h.unit) for h in find_targets(text, role=role)]


# -- 1. serves_more ---------------------------------------------------------------------------------------------------

def test_serves_cases_and_wan_people():
    assert serves_more("为", "例", "贫困患者免费实施复明手术")
    assert serves_more("某区将为", "例", "患者实施手术救助")
    assert serves_more("为", "万", "中小学生开展视力筛查")
    assert serves_more("为", "名", "80岁以上老人配发烟感报警器")
    assert serves_more("为", "名", "独居老人配发智能手环")


def test_serves_more_near_misses():
    assert not serves_more("为", "万", "用于开展甲项目")  # money, no people after 万
    assert not serves_more("发病数为", "例", "比上年下降")  # a status
    assert not serves_more("甲院可为", "例", "患者实施手术")  # a capacity
    assert not serves_more("为", "名", "老人提供午餐")  # serves_count's own verb: not this cue's
    assert not serves_more("向", "名", "老人配发手环")  # no ``为``/``对`` frame


def test_serves_more_in_sentences():
    assert (60.0, "例") in _values("今年为60例白内障患者实施复明手术。")
    assert (20.0, "万") in _values("为20万中小学生开展心理健康测评。")
    assert (2000.0, "名") in _values("为2000多名80岁以上老人配发逃生器材。")
    assert (12.0, "例") not in _values("全区报告病例为12例。")


# -- 2. adds_funds ----------------------------------------------------------------------------------------------------

def test_adds_funds():
    assert adds_funds("明年度相关预算增列新台币", "万元")
    assert adds_funds("某部增列", "亿")
    assert adds_funds("政府拨款", "亿")
    assert adds_funds("县府增拨", "亿元")


def test_adds_funds_near_misses():
    assert not adds_funds("去年已拨款", "亿")  # spent already
    assert not adds_funds("累计拨款", "亿元")
    assert not adds_funds("申请拨款", "亿元")  # an application: ``appropriates``
    assert not adds_funds("增列", "项")  # not money
    assert not adds_funds("预算执行增列", "亿")


def test_adds_funds_in_sentences():
    assert (8.0, "亿") in _values("某部增列8亿。")
    assert (15.0, "亿") in _values("拨款15亿推行甲计划。")
    assert (5.0, "亿") not in _values("去年已拨款5亿完成甲工程。")


# -- 3. spends_ahead --------------------------------------------------------------------------------------------------

def test_spends_ahead():
    assert spends_ahead("在未来5年内,投入")
    assert spends_ahead("今后三年投入")
    assert spends_ahead("某校拟开设一班,初期投入经费约")


def test_spends_ahead_near_misses():
    assert not spends_ahead("今年县府投入")
    assert not spends_ahead("过去5年,某府投入")


def test_spends_ahead_in_sentences():
    assert (6.0, "亿") in _values("在未来5年内,投入6亿,逐步完成甲计划。")
    assert (300.0, "万元") not in _values("今年县府投入300万元。")


# -- 4. count_then_each_measure ---------------------------------------------------------------------------------------

def test_count_then_each_measure():
    assert count_then_each_measure("台", "15年以上的电梯进行评估")
    assert count_then_each_measure("台", "8.0KW、5.6KW规格的空调")
    assert count_then_each_measure("辆", "10吨的洒水车")
    assert count_then_each_measure("片", "3万平方米,组织开展…")  # what all of them measure together
    assert count_then_each_measure("条", "15公里")


def test_count_then_each_measure_near_misses():
    assert not count_then_each_measure("个", "100%")  # ``3个100%``: a name
    assert not count_then_each_measure("件", "12项实事")
    assert not count_then_each_measure("台", "2031年完成")  # a year, not a measure of each
    assert not count_then_each_measure("台", "15年")  # no ``以上的``
    assert not count_then_each_measure("个", "100%")
    assert not count_then_each_measure("个", "5米/秒")  # a per-unit measure
    assert not count_then_each_measure("所", "3万平方米")  # a count of schools: not this cue's


def test_count_then_each_measure_in_sentences():
    assert (9.0, "台") in _values("甲校需购买9台8.0KW的空调。")
    assert (3.0, "个") not in _values("实现3个100%。")
    assert (80.0, "片") in _values("甲区计划新建嵌入式体育场地80片3万平方米。")


# -- 5. first_of_paired_years -----------------------------------------------------------------------------------------

def test_first_of_paired_years():
    s = "到2031年和2035年,甲区居民乙素养水平分别不低于22%和30%"
    assert first_of_paired_years(s, s.index("22%") + 3, 2035) == 2031
    assert first_of_paired_years(s, s.index("30%") + 3, 2035) is None  # the second keeps the later year
    s = "到2031年底和2035年,丙比例达到37%及以上和40%及以上"
    assert first_of_paired_years(s, s.index("37%及以上") + 6, 2035) == 2031


def test_first_of_paired_years_near_misses():
    s = "到2035年,甲率、乙率分别达到90%、95%"  # one deadline
    assert first_of_paired_years(s, s.index("90%") + 3, 2035) is None
    s = "2031年甲率达到22%和乙率30%"  # no pair of deadlines opening the sentence
    assert first_of_paired_years(s, s.index("22%") + 3, 2031) is None
    s = "到2031年和2035年,甲率达到22%,乙率达到30%"  # no pair of values
    assert first_of_paired_years(s, s.index("22%") + 3, 2035) is None


def test_paired_years_in_sentences():
    got = [(h.value, h.target_year) for h in find_targets("到2031年和2035年,甲区居民乙素养水平分别不低于22%和30%。", role="plan")]
    assert (22.0, 2031) in got and (30.0, 2035) in got


# -- 7. threshold_of_other --------------------------------------------------------------------------------------------

def test_threshold_of_other():
    assert threshold_of_other("对", "台", "15年以上的电梯进行评估")  # the age bounds the lifts, not the count
    assert threshold_of_other("对30户以上的自然村、", "个", "村民小组开通广播")  # an earlier item's bound


def test_threshold_of_other_near_misses():
    assert not threshold_of_other("对超过", "人", "的学校配备校医")  # the count is the bound
    assert not threshold_of_other("对", "户", "以上的村实施改造")
    assert not threshold_of_other("对甲村、", "户", "以上的乙村实施改造")  # the later item has its own bound
    assert not threshold_of_other("对", "年", "以上的房屋进行鉴定")  # not a count


def test_threshold_of_other_in_sentences():
    assert (600.0, "台") in _values("实施甲小区改造提升工程,对600台15年以上的老旧电梯进行安全评估。")
    assert (170.0, "个") in _values("对30户以上的自然村、170个村民小组开通广播电视。")
    assert (1500.0, "人") not in _values("对超过1500人的学校配备专职校医。")
    assert (300.0, "户") not in _values("对300户以上的村实施改造。")


# -- 8. MEASURES ------------------------------------------------------------------------------------------------------

def test_measure_words_read():
    assert (800.0, "延长米") in _values("实施甲街巷路维修,铺设方砖300平方米,安装边石800延长米。")
    assert (3912.0, "平方公尺") in _values("甲馆为新建大楼,规划总面积约3,912平方公尺。")
    assert (1200.0, "剂次") in _values("今年将为适龄女生接种疫苗1200剂次。")
    assert (8000.0, "穴") in _values("新建公益性墓地5处,新增墓穴8000穴。")


def test_measure_words_near_misses():
    assert (800.0, "米") not in _values("实施甲街巷路维修,安装边石800延长米。")  # the longer word wins
    assert (3.0, "平方") not in _values("甲馆总面积约3平方公尺。")
    assert not [v for v in _values("现有墓穴8000穴。") if v[1] == "穴"]  # a status stays one


# -- 9. totals_funding ------------------------------------------------------------------------------------------------

def test_totals_funding():
    assert totals_funding("1.甲计划总经费", "亿元", "bare")
    assert totals_funding("全国乙经费总预算为", "亿元", "status:为")
    assert totals_funding("明年度补助计划,总经费需求约新台币", "亿元", "bare")


def test_totals_funding_near_misses():
    assert not totals_funding("甲计划总经费已执行", "亿元", "bare")  # an outturn
    assert not totals_funding("购置经费", "万元", "bare")  # a fund's noun, no total
    assert not totals_funding("甲计划总经费占比", "%", "bare")  # no money
    assert not totals_funding("去年总经费为", "亿元", "status:为")
    assert not totals_funding("本年度政府总预算为", "亿元", "status:为")  # the running year's books


def test_totals_funding_in_sentences():
    assert (27.2, "亿元") in _values("1.营造甲设施总经费27.2亿元,系补助地方政府办理各类场馆改善。")
    assert (5000.0, "亿元") in _values("全国教育经费总预算为5000亿元。")
    assert (3.0, "亿元") not in _values("去年总经费为3亿元。")


# -- 10. more_works_verb ----------------------------------------------------------------------------------------------

def test_more_works_verb():
    assert more_works_verb("重点建好")
    assert more_works_verb("免费开放2个图书馆、")
    assert more_works_verb("输转城乡富余劳动力")


def test_more_works_verb_near_misses():
    assert not more_works_verb("免费提供")  # other lists read it
    assert not more_works_verb("输转资金")  # not labour
    assert not more_works_verb("开放")


def test_more_works_verb_in_sentences():
    got = _values("免费开放2个公共图书馆、3个文化站,向居民提供基本文化服务。")
    assert (2.0, "个") in got and (3.0, "个") in got
    assert (120.0, "个") in _values("重点建好120个村卫生室。")
    assert (30.0, "万人") in _values("甲省提出,输转城乡富余劳动力30万人。")
    assert not _values("截至目前,全市已免费开放公共图书馆12个。")


# -- 11. count_required -----------------------------------------------------------------------------------------------

def test_count_required():
    assert count_required("每所学校至少需满足")
    assert count_required("同时谋划2032年")
    assert count_required("今年全县将实施")


def test_count_required_near_misses():
    assert not count_required("明确")  # the plan counting its own tasks
    assert not count_required("涉及")
    assert not count_required("共有")


def test_count_required_in_sentences():
    assert (7.0, "项") in _values("每所学校至少需满足7项指标。")
    assert (35.0, "项") in _values("今年全县将实施35项民生实事项目,总投资12亿元。")
    assert (20.0, "项") not in _values("方案明确20项重点任务。")


# -- 12. totals_planned -----------------------------------------------------------------------------------------------

def test_totals_planned():
    assert totals_planned("甲市共计规划", "甲市共计规划", "座", "status:共计")
    before = "本项工程经费由中央补助9,000万元,县府自筹2亿元,共计"
    assert totals_planned(before, "共计", "亿元", "status:共计")


def test_totals_planned_near_misses():
    assert not totals_planned("全市共计有学校", "全市共计有学校", "所", "status:共计")  # what stands
    before = "已拨付中央补助1亿元,县府自筹2亿元,共计"
    assert not totals_planned(before, "共计", "亿元", "status:共计")  # paid already
    before = "学生800人,教师60人,共计"
    assert not totals_planned(before, "共计", "人", "status:共计")  # no money set aside
    assert not totals_planned("甲市共计规划", "甲市共计规划", "座", "bare")  # not a status total


def test_totals_planned_in_sentences():
    assert (9.0, "座") in _values("甲市共计规划9座国民运动中心,乙中心已在兴建中。")
    assert (3.0, "亿元") in _values("本项工程经费由中央补助9,000万元,县府自筹2亿元,共计3亿元。")
    assert (860.0, "人") not in _values("学生800人,教师60人,共计860人。")


# -- 13. masks_programme_name_years -----------------------------------------------------------------------------------

def test_masks_programme_name_years():
    s = "甲区审定了2031年重点民生实事工作计划,安排投资5亿元"
    assert "2031" not in masks_programme_name_years(s) and len(masks_programme_name_years(s)) == len(s)
    assert "120" not in masks_programme_name_years("补助乙校办理120学年度科学教育计划专案,核定计划经费80万元")
    assert "2031" not in masks_programme_name_years("我县获批丙工程2031年中央预算内投资计划项目2个")
    # (N9c, twenty-first round) an allotment handed down: the year names the allotment the money comes from
    assert "2032" not in masks_programme_name_years("省里下达丁县敬老院建设项目2032年中央预算内投资计划460万元")


def test_masks_programme_name_years_near_misses():
    for s in ("2031年度计划投资7500万元", "2031年计划新增学位3000个", "到2031年,审定的项目全部完工",
              "审定了甲计划,2031年新增学位300个"):
        assert masks_programme_name_years(s) == s, s


def test_programme_name_years_in_sentences():
    got = [(h.value, h.target_year) for h in find_targets("甲区审定了2031年重点民生实事工作计划,安排投资5亿元。", role="plan")]
    assert (5.0, None) in got
    got = [(h.value, h.target_year) for h in find_targets("省里下达了戊市2032年养老服务中央预算内投资计划,安排资金380万元。",
                                                         role="none")]
    assert got == [(380.0, None)]
    got = [(h.value, h.target_year) for h in find_targets("2031年度计划投资7500万元。", role="plan")]
    assert (7500.0, 2031) in got


# -- 14. relative_year_between ----------------------------------------------------------------------------------------

def test_relative_year_between():
    s = "自2031年到2035年,每年编列40亿元,明年将再加进17亿"
    assert relative_year_between(s, s.index("2035年") + 5, s.index("17亿"))
    s = "在2036年年底前增加20%,当中2 600个将于明年投入服务"
    assert relative_year_between(s, s.index("2036年") + 5, s.index("2 600"))


def test_relative_year_between_near_misses():
    s = "自2031年到2035年,每年编列40亿元,明年将再加进17亿"
    assert not relative_year_between(s, s.index("2035年") + 5, s.index("40亿"))  # before the relative year
    s = "2031年,今年计划新增学位300个"  # the running year, written both ways
    assert not relative_year_between(s, s.index("2031年") + 5, s.index("300"))
    s = "2031年,明(2032)年再新增学位300个"  # a bracketed year is a year
    assert not relative_year_between(s, s.index("2031年") + 5, s.index("300"))


def test_relative_year_in_sentences():
    got = [(h.value, h.target_year) for h in find_targets("自2031年到2035年,每年编列40亿元推动改建,明年将再增加拨款17亿。", role="plan")]
    assert (40.0, 2035) in got and (17.0, None) in got
