"""(lead41) A photo's caption is furniture and holds no records (G2a), targets included; a caption may close on a
reporter's credit after a slash (``…計畫/記者 某某攝``); amounts in thousands and hundreds of ten-thousands written with
digits (``3千4百多萬元``: 34 百万元, N8b); adverbs of addition before a charge (``甲处同时负责…``, U7). Made-up texts
only."""

import pytest

from rules_kit import records
from extract.rules.goals import is_photo_caption
from extract.rules.written_numbers import wan_kilo_hundred_value

BODY = "某校中央廚房擴建明年動工\n某校中央廚房設備老舊,議員爭取到800萬元,明年將擴建。\n"


def values(text):
    return sorted((r.value, r.unit) for r in records(text, "numeric_target"))


@pytest.mark.parametrize("caption", [
    "▲議員到場會勘,並向教育部爭取到800萬元,將推動擴建計畫/記者 某某攝",
    "▲議員到場會勘,並向教育部爭取到800萬元,將推動擴建計畫。(記者某某攝)",
    "议员到场会勘,并争取到800万元,将推动扩建计划／记者 某某 摄",
    "新校舍将投入800万元扩建。(某市教育局提供)",
])
def test_a_caption_gives_no_target(caption):
    assert is_photo_caption(caption)
    assert values(BODY + caption + "\n") == values(BODY) == [(800.0, "万元")]


@pytest.mark.parametrize("paragraph", [
    "議員表示,將爭取800萬元擴建廚房,記者也將持續追蹤。",
    "某校今年将新建教室20间/间隔两周验收一次。",
    "附件/记者会通稿",
])
def test_no_caption_without_a_credit_at_its_end(paragraph):
    assert not is_photo_caption(paragraph)


@pytest.mark.parametrize("number, digits", [("1千2百", "12"), ("3千5百", "35"), ("1万5千4百", "154"), ("12百", None),
                                            ("1千", None)])
def test_kilo_hundred_digits(number, digits):
    assert wan_kilo_hundred_value(number) == digits


@pytest.mark.parametrize("sentence, expected", [
    ("明年將投入3千4百多萬元擴建禮堂。", [(34.0, "百万元")]),
    ("2026年将投入3千5百万元新建学校。", [(35.0, "百万元")]),
    ("2026年将投入21千2百万元新建学校。", []),  # no such figure: not read as 12 百万元
])
def test_amounts_in_kilo_and_hundred_ten_thousands(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence, lead, task", [
    ("教务处同时负责教材征订工作。", ["教务处"], "教材征订工作"),
    ("學務處亦負責學生獎助學金評審。", ["学务处"], "学生奖助学金评审"),
    ("总务处同时具体负责校舍维修。", ["总务处"], "校舍维修"),
])
def test_an_adverb_of_addition_before_a_charge(sentence, lead, task):
    rows = records(sentence, "unit_assignment")
    assert [(r.lead_units, r.task) for r in rows] == [(lead, task)]


@pytest.mark.parametrize("sentence", ["各学校同时负责安全工作。", "分管领导同时负责督导。", "同时负责督导。"])
def test_an_adverb_of_addition_names_no_party(sentence):
    assert records(sentence, "unit_assignment") == []


CAPTION_BODY = "某县推进校舍改造\n今年全县将改造校舍。\n"


@pytest.mark.parametrize("caption", [
    "▲校舍改造工程由县教育局负责,县住建局配合。(记者 某某 摄)",
    "▲縣教育處負責校舍改造/記者 某某攝",
    "县教育局牵头推进校舍改造工作。(图/某县政府提供)",
])
def test_a_caption_gives_no_unit_row(caption):
    assert records(CAPTION_BODY + caption + "\n", "unit_assignment") == []


def test_the_same_sentence_outside_a_caption_gives_its_row():
    rows = records(CAPTION_BODY + "县教育局牵头推进校舍改造工作。\n", "unit_assignment")
    assert [(r.lead_units, r.task) for r in rows] == [(["县教育局"], "推进校舍改造工作")]


@pytest.mark.parametrize("links", [
    "相关阅读\n某市教育局牵头推进校舍改造工作\n某区将新建学校12所\n",
    "延伸閱讀\n某市教育處負責推進校舍改造工作\n某區將新建學校12所\n",
    "猜你喜欢\n某市教育局牵头推进校舍改造工作\n到2030年某市将建成教育强市\n",
])
def test_a_link_list_gives_no_unit_row(links):
    text = "某县推进校舍改造\n来源:某县教育局\n今年全县将改造校舍。\n" + links
    assert records(text, "unit_assignment") == []


@pytest.mark.parametrize("sentence, lead, helpers", [
    ("县教育局会同县财政局起草实施细则。", ["县教育局"], ["县财政局"]),
    ("区卫健委会同区教育局修订学校卫生工作规范。", ["区卫健委"], ["区教育局"]),
    ("縣教育處會同縣衛生局召開聯席會議。", ["县教育处"], ["县卫生局"]),
    ("县教育局会同县市场监督管理局召开联席会议。", ["县教育局"], ["县市场监督管理局"]),
])
def test_with_clauses_closed_by_more_doings(sentence, lead, helpers):
    rows = records(sentence, "unit_assignment")
    assert [(r.lead_units, r.responsible_units) for r in rows] == [(lead, helpers)]


@pytest.mark.parametrize("sentence, expected", [
    ("某区12所即将投入使用的幼儿园都是公办园,其中5所新建,届时全区公办园在园幼儿占比将超过40%。", [(40.0, "%")]),
    ("某區8所新校舍即將啟用,屆時全區公立幼兒園占比將達到60%。", [(60.0, "%")]),
    ("某市20所新幼儿园即将开园,可提供学位6000个。", []),  # the places the opening works add: theirs
    ("某市20所新幼儿园即将开园,将提供学位6000个。", []),
])
def test_a_state_after_the_opening_is_a_target(sentence, expected):
    assert values(sentence) == expected


from extract.rules.recounts import commits  # noqa: E402


@pytest.mark.parametrize("sentence, recounting, expected", [
    ("某地区基本普及高中阶段教育,毛入学率达29%", True, False),  # a state reached, told in a recount
    ("某地区基本普及高中阶段教育,毛入学率达29%", False, True),  # a vision, outside any recount
    ("体系更加完善,覆盖率达到95%", True, False),
    ("到2035年,基本普及高中阶段教育", True, True),  # a deadline commits in any run
    ("全县将基本普及学前教育", True, True),  # a modal too
])
def test_vision_words_need_a_second_cue_in_a_recount(sentence, recounting, expected):
    assert commits(sentence, recounting) is expected


def test_a_recount_paragraph_told_with_vision_words_gives_no_targets():
    text = ("某县教育工作会议讲话\n同志们:\n一、加快推进教育强县建设\n"
            "近年来,全县上下优先发展教育事业,取得了显著成绩。全县小学入学率接近100%,"
            "初中阶段入学率达98.8%;城区基本普及高中阶段教育,毛入学率达59%。\n")
    assert values(text) == []


from extract.normalise import is_boilerplate  # noqa: E402


@pytest.mark.parametrize("line, furniture", [
    ("特别声明:本站内容均来自网友提供或互联网,仅供参考。如果侵犯了您的权益请与我们联系,我们将在24小时内删除。", True),
    ("版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。", True),
    ("声明:本站内容均来自互联网,如侵犯了您的合法权益,请联系我们,我们将在3个工作日内删除。", True),
    ("免责声明:文章来源于网络,仅供参考。", True),
    ("某校声明:将于2031年新建教学楼1栋。", False),
    ("县教育局发表声明:今年新建学校3所。", False),
])
def test_a_sites_disclaimer_is_furniture(line, furniture):
    assert is_boilerplate(line) is furniture


@pytest.mark.parametrize("sentence, expected", [
    ("甲校目前已完成招標,至於乙校的新禮堂,預估工程費3000多萬。", [(3000.0, "万")]),
    ("甲校已完成招标,乙校新校舍预估投资3000万元。", [(3000.0, "万元")]),
    ("甲校已完成招标,乙校新校舍已投资3000万元。", []),  # the estimate's own clause only
])
def test_an_estimate_in_its_own_clause_commits(sentence, expected):
    assert values(sentence) == expected


from extract.rules.rulebook_targets import footer_title_line  # noqa: E402


@pytest.mark.parametrize("line, before, after, furniture", [
    ("信息首发:某区三年内将新建学校12所", "某区三年内将新建学校12所。记者昨日获悉……\n", "", True),  # the page ends with it
    ("信息首发:某区三年内将新建学校12所", "正文……\n", "今日头条:\n", True),  # another bare field label follows
    ("标题:某区三年内将新建学校12所", "来源:某某网\n", "正文……", True),
    ("标题: 某区三年内将新建学校12所", "", "作者:某某 日期:2031-01-02\n正文……", False),  # the page's own title at its head
    ("信息首发:某区三年内将新建学校12所", "", "某区三年内将新建学校12所。", False),
])
def test_footer_title_lines(line, before, after, furniture):
    assert footer_title_line(line, before, after) is furniture


from extract.rules.target_exclusions import link_list_spans  # noqa: E402


@pytest.mark.parametrize("label", ["新闻推荐", "频道推荐", "點擊排行", "新闻排行榜:"])
def test_link_list_labels_in_the_other_order(label):
    text = "正文。\n" + label + "\n• 某市公积金基数有调整!7月1日起执\n• 某市将打造12处公园\n"
    spans = link_list_spans(text)
    assert spans and text[spans[0][0]:spans[0][1]].count("•") == 2


def test_a_link_list_ends_at_a_sentence():
    text = "相关新闻\n某市将打造12处公园\n今年全市将新建学校5所。\n"
    (a, b), = link_list_spans(text)
    assert "新建学校" not in text[a:b]


@pytest.mark.parametrize("sentence, expected", [
    ("某館上樑 工程進度達37%", []),
    ("该项目工程进度达到85%,预计年底完工。", []),
    ("目前整体工程进度已达39%,比预定进度超前。", []),
    ("工程形象进度完成45%。", []),
    ("确保年底前工程进度达到50%。", [(50.0, "%")]),
    ("2031年6月底前工程進度達30%。", [(30.0, "%")]),
    ("全市义务教育巩固率达到98%。", [(98.0, "%")]),
])
def test_the_progress_of_works_reached_is_a_status(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    ("到2030年,每千人口托位数达到4.5个。经过全县上下共同努力,全县儿童健康状况持续向好,生长迟缓率下降至7%以下,"
     "婴儿死亡率下降至5.4‰。", [(4.5, "个")]),
    ("经过多年建设,全县新建学校12所。", []),
    ("經過三年努力,全縣新增公幼30班。", []),
    ("经过三年努力,到2030年全县学前三年毛入园率达到95%。", [(95.0, "%")]),  # a deadline commits
    ("经过努力,力争明年新建学校3所。", [(3.0, "所")]),
])
def test_the_efforts_behind_results_open_a_recount(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("line", [
    "1.新建幼儿园3所。主抓单位:县教育局 配合:县财政局\n",
    "序号 | 任务 | 主抓单位 | 配合单位\n1 | 新建幼儿园3所 | 县教育局 | 县财政局\n",
])
def test_zhuzhua_labels_the_lead(line):
    rows = records("某县教育重点工作任务分解\n" + line, "unit_assignment")
    assert [(r.lead_units, r.responsible_units) for r in rows] == [(["县教育局"], ["县财政局"])]


@pytest.mark.parametrize("sentence, year", [
    ("某校禮堂3日動土,預計明年5月完工,也就是說,115學年度起即可啟用。", 2026),
    ("某校中央厨房预计明年9月竣工,2031年即可使用。", 2031),
    ("某校2031年可使用的教室有30间。", None),
])
def test_a_year_from_which_the_works_can_be_used_dates_a_goal(sentence, year):
    goals = records(sentence, "goal")
    assert [g.target_year for g in goals] == ([year] if year else [])


from extract.cues import arranges_reports, title_reports_past  # noqa: E402


@pytest.mark.parametrize("title, reports", [
    ("关于开展2031年度各系部重点工作推进情况汇报的通知", False),
    ("关于报送2031年工作总结的通知", False),
    ("某县2031年工作总结", True),
    ("关于2031年民生实事完成情况的通报", True),
    ("关于印发某县2031年工作总结的通知", True),
])
def test_a_notice_that_arranges_reports_is_no_report(title, reports):
    assert title_reports_past(title) is reports


@pytest.mark.parametrize("sentence, expected", [
    ("各学院每两个月汇报1次。", [(1.0, "次")]),
    ("每半年召开1次例会。", [(1.0, "次")]),
    ("每季度督查1次。", [(1.0, "次")]),
    ("去年各学院每月汇报1次。", []),
    ("该校已每月开展1次演练。", []),
])
def test_a_standing_frequency_is_a_target(sentence, expected):
    assert values(sentence) == expected


def test_arranges_reports_needs_a_verb_of_arranging():
    assert arranges_reports("关于做好2031年度工作总结的通知") and not arranges_reports("某县2031年度工作总结")


from extract.rules.unit_carried_subjects import carried_charges, subject_names  # noqa: E402


@pytest.mark.parametrize("sentence, lead, task", [
    ("某县实验小学设有中央厨房,平时也负责供应邻近三所学校的营养午餐。", ["某县实验小学"], "供应邻近三所学校的营养午餐"),
    ("秘書室屬於幕僚單位,除辦理本室業務外,亦負責各單位間之溝通與協調。", ["秘书室"], "各单位间之沟通与协调"),
    ("县卫健委、县市场监管局已制定了防疫方案,向各考点选派一名医务人员,负责考点的饮食卫生工作。", ["县卫健委", "县市场监管局"],
     "考点的饮食卫生工作"),
    ("某县青少年活动中心成立于1990年,负责全县青少年校外教育活动。", ["某县青少年活动中心"], "全县青少年校外教育活动"),
])
def test_a_charge_carried_from_the_sentences_subject(sentence, lead, task):
    rows = records(sentence, "unit_assignment")
    assert [(r.lead_units, r.task) for r in rows] == [(lead, task)]


@pytest.mark.parametrize("sentence", [
    "领导小组下设办公室,负责日常事务。",  # the 办公室 is the subject of its own clause: another reader's
    "每个乡镇人民政府履行属地管理责任,负责公墓管理。",
    "学校领导高度重视,负责安全工作。",  # people
    "县教育局召开会议,负责同志参加。",
    "县教育局设有安全科,安全科负责校园安全。",  # the last clause has a subject of its own
    "各学校设有食堂,负责学生午餐。",  # a collective
])
def test_no_carried_charge(sentence):
    assert carried_charges(sentence) == []


def test_subject_names_read_a_list():
    assert subject_names("县卫健委、县教育局已制定方案") == ["县卫健委", "县教育局"] and subject_names("县卫健委、已制定") == []


@pytest.mark.parametrize("head", ["三、工作分工", "一、比赛分工", "分工安排", "二、职责与分工", "三、职责分工"])
def test_a_lone_label_under_any_named_division_of_work(head):
    rows = records(head + "\n(一)安全保卫组:负责比赛沿途的安全。\n", "unit_assignment")
    assert [(r.lead_units, r.task) for r in rows] == [(["安全保卫组"], "负责比赛沿途的安全")]


def test_a_lone_label_under_a_headline_is_no_row():
    assert records("新闻中心\n市教育局:今年将新建学校5所\n", "unit_assignment") == []


@pytest.mark.parametrize("sentence, year", [
    ("县长宣布,自2031学年度第2学期起正式实施营养午餐全面免费政策。", 2031),
    ("县长宣布,自2031年下学期起实施营养午餐免费政策。", 2031),
    ("縣長宣佈,自114學年度第2學期起正式實施營養午餐全面免費政策。", 2025),
])
def test_a_school_years_term_from_which_a_policy_starts(sentence, year):
    assert [g.target_year for g in records(sentence, "goal")] == [year]


@pytest.mark.parametrize("text, rows", [
    ("三、职责分工\n1.校舍改造:县住建局负责。\n2.学生体检:县卫健委负责。\n",
     [(["县住建局"], "校舍改造"), (["县卫健委"], "学生体检")]),
    ("开幕式:学生处负责。\n", [(["学生处"], "开幕式")]),
    ("工作要求:班主任负责。\n", []),  # a person
    ("会议要求:各校负责。\n", []),  # a collective
])
def test_a_task_label_over_its_charged_unit(text, rows):
    found = records("某校运动会工作方案\n" + text, "unit_assignment")
    assert [(r.lead_units, r.task) for r in found] == rows


@pytest.mark.parametrize("text, expected", [
    ("某县后年新建学校3所。", [(3.0, "所")]),
    ("2億建某鄉公教宿舍 最快後年完工\n", [(2.0, "亿")]),
])
def test_the_year_after_next_commits(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("title, reports", [
    ("【工作进展】加快教育领域项目建设 推进教育资源扩容提质", True),
    ("某镇为民办实事项目进展", False),  # a title's own words, no column label: the page may restate its schedule (O3)
    ("【工作动态】某县召开教育工作会议", False),
    ("关于报送教育项目建设进展的通知", False),
])
def test_progress_column_labels(title, reports):
    assert title_reports_past(title) is reports


def test_an_open_information_pages_title_field_files_it_as_a_report():
    text = ("索引号 | 0001/2031-0001 | 组配分类 | 教育 |\n发布机构 | 某市教育局 | 发文日期 | 2031-10-31 |\n"
            "信息名称 | 【工作进展】加快教育领域项目建设 | 内容概述 | 近年来,我市不断加大教育投入。\n"
            "近年来,我市不断加大教育投入。\n2031年,全市投入资金约7亿元,新建改扩建9所公办园,新增公办学位3210个。\n")
    assert values(text) == []
