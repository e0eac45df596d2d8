"""The thirtieth round's machinery (speedA30). What each shortcut must keep, not how fast it is (speed lives in bench/):

* ``scan.StartSub``: ``sub`` of a pattern that can only match at the text's start, a ``match`` first (``re`` tries ``^``
  at every character before it gives up): the same text as the plain ``sub``, for every pattern given one;
* ``units.split_units``, ``split_roles`` and ``bare_unit_heading`` memoised: the same lists as the plain functions, and
  each call's lists the caller's own (a caller that changes one changes no later answer).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from extract.normalise import to_simplified
from extract.rules import (figure_frames, goal_clausal_titles, goal_date_cues, goal_heading_parts, label_values,
                           overview_headings, recounts, report_parts, target_forms, target_status, targets, unit_lists,
                           units)
import extract.rules as rules_pkg
from extract.rules.scan import StartSub, opens_at_start

_SEEDS = sorted((Path(__file__).resolve().parent.parent / "data" / "docs").glob("*.txt"))

# every ``StartSub`` of the rules, by module and name (the plain pattern is the name without ``_AT_START``)
_STARTS = {(mod.__name__, name): obj for mod in (figure_frames, goal_clausal_titles, goal_date_cues, goal_heading_parts,
                                                 label_values, overview_headings, recounts, report_parts, target_forms,
                                                 target_status, targets, unit_lists, rules_pkg)
           for name, obj in vars(mod).items() if isinstance(obj, StartSub)}

_PIECES = ["(一)", "（二）", "1.", "2、", "12．", "三、", "一是", " ", "\u3000", "\n", "到", "2031年", "年底", "每年", "全年",
           "新增", "建成", "并", "甲局", "乙校", "以上", "左右", "其中", ":", "：", "自", "从", "2029年", "列入", "以来", "，", "。",
           "牵头", "负责", "3", "5", "所", "个", "学位", "“十四五”期间", "及以上", "含", "各", "区", "a"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16))) for _ in range(n)]


def _seed_strings() -> list[str]:
    out = []
    for path in _SEEDS:
        t = to_simplified(path.read_text(encoding="utf-8"))
        for line in t.split("\n"):
            out += [line, line.strip(), line[:12], line[-16:], line.split("，")[0]]
    return out


def test_perf30_start_subs_found():
    assert len(_STARTS) >= 16  # (the rules' fifteen anchored ``sub`` sites at the round's end)


def test_perf30_opens_at_start():
    assert opens_at_start(re.compile(r"^a")) and opens_at_start(re.compile(r"^a|^b")) and opens_at_start(re.compile(r"\Aa"))
    assert opens_at_start(re.compile(r"(?:^a|^b)c")) and opens_at_start(re.compile(r"(^a)"))
    assert not opens_at_start(re.compile(r"a|^b")) and not opens_at_start(re.compile(r"(?m)^a"))
    assert not opens_at_start(re.compile(r"(?:^)?a")) and not opens_at_start(re.compile(r"x^"))
    with pytest.raises(ValueError):
        StartSub(re.compile(r"a|^b"))


@pytest.mark.parametrize("key", sorted(_STARTS))
def test_perf30_start_sub_is_the_plain_sub(key):
    fast = _STARTS[key]
    assert opens_at_start(fast.pattern)
    texts = _random_texts(3000, hash(key) % 1000) + _seed_strings()
    for t in texts:
        for repl in ("", "□"):
            assert fast.sub(repl, t) == fast.pattern.sub(repl, t), (key, t)
            assert fast.sub(repl, t, count=1) == fast.pattern.sub(repl, t, count=1), (key, t)


def test_perf30_start_sub_sites_use_their_patterns():
    """Each ``X_AT_START`` wraps the module's own ``X`` (the name the call sites used before)."""
    for (mod_name, name), fast in _STARTS.items():
        mod = __import__(mod_name, fromlist=["_"])
        assert name.endswith("_AT_START") and getattr(mod, name[:-len("_AT_START")]) is fast.pattern


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


# -- ``cues.title_reports_past``: the report title's pattern run only on a title holding one of its words --------------
def _top_level_branches(source: str) -> list[str]:
    out, depth, cur, i = [], 0, "", 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            cur += source[i:i + 2]
            i += 2
            continue
        if ch == "[":  # a class, whole (its brackets and bars are members)
            j = source.index("]", i + 2)
            cur += source[i:j + 1]
            i = j + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    return out + [cur]


def test_perf30_report_title_words_cover_every_branch():
    from extract import cues
    src = cues._REPORT_TITLE.pattern
    assert src.startswith("(") and ")\\s*[(（]?" in src
    inner = src[1:src.index(")\\s*[(（]?")]
    branches = _top_level_branches(inner)
    assert len(branches) == 22
    for b in branches:
        assert any(w in b for w in cues._REPORT_TITLE_WORDS), b


_TITLE_PIECES = ["2031年", "全县", "教育", "工作", "总结", "公报", "成就", "回顾", "成果綜述", "成效", "完成情况", "办理", "情况",
                 "总体情况", "进展", "落实", "通报", "汇报", "公示", "年度", "报告", "終期評估", "规划", "(", ")", "（", "）", " ", "\n",
                 "。", "，", "12", "甲", "乙局", "的"]


@pytest.mark.parametrize("seed", range(3))
def test_perf30_title_reports_past_as_plain(seed):
    from extract import cues
    rng = random.Random(seed)
    titles = ["".join(rng.choice(_TITLE_PIECES) for _ in range(rng.randint(0, 10))) for _ in range(4000)]
    for t in titles + _seed_strings():
        plain = bool(cues._REPORT_TITLE.search(t.strip())) and not cues.is_column_head(t)
        assert cues.title_reports_past(t) == plain, t
