"""Unit-assignment cues of the sixth round, each on a small made-up text (no sentence of a real document)."""

import hashlib

from extract.cues import bulleted_task
from extract.data import Document
from extract.line_tables import is_unit_line, run_header
from extract.pipeline import process_document


def records(text, kind):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [r for r in process_document(doc, "rules").records if r.type == kind]


def units(text):
    return [(r.task, r.lead_units, r.responsible_units) for r in records(text, "unit_assignment")]


# -- a table flattened one cell per line whose rows have a variable number of cells ---------------
def test_a_header_of_one_cell_per_line_with_unit_columns_last():
    assert run_header(["方面", "主 要 目 标", "主要责任单位", "责任单位"]) == ["category", "content", "lead", "responsible"]
    assert run_header(["方面", "主要目标"]) is None  # too few cells, no unit column
    assert run_header(["主要责任单位", "主要目标", "责任单位"]) is None  # the units stand last


def test_a_unit_line_is_a_short_name_and_no_bulleted_content():
    assert is_unit_line("甲县花木局")
    assert not is_unit_line("——甲县花木站")
    assert not is_unit_line("——蓝果合格率达到90%以上。")


def test_a_bulleted_cell_names_its_first_clause():
    assert bulleted_task("——蓝果合格率达到90%以上,红果合格率达到80%。\n\n——绿果…") == "蓝果合格率达到90%以上"
    assert bulleted_task("推进蓝果种植。") is None


CELL_RUNS = """甲县果园目标责任分解

方面

主 要 目 标

主要责任单位

责任单位

1.提高果品质量。

——蓝果合格率达到90%以上,红果合格率达到80%以上。

甲县花木局

甲县水务局

甲县农机站

——紫果破损率控制在3%以下。

——黄果破损率逐年下降。

甲县花木局

2.扩大种植规模。

——新增果园面积20亩。

甲县农机站

甲县花木局
"""


def test_rows_of_content_lines_and_a_run_of_unit_lines():
    assert units(CELL_RUNS) == [
        ("蓝果合格率达到90%以上", ["甲县花木局"], ["甲县水务局", "甲县农机站"]),
        ("紫果破损率控制在3%以下", ["甲县花木局"], []),
        ("新增果园面积20亩", ["甲县农机站"], ["甲县花木局"]),
    ]


def test_the_unit_lines_of_such_a_table_are_no_headings_and_its_numbers_stay():
    got = records(CELL_RUNS, "numeric_target")
    assert sorted((r.value, r.unit) for r in got) == [(3, "%"), (20, "亩"), (80, "%"), (90, "%")]
    assert all("甲县" not in (r.section or "") for r in got)
