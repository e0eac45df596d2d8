"""The dev tool ``tools/layout_variants.py``: each layout variant, its gold rewrite, and one comparison, on made-up texts."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import layout_variants as L  # noqa: E402
from extract.data import Document  # noqa: E402


def variant(name: str, text: str) -> str:
    return L.apply_edits(text, L.disjoint(L.VARIANTS[name](L.Ctx(text))))


def gold(doc: str, quote: str, type_: str = "goal", **fields) -> dict:
    if type_ == "goal":
        rec = {"text": quote, "target_year": None}
    elif type_ == "numeric_target":
        rec = {"indicator": "x", "value": 1, "value_max": None, "unit": "个", "comparator": "=", "target_year": None}
    else:
        rec = {"task": "x", "lead_units": [], "responsible_units": []}
    rec.update(fields)
    return {"doc": doc, "type": type_, "quote": quote, **rec}


def rewrite(name: str, text: str, quotes: list[str]) -> L.GoldMap:
    edits = L.disjoint(L.VARIANTS[name](L.Ctx(text)))
    return L.rewrite_gold(text, [gold("d", q) for q in quotes], edits)


NUMBERED = ("河湾镇节水行动要点\n一、总体要求\n（一）节水目标\n1.改造灌渠40公里。\n2.新建蓄水池6座。\n"
            "（二）保障措施\n1.落实管护责任。\n二、组织实施\n")


def test_numbering_markers_change_style_per_level():
    out = variant("numbering", NUMBERED).split("\n")
    # one place deeper, level by level: 一、 -> （一）, （一） -> 1., 1. -> 1、
    assert out[1:8] == ["（一）总体要求", "1.节水目标", "1、改造灌渠40公里。", "2、新建蓄水池6座。", "2.保障措施",
                        "1、落实管护责任。", "（二）组织实施"]
    swap = variant("numbering_swap", NUMBERED).split("\n")
    # 一、 and （一） both used: they stay; 1. -> 1、 (a page without 1、)
    assert swap[1:5] == ["一、总体要求", "（一）节水目标", "1、改造灌渠40公里。", "2、新建蓄水池6座。"]


def test_numbering_keeps_the_order_of_levels():
    assert L.restyle(["cn_dun", "cn_paren", "num_dot"], 1) == {"cn_dun": "cn_paren", "cn_paren": "num_dot",
                                                                "num_dot": "num_dun"}
    # the deepest cannot go deeper: it stays, the others still move
    assert L.restyle(["cn_dun", "bullet"], 1) == {"cn_dun": "cn_paren", "bullet": "bullet"}
    assert L.restyle(["cn_dun", "bullet"], -1) == {"cn_dun": "cn_dun", "bullet": "circled"}
    # two levels next to each other moving back: the second stays one place after the first
    assert L.restyle(["cn_paren", "num_dot"], -1) == {"cn_paren": "cn_dun", "num_dot": "cn_paren"}
    assert L.swap_styles(["cn_dun", "num_paren", "bullet"]) == {"cn_dun": "cn_paren", "num_paren": "circled"}
    assert L.swap_styles(["num_dot", "bullet"]) == {"num_dot": "num_dun", "bullet": "circled"}


def test_numbering_numbers_bullets_by_run_and_leaves_decimals():
    text = "一、年度安排\n• 种植苗木3000株\n• 清理河道12公里\n说明如下\n• 另建步道2公里\n1.5万元用于宣传。\n"
    out = variant("numbering_swap", text).split("\n")
    assert out[0] == "（一）年度安排"
    assert out[1:5] == ["①种植苗木3000株", "②清理河道12公里", "说明如下", "①另建步道2公里"]
    assert out[5] == "1.5万元用于宣传。"  # a decimal at a line's start is no marker
    assert [m[2:] for m in L.markers(text)] == [("cn_dun", 1), ("bullet", 1), ("bullet", 2), ("bullet", 1)]


def test_numbering_gold_quote_with_a_marker_is_rewritten():
    gm = rewrite("numbering", NUMBERED, ["1.改造灌渠40公里", "新建蓄水池6座"])
    assert [g["quote"] for g in gm.gold] == ["1、改造灌渠40公里", "新建蓄水池6座"]
    assert gm.gold[0]["text"] == "1、改造灌渠40公里"  # a goal's text equal to its quote follows it
    assert (gm.rewritten, gm.unmapped) == (1, 0)


LABELS = ("山前街道垃圾分类工作分工\n（一）完善投放设施。在每个小区设置分类投放点。\n"
          "牵头单位：街道城管办；配合单位：各社区居委会。\n")


def test_label_own_line_and_gold():
    out = variant("label_own_line", LABELS).split("\n")
    assert out[1:5] == ["（一）完善投放设施。", "在每个小区设置分类投放点。", "牵头单位：", "街道城管办；配合单位：各社区居委会。"]
    gm = rewrite("label_own_line", LABELS, ["完善投放设施。在每个小区设置分类投放点", "牵头单位：街道城管办", "在每个小区"])
    assert [g["quote"] for g in gm.gold] == ["完善投放设施。\n在每个小区设置分类投放点", "牵头单位：\n街道城管办", "在每个小区"]
    assert gm.rewritten == 2
    assert variant("label_own_line", "详见网站http://x.cn\n") == "详见网站http://x.cn\n"


RUN_IN = ("溪口镇养老服务实施方案\n二、服务目标\n到2032年，全镇建成居家养老服务站9个，覆盖所有行政村。\n"
          "责任单位：\n镇民政办负责统筹推进各站点建设和日常运营。\n")


def test_label_run_in_and_gold():
    out = variant("label_run_in", RUN_IN).split("\n")
    assert out[1] == "二、服务目标。到2032年，全镇建成居家养老服务站9个，覆盖所有行政村。"
    assert out[2] == "责任单位：镇民政办负责统筹推进各站点建设和日常运营。"
    gm = rewrite("label_run_in", RUN_IN, ["服务目标\n到2032年", "责任单位：\n镇民政办"])
    assert [g["quote"] for g in gm.gold] == ["服务目标。到2032年", "责任单位：镇民政办"]


def test_punctuation_width_and_gold():
    text = "到2031年,新增绿道1,500公里(含改造);公园覆盖率达到85%:详见附件!网址http://x.cn\n"
    full = variant("full_punct", text)
    assert full == "到2031年，新增绿道1,500公里（含改造）；公园覆盖率达到85%：详见附件！网址http://x.cn\n"
    assert variant("half_punct", full) == text
    gm = rewrite("full_punct", text, ["新增绿道1,500公里(含改造)"])
    assert gm.gold[0]["quote"] == "新增绿道1,500公里（含改造）"


def test_traditional_script_and_gold():
    text = "东岭县计划新建乡村卫生室15个,由县卫生健康局负责。\n"
    assert variant("s2t", text) == "東嶺縣計劃新建鄉村衛生室15個,由縣衛生健康局負責。\n"
    gm = rewrite("s2t", text, ["新建乡村卫生室15个"])
    assert gm.gold[0]["quote"] == "新建鄉村衛生室15個"


HEADER = ["乡镇", "新建书屋(个)", "培训人次(人)"]
ROWS = [["北坡镇", "4", "150"], ["南坪乡", "2", "90"]]


def test_tables_relaid_and_gold():
    import relayout_tables as R

    text = "某县2033年书屋任务分配表\n" + R.write("cells", HEADER, ROWS) + "\n以上任务请各乡镇抓好落实。\n"
    pipe = variant("table_pipe", text)
    assert "北坡镇 | 4 | 150\n南坪乡 | 2 | 90" in pipe
    assert variant("table_cells", text) == text  # a table already one cell per line is left
    gm = rewrite("table_pipe", text, ["北坡镇\n4", "以上任务"])
    assert [g["quote"] for g in gm.gold] == ["北坡镇 | 4", "以上任务"]
    assert variant("table_cells", pipe) == text


def test_a_quote_an_edit_cuts_across_is_counted_not_dropped():
    text = "甲乙丙丁戊己庚辛\n"
    recs = [gold("d", "丙丁戊"), gold("d", "庚辛"), gold("d", "不在文中的一句话")]
    gm = L.rewrite_gold(text, recs, [(1, 3, "X")])  # an edit from inside 乙 to inside the first quote
    assert [g["quote"] for g in gm.gold] == ["丙丁戊", "庚辛", "不在文中的一句话"]
    assert (gm.unmapped, gm.rewritten, gm.unlocated) == (1, 0, 1)
    assert gm.unmapped_at == {0}


TEXT = ("青石镇2034年人居环境整治方案\n一、工作目标\n到2034年，全镇改造农村户厕560户，新增公共绿地8公顷。\n"
        "二、职责分工\n（一）推进厕所改造。各村组织农户分批实施改造。\n牵头单位：镇农业服务中心；责任单位：各村民委员会。\n")


def test_compare_doc_end_to_end():
    doc = Document(doc_id="m", path="m", text=TEXT, encoding="utf-8", sha256=Document.hash_text(TEXT))
    recs = [
        gold("m", "全镇改造农村户厕560户", "numeric_target", indicator="改造农村户厕", value=560, unit="户",
             target_year=2034),
        gold("m", "新增公共绿地8公顷", "numeric_target", indicator="新增公共绿地", value=8, unit="公顷",
             target_year=2034),
        gold("m", "推进厕所改造。各村组织农户分批实施改造。\n牵头单位：镇农业服务中心；责任单位：各村民委员会。",
             "unit_assignment", task="推进厕所改造", lead_units=["镇农业服务中心"], responsible_units=["各村民委员会"]),
    ]
    out = L.compare_doc(doc, recs, ["numbering", "label_own_line", "full_punct", "s2t", "table_pipe"])
    assert out["base"]["numeric_target"] == (2, 0, 0)
    assert out["base"]["unit_assignment"][0] == 1
    v = out["variants"]
    assert v["table_pipe"] == {"changed": False, "counts": out["base"]}
    lo = v["label_own_line"]
    assert lo["changed"] and lo["unmapped"] == 0 and lo["rewritten"] == 1  # the unit row's quote got the breaks
    for name in ("numbering", "label_own_line", "s2t"):
        assert v[name]["counts"]["numeric_target"] == (2, 0, 0), name
        assert v[name]["lost"]["numeric_target"] == [], name
    summ = L.summarise([out], ["numbering", "s2t"], list(L.TYPES))
    assert summ["s2t"]["numeric_target"]["var"] == [2, 0, 0] and summ["s2t"]["texts_changed"] == 1
    table = L.format_table(summ, list(L.TYPES), 1)
    assert "s2t" in table and "1.000 (2/0/0) -> 1.000 (2/0/0)" in table


def test_lost_records_are_named_per_gold_record():
    recs = [gold("d", "甲"), gold("d", "乙"), gold("d", "乙")]
    report = {"errors": [{"kind": "false_negative", "type": "goal", "quote": "乙"}], "mismatches": []}
    assert L.hits(recs, report) == [True, False, True]


# --- table variants write the page's own cells ------------------------------------------------------------------

def _ink(s: str) -> str:
    """The characters of ``s`` but blanks, line breaks and cell bars: what a relayout of a table must keep."""
    return "".join(c for c in s if not c.isspace() and c not in "|｜")


def _only_table_changed(name: str, text: str) -> str:
    out = variant(name, text)
    assert out != text
    assert _ink(out) == _ink(text)  # every cell the page's own text, each once: none derived, none doubled
    return out


PIPE_UNITS = ("江口县文化站建设分工\n序号 | 工作任务 | 牵头单位 | 配合单位\n"
              "1 | 新建农家书屋7个 | 县文广局 | 县教育局 各村委会\n2 | 修缮祠堂2座 | 县住建局 | 县民宗局 李华\n全年完成。\n")


def test_table_cells_keep_the_blanks_between_unit_names():
    out = _only_table_changed("table_cells", PIPE_UNITS).split("\n")
    assert "县教育局 各村委会" in out and "县民宗局 李华" in out  # not glued (县教育局各村委会)
    assert out[1:5] == ["序号", "工作任务", "牵头单位", "配合单位"]


CELL_TRAD = ("重點任務\n序号\n工作任务\n牵头单位\n责任单位\n1\n新建驛站4處\n縣交通局\n縣財政局 各鄉鎮\n"
             "2\n改造站台9個\n縣運管所\n縣公安局\n")


def test_table_pipe_keeps_a_traditional_page_traditional_and_cuts_rows_where_the_reader_does():
    out = _only_table_changed("table_pipe", CELL_TRAD).split("\n")
    assert out[1:4] == ["序号 | 工作任务 | 牵头单位 | 责任单位", "1 | 新建驛站4處 | 縣交通局 | 縣財政局 各鄉鎮",
                        "2 | 改造站台9個 | 縣運管所 | 縣公安局"]
    gm = rewrite("table_pipe", CELL_TRAD, ["縣交通局\n縣財政局 各鄉鎮", "新建驛站4處"])
    assert [g["quote"] for g in gm.gold] == ["縣交通局 | 縣財政局 各鄉鎮", "新建驛站4處"] and gm.unmapped == 0


INDICATORS = ("主要指标\n指标名称 | 单位 | 2035年目标值 | 属性\n湿地保护率 | % | 62 | 约束性\n"
              "人均绿地面积 | 平方米 | 16 | 预期性\n")


def test_table_cells_write_the_pages_header_cells_and_no_derived_unit():
    out = _only_table_changed("table_cells", INDICATORS).split("\n")
    # the header as the page prints it (not the parsed year ``2035``), its attribute column kept
    assert out[1:5] == ["指标名称", "单位", "2035年目标值", "属性"]
    assert out[5:9] == ["湿地保护率", "%", "62", "约束性"]
    assert out.count("%") == 1


CATEGORY = ("任务分工\n序号\t任务\t牵头单位\t配合单位\n一、农业农村\n1\t建成冷库3座\t区农业局\t区商务局 区财政局\n"
            "2\t改造农田800亩\t区农业局\t区水务局\n")


def test_a_category_row_stays_a_row_of_its_own_not_the_header():
    pipe = _only_table_changed("table_pipe", CATEGORY).split("\n")
    assert pipe[1:4] == ["序号 | 任务 | 牵头单位 | 配合单位", "一、农业农村", "1 | 建成冷库3座 | 区农业局 | 区商务局 区财政局"]


def test_row_starts_never_write_a_row_twice():
    pieces = ["1", "建成冷库3座", "区农业局", "2", "改造农田800亩", "区水务局"]
    # a table without a header line: the reader took its first row as the header and as a row
    assert L.row_starts(pieces, ["1", "建成冷库3座", "区农业局"], [["1", "建成冷库3座", "区农业局"],
                                                                  ["2", "改造农田800亩", "区水务局"]]) == (0, [(0, 0), (3, 1)])
    # a header the reader cut (``2035``) still ends where the page's header line is
    assert L.row_starts(["指标", "2035年目标值", "林地面积", "30"], ["指标", "2035"], [["林地面积", "30"]]) == (2, [(2, 0)])
    rows = L.page_rows("\n".join(pieces), 0, len("\n".join(pieces)), "cells", ["1", "建成冷库3座", "区农业局"],
                       [["1", "建成冷库3座", "区农业局"], ["2", "改造农田800亩", "区水务局"]])
    assert rows == [["1", "建成冷库3座", "区农业局"], ["2", "改造农田800亩", "区水务局"]]


WRAPPED = ("分工表\n序号\n任务\n牵头单位\n配合单位\n1\n建成污水站\n3座\n区生态\n环境分局\n区水务局\n区农业局\n"
           "\u3000\n2\n新建公厕12座\n区城管局\n区住建局\n")


def test_table_pipe_joins_a_cell_the_page_wrapped_over_lines_and_keeps_an_empty_cell():
    out = variant("table_pipe", WRAPPED).split("\n")
    assert out[1] == "序号 | 任务 | 牵头单位 | 配合单位"
    # a unit name wrapped over lines and the units after it a line each, one cell as the reader reads them, the line
    # breaks blanks; the page's empty cell (a line of blanks) kept
    assert out[2] == "1 | 建成污水站 | 3座 | 区生态 环境分局 区水务局 区农业局 | "
    assert out[3] == "2 | 新建公厕12座 | 区城管局 | 区住建局"
    # a bare number cell of a later row (12, 2) never starts that row on an earlier line
    assert L.row_starts(["1", "甲项", "2", "2", "乙项", "2"], [], [["1", "甲项", "2"], ["2", "乙项", "2"]])[1] == [(0, 0), (3, 1)]


SERIALS = ("工作清单\n序号\n重点任务\n牵头单位\n（一）稳住农业基本盘\n4\n建成高标准农田2万亩。\n县农业局\n"
           "（二）提升城乡品质\n（三）办好民生实事\n17\n新建养老服务站5个。\n县民政局\n")


def test_table_pipe_keeps_the_pages_serial_numbers_and_category_headings_between_rows():
    out = _only_table_changed("table_pipe", SERIALS).split("\n")
    # the reader numbers its rows 1, 2: the page's own 4 and 17 start them; headings between rows stand alone
    assert out[1:7] == ["序号 | 重点任务 | 牵头单位", "（一）稳住农业基本盘", "4 | 建成高标准农田2万亩。 | 县农业局",
                        "（二）提升城乡品质", "（三）办好民生实事", "17 | 新建养老服务站5个。 | 县民政局"]


# --- non-table variants write a layout a real page could show -------------------------------------------------

def test_label_own_line_leaves_a_table_one_cell_per_line():
    import relayout_tables as R

    rows = [["1", "验收阶段：各村对照标准自查整改，县里组织抽查。", "县农业局"],
            ["2", "巩固阶段：建立长效管护机制，定期回访。", "县水利局"]]
    table = R.write("cells", ["序号", "工作内容", "牵头单位"], rows)
    text = "松岭县农村供水提升分工\n牵头单位：县水利局\n" + table + "\n"
    assert L.Ctx(text).tables  # the readers parse it: a cell split in two would shift every cell after it
    out = variant("label_own_line", text)
    assert table in out
    assert out.startswith("松岭县农村供水提升分工\n牵头单位：\n县水利局\n")  # a label outside a table still ends its line


def test_label_own_line_leaves_a_page_that_lost_its_line_breaks():
    text = ("柳湾社区五年规划\n一、目标：近期目标：建成托育点2个，远期目标：托位达到120个。二、措施：（一）盘活闲置房屋。"
            "（二）培训保育人员60名。\n")
    assert variant("label_own_line", text) == text  # no single break for one label of a page on one line
    gm = rewrite("label_own_line", text, ["建成托育点2个"])
    assert gm.gold[0]["quote"] == "建成托育点2个" and gm.unmapped == 0


def test_label_run_in_joins_no_labelled_line_no_dash_item():
    text = ("年度民生项目进展\n责任单位：县人力资源和社会保障局\n完成情况：全年培训农村劳动力3200人次，超额完成任务。\n"
            "县交通运输局\n进展情况：新改建农村公路85公里，完成年度计划。\n"
            "出行：\n-新增城乡公交线路6条，开通镇村公交班车40辆。\n办理情况：\n县供电公司：年内改造农网线路42公里。\n")
    assert variant("label_run_in", text) == text
    # a heading still runs into a labelled line
    head = "安排\n三、整治农村河塘\n主要任务：清淤河塘150口，修复护坡9公里。\n"
    assert variant("label_run_in", head).split("\n")[1] == "三、整治农村河塘。主要任务：清淤河塘150口，修复护坡9公里。"
    # a bare unit name or a label still runs into a plain sentence
    ok = "分工如下\n县文旅局\n负责建成乡村旅游驿站5个，年内投入运营。\n出行：\n新增城乡公交线路6条，开通班车40辆。\n"
    out = variant("label_run_in", ok).split("\n")
    assert out[1] == "县文旅局：负责建成乡村旅游驿站5个，年内投入运营。"
    assert out[2] == "出行：新增城乡公交线路6条，开通班车40辆。"


RUN_IN_LIST = ("东坝乡机构职责\n各股室职责如下：一、农技股（一）推广良种。\n（二）指导植保。\n"
               "二、畜牧股（一）防控疫病。\n（二）检疫登记。\n")


def test_numbering_restyles_item_one_run_into_a_heading_line():
    out = variant("numbering", RUN_IN_LIST).split("\n")
    # every item of a list in one style: the first item run into its heading's line too
    assert out[1:5] == ["各股室职责如下：（一）农技股1.推广良种。", "2.指导植保。", "（二）畜牧股1.防控疫病。", "2.检疫登记。"]
    gm = rewrite("numbering", RUN_IN_LIST, ["农技股（一）推广良种", "畜牧股（一）防控疫病。\n（二）检疫登记"])
    assert [g["quote"] for g in gm.gold] == ["农技股1.推广良种", "畜牧股1.防控疫病。\n2.检疫登记"]
    assert gm.unmapped == 0
    # a list whose item 1 starts a line of its own is left as before; no 一、 in running words is taken
    assert [m[2:] for m in L.markers("做法：统一、规范\n（一）甲项。\n（二）乙项。\n")] == [("cn_paren", 1), ("cn_paren", 2)]


def test_numbering_swap_numbers_bullets_over_their_wrapped_lines():
    text = ("石门镇站所职能\n  • 农业站 负责全镇农业技术推广，\n    组织开展农民培训。\n  • 水利站 负责小型水利工程管护，\n"
            "    指导农田灌溉。\n  • 林业站 负责森林防火。\n")
    out = variant("numbering_swap", text).split("\n")
    assert [ln.strip()[:1] for ln in out[1:7:2]] == ["①", "②", "③"]
    flat = "• 改造老旧小区12个，\n惠及居民3000户。\n• 新建口袋公园4处。\n■ 明年安排\n• 新建停车位500个。\n"
    assert [ln[:1] for ln in variant("numbering_swap", flat).split("\n")[:5]] == ["①", "惠", "②", "■", "①"]
