"""(tgtA25) O1, N13: a longer label line that names the year's goals opens a goal section, also in a report's digest."""

from extract.rules.goal_label_lines import long_goal_label
from rules_kit import records


def test_long_goal_labels():
    assert long_goal_label("■ 2032年全市经济社会发展主要预期目标") == "2032年全市经济社会发展主要预期目标"
    assert long_goal_label("2032年全区教育事业发展主要目标") is not None


def test_sentences_about_goals_are_no_labels():
    assert long_goal_label("2031年全省农村公路建设顺利完成年度目标") is None
    assert long_goal_label("主要目标") is None  # a bare label, read as before
    assert long_goal_label("今年的主要预期目标是:") is None


_DIGEST = ("某市2031年工作总结\n●全年新建公园12个\n●粮食总产达到90亿斤\n"
           "■ 2032年经济社会发展的主要预期目标\n●地区生产总值增长5.5%左右\n●城镇新增就业8万人以上\n")


def test_report_goal_section_gives_targets():
    got = {(r.value, r.unit, r.comparator) for r in records(_DIGEST, "numeric_target")}
    assert (5.5, "%", "=") in got and (8.0, "万人", ">=") in got
    assert (12.0, "个", "=") not in got and (90.0, "亿斤", "=") not in got
