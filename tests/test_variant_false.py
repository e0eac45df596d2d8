"""The dev tool ``tools/variant_false.py``: false records a layout variant gains over the original, on made-up texts."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import layout_variants as L  # noqa: E402
import variant_false as V  # noqa: E402
from extract.data import Document  # noqa: E402

TEXT = ("柳岸乡2031年道路养护要点\n一、养护目标\n全乡硬化村道18公里。\n二、保障措施\n"
        "维修桥涵4座。\n")


def goal(quote: str) -> dict:
    return {"doc": "t", "type": "goal", "quote": quote, "text": quote, "target_year": None}


def fake_predict(doc: Document) -> list[dict]:
    """A stand-in reader: a false goal on the original's heading in any layout; on a text whose heading is not
    numbered 一、 a second false goal."""
    out = [goal("养护目标")]
    if "一、养护目标" not in doc.text:
        out.append(goal("维修桥涵4座"))
    return out


def test_gained_false_keeps_only_what_the_variant_adds(monkeypatch):
    monkeypatch.setattr(L, "predict", fake_predict)
    doc = Document(doc_id="t", path="t", text=TEXT, encoding="utf-8", sha256=Document.hash_text(TEXT))
    out = V.gained_false(doc, [goal("全乡硬化村道18公里")], ["numbering", "s2t", "table_pipe"])
    # the heading's false goal is on both sides: not gained; the second one only on the renumbered text
    assert [(r["type"], r["kind"], r["quote"]) for r in out["numbering"]] == [("goal", "fp", "维修桥涵4座")]
    assert out["table_pipe"] == []  # no table: the variant does not change the text


def test_key_ignores_white_space():
    assert V.key("goal", "维修 桥涵\n4座") == V.key("goal", "维修桥涵4座")
    assert V.key("goal", "维修桥涵4座") != V.key("numeric_target", "维修桥涵4座")
