"""Target cues of the thirteenth round's second target engineer (targets13b), tested on made-up variants of the
genre's wording (mainland, Taiwan, Hong Kong, Macau) and near-misses that must not fire; no sentence of a real text."""

from extract.rules.target_cues import row_cell_end
from extract.rules.target_money_amounts import sets_benefit_amount
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator) for r in records(text, "numeric_target")]


def values(text):
    return [v for v, _u, _c in targets(text)]


# -- a benefit, allowance or tax allowance given its amount (w19-aomen-shizheng-2023, w19-aomen-shizheng-fuli,
#    w19-xianggang-mianfei, w19-jinjiang-gongban-youeryuan: four sites, Macau, Hong Kong and mainland) ----------------


def test_sets_benefit_amount_unit_and_words():
    assert sets_benefit_amount("每名学生资助额为", "元")
    assert sets_benefit_amount("长者雇员免税额为", "元")
    assert sets_benefit_amount("护理补助升至每月", "澳门元")
    assert sets_benefit_amount("每户金额调整为", "元")
    assert sets_benefit_amount("实际资助额约为", "元")
    assert not sets_benefit_amount("每名学生资助额为", "人")  # no money
    assert not sets_benefit_amount("现行补助标准为", "元")  # a standing amount (N13)
    assert not sets_benefit_amount("目前资助额为", "元")
    assert not sets_benefit_amount("学校占地面积为", "元")  # no benefit named


def test_benefit_amounts_in_other_wordings():
    cases = (
        ("每名幼園學生的資助額為３２９００元。", 32900.0),  # Hong Kong, full-width digits
        ("65歲以上長者的職業稅免稅額為198,000元。", 198000.0),  # Macau, grouped digits
        ("學習活動補助調升至每月600澳門元。", 600.0),  # Macau, 調升至 and the currency after the amount
        ("低收入户生活补助提高至每人每月800元。", 800.0),  # mainland
        ("清寒學生助學金調整為每學期5,000元。", 5000.0),  # Taiwan
        ("对验收合格的幼儿园给予奖励,标准为每所20万元。", 20.0),  # a bare 标准 after the benefit it measures
    )
    for text, want in cases:
        assert want in values(text), (text, targets(text))


def test_benefit_list_goes_with_its_head():
    assert values("市财政给予奖励,标准分别为每所30万元、20万元、10万元。") == [30.0, 20.0, 10.0]


def test_standing_benefit_amounts_are_no_targets():
    for text in ("目前每名学生资助额为22000元。",  # now: a status
                 "現時長者的免稅額為132000元。",  # Hong Kong, now
                 "去年护理补助为每月1,000元。",  # last year's amount
                 "该校生均公用经费已达1200元。",  # no benefit named, 已
                 "原有津貼為每月500澳門元。"):  # the former amount
        assert not values(text), (text, targets(text))


# -- a progress cell of a table row printed with ``|`` (w19-fenghua-shida-minsheng: one site; a plainly general cue,
#    tested on other writers' tables below) ----------------------------------------------------------------------------


def test_row_cell_end():
    row = "1 | 新建幼儿园3所 | 已完成主体工程 | "
    assert row_cell_end(row, row.index("3所")) == row.index(" | 已完成")
    assert row_cell_end("新建幼儿园3所,已完成主体工程", 5) == len("新建幼儿园3所,已完成主体工程")  # no row


def test_progress_cell_does_not_date_the_task_cell():
    cases = (
        ("2 | 二、民生保障工程 | 2025 | 新建社区幼儿园 | 新建幼儿园3所,新增学位900个 | 当年完成 | 已完成施工招标 | 开工建设 | |",
         (3.0, 900.0)),  # mainland
        ("3 | 三、長者服務 | 2024-2025 | 增設日間中心 | 增設日間中心2間 | 當年完成 | 已完成選址 | 裝修 | |", (2.0,)),  # Hong Kong
        ("4 | 四、校舍工程 | 114 | 改建教室 | 改建教室12間 | 年底完成 | 已於3月開工 | 施工中 | |", (12.0,)),  # Taiwan
    )
    for text, want in cases:
        got = values(text)
        assert all(w in got for w in want), (text, targets(text))


def test_a_past_cell_before_the_number_still_decides():
    # the number's own cell reports a result: no target
    assert not values("5 | 五、民生实事 | 2025 | 新建幼儿园 | 已完成新建幼儿园3所 | 完成 | | |")
    assert not values("6 | 六、民生實事 | 2024 | 長者飯堂 | 已建成長者飯堂4間 | | | |")


def test_a_standard_only_stated_is_no_target():
    assert not values("医疗救助标准为每人3万元。")  # the standing rule (round 12's near-miss)
    assert values("医疗救助标准提高至每人3万元。") == [3.0]  # the standard raised: the amount set


# -- a report's task line answered by its result label (w19-luohe-minsheng-shishi-wancheng, w4-ningbo-minshi-jinzhan:
#    two sites; also the layout of w8-keqiao's cells) --------------------------------------------------------------


from extract.rules.target_cues import item_opening, opens_result_label  # noqa: E402


def test_opens_result_label():
    for line in ("完成情况:全市新建幼儿园4所。", "实际完成情况:已竣工。", "进展情况：已开工。", "(一)完成情况:…",
                 "执行情形:已完成招标。", "进度:已动工。"):
        assert opens_result_label(line), line
    for line in ("1.新建幼儿园3所。", "责任单位:市教育局", "完成新建幼儿园3所。", "情况说明:…"):
        assert not opens_result_label(line), line


def test_task_line_above_its_result_label_is_a_target():
    texts = (
        "某市2025年民生实事完成情况\n一、市重点民生实事完成情况\n(一)托育服务\n1.新增普惠托位1200个以上。\n"
        "责任单位:市卫生健康委\n完成情况:全市新增普惠托位1350个。",  # mainland, a unit label between
        "某縣2024年民生實事辦理情況公示\n一、教育類\n1.改建校舍12間。\n執行情形:已完成改建校舍14間。",  # Taiwan
        "某區2024年施政項目進展情況\n一、長者服務\n1.增設長者日間中心3間。\n主責部門:社會福利署\n進度:已開設4間。",  # Hong Kong
    )
    wants = ((1200.0,), (12.0,), (3.0,))
    for text, want in zip(texts, wants):
        got = values(text)
        assert list(want) == got, (text, targets(text))  # the result (1350, 14, 4) stays status


def test_no_result_label_no_task_line():
    # a report's item with no result label after it stays a report's past (N13)
    text = "某市2025年民生实事完成情况\n一、市重点民生实事完成情况\n1.全市新增普惠托位1350个。\n责任单位:市卫生健康委"
    assert not values(text), targets(text)


def test_item_opening():
    s = "合计 实际完成 1 2 0 3 6 4.新投放公共自行车3000辆"
    assert item_opening(s, s.index("3000")) == s.index("4.")
    assert item_opening("新增1.5万个学位", 3) == 0  # a decimal is no item
    assert item_opening("全年实际完成3所", 6) == 0  # no item marker


def test_item_run_into_a_line_reads_its_own_words():
    cases = (
        "进展如下: 合计 实际完成 1 2 0 3 6 4.新辟公交线路8条,新增站点30个。",  # mainland
        "進度如下: 實際完成 3 0 5.增設長者日間中心2間。",  # Hong Kong
    )
    for text in cases:
        assert values(text)[-1:] in ([30.0], [2.0]), (text, targets(text))
    assert not values("进展如下: 4.实际完成新辟公交线路8条。")  # the item itself reports the result
