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
