"""(unitA25) A transmitting letter (G2, U7a) ends where the plan's own task list begins: a numbered task closed by its
role label's bracket, run on after the letter's paragraphs, gives its row; the letter's own clauses still give none.
Made-up texts."""

from rules_kit import units

from extract.cues import transmitting_letter

LETTER = ("某县人民政府办公室关于印发某县书香城市建设方案的通知\n各乡镇人民政府,县直各部门:\n"
          "现将《某县书香城市建设方案》印发给你们,请认真贯彻执行。\n"
          "县文旅局负责方案实施的统一调度。\n"
          "1. 建成城市书房10个,打造15分钟阅读圈。(牵头单位:县文旅局")


def test_the_letter_stops_at_the_first_task_with_a_role_bracket():
    paragraphs = LETTER.split("\n")[2:]
    assert transmitting_letter(paragraphs) == 2


def test_the_task_after_the_letter_gives_its_row_and_the_letter_none():
    rows = units(LETTER)
    assert [lead for _, lead, _ in rows] == [["县文旅局"]]
    assert rows[0][0].startswith("建成城市书房10个")
