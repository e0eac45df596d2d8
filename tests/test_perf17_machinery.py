"""perf17: the memoised heading and name tests answer as the functions they wrap; the slot setters that make records
without validation are those every model resolves, and give the objects the validated constructors give."""

import random
from pathlib import Path

from pydantic import BaseModel

from extract import cues
from extract.data import (_SET_DICT, _SET_EXTRA, _SET_FIELDS_SET, _SET_PRIVATE, Goal, GroundingStatus, NumericTarget,
                          Paragraph, Section, Span, UnitAssignment, trusted, trusted_span, with_fields)
from extract.headings import split_lines

DOCS = Path(__file__).resolve().parents[1] / "data" / "docs"
_MEMOISED = ("heading_gives_context", "heading_reviews_past", "heading_names_goals", "is_person_name")


def _strings() -> list[str]:
    """The lines of the seed documents (headings, cells, names among them), and made-up short strings of the words
    the tests look for."""
    out = []
    for path in sorted(DOCS.glob("*.txt")):
        out += [ln.text.strip() for ln in split_lines(path.read_text(encoding="utf-8")) if ln.text.strip()]
    words = ["一、", "(二)", "目标", "主要目标", "发展目标", "工作目标", "基础", "成就", "进展", "实践进展", "背景", "政策背景",
             "引言", "张三", "李四", "王五", "、", "(副区长)", "局", "任务", "表", "清单", ",", "确保完成", "基本情况", " "]
    rng = random.Random(17)
    out += ["".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(3000)]
    return out


def test_memoised_tests_answer_as_the_functions_they_wrap():
    strings = _strings()
    for name in _MEMOISED:
        fn = getattr(cues, name)
        fn.cache_clear()
        raw = fn.__wrapped__
        # twice each: the second answer comes from the cache
        assert [fn(s) for s in strings] == [raw(s) for s in strings], name
        assert [fn(s) for s in strings] == [raw(s) for s in strings], name
        assert fn.cache_info().hits >= len(set(strings)), name


def test_section_role_with_the_memoised_tests():
    assert cues.section_role([]) == "none"
    assert cues.section_role(["一、发展基础"]) == "past"
    assert cues.section_role(["二、主要目标"]) == "goal"
    assert cues.section_role(["三、重点任务"]) == "plan"


def _resolved(cls: type, name: str):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise AssertionError(name)


def test_slot_setters_are_those_every_model_resolves():
    for cls in (Span, NumericTarget, UnitAssignment, Goal, Paragraph, Section):
        for name, setter in (("__dict__", _SET_DICT), ("__pydantic_fields_set__", _SET_FIELDS_SET),
                             ("__pydantic_extra__", _SET_EXTRA), ("__pydantic_private__", _SET_PRIVATE)):
            assert _resolved(cls, name) is BaseModel.__dict__[name], (cls, name)
            assert _resolved(cls, name).__set__ == setter


def test_trusted_objects_are_the_validated_ones():
    for a, b in ((0, 0), (3, 7), (120, 4000)):
        s = trusted_span(a, b)
        v = Span(start=a, end=b)
        assert s == v and s.__dict__ == v.__dict__ and s.__pydantic_fields_set__ == v.__pydantic_fields_set__
        assert s.__pydantic_extra__ is None and s.__pydantic_private__ is None
        assert s.model_dump_json() == v.model_dump_json()
    fields = dict(doc="d", quote="", norm_span=trusted_span(1, 5), section="甲 > 乙", backend="rules",
                  backend_version="v", indicator="新建学校", value=3.0, unit="所", comparator="=", target_year=2025,
                  cues=["target_verb"])
    t = trusted(NumericTarget, **fields)
    v = NumericTarget(**fields)
    assert t == v and t.__dict__ == v.__dict__ and t.__pydantic_fields_set__ == v.__pydantic_fields_set__
    assert t.model_dump_json() == v.model_dump_json()
    update = {"span": trusted_span(10, 20), "quote": "新建学校3所", "grounding": GroundingStatus.EXACT}
    w = with_fields(t, update)
    c = v.model_copy(update=update)
    assert w == c and w.__dict__ == c.__dict__ and w.__pydantic_fields_set__ == c.__pydantic_fields_set__
    assert w.model_dump_json() == c.model_dump_json()
    assert t.span is None  # the copy, not the record, took the update
    g = trusted(Goal, doc="d", quote="", norm_span=trusted_span(0, 4), text="到2025年", target_year=2025)
    assert g == Goal(doc="d", quote="", norm_span=Span(start=0, end=4), text="到2025年", target_year=2025)


# -- exact faster forms -----------------------------------------------------------------------------------------------

def test_split_join_drops_what_the_whitespace_pattern_drops():
    """``"".join(s.split())`` for ``re.sub(r"\\s+", "", s)`` (``normalise.canonical``, ``canonical_many``, the table
    readers' header cells): the same characters are whitespace for both, every code point."""
    import re
    import sys

    ws = re.compile(r"\s+")
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if ws.fullmatch(chr(c))]
    assert spaces == [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    rng = random.Random(1117)
    pool = spaces + list("指标名称甲乙丙ab1。,") + ["\ue000"]
    for _ in range(3000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert "".join(s.split()) == ws.sub("", s)


def test_canonical_forms_unchanged():
    from extract.normalise import canonical, canonical_many

    texts = ["新增 学位\u3000300个", " 到2025年\n ", "百分之", "牵头单位(qiān)：区教育局", "", "\t"]
    assert [canonical(t) for t in texts] == ["新增学位300个", "到2025年", "%", "牵头单位:区教育局", "", ""]
    assert canonical_many(texts) == [canonical(t) for t in texts]


def test_result_mark_opens_each_branch_with_a_character():
    import re

    from extract.rules import recounts

    old = re.compile(recounts._RESULT_MARK.pattern.replace(r"了(?<![为除]了)(?![解])", r"(?<![为除])了(?![解])", 1))
    assert old.pattern != recounts._RESULT_MARK.pattern
    rng = random.Random(17)
    chars = "了为除解已累计先后以来年被评认定命名授予列顺利通过圆满完成超额同比较上去首家个率a1，。 "
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    texts += ["为了发展", "除了学校", "了解情况", "建成了3所", "了", "除了", "为了解"]
    hits = 0
    for t in texts:
        got = [m.span() for m in recounts._RESULT_MARK.finditer(t)]
        assert got == [m.span() for m in old.finditer(t)], t
        hits += bool(got)
        for pos in range(len(t)):
            a, b = recounts._RESULT_MARK.search(t, pos), old.search(t, pos)
            assert (a and a.span()) == (b and b.span()), (t, pos)
    assert hits > 1000


def test_contents_line_found_as_before():
    from extract.headings import split_lines
    from extract.structure import _toc_lines

    text = "某某规划\n目 录\n一、总体要求\n二、主要目标\n\n一、总体要求\n正文。"
    lines = split_lines(text)
    assert _toc_lines(lines, text) == _toc_lines(lines, None)
    assert _toc_lines(lines, text)
    plain = "某某规划\n一、总体要求\n正文,记录。"
    assert _toc_lines(split_lines(plain), plain) == set()


def test_perfective_before_as_the_old_pattern():
    import re

    from extract.rules import target_status

    old = re.compile(r"[\u4e00-\u9fff](?<![为為除到多少])了\s*(?:近|约|約|超过|超過|逾|共|共计)?\s*$")
    rng = random.Random(337)
    pieces = ["了", "为", "為", "除", "到", "多", "少", "走访", "配备", "近", "约", "超过", "逾", "共计", " ", "\u3000", "a", "1",
              "，", "(", "了解"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    texts += ["并走访了", "为了", "除了 ", "配备了约", "到了", "了", "a了", "走访了共计 "]
    yes = 0
    for t in texts:
        assert target_status.perfective_before(t) == (old.search(t) is not None), t
        yes += target_status.perfective_before(t)
    assert yes > 200


def test_at_before_and_issued_number_pretests():
    from extract.rules import target_status, unit_clauses

    assert target_status.counts_places_where("先在", "个", "公园增设座椅")
    assert not target_status.counts_places_where("新建", "个", "公园")
    issued = "3月2日,某市政府以某政发【2031】12号文件正式印发《某规划》。"
    assert unit_clauses.issued_number_year(issued) == 2031
    assert unit_clauses.issued_number_year("市政府印发《某计划》(某政发〔2030〕5号)") == 2030
    assert unit_clauses.issued_number_year("市政府印发《某计划》,某政发〔2030〕5") is None
    for path in sorted(DOCS.glob("*.txt")):  # the pre-test answers as the scan on the seeds' own openings
        text = path.read_text(encoding="utf-8")
        m = unit_clauses._ISSUED_NUMBER.search(text[:1500])
        assert unit_clauses.issued_number_year(text) == (None if m is None else int(m.group(1) or m.group(2)))


def test_early_returns_before_the_lazy_imports():
    from extract.rules import unit_goal_phrasings, unit_clauses

    assert unit_goal_phrasings.ordered_unit_task("新建学校3所。") == []
    hits = unit_goal_phrasings.ordered_unit_task("某区已责成区住建局抓紧查处")
    assert [(h.lead, h.task) for h in hits] == [(["区住建局"], "抓紧查处")]
    assert unit_clauses.more_charge_clauses("新建学校3所。", 0, []) == []


def test_lazily_bound_helpers_answer_as_the_rules_functions():
    from extract import headings
    from extract.rules.target_frames import title_time_amount
    from extract.rules.unit_goal_layouts import title_then_role_label

    lines = _strings()
    assert [headings._title_time_amount(t) for t in lines] == [title_time_amount(t) for t in lines]
    assert headings._title_time_amount is title_time_amount  # bound at the first call: no import statement after it
    assert [headings._title_then_role_label(t) for t in lines] == [title_then_role_label(t) for t in lines]
    assert headings._title_then_role_label is title_then_role_label
    assert headings.title_quantity("新建学校3所") and not headings.title_quantity("总体要求")
    assert headings.parse_heading("(一)甲病筛查牵头责任部门:县卫健委") is None
    assert headings.parse_heading("(一)推进学前教育普惠发展").title == "推进学前教育普惠发展"


def test_task_table_spans_are_the_validated_ones():
    from extract.headings import split_lines
    from extract.tables import _find_task_tables

    rows = 0
    for path in sorted(DOCS.glob("*.txt")):
        for _a, _b, table in _find_task_tables(split_lines(path.read_text(encoding="utf-8"))):
            for row in table.rows:
                rows += 1
                assert row.cell_spans == [Span(start=s.start, end=s.end) for s in row.cell_spans]
                assert all(type(s) is Span and s.__pydantic_fields_set__ == {"start", "end"} for s in row.cell_spans)
    assert rows > 20  # (the seeds' task tables: 43 rows)
