"""Target cues of the thirteenth round's second target engineer (targets13b), tested on made-up variants of the
genre's wording (mainland, Taiwan, Hong Kong, Macau) and near-misses that must not fire; no sentence of a real text."""

from extract.rules.target_cues import row_cell_end, sets_benefit_amount
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
