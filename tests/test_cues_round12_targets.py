"""Target cues widened in the twelfth round against variants of the genre's wording, each on a small made-up
text (no sentence of a real document)."""

from extract.rules.target_number_forms import compound_amount, grouped_digits
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
    from extract.rules.target_works_measures import lists_project_measures
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


# -- the verbs of a year's list of 实事 that the target verbs missed (w18-liaocheng 筹建/投放/开发…岗位, w18-nanzheng 购置,
#    w18-qixia 幫助: three sites) -------------------------------------------------------------------------


def test_list_verbs_of_the_years_works_commit():
    cases = (
        ("2025年民生实事:\n01 筹建人才住房1000套\n02 投放运营新能源公交车80辆\n03 开发城乡公益性岗位2.76万个",
         [(1000.0, "套", "="), (80.0, "辆", "="), (2.76, "万个", "=")]),
        ("今年將為甲小學購置午餐午休座椅６７０套。", [(670.0, "套", "=")]),  # Traditional, full-width digits
        ("今年计划为3所学校添置课桌椅900套。", [(3.0, "所", "="), (900.0, "套", "=")]),
        ("幫助120名殘疾人實現就業。", [(120.0, "名", "=")]),  # Hong Kong / Taiwan wording
        ("全年开发公益性岗位500个以上。", [(500.0, "个", ">=")]),
    )
    for text, want in cases:
        got = targets(text)
        assert got == want, (text, got)


def test_list_verbs_near_misses():
    assert targets("去年已购置设备500台。") == []  # past
    assert targets("截至目前,全市已投放共享单车3000辆。") == []  # status so far
    assert targets("在各方帮助下,学校共有学生1200人。") == []  # ``帮助`` not before the number; status
    assert targets("经济开发区3个园区入驻企业50家。") == []  # ``开发`` of a name, no 岗位
    assert targets("学校购置经费200万元。") == []  # the noun of a fund, not the act of buying


# -- a doc-sharing page's ``内容预览:`` box is furniture, not a heading (w18-changle-zhen, w18-xian-jiaoyuju: one kind of
#    page; a plainly general cue like ``文档名称:``, with made-up pages of three writers) ------------------------


def test_a_preview_box_label_is_furniture():
    from extract.cues import is_furniture
    for line in ("内容预览:", "內容預覽：", "文档预览:", "文檔預覽:"):
        assert is_furniture(line), line
    for line in ("预览:", "内容:", "一、内容预览"):
        assert not is_furniture(line), line


def test_a_preview_box_opens_no_section_of_the_plan():
    pages = (
        "内容预览:\n某镇教育工作汇报某镇位于某市东北部,辖社区1个、村委会10个,地域面积32.8平方公里,人口2.9万人。",
        "內容預覽：\n某區教育局年度報告本區現有學校12所,學生8,000人,教師650名。",
        "文档预览:\n某县学校概况全县共有中小学45所,在校学生3.2万人,专任教师2100名。",
    )
    for page in pages:
        assert targets(page) == [], page
    # a real commitment under the box still counts by its own cue
    assert (95.0, "%", ">=") in targets("内容预览:\n某县教育规划到2025年,学前三年毛入园率达到95%以上。")
