"""An item number set off by a space before a unit's name in a numbered duty list (made-up text)."""

from rules_kit import units

from extract.rules.unit_item_numbers import spaced_item_number


def _leads(text):
    return [lead for _, lead, _ in units(text)]


def test_spaced_number_is_no_part_of_the_name():
    assert _leads("某局设下列各科:\n一 综合科:负责文件起草等事项。\n二 财务科:负责经费管理等事项。\n") == [["综合科"], ["财务科"]]


def test_full_width_space_and_traditional_script():
    assert _leads("一　綜合科：負責文件起草等事項。\n二　財務科：負責經費管理等事項。\n") == [["综合科"], ["财务科"]]
    assert _leads("九 甲乙企劃科:社會福利施政計畫之規劃等事項\n十 秘書室:文書、檔案管理、出納等事項\n") == [["甲乙企划科"], ["秘书室"]]


def test_numeral_that_opens_a_name_stays():
    # no space after the numeral: a place's or a school's own name
    assert _leads("六安市教育局:负责学校建设等事项。\n十堰市教育局:负责教师培训等事项。\n") == [["六安市教育局"], ["十堰市教育局"]]
    assert _leads("一、综合科:负责文件起草等事项。\n二、财务科:负责经费管理等事项。\n") == [["综合科"], ["财务科"]]


def test_spaced_item_number_direct():
    ident = lambda a, b: (a, b)  # noqa: E731 (norm and raw the same but for the space, mapped below)
    raw = "一 综合科:负责文件起草。"
    norm = "一综合科:负责文件起草。"
    to_orig = lambda a, b: (a if a < 1 else a + 1, b if b <= 1 else b + 1)  # noqa: E731
    assert spaced_item_number(norm, raw, to_orig, "一综合科", 0, len(norm)) == 1
    assert spaced_item_number("六安市局:负责。", "六安市局:负责。", ident, "六安市局", 0, 8) == 0  # no space
    assert spaced_item_number("甲局一综合科:负责。", "甲局一 综合科:负责。", ident, "一综合科", 0, 9) == 0  # not at the line's start
    assert spaced_item_number("一科:负责。", "一 科:负责。", to_orig, "一科", 0, 6) == 0  # nothing of a name after it
