"""Target cues widened in the thirteenth round against variants of the genre's wording, each on a small made-up
text (no sentence of a real document)."""

from extract.rules.target_cues import range_of_same_unit
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.value_max, r.unit, r.comparator) for r in records(text, "numeric_target")]


# -- a range whose unit is written at both ends is one record (w17-taiwan-banban, w19-xianggang-mianfei,
#    w19-aomen-shizheng-fuli: three sites, Taiwan, Hong Kong and Macau) ----------------------------------------------


def test_range_of_same_unit_reads_the_upper_end():
    assert range_of_same_unit("达到60%至75%", 2, 5, "%") == (75.0, 9)
    assert range_of_same_unit("补助3,000元至4,500元", 2, 8, "元") == (4500.0, 15)
    assert range_of_same_unit("补助3,000元至4,500人", 2, 8, "元") is None  # another unit: two numbers
    assert range_of_same_unit("由60%至75%", 1, 4, "%") is None  # a change from a base (N2)
    assert range_of_same_unit("达到60%,75%", 2, 5, "%") is None  # no range mark


def test_ranges_with_the_unit_at_both_ends():
    cases = (
        ("明年预计60%至75%的幼儿园学童可免交学费。", (60.0, 75.0, "%", "=")),  # mainland
        ("明年預計６０％至７５％的幼稚園學童毋須交學費。", (60.0, 75.0, "%", "=")),  # Hong Kong, full-width digits
        ("補助金額將調整為3,000元至4,500元不等。", (3000.0, 4500.0, "元", "=")),  # Macau, grouped digits
        ("縣市政府將依財力等級負擔40%到20%,由中央負擔其餘經費。", (20.0, 40.0, "%", "=")),  # Taiwan: high end first (N17c)
        ("到2027年,每校将配备心理教师2名至3名。", (2.0, 3.0, "名", "=")),  # a measure word at both ends
    )
    for text, want in cases:
        got = targets(text)
        assert got[:1] == [want], (text, got)
        assert all(v != want[1] or vmax is not None for v, vmax, _u, _c in got), (text, got)  # no second record


def test_no_range_where_it_is_a_change_or_two_units():
    # a change from a base: the first value is where it starts (N2), the second the target
    assert [g[:2] for g in targets("到2027年,全区普惠率将由60%至75%。")] == [(75.0, None)]
    # two units: two amounts, no range
    got = targets("到2027年,新增学位3000个至少5000人受惠。")
    assert all(vmax is None for _v, vmax, _u, _c in got)


# -- a currency named after the amount (w18-aomen-jiaoyu-jijin, w19-aomen-shizheng-fuli: two Macau sites; made-up
#    Hong Kong, Taiwan and mainland wordings below) ------------------------------------------------------------------


def test_currency_after_the_amount_is_the_unit():
    cases = (
        ("明年照顧者津貼將調高至每月2,600澳門元。", (2600.0, None, "澳门元", "=")),  # Macau
        ("今年教育基金預算約8.1億澳門幣。", (8.1, None, "亿澳门币", "=")),  # Macau, 亿 and 幣
        ("政府將撥款約30億港元興建新校舍。", (30.0, None, "亿港元", "=")),  # Hong Kong
        ("市府將編列1,200萬新台幣補助學校。", (1200.0, None, "万新台币", "=")),  # Taiwan, the currency after 萬
        ("项目计划引进外资不少于５００万美元。", (500.0, None, "万美元", ">=")),  # mainland, full-width digits
    )
    for text, want in cases:
        got = targets(text)
        assert got == [want], (text, got)


def test_currency_words_that_are_no_unit():
    # a place or a port named after a number is no currency
    assert all(u not in ("港元", "港币") for _v, _m, u, _c in targets("到2027年,新建3港口码头2个。"))
    # a past amount stays status whatever its currency
    assert targets("去年已發放津貼共3,000萬澳門元。") == []
