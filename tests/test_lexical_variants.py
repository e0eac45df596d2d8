"""The dev tool ``tools/lexical_variants.py``: each lexical variant's swaps, its gold rewrite, and one comparison, on
made-up texts."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import layout_variants as L  # noqa: E402
import lexical_variants as X  # noqa: E402
from extract.data import Document  # noqa: E402

PLAN = ("柳岸县学前教育提升方案\n一、工作目标\n到2030年底，全县普惠性幼儿园覆盖率提高到92%以上，新建公办幼儿园4所，"
        "改扩建6个幼儿园，专任教师增加到900名。至2029年，巩固率达到98%，培训园长不少于60人次，至少5家企业参与。\n"
        "二、职责分工\n（一）扩充学位。（牵头单位：县教育局；责任单位：县财政局、县自然资源局、县住建局）\n"
        "（二）培训队伍。配合单位：县人社局、县卫健局\n")


def line(name: str, k: int) -> str:
    return X.variant_text(name, PLAN).split("\n")[k]


def test_deadline_words():
    assert line("deadline_end", 2).startswith("到2030年末，")
    assert "至2029年末" not in line("deadline_end", 2)  # a year with no 底 is left
    assert line("deadline_zhi", 2).startswith("至2030年底，") and "。到2029年，" in line("deadline_zhi", 2)
    assert line("deadline_qian", 2).startswith("2030年底前，") and "。2029年前，" in line("deadline_qian", 2)
    # a verb's 到 is no deadline's
    assert "提高到92%" in line("deadline_zhi", 2)


def test_verbs_and_comparators():
    assert "提升至92%以上" in line("rise_to", 2) and "达到92%以上" in line("rise_reach", 2)
    assert "专任教师增至900名" in line("grow_to", 2)
    assert "巩固率达98%" in line("reach_da", 2) and "巩固率实现98%" in line("reach_shixian", 2)
    assert "不低于60人次" in line("at_least", 2) and "不少于5家企业" in line("at_least", 2)
    assert "92%及以上" in line("above_ji", 2)
    assert "巩固率达到98%" in line("above_front", 2)  # no 以上: left
    assert X.variant_text("above_front", "普及率达到95%以上。") == "普及率不低于95%。"


def test_role_labels():
    assert "（牵头部门：县教育局；" in line("lead_bumen", 4)
    assert "（主责单位：县教育局；" in line("lead_zhuze", 4)
    assert "（牵头责任单位：县教育局；责任单位：" in line("lead_zeren", 4)
    assert "；协办单位：县财政局" in line("helper_xieban", 4) and line("helper_xieban", 5).startswith("（二）培训队伍。协办单位：")
    assert "；参与单位：县财政局" in line("helper_canyu", 4)
    # a lone 责任单位 with no lead label near may be a lead (a lone table column, U6): left
    assert X.variant_text("helper_peihe", "序号 | 任务 | 责任单位\n1 | 建园 | 县教育局\n") == \
        "序号 | 任务 | 责任单位\n1 | 建园 | 县教育局\n"
    assert X.variant_text("helper_peihe", "任务 | 牵头单位 | 责任单位\n") == "任务 | 牵头单位 | 配合单位\n"


def test_measure_words_and_the_gold_unit():
    assert "新建公办幼儿园4个，改扩建6个幼儿园" in line("measure_ge", 2) and "至少5个企业" in line("measure_ge", 2)
    assert "改扩建6所幼儿园" in line("measure_suo", 2)
    assert X.variant_text("measure_ge", "建成3所以上学校，惠及3家庭") == "建成3个以上学校，惠及3家庭"
    old = {"type": "numeric_target", "quote": "新建公办幼儿园4所", "value": 4, "unit": "所"}
    new = dict(old, quote="新建公办幼儿园4个")
    X.fix_unit("measure_ge", old, new)
    assert new["unit"] == "个"
    other = dict(old, quote="新增学位400个，新建公办幼儿园4所", value=400, unit="个")
    moved = dict(other, quote="新增学位400个，新建公办幼儿园4个")
    X.fix_unit("measure_ge", other, moved)
    assert moved["unit"] == "个"


def test_joint_connectors_in_unit_lists():
    assert line("joint_he", 4).endswith("县财政局、县自然资源局和县住建局）")
    assert line("joint_yiji", 5).endswith("县人社局以及县卫健局")
    assert line("joint_yu", 4).endswith("县自然资源局与县住建局）")
    # a list whose names end in no organ's word is left
    assert X.variant_text("joint_ji", "种植桃树、梨树、苹果树。") == "种植桃树、梨树、苹果树。"


def test_compare_doc_with_lexical_variants():
    doc = Document(doc_id="m", path="m", text=PLAN, encoding="utf-8", sha256=Document.hash_text(PLAN))
    recs = [{"doc": "m", "type": "numeric_target", "quote": "新建公办幼儿园4所", "indicator": "新建公办幼儿园",
             "value": 4, "value_max": None, "unit": "所", "comparator": "=", "target_year": 2030}]
    out = L.compare_doc(doc, recs, ["measure_ge", "grow_to"], X.LEXICAL, X.fix_unit)
    v = out["variants"]["measure_ge"]
    assert v["changed"] and v["rewritten"] == 1 and v["unmapped"] == 0
    assert out["base"]["numeric_target"][0] == 1


def test_helper_labels_leave_people_columns_and_wrapped_headers():
    # beside a column of people (``牵头领导``) a 责任单位 carries the task: left
    assert X.variant_text("helper_xieban", "牵头领导:张三 责任单位:县公安局\n") == "牵头领导:张三 责任单位:县公安局\n"
    # a header wrapped over blanks: ``配合 责任单位`` is one compound label
    head = "序号 任务 牵头 责任单位 配合 责任单位\n"
    assert X.variant_text("helper_canyu", head) == head


def test_measure_word_of_a_range_moves_the_gold_unit():
    old = {"type": "numeric_target", "quote": "新建3-5所幼儿园", "value": 3, "unit": "所"}
    new = dict(old, quote="新建3-5个幼儿园")
    X.fix_unit("measure_ge", old, new)
    assert new["unit"] == "个"
