"""Normalise stage and its offset map, on small texts."""

import re
from pathlib import Path

import pytest

from extract.mapped import Edit, MappedText
from extract.normalise import canonical, canonical_mapped, is_boilerplate, normalise

DOCS = Path(__file__).resolve().parents[1] / "data" / "docs"


def test_mapped_replace_keeps_map():
    mt = MappedText.identity("abcdef")
    mt = mt.replace_spans([Edit(1, 3, "X"), Edit(4, 4, "YY"), Edit(5, 6, "")])
    assert mt.text == "aXdYYe"
    assert mt.to_orig(1, 2) == (1, 3)  # X came from "bc"
    assert mt.to_orig(2, 3) == (3, 4)  # d
    assert mt.to_orig(0, len(mt)) == (0, 5)  # the deleted "f" is outside
    assert mt.from_orig(1, 3) == (1, 2)
    assert mt.from_orig(0, 1) == (0, 1)


def test_mapped_rejects_overlapping_edits():
    with pytest.raises(ValueError):
        MappedText.identity("abc").replace_spans([Edit(0, 2, "x"), Edit(1, 3, "y")])


def test_traditional_pinyin_and_width_map_back():
    orig = "各鄉(xiāng)(鎮(zhèn))人民政府:到2025年，學前三年毛入園率達到９５％以上。"
    n = normalise(orig)
    assert n.text == "各乡(镇)人民政府:到2025年,学前三年毛入园率达到95%以上。"
    i = n.text.index("95%以上")
    s, e = n.mapped.to_orig(i, i + len("95%以上"))
    assert orig[s:e] == "９５％以上"
    j = n.text.index("乡(镇)")
    s, e = n.mapped.to_orig(j, j + 4)
    assert orig[s:e] == "鄉(xiāng)(鎮(zhèn))"
    assert n.defects["pinyin_annotations"] == 2


def test_pinyin_rule_keeps_real_brackets():
    n = normalise("新(改)建小学5所,执行《方案(试行)》,STEM(steam)课程")
    assert "新(改)建" in n.text and "(试行)" in n.text


def test_lost_chars_replacement_and_control_removed():
    orig = "工作有力??h委成立\ufffd小组\x07。"
    n = normalise(orig)
    assert n.text == "工作有力委成立小组。"
    assert n.defects["lost_char_runs"] == 1 and n.defects["replacement_chars"] == 1


def test_latin_mojibake_fixed_with_map():
    orig = "标题\nCafÃ© 教育工作会议召开\n正文"
    n = normalise(orig)
    assert "Café" in n.text
    i = n.text.index("教育")
    s, e = n.mapped.to_orig(i, i + 2)
    assert orig[s:e] == "教育"


def test_year_range_dash_restored():
    n = normalise("实施方案\n(20232025年)")
    assert "(2023—2025年)" in n.text


@pytest.mark.parametrize("line", [
    "• 首页", "您当前的位置:首页> 政务公开> 内容", "发布日期: 2022-03-07 来源:教育局 浏览次数: 字号:〖大 中 小〗",
    "CopyRight WuJin All Right Reserved 主办单位:常州市武进区人民政府办公室", "扫一扫在手机打开当前页",
    "文章内容来自网络,如有侵权,联系删除", "通知 文化教育",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["一、指导思想", "到2025年,学前三年毛入园率达到95%。", "区教委", "2023年", "序号"])
def test_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_boilerplate_removed_but_offsets_hold():
    orig = "• 首页\n• 政务动态\n\n武进区教育方案\n\n一、目标\n到2024年,建成10所学校。\nCopyRight 2022 主办单位:区政府"
    n = normalise(orig)
    assert n.text == "武进区教育方案\n一、目标\n到2024年,建成10所学校。"
    i = n.text.index("10所")
    s, e = n.mapped.to_orig(i, i + 3)
    assert orig[s:e] == "10所"


def test_canonical_matches_spec():
    assert canonical("學前 三年(nián)") == "学前三年"
    assert canonical("９５％") == "95%"
    mt = canonical_mapped("鄉(xiāng) 村\n學校")
    assert mt.text == "乡村学校"
    assert mt.to_orig(2, 4) == (11, 13)


def test_offsets_valid_on_every_seed(seed_docs):
    for doc in seed_docs:
        n = normalise(doc.text)
        assert n.text and "\n\n" not in n.text
        for m in re.finditer(r"\d+%", n.text):
            s, e = n.mapped.to_orig(m.start(), m.end())
            assert re.sub(r"\s", "", doc.text[s:e]).replace("％", "%") == m.group()


# -- the fast forms of the steps give what the plain forms give --------------------------------

def _nasty_strings(n: int = 4000) -> list[str]:
    import random

    rng = random.Random(5)
    alpha = list("学鄉镇，。、；：“”《》（）()?? \t\u3000\n\r!?！？,.;:abzxiāngzhèn") + [
        "20232025年", "2025年", "首页 > ", "> 政策详情", "来源:", "• ", "版权所有", "CopyRight", "icp备", "\u0130CP备",
        "通知 文化 教育", "\x07", "\u200b", "ÃéCafÃ©", "①", "ｶﾞ", "e\u0301", "豈", "\xa0", "\u2028", "\x85"]
    return ["".join(rng.choice(alpha) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_fast_patterns_match_like_their_plain_forms():
    """The patterns whose look-behind stands after the first character, for a fast scan, find the same
    matches as the plain forms (look-behind first)."""
    import extract.normalise as N

    cjk = N._CJK
    plain = {
        N._PINYIN: re.compile(rf"(?<=[{cjk}])[(（]\s?(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
                              rf"[aeiouv{N._TONED}][a-z{N._TONED}]{{0,4}}\s?[)）]", re.IGNORECASE),
        N._LOST: re.compile(rf"(?<=[{cjk}，。、；：,.;:!?！？”“])\?{{2,}}(?:[A-Za-z](?=[{cjk}]))?"),
        N._YEAR_PAIR: re.compile(r"(?<!\d)(20\d\d)(20\d\d)(?=年)"),
        N._SPACE_BETWEEN_CJK: re.compile(rf"(?<=[{cjk}，。、；：“”《》（）()]) +(?=[{cjk}，。、；：“”《》（）()])"),
    }
    for text in _nasty_strings():
        for fast, slow in plain.items():
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                [(m.span(), m.groups()) for m in slow.finditer(text)], (slow.pattern, text)


def test_candidate_scan_finds_what_the_one_pattern_finds():
    import extract.normalise as N

    for ch in N._candidate_scan().charset_firsts:  # looked for by ``str.find``: no case partners
        same = re.compile(re.escape(ch), re.IGNORECASE)
        assert [c for c in range(0x110000) if same.match(chr(c))] == [ord(ch)], ch

    for text in _nasty_strings() + [(DOCS / "wujin-2022.txt").read_text(encoding="utf-8")]:
        search = N._candidate_scan().finder(text)
        pos = 0
        while pos <= len(text):
            a, b = search(pos), N._CANDIDATE_LINE.search(text, pos)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (text, pos)
            if b is None:
                break
            pos = b.start() + 1


def test_prefilters_decide_exactly():
    """Each cheap test that lets normalise skip a step says yes exactly when the step would change
    something."""
    import extract.normalise as N

    for text in _nasty_strings():
        assert N._has_edge_space(text) == bool(N._EDGE_SPACE.search(text)), text
        assert bool(N._SPACES_TO_CHANGE.search(text)) == any(m.group() != " " for m in N._SPACES.finditer(text))
        assert ("??" in text) or not N._LOST.search(text)
        assert N._YEAR_PAIR_HINT.search(text) or not N._YEAR_PAIR.search(text)
        assert N._strip_newlines(MappedText.identity(text)).text == N._EDGE_NEWLINES.sub("", text)
        assert N._drop_whitespace(MappedText.identity(text)).text == N._WHITESPACE.sub("", text)


def test_whitespace_and_case_tables_cover_every_code_point():
    """``_drop_whitespace`` looks whitespace up in a table that ends at U+3000, and the boilerplate scan
    looks for the Latin markers' first letters among the characters up to U+21FF: nothing beyond either
    bound is whitespace, or a case partner of an ASCII letter."""
    import extract.normalise as N

    letters = re.compile("[a-z]", re.IGNORECASE)
    for c in range(N._LAST_SPACE + 1, 0x110000):
        ch = chr(c)
        assert not N._WHITESPACE.match(ch), hex(c)
        if c > N._LAST_CASE_PARTNER:
            assert not letters.match(ch), hex(c)


def test_canonical_reused_from_normalise():
    """The ground stage's canonical text comes from normalise's own steps when the steps before NFKC
    change nothing; it is what ``canonical_mapped`` gives either way."""
    texts = ["學前 三年(nián)\n到２０２５年,鄉村學校", "a\r\nb 學校", "工作??h委\x07成立", "CafÃ© 教育",
             "鄉(xiāng)\n工作有力??h委成立\n學\u200b校（\n(xiāng)", "學??(\nxiāng)", "學(\n??xiāng)"]
    pages = ["\n".join(_nasty_strings(400)[i::20]) for i in range(20)]  # a few changed lines among many
    for text in texts + _nasty_strings(2000) + pages + [p.replace("\r", "").replace("\u2028", "") for p in pages]:
        n = normalise(text)
        got, want = n.canonical_mapped(text), canonical_mapped(text)
        assert (got.text, list(got.starts), list(got.ends)) == (want.text, list(want.starts), list(want.ends)), text
    assert normalise("學前 三年").canonical_base is not None
    assert normalise("鄉(xiāng)\n工作有力??h委成立\n學\u200b校").canonical_base is not None  # lines done again
    assert normalise("a\r\nb").canonical_base is None


def test_canonical_many_is_canonical_of_each():
    from extract.normalise import canonical_many

    texts = _nasty_strings(3000) + ["百分之", "鄉(", "xiāng)", "e", "\u0301學", "學\ue000校", ""]
    for i in range(0, len(texts), 97):
        chunk = texts[i:i + 97]
        assert canonical_many(chunk) == [canonical(t) for t in chunk]


def test_collapse_blank_lines_is_the_plain_substitution():
    import extract.normalise as N

    for text in _nasty_strings(3000) + ["\n\n", "a\n\n\nb\n", "\n", "", "a\n\nb\n\n"]:
        mt = MappedText.identity(text).sub(N._LOST, "x")  # a map that is not the identity everywhere
        a, b = N._collapse_blank_lines(mt), mt.sub(N._BLANK_LINES, "\n")
        assert (a.text, list(a.starts), list(a.ends)) == (b.text, list(b.starts), list(b.ends)), text


def test_substring_tests_are_the_regex_searches():
    import extract.normalise as N

    for text in _nasty_strings(3000) + [" ", "  ", "\u3000", " \u3000", "(\n", "（\n", "\n)", "\n）", "(", "\n"]:
        assert N._spaces_to_change(text) == bool(N._SPACES_TO_CHANGE.search(text)), text
        assert N._crosses_line(text) == bool(N._CROSSES_LINE.search(text)), text


def test_blank_run_edits_are_the_regex_substitutions():
    """``_edge_space_edits`` and ``_space_run_edits`` (found with ``str.find``) are the edits of
    ``mt.sub(_EDGE_SPACE, "")`` and ``mt.sub(_SPACES, " ")``."""
    import extract.normalise as N

    extra = ["", " ", "\t", "  ", "\u3000", " \n ", "\n\n \t \n", "a \t\n\t b", " a\n", "\t", "a  b\u3000\u3000 c ",
             " \u3000 ", "\u3000 \u3000", "\n \n"]
    for text in _nasty_strings(3000) + extra:
        edge = [(m.start(), m.end(), "") for m in N._EDGE_SPACE.finditer(text)]
        spaces = [(m.start(), m.end(), " ") for m in N._SPACES.finditer(text) if m.group() != " "]
        assert N._edge_space_edits(text) == edge, text
        assert N._space_run_edits(text) == spaces, text


def test_numpy_map_is_the_python_map():
    """``_map_numpy`` (many edits) and ``_map_python`` (few) give the same map, whatever the edits."""
    import random

    rng = random.Random(7)
    for _ in range(500):
        n = rng.randint(1, 300)
        mt = MappedText.identity("x" * n).sub(re.compile("(?<=x)x{3}"), "yy")  # not the identity everywhere
        edits, pos = [], 0
        while True:
            start = pos + rng.randint(0, 5)
            if start >= len(mt.text):
                break
            end = min(len(mt.text), start + rng.randint(1, 4))
            edits.append((start, end, "z" * rng.choice([0, 0, 1, 2, 3, end - start])))
            pos = end
        if edits:
            a, b = mt._map_numpy(edits), mt._map_python(edits)
            assert (list(a[0]), list(a[1])) == (list(b[0]), list(b[1])), edits


def test_one_bracket_pinyin_patterns_find_the_same_annotations():
    """``_pinyin(text)`` (a pattern that opens with one literal bracket when the text holds one kind of
    bracket only) finds the same annotations in ``text`` as ``_PINYIN``, and ``sub`` gives the same text."""
    import extract.normalise as N

    extra = ["鄉(xiāng)（zhèn）", "鄉(xiāng)(zhèn)", "鄉（xiāng）（zhèn）", "中(a)（bā）", "中（a）(bā)", "鄉(\nxiāng)", "鄉( xiāng )"]
    texts = _nasty_strings(3000) + extra
    for text in texts + [t.replace("（", "(") for t in texts] + [t.replace("(", "（") for t in texts]:
        fast = N._pinyin(text)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in N._PINYIN.finditer(text)], text
        assert fast.sub("", text) == N._PINYIN.sub("", text), text
    assert N._pinyin("鄉(xiāng)") is N._PINYIN_ROUND and N._pinyin("鄉（xiāng）") is N._PINYIN_FULL_WIDTH
    assert N._pinyin("(（") is N._PINYIN


def _mojibake_suspects_line_by_line(text: str) -> set[int]:
    """The lines ``_fix_mojibake`` hands to ftfy, by their plain definition: a line with a character of
    ``_MOJIBAKE_CHARS`` once its pinyin annotations are dropped."""
    import extract.normalise as N

    out, pos = set(), 0
    for line in text.split("\n"):
        if N._MOJIBAKE_CHARS.search(N._PINYIN.sub("", line)):
            out.add(pos)
        pos += len(line) + 1
    return out


@pytest.mark.parametrize("one_by_one", [0, 1, 8])
def test_mojibake_suspect_lines_are_the_line_by_line_ones(monkeypatch, one_by_one):
    """``_fix_mojibake`` finds its lines by code point arrays and, past a few of them, drops the text's pinyin
    annotations at once: the same lines as line by line (``_mojibake_lines`` too)."""
    import extract.normalise as N

    monkeypatch.setattr(N, "_MOJIBAKE_LINES_ONE_BY_ONE", one_by_one)
    seen: list[set[int] | None] = []
    monkeypatch.setattr(MappedText, "transform_lines", lambda self, fn, only=None: seen.append(only) or self)
    extra = ["鄉(xiāng)\nÃ©\n鎮(zhèn)é", "Ã©", "\n\nà\n", "鄉(xiāng)\n" * 12 + "×", "鄉(\nxiāng)\n" * 10, "─\n" * 9,
             "\ud800à", "中(a)（bā）\nü", "鄉(xiāng)"]
    for text in _nasty_strings(3000) + ["\n".join(_nasty_strings(40)) for _ in range(30)] + extra:
        expected = _mojibake_suspects_line_by_line(text)
        seen.clear()
        N._fix_mojibake(MappedText.identity(text))
        assert (seen[0] if seen else set()) == expected, text
        lines, starts = N._mojibake_lines(text)
        every = text.split("\n")
        assert lines == [i for i, line in enumerate(every) if N._MOJIBAKE_CHARS.search(line)], text
        assert starts == [sum(len(line) + 1 for line in every[:i]) for i in lines], text


def test_numbered_host_label_alone_over_its_units_is_text():
    # (unitC34) ``一、主办单位:`` alone on its line, its units on the next: the plan's outline, no site footer
    orig = "某某活动方案\n\n一、主办单位:\n\n某市政府。\n\n二、承办单位:\n\n某市体育局、某街道办。\n\n三、活动时间\n\n8月8日上午\n"
    text = normalise(orig).text
    assert "一、主办单位:\n某市政府。\n二、承办单位:\n某市体育局" in text


def test_numbered_host_label_in_a_footer_still_goes():
    orig = "某某活动方案\n\n一、活动时间\n\n8月8日上午\n\n一、主办单位:\n某市政府办公室\n网站标识码:1234\nICP备05012345号"
    assert "主办单位" not in normalise(orig).text
