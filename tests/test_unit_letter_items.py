"""(r25 unitB25) A cover letter's run ends at the first item that labels its units (G2, U4a). Made-up texts."""

from rules_kit import units

from extract.rules.unit_letter_items import before_labelled_item, labels_its_units

LETTER = ("北坡市人民政府关于印发北坡市渔港升级三年计划的通知\n"
          "各区县人民政府,市政府各部门:\n"
          "现将《北坡市渔港升级三年计划》印发给你们,望结合实际抓好落实。\n"
          "一、提高认识。各区县要把渔港升级摆上重要位置。\n"
          "二、加强调度。市海洋渔业局负责计划任务的统一调度。\n")


def test_labelled_item_is_no_letter_line():
    assert labels_its_units("3. 改造渔港码头5座。(牵头单位:某市海洋渔业局)")
    assert labels_its_units("(二)改造农村公路。（责任部门：市交通")
    assert not labels_its_units("二、加强调度。市海洋渔业局负责计划任务的统一调度。")
    assert before_labelled_item(["甲", "乙", "1.丙。(牵头单位:某局)", "丁"]) == ["甲", "乙"]


def test_letter_alone_gives_no_row():
    assert units(LETTER) == []


def test_item_after_the_letter_keeps_its_row():
    rows = units(LETTER + "1. 全市改造渔港码头6座,形成一批样板。(牵头单位:市海洋渔业局)\n")
    assert [(l, r) for _, l, r in rows] == [(["市海洋渔业局"], [])]
    assert rows[0][0].startswith("全市改造渔港码头6座")


def test_the_letter_stops_at_a_task_whose_role_bracket_the_page_cut():  # (moved from unitA25's letter cue in cues.py)
    from extract.cues import transmitting_letter
    letter = ("南岭县人民政府关于印发南岭县公共图书馆延伸服务方案的通知\n各乡镇人民政府,县直各部门:\n"
              "现将《南岭县公共图书馆延伸服务方案》印发给你们,望结合实际抓好落实。\n县文旅局负责方案实施的统一调度。\n"
              "1. 新设乡镇分馆12个,打造15分钟阅读圈。(牵头单位:县文旅局")
    paragraphs = letter.split("\n")[2:]
    assert transmitting_letter(before_labelled_item(paragraphs)) == 2
    rows = units(letter)
    assert [lead for _, lead, _ in rows] == [["县文旅局"]] and rows[0][0].startswith("新设乡镇分馆12个")


def test_a_card_field_line_ends_the_letter():
    # (goalB27) a 实事 list's cards under a cover letter: their field lines open with a role label
    assert labels_its_units("牵头单位:县水务局")
    assert labels_its_units("责任领导:王某某")
    assert not labels_its_units("请各单位于3月底前报送牵头单位名单。")
    page = ("关于下达2033年某县民生实事项目任务的通知\n"
            "各乡镇人民政府,县直各有关部门:\n"
            "现将今年县级为民办实事项目分解下发,请抓好落实。\n"
            "一、甲片区供水管网改造项目\n"
            "牵头单位:县水务局\n"
            "任务目标:2033年度计划为甲片区铺设供水管网15公里\n"
            "二、新建公共停车场项目\n"
            "牵头单位:县住建局\n"
            "任务目标:2033年计划新建公共停车场4个\n")
    from rules_kit import records
    quotes = [g.quote for g in records(page, "goal")]
    assert "2033年度计划为甲片区铺设供水管网15公里" in quotes
    assert "2033年计划新建公共停车场4个" in quotes
