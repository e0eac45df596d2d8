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
    assert _values("某区将免费教育由9年延伸至高中12年,新增学位2000个。") == [(2000.0, "个")]


def test_schooling_span_cue_variants():
    assert names_schooling_span("推展", "年", "國教及高中職改隸")  # Traditional script
    assert names_schooling_span("提供", "年", " (從幼兒到高中)免費教育")  # a space before the aside
    assert names_schooling_span("將免費教育由9年延伸至高中", "年", ",全面資助")
    assert names_schooling_span("义务教育年限将延长到", "年", "。")


def test_schooling_span_near_misses():
    assert _values("劳动年龄人口平均受教育年限达到12年。") == [(12.0, "年")]
    assert not names_schooling_span("平均受教育年限达", "年", "以上")
    assert not names_schooling_span("补助期限延长至", "年", "。")  # another span widened
    assert not names_schooling_span("城区名师须支教", "年", "。")
    assert not names_schooling_span("推展", "年", "内完成教育改革")  # no scheme after the span
    assert not names_schooling_span("提供", "个", "免费教育名额")  # not a span of years


from extract.rules.named_numbers import names_route  # noqa: E402


def test_channels_of_a_monitoring_system_are_counted():
    assert _values("今年新增社会面监控500路、人脸像机300路。") == [(500.0, "路"), (300.0, "路")]
    assert _values("新增智能感知设备1200路,实现场馆全覆盖。") == [(1200.0, "路")]
    assert _values("新建200路高清视频监控。") == [(200.0, "路")]  # the device after the count


def test_route_names_are_no_count():
    assert _values("完成8路、12路和夜10路公交线路优化。") == []
    assert _values("新开通3路公交车,新建站台20个。") == [(20.0, "个")]
    assert names_route("乘坐", "路", "车")
    assert not names_route("新增监控", "路", "、")
    assert not names_route("新增监控 ", "個", "、")  # another measure: not this cue's
    assert _values("改造5路口信号灯。") == []  # ``路口``: no channel measure


from extract.rules.named_numbers import marks_existing_things  # noqa: E402


def test_existing_things_phrase_leaves_the_later_clause_its_own():
    assert _values("在已建有甲、乙、丙5家社区书屋的基础上,新建丁、戊2家社区书屋。") == [(2.0, "家")]
    assert _values("做好已建成13个快检室运营工作,新建快检室8个。") == [(8.0, "个")]
    assert _values("利用已有场地,新建篮球场3片。") == [(3.0, "片")]


def test_existing_things_near_misses():
    assert _values("今年已新建学校3所,新增学位300个。") == []  # a 已 that reports
    assert _values("甲园已建成,新增学位300个。") == []
    s = "在已建有5家书屋的基础上,新建书屋2家。"
    assert not marks_existing_things(s, s.index("已"), s.index("5"))  # a number inside the phrase: the existing things
    assert marks_existing_things(s, s.index("已"), s.index("2"))
    s = "新建书屋2家,做好已建成书屋的运营。"
    assert not marks_existing_things(s, s.index("已"), s.index("2"))  # the mark after the number
    s = "为2.5万名已婚育龄妇女免费检查"
    assert marks_existing_things(s, s.index("已"), 0)  # a word of its own


from extract.rules.named_numbers import counts_those_served  # noqa: E402


def _news(text):
    return [(h.value, h.unit) for h in find_targets(text, role="none")]


def test_for_the_counted_people_or_places():
    assert _news("为18所乡镇幼儿园、9所城区小学学生提供午间配餐服务。") == [(18.0, "所"), (9.0, "所")]
    assert _news("为80万农村35—64岁妇女免费做“两癌”检查。") == [(80.0, "万")]
    assert _news("为200人次有需求的残疾人适配辅助器具。") == [(200.0, "人次")]
    assert counts_those_served("为", "名長者提供上門服務")  # Traditional script


def test_copula_and_other_near_misses():
    assert _news("全区学校总数为30所,其中小学12所。") == []  # the copula, the clause ends
    assert _news("办学规模为12个班。") == []
    assert _news("如今,全区共90所幼儿园设置了托班,可为2478名幼儿提供托育服务。") == []  # a capacity
    assert not counts_those_served("为", "所学校4.7万名学生开展测评")  # the places where the people are
    assert not counts_those_served("规模", "名幼儿提供托育")  # no 为


def test_for_after_an_approximation_or_a_phrase_of_whom():
    assert _news("为县域内符合条件的8000名老人提供居家养老服务。") == [(8000.0, "名")]
    assert _news("为约300名本县户籍残疾人办理残疾证。") == [(300.0, "名")]
    assert counts_those_served("为近", "名长者提供上门服务")
    assert not counts_those_served("为全市最多的", "所,其中小学12所")  # no service verb in the clause
