"""The eleventh round's speed-ups give what the code before them gave (speed itself lives in bench/)."""

from __future__ import annotations

from extract.normalise import canonical_mapped
from extract.rules.unit_flat import _blank_gap, dropped_blank
from extract.rules.unit_rows import spaced_rows


def _naive_positions(original, starts, ends):  # the per-character loop the whole-array pass replaced
    return [i for i in range(1, len(starts)) if starts[i] > ends[i - 1] and _blank_gap(original, starts[i], ends[i - 1])]


def test_dropped_blanks_found_in_whole_arrays_as_the_loop_found_them() -> None:
    for original in ("", "甲", "序號(hào) 項(xiàng)目名稱 單位\n1 修繕 丙縣水務(wù)局\n", "张三 市教育局\u3000乙镇 (注)丙",
                     "甲  乙\n\n丙\t丁 戊(wù) 己"):
        mapped = canonical_mapped(original)
        blanks = dropped_blank(original, mapped.starts, mapped.ends)
        assert blanks.positions == _naive_positions(original, mapped.starts, mapped.ends)
        # any sequence of offsets (not only ``array("q")``) is read the same
        again = dropped_blank(original, list(mapped.starts), list(mapped.ends))
        assert again.positions == blanks.positions


def test_spaced_rows_skip_of_lines_with_a_full_stop_changes_nothing() -> None:
    # a line with ``。`` is no header; after a header, a row with ``。`` in a cell still opens with its number
    text = ("说明。序号 项目名称 单位 目标任务 责任单位\n序号 项目名称 单位 目标任务 责任单位\n"
            "1 修缮灌溉渠。 条 12 丙县水务局\n完成了。 条 4 2\n2 扩建蓝果冷库 座 2 丙县商务局\n")
    hits = spaced_rows(text)
    assert [(h.task, h.lead) for h in hits] == [("修缮灌溉渠。", ["丙县水务局"]), ("扩建蓝果冷库", ["丙县商务局"])]


def test_record_body_is_what_the_json_encoder_writes() -> None:
    from extract.data import Goal, NumericTarget, UnitAssignment, trusted_span
    from extract.store import _general_body, record_body

    base = dict(doc="d", quote="新建“学校”\\3所", norm_span=trusted_span(1, 4), span=trusted_span(2, 5), section=None,
                backend="rules", backend_version="v")
    records = [NumericTarget(**base, indicator="学校", value=3.0, unit="所", comparator="=", target_year=2025, cues=["a"]),
               NumericTarget(**base, indicator="率", value=1e-7, value_max=2.5, unit="%", comparator=">=",
                             target_year=None, cues=[]),
               UnitAssignment(**base, task="任务\n", lead_units=["甲局"], responsible_units=[]),
               Goal(**base, text="到2025年,…", target_year=None)]
    for r in records:
        assert record_body(r, "k") == _general_body(r, "k")


def test_the_store_opens_with_a_larger_page_cache(tmp_path) -> None:
    from extract.store import Store

    store = Store(tmp_path)
    try:
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -Store.CACHE_KIB
    finally:
        store.close()


def test_spaced_rows_skip_of_one_word_lines_keeps_the_dropped_blanks() -> None:
    # the normaliser drops the blanks between Chinese characters: a line of one word in the normalised text is still
    # a header or a row when blanks are put back into it (``positions``); the skip reads them as the loop does
    from extract.normalise import normalise

    original = ("蓝果推广进展\n序号 项目名称 单位 目标任务 责任单位\n1 修缮灌溉渠 条 12 丙县水务局\n"
                "说明\n2 扩建蓝果冷库 座 2 丙县商务局\n")
    norm = normalise(original)
    mapped = norm.mapped
    blanks = dropped_blank(original, mapped.starts, mapped.ends)
    assert blanks.positions  # the case under test: the normalised text lost blanks
    plain = lambda i: blanks(i)  # noqa: E731  (no ``positions``: every line cleaned and read)
    fast = spaced_rows(mapped.text, blanks=blanks)
    assert [(h.start, h.end, h.task, h.lead) for h in fast] == [(h.start, h.end, h.task, h.lead)
                                                               for h in spaced_rows(mapped.text, blanks=plain)]
    assert [h.lead for h in fast] == [["丙县水务局"], ["丙县商务局"]]
