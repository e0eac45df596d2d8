"""Goal cues added in the ninth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import bullet_title_end, goal_date, year_subject_will, labels_only, opening_year, restates_commitment, span_frame, title_is_labelled_item, year_set_for
from rules_kit import records


def goals(text):
    return [(r.text, r.target_year) for r in records(text, "goal")]


def test_an_item_whose_sentence_was_read_as_its_title_is_a_goal():
    assert labels_only("[牵头单位:甲局;责任单位:乙局、丙镇]")
    assert labels_only("")
    assert not labels_only("推动蓝莓产业提质增效,新建冷库3座。")
    assert title_is_labelled_item("(二)全镇农业总产值增长9%。", "[牵头单位:甲局]")
    assert not title_is_labelled_item("(二)农业发展。", "[牵头单位:甲局]")  # a name, too short for a sentence
    assert not title_is_labelled_item("(二)全镇农业总产值增长9%。", "新建冷库3座,扩建集市1处。")  # O2: a title
    text = ("北坡县2031年重点工作责任分解\n一、2031年主要预期目标\n"
            "(一)全县农业总产值增长9%。[牵头单位:县农业局;责任单位:各乡镇]\n"
            "(二)全县旅游收入增长14%。(牵头单位:县文旅局)\n"
            "(三)城乡居民收入增长与经济增长保持同步。[牵头单位:县发改局]\n"
            "二、重点任务\n(一)农业发展。新建冷库3座。\n")
    got = [t for t, _ in goals(text)]
    assert "全县农业总产值增长9%" in got and "全县旅游收入增长14%" in got
    assert "城乡居民收入增长与经济增长保持同步" in got
    assert not any("牵头单位" in t for t in got)


def test_an_item_line_over_its_unit_label_line_is_a_goal():
    text = ("北坡区2031年重点工作任务分解方案\n一、经济社会发展的主要预期目标\n"
            "1.地区生产总值增长6%左右。\n牵头单位:区发改局\n责任单位:各街道\n"
            "2.城乡居民收入增长与经济增长基本同步。\n牵头单位:区发改局\n责任单位:各街道\n"
            "二、重点任务\n1.加快园区建设。\n牵头单位:区工信局\n")
    got = [t for t, _ in goals(text)]
    assert any(t.startswith("城乡居民收入增长与经济增长基本同步") for t in got)
    assert not any("园区建设" in t for t in got)  # not a goal section


def test_a_bullet_item_title_in_a_goal_section_is_no_goal():
    p = "——果蔬产量稳步提高。到2031年,新建大棚300座。"
    assert p[bullet_title_end(p):].startswith("到2031年")
    assert bullet_title_end("——到2031年,新建大棚300座。") == 0  # a goal sentence of its own
    assert bullet_title_end("——果蔬产量稳步提高。") == 0  # nothing after it: the item itself
    assert bullet_title_end("果蔬产量稳步提高。到2031年,新建大棚300座。") == 0
    text = ("北坡县果蔬提质行动方案\n一、总体目标\n"
            "——果蔬产量稳步提高。到2031年,新建大棚300座,果蔬总产量达12万吨。\n"
            "——品牌影响持续扩大。到2031年,培育区域品牌5个。\n二、重点任务\n(一)建设大棚。\n")
    got = [t for t, _ in goals(text)]
    assert got == ["到2031年,新建大棚300座,果蔬总产量达12万吨", "到2031年,培育区域品牌5个"]


def test_the_year_a_deed_is_set_for_after_yu():
    assert year_set_for("于2031年为全区12所学校更新教学设备")[0] == 2031
    assert year_set_for("新校舍待审批通过后动工,并於2032年9月竣工")[0] == 2032
    assert year_set_for("于 2031 年完成3条道路的绿化")[0] == 2031
    assert year_set_for("关于2031年重点工作的通知")[0] is None
    assert year_set_for("收费不高于2030年标准")[0] is None
    assert year_set_for("该园于2030年起招生")[0] is None  # from a year on: no deed set for it
    assert year_set_for("该校始建于2030年,占地40亩")[0] is None  # when a thing began
    assert year_set_for("北坡中学成立于2029年")[0] is None
    assert year_set_for("并于2031年1月5日前将方案报县政府")[0] is None  # a notice's step, to the day
    assert goal_date("由于2030年出生人口下降,学位需求减少")[0] is None
    text = "北坡市施政要点\n- 於 2031 年為各區 40 個公園更新照明設施。\n- 相關設施已於2030年完成檢查。\n"
    got = [(r.quote, r.target_year) for r in records(text, "goal")]
    assert got == [("於 2031 年為各區 40 個公園更新照明設施", 2031)]  # the past one has its marker; no dash quoted


def test_a_bullet_mark_is_no_part_of_a_goal_quote():
    text = "北坡县学前教育行动计划\n一、工作目标\n——到2031年,新建幼儿园6所。\n• 到2032年,新增学位900个。\n"
    assert [t for t, _ in goals(text)] == ["到2031年,新建幼儿园6所", "到2032年,新增学位900个"]


def test_a_span_of_years_as_the_time_frame_of_a_commitment():
    assert span_frame("在未来五年(2031-32至2035-36年度)为全区提供约800公顷新平整土地")[0] == 2035
    assert span_frame("- 在未來三年(2031 至 2033 年度),完成12個公園的改建")[0] == 2033
    assert span_frame("三年内(2031—2033年)建成社区食堂40个")[0] == 2033
    assert span_frame("为缓解学位紧张,2031-2034年将在新区新建一批小学")[0] == 2034
    assert span_frame("预先测算未来五年(2031—2035年)学位缺口")[0] is None  # the period of what is measured
    assert span_frame("2031-2035年将是教育发展的关键时期")[0] is None  # frames the years, no deed
    assert span_frame("《北坡县教育规划(2031-2035年)》")[0] is None
    assert goal_date("为缓解学位紧张,2031-2034年将在新区新建一批小学")[:1] == (2034,)


def test_a_progress_report_keeps_the_commitments_of_its_own_year():
    assert restates_commitment(2031, 2031) and restates_commitment(2032, 2031)
    assert not restates_commitment(2030, 2031) and not restates_commitment(None, 2031)
    assert not restates_commitment(2031, None)
    text = ("2031年北坡市教育局为民办实事幼儿园建设项目1-4月进展情况\n时间:2031-05-12 15:07\n"
            "2031年北坡市教育局承担为民办实事新、改扩建公办幼儿园12所,规划总投资约2.1亿元。"
            "截至4月底,已开工8所。2030年,新建幼儿园6所。\n")
    got = goals(text)
    assert [y for _, y in got] == [2031] and got[0][0].startswith("2031年北坡市教育局承担")


def test_xian_jiang_marks_an_object_not_a_plan():
    assert year_subject_will("根据《2031年实事验收标准》(北实办发〔2031〕2号)文件,现将2031年项目建设情况公示如下")[0] is None
    assert year_subject_will("2031年,北坡县教育局将新建幼儿园3所")[0] == 2031


def test_a_cell_border_is_no_part_of_a_goal_quote():
    text = "北坡县2031年重点建设项目\n一、工作目标\n甲园扩建项目。 | 2031年完成甲园扩建,新增学位300个。 | 100 |\n"
    assert any(t == "2031年完成甲园扩建,新增学位300个" for t, _ in goals(text))


def test_a_goal_sentence_that_opens_with_its_year_takes_it():
    assert opening_year("2031年,每个乡镇建成1所中心幼儿园") == 2031
    assert opening_year("(二)2032年度:新增学位800个") == 2032
    assert opening_year("全面普及学前教育,2031年建成") is None
    # (goalA33) O4: with or without a comma after the year
    assert opening_year("2031年新增3个,达标率为60%") == 2031
    assert opening_year("2031 年某率不低于 33%") == 2031
    assert opening_year("2031年目标:示范社区2-3个") == 2031
    assert opening_year("2031年9月2032年8月(创建一级园)") is None  # a span of months
    assert opening_year("2030年以来,全区新建学校5所") is None  # a time since
    text = ("北坡县学前教育发展意见\n一、发展目标\n2031年,每个乡镇建成1所公办中心幼儿园,全面普及学前三年教育。"
            "到2033年,学前三年毛入园率达到98%。\n二、主要措施\n(一)扩充资源。\n")
    assert goals(text) == [("2031年,每个乡镇建成1所公办中心幼儿园,全面普及学前三年教育", 2031),
                           ("到2033年,学前三年毛入园率达到98%", 2033)]
