"""The twenty-sixth round's shortcuts outside the rules agree with the full work they skip (speedB26)."""

from __future__ import annotations

import random
import re

from extract import structure as S
from extract.headings import split_lines
from extract.store import DocumentRows, Store


def _rows(doc_id: str, run_id: str, n_records: int, n_sections: int = 1) -> DocumentRows:
    document = (doc_id, f"/x/{doc_id}.txt", "sha", "utf-8", 10, "{}", "{}", "ok", None, run_id, "fp", 0.0)
    sections = [(doc_id, i, f"h{i}", 1, f"h{i}", 0, 10) for i in range(n_sections)]
    records = [(f"{doc_id}-{run_id}-{i}", doc_id, "goal", "exact", run_id, i, i + 1, None, "{}")
               for i in range(n_records)]
    return DocumentRows(doc_id, run_id, document, sections, records, {"goal": n_records})


def _counts(store: Store, doc_id: str) -> tuple[int, int]:
    return (store.db.execute("SELECT COUNT(*) FROM records WHERE doc_id=?", (doc_id,)).fetchone()[0],
            store.db.execute("SELECT COUNT(*) FROM sections WHERE doc_id=?", (doc_id,)).fetchone()[0])


def test_store_skips_deletes_only_for_ids_it_has_not_written(tmp_path):
    """A store opened empty writes a new document without deleting first; a document written again (in the same
    store, or after reopening a store that holds rows) still replaces its rows, never adds to them."""
    store = Store(tmp_path)
    assert store._written == set()
    store.save_rows(_rows("a", "r1", 3, 2))
    store.save_rows(_rows("b", "r1", 2))
    assert _counts(store, "a") == (3, 2)
    store.save_rows(_rows("a", "r2", 1, 1))  # the same document again in this store: replaced
    assert _counts(store, "a") == (1, 1) and _counts(store, "b") == (2, 1)
    store.close()
    again = Store(tmp_path)
    assert again._written is None  # it holds rows: every document deletes before it inserts
    again.save_rows(_rows("b", "r3", 4, 2))
    again.save_rows(_rows("c", "r3", 1))
    assert _counts(again, "a") == (1, 1) and _counts(again, "b") == (4, 2) and _counts(again, "c") == (1, 1)
    again.close()


def test_store_with_only_a_failure_row_is_still_empty_of_rows(tmp_path):
    """A failure marks the document alone (no records, no sections): a store holding only that opens as empty of rows,
    and the document written later is inserted whole."""
    store = Store(tmp_path)
    store.save_failure("a", "/x/a.txt", "boom", "r1")
    store.close()
    again = Store(tmp_path)
    assert again._written == set()
    again.save_rows(_rows("a", "r2", 2))
    assert _counts(again, "a") == (2, 1)
    again.close()


_PERIOD_CHARS = "20(（)）年-—–~至到 \t19３"


def _period_like(rng: random.Random) -> str:
    """A random line: a period's pieces (``(2031-2035年)``, ``1998 至 2035``, ``2031~2035``) or random characters."""
    if rng.random() < 0.5:
        return "".join(rng.choice(_PERIOD_CHARS + "0123456789") for _ in range(rng.randint(0, 16)))
    year = lambda: rng.choice(["20", "19", "2", "３0"]) + "".join(rng.choice("0123456789") for _ in range(2))
    parts = [rng.choice(["", "(", "（"]), year(), rng.choice(["", " "]), rng.choice("-—–~至到/"), rng.choice(["", " "]),
             year(), rng.choice(["", "年", "年度"]), rng.choice(["", ")", "）"])]
    return "".join(parts)


def _unfiltered_period(meta, texts: list[str]):
    """The period ``extract_meta`` gives with its title's period first, then every line tried whole (no prefilter)."""
    if meta.title and (m := S._PERIOD.search(meta.title)):
        return int(m.group(1)), int(m.group(2))
    if meta.title and (m := S._FIVE_YEAR_NAME.search(meta.title)):
        return S.FIVE_YEAR_PLANS[m.group(1)]
    return next(((int(m.group(1)), int(m.group(2))) for t in texts[:120] if (m := S._PERIOD_LINE.fullmatch(t))), None)


def test_period_line_prefilter_agrees_with_the_unfiltered_scan():
    """``extract_meta`` tries ``_PERIOD_LINE`` only on lines holding ``20``: on random texts its period is the one every
    line tried whole gives."""
    rng = random.Random(26)
    full = re.compile(r"[(（]?(20\d\d)\s*[-—–~至到]\s*(20\d\d)年?[)）]?")
    assert full.pattern == S._PERIOD_LINE.pattern
    found = 0
    for _ in range(3000):
        rows = [_period_like(rng) for _ in range(rng.randint(1, 6))]
        if rng.random() < 0.2:
            rows.insert(0, rng.choice(["样板县托育服务规划", "示例市“十四五”养老服务规划", "某区2033-2037年绿道建设方案"]))
        text = "\n".join(rows)
        meta = S.extract_meta(split_lines(text), [])
        assert meta.period == _unfiltered_period(meta, [ln.text.strip() for ln in split_lines(text)]), text
        found += meta.period is not None
    assert found > 500  # the random lines do make periods
    assert S._PERIOD_LINE.fullmatch("(2021-2025年)") and S._PERIOD_LINE.fullmatch("2021 至 2025")


def test_bare_label_before_goal_cues_gives_the_same_outline():
    """The structure loop asks ``is_bare_label`` before ``heading_names_goals`` (both pure): the sections of a text with
    bare goal labels, colon labels and prose are those of the order before."""
    text = "总体目标\n到2025年，全县学前教育毛入园率达到90%。\n任务分解\n(一)推进普惠发展\n主要目标:\n新建幼儿园3所。\n【工作目标】\n完成改造。"
    st = S.structure(text)  # (the outline as the order before gave it)
    assert [(s.heading, s.level, s.path) for s in st.sections] == [
        ("总体目标", 7, ["总体目标"]), ("任务分解", 7, ["任务分解"]), ("推进普惠发展", 3, ["推进普惠发展"]),
        ("主要目标", 7, ["推进普惠发展", "主要目标"]), ("【工作目标】", 7, ["推进普惠发展", "【工作目标】"])]
    assert [p.kind for p in st.paragraphs] == ["heading", "text", "heading", "heading", "heading", "text", "heading", "text"]


def test_identity_map_from_the_kept_range_is_numpys():
    """``MappedText.identity`` slices its maps from a kept range below ``_RANGE_CAP`` characters: the same arrays as the
    NumPy range it replaced, at any length, grown or not, and a copy (an edit of one map leaves the next one as it is)."""
    import numpy as np

    from extract import mapped as M

    rng = random.Random(26)
    sizes = [0, 1, 2, 4095, 4096, 4097, M._RANGE_CAP - 1, M._RANGE_CAP, M._RANGE_CAP + 1]
    sizes += [rng.randint(0, 200_000) for _ in range(20)]
    for n in sizes:
        mt = M.MappedText.identity("x" * n)
        assert mt.starts.typecode == mt.ends.typecode == "q" and mt.orig_len == n
        assert np.array_equal(np.frombuffer(mt.starts, dtype=np.int64), np.arange(n))
        assert np.array_equal(np.frombuffer(mt.ends, dtype=np.int64), np.arange(1, n + 1))
        if n:
            mt.starts[0] = -1
            assert M.MappedText.identity("x" * n).starts[0] == 0
