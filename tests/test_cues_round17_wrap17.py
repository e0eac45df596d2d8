"""Seventeenth-round cues of engineer wrap17 (hard-wrapped prose: lines broken at a fixed width), on made-up text."""
from extract.normalise import normalise
from extract.rules.wrapped_lines import goals_by_line, joined_breaks, print_width, wrap_breaks
from extract.rules.targets import find_targets

# a made-up page wrapped at about 25 Chinese characters: two paragraphs, each closed by a full stop
WRAPPED = [
    "某镇推进城乡供水一体化工程,力争到2031年底全镇自来",
    "水普及率提高到98%以上。同步实施管网改造和水质检测",
    "工程,为120户散居农户接通入户管道。",
    "乙县财政局介绍,本年度县级预算支出安排高于收入,缺口",
    "约3亿2000万元,其中乡村道路养护补助再追加1亿4000",
    "万元,用于完善路网和桥梁安全设施建设。",
]


def test_print_width():
    assert print_width("2031年增加10所") == 14
    assert print_width("甲乙,丙") == 8  # a comma NFKC made ASCII is as wide as the full-width one
    assert print_width("abc 12") == 6


def test_wrap_breaks_joins_the_lines_of_each_paragraph():
    assert wrap_breaks(WRAPPED) == [0, 1, 3, 4]


def test_wrap_breaks_never_after_a_full_stop_and_never_before_a_marker():
    lines = [
        "某镇推进城乡供水一体化工程,力争到2031年底全镇自来",
        "(二)推进河湖生态修复,年内清理整治甲乙丙三条河道的",
        "淤积段,完成沿岸绿化带和慢行步道建设并向居民开放。",
    ]
    assert wrap_breaks(lines) == [1]  # not before ``(二)``
    lines[0] = "某镇推进城乡供水一体化工程,力争2031年底前全面建成。"
    lines[1] = "乙村同步启动污水收集管网和小型处理站的改造提升工作的"
    assert wrap_breaks(lines) == [1]  # line 0 ends a sentence


def test_wrap_breaks_near_misses_lists_and_tables():
    items = [  # a list of items, one a line, each a phrase of its own: no line ends a paragraph
        "新建甲镇综合文化站及乡村图书分馆等场馆设施共计九处",
        "改造乙镇农贸市场排水系统并增设遮雨棚和公共卫生间",
        "举办非遗展演送戏下乡等群众文化活动不少于八十场次",
    ]
    assert wrap_breaks(items) == []
    rows = [  # a flattened table: short cells, never full lines
        "序号", "任务", "牵头单位", "1", "新建甲馆", "某区文旅局",
    ]
    assert wrap_breaks(rows) == []
    labelled = [  # a task with its role label, then the next row: no join
        "完成丙河沿岸三处排涝泵站的更新改造牵头单位:某区水务局",
        "同步推进丁河沿岸两处排涝泵站的前期设计和招标工作。",
    ]
    assert wrap_breaks(labelled) == []
    short = ["甲馆新建阅览室一间", "乙馆改造报告厅。"]  # narrower than any wrap read
    assert wrap_breaks(short) == []
    piped = ["甲项目 | 某街道 | 2031 | 新建泵站一座及配套管网", "乙项目 | 某街道 | 2031 | 改造泵站。"]
    assert wrap_breaks(piped) == []


def test_wrap_breaks_role_label_inside_an_open_bracket_is_wrapped():
    lines = [
        "加快推进甲公园和乙公园的提升改造工程,完善园区照明条",
        "件,为三处公园配齐健身器材。(责任单位:某区园林局工程",
        "科,各街道办事处)",
    ]
    assert wrap_breaks(lines) == [0, 1]


def _normalised_targets(text: str):
    norm = normalise(text)
    return norm, [(h.value, h.unit, h.target_year) for h in find_targets(norm.text, role="plan")]


def test_join_wrapped_reads_a_number_with_its_unit_and_year():
    norm, hits = _normalised_targets("\n".join(WRAPPED))
    assert "缺口约3亿2000万元" in norm.text
    assert "再追加1亿4000万元" in norm.text
    assert (98.0, "%", 2031) in hits  # its year on the line before
    lines = norm.text.split("\n")
    assert len(lines) == 2


def test_join_wrapped_keeps_the_map_to_the_original():
    raw = "\n".join(WRAPPED)
    norm = normalise(raw)
    at = norm.text.index("水普及率")
    a, b = norm.mapped.to_orig(at - 2, at + 4)
    assert raw[a:b] == "自来\n水普及率"
    joins = joined_breaks(norm.mapped, raw)
    assert len(joins) == 4 and norm.text[joins[0]:joins[0] + 3] == "水普及"


def test_join_wrapped_leaves_unwrapped_text_alone():
    raw = "一、总体目标\n到2031年,全区新建泵站5座。\n二、主要任务\n(一)新建甲站。牵头单位:某局"
    assert normalise(raw).text == raw


def test_goals_by_line_reads_each_joined_line():
    text = "引导居民养成节水习惯,让每户学会循环用水,减少浪费。"
    cut = text.index("循环")
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
        "今年某镇水利工作的总体安排是以保障饮水安全为主线,兼顾",
        "防洪排涝和河湖治理,统筹推进城乡供水和灌区节水改造,",
        "围绕年度任务,重点抓好以下几项工作:",
    ]
    assert wrap_breaks(lead) == [0, 1]
    notice = [
        "某县人民政府办公室关于印发甲乙丙丁水利工程实施方案的通知",
        "各乡镇人民政府,县政府各部门,各有关单位,驻县单位:",
    ]
    assert wrap_breaks(notice) == []  # a title over its addressees


def test_join_wrapped_across_blank_lines_of_a_pdf_export():
    raw = ("某区以2031年节水宣传周和世界水日为契机,结合汛期持续\n\n"
           "   开展防汛演练,组织巡堤查险队伍和抢险物资的集中检验\n\n"
           "   等,全年开展演练不少于120场次。")
    norm = normalise(raw)
    assert "\n" not in norm.text
    assert len(joined_breaks(norm.mapped, raw)) == 2


def test_wrap_breaks_near_misses_page_furniture():
    caption = [  # a photo caption closed by its bracket, then the story
        "某镇新建的丙泵站昨日通水,可满足周边三个村的灌溉需要。(某社摄)",
        "镇长在现场表示,今年还将完成丁泵站的主体施工并同步建设配套渠系。",
    ]
    assert wrap_breaks(caption) == []
    header = [  # a running header with its page number, then the text of the page
        "某县水务局关于甲乙丙水利工程2031年工作安排的补充说明材料 3",
        "完善灌区渠系和计量设施,推进水费改革并落实各项管护责任分工。",
    ]
    assert wrap_breaks(header) == []
    related = [  # a list of related headlines
        "某市新建的滨江步道今日正式开放沿线设有十处观景平台",
        "【专栏】某地为何连续三年上调居民阶梯水价的分析文章?",
    ]
    assert wrap_breaks(related) == []
    wider = [  # the next line is wider than the wrap: no continuation
        "某镇推进城乡供水一体化工程,力争到2031年底全镇自来",
        "水普及率提高到98%以上并同步实施管网改造水质检测和二次供水设施的全面提升工程。",
    ]
    assert wrap_breaks(wider) == []


def test_print_width_through_its_table_counts_as_the_character_loop_did():
    import unicodedata

    from extract.rules.wrapped_lines import _NARROW

    def by_loop(line):
        return sum(1 if _NARROW.match(ch) else 2 if unicodedata.east_asian_width(ch) in "WFA" or ch in ",;:()!?" else 1
                   for ch in line)

    samples = ["", "2031年增加10所", "某区 open data,(甲)!", "ＡＢＣ１２３、。「」", "①②·—…¥€", "\t x  y\u3000z"]
    samples += ["".join(chr(c) for c in range(start, start + 400)) for start in (0x20, 0x2000, 0x3000, 0x4e00, 0xff00)]
    for line in samples:
        assert print_width(line) == by_loop(line), line
    assert print_width("某区") == 4 and print_width("ab") == 2


def test_closed_end_read_backwards_agrees_with_the_search():
    import random

    from extract.rules.wrapped_lines import _CLOSED_END, _closed_end

    marks = list("。！？!?；;：:”’」』)）】]….0123456789 \t\u3000甲乙ab")
    rng = random.Random(17)
    lines = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    lines += ["新建学校3所。", "新建学校3所。 ”", "(某社摄)", "全文见附件……", "第一页 12", "…力争到2031年底全镇自来"]
    for line in lines:
        assert _closed_end(line) == bool(_CLOSED_END.search(line)), repr(line)
    assert _closed_end("新建学校3所。") and not _closed_end("…力争到2031年底全镇自来")
