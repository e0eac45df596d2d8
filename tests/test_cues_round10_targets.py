"""Target cues widened in the tenth round against variants of the genre's wording, each on a small made-up
text (no sentence of a real document)."""

from extract.rules.target_number_forms import grouped_digits
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


NEWS = "某局消息\n"


def test_thousands_grouped_with_spaces_are_one_number():
    assert grouped_digits("12 500") == "12500" and grouped_digits("1,250") == "1250"
    assert targets(NEWS + "政府將在兩年內增加約3 400個資助學位。") == [(3400, "个", "=")]
    assert (12500, "名", ">=") in targets("二、主要目标\n到2026年,培训社区照护员不少于12 500名。")
    got = targets("二、主要目标\n到2026年,新增托位1 000个,其中普惠托位800个。")
    assert (1000, "个", "=") in got and all(v != 0 for v, _, _ in got)


def test_cells_of_a_flattened_row_stay_apart():
    # a row whose cells a page separates by spaces: two counts, not one grouped figure
    got = targets("二、主要目标\n项目 单位 目标 完成\n新增学位 个 1640 628 38.3%")
    assert all(v not in (1640628, 628038.3) for v, _, _ in got)


def test_a_change_over_the_year_before_is_a_status_in_any_wording():
    from extract.cues import status_cue
    for head in ("按年增加", "比去年多出", "较本年度上升", "环比增长", "与去年相比增加", "按年增加超过", "比上年增长超过"):
        assert status_cue(head) is not None, head
    assert status_cue("按年增加", role="plan") is None  # in a plan's outline a growth is the plan's own target
    assert status_cue("比上年将增长") is None  # a modal after it commits
    got = targets(NEWS + "本年度學校發展基金預算約9億元,按年增加14.3%;校舍維修撥款按年增加超過20%。")
    assert all(v not in (14.3, 20) for v, _, _ in got)
    assert targets(NEWS + "今年全区新生比去年多出800人。") == []


def test_hui_after_a_subject_is_a_modal():
    from extract.cues import commitment_cues
    assert "modal" in commitment_cues("政府会增加")
    assert "modal" in commitment_cues("我们亦会在明年增设")
    for noun in ("社会各界捐助", "基金会资助", "教育局会同民政局", "北部都会区内", "委员会通过"):
        assert "modal" not in commitment_cues(noun), noun
    assert targets(NEWS + "我們會在未來兩年增加1,800個資助安老宿位。") == [(1800, "个", "=")]
    assert targets(NEWS + "社會福利署去年資助了1,800個名額。") == []


def test_a_count_of_day_care_centres_is_no_date():
    got = targets("二、主要目标\n到2026年,每个街道新建2个日间照料中心,每月1日公布进度。")
    assert (2, "个", "=") in got and all(v != 1 for v, _, _ in got)


def test_roc_and_school_years_date_a_target():
    from extract.rules.target_years import calendar_years
    assert [y for _, _, y in calendar_years("预计114学年度增设8班")] == [2025]
    assert [y for _, _, y in calendar_years("民国113年底前完成")] == [2024]
    assert [y for _, _, y in calendar_years("未来3年内(112-114年)再增加")] == [2025]  # a span: its end
    assert [y for _, _, y in calendar_years("在2025/26学年开办") ] == [2025]
    assert [y for _, _, y in calendar_years("由2026至27学年起")] == [2026]
    assert calendar_years("学校已有100年历史,建校80年来") == []  # a span of years, no date
    assert calendar_years("每学年300个学额") == []
    got = [(r.value, r.target_year) for r in records(NEWS + "縣府預計於114學年度增設公共化幼兒園5園、30班。",
                                                       "numeric_target")]
    assert got == [(5, 2025), (30, 2025)]
    got = [(r.value, r.target_year) for r in records(NEWS + "當局將於2025/26學年增加200名教席。", "numeric_target")]
    assert got == [(200, 2025)]


def test_a_year_before_its_month_dates_a_target():
    from extract.rules.target_years import calendar_years
    assert [y for _, _, y in calendar_years("计划于2026年9月前投入使用")] == [2026]
    got = [(r.value, r.target_year) for r in records(NEWS + "该校计划于2026年9月建成,将新增学位1,350个。",
                                                       "numeric_target")]
    assert got == [(1350, 2026)]


def test_a_span_of_years_dates_its_targets_by_its_end():
    from extract.rules.target_years import calendar_years
    assert [y for _, _, y in calendar_years("2024—2026年,全市新建学校")] == [2026]
    assert [y for _, _, y in calendar_years("2024年至2026年全市新建")] == [2026]
    assert calendar_years("《某市教育规划(2021-2025年)》提出") == []  # a title's period is masked
    got = [(r.value, r.target_year) for r in records(NEWS + "2024-2026年,全县将新建幼儿园9所。", "numeric_target")]
    assert got == [(9, 2026)]


def test_on_or_before_a_year_is_a_deadline():
    from extract.cues import has_future_year
    assert has_future_year("于2027年或之前") and has_future_year("2027年年中或以前")
    assert targets(NEWS + "當局承諾於2027年或之前增加資助宿位800個。") == [(800, "个", "=")]


def test_a_past_period_opening_the_sentence_reports_results():
    for when in ("上年度", "上一学年", "上季度"):
        assert targets(NEWS + when + ",全區新設幼稚園6所。") == [], when
    assert (2, "个百分点", "=") in targets("二、主要目标\n到2026年,入园率比上年度提高2个百分点。")
