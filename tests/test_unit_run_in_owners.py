"""Unit rows across label layouts (made-up texts): a unit's label run in after a sentence under a unit heading,
a lone label bracket opened by a people label, a law's agency in charge (``主管机关``) as a bare unit heading."""

from extract.rules.units import bare_unit_heading
from extract.rules.unit_run_in_owners import owner_body_rows, run_in_labels
from rules_kit import records, units


def test_run_in_label_splits_the_heading_body():
    text = "三、部门分工\n乙县水务局:\n负责排涝泵站的巡查维护。乙县供电公司:负责汛期泵站供电;及时抢修线路。\n\n乙县气象台:\n负责发布暴雨预警。\n"
    got = units(text)
    assert ("负责排涝泵站的巡查维护", ["乙县水务局"], []) in got
    assert ("负责汛期泵站供电", ["乙县供电公司"], []) in got
    assert ("负责发布暴雨预警", ["乙县气象台"], []) in got
    quotes = [r.quote for r in records(text, "unit_assignment")]
    assert any(q.startswith("乙县供电公司:负责汛期泵站供电") for q in quotes)
    assert not any("排涝" in q and "供电公司" in q for q in quotes)


def test_same_content_run_in_and_own_line_give_the_same_rows():
    own = "二、职责\n丙区卫健局:\n负责开展义诊活动。丙区民政局:负责走访困难老人。\n"
    run = "二、职责\n丙区卫健局:负责开展义诊活动。丙区民政局:负责走访困难老人。\n"
    assert sorted(units(own)) == sorted(units(run))


def test_colon_after_no_body_does_not_split():
    rows = owner_body_rows("负责组织培训。具体要求:按时参加;做好记录", 10, ["丁镇文化站"], bare_unit_heading)
    assert len(rows) == 1 and rows[0][3] == ["丁镇文化站"] and rows[0][0] == 10
    assert run_in_labels("负责组织培训。时间:每月一次", bare_unit_heading) == []
    assert [u for _, _, u in run_in_labels("负责甲。戊市审计局:负责乙", bare_unit_heading)] == [["戊市审计局"]]


def test_lone_bracket_with_people_label_under_its_task():
    text = ("一、年度目标\n\n  1.全镇粮食播种面积稳定在8万亩。\n(责任领导:赵某;牵头单位:镇农业办)\n\n"
            "  2.新建村级养老服务站5个。\n(分管领导:钱某;牵头单位:镇民政办;责任单位:各村委会)\n")
    got = units(text)
    assert ("全镇粮食播种面积稳定在8万亩", ["镇农业办"], []) in got
    assert ("新建村级养老服务站5个", ["镇民政办"], ["各村委会"]) in got


def test_agency_in_charge_heading_owns_its_duty():
    assert bare_unit_heading("四、環保主管機關:".replace("環保主管機關", "环保主管机关")) == ["环保主管机关"]
    text = "第 3 條\n本條例所稱主管機關如下:\n一、衛生主管機關:\n主管老人健康檢查及保健服務等相關事宜。\n二、勞工主管機關:\n主管中高齡者就業促進等相關事宜。\n"
    got = units(text)
    assert any(u == ["卫生主管机关"] and t.startswith("主管老人健康检查") for t, u, _ in got)
    assert any(u == ["劳工主管机关"] and t.startswith("主管中高龄者就业") for t, u, _ in got)


def test_numbered_label_run_in_after_a_sentence():
    text = "第 2 條\n三、教育主管機關:\n主管學生課後照顧等相關事宜。 四、文化主管機關:主管社區閱讀推廣等相關事宜。\n"
    got = units(text)
    assert any(u == ["教育主管机关"] and "阅读" not in t for t, u, _ in got)
    assert any(u == ["文化主管机关"] and t.startswith("主管社区阅读推广") for t, u, _ in got)


def test_unit_charged_label_on_its_own_line():
    assert bare_unit_heading("外联部负责:") == ["外联部"]
    assert bare_unit_heading("学生负责:") is None
    text = "四、人员分工\n外联部负责:\n联系赞助商家,落实物资。\n\n文艺部负责:\n编排开场舞蹈。\n"
    got = units(text)
    assert any(u == ["外联部"] and t.startswith("联系赞助商家") for t, u, _ in got)
    assert any(u == ["文艺部"] and t.startswith("编排开场舞蹈") for t, u, _ in got)


def test_unit_labels_over_their_duties_in_a_run():
    text = ("二、分工\n为推进本方案,各部门分工如下:\n • 庚区文旅局:\n负责组织非遗展演活动。\n • 庚区商务局:\n"
            "负责协调夜市摊位布置。\n")
    got = units(text)
    assert any(u == ["庚区文旅局"] and t.startswith("负责组织非遗展演") for t, u, _ in got)
    assert any(u == ["庚区商务局"] and t.startswith("负责协调夜市摊位") for t, u, _ in got)
    mixed = "三、机构\n可设置以下机构:\n(1)综合办公室:负责文秘和后勤工作。\n(2)规划科:\n负责辖区规划编制。\n(3)安监科:\n负责安全生产检查。\n"
    got = units(mixed)
    assert any(u == ["规划科"] and t.startswith("负责辖区规划编制") for t, u, _ in got)
    assert any(u == ["安监科"] and t.startswith("负责安全生产检查") for t, u, _ in got)


def test_lone_label_without_a_duty_below_reads_nothing():
    text = "五、联系方式\n • 辛县教育局:\n电话12345678\n • 辛县卫健局:\n电话87654321\n"
    assert units(text) == []


def test_role_label_over_its_unit_list():
    own = "惠民项目之三\n    为低保家庭发放取暖补贴,每户800元。\n\n    责任单位:\n壬市民政局、壬市财政局\n\n标签:\n"
    run = "惠民项目之三\n    为低保家庭发放取暖补贴,每户800元。\n\n    责任单位:壬市民政局、壬市财政局\n\n标签:\n"
    assert [u for *_, u in units(own)] == [["壬市民政局", "壬市财政局"]]
    assert [(l, u) for _, l, u in units(own)] == [(l, u) for _, l, u in units(run)]
    # a label over no unit (a date, a phone number) reads nothing from the line below
    assert units("通知\n    联系电话:\n12345678\n") == []


def test_duty_heading_with_its_sentence_run_in():
    own = ("关于开展秋季防火工作的方案\n\n一、指导思想。略。\n二、职责分工\n各单位要高度重视,周密安排。\n(一)成立防火工作领导小组,统筹开展工作。\n"
           "(二)林业站依照护林防火的有关规定。组织巡山。\n(三) 镇卫生院做好伤员救治准备,严格值守。\n")
    run = own.replace("二、职责分工\n各单位", "二、职责分工。各单位")
    for text in (own, run):
        got = units(text)
        assert any(u == ["林业站"] for _, u, _ in got), text
        assert any(u == ["镇卫生院"] for _, u, _ in got), text
