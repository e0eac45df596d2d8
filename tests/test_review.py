"""The review page of a real run: the text it shows is the source, every grounded record has a
highlight carrying its id at its span, and bad input is a clear error."""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract.cli import main
from extract.errors import UserError
from extract.pipeline import RunConfig, run
from extract.review import attach_gold, build_page, load_run, segments, write_review

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
    page, _ = write_review(out)
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
    spans = [(0, 10, "outer"), (2, 4, "inner"), (5, 5, "empty")]
    assert segments("0123456789", spans) == [(0, 2, ["outer"]), (2, 4, ["inner", "outer"]), (4, 10, ["outer"])]


def test_gold_diff_marks_true_false_positives_and_missed_gold(review, tmp_path):
    """Gold made from the run itself, minus one record, plus one changed and one added: the page's
    diff says so, with the same matching as ``extract eval``."""
    out, _ = review
    records = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    doc = "wujin-2022"
    mine = [r for r in records if r["doc"] == doc]
    targets = [r for r in mine if r["type"] == "numeric_target"]
    dropped, changed = targets[0], targets[1]
    gold = [dict(r) for r in mine if r is not dropped]
    for g in gold:
        if g["id"] == changed["id"]:
            g["comparator"] = "<=" if changed["comparator"] != "<=" else ">="
    src = Path(next(p for p in SEED_PATHS if doc in p)).read_text(encoding="utf-8")
    extra_quote = src[src.index("2024"):src.index("2024") + 12]
    gold.append({"doc": doc, "type": "goal", "quote": extra_quote, "text": extra_quote, "target_year": None})
    gpath = tmp_path / "gold.jsonl"
    gpath.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    docs = load_run(out, [doc])
    counts = attach_gold(docs, [gpath])
    d = docs[0]
    by_id = {r["id"]: r for r in d.records}
    assert by_id[dropped["id"]]["diff"] == "fp"
    assert by_id[changed["id"]]["diff"] == "tp"
    assert by_id[changed["id"]]["gold_fields"] == {"comparator": [gold[[g["id"] for g in gold[:-1]].index(changed["id"])]["comparator"], changed["comparator"]]}
    assert counts["fp"] >= 1 and counts["fn"] >= 1
    missed = [m for m in d.missed if m["quote"] == extra_quote]
    assert missed and src[missed[0]["start"]:missed[0]["end"]] == extra_quote
    page = build_page(docs, out, has_gold=True)
    assert 'class="t-goal d-fn"' in page and "d-fp" in page


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
