"""The dev tool ``tools/relayout_tables.py``: its layouts and its comparison, on made-up texts."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import relayout_tables as R  # noqa: E402

HEADER = ["单位", "新建书屋(个)", "培训人次(人)"]
ROWS = [["东山镇", "3", "120"], ["西山镇", "2", "80"]]


def test_write_layouts():
    assert R.write("pipe", HEADER, ROWS).split("\n")[1] == "东山镇 | 3 | 120"
    assert R.write("tab", HEADER, ROWS).split("\n")[2] == "西山镇\t2\t80"
    assert R.write("spaced", HEADER, ROWS).split("\n")[0] == "单位  新建书屋(个)  培训人次(人)"
    assert R.write("cells", HEADER, ROWS).split("\n") == HEADER + ROWS[0] + ROWS[1]


def test_source_layout():
    assert R.source_layout("a | b\nc | d") == "pipe"
    assert R.source_layout("a\tb\nc\td") == "tab"
    assert R.source_layout("单位\n书屋\n东山镇\n3") == "cells"
    assert R.source_layout("单位 书屋\n东山镇 3\n西山镇 2") == "spaced"


def test_allocation_table_kept_in_every_layout():
    text = "某县2031年书屋任务分配表\n" + R.write("cells", HEADER, ROWS) + "\n以上任务请各镇抓好落实。\n"
    rows = R.compare("t", text)
    assert {r["target"] for r in rows} == set(R.LAYOUTS)
    for r in rows:
        assert r["source"] == "cells" and r["records"] == 4
        assert (r["target"], r["kept"], r["added"]) == (r["target"], 4, 0)


def test_lost_records_are_counted():
    # a table the readers parse, whose records one layout would lose, counts them as lost: records are compared by
    # value, unit, comparator and year only
    before = R.Counter({("target", 3.0, "个", "=", None): 1, ("target", 2.0, "个", "=", None): 1})
    after = R.Counter({("target", 3.0, "个", "=", None): 1})
    assert sum((before & after).values()) == 1
