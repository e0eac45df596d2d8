"""(r25 unitB25) A cover letter's run ends at the first item that labels its units (G2, U4a). Made-up texts."""

from rules_kit import units

from extract.rules.unit_letter_items import before_labelled_item, labels_its_units

LETTER = ("某市人民政府办公室关于印发某市乡村振兴三年行动方案的通知\n"
          "各区县人民政府,市政府各部门:\n"
          "现将《某市乡村振兴三年行动方案》印发给你们,请认真贯彻执行。\n"
          "一、提高认识。各区县要把乡村振兴摆上重要位置。\n"
          "二、加强调度。市农业农村局负责方案任务的统一调度。\n")


def test_labelled_item_is_no_letter_line():
    assert labels_its_units("3. 建成乡村振兴示范片区5个。(牵头单位:某市农业农村局)")
    assert labels_its_units("(二)改造农村公路。（责任部门：市交通")
    assert not labels_its_units("二、加强调度。市农业农村局负责方案任务的统一调度。")
    assert before_labelled_item(["甲", "乙", "1.丙。(牵头单位:某局)", "丁"]) == ["甲", "乙"]


def test_letter_alone_gives_no_row():
    assert units(LETTER) == []


def test_item_after_the_letter_keeps_its_row():
    rows = units(LETTER + "1. 全市建成乡村振兴示范片区,形成一批样板。(牵头单位:市农业农村局)\n")
    assert [(l, r) for _, l, r in rows] == [(["市农业农村局"], [])]
    assert rows[0][0].startswith("全市建成乡村振兴示范片区")


def test_the_letter_stops_at_a_task_whose_role_bracket_the_page_cut():  # (moved from unitA25's letter cue in cues.py)
    from extract.cues import transmitting_letter
    letter = ("某县人民政府办公室关于印发某县全民健身设施提升方案的通知\n各乡镇人民政府,县直各部门:\n"
              "现将《某县全民健身设施提升方案》印发给你们,请认真贯彻执行。\n县体育局负责方案实施的统一调度。\n"
              "1. 新建健身步道8公里,打造10分钟健身圈。(牵头单位:县体育局")
    paragraphs = letter.split("\n")[2:]
    assert transmitting_letter(before_labelled_item(paragraphs)) == 2
    rows = units(letter)
    assert [lead for _, lead, _ in rows] == [["县体育局"]] and rows[0][0].startswith("新建健身步道8公里")
