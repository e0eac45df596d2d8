"""``rules.heading_sentences``: a numbered line closed by a full stop with a verb of charge is a sentence (U7)."""

from extract.rules.heading_sentences import closed_charge_line


def test_closed_charge_lines():
    assert closed_charge_line("区教育局负责校舍维修", "(二)区教育局负责校舍维修。")
    assert closed_charge_line("由区人社局负责,年内完成教师招聘", "二、由区人社局负责,年内完成教师招聘。")
    assert not closed_charge_line("区教育局负责校舍维修", "(二)区教育局负责校舍维修")  # no stop: a title
    assert not closed_charge_line("负责人职责", "(二)负责人职责。")  # a post, no charge
    assert not closed_charge_line("加强组织领导", "(一)加强组织领导。")
