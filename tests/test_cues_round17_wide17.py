"""Round 17 (wide17): cues chosen by their frequency on a wide sample of unlabelled pages; made-up sentences only."""
from extract.rules.past_dates import past_frame_status
from extract.rules.targets import find_targets


def _units(text, role="plan"):
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 0, role=role)]


# -- N8: measure words after a magnitude ------------------------------------------------------------------------------
def test_measure_after_wan_yi():
    assert _units("到2033年,某县粮食产量稳定在2.1万亿斤以上") == [(2.1, "万亿斤", ">=")]
    assert _units("2033年新增光伏装机80万千瓦") == [(80.0, "万千瓦", "=")]
    assert _units("年内建成充电桩3万根") == [(3.0, "万根", "=")]
    assert _units("全年新增发电4.5亿千瓦时") == [(4.5, "亿千瓦时", "=")]


def test_measure_near_misses():
    assert _units("全年完成投资1.2万亿元以上") == [(1.2, "万亿元", ">=")]  # unchanged
    assert _units("新建3根据点") == [(3.0, "", "=")]  # ``根据``: no measure; N8d (eighteenth round): a noun straight after, unit ""
    assert _units("某区新建幼儿园5所") == [(5.0, "所", "=")]


# -- N13: a figure after a to-date frame of a year before the text ---------------------------------------------------
def test_past_frame_status():
    s = "截止2030年12月31日,全县常住人口52.3万,60岁以上老人9.1万人"
    assert past_frame_status(s, s.index("52.3"), 2032)
    assert past_frame_status(s, s.index("9.1"), 2032)
    s = "截止到2030年底,某区共有托育机构12家"
    assert past_frame_status(s, s.index("12"), 2031)
    s = "某校于2010年建成,占地面积40亩"
    assert past_frame_status(s, s.index("40"), 2032)


def test_past_frame_near_misses():
    s = "截至2030年底,全县将新建幼儿园5所"
    assert not past_frame_status(s, s.index("5所"), 2032)  # a modal after the frame
    s = "截至2033年底,建成幼儿园5所"
    assert not past_frame_status(s, s.index("5所"), 2032)  # the frame's year is ahead
    s = "截止2030年12月31日,全县常住人口52.3万"
    assert not past_frame_status(s, s.index("52.3"), None)  # an undated text
    s = "某校计划于2033年建成,占地面积40亩"
    assert not past_frame_status(s, s.index("40"), 2032)
    s = "全县新建幼儿园5所"
    assert not past_frame_status(s, s.index("5"), 2032)  # no frame


# -- N13, N2: a heading over a review of last year's plan or of the situation faced ----------------------------------
from extract.cues import section_role  # noqa: E402
from extract.rules.past_dates import names_review_heading  # noqa: E402


def test_review_heading():
    assert names_review_heading("一、2031年国民经济和社会发展计划执行情况")
    assert names_review_heading("(一)2031年区级预算执行情况")
    assert names_review_heading("一、某县养老事业发展面临的形势")
    assert section_role(["一、2031年国民经济和社会发展计划执行情况", "(一)民生保障持续加强"]) == "past"


def test_review_heading_near_misses():
    assert not names_review_heading("2031年计划执行情况与2032年计划草案的报告")
    assert not names_review_heading("二、2032年国民经济和社会发展计划")
    assert not names_review_heading("三、预算执行情况和下一步安排")
    assert not names_review_heading("(二)主要目标")
    assert section_role(["二、2032年国民经济和社会发展主要目标"]) == "goal"
