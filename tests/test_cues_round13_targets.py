"""Target cues widened in the thirteenth round against variants of the genre's wording, each on a small made-up
text (no sentence of a real document)."""

from extract.rules.target_cues import range_of_same_unit
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.value_max, r.unit, r.comparator) for r in records(text, "numeric_target")]


# -- a range whose unit is written at both ends is one record (w17-taiwan-banban, w19-xianggang-mianfei,
#    w19-aomen-shizheng-fuli: three sites, Taiwan, Hong Kong and Macau) ----------------------------------------------


def test_range_of_same_unit_reads_the_upper_end():
    assert range_of_same_unit("达到60%至75%", 2, 5, "%") == (75.0, 9)
    assert range_of_same_unit("补助3,000元至4,500元", 2, 8, "元") == (4500.0, 15)
    assert range_of_same_unit("补助3,000元至4,500人", 2, 8, "元") is None  # another unit: two numbers
    assert range_of_same_unit("由60%至75%", 1, 4, "%") is None  # a change from a base (N2)
    assert range_of_same_unit("达到60%,75%", 2, 5, "%") is None  # no range mark


def test_ranges_with_the_unit_at_both_ends():
    cases = (
        ("明年预计60%至75%的幼儿园学童可免交学费。", (60.0, 75.0, "%", "=")),  # mainland
        ("明年預計６０％至７５％的幼稚園學童毋須交學費。", (60.0, 75.0, "%", "=")),  # Hong Kong, full-width digits
        ("補助金額將調整為3,000元至4,500元不等。", (3000.0, 4500.0, "元", "=")),  # Macau, grouped digits
        ("縣市政府將依財力等級負擔40%到20%,由中央負擔其餘經費。", (20.0, 40.0, "%", "=")),  # Taiwan: high end first (N17c)
        ("到2027年,每校将配备心理教师2名至3名。", (2.0, 3.0, "名", "=")),  # a measure word at both ends
    )
    for text, want in cases:
        got = targets(text)
        assert got[:1] == [want], (text, got)
        assert all(v != want[1] or vmax is not None for v, vmax, _u, _c in got), (text, got)  # no second record


def test_no_range_where_it_is_a_change_or_two_units():
    # a change from a base: the first value is where it starts (N2), the second the target
    assert [g[:2] for g in targets("到2027年,全区普惠率将由60%至75%。")] == [(75.0, None)]
    # two units: two amounts, no range
    got = targets("到2027年,新增学位3000个至少5000人受惠。")
    assert all(vmax is None for _v, vmax, _u, _c in got)


# -- a currency named after the amount (w18-aomen-jiaoyu-jijin, w19-aomen-shizheng-fuli: two Macau sites; made-up
#    Hong Kong, Taiwan and mainland wordings below) ------------------------------------------------------------------


def test_currency_after_the_amount_is_the_unit():
    cases = (
        ("明年照顧者津貼將調高至每月2,600澳門元。", (2600.0, None, "澳门元", "=")),  # Macau
        ("今年教育基金預算約8.1億澳門幣。", (8.1, None, "亿澳门币", "=")),  # Macau, 亿 and 幣
        ("政府將撥款約30億港元興建新校舍。", (30.0, None, "亿港元", "=")),  # Hong Kong
        ("市府將編列1,200萬新台幣補助學校。", (1200.0, None, "万新台币", "=")),  # Taiwan, the currency after 萬
        ("项目计划引进外资不少于５００万美元。", (500.0, None, "万美元", ">=")),  # mainland, full-width digits
    )
    for text, want in cases:
        got = targets(text)
        assert got == [want], (text, got)


def test_currency_words_that_are_no_unit():
    # a place or a port named after a number is no currency
    assert all(u not in ("港元", "港币") for _v, _m, u, _c in targets("到2027年,新建3港口码头2个。"))
    # a past amount stays status whatever its currency
    assert targets("去年已發放津貼共3,000萬澳門元。") == []


# -- a change over a named base year is the plan's target, not a past result (w14-tianjin-jiuye, w15-yuanjiang-shouming,
#    w19-quanguo-quanmin-jianshen: three sites) ---------------------------------------------------------------------


def test_masks_base_years_blanks_the_base_of_a_change_only():
    from extract.rules.target_years import masks_base_years, plans_base_years
    assert masks_base_years("能耗比2020年下降14.5%") == "能耗□□□□□□下降14.5%"
    assert masks_base_years("较2022年 下降3%") == "□□□□□□ 下降3%"
    assert masks_base_years("比2020年底提高5个百分点") == "□□□□□□□提高5个百分点"
    assert masks_base_years("2020年比例达到50%") == "2020年比例达到50%"  # no base of a change
    assert masks_base_years("比2020年的水平") == "比2020年的水平"  # no change after it
    assert masks_base_years("比1990年提高5%", since=1995) == "比1990年提高5%"
    # a review in an outline: the plan of 1996 keeps 1990 as past; a goal heading masks every base
    assert plans_base_years("比1990年提高5%", "plan", None, 1996, None) == "比1990年提高5%"
    assert plans_base_years("比1990年提高5%", "goal", None, 1996, None) != "比1990年提高5%"
    assert plans_base_years("比1990年提高5%", "none", None, None, None) == "比1990年提高5%"


def test_changes_over_a_base_year_under_a_goal_heading():
    cases = (
        # mainland, a goal section
        ("二、发展目标\n全区体育锻炼人数比例达到40%以上,比2020年提高5个百分点。",
         [(40.0, None, "%", ">="), (5.0, None, "个百分点", "=")]),
        # Taiwan, Traditional script
        ("貳、計畫目標\n全市肥胖學生比率較2019年減少2個百分點,體適能合格率達到60%。",
         [(2.0, None, "个百分点", "="), (60.0, None, "%", "=")]),
        # Hong Kong wording with full-width digits
        ("二、主要目標\n長者護理宿位輪候時間比２０２２年縮短３個月。", [(3.0, None, "个月", "=")]),
    )
    for text, want in cases:
        got = targets(text)
        assert got == want, (text, got)
    # the base year dates no target
    got = [r.target_year for r in records("二、发展目标\n到2027年,单位能耗比2022年下降8%。", "numeric_target")]
    assert got == [2027]
    got = [r.target_year for r in records("二、主要目标\n单位能耗比2022年下降8%。", "numeric_target")]
    assert got == [None]


def test_changes_over_a_base_year_that_stay_past():
    # a news report of results: no outline, the base year stays a past marker
    assert targets("2023年全市生产总值达到800亿元,比2018年增长35%。") == []
    # a plan of 2021 reviewing the last period in its outline: a base year long before the plan's own
    text = "某区教育事业发展规划(2021-2025年)\n二、主要任务\n全区在园幼儿1.2万人,比2010年增加3000人。"
    assert all(v != 3000.0 for v, _m, _u, _c in targets(text))


# -- the measures of a school or works being built are planned sizes (w19-dianbai-diyi-xiaoxue, w19-fuqing-zhouyao,
#    w19-wuzhou-meiguihu, w19-fenghua-shida-minsheng: four sites) -------------------------------------------------------


def test_measures_planned_works_cue():
    from extract.rules.target_works_measures import measures_planned_works
    assert measures_planned_works("甲中学新校区位于城东,占地面积", "占地面积")
    assert measures_planned_works("该工程已于今年3月开工,规划设立", "规划设立")
    assert measures_planned_works("目前正在建设新校园,办学规模为", "办学规模为")
    assert not measures_planned_works("甲中学新校区已于去年建成,占地面积", "占地面积")  # finished works
    assert not measures_planned_works("甲中学建于1985年,占地面积", "占地面积")  # a school that stands
    assert not measures_planned_works("甲中学位于城东,占地面积", "占地面积")  # no works named
    assert not measures_planned_works("该项目新增学位", "新增学位")  # no measure noun


def test_measures_of_works_under_way_are_targets():
    cases = (
        # mainland news: a new campus being built, measures after its place
        ("城南小学新校区坐落在滨江路南侧,占地面积60亩,建筑面积28000平方米,总投资1.2亿元。", [60.0, 28000.0, 1.2]),
        # mainland: works begun, the classes planned
        ("据了解,该工程已于今年4月开工,规划设立36个教学班,建成后将新增学位1620个。", [36.0, 1620.0]),
        # Taiwan, Traditional script: a new school building under construction
        ("甲國小目前正在興建新校舍,新校園規劃面積共3.2公頃,總建築面積8600平方米,可容納學生900人。", [3.2, 8600.0, 900.0]),
        # Hong Kong wording, full-width digits
        ("新校舍工程現正動工,工程造價約３億港元,可容納學生１０００人。", [3.0, 1000.0]),
    )
    for text, want in cases:
        got = [v for v, _m, _u, _c in targets(text)]
        assert got == want, (text, got)


def test_measures_of_schools_that_stand_stay_status():
    # a school built long ago, or reported finished: status (N13)
    assert targets("甲中学建于1985年,是省级重点项目学校,占地面积60亩,建筑面积28000平方米。") == []
    assert targets("城南小学新校区已于去年9月全面建成投入使用,占地面积60亩,办学规模为36个班。") == []
    # last year's works in a year-end report
    assert targets("去年全县灾后重建项目学校19所,总投资8000万元。") == []


def test_a_caption_of_works_is_no_measure_of_planned_works():
    from extract.rules.target_works_measures import measures_planned_works
    assert not measures_planned_works("图为新建成的城南小学,可容纳学生", "可容纳学生")
    assert not measures_planned_works("新落成的甲中学新校区,占地面积", "占地面积")
