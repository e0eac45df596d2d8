"""The twelfth round's machinery (perf12): what it must keep, not how fast it is (speed lives in bench/)."""

from __future__ import annotations

import gc
import sqlite3

import pytest


def test_a_new_store_has_larger_pages_and_an_old_one_keeps_its_own(tmp_path) -> None:
    from extract.store import Store

    store = Store(tmp_path / "new")
    try:
        assert store.db.execute("PRAGMA page_size").fetchone()[0] == Store.PAGE_SIZE
    finally:
        store.close()
    old = tmp_path / "old"
    old.mkdir()
    db = sqlite3.connect(old / "extract.db")  # a database written before: default pages, WAL, the schema
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE t (x)")
    db.commit()
    size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    assert size != Store.PAGE_SIZE
    store = Store(old)
    try:
        assert store.db.execute("PRAGMA page_size").fetchone()[0] == size  # an existing database is not rebuilt
        store.start_run("r1", "rules", "v", {})
        assert store.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1
    finally:
        store.close()


def test_the_paced_collector_is_undone_on_the_way_out() -> None:
    from extract.pipeline import _GC_YOUNG, _paced_collector

    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with _paced_collector():
        assert gc.get_threshold()[0] == max(before[0], _GC_YOUNG)
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError):
        with _paced_collector():
            raise RuntimeError("a document's error")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_collector_switched_off_stays_off() -> None:
    from extract.pipeline import _paced_collector

    before = gc.get_threshold()
    gc.set_threshold(0)
    try:
        with _paced_collector():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_a_run_leaves_the_collector_as_it_found_it(tmp_path) -> None:
    from extract.pipeline import RunConfig, run

    doc = tmp_path / "a.txt"
    doc.write_text("一、目标\n到2025年,学前教育毛入园率达到95%以上。\n", encoding="utf-8")
    before = gc.get_threshold()
    summary = run(RunConfig(inputs=[doc], out_dir=tmp_path / "out"))
    assert not summary.failed
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_what_the_caller_froze_stays_frozen() -> None:
    from extract.pipeline import _paced_collector

    gc.freeze()
    try:
        assert gc.get_freeze_count() > 0
        with _paced_collector():
            pass
        # still frozen (``gc.unfreeze`` would leave none; frozen objects that reference counting frees meanwhile
        # leave the count, so it is not compared exactly)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_table_cells_of_lines_without_delimiters_are_the_lines_themselves() -> None:
    # a line with no | ｜ or tab that does not open with 序号/编号 is one cell (the fast path); the others are split
    from extract.headings import split_lines
    from extract.tables import table_cells

    text = ("  \u3000正文一行\xa0\n\n   \n序号 项目名称 责任单位\n\x1c编号 甲乙 丙丁\n序号涉及部门职责分工\n甲|乙｜丙\t丁\n"
            " 序号\n末行")
    cells = [(c.text, c.start, c.end, c.line) for c in table_cells(split_lines(text))]
    assert cells[0] == ("正文一行", 3, 7, 0)
    assert [c[0] for c in cells[1:]] == ["序号", "项目名称", "责任单位", "编号", "甲乙", "丙丁", "序号", "涉及部门", "职责分工",
                                         "甲", "乙", "丙", "丁", "序号", "末行"]
    for t, start, end, _line in cells:
        assert text[start:end] == t
