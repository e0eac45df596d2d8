"""Target cues of the fifteenth round (fnA15): the ``各N`` lists the ``、``-only reader left (a ``和``/``及`` join, words
between the list and ``各``, the list in the clause before ``每园各``), counts of classes run into their age group, on
made-up text only."""

from extract.rules.target_counts import age_class_follows, each_of_joined_list
from rules_kit import records


def targets(text):
    return [(r.indicator, round(r.value, 4), r.unit) for r in records(text, "numeric_target")]


def _each(sentence, number):
    at = sentence.index(number)
    cstart = max(sentence.rfind(c, 0, at) for c in ",，；;。") + 1
    out = each_of_joined_list(sentence, cstart, at)
    return None if out is None else [name for _at, name in out]


# -- each_of_joined_list ---------------------------------------------------------------------------------------------


def test_each_of_joined_list_reads_a_join_word_before_the_last_item():
    assert _each("建议向甲基金和乙基金各注资6亿元", "6亿") == ["甲基金", "乙基金"]
    assert _each("东园、西园及南园各新增2个班", "2个") == ["东园", "西园", "南园"]


def test_each_of_joined_list_skips_words_between_list_and_each():
    assert _each("甲队、乙队、丙队等三支队伍每月各1场演出", "1场") == ["甲队", "乙队", "丙队"]
    assert _each("甲券和乙券将各增加500张", "500张") == ["甲券", "乙券"]
    assert _each("2甲剧团及乙剧团除各演出40场外", "40场") == ["甲剧团", "乙剧团"]


def test_each_of_joined_list_reads_the_list_of_the_clause_before():
    s = "今年新增甲园、乙园及丙园,每园各增开2班"
    assert _each(s, "2班") == ["甲园", "乙园", "丙园"]
    at = s.index("2班")
    first = each_of_joined_list(s, s.index("每"), at)[0][0]
    assert s[s.index("每") + first:].startswith("甲园")  # the quote runs back to the item


def test_each_of_joined_list_near_misses():
    assert _each("甲基金和乙基金注资6亿元", "6亿") is None  # no 各
    assert _each("甲基金各注资6亿元", "6亿") is None  # one item
    assert _each("甲和乙及丙各注资6亿元", "6亿") is None  # two join words: no list read
    assert _each("新建3所学校和乙园各2个班", "2个") is None  # a digit inside an item
    assert _each("今年新增甲园,每园各增开2班", "2班") is None  # one item in the clause before
    assert _each("今年新增甲园、乙园;每园各增开2班", "2班") is None  # not the clause right before


def test_each_with_join_word_gives_one_record_per_item():
    got = targets("2031年某案建议向甲基金和乙基金各注资6亿元。")
    assert [(i, v) for i, v, _u in got] == [("甲基金", 6.0), ("乙基金", 6.0)]


# -- age_class_follows ------------------------------------------------------------------------------------------------


def test_age_class_follows():
    assert age_class_follows("班", "3歲專班,方便家长")
    assert age_class_follows("个", "2岁班")
    assert not age_class_follows("班", "1班")  # a count run into a count
    assert not age_class_follows("所", "3岁以下托育机构")  # not a count of classes
    assert not age_class_follows("班", "2岁儿童")  # an age group, no class


def test_count_of_classes_before_their_age_is_a_target():
    got = targets("2031年某县计划每园增开2班3岁专班。")
    assert (2.0, "班") in [(v, u) for _i, v, u in got]


# -- names_base_of_floor / masks_floor_bases ---------------------------------------------------------------------------

from extract.rules.target_counts import masks_floor_bases, names_base_of_floor  # noqa: E402


def _marker(sentence, word):
    i = sentence.index(word)
    return i, i + len(word)


def test_names_base_of_floor_reads_a_floor_over_a_past_base():
    s = "甲县入学率达96%以上,上线人数比2030年增12%以上"
    assert names_base_of_floor(s, *_marker(s, "比2030年"))
    assert names_base_of_floor(s, *_marker(s, "比2030年"), pos=s.index("12%"))  # the floor itself
    s2 = "总量比过去三年整治的80公里河道超逾两倍"
    assert names_base_of_floor(s2, *_marker(s2, "过去"))
    assert not names_base_of_floor(s2, *_marker(s2, "过去"), pos=s2.index("80"))  # the base amount stays past


def test_names_base_of_floor_near_misses():
    s = "全区生产总值达80亿元,比2030年增长7.6%"
    assert not names_base_of_floor(s, *_marker(s, "比2030年"))  # a change stated as a result
    s2 = "过去三年建成幼儿园10所以上"
    assert not names_base_of_floor(s2, *_marker(s2, "过去"))  # no base of a comparison
    s3 = "上线人数比2030年增12%,入学率达96%以上"
    assert not names_base_of_floor(s3, *_marker(s3, "比2030年"))  # the floor is in another clause


def test_masks_floor_bases():
    s = "上线人数比2030年增12%以上"
    assert "2030" not in masks_floor_bases(s, s[:s.index("12%")])
    s2 = "上线人数比2030年增长12%"
    assert "2030" in masks_floor_bases(s2, s2[:s2.index("12%")])


def test_a_floor_over_a_past_base_leaves_the_sentence_a_commitment():
    got = targets("某县召开2031年干部大会。通过努力,实现学前教育毛入园率达95%以上;高考上线人数比2030年增12%以上。")
    assert [(v, u) for _i, v, u in got] == [(95.0, "%"), (12.0, "%")]
    assert targets("2031年全区生产总值达80亿元,比2030年增长7.6%。") == []  # a review's result stays past


# -- funds_after_past_clause -------------------------------------------------------------------------------------------

from extract.rules.target_counts import funds_after_past_clause  # noqa: E402


def test_funds_after_past_clause():
    assert funds_after_past_clause("各校均已完成勘察,为赶工期,年内先行筹措", "年内先行筹措", "万元", "经费,")
    assert funds_after_past_clause("以往建成的球馆不多,区府追加", "区府追加", "亿元", "预算,")
    assert not funds_after_past_clause("去年已追加", "去年已追加", "亿元", "预算")  # the money's own clause is past
    assert not funds_after_past_clause("各校均已完成勘察,年内新建", "年内新建", "所", "学校")  # no money set aside
    assert not funds_after_past_clause("各校均已完成勘察,年内完成投资", "年内完成投资", "万元", ",")  # no funding word


def test_money_set_after_a_past_clause_is_a_target():
    got = targets("某局称,各校均已完成勘察,为赶工期,年内先行筹措800万元经费,供各校10月起施工。")
    assert (800.0, "万元") in [(v, u) for _i, v, u in got]
    assert targets("某局称,各校均已完成勘察,去年已拨付800万元。") == []


# -- again_after_past_clause -------------------------------------------------------------------------------------------

from extract.rules.target_counts import again_after_past_clause  # noqa: E402


def test_again_after_past_clause():
    assert again_after_past_clause("区府再补助")
    assert again_after_past_clause("而政府再加码投入")
    assert again_after_past_clause("明年托班再增设至少")
    assert not again_after_past_clause("去年再新增")  # the clause is past itself
    assert not again_after_past_clause("再次获评")  # no verb of a new amount after 再
    assert not again_after_past_clause("县府补助")  # no 再


def test_next_step_after_a_past_clause_is_a_target():
    got = targets("某馆扩建工程筹备多年,去年获批省级补助500万元,区府再补助900万元,预计2032年完工。")
    assert (900.0, "万元") in [(v, u) for _i, v, u in got]
    assert targets("某区去年已新建幼儿园3所,已全部投入使用。") == []


# -- ``扩大至`` as a verb of a level to reach ----------------------------------------------------------------------------


def test_widen_to_is_a_target_verb():
    assert [(v, u) for _i, v, u in targets("15 临时救助对象扩大至6类人员,补助标准提高至2万元")][:1] == [(6.0, "类")]


# -- states_budget_size_ahead --------------------------------------------------------------------------------------------

from extract.rules.target_counts import states_budget_size_ahead  # noqa: E402


def test_states_budget_size_ahead():
    s = "明年单是甲学院的预算已达12亿"
    assert states_budget_size_ahead(s, s.index("已"))
    s2 = "去年甲学院的预算已达12亿"
    assert not states_budget_size_ahead(s2, s2.index("已"))  # no year ahead
    s3 = "明年甲学院的投入已达12亿"
    assert not states_budget_size_ahead(s3, s3.index("已"))  # no budget
    s4 = "明年甲学院的预算已拨付12亿"
    assert not states_budget_size_ahead(s4, s4.index("已"))  # money handed out


def test_budget_ahead_stated_with_already_is_a_target():
    got = targets("某司长表示,政府近年不断增加教育预算。明年单是甲学院的预算已达12亿,连同乙学院3亿多,两院预算合共超过15亿元。")
    assert [(v, u) for _i, v, u in got] == [(12.0, "亿"), (3.0, "亿"), (15.0, "亿元")]
    assert targets("某司长表示,去年甲学院的预算已达12亿。") == []


# -- payer_share ---------------------------------------------------------------------------------------------------------

from extract.rules.target_counts import payer_share  # noqa: E402


def test_payer_share():
    assert payer_share("所需经费由省级财政承担", "%", "bare")
    assert payer_share("目前规划为财力较好的县,由省级负担", "%", "status:目前:list")
    assert not payer_share("目前由省级负担", "%", "status:目前")  # what is, not a plan
    assert not payer_share("占政府总开支", "%", "bare")  # a share of a whole
    assert not payer_share("由省级负担", "万元", "bare")  # not a share


def test_payer_shares_of_a_planned_cost_are_targets():
    got = targets("某项工程经费由省与县分担。目前规划为财力较好的县,由省级负担60%;财力较弱的县由省级负担80%。")
    assert [(v, u) for _i, v, u in got] == [(60.0, "%"), (80.0, "%")]
    assert targets("某项工程经费由省与县分担。目前由省级负担60%。") == []


# -- continues_numbered_items --------------------------------------------------------------------------------------------

from extract.rules.target_counts import continues_numbered_items  # noqa: E402


def test_continues_numbered_items():
    assert continues_numbered_items("二是为12个村送演出。", "二是为")
    assert continues_numbered_items("其三,管养12个服务点。", "其三,管养")
    assert not continues_numbered_items("一是免费开放2个馆。", "一是免费开放")  # the first item has its own intro
    assert not continues_numbered_items("二是偿还了欠款90万元。", "二是偿还了欠款")  # what was done
    assert not continues_numbered_items("同时为12个村送演出。", "同时为")  # no numbered item


def test_numbered_items_after_a_list_of_tasks_are_targets():
    text = "某局2031年工作总结。今年主要任务有3项:一是免费开放2个社区阅览室。二是管养12个村级服务点。三是运行维护12个村的活动室。"
    got = [(v, u) for _i, v, u in targets(text)]
    assert got.count((12.0, "个")) == 2


# -- ``支`` as a measure word, not the first character of ``支持`` ----------------------------------------------------------


def test_zhi_of_a_verb_is_no_measure_word():
    assert (3.2, "亿") in [(v, u) for _i, v, u in targets("某基金明年预算3.2亿 支持社区教育")]
    assert (12.0, "支") in [(v, u) for _i, v, u in targets("2031年组建志愿服务队12支。")]


# -- restates_amount ------------------------------------------------------------------------------------------------------

from extract.rules.target_counts import restates_amount  # noqa: E402


def test_restates_amount():
    s = "今年某基金预算约3亿澳门币,约合人民币2.6亿元"
    first_end = s.index("3亿澳门币") + len("3亿澳门币")
    assert restates_amount(s, first_end, s.index("2.6"), "亿澳门币", "亿元")
    s2 = "今年某基金预算约3亿澳门币,其中学前教育2亿元"
    assert not restates_amount(s2, first_end, s2.index("2亿"), "亿澳门币", "亿元")  # a part, not a restatement
    s3 = "今年某基金预算约3亿澳门币,约合学位2000个"
    assert not restates_amount(s3, first_end, s3.index("2000"), "亿澳门币", "个")  # not money


def test_restated_amount_is_a_record_of_its_own():
    got = [(v, u) for _i, v, u in targets("某局日前称,今年某基金预算约3亿澳门币,约合人民币2.6亿元,规模不断加大。")]
    assert got == [(3.0, "亿澳门币"), (2.6, "亿元")]


# -- dated_works_ahead ----------------------------------------------------------------------------------------------------

from extract.rules.target_counts import dated_works_ahead  # noqa: E402


def test_dated_works_ahead():
    assert dated_works_ahead("校", "礼堂2032年完工", 2031)
    assert dated_works_ahead("校", "8月底陆续装设", 2031)
    assert not dated_works_ahead("校", "礼堂2029年完工", 2031)  # a past date
    assert not dated_works_ahead("校", "礼堂2032年完工", None)  # the page's year unknown
    assert not dated_works_ahead("所", "3月底竣工", 2031)  # a bare month: a report may say so
    assert not dated_works_ahead("万元", "8月底陆续装设", 2031)  # not a count of schools or sites


# -- reach_after_applies ----------------------------------------------------------------------------------------------------

from extract.rules.target_counts import reach_after_applies  # noqa: E402


def test_reach_after_applies():
    assert reach_after_applies("对60-70周岁居民开展免费筛查", "以上;")
    assert not reach_after_applies("对超过", "人的学校开展…")  # a threshold: no verb before the number
    assert not reach_after_applies("对", "以上的乡镇开展筛查")  # which towns, not how many
    assert not reach_after_applies("对60-70周岁居民开展免费筛查", ";")  # no floor after the number


def test_reach_of_a_screening_with_a_floor_is_a_target():
    got = [(v, u) for _i, v, u in targets("2031年健康项目:对60-70周岁居民开展免费筛查3万人以上;配备急救设备200台。")]
    assert (3.0, "万人") in got


# -- index_level -------------------------------------------------------------------------------------------------------------

from extract.rules.target_counts import index_level  # noqa: E402


def test_index_level():
    assert index_level("健康某省发展指数达", ",人均预期寿命")
    assert index_level("校舍耐震系数提高至", ",甚至更高")
    assert index_level("增加中学班师比", ";增加…")
    assert not index_level("见图", "。")  # a figure number
    assert not index_level("发展指数达", "项指标")  # runs on into other words
    assert not index_level("全市学校共", "。")  # no index named


def test_index_levels_without_measure_word_are_targets():
    got = targets("2031年主要目标:某省健康发展指数达88,校舍耐震系数提高至1.25。")
    assert [(v, u) for _i, v, u in got] == [(88.0, ""), (1.25, "")]
