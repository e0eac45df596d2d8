"""The review page in a real browser (headless Chromium driven by Playwright) on a real run of a seed
document with its gold: it loads without script errors, filters, scrolls to a clicked record, and in
review mode rejects one record, edits one, adds one from a text selection; the state survives a reload;
the exported file is gold that `extract eval` reads and scores as expected.

Needs Debian's ``chromium`` (or ``EXTRACT_CHROMIUM=/path``) and the ``playwright`` package (both
installed by ``.ci/run``). Without them these tests are skipped, unless ``EXTRACT_REQUIRE_BROWSER=1``
(set by CI), where a missing browser is a failure."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from extract.cli import main
from extract.pipeline import RunConfig, run
from extract.review import write_review

from conftest import DOCS, ROOT

DOC = "wujin-2022"


def _chromium() -> str | None:
    return os.environ.get("EXTRACT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def _skip_or_fail(why: str):
    if os.environ.get("EXTRACT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{why} (EXTRACT_REQUIRE_BROWSER=1)")
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("playwright is not installed (pip install playwright)")
    exe = _chromium()
    if not exe:
        _skip_or_fail("no chromium found (apt-get install chromium, or set EXTRACT_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def reviewed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    run(RunConfig(inputs=[DOCS / f"{DOC}.txt"], out_dir=out))
    page, counts = write_review(out, gold=[ROOT / "eval" / "gold" / f"{DOC}.jsonl"])
    records = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, page, counts, records


def _open(browser, page_path: Path, context=None):
    ctx = context or browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(60_000)  # a busy CI machine: generous, the page itself opens in well under a second
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.goto(page_path.resolve().as_uri())
    pg.wait_for_selector("body[data-ready='1']")
    return ctx, pg, errors


def _in_view(pg, record_id: str) -> bool:
    return pg.evaluate("""id => {
        const m = document.querySelector(`mark[data-ids~="${id}"]`);
        const r = m.getBoundingClientRect(), b = document.getElementById('main').getBoundingClientRect();
        return r.top >= b.top && r.bottom <= b.bottom;
    }""", record_id)


def test_reading_view_diff_filters_and_scrolling(browser, reviewed_run):
    out, page, counts, records = reviewed_run
    ctx, pg, errors = _open(browser, page)
    try:
        assert not errors
        stats = pg.inner_text("#stats")
        assert f"{counts['fp']} fp, {counts['fn']} fn" in stats
        assert pg.locator("#list .rec").count() == len(records) + counts["fn"]
        # every false negative is highlighted at its gold quote's position
        assert pg.locator("mark.d-fn").count() >= min(1, counts["fn"])
        # filters: type, then gold diff
        pg.select_option("#f-type", "unit_assignment")
        n_units = sum(r["type"] == "unit_assignment" for r in records)
        assert pg.locator("#list .rec").count() == n_units + sum(
            1 for r in pg.evaluate("[...extractReview.items.values()].filter(r => r.kind === 'gold')")
            if r["type"] == "unit_assignment")
        assert pg.locator("#list .rec .b.numeric_target").count() == 0
        pg.select_option("#f-type", "")
        pg.select_option("#f-diff", "tp")
        assert pg.locator("#list .rec .b.fp").count() == 0 and pg.locator("#list .rec .b.tp").count() > 0
        pg.select_option("#f-diff", "")
        # clicking a record far down the list scrolls its highlight into view and flashes it
        last = max((r for r in records), key=lambda r: r["span"]["start"])
        assert not _in_view(pg, last["id"])
        pg.click(f'.rec[data-id="{last["id"]}"]')
        assert _in_view(pg, last["id"])
        assert pg.evaluate("id => document.querySelector(`mark[data-ids~=\"${id}\"]`).classList.contains('flash')",
                           last["id"])
        # clicking a highlight selects its record in the list
        first = min(records, key=lambda r: r["span"]["start"])
        pg.click(f'mark[data-record-id="{first["id"]}"]')
        assert pg.locator(f'.rec.sel[data-id="{first["id"]}"]').count() == 1
    finally:
        ctx.close()


def test_review_mode_reject_edit_add_reload_export_eval(browser, reviewed_run, tmp_path, capsys):
    out, page, counts, records = reviewed_run
    targets = [r for r in records if r["type"] == "numeric_target"]
    rejected, edited = targets[0], targets[1]
    ctx, pg, errors = _open(browser, page)
    try:
        pg.check("#mode")
        pg.click(f'.rec[data-id="{rejected["id"]}"]')
        pg.click('#editor button[data-act="reject"]')
        pg.click(f'.rec[data-id="{edited["id"]}"]')
        pg.fill("#e-value", "12345")
        pg.fill("#e-indicator", "edited indicator")
        pg.click('#editor button[data-act="save"]')
        # add a goal from a text selection: the longest stretch of text that no highlight covers
        pg.evaluate("""() => {
            const pre = document.querySelector('section.doc pre');
            const node = [...pre.childNodes].filter(n => n.nodeType === 3).sort((a, b) => b.data.length - a.data.length)[0];
            const s = node.data.search(/[^\\s]/);
            window.getSelection().setBaseAndExtent(node, s, node, s + 30);
            document.getElementById('main').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }""")
        assert pg.is_visible("#addbar")
        pg.click('#addbar button[data-add="goal"]')
        added = pg.evaluate("[...extractReview.items.values()].filter(r => r.kind === 'added')")
        assert len(added) == 1 and len(added[0]["quote"]) == 30
        assert "reviewed: 0 accepted, 1 rejected, 1 edited, 1 added" in pg.inner_text("#stats")
        assert pg.evaluate("id => document.querySelector(`mark[data-record-id=\"${id}\"]`).classList.contains('rej')",
                           rejected["id"])
        # the work survives a reload (browser storage keyed by run and document hash)
        pg.reload()
        pg.wait_for_selector("body[data-ready='1']")
        assert "reviewed: 0 accepted, 1 rejected, 1 edited, 1 added" in pg.inner_text("#stats")
        pg.check("#mode")
        with pg.expect_download() as dl:
            pg.click("#export")
        exported = tmp_path / "reviewed.gold.jsonl"
        dl.value.save_as(exported)
        assert not errors
    finally:
        ctx.close()

    gold = [json.loads(x) for x in exported.read_text(encoding="utf-8").splitlines()]
    src = (DOCS / f"{DOC}.txt").read_text(encoding="utf-8")
    assert all(g["quote"] in src for g in gold)  # quotes verbatim from the source
    assert len(gold) == len(records) - 1 + 1 + counts["fn"]  # one rejected, one added, missed gold kept
    assert any(g["type"] == "numeric_target" and g["value"] == 12345 for g in gold)

    report_path = tmp_path / "report.json"
    assert main(["eval", "--gold", str(exported), "--docs", str(DOCS / f"{DOC}.txt"),
                 "--pred", str(out / "records.jsonl"), "--json", str(report_path)]) == 0
    rep = json.loads(report_path.read_text(encoding="utf-8"))
    n_t = len(targets)
    n_fn = {t: sum(1 for g in gold if g["type"] == t) for t in ("numeric_target", "goal", "unit_assignment")}
    # the rejected record and the edited one (its value no gold has) are false positives, the edit and
    # the added goal false negatives, the kept missed gold records false negatives too
    nt = rep["numeric_target"]
    assert (nt["tp"], nt["fp"]) == (n_t - 2, 2)
    assert nt["fn"] == n_fn["numeric_target"] - (n_t - 2)
    goal = rep["goal"]
    n_goals = sum(r["type"] == "goal" for r in records)
    assert (goal["tp"], goal["fp"], goal["fn"]) == (n_goals, 0, n_fn["goal"] - n_goals)
    capsys.readouterr()


def test_export_of_an_untouched_review_scores_the_run_perfectly(browser, tmp_path):
    """Without gold and without review, the export is the run's records as gold: eval gives 1.0."""
    out = tmp_path / "run"
    run(RunConfig(inputs=[DOCS / "rongchang-2023.txt"], out_dir=out))
    page, _ = write_review(out)
    ctx, pg, errors = _open(browser, page)
    try:
        jsonl = pg.evaluate("extractReview.exportGold().jsonl")
        assert not errors
    finally:
        ctx.close()
    exported = tmp_path / "all.jsonl"
    exported.write_text(jsonl, encoding="utf-8")
    report_path = tmp_path / "report.json"
    assert main(["eval", "--gold", str(exported), "--docs", str(DOCS / "rongchang-2023.txt"),
                 "--pred", str(out / "records.jsonl"), "--json", str(report_path)]) == 0
    rep = json.loads(report_path.read_text(encoding="utf-8"))
    for t in ("numeric_target", "unit_assignment", "goal"):
        assert rep[t]["f1"] == 1.0, (t, rep[t])
    assert rep["unit_assignment"]["strict"]["f1"] == 1.0
