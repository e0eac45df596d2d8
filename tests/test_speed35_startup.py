"""speedB35: what the command line's start-up imports, and the forkserver let go at the end of a run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _fresh(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout


def test_the_parser_does_not_import_the_search_index():
    """Every command builds the whole parser: the search package's index (numpy, the embedder's modules) waits for
    a search command."""
    out = _fresh("import sys, extract.cli; extract.cli.build_parser(); "
                 "print('extract.search.index' in sys.modules, 'numpy' in sys.modules)")
    assert out.split() == ["False", "False"]


def test_the_search_package_still_gives_its_names():
    out = _fresh("import extract.search as s; from extract.search import SearchIndex, build_items, FAISS_FILE; "
                 "from extract.search.index import SearchIndex as direct; "
                 "print(SearchIndex is direct, s.group_by_region.__module__, sorted(s.__all__) == sorted(dir(s)) or "
                 "set(s.__all__) <= set(dir(s)))")
    assert out.split() == ["True", "extract.search.index", "True"]


def test_an_unknown_name_is_an_attribute_error():
    import extract.search

    try:
        extract.search.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_a_released_forkserver_ends_with_its_workers_and_a_later_engine_starts_another():
    out = _fresh(r"""
import os, time, multiprocessing.forkserver as fs
from extract.engine import START_METHOD, ProcessEngine, release_forkserver
if START_METHOD != "forkserver":
    print("skip"); raise SystemExit
print(release_forkserver())                      # no server yet: nothing to release
engine = ProcessEngine(2)
print(sorted(r for _, r in engine.map(abs, [-1, -2, -3])))
server = fs._forkserver._forkserver_pid
engine.retire()
print(release_forkserver(), release_forkserver())  # once
engine.close()
deadline = time.monotonic() + 10
while os.path.exists(f"/proc/{server}") and time.monotonic() < deadline:
    time.sleep(0.05)
print(not os.path.exists(f"/proc/{server}"))       # gone (and reaped) while this process lives on
with ProcessEngine(2) as again:
    print(sorted(r for _, r in again.map(abs, [-4, -5])), fs._forkserver._forkserver_pid != server)
""")
    if out.strip() == "skip" or not Path("/proc/self").exists():
        import pytest

        pytest.skip("no forkserver or no /proc here")
    assert out.split("\n")[:5] == ["False", "[1, 2, 3]", "True False", "True", "[4, 5] True"]


def test_the_command_line_releases_its_forkserver_and_writes_the_same_records(tmp_path):
    """A whole ``extract run --workers 2`` (the server let go before records.jsonl) against ``--workers 1``."""
    docs = tmp_path / "docs"
    docs.mkdir()
    seed = sorted((Path(__file__).resolve().parents[1] / "data" / "docs").glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    for i in range(4):
        (docs / f"d{i}.txt").write_text(text[i * 2000:(i + 1) * 2000 + 3000], encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=SRC)
    outs = []
    for w in ("1", "2"):
        out = tmp_path / f"w{w}"
        subprocess.run([sys.executable, "-m", "extract.cli", "run", str(docs), "--out", str(out), "--workers", w],
                       capture_output=True, env=env, check=True, timeout=120)
        outs.append((out / "records.jsonl").read_bytes())
    assert outs[0] == outs[1] and outs[0]
