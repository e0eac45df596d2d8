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
from extract.rules import (goal_page_dates, goals, reply_frames, report_parts, result_columns, target_frames,
                           target_number_forms, unit_run_headings, year_yardsticks)
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
    "joined_value": re.compile(r"\d+(?:\.\d+)?\s*(?:%|‰|[万亿千]?[\u4e00-\u9fff]{0,2}?)\s*(?:和|及|与|、)\s*$"),
    "ratio_head": re.compile(r"(?<![\d.:：∶])1\s*[:：∶]\s*$"),
    "speech_dateline": re.compile(r"[—-]{1,2}\s*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。\n]{2,40}?(?:会议|大会)上"),
    "report_title": re.compile(cues._REPORT_TITLE.pattern.replace("成果綜述|成效綜述|工作綜述|成果综述|成效综述|工作综述|",
                                                                  "(?:成果|成效|工作)綜述|(?:成果|成效|工作)综述|")),
    "trailing_stamp": re.compile(r"\s+(?:20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
                                 r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"),
    "done_review": re.compile(r"回顾|回顧|总结|總結|成就|成效|成绩|成績|亮点|亮點|已取得|(?:完成|进展|進展|开展|開展|落实|落實|执行|執行)情况"),
    "spaces": re.compile(r"\s+"),
    "result_spaces": re.compile(r"\s+"),
    "head_reply": re.compile(f"{reply_frames._PROPOSAL}[^。!！?？\\n]{{0,40}}?{reply_frames._REPLY}"
                             f"|{reply_frames._REPLY}[^。!！?？\\n]{{0,40}}?{reply_frames._PROPOSAL}"),
}
_FAST = {"modal": cues._MODAL, "comparator": cues._COMPARATOR, "year_label": year_yardsticks._YEAR_TARGET_LABEL,
         "head_next": unit_run_headings._HEAD_NEXT, "sentence_end": rtext._SENT_END,
         "joined_value": target_frames._JOINED_VALUE, "ratio_head": target_number_forms._RATIO_HEAD,
         "speech_dateline": goal_page_dates._SPEECH_DATELINE, "report_title": cues._REPORT_TITLE,
         "trailing_stamp": goals._TRAILING_STAMP, "done_review": report_parts._DONE_REVIEW, "spaces": cues._SPACES,
         "result_spaces": result_columns._SPACES, "head_reply": reply_frames._HEAD_REPLY}

# the pieces the patterns care about, with filler: the words and signs they read, what their lookarounds test, blanks
_PIECES = ["局料", "料", "府", "界", "将", "约", "有", "3", "12", "要", "计划", "按计划", "政府会", "会议", "不低于", "以上", "以下简称",
           "比例", "率", ")", "）", " ", "\t", "\u3000", "\n", "\x1c", "\xa0", "≥", "<", ">", "≤", "全年", "年度", "年", "今年",
           "高", "超", "目标任务", "任务", "数", "是", "为", "。", "!", "！", "？", "?", "cè)", "ab", "(", "（", "1.", "2、", "．",
           "5", "甲", "乙", "，", "a", "0.5", "万", "%", "和", "、", "1:", "1：", "∶", "—", "-", "——", "2029年", "3月", "12日",
           "在", "全县大会上", "会议", "成效", "成果綜述", "工作综述", "总结", "办理情况", "（", "2028-6-1", " 9:30", "号", "〔2027〕", "进展情况", "落實情况", "已取得", "情况", "  ", "建议", "議案", "答复", "会办", "办理结果", "回复", "诉求"]


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


# -- PAST_MARKERS tried at its opening characters (``OpeningScan(…, categories=True)``) --------------------------------
_PAST_PIECES = ["已", "已经", "累计完成", "5年来", "12年多以来", "3.5年来", "2019年以来", "较2020年", "比2021年", "“十三五”期间",
                "十三五末", "近三年", "近年", "近3年内", "自2018年启动以来", "从", "去年", "上一年", "新增了", "实际完成", "下拨",
                "共完成", "再新增完成", "1-6月", "12月", "3月份已", "，上半年，", "上年度,", "第一季度，", "甲", "乙校", "。", "\n",
                " ", "2", "0", ".", "年", "月", "来", "以来", "今年", "多年"]


def test_perf28_opening_class_lists_categories():
    from extract.rules.scan import opening_class
    assert opening_class(re.compile(r"\d+年|已")) == r"[\d已]"
    assert opening_class(re.compile(r"(?:^|[,，])上半年|\s*来")) == r"[,\s上来，]"  # (``^`` is zero width: 上 opens)
    assert opening_class(re.compile(r"\s*(?:来)?")) is None  # (a pattern that can match the empty string: no class)
    assert opening_class(re.compile(r"[^甲]乙")) is None  # (a negated class is not listed)
    assert opening_class(re.compile(r"(?:\s|[。])来")) == r"[\s。]"


@pytest.mark.parametrize("seed", range(3))
def test_perf28_past_scan_agrees_on_random_texts(seed):
    rng = random.Random(seed)
    scan, plain = rtext._PAST_SCAN, rtext.PAST_MARKERS
    assert scan.opening is not None
    for _ in range(3000):
        t = "".join(rng.choice(_PAST_PIECES) for _ in range(rng.randint(0, 12)))
        a, b = plain.search(t), scan.search(t)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), t
        end = rng.randint(0, len(t))
        assert _keys_between(plain.finditer(t, 0, end)) == _keys_between(scan.finditer(t, 0, end)), (t, end)
        assert _keys_between(plain.finditer(t)) == _keys_between(scan.finditer(t)), t


def _keys_between(ms):
    return [(m.span(), m.groups()) for m in ms]


def test_perf28_past_scan_agrees_on_seeds():
    scan, plain = rtext._PAST_SCAN, rtext.PAST_MARKERS
    for path in _SEEDS:
        t = path.read_text(encoding="utf-8")
        assert _keys_between(plain.finditer(t)) == _keys_between(scan.finditer(t))
        for s in rtext.sentences(t):
            assert rtext.has_past_marker(s.text) == (plain.search(s.text) is not None)
            for k in range(0, len(s.text) + 1, 7):
                assert _keys_between(plain.finditer(s.text, 0, k)) == _keys_between(scan.finditer(s.text, 0, k))


def test_perf28_doc_number_line_needs_its_hao():
    """``is_notice_line`` asks for a 号 before the document-number scan (every match ends in one)."""
    assert cues.is_notice_line("甲府办发〔2027〕12号") and cues.is_notice_line("乙教〔2026〕3 号")
    assert not cues.is_notice_line("甲府办发〔2027〕12") and not cues.is_notice_line("新建学校〔2027〕3所")
