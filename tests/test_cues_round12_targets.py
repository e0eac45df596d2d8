"""Target cues widened in the twelfth round against variants of the genre's wording, each on a small made-up
text (no sentence of a real document)."""

from extract.rules.targets import compound_amount, grouped_digits
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


# -- an amount written in 亿 and 万 together is one number (w18-xianggang-laofuju, w18-taizhong-xiaoyuan,
#    w17-nantou-dexing, w17-taiwan-banban: four sites, Hong Kong and Taiwan) ----------------------------------


def test_compound_amount_reads_as_one_number_in_its_last_unit():
    assert compound_amount("28亿7300") == "287300"
    assert compound_amount("1亿4037万6000") == "140376000"
    assert compound_amount("2.5亿300") == "25300"
    assert grouped_digits("21亿1,220") == "211220"


def test_compound_amounts_in_running_text():
    cases = (
        ("政府將發放額外款項,涉及開支約28億7,300萬元。", (287300.0, "万元", "=")),  # Hong Kong
        ("市府將追加經費21億1220萬元興建禮堂。", (211220.0, "万元", "=")),  # Taiwan
        ("县政府将安排专项资金1亿2000万元用于校舍改造。", (12000.0, "万元", "=")),  # mainland
        ("額外開支預計為每年約2億5,700萬。", (25700.0, "万", "=")),  # no 元 after 萬
        ("將向教育部爭取核定補助1億4,037萬6,000元改建校舍。", (140376000.0, "元", "=")),  # three parts: 元
        ("政府將發放額外款項,涉及開支約２８億７,３００萬元。", (287300.0, "万元", "=")),  # full-width digits
        ("明年預算將增至1億 2,100萬元。", (12100.0, "万元", "=")),  # a space before the tail
        ("到2027年,全市教育投入不少于3亿5000万元。", (35000.0, "万元", ">=")),
    )
    for text, want in cases:
        got = targets(text)
        assert got == [want], (text, got)


def test_no_compound_where_the_parts_are_two_amounts_or_no_wan_follows():
    # a list of two amounts stays two records
    got = targets("2024年将安排资金5亿、2000万元分别用于甲和乙。")
    assert (5.0, "亿", "=") in got and (2000.0, "万元", "=") in got
    # a plain amount in 亿 stays as written
    assert targets("今年将投入资金3亿元,新建学校5所。") == [(3.0, "亿元", "="), (5.0, "所", "=")]
    # nothing after 亿 but a count that is no 万: no compound read
    assert all(v != 52.0 for v, _u, _c in targets("将新建学校5亿2所。"))


# -- the later measures of a project listed in one sentence (w18-zhushan-guandu: one site, a plainly general cue
#    the code missed; made-up wordings of three writers below) ------------------------------------------------


def test_later_measures_of_a_project_share_its_commitment():
    from extract.rules.target_cues import lists_project_measures
    assert lists_project_measures("该项目规划总用地面积30000平方米,净用地", "净用地")
    assert lists_project_measures("该项目总投资2亿元,建筑面积为", "建筑面积为")
    assert not lists_project_measures("学校位于城东,建筑面积为", "建筑面积为")  # no project measure before
    assert not lists_project_measures("该项目总投资2亿元,新增学位", "新增学位")  # no measure noun
    cases = (
        # mainland: a news item on works about to start
        ("某镇九年一贯制学校项目将于下月开工,该项目规划总用地面积30000平方米,净用地28000平方米,建筑面积为9000平方米,"
         "概算总投资为1200万元。", [30000.0, 28000.0, 9000.0, 1200.0]),
        # Taiwan: a new school building, Traditional script
        ("甲國小新校舍工程總占地面積5000平方米,建築面積為3200平方米,總投資約8000萬元。", [5000.0, 3200.0, 8000.0]),
        # Hong Kong: a project's measures with 約 and full-width digits
        ("該項目總投資約１２億元,建築面積約２萬平方米,工期約30個月。", [12.0, 2.0, 30.0]),
    )
    for text, want in cases:
        got = [v for v, _u, _c in targets(text)]
        assert got == want, (text, got)


def test_measures_of_what_exists_or_is_done_stay_status():
    # a finished project: the past marker before it decides
    assert targets("该项目已于去年建成,规划总用地面积30000平方米,建筑面积为9000平方米。") == []
    # a school's present size in a news item, no project named: status
    assert targets("记者近日走访了甲小学。甲小学位于城东,现有师生800人,建筑面积为3000平方米。") == []
