"""The thirtieth round's machinery (speedA30): ``units.split_units``, ``split_roles`` and ``bare_unit_heading`` memoised
(a page's headings and cells are split again by several readers: two calls in three on the seeds). What the memos must
keep, not how fast they are (speed lives in bench/): the same lists as the plain functions, and each call's lists the
caller's own (a caller that changes one changes no later answer)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extract.normalise import to_simplified
from extract.rules import units

_SEEDS = sorted((Path(__file__).resolve().parent.parent / "data" / "docs").glob("*.txt"))


def _seed_strings() -> list[str]:
    out = []
    for path in _SEEDS:
        t = to_simplified(path.read_text(encoding="utf-8"))
        for line in t.split("\n"):
            out += [line, line.strip(), line[:12], line[-16:], line.split("，")[0]]
    return out


_UNIT_STRINGS = ["甲局、乙委", "教育局牵头,财政局、人社局配合", "牵头:甲局;配合:乙局、丙局", "二、教务处", "(三)后勤服务中心",
                 "县委宣传部县文旅局", "甲局会同乙局", "各县(市、区)政府", "7月8日 甲局", "(五)甲镇、各街道办事处", "东部", "",
                 "某台(新闻频道、交通广播)", "甲局(牵头)", "相关科室和直属单位", "甲局及其下属队", "教育部、国家 卫生健康委"]


@pytest.mark.parametrize("seed", range(2))
def test_perf30_unit_memos_agree(seed):
    rng = random.Random(seed)
    strings = _UNIT_STRINGS + _seed_strings()
    rng.shuffle(strings)
    for s in strings + strings[:500]:  # (the second time from the memo)
        assert units.split_units(s) == units._split_units(s), s
        assert units.bare_unit_heading(s) == units._bare_unit_heading(s), s
        for lead_column in (True, False):
            assert units.split_roles(s, lead_column) == units._split_roles(s, lead_column), s


def test_perf30_unit_memos_hand_out_own_lists():
    cell = "甲局、乙委、丙办"
    first = units.split_units(cell)
    first.append("丁局")
    assert units.split_units(cell) == ["甲局", "乙委", "丙办"]
    lead, resp = units.split_roles("甲局会同乙局")
    lead.clear()
    resp.append("x")
    assert units.split_roles("甲局会同乙局") == (["甲局"], ["乙局"])
    heading = units.bare_unit_heading("二、教务处")
    assert heading == ["教务处"]
    heading.append("y")
    assert units.bare_unit_heading("二、教务处") == ["教务处"]
    assert isinstance(units.split_units(cell), list) and isinstance(units.split_roles(cell), tuple)
