"""Structure stage: outline, section paths, tables, metadata."""

import pytest

from extract.normalise import normalise
from extract.cues import is_unit_cell
from extract.headings import parse_heading
from extract.structure import structure


def test_heading_levels_and_inline_titles():
    assert parse_heading("第一章 发展基础").level == 1
    assert parse_heading("一、指导思想").level == 2
    h = parse_heading("(一)总体目标。到2025年,建成强区。")
    assert (h.level, h.title, h.inline) == (3, "总体目标", True)
    assert parse_heading("1.优化学校布局。").level == 4
    assert parse_heading("(1)学前教育").level == 5
    assert parse_heading("1.2万余名学生参加了活动,取得了很好的成绩,受到了社会各界的广泛好评和赞誉。") is None


def test_section_paths_and_toc_skipped():
    text = ("目录\n第一章 总体要求......3\n一、主要目标......4\n"
            "第一章 总体要求\n一、主要目标\n(一)学前教育。到2025年,毛入园率达到95%。\n二、重点任务\n1.优化布局。新建学校5所。")
    s = structure(text)
    assert [sec.path for sec in s.sections] == [["总体要求"], ["总体要求", "主要目标"],
                                                 ["总体要求", "主要目标", "学前教育"],
                                                 ["总体要求", "重点任务"], ["总体要求", "重点任务", "优化布局"]]
    assert s.in_goal_section(s.section_path_at(text.index("毛入园率")))
    assert not s.in_goal_section(s.section_path_at(text.index("新建学校")))


def test_metadata_from_notice():
    text = ("荣委办发〔2023〕7号\n中共重庆市荣昌区委办公室\n重庆市荣昌区人民政府办公室\n2023年2月17日\n"
            "重庆市荣昌区深入推进教育现代化实施方案\n(20232025年)\n一、指导思想\n坚持立德树人。")
    n = normalise(text)
    m = structure(n.text, n.boilerplate_lines).meta
    assert m.doc_number == "荣委办发〔2023〕7号"
    assert m.date == "2023-02-17"
    assert m.issuer == "重庆市荣昌区人民政府办公室"
    assert m.title == "重庆市荣昌区深入推进教育现代化实施方案"
    assert m.region == "重庆市荣昌区"
    assert m.period == (2023, 2025)


def test_unit_cells():
    assert is_unit_cell("区委宣传部、团区委、区妇联、区关工委,各镇街")
    assert is_unit_cell("编办、财政局、人社局、各镇(开发区、街道)")
    assert not is_unit_cell("创办6个科技工作室。")
    assert not is_unit_cell("完成观棠府幼儿园、双河中心幼儿园建设")


def test_seed_tables_rebuilt(seed_docs):
    by_id = {d.doc_id: d for d in seed_docs}
    n = normalise(by_id["rongchang-2023"].text)
    s = structure(n.text, n.boilerplate_lines)
    kinds = [(t.kind, t.years, len(t.rows)) for t in s.tables]
    assert kinds == [("indicators", [2023, 2024, 2025], 16), ("tasks", [2023, 2024, 2025], 23)]
    assert s.meta.doc_number == "荣委办发〔2023〕7号" and s.meta.period == (2023, 2025)
    n = normalise(by_id["wujin-2022"].text)
    s = structure(n.text, n.boilerplate_lines)
    (t,) = s.tables
    assert (t.kind, t.years, len(t.rows)) == ("tasks", [2022, 2023, 2024], 20)
    assert t.rows[1].roles[:2] == ["title", "content"]  # merged 行动名称 cell
    assert t.rows[-1].roles[-1] == "lead"  # a single unit cell reads as the lead column
    n = normalise(by_id["huize-2021"].text)
    s = structure(n.text, n.boilerplate_lines)
    assert s.meta.region == "会泽县" and s.meta.period == (2021, 2025)
    assert s.sections[0].path == ["发展基础"]  # the table of contents gave no sections


def test_heading_chain_splits_inline_headings():
    from extract.headings import heading_chain
    chain = heading_chain("三、重点任务(一)推进学前教育普惠发展。到2025年,新建幼儿园5所。")
    assert [(h.level, h.title, h.inline) for h in chain] == [(2, "重点任务", True), (3, "推进学前教育普惠发展", True)]
    assert [h.title for h in heading_chain("一、发展基础(一)主要成就")] == ["发展基础", "主要成就"]
    assert [h.title for h in heading_chain("三、全面提升1.5倍")] == ["全面提升1.5倍"]  # a number, not a marker


def test_page_number_of_a_doc_sharing_site_is_not_a_heading():
    text = "一、指导思想\n紧紧围绕促进教\n2、公平、提高质量为目标,办人民满意的教育。\n二、基本原则\n坚持党的领导。"
    s = structure(normalise(text).text)
    assert [sec.heading for sec in s.sections] == ["指导思想", "基本原则"]


def test_colon_line_is_a_heading():
    s = structure(normalise("主要目标:\n到2025年,学前三年毛入园率达到95%。\n推进项目建设:\n新建学校3所。").text)
    assert [sec.path for sec in s.sections] == [["主要目标"], ["推进项目建设"]]


def test_trusted_models_equal_validated_ones():
    """``data.trusted`` gives what validation gives (the same ``__dict__`` in the same order, the same
    fields set) for the models the rules and structure stages make without validation."""
    from extract.data import Goal, NumericTarget, Paragraph, Section, Span, UnitAssignment, trusted, trusted_span

    cases = [
        (NumericTarget, dict(doc="d", quote="", norm_span=Span(start=1, end=5), section=None, backend="rules",
                             backend_version="v", indicator="入园率", value=90.0, value_max=None, unit="%",
                             comparator=">=", target_year=2025, cues=["plan"])),
        (UnitAssignment, dict(doc="d", quote="", norm_span=Span(start=0, end=3), section="一 > 二", backend="rules",
                              backend_version="v", task="建设", lead_units=["区教委"], responsible_units=[])),
        (UnitAssignment, dict(doc="d", quote="", task="建设")),
        (Goal, dict(doc="d", quote="", norm_span=Span(start=0, end=3), text="建成", target_year=None)),
        (Paragraph, dict(index=3, span=Span(start=0, end=9), section_path=["一"], kind="heading")),
        (Paragraph, dict(index=0, span=Span(start=0, end=9))),
        (Section, dict(index=0, heading="目标", level=1, path=["目标"], span=Span(start=0, end=9))),
    ]
    for cls, values in cases:
        want, got = cls(**values), trusted(cls, **values)
        assert list(got.__dict__.items()) == list(want.__dict__.items())
        assert got.model_fields_set == want.model_fields_set and got == want
    assert trusted_span(2, 7) == Span(start=2, end=7)
    with pytest.raises(TypeError):
        trusted(Goal, doc="d", quote="")  # ``text`` is required
    with pytest.raises(TypeError):
        trusted(Goal, doc="d", quote="", text="t", year=2025)  # no such field
