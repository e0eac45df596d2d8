"""Normalise stage and its offset map, on small texts."""

import re

import pytest

from extract.mapped import Edit, MappedText
from extract.normalise import canonical, canonical_mapped, is_boilerplate, normalise


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
