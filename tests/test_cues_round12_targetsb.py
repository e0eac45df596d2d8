"""Target cues of the twelfth round's second targets pass (targets12b), each on small made-up texts in the wordings of
mainland, Taiwan, Hong Kong and Macau writers (no sentence of a real document), with near-misses that must not fire."""

from extract.rules.target_cues import count_runs_into_count, spans_the_plan
from extract.rules.target_money_amounts import sets_funds
from extract.rules.text import PAST_MARKERS, compares_to_base, is_past_at
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


def values(text):
    return [round(r.value, 4) for r in records(text, "numeric_target")]


# -- money a budget or a government sets aside (w16-taiwan-jiu-xiaoshe, w17-nantou-dexing, w17-taiwan-banban,
#    w18-taizhong-jiaoshi, w18-taizhong-xiaoyuan, w18-xianggang-shefu, w18-chengxian, w18-aomen-jiaoyu-jijin: seven sites,
#    Taiwan, Hong Kong, Macau and mainland) ---------------------------------------------------------------------------


def test_funds_set_aside_are_targets():
    cases = (
        ("澳門教育基金今年預算6.2億,用於資助學校。", 6.2),  # Macau: 億 alone
        ("市府追加3億預算興建校舍禮堂。", 3.0),  # Taiwan: the amount before 預算
        ("縣府籌措新台幣1200萬元經費改善教室照明。", 1200.0),  # Taiwan: 新台幣 between verb and amount
        ("特區政府撥300億購置物業設安老院舍。", 300.0),  # Hong Kong
        ("县财政拨付85万元学生营养餐配套款。", 85.0),  # mainland
        ("鄉公所向教育部爭取補助2,500萬元改建老舊校舍。", 2500.0),  # Taiwan, thousands grouped
        ("增加3億5000萬元中央補助,協助各校裝設冷氣。", 35000.0),  # a compound amount, 補助 after it
        ("市府追加２４億預算興建禮堂。", 24.0),  # full-width digits
        ("政院编列48亿元改善老旧校舍。", 48.0),  # simplified script of a Taiwan page
    )
    for text, v in cases:
        assert v in values(text), text


def test_funds_near_misses_stay_out():
    for text in (
        "2022年度決算支出為15億元。",  # an outturn
        "县财政已拨付资金300万元。",  # paid already
        "以一所幼稚園為例,可獲600萬元資助。",  # an example of a grant, no budget named
        "去年追加2億預算興建禮堂。",  # last year's
        "学校拨出2间教室作为阅览室。",  # not money
    ):
        assert values(text) == [], text


def test_sets_funds_reads_the_words_around_the_amount():
    assert sets_funds("基金今年预算", "亿", "")
    assert sets_funds("市府追加", "亿", "预算兴建")
    assert sets_funds("县府筹措新台币", "万元", "经费")
    assert sets_funds("政府拨", "亿", "购置物业")
    assert sets_funds("向教育部争取补助", "元", "改建校舍")
    assert sets_funds("增加", "万元", "中央补助")
    assert not sets_funds("预算内项目", "个", "")  # not money
    assert not sets_funds("预算执行", "亿元", "")  # an outturn
    assert not sets_funds("已拨付", "万元", "")
    assert not sets_funds("可获", "万元", "资助")  # a grant's example, no budget named
    assert not sets_funds("总预算", "亿元", "")  # a total budget's sum is read by other cues


# -- a change over last year after a figure does not date the figure (w16-xianggang-jiaoyu-yusuan, w18-aomen-jiaoyu-jijin:
#    two sites, Hong Kong and Macau; the mainland wording ``与去年相比`` tested too) --------------------------------


def test_change_over_last_year_leaves_the_budget_figure_ahead():
    cases = (
        ("今年經常開支為820億元,比去年增加40億元。", 820.0),  # Hong Kong
        ("基金今年預算約3.5億,較去年增加8%。", 3.5),  # Macau
        ("本年度教育经费预算开支为12亿元,与去年相比增加1.2亿元。", 12.0),  # mainland
    )
    for text, v in cases:
        assert v in values(text), text


def test_comparisons_that_still_mark_a_result():
    # a change over a named year is how a review states its results
    assert values("全区学前三年毛入园率达到92%,比2020年提高3个百分点。") == []
    # ``增加了``: the change is done
    assert 300.0 not in values("全市幼儿园达到300所,比去年增加了20所。")
    s = "新增学位5000个,去年同期为3000个"
    assert is_past_at(s, s.index("5000"))  # last year's figure, no change: still a marker


def test_compares_to_base():
    for s in ("开支为10亿元,比去年增加1亿元", "预算约3亿,较去年增加8%", "预算12亿元,與去年相比增加1亿元", "N,比上一年减少"):
        ms = [m for m in PAST_MARKERS.finditer(s)]
        assert ms and all(compares_to_base(s, m) for m in ms), s
    for s in ("新增学位5000个,去年新增3000个", "达到90%,比2020年提高3个百分点"):
        ms = [m for m in PAST_MARKERS.finditer(s)]
        assert ms and not any(compares_to_base(s, m) for m in ms), s


# -- the length of a plan or a campaign said without a limit is no target (w16-bobai-xiaoyuan, w16-taiwan-jiu-xiaoshe,
#    w17-taiwan-lengqi, w18-taizhong-jiaoshi, w18-ziyang-shouming: five sites, Taiwan and mainland) ------------------


def test_plan_spans_are_no_targets():
    for text, kept in (
        ("該計畫預計3年投入120億元整建校舍。", 120.0),  # Taiwan
        ("共45億元,將在未來3年用於校舍補強。", None),
        ("市府明年起則分4年編列預算18億元。", 18.0),
        ("县政府将开展为期15天的校园安全专项整治行动,检查学校80所。", 80.0),  # mainland
        ("未来两年将新增学位3000个,计划未来５年投入8亿元。", 8.0),  # full-width digit
    ):
        vs = targets(text)
        assert [v for v, u, c in vs if u in ("年", "天")] == [], text
        assert kept is None or kept in [v for v, u, c in vs], text
    assert targets("本办法自发布之日起施行,有效期为5年。") == []
    assert targets("本辦法自公布日起實施,有效期為3年。") == []  # Traditional script


def test_spans_that_stay_targets():
    # a limit (N11a), a time the text commits to (N17), a term of service, works' contract time
    assert not spans_the_plan("在未来", "年", "內,投入")  # Traditional 內 (before normalisation)
    assert 3.0 in [v for v, u, c in targets("力争未来3年内新建幼儿园10所。") if u == "年"]
    assert 2.0 in [v for v, u, c in targets("城区名师须到县中支教2年。")]
    assert not spans_the_plan("计划用", "年", "时间形成体系")
    assert not spans_the_plan("未来", "年", "内新建")
    assert not spans_the_plan("为期", "所", "")  # not a span
    assert spans_the_plan("预计未来", "年", "筹编")
    assert spans_the_plan("为期", "天", "的整治")


# -- the measures of a building the works put up, named by its kind (w18-yesanguan-xuexiao: 该综合楼占地面积, 建筑面积;
#    w17-xxqu-shijian: 新建一幢综合楼(占地面积N平方; w18-heshui-jiaoyu: 新建一幢面积为N平方米的食堂: three sites) -----------


def test_measures_of_a_building_to_be_built():
    cases = (
        ("今年将新建一幢综合楼,该综合楼占地面积600平方米,建筑面积2400平方米。", [600.0, 2400.0]),  # mainland
        ("縣府將興建新宿舍樓,宿舍樓總建築面積3,500平方米。", [3500.0]),  # Traditional script
        ("投资300万元新建一栋面积为450平方米的学生食堂。", [300.0, 450.0]),
        ("計劃新建一幢教學樓(占地面積800平方,樓高五層)。", [800.0]),  # ``平方`` for square metres
        ("新建教学楼一幢,建筑面积１２００平方米。", [1200.0]),  # full-width digits
    )
    for text, vs in cases:
        assert values(text) == vs, text
    assert targets("計劃新建一幢教學樓(占地面積800平方,樓高五層)。") == [(800.0, "平方", "=")]


def test_measures_of_a_building_that_stands_stay_out():
    for text in (
        "学校现有教学楼建筑面积3000平方米。",  # what the school has
        "原有教学楼建筑面积1500平方米,已不能满足需要。",
        "该校综合楼占地面积1200平方米,建于1998年。",  # built long ago
        "該校禮堂總建築面積2,000平方米,始建於1985年。",
        "我校食堂面积为500平方米。",
        "在区机关幼空地上新建一幢综合楼(建设面积00平方)。",  # a blank filled with zeros: no number
    ):
        assert values(text) == [], text


# -- the money put into works the same sentence goes on to build shares their commitment, outside a plan's outline too
#    (w17-shenqiu-chengqu: 投入N在城区新建; w17-tuku-zhenli: 投入N在…旁新建; w18-yesanguan: 投入资金N,新建…;
#    w2-hanting: 投入近N,为…安装: four sites, mainland and Taiwan) -----------------------------------------------------


def test_money_for_works_that_follow_is_a_target():
    cases = (
        ("今年,县里投入3.2亿在城区新建5所学校。", 3.2),  # mainland, 亿 alone
        ("鎮公所投入6千萬元在活動中心旁新建幼兒園。", 6.0),  # Taiwan, 千萬元
        ("今年多方争取投入资金420万元,新建两所小学综合楼。", 420.0),
        ("另外,投入近300万元,为辖区各小学教室加装护眼灯。", 300.0),
        ("區議會投入１５０萬元用於改造社區圖書館。", 150.0),  # full-width digits, 用於 before the works
    )
    for text, v in cases:
        assert v in values(text), text


def test_money_spent_alone_stays_status():
    for text in (
        "县财政投入500万元。",  # no works named after it: what was spent
        "去年投入300万元新建两所小学。",  # a past marker still decides
        "县里已投入资金800万元,新建教学楼一幢。",
        "全年投入资金1200万元,主要用于教师培训。",  # spending, no works built
    ):
        assert values(text) == [], text


# -- a count of places run straight into the count of what they hold, or into a date (w15-xinzhu-feiyingli: 1園1班;
#    w17-pingyang-minshi: N家M个托位; w17-qiandongnan-shijian: N个M户以上村寨; w18-qiaotou-jiaoyu: N班M个学位: four sites,
#    Taiwan and mainland) --------------------------------------------------------------------------------------------


def test_count_run_into_a_count_is_an_amount():
    cases = (
        ("今年将新增婴幼儿照护服务机构4家120个托位。", [4.0, 120.0]),  # mainland
        ("明年將新增國小附設幼兒園2園4班。", [2.0, 4.0]),  # Taiwan
        ("到2026年,全镇将提供公办初中学位共48班2160个。", [48.0, 2160.0]),
        ("今年将新增托育机构３家９０个托位。", [3.0, 90.0]),  # full-width digits
    )
    for text, vs in cases:
        assert values(text) == vs, text
    assert 30.0 in values("市府將為國中小30校8月底前裝設冷氣。")  # a count run into a date


def test_count_run_into_items_or_a_level_stays_a_name():
    assert 6.0 not in values("今年实施6件12项民生实事。")  # the count of a list of items
    assert values("开展“3个100%”行动。") == []
    assert not count_runs_into_count("个", "100%的")
    assert not count_runs_into_count("件", "12项实事")
    assert not count_runs_into_count("层", "20间")  # a building's floors and rooms: not a count of places
    assert count_runs_into_count("家", "180个托位") and count_runs_into_count("校", "8月底")


# -- verbs of a year's list of 实事 the commitment cues lacked (w14-feixian-funv: 救助…N人; w17-gongshu-youeryuan: 开建N所;
#    w18-liaocheng-minsheng: 优化…线路N条; w18-qixia-minsheng: 促进…就业N人: four sites) ----------------------------------


def test_works_and_aid_verbs_of_a_list_of_shishi():
    cases = (
        ("今年开建3所小学及5所幼儿园。", [3.0, 5.0]),
        ("救助困難家庭學生1,200人。", [1200.0]),  # Traditional script
        ("优化城区公交线路６条。", [6.0]),  # full-width digit
        ("優化偏鄉公車班次12班。", [12.0]),  # Taiwan
        ("促进高校毕业生就业800人。", [800.0]),
    )
    for text, vs in cases:
        assert values(text) == vs, text


def test_near_misses_of_the_shishi_verbs():
    for text in (
        "一、促进就业(3项)",  # a heading counting its items
        "医疗救助标准为每人3万元。",  # a standard stated, no aid given
        "优化营商环境20条措施出台。",  # a named package of measures
        "去年救助困难群众500人。",  # last year's
    ):
        assert values(text) == [], text


def test_last_years_without_lai_are_past():
    """(tgtA27) ``近三年``/``近年`` with no ``来``: the last years up to now (N13), not ``近三年内`` (a time limit)."""
    from extract.rules.text import PAST_MARKERS
    assert PAST_MARKERS.search("近两年累计拨付补助资金")
    assert PAST_MARKERS.search("全市生均用地近年均在25平方米左右")
    assert PAST_MARKERS.search("近5年建成")
    assert not PAST_MARKERS.search("力争近三年内建成")
    from extract.rules.targets import find_targets
    assert find_targets("全区班师比近年均在1:14左右。", role="none") == []


def test_projects_by_size_are_no_amount():
    """(tgtA27) ``投资5亿元以上项目6个``: the amount says which projects are counted (N12b), the count is the target."""
    got = records("2038年工作目标\n一、主要目标\n1.引进投资5亿元以上项目6个、3000万元以上的产业项目20个。\n", "numeric_target")
    assert sorted((r.value, r.unit) for r in got) == [(6.0, "个"), (20.0, "个")]


def test_towns_by_population_are_no_amount():
    """(tgtA27) ``5万人以上的乡镇``, ``1500人以上且…的村``: which places, by their population (N12)."""
    got = records("常住人口5万人以上的乡镇各建成公办托育园1所;常住人口1500人以上且需求较大的村新建幼儿园1所。", "numeric_target")
    assert sorted((r.value, r.unit) for r in got) == [(1.0, "所"), (1.0, "所")]
