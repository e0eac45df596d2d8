"""Target cues added or widened in the ninth round, each on a small made-up text (no sentence of a real document)."""

from extract.cues import is_change_reached
from extract.rules.target_cues import age_group_follows, frames_a_span, names_reach_circle, serves_count, totals_named_list
from extract.rules.target_money_amounts import appropriates
from extract.rules.target_years import masks_value_years
from rules_kit import records


def values(text):
    return sorted((round(r.value, 4), r.unit) for r in records(text, "numeric_target"))


# -- a service's planned reach: 为N名…提供/开展/安装… ----------------------------------------------------
def test_serves_count():
    assert serves_count("今年为", "名", "独居老人提供助餐服务")
    assert serves_count("年内为全市", "万户", "低收入家庭安装烟感报警器")
    assert serves_count("免费为", "名", "新生儿听力初筛")  # the free service says it
    assert serves_count("为", "万名", "3-6岁儿童开展视力检查")  # an age group between count and verb
    assert not serves_count("入学率为", "%", "")  # a level: ``…为N`` is a status
    assert not serves_count("目前可为", "名", "幼儿提供托育服务")  # a capacity
    assert not serves_count("在校生为", "人", ",比上年增加")


def test_service_reach_is_a_target_outside_the_outline():
    got = values("今年的惠民项目有:为2500名失能老人提供上门护理服务,为1.5万户家庭安装燃气报警器。")
    assert (2500, "名") in got and (1.5, "万户") in got
    assert values("全镇幼儿园入园率为96%,保育员为120人。") == []


def test_a_count_of_an_age_group_is_no_name():
    assert age_group_follows("0-3岁婴幼儿") and age_group_follows(" 6—12周岁儿童")
    assert not age_group_follows("100%") and not age_group_follows("2所学校")
    assert (4, "万名") in values("2026年,为全区4万名0-6岁儿童开展视力筛查,筛查率达到90%以上。")


# -- a count in 万 / 亿 with no measure word after it ----------------------------------------------------------
def test_a_bare_wan_or_yi_is_the_unit():
    got = values("到2030年,全省经常参加体育锻炼人数达到3.2亿,新建场馆将覆盖人口12.5万。")
    assert (3.2, "亿") in got and (12.5, "万") in got
    assert (2, "万人") in values("到2030年,新增就业岗位2万人以上。")  # a measure word after it stays the unit
    assert not any(u == "万" for _v, u in values("到2030年,肺结核发病率降至10万分之40。"))  # a rate's base, no count


# -- a list of planned quantities whose head verb takes the task on (落实好, 做好, 承接) -------------------------
def test_a_task_list_head_verb_commits_its_items():
    got = values("今年要求各县落实好8个口袋公园、120公里绿道、15个社区健身中心等建设任务。")
    assert [v for v, _u in got] == [8, 15, 120]
    assert (12, "件") in values("今年该区承接省级民生实事12件,实施区级民生实事6件。")
    assert (30, "个") in values("在老旧小区持续做好30个“健康小屋”项目建设工作。")


# -- a time or distance that names a service area (N3) -----------------------------------------------------------
def test_a_service_circle_is_a_name():
    assert names_reach_circle("分钟", "养老服务圈基本形成") and names_reach_circle("分钟", "步行圈")
    assert names_reach_circle("公里", "就医圈")
    assert not names_reach_circle("个", "商圈") and not names_reach_circle("分钟", "以内,全覆盖")
    got = values("到2027年,建成城乡社区10分钟养老服务圈,每千名老年人拥有床位达到40张。")
    assert got == [(40, "张")]


# -- a change with each value dated: 由YYYY年的A提高到YYYY年的B (N2) ---------------------------------------------
def test_a_dated_change_reached_is_past():
    assert is_change_reached("全省高中毛入学率由2012年的71.5%提高到2022年的")
    assert is_change_reached("由85%提高到")
    assert masks_value_years("由2012年的71%提高到2022年的91%", 2023, False).count("2022") == 0
    assert "2027" in masks_value_years("由2022年的71%提高到2027年的91%", 2023, True)  # after the document: a deadline
    assert "2027" in masks_value_years("由2022年的71%提高到2027年的91%", None, True)
    assert values("十年来,全省高中毛入学率由2012年的71.5%提高到2022年的91.6%,实现了普及。") == []
    assert (95, "%") in values("一、主要目标\n高中阶段毛入学率由2020年的90%提高到2025年的95%。")


# -- a later list item with its own verb gets its own quote ---------------------------------------------------
def test_a_list_item_with_its_own_verb_quotes_itself():
    recs = records("2026年为民办实事项目有:新建20家社区助餐点、新建20家老年活动室、新增500张养老床位。", "numeric_target")
    quotes = sorted(r.quote for r in recs)
    assert "新建20家老年活动室" in quotes or any(q.startswith("新建20家老年") for q in quotes)
    assert not any(q.startswith("新建20家社区助餐点、") for q in quotes)
    # two verbs of one item: the quote keeps them both
    one = records("2026年要新建、改扩建中小学12所。", "numeric_target")
    assert ["新建、改扩建" in r.quote for r in one] == [True]


# -- more verbs that commit a quantity: 推进, 增设, 推出 --------------------------------------------------------
def test_more_target_verbs():
    from extract.cues import commitment_cues
    for clause in ("继续推进", "今年增设", "2027年度推出"):
        assert "target_verb" in commitment_cues(clause), clause
    assert (12, "个") in values("明年除了继续推进12个续建项目,还将开工一批新项目。")
    assert (8, "个") in values("施政报告:增设8个长者日间中心。")
    assert values("去年已推进12个项目。") == []  # a past marker still decides


# -- the span of years a plan works through is its frame, no quantity ------------------------------------------
def test_a_span_of_effort_is_a_frame():
    assert frames_a_span("力争通过", "年", "努力,新增学位2万个") and frames_a_span("经过", "年", "的奋斗")
    assert frames_a_span("规划实施", "年", "后,人均寿命提高1岁")
    assert not frames_a_span("用", "年", "时间建成…")  # a span the text commits to (N17)
    assert not frames_a_span("城区教师须支教", "年", "")
    assert not frames_a_span("在未来", "年", "内完成")
    got = values("力争通过4年努力,新增公办学位3万个。")
    assert got == [(3, "万个")]


# -- a number that totals the bodies, places or fields named before it (N12) ------------------------------------
def test_a_total_of_the_named_list_is_who_or_where():
    assert totals_named_list("将会同甲部、乙委、丙局", 3, "部", "门,建立联席会议")
    assert totals_named_list("重点支持东区、西区、南区、北区等", 4, "个", "区的薄弱学校")
    assert totals_named_list("在装备制造、新材料、生物医药", 3, "个", "领域开展试点")
    assert not totals_named_list("在甲镇、乙镇和丙乡新建", 6, "所", "乡镇幼儿园")  # an amount built there
    assert not totals_named_list("完善甲、乙、丙", 3, "个", "体系")  # the things the plan improves
    assert not totals_named_list("在东区、西区、南区", 12, "个", "区")  # not the list's count
    assert values("2026年,将在装备制造、新材料、生物医药3个领域开展试点,新建实训基地20个。") == [(20, "个")]


# -- the amount of an appropriation (N17: a planned amount) ------------------------------------------------------
def test_an_appropriation_is_a_target():
    assert appropriates("署方申请拨款", "亿元", "兴建新校舍") and appropriates("年度经常开支拨款为", "亿元", ",占")
    assert appropriates("会通过基金会的", "万元", "拨款,资助")
    assert not appropriates("署方申请拨款", "间", "") and not appropriates("入学率为", "%", "")
    got = values("因现有校舍老旧,教育局申请拨款2.5亿元,重建一所小学。")
    assert (2.5, "亿元") in got
    assert values("去年已拨款2.5亿元重建小学。") == []  # a past marker still decides


# -- 方米 as written for 平方米 (N8: the unit as written) --------------------------------------------------------
def test_fang_mi_is_read_as_written():
    assert (1.8, "方米") in values("到2030年,人均体育场地面积达1.8方米以上。")
    assert (1.8, "平方米") in values("到2030年,人均体育场地面积达1.8平方米以上。")
