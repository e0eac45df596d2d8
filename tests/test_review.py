"""The review page of a real run: the text it shows is the source, every grounded record has a
highlight carrying its id at its span, and bad input is a clear error."""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract.cli import main
from extract.errors import UserError
from extract.pipeline import RunConfig, run
from extract.review import segments, write_review

from conftest import SEED_PATHS


class _Marks(HTMLParser):
    """Collect each document's <pre> text and its marks (offset in that text, length, ids)."""

    def __init__(self):
        super().__init__()
        self.docs, self.cur, self.mark = {}, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section" and "data-doc" in a:
            self.cur = a["data-doc"]
            self.docs[self.cur] = {"text": "", "marks": []}
            self._in_pre = False
        elif tag == "pre":
            self._in_pre = True
        elif tag == "mark" and self.cur:
            self.mark = {"at": len(self.docs[self.cur]["text"]), "id": a["data-record-id"],
                         "ids": a["data-ids"].split(), "start": int(a["data-start"])}

    def handle_endtag(self, tag):
        if tag == "mark" and self.mark:
            self.mark["end"] = len(self.docs[self.cur]["text"])
            self.docs[self.cur]["marks"].append(self.mark)
            self.mark = None
        elif tag == "pre":
            self._in_pre = False

    def handle_data(self, data):
        if self.cur and getattr(self, "_in_pre", False):
            self.docs[self.cur]["text"] += data


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    out = tmp_path_factory.mktemp("review")
    run(RunConfig(inputs=[Path(p) for p in SEED_PATHS], out_dir=out))
    page = write_review(out)
    return out, page


def test_page_shows_the_source_and_every_record_at_its_span(review):
    out, page = review
    h = page.read_text(encoding="utf-8")
    assert "<script src=" not in h and "http://" not in h.split("<script")[0]  # self-contained
    parser = _Marks()
    parser.feed(h)
    records = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    for doc_id in {r["doc"] for r in records}:
        src = next(Path(p) for p in SEED_PATHS if Path(p).stem == doc_id).read_text(encoding="utf-8")
        shown = parser.docs[doc_id]
        assert shown["text"] == src  # the text the spans index, line breaks and all
        for m in shown["marks"]:
            assert m["at"] == m["start"]
        covered = {}
        for m in shown["marks"]:
            for rid in m["ids"]:
                covered.setdefault(rid, []).append((m["start"], m["end"]))
        for r in (r for r in records if r["doc"] == doc_id):
            parts = sorted(covered[r["id"]])
            assert parts[0][0] == r["span"]["start"] and parts[-1][1] == r["span"]["end"], r["id"]
            assert "".join(src[a:b] for a, b in parts) == r["quote"]


def test_segments_nest_innermost_first():
    recs = [{"id": "outer", "start": 0, "end": 10, "grounding": "exact"},
            {"id": "inner", "start": 2, "end": 4, "grounding": "exact"},
            {"id": "lost", "start": None, "end": None, "grounding": "not_found"}]
    assert segments("0123456789", recs) == [(0, 2, ["outer"]), (2, 4, ["inner", "outer"]), (4, 10, ["outer"])]


def test_cli_and_errors(review, tmp_path, capsys):
    out, _ = review
    target = tmp_path / "page.html"
    assert main(["review", "--run", str(out), "--doc", "wujin-2022", "--out", str(target)]) == 0
    assert 'data-doc="wujin-2022"' in target.read_text(encoding="utf-8")
    assert 'data-doc="huize-2021"' not in target.read_text(encoding="utf-8")
    with pytest.raises(UserError, match="no extract.db"):
        write_review(tmp_path / "nothing")
    with pytest.raises(UserError, match="no document nope"):
        write_review(out, doc_ids=["nope"])
