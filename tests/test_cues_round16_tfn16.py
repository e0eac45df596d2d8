"""Sixteenth-round cues of engineer tfn16 (missed numeric targets), on made-up text."""
from extract.rules.target_frames import label_with_unit, one_year_attribute_header
from extract.rules.table_rows import year_column_values


def test_one_year_attribute_header():
    assert one_year_attribute_header(["指标", "2031年", "属性"]) == ([2031], set(), False)
    assert one_year_attribute_header(["指", "标", "2031", "年", "属", "性"]) == ([2031], set(), False)
    assert one_year_attribute_header(["主要指标", "2031", "年属性"]) == ([2031], set(), False)


def test_one_year_header_near_misses():
    assert one_year_attribute_header(["指标", "2031年"]) is None  # no attribute column
    assert one_year_attribute_header(["指标", "2020年", "属性"], min_year=2026) is None  # a base year
    assert one_year_attribute_header(["甲项", "2031年", "属性"]) is None  # no indicator word
    assert one_year_attribute_header(["指标", "2026年", "2031年", "属性"]) is None  # two years: the old reader's


def test_label_with_unit():
    assert label_with_unit("3.甲率(%)") == (2, "甲率", "%")
    assert label_with_unit("甲数(万人)") == (0, "甲数", "万人")
    assert label_with_unit("乙率") == (0, "乙率", "")
    assert label_with_unit("丙数(2031年)") == (0, "丙数(2031年)", "")  # a bracket with digits is no unit


def test_one_year_table_values():
    text = ("某区甲事业发展主要指标\n"
            "      指标        2031 年       属性\n"
            "  1.甲家庭人均收入年均增长(%)          >6.5        预期性\n"
            "  2.乙培训人数(万人)          >3        预期性\n"
            "  3.丙覆盖率(%)          100        约束性\n")
    got = [(v.indicator, v.value, v.unit, v.sign, v.year) for v in year_column_values(text)]
    assert got == [("甲家庭人均收入年均增长", 6.5, "%", ">", 2031), ("乙培训人数", 3.0, "万人", ">", 2031),
                   ("丙覆盖率", 100.0, "%", "", 2031)]
    v = year_column_values(text)[0]
    assert text[v.start:v.end].startswith("甲家庭")


def test_one_year_base_table_gives_nothing():
    text = ("      指标        2020 年       属性\n"
            "  1.甲率(%)          95        预期性\n")
    assert year_column_values(text, min_year=2026) == []


from extract.rules.target_frames import masks_letter_dates, wan_compound_value, wan_kilo_value  # noqa: E402
from extract.rules.targets import find_targets  # noqa: E402


def test_wan_compound_value():
    assert wan_compound_value("1,208万3,517") == "12083517"
    assert wan_compound_value("36万4千") == "364000"
    assert wan_compound_value("4万160") == "40160"
    assert wan_compound_value("12") == "12"
    assert wan_kilo_value("36万4千") == "364" and wan_kilo_value("47万5千") == "475"
    assert wan_kilo_value("1,208万3,517") is None and wan_kilo_value("12") is None


def _vals(text):
    return [(h.value, h.unit) for h in find_targets(text, role="plan")]


def test_wan_compound_amounts_read_whole():
    assert _vals("甲园核定计划经费新台币305万2,186元,拟请同意垫付。") == [(3052186.0, "元")]
    # N8b (gold16): digits before 千 keep 千 in the unit, the figure in thousands
    assert (364.0, "千元") in _vals("县府同意提拨经费36万4千元,添置冷气。")
    assert (1536.0, "千元") in _vals("县长应允补助,经费约153万6千余元。")


def test_wan_compound_near_misses():
    # not before 元: a head count keeps its old reading (no compound)
    assert all(v != 53000.0 for v, _ in _vals("全区计划培训5万3千人次。"))
    assert wan_compound_value("5万3千人") == "5万3千人"


def test_masks_letter_dates():
    s = "依据某部2031年7月2日某字第2031001号函,核定经费新台币8万元"
    masked = masks_letter_dates(s)
    assert len(masked) == len(s) and "2031年" not in masked and "某字第2031001号函" in masked
    assert masks_letter_dates("2031年7月2日前完成甲园建设") == "2031年7月2日前完成甲园建设"  # a deadline


def test_letter_date_dates_no_amount():
    hits = find_targets("依据某部2031年7月2日某字第2031001号函,核定计划经费新台币305万2,186元,拟请同意垫付。", role="plan")
    assert [(h.value, h.target_year) for h in hits] == [(3052186.0, None)]
    hits = find_targets("甲园2031年7月2日前完成建设,新增学位300个。", role="plan")
    assert [(h.value, h.target_year) for h in hits] == [(300.0, 2031)]


from extract.rules.target_frames import planned_total_before_progress  # noqa: E402


def test_planned_total_before_progress():
    assert planned_total_before_progress("", "甲中心建设已完成3个(60%)")
    assert planned_total_before_progress("", "送戏下乡已送90场(75%)")
    assert planned_total_before_progress("5个甲中心建设已完成3个(60%)、", "乙院建设已完成8个")
    assert planned_total_before_progress("", "乙小区改造正在施工中(90%)")
    assert planned_total_before_progress("", "丙机构创建工作有序推进")


def test_planned_total_near_misses():
    assert not planned_total_before_progress("已新建", "甲中心,完成3个")  # a verb before it
    assert not planned_total_before_progress("", "学校已完成改造")  # a result without a figure
    assert not planned_total_before_progress("", "学校已建成")
    assert not planned_total_before_progress("", "中,2个甲中心建设已完成1个")  # the next clause's


def test_planned_totals_of_a_progress_report():
    text = "截至9月底,剩余6项中,4个甲中心建设已完成2个(50%)、12个乙院建设已完成8个(67%),5个丙小区改造正在施工中(90%)。"
    got = [(h.value, h.unit) for h in find_targets(text, role="report")]
    assert got == [(4.0, "个"), (12.0, "个"), (5.0, "个")]
    assert find_targets("截至9月底,5所学校已完成改造,3所学校已建成。", role="report") == []


from extract.rules.target_frames import bound_before_value  # noqa: E402


def test_bound_before_value():
    assert bound_before_value("甲率控制在", "左右") == "="
    assert bound_before_value("每校每年最多可获", "") == "<="
    assert bound_before_value("每校最高", "") == "<="
    assert bound_before_value("某区将最少有", "") == ">="
    assert bound_before_value("面积达标(最低标准为", "") == ">="
    assert bound_before_value("甲率、乙率分别不低于26%和", "") == ">="
    assert bound_before_value("每校最多可获3万元和", "") == "<="
    assert bound_before_value("甲率、乙率分别控制在2.8‰、", "") == "<="


def test_bound_before_value_near_misses():
    assert bound_before_value("最低生活保障标准为", "") is None  # a noun's bound word
    assert bound_before_value("新建学校", "以上") is None  # the suffix decides
    assert bound_before_value("甲率达到", "") is None
    assert bound_before_value("新建甲园3所和", "") is None  # no bound before the first value
    assert bound_before_value("不低于26%,乙园新增", "") is None  # another clause


def test_comparators_in_sentences():
    hits = find_targets("到2031年,甲率控制在5%左右,每校最多可获3万元和6万元。", role="plan")
    assert [(h.value, h.comparator) for h in hits] == [(5.0, "<="), (3.0, "<="), (6.0, "<=")]  # (N1d: 控制在X左右 is <=)


from extract.rules.target_frames import masks_list_title_years  # noqa: E402


def test_masks_list_title_years():
    s = "2031年某区民生实事项目概览 - 新建甲园3所"
    assert masks_list_title_years(s).startswith("□□□□□某区") and len(masks_list_title_years(s)) == len(s)
    s = "1、2031年重点民生实事项目责任分解表序号项目名称主要内容牵头单位1新建甲园3所"
    assert "2031年" not in masks_list_title_years(s)


def test_list_title_near_misses():
    s = "2031年全区将办好12件民生实事,新建甲园3所"  # a commitment to the list: no title noun
    assert masks_list_title_years(s) == s
    s = "2031年民生实事项目表决结果公布"  # 表决: a vote, not a table
    assert masks_list_title_years(s) == s


def test_decision_date_masked():
    s = "某市人代会于2031年1月12日票决确定了12项民生实事项目,新建甲园3所"
    assert "2031年" not in masks_letter_dates(s)
    s = "甲园于2031年9月1日投入使用,新增学位300个"  # a works date: kept (N9b)
    assert masks_letter_dates(s) == s


def test_items_take_no_year_from_a_list_title():
    text = "2031年某市民生实事项目概览 - 某人代会于2031年1月12日票决确定了12项项目 - 建设4个口袋公园 改造2个农贸市场"
    hits = find_targets(text, role="plan")
    assert [(h.value, h.target_year) for h in hits if h.value in (4.0, 2.0)] == [(4.0, None), (2.0, None)]


from extract.rules.target_frames import chinese_numeral_years  # noqa: E402


def test_chinese_numeral_years():
    assert [y for _, _, y in chinese_numeral_years("二○三一至三二年度某项开支预算为12亿元")] == [2031]
    assert [y for _, _, y in chinese_numeral_years("到二〇三五年建成甲园")] == [2035]
    assert [y for _, _, y in chinese_numeral_years("二〇三一至二〇三三年新建甲园")] == [2033]
    assert chinese_numeral_years("新建二百所学校,推行十二年教育") == []
    assert chinese_numeral_years("较五年前(即二○二六至二七年度)的约10亿元") == []  # a base


def test_chinese_numeral_year_dates_a_budget():
    hits = find_targets("二○三一至三二年度某项经常开支拨款为12亿元。", role="plan")
    assert [(h.value, h.target_year) for h in hits] == [(12.0, 2031)]


from extract.headings import title_quantity  # noqa: E402
from extract.rules.target_frames import title_time_amount  # noqa: E402


def test_title_time_amount():
    assert title_time_amount("阳光体育:保证课间活动时间在40分钟以上,确保15分钟体能训练")
    assert title_time_amount("体育课:每周4节")
    assert title_quantity("甲培训:不少于24课时")
    assert not title_time_amount("甲活动安排")
    assert not title_time_amount("体育课程:开齐开足")
    assert not title_quantity("体育课程:开齐开足")


from extract.rules.target_frames import renews_counted  # noqa: E402


def test_renews_counted():
    assert renews_counted("更新", "部", "老旧电梯")
    assert renews_counted("●提升整治", "条", "背街小巷,新建")
    assert renews_counted("●对辖区", "栋", "危旧房屋实施加固,惠及")
    assert not renews_counted("对辖区", "人", "以上的企业")  # a selection, no works
    assert not renews_counted("辖区内现有", "栋", "危险房屋")  # a status
    assert not renews_counted("更新", "%", "")  # no count of things
    assert not renews_counted("对辖区", "栋", "房屋的业主")  # no works verb


def test_renewal_counts_in_a_list():
    text = "●更新120部老旧电梯,提升整治30条背街小巷。\n●对辖区6栋危旧房屋实施加固。"
    assert [(h.value, h.unit) for h in find_targets(text, role="none")] == [(120.0, "部"), (30.0, "条"), (6.0, "栋")]


from extract.rules.target_frames import consents_to_funds  # noqa: E402


def test_consents_to_funds():
    assert consents_to_funds("县长同意动支", "千万元", ",改善校舍")
    assert consents_to_funds("甲案等5案,共计新台币", "元", ",拟请同意予以垫付")
    assert not consents_to_funds("县长同意设立", "所", "幼儿园")  # no money
    assert not consents_to_funds("共计新台币", "元", ",已全数拨付")  # no consent asked


def test_consented_amounts():
    hits = find_targets("县长到甲校视察,同意动支3千万元,改善校舍。", role="none")
    assert [(h.value, h.unit) for h in hits] == [(3.0, "千万元")]
    assert find_targets("去年共计拨付新台币300万元,已全数用完。", role="none") == []


from extract.rules.target_frames import commits_within_year  # noqa: E402
from extract.rules.recounts import commits  # noqa: E402


def test_commits_within_year():
    assert commits_within_year("加强师资,年内完成30名教师定向培养")
    assert commits_within_year("确定年内新增8万平方米校舍建设")
    assert commits("甲方面,年内完成30名教师定向培养")
    assert not commits_within_year("年内共完成培训30名")  # a year-end tally
    assert not commits_within_year("3年内建成甲园")  # a time limit (N11a)
    assert not commits_within_year("全年新建学校3所")


from extract.rules.text import sentences  # noqa: E402


def test_lost_character_is_no_sentence_end():
    assert [p.text for p in sentences("到2031年,全县接待游客总?cè)数8.5亿人次以上。")] == ["到2031年,全县接待游客总?cè)数8.5亿人次以上"]
    assert len(sentences("要不要新建?要。新建甲园3所。")) == 3  # a question mark ends its sentence
    hits = find_targets("到2031年,全县接待游客总?cè)数8.5亿人次以上。", role="plan")
    assert [(h.value, h.target_year) for h in hits] == [(8.5, 2031)]


from extract.rules.target_frames import financial_year_spans  # noqa: E402


def test_financial_year_spans():
    assert [y for _, _, y in financial_year_spans("在未来五年(2031-32 至 2035-36 年度)提供甲地100公顷")] == [2035]
    assert [y for _, _, y in financial_year_spans("2031/32至2033/34年度")] == [2033]
    assert financial_year_spans("比过去五年(2026-27 至 2030-31年度)增加") == []  # a base
    assert financial_year_spans("2031-32年度预算") == []  # one year: the older readers'


def test_financial_year_span_dates_targets():
    hits = find_targets("在未来五年(2031-32 至 2035-36 年度)依时提供约 300 公顷土地。", role="plan")
    assert [(h.value, h.target_year) for h in hits] == [(300.0, 2035)]


from extract.rules.target_frames import masks_designation_years  # noqa: E402


def test_masks_designation_years():
    s = "某小学2030年被列为省级迁建项目,新校区规划面积30亩"
    assert "2030年" not in masks_designation_years(s) and len(masks_designation_years(s)) == len(s)
    s = "某市获批成为2031年全国甲示范城市,6所机构建设已完成60%"
    assert "2031年" not in masks_designation_years(s)
    s = "2031年建成甲园3所,被评为示范园的再奖励"  # a year of works, not of the designation
    assert masks_designation_years(s) == s


def test_designation_year_dates_nothing():
    hits = find_targets("某小学2030年被列为省级迁建项目,目前正在建设新校区,新校区规划面积共30亩,总投资1600万元。",
                        role="none")
    assert [(h.value, h.target_year) for h in hits] == [(30.0, None), (1600.0, None)]


from extract.rules.target_frames import storeys_of_project  # noqa: E402
from extract.rules.target_works_measures import _PROJECT_MEASURE_STATED  # noqa: E402


def test_storeys_of_project():
    before = "甲中学新校区占地面积约2万平方米,总建筑面积约3.2万平方米,楼高"
    assert storeys_of_project(before, "楼高", "层", _PROJECT_MEASURE_STATED)
    assert not storeys_of_project("该楼楼高", "该楼楼高", "层", _PROJECT_MEASURE_STATED)  # no project measure before
    assert not storeys_of_project(before, "楼高", "米", _PROJECT_MEASURE_STATED)  # not storeys


def test_storeys_in_a_project_sentence():
    hits = find_targets("甲中学新校区占地面积约2万平方米,总建筑面积约3.2万平方米,楼高5层,规划建设36班。", role="none")
    assert (5.0, "层") in [(h.value, h.unit) for h in hits]
    assert find_targets("该楼楼高5层,建于1990年。", role="none") == []


from extract.rules.target_frames import levels_of_standard  # noqa: E402


def test_levels_of_standard():
    assert levels_of_standard("甲率达到规定标准,小学为", "小学为")
    assert levels_of_standard("甲率达到规定标准,小学为98%,初中为", "初中为")
    assert not levels_of_standard("甲率现状:小学为", "小学为")  # no standard committed before
    assert not levels_of_standard("小学为", "小学为")


def test_levels_of_standard_in_a_sentence():
    hits = find_targets("甲率达到规定标准,小学为98%,初中为90%;乙率达到97%。", role="none")
    assert [h.value for h in hits] == [98.0, 90.0, 97.0]
    assert [h.value for h in find_targets("目前甲率小学为98%,初中为90%。", role="none")] == []


from extract.rules.target_cues import jointly_reached  # noqa: E402


def test_jointly_reached_with_bracketed_name():
    got = jointly_reached("每千人口执业(助理)医师数、每万人口全科医生数均达到")
    assert [item for _, item in got] == ["每千人口执业(助理)医师数", "每万人口全科医生数"]
    assert jointly_reached("甲率(2030年为90%)、乙率均达到") is None  # a bracket with digits is no qualifier
    assert jointly_reached("某区全面推进甲乙丙丁戊己庚辛工作的同时(重点)、乙率均达到") is None  # no measure list


def test_joint_value_with_bracketed_name():
    hits = find_targets("到2031年,每千人口执业(助理)医师数、每万人口全科医生数均达到4人。", role="plan")
    assert [h.indicator for h in hits] == ["每千人口执业(助理)医师数", "每万人口全科医生数"]


def test_decision_date_near_miss_deadline():
    s = "2031年6月30日前公布名单,新建甲园3所"  # a deadline before the issue: kept
    assert masks_letter_dates(s) == s


from extract.rules.target_frames import builds_in_batches  # noqa: E402


def test_builds_in_batches():
    assert builds_in_batches("公办园分两期建设:甲园和乙园为第一批")
    assert builds_in_batches("个项目分三期实施")
    assert not builds_in_batches("所学校分两批参观")  # no works
    assert not builds_in_batches("所学校,分两批建设")  # another clause


def test_batches_in_a_sentence():
    hits = find_targets("据了解,某区4所公办园分两期建设:甲园和乙园为第一批。", role="none")
    assert [(h.value, h.unit) for h in hits] == [(4.0, "所")]


from extract.rules.target_frames import earmarked_for  # noqa: E402


def test_earmarked_for():
    assert earmarked_for("、乙收益的5%均专项用于学校建设")
    assert not earmarked_for(",乙收益均专项用于学校建设")  # another clause
    assert not earmarked_for("均已用于学校建设")


def test_earmarked_shares_in_a_sentence():
    hits = find_targets("某市出台了“甲费每平方米加收30元、乙收益的5%、丙金6%均专项用于学校建设”的政策。", role="none")
    assert [(h.value, h.unit) for h in hits] == [(30.0, "元"), (5.0, "%"), (6.0, "%")]


from extract.rules.target_frames import approved_funds_for_works  # noqa: E402


def test_approved_funds_for_works():
    s = "历经多年推动,去年终获某署核定补助5200万元,县府再补助1800多万元,今天动工兴建"
    assert approved_funds_for_works(s, "去年终获某署核定补助", "万元")
    assert not approved_funds_for_works("去年获某署核定补助600万元,甲园已竣工", "去年获某署核定补助", "万元")  # done
    assert not approved_funds_for_works(s, "去年终获某署核定", "所")  # no money
    assert not approved_funds_for_works("去年获某署核定补助600万元", "去年获某署核定补助", "万元")  # no works


def test_approved_funds_in_a_sentence():
    hits = find_targets("历经多年推动,去年终获某署核定补助5200万元,县府再补助1800多万元,今天动工兴建。", role="none")
    assert (5200.0, "万元") in [(h.value, h.unit) for h in hits]
    assert find_targets("去年获某署核定补助600万元,甲园已于今年竣工。", role="none") == []


from extract.rules.target_frames import broken_line_start  # noqa: E402


def _spans(text):
    a = text.index("\n")
    return (0, a), (a + 1, len(text))


def test_broken_line_start():
    t = "全年计划新建\n甲校舍2万平方米"
    assert broken_line_start(t, *_spans(t)) == 0
    t = "新组建甲小学等\n4个教育集团"
    assert broken_line_start(t, *_spans(t)) == 0
    t = "某县\n新建幼儿园2所"  # a place line: it does not end open
    assert broken_line_start(t, *_spans(t)) is None
    t = "全年计划新建,\n甲校舍2万平方米"  # a mark: a clause of its own
    assert broken_line_start(t, *_spans(t)) is None
    t = "全年计划新建\n甲校舍,乙校舍"  # no number in the next clause
    assert broken_line_start(t, *_spans(t)) is None
    assert broken_line_start("甲校舍2万平方米", None, (0, 6)) is None


from extract.rules.target_frames import bracketed_suffix  # noqa: E402


def test_bracketed_suffix():
    assert bracketed_suffix("(间)以上,新增学位").group(1) == "以上"
    assert bracketed_suffix("(其中公办2所)以上") is None
    assert bracketed_suffix("(间)保障性住房") is None


def test_bound_after_bracketed_measure():
    hits = find_targets("全年建设筹集保障性住房3.6万套(间)以上。", role="plan")
    assert [(h.value, h.unit, h.comparator) for h in hits] == [(3.6, "万套(间)", ">=")]  # (N8c: the bracket is the unit's)


def test_strive_to_reach_a_share():
    assert bound_before_value("力争甲培训率达到甲劳动力总数的", "") == ">="
    assert bound_before_value("甲培训率达到甲劳动力总数的", "") is None  # no 力争: plain 达到 is =
