"""(lead44) Hard-wrapped prose whose run the text's own end cuts off (a stored preview), and lines of one wrap whose
counted widths differ by their half-width characters; made-up text only."""
from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.wrapped_lines import _narrow_slack, wrap_breaks


def _targets(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return sorted((r.value, r.unit) for r in RulesExtractor().extract(prepare(doc)) if r.type == "numeric_target")


# a made-up work plan wrapped at about 26 Chinese characters by a PDF's text layer (a space beside each figure), whose
# stored text stops in the middle of its last sentence
CUT = [
    "1.完成年度阅读任务。围绕建设书香城区目标,加快推进全",
    "民阅读工作。社区书屋覆盖率达到 96.5%以上,公共图书馆",
    "藏书总量达到 45 万册,全区馆际通借通还服务网点占比达",
    "62%。数字平台注册用户保持 120 万人、活跃率达",
    "38%,农家书屋更新图书比例达到 10%,流动书车服务点增",
    "至 80 个,阅读推广人达到 350 名。全区新增城市书房",
    "12 个。少儿阅读空间建设",
]


def test_a_wrapped_run_cut_by_the_texts_end_is_joined():
    assert wrap_breaks(CUT) == [0, 1, 2, 3, 4, 5]


def test_without_the_margin_of_half_width_characters_the_run_breaks(monkeypatch):
    import extract.rules.wrapped_lines as wl

    monkeypatch.setattr(wl, "_narrow_slack", lambda line: 0)
    assert wl.wrap_breaks(CUT) == []  # the figure-dense line (44 cells between lines of 52) stops the run


def test_its_figures_at_line_starts_keep_their_commitments():
    got = _targets("\n".join(CUT))
    for want in [(62.0, "%"), (38.0, "%"), (12.0, "个"), (80.0, "个")]:
        assert want in got


def test_half_width_characters_widen_the_margin():
    assert _narrow_slack("62%。数字阅读平台注册用户保持 120 万人") == 8
    assert _narrow_slack("推进全民阅读") == 0


def test_a_short_list_of_items_at_the_texts_end_is_not_joined():
    items = [
        "建成开通甲线二期,加快乙线等8条线路建设",
        "新增乙区社区书屋35家,构建“15分钟阅读圈”",
        "打造10家示范书房,建设7家特色分馆,",
        "新增2个国家级阅读推广基",
    ]
    assert wrap_breaks(items) == []


def test_a_title_over_its_report_line_is_not_joined():
    lines = [
        "甲街道顺利开办阅读夏令营10个班级,服务小学生350人。",
        "5.新增300个社区阅读角,推进12个“书香楼道”扩优提质",
        "完成楼道住户实有人数的摸底,完成6个点位的阅读角环境提升改造。",
    ]
    assert wrap_breaks(lines) == []


def test_lines_that_end_their_sentence_before_symbols_are_not_joined_at_the_texts_end():
    lines = [
        "书香城区建设提速,投资1.5亿元,实施一批重点阅读设施项目,全面提升。📚🌟",
        "阅读服务持续改善,深入开展全民阅读推广活动,确保服务质量持续改善。🌳📖",
        "数字阅读加快发展,建设全区数字阅读平台,推动各类资源互联互通。📈💡",
        "少儿阅读全面发展,加大少儿图书投入,完善少儿阅读空间布局建设。🎈🧩",
        "社会阅读全面发展,加大对",
    ]
    assert wrap_breaks(lines) == []
