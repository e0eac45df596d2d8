"""(speedB25) The rules stage's per-page shortcuts of the twenty-fifth round give what the full scans they replace give
(random texts of the patterns' own pieces; made-up words only)."""

from __future__ import annotations

import random

from extract.rules import result_columns as rc

_RESULT_PIECES = ["完成", "情况", "情況", "落实", "落實", "进展", "進展", "推进", "實施", "实施", "执行", "執行", "实际", "實際",
                  "際", "际", "当前", "當前", "进度", "進度", "度", "情", "年度", "甲局", "新建", "3所", " ", "\u3000", "\n", "\t",
                  "|", "。", ",", "完", "成", "况", "況", "前", "施", "行", "展", "落"]


def _texts(pieces: list[str], seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))


def test_perf25_result_word_precheck_agrees_with_search():
    hits = 0
    for text in _texts(_RESULT_PIECES, 25, 6000):
        flat = rc._SPACES.sub("", text)
        full = rc._ANY_RESULT_WORD.search(flat) is not None
        assert rc._any_result_word(flat) == full, text
        hits += full
    assert 500 < hits < 5500, hits  # both answers are common in the random texts


def test_perf25_near_count_agrees_with_window_count():
    from extract.rules import scrape_tolerance as st

    rng = random.Random(2025)
    for _ in range(700):
        widths = sorted(rng.choice([rng.randint(0, 20), rng.randint(20, 90), rng.randint(50, 70), rng.randint(90, 400)])
                        for _ in range(rng.randint(1, 160)))
        n = len(widths)
        for k, w in enumerate(widths):
            a, b = max(0, k - 50), min(n, k + 50)
            full = sum(1 for v in widths[a:b] if abs(v - w) <= max(4, max(v, w) // 10))
            assert st._near_count(widths, w, a, b) == full, (widths, k)


def test_perf25_sentence_at_agrees_with_window_scan():
    from extract.rules import past_results as pr

    pieces = ["。", "!", "?", "！", "？", "\n", "甲", "新建", "3所", "2031年", " ", ",", "；", "x" * 150]
    for text in _texts(pieces, 2531, 3000):
        for start in range(0, len(text) + 1, 3):
            lo = max(0, start - 400)
            a = max((m.end() for m in pr._SENTENCE_END.finditer(text, lo, start)), default=lo)
            d = pr._DIGITS.search(text, start, len(text))
            pos = d.start() if d else start
            m = pr._SENTENCE_END.search(text, pos)
            assert pr.sentence_at(text, start, len(text)) == (text[a:m.start() if m else len(text)], pos - a), (text, start)


_LED_PIECES = ["甲局", "乙委", "丙办", "某县自然资源局", "由", "是由", "牵头", "正", "联合", "共同", "统筹", "主办", "负责",
               "牵头负责", "负责牵头", "二是", "其中", "目前", "建议", "开展", "对", "进行", "督查", "实施", "“甲园驿站”",
               "项目", "的", "、", ",", "，", "。", ";", "；", ":", "：", "!", "？", "\n", " ", "\u3000", "各乡镇", "工作",
               "新一轮规划编制", "会同", "配合", "单位"]


def _match_spans(ms):
    return [(m.start(), m.end(), m.groupdict()) for m in ms]


def test_perf25_led_segment_scans_agree_with_finditer():
    from extract.rules import unit_led_doings as uld
    from extract.rules import unit_prose as up

    found_led = found_then = 0
    for text in _texts(_LED_PIECES, 2525, 5000):
        full = _match_spans(uld._LED.finditer(text))
        assert _match_spans(uld._LED_SCAN.finditer(text)) == full, text
        then = _match_spans(up._LED_THEN_TASK.finditer(text))
        assert _match_spans(up._LED_THEN_TASK_SCAN.finditer(text)) == then, text
        found_led += len(full)
        found_then += len(then)
    assert found_led > 50 and found_then > 50, (found_led, found_then)


def test_perf25_label_line_needs_its_colon():
    from extract.rules import unit_label_items as uli

    pieces = ["(一)", "1.", "二、", "某县教育局", "甲局", "、", ":", "：", " ", "\t", "\u3000", "负责", "。", "(", ")", "*", "x"]
    matched = 0
    for ln in _texts(pieces, 2552, 20000):
        m = uli._LABEL_LINE.match(ln)
        if m is not None:
            matched += 1
            assert ln.rstrip(" \t")[-1:] in (":", "："), ln
    assert matched > 30, matched


def test_perf25_result_columns_need_a_delimiter():
    # a page without ``|``/``｜`` holds no figure in a result column, whatever its words
    from extract.rules import result_columns as rc

    pieces = ["序号", "任务", "完成情况", "落实情况", "12", "3", " ", "\n", "新建甲园3所", "已完成80%", "。", "|", "｜"]
    held = 0
    for text in _texts(pieces, 2570, 1500):
        cols = rc.ResultColumns(text)
        bare = text.replace("|", "").replace("｜", "")
        plain = rc.ResultColumns.__new__(rc.ResultColumns)
        plain.text = bare
        plain.any = rc._any_result_word(rc._SPACES.sub("", bare))  # the check as it was, without the delimiter test
        if plain.any:
            plain.lines = bare.split("\n")
            plain.starts = [0]
            for ln in plain.lines[:-1]:
                plain.starts.append(plain.starts[-1] + len(ln) + 1)
            plain.heads = [j for j, ln in enumerate(plain.lines) if (m := rc._CELL_LINE.match(ln)) and m.group(1) in rc._HEAD_NAMES]
            plain._pipes = {}
        assert not any(plain.holds(p) for p in range(len(bare))), bare
        assert not rc.ResultColumns(bare).any
        held += cols.any  # (pages with a delimiter still read their result words)
    assert held > 0


def test_perf25_cjk_count_by_runs():
    from extract.rules import wrapped_lines as wl

    for text in _texts(["甲", "乙局", "㐀", "\u9fff", "a", "1", " ", ",", "。", "（"], 2590, 2000):
        assert sum(map(len, wl._CJK_RUN.findall(text))) == len(wl._CJK.findall(text)), text


def test_perf25_role_run_part_needs_a_verb():
    # ``find_role_runs`` tries ``_ROLE_RUN`` after a full stop only where a verb stands before the first stop character
    import re

    from extract.roles import CHARGE_VERBS, HELP_VERBS, LEAD_VERBS
    from extract.rules import units as u

    assert all(u._RUN_PART_VERB.search(v) and not u._RUN_PART_STOP.search(v) for v in LEAD_VERBS + HELP_VERBS + CHARGE_VERBS)
    pieces = ["甲局", "乙委", "牵头", "统筹", "具体实施", "配合", "负责", "落实", "参与", "、", ";", "；", ",", "，", "。",
              "\n", "1", "21", " ", "各县(市)政府", "树立新风", "发挥媒体作用"]
    matched = 0
    for text in _texts(pieces, 2599, 6000):
        for end_m in re.finditer("。", text):
            m = u._ROLE_RUN.match(text, end_m.end())
            stop = u._RUN_PART_STOP.search(text, end_m.end())
            verb = u._RUN_PART_VERB.search(text, end_m.end(), len(text) if stop is None else stop.start())
            if m is not None:
                matched += 1
                assert verb is not None, (text, end_m.end())
    assert matched > 200, matched


def test_perf25_coping_needs_its_verb():
    from extract.rules import target_lists as tl

    pieces = ["果断", "积极", "应对", "應對", "应", "对", "疫情", "风险", "冲击", "超预期", "因素", ",", "。", "各校", "校舍"]
    hits = 0
    for text in _texts(pieces, 2601, 4000):
        full = tl._BEYOND_EXPECTED.sub("□□□", tl._COPING.sub("□□", text))
        lead = tl._REPORT_LEAD.match(full)
        assert tl.masks_look_back_words(text) == ("□" * lead.end() + full[lead.end():] if lead else full), text
        hits += tl._COPING.search(text) is not None
    assert hits > 100, hits


def test_perf25_recount_scans_agree_with_search():
    from extract.rules import recounts as rc

    pieces = ["将", "将近", "要", "主要", "要求", "基本要求", "需", "需求", "应", "效应", "应用", "拟", "预计", "全年", "会",
              "政府", "会议", "力争", "计划", "生育", "目标", "是", "下一步", "实事", "如下", "更加", "甲局", "新建", "3所",
              ",", "。", " ", "基本", "形成", "的", "高"]
    found = 0
    for text in _texts(pieces, 2611, 5000):
        for plain, scan in ((rc._AHEAD, rc._AHEAD_SCAN), (rc._MODAL, rc._MODAL_SCAN)):
            a, b = plain.search(text), scan.search(text)
            assert (a and a.span()) == (b and b.span()), text
            found += a is not None
    assert found > 2000, found


def test_perf25_opening_scans_agree_with_search():
    from extract.rules import list_issue_leads as lil
    from extract.rules import recounts as rc
    from extract.rules import rule_clarifications as rcl

    pieces = ["印发", "公布", "了", "《", "》", "民生实事", "实事", "项目", "清单", "目标任务", "工作", "不断", "持续", "夯实",
              "提高", "有了", "明显", "的", "提升", "取得", "成效", "实施", "情况", "的报告", "完成情况", "总结", "工作总结",
              "甲局", ",", "。", " ", "\n", "2031年"]
    found = 0
    for text in _texts(pieces, 2621, 5000):
        for plain, scan in ((lil._ISSUE, lil._ISSUE_SCAN), (rc._ACHIEVED, rc._ACHIEVED_SCAN),
                            (rcl._REPORT_TITLE, rcl._REPORT_TITLE_SCAN)):
            a, b = plain.search(text), scan.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
            found += a is not None
        for clause in text.split(","):  # ``_ACHIEVED`` is asked of one clause at a time, its end anchored
            a, b = rc._ACHIEVED.search(clause), rc._ACHIEVED_SCAN.search(clause)
            assert (a and a.span()) == (b and b.span()), clause
    assert found > 3000, found


def test_perf25_now_opening_needs_its_words():
    from extract.rules import rulebook_targets as rb

    words = ("目前", "现", "現", "当前", "當前")
    pieces = ["目前", "现时", "現時", "现阶段", "当前", "當前", "现在", "現在", "现有", "目", "前", "当", "，", ",", "。", " ",
              "全市", "人数", "超", "达", "达到", "力争", "2031年", "3200万", "正推进"]
    found = 0
    for text in _texts(pieces, 2631, 5000):
        if rb._NOW_OPENING.search(text) is not None:
            found += 1
            assert any(w in text for w in words), text
    assert found > 1000, found


def test_perf25_joined_years_need_the_year_taken():
    from extract.rules import rulebook_targets as rb

    def plain(sentence, ty):
        for m in rb._JOINED_YEARS.finditer(sentence):
            if int(m.group(2)) == ty and int(m.group(1)) < ty:
                return None if rb._PAIRED_AFTER_FENBIE.search(sentence, m.start(2)) else int(m.group(1))
        return None

    pieces = ["2031", "2032", "2030", "年", "和", "与", "、", "分别", "建成", "完工", "幼儿园2所", "3所", " ", "底", "前",
              "12031", "各", "新建", ",", "2031年和2032年建成", "2031和2032年完工", "2030、2031年分别建成", "2030与2032年底前竣工"]
    found = 0
    for text in _texts(pieces, 2641, 4000):
        for ty in (None, 2031, 2032, 1999, 2100):
            got = rb.joined_years_first(text, 0, ty)
            assert got == plain(text, ty), (text, ty)
            found += got is not None
    assert found > 50, found


def test_perf25_reviewed_year_needs_its_verb():
    from extract.rules import report_cutoffs as rc

    pieces = ["2031", "年", "度", "工作", "回顾", "回顧", "总结", "總結", "了", "计划", "到", " ", "。", "在", "方面"]
    found = 0
    for text in _texts(pieces, 2651, 4000):
        years = [int(m.group(1) or m.group(2)) for m in rc._REVIEWED_YEAR.finditer(text[:1500])]
        assert rc.reviewed_year_after(text) == (max(years) + 1 if years else None), text
        found += bool(years)
    assert found > 100, found


def test_perf25_issued_number_needs_a_verb_of_issue():
    from extract.rules import unit_clauses as uc

    pieces = ["某政发", "【", "】", "〔", "〕", "(", ")", "（", "）", "2031", "12", "号", "文件", "正式", "印发", "发布", "出台",
              "下发", "公布", "《某规划》", "市政府", "以", ",", "。", " ", "根据", "要求", "某政发〔2031〕12号",
              "(某政发〔2031〕5号)", "以某政发【2031】12号文件"]
    found = 0
    for text in _texts(pieces, 2661, 6000):
        m = uc._ISSUED_NUMBER.search(text[:1500])
        assert uc.issued_number_year(text) == (int(m.group(1) or m.group(2)) if m else None), text
        found += m is not None
    assert found > 30, found
