"""A number's own clause that commits beside a past clause of its sentence (made-up texts)."""

from rules_kit import records

from extract.rules.clause_commitments import commits_in_own_clause


def _at(s, n):
    return s.index(n)


def test_per_item_bound_after_past_clause():
    s = "除甲乡此前已建成数字书屋外,其他乡镇每个书屋补充图书不少于100册"
    assert commits_in_own_clause(s, _at(s, "100"))
    s2 = "甲乡已建成数字书屋,各补充图书不少于60册"
    assert commits_in_own_clause(s2, _at(s2, "60"))


def test_ahead_word_before_later_past_clause():
    s = "市府预定补助合资格的7000户,已开放申请"
    assert commits_in_own_clause(s, _at(s, "7000"))


def test_near_misses():
    # the clause has its own past marker
    s = "其他乡镇每个书屋已补充图书不少于100册"
    assert not commits_in_own_clause(s, _at(s, "100"))
    # a bound with no 每/各: a total, which the past clause still dates
    s2 = "去年以来已开展培训,共培训教师不少于300人"
    assert not commits_in_own_clause(s2, _at(s2, "300"))
    # 去年每… is no per-item level
    s3 = "已建成书屋,去年各补充图书不少于60册"
    assert not commits_in_own_clause(s3, _at(s3, "60"))


def test_records_through_pipeline():
    text = "某县启动今年书屋更新工作。除甲乡此前已率先建起数字书屋,各补充图书不少于60册外,其他乡镇每个书屋补充图书不少于100册。\n"
    got = {(r.value, r.unit, r.comparator) for r in records(text, "numeric_target")}
    assert (60.0, "册", ">=") in got and (100.0, "册", ">=") in got
    past = "某县书屋工作。去年全县已建成书屋20个,共补充图书不少于3000册。\n"
    assert (3000.0, "册") not in {(r.value, r.unit) for r in records(past, "numeric_target")}


from extract.rules.clause_commitments import cumulative_plan_sentence  # noqa: E402


def test_cumulative_plan_sentence():
    assert cumulative_plan_sentence("每年建立8个以上实训基地,为企业服务,累计培训12万人,培训后就业率达到70%以上")
    assert cumulative_plan_sentence("3.累计培训学员900人以上,开展专题培训不少于4期")


def test_cumulative_near_misses():
    assert not cumulative_plan_sentence("今年以来累计培训学员900人以上")      # a frame of now
    assert not cumulative_plan_sentence("已累计培训学员900人以上")            # a done word
    assert not cumulative_plan_sentence("累计培训了900人,开展培训不少于4期")  # a perfective
    assert not cumulative_plan_sentence("全县累计培训学员900人")              # no bound, no yearly rate
    assert not cumulative_plan_sentence("每年建立8个以上实训基地")            # no cumulative marker at all


def test_cumulative_plan_records():
    text = "某县民生实事\n一、技能培训\n每年建立8个以上实训基地,为企业服务,累计培训12万人,培训后就业率达到70%以上。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (12.0, "万人") in got and (70.0, "%") in got
    past = "某县工作总结\n今年以来,全县累计培训12万人,培训后就业率达到70%以上。\n"
    assert (12.0, "万人") not in {(r.value, r.unit) for r in records(past, "numeric_target")}


from extract.rules.clause_commitments import object_of_for_frame  # noqa: E402


def test_object_of_for_frame():
    assert object_of_for_frame("今年对甲苑、乙苑等", "个", "小区进行“气改”改造")
    assert object_of_for_frame("并对城区 ", "处", " 交通堵点开展分类治理")
    assert object_of_for_frame("对", "个", "小区调压设施进行安全提升")


def test_object_of_for_frame_near_misses():
    assert not object_of_for_frame("对甲区提交的", "项", "议案进行审议")   # a described set of items
    assert not object_of_for_frame("对于城区", "处", "堵点开展治理")          # 对于
    assert not object_of_for_frame("今年对城区", "处", "堵点的情况")          # no measure verb after
    assert not object_of_for_frame("相对城区", "处", "堵点进行治理")          # 相对
    assert not object_of_for_frame("对城区", "%", "的路段进行治理")           # a share


def test_object_of_for_frame_records():
    text = "某市民生实事\n缓堵促畅\n打通断头路,改善出行环境。并对城区 60 处交通堵点开展分类治理。\n"
    assert (60.0, "处") in {(r.value, r.unit) for r in records(text, "numeric_target")}


def test_budgeting_verb_in_own_clause():
    s = "甲館舍都已相當老舊,市府也編列1.4億進行整建"
    assert commits_in_own_clause(s, s.index("1.4"))
    s2 = "市府去年已編列1.4億進行整建"
    assert not commits_in_own_clause(s2, s2.index("1.4"))


def test_youwang_is_ahead_in_its_own_clause():
    """(tgtA27) ``有望`` (is expected to) commits the clause it stands in, a past step before it notwithstanding."""
    s = "该县上月已完成水厂改造,年底前农村集中供水率有望提升到95%"
    assert commits_in_own_clause(s, _at(s, "95"))
    s = "该县农村集中供水率已提升到95%,有望提前达标"
    assert not commits_in_own_clause(s, _at(s, "95"))  # the number's own clause is done


def test_plan_with_time_ahead_in_own_clause():
    # (tgtC34) the past marker of an earlier clause reports a step done; the number's own clause plans ahead
    s = "全市有29所中小学投入使用,也已超额完成年度目标任务,还有5所幼儿园计划年底前投入使用"
    assert commits_in_own_clause(s, _at(s, "5所"))
    s2 = "工程初步设计报告已经完成,年底解决9个贫困村1315户的饮水问题"
    assert commits_in_own_clause(s2, _at(s2, "9个"))
    s3 = "全力推进已启动工程的大型项目,目标是5年内为所有发展项目启动收地程序"
    assert commits_in_own_clause(s3, _at(s3, "5年"))
    # no time ahead after 计划, or the clause's own past marker: no commitment
    s4 = "已超额完成年度目标任务,还有5所幼儿园计划投入使用"
    assert not commits_in_own_clause(s4, _at(s4, "5所"))
    s5 = "设计报告已经完成,年底已解决9个贫困村的饮水问题"
    assert not commits_in_own_clause(s5, _at(s5, "9个"))


def test_status_frame_yields_to_own_clause_ahead():
    # (tgtC34) a status word framing the sentence; the number's own clause says what the counted things will become
    from extract.cues import number_decision
    d = number_decision("其中", "所园校将在年内建成", "none", "目前,全区共有22所中小学正在抓紧施工中,其中")
    assert d.target
    d2 = number_decision("全区共有", "所中小学正在抓紧施工中", "none", "目前,全区共有")
    assert not d2.target
    d3 = number_decision("现有", "所幼儿园", "none")
    assert not d3.target and d3.cues[0].startswith("status:")
    d4 = number_decision("现有", "所幼儿园将于明年投入使用", "none")
    assert d4.target
