"""Seventeenth-round cues of engineer wrap17 (hard-wrapped prose: lines broken at a fixed width), on made-up text."""
from extract.normalise import normalise
from extract.rules.r17_wrap17 import goals_by_line, joined_breaks, print_width, wrap_breaks
from extract.rules.targets import find_targets

# a made-up page wrapped at 24 Chinese characters: three paragraphs, each closed by a full stop
WRAPPED = [
    "某区持续推进康复服务行动,确保2031年底有康复需求的持证",
    "残疾人接受基本康复服务率达到95%以上。落实儿童康复救助",
    "制度,帮助350名儿童在机构接受康复训练。",
    "甲市政府主计处表示,本年度总预算岁出编列高于岁入,差短",
    "新台币12亿3000万元,其中乡村学校教育经费再增加2亿4000",
    "万元,全力提升办学条件,缩短城乡差距。",
]


def test_print_width():
    assert print_width("2031年增加10所") == 14
    assert print_width("甲乙,丙") == 8  # a comma NFKC made ASCII is as wide as the full-width one
    assert print_width("abc 12") == 6


def test_wrap_breaks_joins_the_lines_of_each_paragraph():
    assert wrap_breaks(WRAPPED) == [0, 1, 3, 4]


def test_wrap_breaks_never_after_a_full_stop_and_never_before_a_marker():
    lines = [
        "某区持续推进康复服务行动,确保2031年底有康复需求的持证",
        "(二)完善就业支持服务体系,稳步开设甲乙丙丁等孵化项目",
        "车间,打造残疾人友好型社区示范样板,做好就业服务工作。",
    ]
    assert wrap_breaks(lines) == [1]  # not before ``(二)``
    lines[0] = "某区持续推进康复服务行动,确保2031年底有康复需求者受益。"
    lines[1] = "甲街道稳步开设面点车间、电话客服、直播电商等就业孵化项"
    assert wrap_breaks(lines) == [1]  # line 0 ends a sentence


def test_wrap_breaks_near_misses_lists_and_tables():
    items = [  # a list of items, one a line, each a phrase of its own: no line ends a paragraph
        "新建甲区第一小学等公办中小学校及幼儿园共计十二所",
        "改造乙区老旧小区住宅加装电梯及无障碍设施一百二十部",
        "开展文艺辅导培训讲座等公益文化活动不少于一百场次",
    ]
    assert wrap_breaks(items) == []
    rows = [  # a flattened table: short cells, never full lines
        "序号", "任务", "牵头单位", "1", "新建甲校", "某区教育局",
    ]
    assert wrap_breaks(rows) == []
    labelled = [  # a task with its role label, then the next row: no join
        "甲镇完成全部农村公路安全防护设施改造牵头单位:某区交通局",
        "乙镇完成全部农村公路安全防护设施改造并开展验收工作。",
    ]
    assert wrap_breaks(labelled) == []
    short = ["甲校新建教学楼一栋", "乙校改造运动场。"]  # narrower than any wrap read
    assert wrap_breaks(short) == []
    piped = ["甲项目 | 某街道 | 2031 | 新建校舍一栋及配套设施", "乙项目 | 某街道 | 2031 | 改造运动场。"]
    assert wrap_breaks(piped) == []


def test_wrap_breaks_role_label_inside_an_open_bracket_is_wrapped():
    lines = [
        "加快推进甲小学教学楼和乙小学操场改造工程,提升办学条",
        "件,为三所学校配齐设施设备。(责任单位:某区教育局基建",
        "科,各项目学校)",
    ]
    assert wrap_breaks(lines) == [0, 1]


def _normalised_targets(text: str):
    norm = normalise(text)
    return norm, [(h.value, h.unit, h.target_year) for h in find_targets(norm.text, role="plan")]


def test_join_wrapped_reads_a_number_with_its_unit_and_year():
    norm, hits = _normalised_targets("\n".join(WRAPPED))
    assert "差短新台币12亿3000万元" in norm.text
    assert "再增加2亿4000万元" in norm.text
    assert (95.0, "%", 2031) in hits  # its year on the line before
    lines = norm.text.split("\n")
    assert len(lines) == 2


def test_join_wrapped_keeps_the_map_to_the_original():
    raw = "\n".join(WRAPPED)
    norm = normalise(raw)
    at = norm.text.index("残疾人接受")
    a, b = norm.mapped.to_orig(at - 2, at + 5)
    assert raw[a:b] == "持证\n残疾人接受"
    joins = joined_breaks(norm.mapped, raw)
    assert len(joins) == 4 and norm.text[joins[0]:joins[0] + 3] == "残疾人"


def test_join_wrapped_leaves_unwrapped_text_alone():
    raw = "一、总体目标\n到2031年,全区新建学校5所。\n二、主要任务\n(一)新建甲校。牵头单位:某局"
    assert normalise(raw).text == raw


def test_goals_by_line_reads_each_joined_line():
    text = "培养学生的兴趣及能力,让学生懂得自学及应变,敢于创新。"
    cut = text.index("应变")
    seen = []

    def find(t, off, goal_section, body_start, *rest):
        seen.append((t, off, body_start))
        return [t]

    assert goals_by_line(find, text, 100, True, 0, [100 + cut]) == [text[:cut], text[cut:]]
    assert seen[1] == (text[cut:], 100 + cut, 0)
    seen.clear()
    assert goals_by_line(find, text, 100, True, 0, [5]) == [text]  # a join outside the paragraph: read whole
    assert goals_by_line(find, text, 100, False, cut + 2, [100 + cut]) == [text[cut:]]  # the title's line skipped


def test_wrap_breaks_colon_closes_only_a_long_paragraph():
    lead = [
        "本年度某县施政的总体要求是依据县发展会议的共识,完成应",
        "有的改造与变革,全面改善治安,展开提升竞争力的全民运动,",
        "发挥踏实勤奋精神,致力下列各项施政目标:",
    ]
    assert wrap_breaks(lead) == [0, 1]
    notice = [
        "某县人民政府办公室关于印发甲乙丙丁工作实施方案的通知",
        "各乡镇人民政府,县政府各部门,各有关单位,驻县单位:",
    ]
    assert wrap_breaks(notice) == []  # a title over its addressees


def test_join_wrapped_across_blank_lines_of_a_pdf_export():
    raw = ("某区以2031年科普日活动和科技活动周为载体,结合节日持续\n\n"
           "   推进健康科普行动,开展科普作品征集大赛和暑期下乡活动\n\n"
           "   等,全年举办活动不少于120场次。")
    norm = normalise(raw)
    assert "\n" not in norm.text
    assert len(joined_breaks(norm.mapped, raw)) == 2


def test_wrap_breaks_near_misses_page_furniture():
    caption = [  # a photo caption closed by its bracket, then the story
        "某县将增加校舍改建经费用于甲乙两校的改建工程。(图由某县政府提供)",
        "县长在县政会议表示,明年将增加校舍改建经费并优先改建老旧校舍。",
    ]
    assert wrap_breaks(caption) == []
    header = [  # a running header with its page number, then the text of the page
        "某委员会办公室关于某某行动2031年工作要点的补充说明材料 3",
        "提升群众的防范意识和防护能力,开展专项行动并落实责任分工。",
    ]
    assert wrap_breaks(header) == []
    related = [  # a list of related headlines
        "某市港人到处都充满著欢乐对未来充满信心的专题报道",
        "【讲坛】某某电视辩论为何罕见回避某议题的分析文章?",
    ]
    assert wrap_breaks(related) == []
    wider = [  # the next line is wider than the wrap: no continuation
        "某区持续推进康复服务行动,确保2031年底有康复需求的持证",
        "残疾人接受基本康复服务率达到95%以上并落实儿童康复救助制度和成人辅具适配补贴办法。",
    ]
    assert wrap_breaks(wider) == []
