"""Load time of the review page in headless Chromium.

    python bench/review.py [--out bench/review_results.json] [--repeat 3]

Two pages: the largest seed document (a real run with its gold, the diff view on) and a 1 MB document
with 5,000 records. For the second, the text is the seed documents repeated up to 1 MB and the records
are the seed run's real records repeated in turn at evenly spread spans (a page of this density does
not occur in the seeds; the point is the page's own cost). Load time = from navigation start to the end
of the page's script (``window.extractReviewReady``, all records listed and highlights painted) and to
the ``load`` event, best and median of ``--repeat`` fresh browser contexts. Then a filter change and a
record click are timed, to check the page stays responsive.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from extract.pipeline import RunConfig, run  # noqa: E402
from extract.review import ReviewDoc, build_page, load_run, write_review  # noqa: E402


def big_page(tmp: Path, seed_run: Path, mb: float = 1.0, n_records: int = 5000) -> Path:
    real = [r for d in load_run(seed_run) for r in d.records if r.get("start") is not None]
    seeds = "".join((ROOT / "data" / "docs" / f"{d}.txt").read_text(encoding="utf-8")
                    for d in ("huize-2021", "rongchang-2023", "wujin-2022"))
    text = ""
    while len(text.encode("utf-8")) < mb * 1_000_000:
        text += seeds
    step = len(text) // n_records
    records = []
    for i in range(n_records):
        src = dict(real[i % len(real)])
        length = min(src["end"] - src["start"], step - 1, 80)
        src.update(id=f"r{i:05d}", start=i * step, end=i * step + length, quote=text[i * step:i * step + length])
        records.append(src)
    doc = ReviewDoc("big-1mb", "1 MB, 5000 records", text, "0" * 64, records)
    page = tmp / "big.html"
    page.write_text(build_page([doc], tmp), encoding="utf-8")
    return page


def measure(browser, page: Path, repeat: int) -> dict:
    ready, load, filt, click = [], [], [], []
    for _ in range(repeat):
        ctx = browser.new_context(viewport={"width": 1400, "height": 900})
        pg = ctx.new_page()
        pg.goto(page.resolve().as_uri())
        pg.wait_for_selector("body[data-ready='1']", timeout=60_000)
        ready.append(pg.evaluate("window.extractReviewReady"))
        load.append(pg.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
        filt.append(pg.evaluate("""() => { const t = performance.now(); const s = document.getElementById('f-type');
            s.value = 'numeric_target'; s.dispatchEvent(new Event('change')); s.value = '';
            s.dispatchEvent(new Event('change')); return (performance.now() - t) / 2; }"""))
        click.append(pg.evaluate("""() => { const recs = document.querySelectorAll('#list .rec');
            const t = performance.now(); recs[recs.length - 1].click(); return performance.now() - t; }"""))
        ctx.close()
    ms = lambda xs: {"best": round(min(xs)), "median": round(statistics.median(xs))}  # noqa: E731
    return {"bytes": page.stat().st_size, "ready_ms": ms(ready), "load_event_ms": ms(load),
            "filter_ms": ms(filt), "click_ms": ms(click)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "bench" / "review_results.json"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    exe = os.environ.get("EXTRACT_CHROMIUM") or shutil.which("chromium")
    if not exe:
        sys.exit("no chromium: apt-get install chromium (or set EXTRACT_CHROMIUM)")
    results: dict = {"machine": {"cpus": os.cpu_count(), "load_start": os.getloadavg()[0]}}
    with tempfile.TemporaryDirectory() as td, sync_playwright() as p:
        tmp = Path(td)
        seed_run = tmp / "seeds"
        run(RunConfig(inputs=[ROOT / "data" / "docs" / f"{d}.txt" for d in ("huize-2021", "rongchang-2023", "wujin-2022")],
                      out_dir=seed_run))
        largest, _ = write_review(seed_run, tmp / "huize.html", ["huize-2021"], [ROOT / "eval" / "gold" / "huize-2021.jsonl"])
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        t = time.time()
        results["largest_seed_huize-2021"] = measure(browser, largest, args.repeat)
        results["largest_seed_huize-2021"]["records"] = len(load_run(seed_run, ["huize-2021"])[0].records)
        results["big_1mb_5000_records"] = measure(browser, big_page(tmp, seed_run), args.repeat)
        results["big_1mb_5000_records"]["records"] = 5000
        browser.close()
        results["seconds"] = round(time.time() - t, 1)
    results["machine"]["load_end"] = os.getloadavg()[0]
    Path(args.out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
