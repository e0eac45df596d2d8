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


def _plain_preview_lines(text, goals):
    out, pos = [], 0
    for line in text[:unit_goal_phrasings._PREVIEW_HEAD].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if len(line) < unit_goal_phrasings._PREVIEW_MIN:
            continue
        if sum(1 for ga, gb in goals if ga >= b and gb - ga >= 8 and text.find(text[ga:gb], a, b) >= 0) >= 2:
            out.append((a, b))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_perf27_preview_lines_agree(seed):
    rng = random.Random(seed)
    words = ["甲县新建幼儿园12所", "乙区改造学校8所", "全面提升教育质量", "。", "\n", "某某"]
    for _ in range(300):
        body = "".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        head = "".join(rng.choice(words[:3] + ["。"]) for _ in range(rng.randint(0, 12)))
        text = head + "\n" + body
        goals = sorted((a, a + rng.randint(0, 20)) for a in (rng.randrange(len(text) + 1) for _ in range(rng.randint(0, 8))))
        for w in words[:3]:  # goals that copy a word of the head
            if (k := body.find(w)) >= 0:
                goals.append((len(head) + 1 + k, len(head) + 1 + k + len(w)))
        assert unit_goal_phrasings._preview_lines(text, goals) == _plain_preview_lines(text, goals)


def test_perf27_reply_page_agrees():
    plain = lambda t: (reply_frames.answers_proposal(t[:800]) or reply_frames._REPLY_LABEL.search(t[:800]) is not None
                       or reply_frames._HANDED_OVER.search(t[:800]) is not None
                       or any(len(ln) <= 90 and "。" not in ln and "|" not in ln and reply_frames._HEAD_REPLY.search(ln)
                              for ln in t[:800].split("\n")))
    rng = random.Random(7)
    pieces = ["关于", "增设公交站点的", "建议", "的答复", "提案", "会办函", "。", "\n", "|", "回复", "甲" * 50, "某局"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert reply_frames.is_reply_page(t) == bool(plain(t)), t


@pytest.mark.parametrize("seed", range(3))
def test_perf27_title_and_duty_heading_prefilters(seed):
    """A text the prefilter finds nothing in holds no match of the full pattern (the prefilter is a part of it)."""
    from extract.rules import unit_bare_titles as ubt, unit_duty_headings as udh

    rng = random.Random(seed)
    pieces = ["某县水利局", "。", "负责", "主要", "负责人", " ", "\u3000", "\n", "2.", "(一)", "指挥部", "职责", "责任", "的", "，",
              "甲", "学校", "職責"]
    seen = [0, 0, 0]
    for _ in range(4000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        if ubt._STOP_THEN_DUTY.search(t) is None:
            assert ubt._UNMARKED_TITLE.search(t) is None and ubt._TITLE_LINE.search(t) is None, t
        else:
            seen[0] += ubt._TITLE_LINE.search(t) is not None
        if udh._DUTY_LINE_END.search(t) is None:
            assert udh._PARTY_DUTY_HEADING.search(t) is None, t
        else:
            seen[1] += udh._PARTY_DUTY_HEADING.search(t) is not None
    assert seen[0] and seen[1]  # (the random texts do hold matches)
