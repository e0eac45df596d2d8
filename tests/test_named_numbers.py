from extract.rules.named_numbers import names_cohort_year, names_schooling_span
from extract.rules.targets import find_targets
from rules_kit import records


def _values(text, role="plan"):
    return [(h.value, h.unit) for h in find_targets(text, role=role)]


def test_cohort_year_is_no_count():
    assert _values("做好某省2031届高校毕业生就业创业工作,毕业去向落实率达到90%以上。") == [(90.0, "%")]
    assert _values("促进2031届高校毕业生毕业去向落实率不低于2030届。") == []
    got = [(r.value, r.unit) for r in records("現就做好某市2031屆畢業生就業工作,今年新增見習崗位500個。", "numeric_target")]
    assert got == [(500.0, "个")]


def test_cohort_cue_variants_and_near_misses():
    assert names_cohort_year("2031", "届")
    assert names_cohort_year("1998", "屆")
    assert not names_cohort_year("3", "届")  # ``连续举办3届``: a count
    assert not names_cohort_year("12", "届")
    assert not names_cohort_year("2031", "年")
    assert not names_cohort_year("3100", "届")


def test_schooling_span_frames_are_names():
    assert (12.0, "年") not in _values("某县将以5年8亿元推展12年国教及高中改隶。")
    assert _values("在9年强迫教育的基础上推行15年免费教育。") == []
    assert _values("某地是首个提供15年(从幼儿到高中)免费教育的地区。") == []
    assert _values("某区将免费教育由9年伸延至高中12年,新增学位2000个。") == [(2000.0, "个")]


def test_schooling_span_cue_variants():
    assert names_schooling_span("推展", "年", "國教及高中職改隸")  # Traditional script
    assert names_schooling_span("提供", "年", " (從幼兒到高中)免費教育")  # a space before the aside
    assert names_schooling_span("將免費教育由9年伸延至高中", "年", ",全面資助")
    assert names_schooling_span("义务教育年限将延长到", "年", "。")


def test_schooling_span_near_misses():
    assert _values("劳动年龄人口平均受教育年限达到12年。") == [(12.0, "年")]
    assert not names_schooling_span("平均受教育年限达", "年", "以上")
    assert not names_schooling_span("补助期限延长至", "年", "。")  # another span widened
    assert not names_schooling_span("城区名师须支教", "年", "。")
    assert not names_schooling_span("推展", "年", "内完成教育改革")  # no scheme after the span
    assert not names_schooling_span("提供", "个", "免费教育名额")  # not a span of years
