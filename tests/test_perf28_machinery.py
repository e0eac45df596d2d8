"""The twenty-eighth round's machinery (speedA28): cue patterns rewritten so that sre finds their first characters (a
branch that opens with a lookbehind or a class leaves it none, and ``search``/``split`` then try every branch at every
character). Each rewritten pattern against its plain definition, on made-up strings and the seed pages: the same
matches, spans and groups (what it must keep, not how fast it is: speed lives in bench/)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from extract import cues
from extract.rules import text as rtext
from extract.rules import unit_run_headings, year_yardsticks
from extract.rules.target_frames import SENTENCE_END

try:
    from re import _compiler as _sc, _parser as _sp
except ImportError:  # pragma: no cover
    import sre_compile as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

_SEEDS = sorted((Path(__file__).resolve().parent.parent / "data" / "docs").glob("*.txt"))

_PLAIN = {
    "modal": re.compile(cues._MODAL.pattern.replace("料(?<=[局府方署界会]料)", "(?<=[局府方署界会])料")),
    "comparator": re.compile(cues._COMPARATOR.pattern[:cues._COMPARATOR.pattern.index("之内|") + 3]
                             + r"\s(?<=[\u4e00-\u9fff)）]\s)\s*[>≥<≤]\s*$|[>≥<≤](?<=[\u4e00-\u9fff)）][>≥<≤])\s*$)"),
    "year_label": re.compile(r"(?<![高低超多少於于])(?:全年|年度|(?<![今明去上下当當本])年)(?:目标任务|任务目标|目标|任务|计划任务)数?"
                             r"\s*(?:是|为|為)?\s*$"),
    "head_next": re.compile(r"[ \t\u3000]\d{1,2}\s*[.、．](?!\d)|[(（]\d{1,2}[)）]"),
    "sentence_end": re.compile(SENTENCE_END),
}
_FAST = {"modal": cues._MODAL, "comparator": cues._COMPARATOR, "year_label": year_yardsticks._YEAR_TARGET_LABEL,
         "head_next": unit_run_headings._HEAD_NEXT, "sentence_end": rtext._SENT_END}

# the pieces the patterns care about, with filler: the words and signs they read, what their lookarounds test, blanks
_PIECES = ["局料", "料", "府", "界", "将", "约", "有", "3", "12", "要", "计划", "按计划", "政府会", "会议", "不低于", "以上", "以下简称",
           "比例", "率", ")", "）", " ", "\t", "\u3000", "\n", "\x1c", "\xa0", "≥", "<", ">", "≤", "全年", "年度", "年", "今年",
           "高", "超", "目标任务", "任务", "数", "是", "为", "。", "!", "！", "？", "?", "cè)", "ab", "(", "（", "1.", "2、", "．",
           "5", "甲", "乙", "，", "a"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 24))) for _ in range(n)]


def _keys(pattern, text: str):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _agree(name: str, text: str) -> None:
    plain, fast = _PLAIN[name], _FAST[name]
    assert _keys(plain, text) == _keys(fast, text), (name, text)
    assert plain.split(text) == fast.split(text), (name, text)
    for pos in range(0, len(text) + 1, max(1, len(text) // 40)):
        a, b = plain.search(text, pos), fast.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text, pos)


@pytest.mark.parametrize("name", sorted(_PLAIN))
@pytest.mark.parametrize("seed", range(3))
def test_perf28_patterns_agree_on_random_texts(name, seed):
    for t in _random_texts(2000, seed):
        _agree(name, t)


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_perf28_patterns_agree_on_seeds(name):
    for path in _SEEDS:
        t = path.read_text(encoding="utf-8")
        _agree(name, t)
        for line in t.split("\n"):  # the short strings the cues are given
            _agree(name, line)
            _agree(name, line[-16:])


def test_perf28_blanks_are_what_backslash_s_matches():
    assert cues._BLANKS == "".join(c for c in map(chr, range(0x110000)) if re.match(r"\s", c))


@pytest.mark.parametrize("name", sorted(_FAST))
def test_perf28_patterns_give_sre_first_characters(name):
    """The point of the rewrite: sre reads a set of first characters off each (its ``INFO`` charset)."""
    p = _FAST[name]
    assert _sc._get_charset_prefix(_sp.parse(p.pattern, p.flags), p.flags)
    assert not _sc._get_charset_prefix(_sp.parse(_PLAIN[name].pattern, p.flags), p.flags)


def test_perf28_cues_read_as_before():
    """Through the cue functions: made-up clauses keep their decisions."""
    assert cues.ahead_cues("甲料") == [] and cues.ahead_cues("甲局料") == ["modal"] and "modal" in cues.ahead_cues("统计局料将")
    assert cues.commitment_cues("绿地率 ≥ ") == ["comparator"] and cues.commitment_cues("绿地率≥") == ["comparator"]
    assert cues.commitment_cues("3 ≥ ") == []
    assert year_yardsticks.names_year_target("占全年目标任务") and not year_yardsticks.names_year_target("高于年度目标任务")
    assert not year_yardsticks.names_year_target("今年目标任务") and year_yardsticks.names_year_target("比年目标任务")
    assert [s.text for s in rtext.sentences("甲校新建操场2个。乙?cè)校扩建?丙")] == ["甲校新建操场2个", "乙?cè)校扩建", "丙"]
