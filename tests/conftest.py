"""Shared fixtures. Tiers: fast unit tests on small texts (default); end-to-end on the seed
documents (marked ``slow``, still run by default: they take about a second); ``live`` tests talk
to a real LLM server or load a large model and are excluded unless asked for (``-m live``)."""

from pathlib import Path

import pytest

from extract.ingest import read_document

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "data" / "docs"
SEED_IDS = ("rongchang-2023", "huize-2021", "wujin-2022")
SEED_PATHS = [str(DOCS / f"{d}.txt") for d in SEED_IDS]  # data/docs/wild holds the wild corpus


@pytest.fixture(scope="session")
def seed_docs():
    return [read_document(DOCS / f"{d}.txt") for d in SEED_IDS]


import sys as _sys

_sys.path.insert(0, str(Path(__file__).parent))  # tests/openai_stub.py, the local fault server
