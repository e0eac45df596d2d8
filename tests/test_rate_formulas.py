"""(tblA26) N6, N13: the 100% of a rate's formula in an indicator table is no target."""

from extract.rules.rate_formulas import formula_factor
from rules_kit import records


def test_formula_factor():
    assert formula_factor("达标社区数/社区总数×", "100", "%")
    assert formula_factor("(实到人数÷应到人数)* ", "100", "%")
    assert not formula_factor("绿化覆盖率达到", "100", "%")
    assert not formula_factor("甲数/乙数×", "80", "%")


_ROW = ("某区公共文化服务考核指标\n"
        "指标名称 | 计算方法 | 2032年目标值\n"
        "图书馆达标率 | 达标图书馆数/图书馆总数×100% | 95%\n")


def test_pipeline_keeps_the_target_not_the_formula():
    got = [(r.value, r.quote) for r in records(_ROW, "numeric_target")]
    assert not any(q.endswith("×100%") for _v, q in got)
    assert not any(v == 100.0 for v, _q in got)
