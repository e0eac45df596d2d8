from extract.cues import _NOTICE_PHRASES, is_notice_line
from extract.rules.notice_lines import carries_out_in_body
from rules_kit import records


def test_carry_out_with_object_in_a_body_line():
    line = "2031年全县水利工作的总体目标是:认真贯彻落实某县节水型社会建设目标,即农田灌溉水有效利用系数提高到0.62以上;新建高效节水灌溉面积3万亩以上。"
    assert carries_out_in_body(line, _NOTICE_PHRASES)
    assert not is_notice_line(line)
    got = [(r.value, r.unit, r.comparator) for r in records("某镇2031年工作计划\n" + line, "numeric_target")]
    assert (0.62, "", ">=") in got and (3.0, "万亩", ">=") in got


def test_variants():
    assert carries_out_in_body("今年以来,各部门认真贯彻落实县政府部署,推进30件民生实事。", _NOTICE_PHRASES)
    assert carries_out_in_body("全镇认真贯彻落实《某规划》,新建公园3个。", _NOTICE_PHRASES)  # a title after
    got = [(r.value, r.unit) for r in records("某鎮2031年工作計劃\n2031年全鎮工作目標是:認真貫徹落實《某規劃》,新建公園3個以上。",
                                              "numeric_target")]
    assert got == [(3.0, "个")]  # Traditional script, read on the normalised text
    assert carries_out_in_body("认真贯彻落实好 某项政策,新增岗位200个。", _NOTICE_PHRASES)  # 好 and a space


def test_letter_lines_stay_notices():
    assert is_notice_line("请认真贯彻执行。")  # no figure, the letter's request
    assert not carries_out_in_body("现将《2031年工作要点》印发给你们,请认真贯彻落实。", _NOTICE_PHRASES)
    assert is_notice_line("现将《2031年工作要点》印发给你们,请认真贯彻落实。")
    assert not carries_out_in_body("各单位要认真贯彻落实本方案,确保2031年完成。", _NOTICE_PHRASES)  # a duty laid on the reader
    assert not carries_out_in_body("望认真贯彻执行2031年方案。", _NOTICE_PHRASES)
    assert not carries_out_in_body("请结合实际认真贯彻执行。2031年", _NOTICE_PHRASES)
    assert not carries_out_in_body("认真贯彻落实。新建公园3个", _NOTICE_PHRASES)  # no object after the phrase
    assert not carries_out_in_body("认真贯彻落实某目标", _NOTICE_PHRASES)  # no figure
