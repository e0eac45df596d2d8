"""A heading of one organisation's name with a bracket after it owns the items below it (U8 twenty-second round). Made-up text."""

from rules_kit import units

from extract.rules.units import bare_unit_heading


def test_bracket_of_parts_kept_date_and_count_dropped():
    assert bare_unit_heading("某县融媒体中心(新闻部、网络部)") == ["某县融媒体中心(新闻部、网络部)"]
    assert bare_unit_heading("某区卫健局(4月10日)") == ["某区卫健局"]
    assert bare_unit_heading("某区民政局(5项)") == ["某区民政局"]
    assert bare_unit_heading("某区民政局(负责统筹)") is None  # a clause in the bracket


def test_media_outlet_heading_with_parts_owns_its_items():
    text = ("三、宣传分工\n(一)某县融媒体中心\n1.新闻报道。开设专栏。\n(二)某市电视台(新闻频道、都市频道)\n"
            "1.新闻播报。每周播出活动新闻。由某市电视台与某区文旅局对接。\n2.专题片。制作宣传短片。")
    assert units(text) == [("新闻报道", ["某县融媒体中心"], []),
                           ("新闻播报", ["某市电视台(新闻频道、都市频道)"], []),
                           ("专题片", ["某市电视台(新闻频道、都市频道)"], [])]


def test_dated_heading_traditional():
    text = "三、活動安排\n(一)某縣衛健局(3月5日)\n1.義診服務。組織專家下鄉義診。\n2.健康講座。舉辦講座2場。"
    assert [(t, u) for t, u, _ in units(text)] == [("义诊服务", ["某县卫健局"]), ("健康讲座", ["某县卫健局"])]


def test_masked_place_in_heading_and_its_parts():  # (r25 unitB25) a template page's masked place names
    assert bare_unit_heading("***广播电视台(综合频道、***之声)") == ["***广播电视台(综合频道、***之声)"]
    assert bare_unit_heading("XX县文旅局") == ["XX县文旅局"]
    assert bare_unit_heading("**镇(3月2日)") is None  # a place alone is no unit


def test_masked_outlet_heading_owns_items_as_written():
    text = ("二、宣传分工\n(一)***晚报社(晨刊、***微博)\n1.动态报道。每周刊发两篇。\n2.专栏推介。开设旅游专栏。\n"
            "(二)***电视台\n1.新闻播报。播出活动新闻。")
    assert units(text) == [("动态报道", ["***晚报社(晨刊、***微博)"], []), ("专栏推介", ["***晚报社(晨刊、***微博)"], []),
                           ("新闻播报", ["***电视台"], [])]


def test_day_before_the_unit_heading():  # (r25 unitB25) ``(一)4月21日 某县文旅局`` over the unit's doings
    assert bare_unit_heading("4月21日 某县文旅局") == ["某县文旅局"]
    assert bare_unit_heading("4月21日—22日:某县图书馆") == ["某县图书馆"]
    assert bare_unit_heading("4月21日举办启动仪式") is None
    text = ("二、活动安排\n(一)4月21日 县文旅局\n在城区广场举办全民阅读启动仪式,发布年度阅读书目。\n"
            "(二)4月22日 县教育局\n组织中小学生开展经典诵读比赛,评选优秀作品。\n三、工作要求\n各单位要精心组织。\n")
    assert [l for _, l, _ in units(text)] == [["县文旅局"], ["县教育局"]]


# (unitA28) a body's Latin short name in brackets after its name, on its own line over numbered items
def test_latin_short_name_after_body_name():
    from extract.rules.unit_heading_brackets import short_latin_name
    assert short_latin_name("AC") and short_latin_name("SAB")
    assert not short_latin_name("pdf") and not short_latin_name("3月5日") and not short_latin_name("牵头")
    assert bare_unit_heading("宿舍管理委员会(DMC)") == ["宿舍管理委员会"]
    assert bare_unit_heading("宿舍管理委员会 （DMC）") == ["宿舍管理委员会"]


def test_owner_lines_with_short_names_own_their_items():
    rows = units("各会分工\n\n膳食委员会(FC)\n  1. 审定每周菜单。\n  2. 收集师生意见。\n  3. 成员:校长、总务主任。\n"
                 "环保委员会 (EC)\n  1. 推动垃圾分类。\n  2. 组织清洁日。\n")
    assert ("审定每周菜单", ["膳食委员会"], []) in rows and ("收集师生意见", ["膳食委员会"], []) in rows
    assert ("推动垃圾分类", ["环保委员会"], []) in rows and ("组织清洁日", ["环保委员会"], []) in rows
    assert not any(t.startswith("成员") for t, _, _ in rows)  # (U4a: the make-up line is people)
