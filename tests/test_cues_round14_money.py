"""Target cues of the fourteenth round's money pass (targets14 money): the funding, the measures and the time limits
of works and programmes, on small made-up texts in the wordings of Taiwan, Hong Kong, Macau and mainland writers (no
sentence of a real document), with near-misses that must not fire."""

from extract.rules.target_cues import limits_years_of_change
from extract.rules.target_works_measures import counts_new_building_rooms
from extract.rules.target_money_amounts import sets_funds
from extract.rules.target_number_forms import splits_amount_in_brackets
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


def values(text):
    return [round(r.value, 4) for r in records(text, "numeric_target")]


def years(text):
    return {round(r.value, 4): r.target_year for r in records(text, "numeric_target")}


# -- funding of works and programmes named by its word (Taiwan, Macau and mainland news, six sites) ------------------


def test_funding_words_name_a_planned_amount():
    cases = (
        ("斥資3億元的東區運動中心今天動土,預計明年底完工。", 3.0),  # Taiwan: the amount opens the sentence
        ("縣府自籌1,200,000元,工期300日曆天。", 1200000.0),  # a payer's own share
        ("內政部核定經費為52,000,000元。", 52000000.0),  # an approved amount, ``…為N`` no status
        ("其中內政部補助4,800萬元。", 4800.0),  # a ministry's grant
        ("工程總預算約3億元,由甲公司得標。", 3.0),  # a works budget (not a government's total budget)
        ("全市共计安排“文化进村”项目预算0.8亿元。", 0.8),  # a total the budget sets
        ("各項補貼的開支總額,估計為52.6億元。", 52.6),  # Macau: an estimate of next year's spending
        ("營養午餐全面免費,估編3.2億元。", 3.2),  # Taiwan: an estimated budget
        ("鄉公所自籌3000多萬,興建親子館。", 3000.0),  # 多萬 with no 元: the unit is 萬
        ("县教育局斥资2600万元新建乡村学校食堂5个。", 2600.0),  # mainland
    )
    for text, v in cases:
        assert v in values(text), text


def test_funding_word_near_misses_stay_out():
    for text in (
        "去年已自籌500萬元修繕校舍。",  # done already
        "全市上年共计支出教育经费12亿元。",  # spent: no word of funding
        "本年度政府總預算為5000億元。",  # a government's total budget, not a works budget
        "学校现有教师120人。",  # no money
    ):
        assert values(text) == [], text
    assert sets_funds("县府自筹", "万元", "")
    assert sets_funds("工程总预算约", "亿元", "")
    assert not sets_funds("县府自筹", "名", "")  # not money
    assert not sets_funds("已自筹", "万元", "")  # done


def test_parts_in_brackets_share_the_amount():
    assert targets("今年共计安排送戏项目预算2.5亿元(省级0.5亿元、市县2亿元)。") == [
        (2.5, "亿元", "="), (0.5, "亿元", "="), (2.0, "亿元", "=")]
    text = "项目预算2.5亿元(省级0.5亿元、市县2亿元)"
    assert splits_amount_in_brackets(text, text.index("(") , text.index("0.5"), "亿元", "亿元")
    assert not splits_amount_in_brackets(text, text.index("(") , text.index("0.5"), "亿元", "所")  # not money
    # a bracket after a number that is no target shares nothing
    assert values("学校现有经费结余80万元(其中专项30万元)。") == []


# -- a new building's rooms (Taiwan and Hong Kong news of school works, three sites) --------------------------------


def test_new_building_rooms_are_its_measures():
    assert values("工務處指出,新校舍規劃設計為四層樓,共有20間教室、4間廁所、5座樓梯。") == [20.0, 4.0, 5.0]
    assert values("新大樓符合綠建築標準,三層樓高的教學大樓擁有18間教室。") == [18.0]
    assert 30.0 in values("當局將申請撥款2億元,為其重置設有30間課室的新校舍。")


def test_rooms_of_a_standing_school_stay_out():
    assert values("該校目前共有12間教室、2間廁所。") == []
    assert values("校舍共有12間教室,學生300人。") == []
    assert not counts_new_building_rooms("新校舍启用后,现有", "现有", "间教室")
    assert counts_new_building_rooms("新校舍规划设计为三层楼,共有16间教室、", "共有16间教室、", "间厕所")


# -- a time limit in years right before the change it bounds (N11a) -------------------------------------------------


def test_years_limit_before_the_change():
    assert (3.0, "年", "<=") in targets("分階段增設8所幼兒中心,3年內增加600個名額。")
    assert (2.0, "年", "<=") in targets("课后托管服务名额2年内增加至800个。")
    assert limits_years_of_change("名额3年内增加至800个", "年", "内增加至800个")


def test_years_limit_near_misses():
    # a span written in years in the sentence: the limit restates it (N11a)
    assert 3.0 not in values("2024-2026年,3年内建成社区书屋20个。")
    # a news lead's ``N年内将…`` restates the plan's period
    assert not limits_years_of_change("5年内将新增学位6万个", "年", "内将新增学位6万个")
    assert not limits_years_of_change("3年内的平均值", "年", "内的平均值")  # no change bounded


# -- N9b (adjudication round 14): the year of a works step in the sentence dates every quantity of the works --------


def test_works_step_dates_the_works_quantities():
    y = years("其中內政部補助5,000,000元、鄉公所自籌600,000元,工期400日曆天,預計120年底完工。")
    assert y[5000000.0] == 2031 and y[600000.0] == 2031 and y[400.0] == 2031
    y = years("该综合楼建筑面积1800平方米,总投资350万元,2026年5月竣工投入使用。")
    assert y[1800.0] == 2026 and y[350.0] == 2026


def test_other_years_still_date_amounts():
    # a planned start year of works in a plan, and a year before the amount, stay the target year
    assert years("计划投资1200万元,规划2026年开工建设。")[1200.0] == 2026
    assert years("2026年计划投资1200万元新建幼儿园,年底竣工。")[1200.0] == 2026
    # a count of works is dated by its completion year as before
    assert years("新建幼儿园3所,预计2026年底竣工。")[3.0] == 2026


# -- rates per class or head that a measure sets, and the next levels of their list (Macau, two sites) --------------


def test_rates_per_class_and_their_levels():
    assert values("經批示,幼兒班級每班可獲60萬元(澳門元,下同)津貼;小學為70萬元;初中為85萬元;高中98萬元。") == [
        60.0, 70.0, 85.0, 98.0]
    assert 55.0 in values("初中階段每班津貼額55萬元。")


def test_rate_near_misses_stay_out():
    assert values("以一所幼稚園為例,可獲600萬元資助。") == []  # an example, no rate per head
    assert values("該校每班可獲得的設備數量不多。") == []
    # a level label after an amount that is no rate
    assert values("學校現有經費80萬元;小學為70萬元。") == []


# -- a ceiling (Hong Kong and Macau, two sites), the year of a school year written in full, a facility's site --------


def test_a_ceiling_is_at_most():
    assert (2000.0, "个", "<=") in targets("計劃將為40所小學合共提供上限2000個受託名額。")


def test_school_year_written_in_full_dates_its_amount():
    assert years("政府在2025至2026學年將撥款2.5億元支持學校發展。")[2.5] == 2025


def test_site_of_a_planned_facility():
    assert 150.0 in values("鄉立親子館占地150多坪,今天動工。")
    assert values("縣內現有親子館占地150坪。") == []  # one that stands


def test_years_limit_needs_a_counted_change():
    assert 5.0 not in values("某区召开大会 5年内建成一批学校。")  # nothing counted
