"""Duty lists and the subjects of their items (rules.unit_duty_items): made-up texts only."""

import pytest

from extract.rules.unit_duty_items import item_lead_length
from rules_kit import units


@pytest.mark.parametrize("text,n", [
    ("(二)某县文旅局负责书屋建设", 3),
    ("（十七）某区城管局负责摊点清理", 4),
    ("第三条 某县教育局负责校车管理", 4),
    ("第12条某县水务局负责河道巡查", 4),
    ("如某县教育部门负责宣传教育", 1),
    ("例如甲园管委会负责绿化养护", 2),
])
def test_item_lead_length(text, n):
    assert item_lead_length(text, 0) == n


@pytest.mark.parametrize("text", [
    "如皋市某局负责校舍改造",  # a place name that opens with 如
    "如期完成校舍改造",  # no verb of charge after it
    "第三中学负责校园安保",  # a school's name, no 条
    "某县文旅局负责书屋建设",
])
def test_item_lead_length_near_misses(text):
    assert item_lead_length(text, 0) == 0


def test_bracketed_mark_is_no_part_of_the_subject():
    rows = units("第六条 各部门按照以下分工负责监督管理:(一)某县卫健局负责医疗机构的监督管理,(二)某县市场监管局负责餐饮场所的监督管理,"
                 "(三)某县商务局、某县市场监管局负责集贸市场的监督管理。")
    leads = [r[1] for r in rows]
    assert ["某县市场监管局"] in leads and ["某县商务局", "某县市场监管局"] in leads
    assert not any(u.startswith(("(", "（")) for r in rows for u in r[1] + r[2])


def test_article_mark_is_no_part_of_the_subject():
    rows = units("第二条 为做好2031年防汛工作,制定本规定。\n第三条 某县水务局负责防汛日常工作。\n")
    assert ("防汛日常工作", ["某县水务局"], []) in rows


def test_example_lead_in_is_no_part_of_the_subject():
    rows = units("四、成员职责\n各成员单位按职责配合做好相关工作。如某县教育部门负责学校安全教育;某县水利部门负责水域巡查。\n")
    assert any(r[1] == ["某县教育部门"] for r in rows)
    assert not any(u.startswith("如") for r in rows for u in r[1] + r[2])


def test_marked_collective_gives_no_lead():
    rows = units("按照以下分工负责:(一)某县卫健局负责医疗机构的监督管理,(十七)各乡镇政府负责辖区内孳生地调查。")
    assert not any(u.startswith(("各", "(十七)")) for r in rows for u in r[1])


def test_place_name_with_ru_is_kept():
    rows = units("三、职责分工\n如皋市某局负责2031年校舍改造工作。\n")
    assert any(r[1] == ["如皋市某局"] for r in rows)


def test_spaced_numeral_inside_a_line():
    rows = units("本局设下列各科,分别掌理下列事项: 一 甲科:社会团体会务辅导事项。 二 乙科:弱势市民生活扶助事项。")
    leads = [u for r in rows for u in r[1]]
    assert "甲科" in leads and "乙科" in leads
    assert not any(u[0] in "一二" for u in leads)


def test_name_opening_with_numeral_is_kept():
    rows = units("三、职责分工\n六安市某局:负责2031年书屋建设。\n")
    assert all(u.startswith("六安") for r in rows for u in r[1])


# -- U8b (i): the owner named in a duty list's lead-in ---------------------------------------------------------------

def test_owner_lead_in_inline_items():
    rows = units("第六条 某县文旅局应当履行下列职责:(一)编制2031年全民阅读规划,(二)组织书香社区评选,按照以下分工负责阅读推广工作:"
                 "(一)某县教育局负责校园阅读活动。")
    assert ("编制2031年全民阅读规划", ["某县文旅局"], []) in rows
    assert ("组织书香社区评选", ["某县文旅局"], []) in rows
    assert any(r[1] == ["某县教育局"] for r in rows)


def test_owner_lead_in_with_charge_and_items_below():
    rows = units("第三条 某县水务局负责防汛联动机制日常工作,履行以下综合协调职责:\n(一)建立健全河道巡查制度;\n"
                 "(二)指导乡镇做好汛期值守工作,督促落实巡查措施;\n(三)牵头开展汛后评估。\n第四条 其他部门按职责做好相关工作。\n")
    assert ("防汛联动机制日常工作", ["某县水务局"], []) in rows
    assert ("建立健全河道巡查制度", ["某县水务局"], []) in rows
    assert ("指导乡镇做好汛期值守工作", ["某县水务局"], []) in rows
    assert ("牵头开展汛后评估", ["某县水务局"], []) in rows


def test_owner_split_on_its_list():
    rows = units("第五条 市、县文明办应当履行下列职责:(一)组织开展文明创建宣传教育,(二)协调各成员单位做好创建工作。")
    assert ("组织开展文明创建宣传教育", ["市", "县文明办"], []) in rows
    assert ("协调各成员单位做好创建工作", ["市", "县文明办"], []) in rows  # a verb and its object, no subject


def test_collective_owner_owns_no_items():
    rows = units("第五条 各乡镇应当履行下列职责:(一)组织开展文明创建宣传教育,(二)协调辖区单位做好创建工作。")
    assert not any(r[1] and r[1][0].startswith("各") for r in rows)


# -- U8b (ii): each item's own subject ---------------------------------------------------------------------------------

def test_items_open_with_their_own_unit_whatever_the_verb():
    rows = units("成员单位在爱国卫生工作中应当按照有关规定,履行下列主要职责:1.某县财政局负责安排工作经费;"
                 "2.某县城管执法部门对违反市容管理规定的行为实施处罚;3.某县水利局负责河道保洁的监督管理。")
    assert ("对违反市容管理规定的行为实施处罚", ["某县城管执法部门"], []) in rows
    assert any(r[1] == ["某县财政局"] for r in rows)


def test_division_heading_over_numbered_items():
    rows = units("2031年送餐服务方案\n一、分工协作\n1、某大学离退休处对接老同志。具体负责登记。\n2、某大学团委对接学生志愿者。具体负责排班。\n"
                 "二、注意事项\n1、某大学团委做好签收。\n")
    assert ("对接老同志", ["某大学离退休处"], []) in rows
    assert ("对接学生志愿者", ["某大学团委"], []) in rows
    assert not any(r[0] == "做好签收" for r in rows)  # (another heading's list)


def test_office_named_with_a_verb_is_a_subject():
    rows = units("三、职责分工\n1. 宣传部对接新闻媒体。\n2. 组织部对接驻村干部。\n")
    assert ("对接新闻媒体", ["宣传部"], []) in rows and ("对接驻村干部", ["组织部"], []) in rows


def test_people_and_verbs_open_no_subject():
    rows = units("二、主要职责\n1. 领导小组组长负责全面工作。\n2. 规范全区各类学校办学行为。\n3. 社会力量参与防汛宣传。\n")
    leads = [u for r in rows for u in r[1]]
    assert "领导小组组" not in leads and not any(u.startswith("规范") for u in leads) and "社会" not in leads


def test_a_system_of_charge_is_no_verb():
    rows = units("答:某委实行成员单位分工负责制.成员单位应当履行下列职责:1.某县水利局负责河道保洁;2.某县城管执法部门对违规行为实施处罚;3.某县财政局负责安排经费.")
    assert not any("实行" in u for r in rows for u in r[1] + r[2])
    assert ("对违规行为实施处罚", ["某县城管执法部门"], []) in rows


# -- U7b: ``Y协助X做好Z`` stated as a division of work -----------------------------------------------------------------

def test_helper_before_the_party_helped():
    rows = units("第二条 某镇人民政府负责本辖区防汛工作。\n某村民委员会协助某镇人民政府、某街道办事处做好2031年防汛相关工作,利用广播循环播放警示信息。\n")
    assert ("做好2031年防汛相关工作", ["某镇人民政府", "某街道办事处"], ["某村民委员会"]) in rows


def test_helper_with_a_modal_in_traditional_script():
    rows = units("甲署將協助乙署物色合適處所。業主可向甲署提交建議。")
    assert any(r[1] == ["乙署"] and r[2] == ["甲署"] for r in rows)


def test_helper_with_no_party_helped():
    rows = units("四、成员职责\n各成员单位按职责做好工作。某县教育部门负责学校宣传教育;某县公安部门协助做好突发事件处置等。\n")
    assert ("做好突发事件处置", [], ["某县公安部门"]) in rows


def test_helpers_directed_by_a_person():
    rows = units("会上,张三要求有关部门要发挥职能作用,配合某县教育局做好2031年校舍选址工作,及时解决问题。")
    assert ("做好2031年校舍选址工作", ["某县教育局"], ["有关部门"]) in rows


@pytest.mark.parametrize("text", [
    "积极配合某县住建局做好社区球场选址工作。",  # no helper written
    "副组长协助组长做好日常工作。",  # people
    "指定有资质的专科医院配合某县教育部门开展筛查工作。",  # a kind described, no name
])
def test_helper_frame_near_misses(text):
    assert units(text) == []


# -- U7d: an office set up by the sentence, then its charge ----------------------------------------------------------

def test_office_set_up_then_its_charge():
    rows = units("一、组织机构\n某镇成立防汛工作领导小组,统一指导2031年防汛工作。领导小组下设办公室,负责日常工作的协调和情况汇总。\n")
    assert ("日常工作的协调和情况汇总", ["办公室"], []) in rows


def test_office_hosted_elsewhere_then_its_charge():
    rows = units("县指挥部负责全县防火工作。指挥部下设办公室在某县林业局,承担指挥部日常工作。某镇人民政府设立防火指挥所,负责本镇防火工作的组织协调。")
    assert ("指挥部日常工作", ["办公室"], []) in rows
    assert ("本镇防火工作的组织协调", ["防火指挥所"], []) in rows


@pytest.mark.parametrize("text", [
    "某镇成立防汛工作领导小组。",  # no charge after it
    "领导小组下设组长,负责全面工作。",  # a person, no office
])
def test_office_set_up_near_misses(text):
    assert all(r[1] != ["办公室"] and "组长" not in r[1] for r in units(text))


# -- U7: ``负责制定`` is a charge; ``负责制`` names a system ---------------------------------------------------------------

def test_charge_to_draw_up_is_a_charge():
    rows = units("三、职责分工\n某县卫健局负责制定2031年接种实施方案。某县教育局负责受种对象信息采集。\n")
    assert ("制定2031年接种实施方案", ["某县卫健局"], []) in rows
    rows = units("某县体育组具体负责制订秩序册。")
    assert ("制订秩序册", ["某县体育组"], []) in rows


def test_system_of_charge_gives_no_lead():
    rows = units("某县实行校长负责制,全面落实安全责任。")
    assert not any(r[1] for r in rows)


def test_header_words_are_no_helper_frame():
    rows = units("序号 任务 牵头 单位 配合 单位 完成 时限\n1 新建冷库2座 丙县商务局 丙县财政局 2031年6月\n")
    assert not any("单位" in u for r in rows for u in r[1] + r[2])


def test_helper_after_a_lead_in_the_same_sentence_is_a_role_part():
    rows = units("长者服务计划由某市民政局牵头,某市卫健委配合实施新建工程。")
    assert not any(r[1] == [] for r in rows)


# -- (r24 unitA24) a duty heading's opening paragraph before its items ------------------------------------------------

def test_duty_heading_with_an_opening_paragraph_before_its_items():
    rows = units("三、职责分工\n各单位要高度重视,周密部署,确保任务落实。\n(一)某乡武装部负责兵员登记。\n"
                 "(二)某乡派出所依照政审规定组织考核。\n(三)某乡卫生院做好初检准备,严格把关。\n(四)某乡纪委掌握廉洁征集情况。\n")
    leads = {r[1][0]: r[0] for r in rows if r[1]}
    assert leads.get("某乡派出所") == "依照政审规定组织考核"
    assert leads.get("某乡卫生院") == "做好初检准备"
    assert leads.get("某乡纪委") == "掌握廉洁征集情况"


def test_duty_heading_with_two_prose_paragraphs_owns_no_later_list():
    rows = units("三、职责分工\n各单位要高度重视,周密部署。\n要加强宣传,营造良好氛围。\n(一)某乡派出所依照政审规定组织考核。\n")
    assert not any(r[1] == ["某乡派出所"] for r in rows)


def test_owner_named_before_its_duties_or_tasks_with_no_verb():
    """(unitA26) U8b (i): ``某会任务如下:``, ``某中心的主要职责是:`` own the items after them as ``履行下列职责:`` does."""
    from extract.cues import is_unit_cell
    from extract.rules.unit_duty_items import owner_duty_items

    rows = units("防汛指挥部的主要职责是:1.研判汛情;2.调度抢险力量。\n")
    assert ("研判汛情", ["防汛指挥部"], []) in rows and ("调度抢险力量", ["防汛指挥部"], []) in rows
    hits = owner_duty_items("二、本协会任务如下:\n(一)组织会员培训。\n(二)开展行业调查。\n", is_unit_cell)
    assert [(h[2], h[3]) for h in hits] == [("组织会员培训", ["本协会"]), ("开展行业调查", ["本协会"])]
    assert hits[0][0] == 2  # the first item's quote opens at the owner
    assert owner_duty_items("二、主要任务如下:\n1.新建食堂。\n", is_unit_cell) == []  # no owner named
    assert owner_duty_items("各成员单位主要任务:\n1.报送信息。\n", is_unit_cell) == []  # a collective


# (unitA28) a charter's owner-named list: ``职掌``/``职权`` after ``之``/``的``, items that open with ``关于``
def test_owner_named_list_with_charter_words():
    rows = units("第三条 联络处之职掌如下:\n一、关于来访接待事宜。\n二、关于校友联系及通讯事宜。\n三、其他交办事项。\n")
    assert ("关于来访接待事宜", ["联络处"], []) in rows
    assert ("关于校友联系及通讯事宜", ["联络处"], []) in rows
    rows = units("代表大會職權如下:\n1. 審議年度預算。\n2. 選舉理事。\n")
    assert ("审议年度预算", ["代表大会"], []) in rows and ("选举理事", ["代表大会"], []) in rows


def test_topic_preposition_opens_no_subject():
    from extract.cues import is_unit_cell
    from extract.rules.unit_duty_items import item_subject
    assert item_subject("关于青年协会对外联络之规划事宜", is_unit_cell) is None
    assert item_subject("某县青年协会负责对外联络", is_unit_cell) == (6, ["某县青年协会"])


def test_person_charter_lead_in_gives_no_rows():
    rows = units("理事长职权如下:\n一、主持理事会议。\n二、对外代表本会。\n")
    assert all(lead != ["理事长"] for _, lead, _ in rows)


# (unitA28) a law's passive lead-in ``下列事项,由X掌理:`` over its items, on lines or run in, a proviso before the colon
def test_passive_owner_lead_in_over_items():
    rows = units("第七条 下列事项,由县主管机关掌理。但法律另有规定者,从其规定:\n一、全县托育政策之规划及宣导事项。\n"
                 "二、托育人员训练之办理事项。\n")
    assert ("全县托育政策之规划及宣导事项", ["县主管机关"], []) in rows
    assert ("托育人员训练之办理事项", ["县主管机关"], []) in rows
    rows = units("第九條 下列事項,由市主管機關辦理: 一、長照據點之設置規劃事項。 二、照顧人力之培訓事項。\n")
    assert ("长照据点之设置规划事项", ["市主管机关"], []) in rows and ("照顾人力之培训事项", ["市主管机关"], []) in rows


def test_passive_lead_in_without_colon_gives_no_list():
    rows = units("下列事项由县主管机关办理。\n一、全县托育政策之规划及宣导事项。\n")
    assert all(not t.startswith("全县托育政策") for t, _, _ in rows)
