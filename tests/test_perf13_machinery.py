"""The thirteenth round's machinery (perf13): each faster form against its plain definition, on made-up strings
(what it must keep, not how fast it is: speed lives in bench/)."""

from __future__ import annotations

import random
import re

import pytest

from extract.rules import goals
from extract.rules.unit_flat import _PINYIN, _blank_gap

# the patterns as they stood before perf13 moved their lookbehinds after their first character
_PLAIN = {
    "_ROC_YEAR": re.compile(r"(?<![\d.第近约逾校满])(?<!\d[,，])(1[01]\d)\s*(?=(?:学年度|学年|年度|年)(?![来以多间左之历])|"
                            r"[-—–~至到]\s*1[01]\d\s*(?:学年度|学年|年度|年))"),
    "_THIS_ROC_YEAR": re.compile(r"(?<=[今明][(（])1[0-4]\d(?=[)）]\s*年)"),
    "_CN_YEAR": re.compile(r"(?<![一二三四五六七八九十〇○零百千万])(二[〇○零][〇○零一二三四五六七八九]{2})(?=\s*(?:年|学年|至|/|／|-|—))"),
}
# pieces of the texts the patterns look for, and a few characters around them
_PIECES = ["1", "10", "11", "110", "113", "131", "2", "0", ".", ",", "，", "第", "近", "约", "逾", "校", "满", "今", "明", "(",
           "（", ")", "）", "年", "学年", "学年度", "年度", "来", "以", "多", "间", "-", "—", "~", "至", "到", "/", " ", "二",
           "二〇", "二○", "二零", "〇", "三五", "二四", "十", "百", "甲", "的", "今(", "明（", "113)年",
           "120）年", "99)年", "二〇三五", "二零三二"]


def _spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), [m.span(g) for g in range(pattern.groups + 1)]) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_a_lookbehind_after_the_first_character_finds_the_same(name: str) -> None:
    plain, fast = _PLAIN[name], getattr(goals, name)
    assert fast.groups == plain.groups and fast.groupindex == plain.groupindex
    rng = random.Random(13)
    texts = ["今(113)年底", "明（115）年", "111学年度新建", "第110年", "约110年", "1,110年", "2,110年", "(131-134年)",
             "二〇三五年", "十二〇二五年", "二零三二/三三学年", "到二○二四至二五年度", "110年来", "x110年"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16))) for _ in range(6000)]
    assert sum(plain.search(text) is not None for text in texts) > 50  # (the random texts hold matches too)
    for text in texts:
        assert _spans(fast, text) == _spans(plain, text), text
        for pos in range(0, len(text), 7):  # a search from a later place: the lookbehinds still see before it
            a, b = plain.search(text, pos), fast.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)
        assert fast.sub("#", text) == plain.sub("#", text)


def _plain_blank_gap(original: str, start: int, prev_end: int) -> bool:
    gap = original[prev_end:start]
    if not gap.strip():
        return True
    if "(" not in gap and "（" not in gap:
        return False
    rest = _PINYIN.sub("", original[prev_end - 1:start])[1:]
    return rest != gap and bool(rest) and not rest.strip()


def test_a_gap_without_a_blank_skips_the_annotation_pattern_and_answers_the_same() -> None:
    rng = random.Random(13)
    pieces = ["號", "指", "(hào)", "（hào）", "(zhǐ)", " ", "\u3000", "\t", "(", ")", "a", "标", "(ab", "）"]
    for _ in range(5000):
        original = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for prev_end in range(len(original) + 1):
            for start in range(prev_end, min(len(original), prev_end + 12) + 1):
                assert _blank_gap(original, start, prev_end) == _plain_blank_gap(original, start, prev_end), \
                    (original, start, prev_end)
