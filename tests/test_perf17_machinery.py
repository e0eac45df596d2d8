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
