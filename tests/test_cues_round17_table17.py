"""Seventeenth-round cues of engineer table17 (targets on lines of their own in flattened tables), on made-up text."""
from extract.rules.table_captions import caption_unit, caption_unit_values, cn_year_number
from rules_kit import records


def test_cn_year_number():
    assert cn_year_number("九十七") == 97
    assert cn_year_number("一百零五") == 105
    assert cn_year_number("一二〇") == 120
    assert cn_year_number("2031") == 2031
    assert cn_year_number("第一") is None


def test_caption_unit():
    assert caption_unit("附表3:某计划分期经费表 单位:新台币亿元") == ("亿元", None)
    assert caption_unit("一百二十年度 单位:千元") == ("千元", 2031)
    assert caption_unit("2031年度 单位:万元") == ("万元", 2031)


def test_caption_unit_near_misses():
    assert caption_unit("某表 单位:个") is None  # no money unit
    assert caption_unit("主办单位:甲局") is None  # an organiser label
    assert caption_unit("2030年决算表 单位:万元") is None  # amounts spent (N13)
    assert caption_unit("单位:千元;%") is None  # a second measure in the table


def test_cell_per_line_table_with_year_column():
    text = ("附表1:甲计划分期经费表 单位:亿元\n期别\n年度\n经费类型\n合计\n中央经费\n地方经费\n"
            "第一期\n120\n资本门\n12.5\n3\n15.5\n经常门\n0\n0\n0\n")
    got = [(v.indicator, v.value, v.unit, v.year) for v in caption_unit_values(text)]
    assert got == [("资本门", 12.5, "亿元", 2031), ("资本门", 3.0, "亿元", 2031), ("资本门", 15.5, "亿元", 2031)]
    v = caption_unit_values(text)[1]
    assert text[v.start:v.end] == "资本门\n12.5\n3"


def test_box_drawn_row_with_caption_year():
    text = ("某署岁出计划提要\n一百二十年度 单位:千元\n──┬──┬──\n工作计划名称│甲工作│预算金额│  12,345\n──┴──┴──\n"
            "计划内容:\n")
    got = [(v.indicator, v.value, v.unit, v.year) for v in caption_unit_values(text)]
    assert got == [("预算金额", 12345.0, "千元", 2031)]


def test_caption_tables_that_give_nothing():
    compare = ("2031年度 单位:千元\n──┬──┬──\n科目│本年度预算数│上年度预算数│比较\n甲支出│ 1,200│ 1,000│ 200\n")
    assert caption_unit_values(compare) == []  # a year before and a change beside the amounts
    serials = ("金额单位:万元\n序号\n| 科目名称\n| 合计\n| 1\n| 一、甲支出\n| 2\n| (一)乙费用\n| 3\n| 1、丙费\n")
    assert caption_unit_values(serials) == []  # row numbers of an empty form, no amounts
    codes = ("2031年度 单位:千元\n科目│0045000000│甲署\n")
    assert caption_unit_values(codes) == []  # a budget line's code
    past = "2028年度 单位:万元\n项目\n金额\n甲工程\n500\n"
    assert caption_unit_values(past, min_year=2030) == []  # a budget of a year gone by


def test_caption_table_records():
    text = ("某县甲计划分期经费表 单位:万元\n期别\n年度\n类型\n合计\n县级\n乡级\n第一期\n2031\n建设费\n800\n500\n300\n")
    got = [(r.value, r.unit, r.target_year) for r in records(text, "numeric_target")]
    assert (800.0, "万元", 2031) in got and (300.0, "万元", 2031) in got


def test_caption_tables_by_year_or_statistics_give_nothing():
    by_year = "某县财政收支表 单位:万元\n项目\n2029\n2030\n2031\n甲收入\n100\n120\n130\n"
    assert caption_unit_values(by_year) == []  # a header of years: values by year
    stats = "某区教育经费统计表 单位:万元\n项目\n金额\n甲经费\n500\n"
    assert caption_unit_values(stats) == []  # statistics: amounts reached


def test_caption_in_plain_yuan_gives_nothing():
    assert caption_unit("某校收费标准表 单位:元") is None  # prices of a fee schedule
    assert caption_unit_values("某校收费标准表 单位:元\n项目\n标准\n住宿费\n800\n") == []
