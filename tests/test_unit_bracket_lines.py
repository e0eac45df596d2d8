"""A bare unit bracket on a line of its own under the task sentence it closes (made-up texts)."""

from extract.rules.unit_bracket_lines import own_line_bracket
from rules_kit import units


def _hit(text, line):
    return own_line_bracket(text, text.index(line), line)


def test_bracket_under_task_sentence():
    text = "一、目标分解\n1、某区生产总值增长9%。\n(区发改委、财政局)\n2、某区能耗降低3%。\n(区经信委)\n"
    got = units(text)
    assert ("某区生产总值增长9%", [], ["区发改委", "财政局"]) in got
    assert ("某区能耗降低3%", [], ["区经信委"]) in got


def test_variants_full_width_semicolon_nested_bracket():
    text = "二、任务分解\n3、甲园新建步道2公里;\n（区住建局，各镇(街道)政府）\n4、推进乙校扩建工程。\n（区教育局、区财政局）\n"
    got = units(text)
    assert ("甲园新建步道2公里", [], ["区住建局", "各镇(街道)政府"]) in got
    assert ("推进乙校扩建工程", [], ["区教育局", "区财政局"]) in got


def test_traditional_script():
    text = "一、工作目標\n1、某縣長照據點增加20處。\n(縣衛生局、社會處)\n"
    assert ("某县长照据点增加20处", [], ["县卫生局", "社会处"]) in units(text)


def test_near_misses():
    # the line above closes no sentence: a title or a signature
    assert _hit("某区人民政府\n(区政府办公室)\n", "(区政府办公室)") is None
    assert _hit("关于某事的通知\n(区教育局)\n", "(区教育局)") is None
    # a heading, a note, a deadline, a news credit
    assert _hit("某园新建。\n(一)保障民生\n", "(一)保障民生") is None
    assert _hit("某园新建。\n(原标题:某区新建公园)\n", "(原标题:某区新建公园)") is None
    assert _hit("某园新建。\n(2031年底前)\n", "(2031年底前)") is None
    assert _hit("某园新建。\n(某通讯社)\n", "(某通讯社)") is None
    assert _hit("某园新建。\n(记者 某某)\n", "(记者 某某)") is None
    # not a whole line of one bracket
    assert _hit("某园新建。\n(区住建局)负责建设\n", "(区住建局)负责建设") is None
    assert units("某区人民政府\n(区政府办公室)\n") == []


def test_hit_fields():
    text = "5、甲园绿化提升。\n(区园林局、区财政局)"
    h = _hit(text, "(区园林局、区财政局)")
    assert h is not None and h.task == "" and h.lead == [] and h.responsible == ["区园林局", "区财政局"]


def test_list_wrapped_onto_next_line():
    text = "一、目标分解\n1、某区生产总值增长9%。\n(区发改委、区财政局、区统计局、\n区税务局)\n2、某区能耗降低3%。\n(区经信委)\n"
    got = units(text)
    assert ("某区生产总值增长9%", [], ["区发改委", "区财政局", "区统计局", "区税务局"]) in got
    assert ("某区能耗降低3%", [], ["区经信委"]) in got
    # an opened bracket the next line does not close: nothing
    assert _hit("1、某园新建。\n(区住建局、\n区财政局配合做好\n", "(区住建局、") is None


def test_numbered_phrase_above():
    text = "二、任务分解\n3、甲园新建步道\n(区住建局、区园林局)\n"
    assert ("甲园新建步道", [], ["区住建局", "区园林局"]) in units(text)
    # a chapter heading is no numbered item of this kind
    assert _hit("二、任务分解\n(区住建局)\n", "(区住建局)") is None
