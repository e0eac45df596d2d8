"""perf15: the shortcuts of the flattened-table readers give what the slower paths give (made-up text)."""

import random

from extract.rules.table_rows import _plan_header, could_be_plan_header
from extract.rules.unit_flat import _clean, _clean_stretches
from extract.rules.unit_rows import _spaced_header, could_hold_number_column


def test_clean_stretches_matches_the_loop():
    rng = random.Random(15)
    alphabet = "甲乙丙丁局镇 \t\u3000\r12。"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        positions = sorted(rng.sample(range(len(text) + 1), rng.randint(0, len(text) + 1)))
        a = rng.randint(0, len(text) - 1)
        b = rng.randint(a + 1, len(text))
        in_set = set(positions)
        # a plain callable takes ``_clean``'s loop over each character
        assert _clean_stretches(text, a, b, positions) == _clean(text, a, b, lambda i: i in in_set)


def test_clean_stretches_puts_blanks_back():
    text = "序号甲项乙局 丙"
    assert _clean_stretches(text, 0, len(text), [2, 4, 7]) == ("序号 甲项 乙局 丙", [0, 1, 2, 2, 3, 4, 4, 5, 6, 7])


def test_header_prefilters():
    for line in ("序号 名称 单位 目标任务 累计完成情况 责任单位", "编号 项目 单位 计划 完成进度", "项次 指标 单位 年度目标 实际完成"):
        assert could_hold_number_column(line)
        assert could_be_plan_header(line)
        assert _plan_header(line.split()) is not None
    for line in ("名称 单位 目标任务 累计完成情况 责任单位", "序号 名称 个 目标 完成进度", "一 甲镇 乙街道 丙局 丁局"):
        assert not could_be_plan_header(line)
        assert _plan_header(line.split()) is None
    assert not could_hold_number_column("项目 名称 牵头单位 配合单位")
    assert _spaced_header("项目 名称 牵头单位 配合单位") is None
    assert _spaced_header("序号 项目名称 牵头单位 配合单位") is not None


def test_nonblank_lines_kept_for_the_same_text():
    from extract.rules.unit_rows import _nonblank_lines, _scan_nonblank_lines

    text = "序号 甲项 单位\n\n  1 乙局 个 3  \n\t\n丙镇"
    first = _nonblank_lines(text)
    assert first == ((0, 8, 0, 8), (10, 22, 12, 20), (25, 27, 25, 27))
    assert first == tuple(_scan_nonblank_lines(text))
    assert _nonblank_lines(text) is first  # the same text: its lines again
    other = "丁局\n 戊局"
    assert _nonblank_lines(other) == ((0, 2, 0, 2), (3, 6, 4, 6))
    assert _nonblank_lines(text) == first


def test_plan_number_runs_reads_only_lines_with_a_plan_word():
    from extract.rules.table_rows import plan_number_runs

    text = "甲项 乙项 丙项\n新增站点年度目标 3 4 2\n实际完成 1 2 0\n站点 3 4 2"
    runs = plan_number_runs(text)
    assert [(r.indicator, r.value) for r in runs] == [("新增站点年度目标", 3.0), ("新增站点年度目标", 4.0),
                                                      ("新增站点年度目标", 2.0)]
    assert text[runs[0].start:runs[-1].end] == "新增站点年度目标 3 4 2"


def test_year_column_values_header_needs_an_indicator_word():
    from extract.rules.table_rows import year_column_values

    rows = "\n1 甲率 % 90 95 预期性\n2 乙数 个 3 5 约束性"
    with_word = year_column_values("序号 指标 单位 2025年 2030年 属性" + rows)
    assert [(v.indicator, v.value, v.year) for v in with_word] == [("甲率", 95.0, 2030), ("乙数", 5.0, 2030)]
    assert year_column_values("序号 项目 单位 2025年 2030年 属性" + rows) == []
