import re

from extract.rules.written_numbers import PERCENT_WORDS, currency_sign_before, wan_kilo_hundred_value, percent_words_value, without_currency_sign
from extract.rules.targets import find_targets


def test_percent_words_value():
    assert percent_words_value("六十") == "60"
    assert percent_words_value("十") == "10"
    assert percent_words_value("十五") == "15"
    assert percent_words_value("四十五") == "45"
    assert percent_words_value("五") == "5"
    assert percent_words_value("一百") == "100"
    assert percent_words_value("60") is None
    assert percent_words_value("百") is None


def test_percent_words_pattern():
    p = re.compile(r"(?P<pct_word>百分之)?" + PERCENT_WORDS)
    assert p.search("占总分百分之六十").group(0) == "百分之六十"
    assert p.search("百分之二十几") is None
    assert p.search("百分之百") is None
    assert p.search("六十") is None
    assert p.search("a3百分之九十", 5) is None  # never without the reader's 百分之


def test_currency_sign_before():
    assert currency_sign_before("每生每年$")
    assert currency_sign_before("约NT$")
    assert not currency_sign_before("中學教育 $")
    assert not currency_sign_before("8人或以上 $")
    assert not currency_sign_before("每生每年")
    assert not currency_sign_before("A$")
    assert not currency_sign_before("US$$")


def test_targets_read_percent_words():
    hits = find_targets("技能测验:占总分百分之六十。", role="goal")
    assert [(h.value, h.unit) for h in hits] == [(60.0, "%")]


def test_targets_read_amount_after_currency_sign():
    hits = find_targets("每校每年最少$300,000", role="goal")
    assert [(h.value, h.unit, h.comparator) for h in hits] == [(300000.0, "", ">=")]


def test_without_currency_sign():
    assert without_currency_sign("每校每年最少$") == "每校每年最少"
    assert without_currency_sign("至少NT$") == "至少"
    assert without_currency_sign("至少") == "至少"


def test_targets_read_blank_before_point_of_amount():
    hits = find_targets("计划涉及总投资4 .8亿元。", role="goal")
    assert [(h.value, h.unit) for h in hits] == [(4.8, "亿元")]


def test_wan_kilo_hundred_value():
    assert wan_kilo_hundred_value("1万5千4百") == "154"
    assert wan_kilo_hundred_value("1萬5千4百") == "154"
    assert wan_kilo_hundred_value("1万5千") is None


def test_targets_read_count_in_hundreds():
    hits = find_targets("明年起午餐免费将惠及全县约1万5千4百名学生。", role="goal")
    assert [(h.value, h.unit) for h in hits] == [(154.0, "百名")]
