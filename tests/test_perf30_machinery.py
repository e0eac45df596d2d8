"""The thirtieth round's machinery (speedA30): ``units.split_units``, ``split_roles`` and ``bare_unit_heading`` memoised
(a page's headings and cells are split again by several readers: two calls in three on the seeds), and two pure tests
asked again of the same text (``wrapped_lines.print_width``: a page's lines, by each reader of its wrap widths;
``text.has_past_marker``: a sentence, for each of its numbers; ``reply_frames.is_reply_page``, ``goal_scopes.told_page_year``,
``goal_page_dates.told_date_year``: a page, by several readers). What the memos must keep, not how fast they are (speed
lives in bench/): the same answers as the plain functions, and each call's lists the caller's own (a caller that changes
one changes no later answer)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extract.normalise import to_simplified
from extract.rules import goal_page_dates, goal_scopes, reply_frames, text as rtext, units, wrapped_lines

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



_PAST_PIECES = ["已", "已经", "累计完成", "5年来", "2019年以来", "较2020年", "近三年", "去年", "新增了", "1-6月", "3月份已", "，上半年，",
                "甲", "乙校", "。", "\n", " ", "2", "0", ".", "年", "月", "来", "以来", "将", "新建", "所", "%", "ａ", "Ｂ", "\t"]


@pytest.mark.parametrize("seed", range(2))
def test_perf30_pure_test_memos_agree(seed):
    rng = random.Random(seed)
    texts = ["".join(rng.choice(_PAST_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(3000)] + _seed_strings()
    rtext.has_past_marker.cache_clear()
    wrapped_lines.print_width.cache_clear()
    for t in texts + texts[:800]:  # (the second time from the memo)
        assert rtext.has_past_marker(t) == rtext.has_past_marker.__wrapped__(t), t
        assert wrapped_lines.print_width(t) == wrapped_lines.print_width.__wrapped__(t), t
    assert rtext.has_past_marker.cache_info().hits > 0 and wrapped_lines.print_width.cache_info().hits > 0
    assert wrapped_lines.print_width("2031年增加10所") == 14



_PAGE_PIECES = ["关于增设公交站点的建议的答复", "您提出的关于加快建设的建议收悉,现答复如下", "县交通局回复:", "回复内容:", "——2031年1月6日在全县大会上",
                "03.03.2031 17:33", "某网消息(记者 某某)2031年1月9日,", "2030年度某市实事项目顺利完成", "2031年地方两会释放哪些民生信号",
                "新建学校3所。", "甲局", "\n", "\n\n", "。", "，", "2031年", "提案", "交由某局办理", "会办", "|"]


@pytest.mark.parametrize("seed", range(2))
def test_perf30_page_test_memos_agree(seed):
    rng = random.Random(seed)
    pages = ["".join(rng.choice(_PAGE_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(1500)]
    pages += [to_simplified(p.read_text(encoding="utf-8")) for p in _SEEDS]
    for fn in (reply_frames.is_reply_page, goal_scopes.told_page_year, goal_page_dates.told_date_year):
        fn.cache_clear()
        for page in pages + pages[-20:]:
            assert fn(page) == fn.__wrapped__(page), (fn.__name__, page[:80])
        assert fn.cache_info().hits > 0
