"""tools/target_variant.py: the training variants change ``fit`` only as documented."""

import importlib.util
import sys
from pathlib import Path

import pytest

from extract.learn import Row

TOOLS = Path(__file__).resolve().parents[1] / "tools"


@pytest.fixture(scope="module")
def tv():
    sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location("target_variant", TOOLS / "target_variant.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows() -> list[Row]:
    out = []
    for i in range(12):
        y = i % 2 == 0
        feats = ["hand=T" if y else "hand=F", "hand:target_verb" if y else "hand:bare", "role=plan" if y else "role=report",
                 "b:建"]
        out.append(Row(doc=f"d{i}", features=feats, label=y, hand=y, hard=False, past=False, weak=False, value=1.0,
                       unit="所", indicator="", quote="", cues=()))
    return out


def test_nohand_drops_the_hand_decision_features(tv):
    base = tv.make_fit("base")(_rows(), c=1.0)
    nohand = tv.make_fit("nohand")(_rows(), c=1.0)
    assert any(k.startswith("hand") for k in base.weights)
    assert not any(k.startswith(("hand=", "hand:")) for k in nohand.weights)
    assert "role=plan" in nohand.weights


def test_c10_fits_with_ten_times_the_c(tv, monkeypatch):
    seen = []
    monkeypatch.setattr(tv, "_FIT", lambda rows, c=1.0, **kw: seen.append(c))
    tv.make_fit("c10")(_rows(), c=0.3)
    tv.make_fit("base")(_rows(), c=0.3)
    assert seen == [pytest.approx(3.0), 0.3]
