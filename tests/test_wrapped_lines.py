"""(metaA28) Hard-wrapped prose read whatever the wrapped lines hold: lines dense with figures, lines with pinyin
annotations (whole or cut by the wrap), on made-up text; and the furniture and change cues the wrap probe showed."""
from extract.data import Document
from extract.normalise import is_boilerplate
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.target_phrasings import changes_over_dated_base, grows_after_dated_change
from extract.rules.wrapped_lines import _pinyin_free, _prose, wrap_breaks


def _records(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return RulesExtractor().extract(prepare(doc))


def test_a_line_dense_with_figures_is_running_text():
    assert _prose("2031年新增36.5万人,占比由41.2%升至57.8%,较上")
    assert not _prose("编号: 52038817XK4419020C/203101-00017 分类")  # an index line: mostly Latin and digits
    assert not _prose("Annual report of the county library 2031 plan")


def test_a_pinyin_annotation_counts_for_nothing():
    assert _pinyin_free("推進(jìn)鄉(xiāng)村閱讀") == "推進鄉村閱讀"
    assert _pinyin_free("iàn)代化圖書館建設,提升服務(w") == "代化圖書館建設,提升服務"  # cut at both edges
    assert _prose("館(guǎn)藏(cáng)圖書達(dá)到(dào)五十萬冊(cè)以")


# a made-up page wrapped at 27 Chinese characters, its lines dense with figures
DENSE = [
    "丁区2031年新增学位3650个,教师412名,投入2.85亿元,到2032",
    "年新增学位4120个,覆盖率由81.5%提高到93.6%,生均面积达",
    "到12.5平方米,较2030年增加3.2平方米。",
]


def test_a_wrapped_paragraph_dense_with_figures_is_joined():
    assert wrap_breaks(DENSE) == [0, 1]


def test_the_target_across_a_wrap_of_figures_keeps_its_year():
    records = [r for r in _records("\n".join(DENSE)) if r.type == "numeric_target"]
    assert any(r.value == 4120 and r.unit == "个" and r.target_year == 2032 for r in records)


PINYIN = [
    "丁縣將推進(jìn)城鄉(xiāng)公共圖書館(guǎn)總分館建設(shè),",
    "到2033年實(shí)現(xiàn)鄉(xiāng)鎮(zhèn)分館覆蓋率達(dá)到",
    "100%,新增流動(dòng)圖書服務(wù)點(diǎn)40個(gè)。",
]


def test_a_wrapped_paragraph_with_pinyin_annotations_is_joined():
    assert wrap_breaks(PINYIN) == [0, 1]


def test_a_breadcrumb_of_where_the_reader_is_is_furniture():
    assert is_boilerplate("您现在的位置: 某某网 >> 公文范文 >> 工作")
    assert is_boilerplate("您所在的位置:首页")
    assert not is_boilerplate("到2031年,全县图书馆所在位置全部纳入公交线路覆盖范围。")


def test_a_growth_after_a_change_over_a_dated_base_is_part_of_that_change():
    rest = "地方税收编列188亿元,较2031年度成长9亿元,其中契税受交易回温影响,"
    assert grows_after_dated_change(rest, "成长逾")
    assert changes_over_dated_base(rest + "成长逾", "成长逾", "亿元")
    assert not grows_after_dated_change("其中契税受交易回温影响,", "成长逾")  # no dated change before it
    assert not grows_after_dated_change(rest, "再增加")  # an allotted extra (N17b)


def test_a_growth_after_a_dated_change_gives_no_target_end_to_end():
    text = ("戊市主计处表示,2032年度地方税收编列188亿元,较2031年度成长9亿元,其中契税受交易回温影响,成长逾3亿元。\n"
            "戊市另编列道路养护经费再增加2亿元。")
    values = sorted(r.value for r in _records(text) if r.type == "numeric_target")
    assert 3.0 not in values and 30000.0 not in values
    assert 18800000000.0 in values or 188.0 in values


def test_a_prose_line_opening_with_a_metadata_word_goes_on():
    lines = [
        "己区教育局:牵头制定考点安全保障方案,组织开展考务人员培",
        "训,提前做好考场设备检测和应急演练,并通过多种渠道提前",
        "发布考点周边交通管制信息,确保考生按时顺利到达各考点。",
    ]
    assert wrap_breaks(lines) == [0, 1]
    lines[2] = "发布时间:2031-06-01"  # a field of the page's metadata stays a line of its own
    assert wrap_breaks(lines) == []


def test_a_run_of_full_lines_is_joined_though_its_last_line_is_cut_from_the_next():
    lines = [
        "庚县公安局:抽调民警做好考点试卷押送、监督和保卫工作,协",
        "同市场监管、住建等部门巡查校园周边,及时处置影响考试的",
        "安全隐患,提前踏查路线,维护考点沿途主要路口的交通秩序",
        "(二)辛县卫健局安排医务人员驻点备勤。",
    ]
    assert wrap_breaks(lines) == [0, 1]  # the lines before the cut one are one paragraph
    headlines = [  # headlines of near-equal width: no clause mark, no paragraph
        "某市推进城乡公交一体化建设 新开通农村客运线路十二条",
        "某县启动老旧小区改造提升工程 惠及居民三千余户家庭",
        "某区加快建设社区嵌入式养老服务设施 年内建成二十处",
        "某镇开展夏季防溺水安全教育宣传活动",
    ]
    assert wrap_breaks(headlines) == []


def test_units_of_a_wrapped_duty_paragraph_end_to_end():
    text = "\n".join([
        "壬县高考保障工作安排",
        "壬县教体局:制定高考风险点防控方案和突发事件应急处置预案,",
        "组织设施设备模拟演练。壬县公安局:抽调民警做好试卷押送、",
        "监督和保卫工作,协同市场监管等部门巡查校园周边,提前踏查",
        "路线,维护考点沿途路口交通秩序,并通过多种媒体平台提前",
        "发布路况信息。壬县卫健局:安排医务人员和救护车驻考点备勤。",
    ])
    leads = {u for r in _records(text) if r.type == "unit_assignment" for u in r.lead_units + r.responsible_units}
    assert {"壬县教体局", "壬县公安局", "壬县卫健局"} <= leads


def test_a_printed_page_number_is_furniture():
    assert is_boilerplate("— 17 —") and is_boilerplate("- 3 -") and is_boilerplate("第12页")
    assert not is_boilerplate("17")  # a bare number may be a row's serial cell
    assert not is_boilerplate("第12页码说明")


def test_a_page_number_inside_a_task_row_written_a_cell_a_line_end_to_end():
    rows = ["序号", "工作任务", "牵头单位", "配合单位",
            "1", "新建社区图书分馆6个,年内全部开放。", "癸区文旅局", "癸区财政局、癸区住建局",
            "2", "改造老旧体育场地3处,完善无障碍设施。", "癸区体育局", "癸区城管局"]
    plain = "\n\n".join(rows)
    broken = "\n\n".join(rows[:6] + ["— 9 —"] + rows[6:])

    def units(text):
        return sorted((tuple(sorted(r.lead_units)), tuple(sorted(r.responsible_units)))
                      for r in _records(text) if r.type == "unit_assignment")
    assert units(plain) and units(broken) == units(plain)
