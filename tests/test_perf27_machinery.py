"""The twenty-seventh round's machinery (speedA27): each faster form against its plain definition, on made-up strings
and the seed pages (what it must keep, not how fast it is: speed lives in bench/)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extract.rules import reply_frames, unit_goal_phrasings, unit_role_appositions as ura

_SEEDS = sorted((Path(__file__).resolve().parent.parent / "data" / "docs").glob("*.txt"))
# the pieces the patterns care about, with filler: openers, blanks, the apposition's words and the characters a unit
# may not hold
_PIECES = ["作为", "作", "为", "牵头", "责任", "配合", "单位", "部门", "某局", "县住建局", "甲", "乙委", "。", "，", ",", ":", "：",
           "\n", " ", "\t", "\u3000", "、", "“", "(", "的", "由", "将", "会同", "负责", "统筹推进", "工作", "；", "！", "?",
           "作为牵头单位", "作为责任部门", "作为配合单位，", "作为实施部门将", "作为主管单位开展"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def _spans(ms):
    return [(m.start(), m.end(), m.groupdict()) for m in ms]


@pytest.mark.parametrize("seed", range(4))
def test_perf27_apposition_matches_agree_on_random_texts(seed):
    for t in _random_texts(3000, seed):
        assert _spans(ura.apposition_matches(t)) == _spans(ura._APPOSITION.finditer(t)), t


def test_perf27_apposition_matches_agree_on_seeds():
    for path in _SEEDS:
        t = path.read_text(encoding="utf-8")
        assert _spans(ura.apposition_matches(t)) == _spans(ura._APPOSITION.finditer(t))
