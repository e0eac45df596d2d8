"""(goalA35) A plan's numbered fields run into one long line is the plan's text, no footer (``field_run_lines``)."""

from extract.rules.field_run_lines import numbered_field_run

_LINE = ("一.活動名稱:2031年度書屋閱讀推廣活動 二.活動依據:某縣文化局函辦理。 三.活動目標:為促進全民閱讀,營造書香社會。"
         " 四.指導單位:某縣政府 五.主辦單位:某縣文化局 六.承辦單位:某鄉圖書館 七.活動地點:某鄉圖書館 八.報名電話:0912345678")


def test_numbered_field_run():
    assert numbered_field_run(_LINE)
    assert numbered_field_run(_LINE.replace(" ", ""))  # the blanks between Chinese characters dropped
    # a footer's fields carry no marks; a short line, or marks not from 一, is none
    assert not numbered_field_run("主办单位:某市人民政府办公室 承办单位:某市大数据中心 网站标识码:1234567890 ICP备12345678号 "
                                  "地址:某市某路1号 电话:0123-1234567 技术支持:某公司 版权所有:某市人民政府 联系我们 网站地图")
    assert not numbered_field_run("一.活動名稱:書屋活動 二.活動依據:某函 三.活動目標:閱讀")
    assert not numbered_field_run(_LINE.replace("一.", "五.").replace("二.", "六.").replace("三.", "七."))


def test_field_run_kept_by_normaliser():
    from extract.normalise import normalise
    n = normalise("某縣書屋閱讀推廣活動計畫書\n" + _LINE + "\n")
    assert "活動目標" in n.text or "活动目标" in n.text


def test_run_in_activity_goals():
    from extract.rules.goals import run_in_goal_spans
    p = "一.活动名称:书屋阅读活动二.活动依据:某县文化局函办理。三.活动目标:为促进全民阅读,营造书香社会。四.指导单位:某县政府"
    spans, _ = run_in_goal_spans(p, False)
    assert [p[a:b] for a, b in spans] == ["为促进全民阅读,营造书香社会。"]


def test_before_glued_field():
    from extract.rules.field_run_lines import before_glued_field
    from extract.rules.units import split_units
    assert before_glued_field("篮球社八.申请计划类型:团") == "篮球社"
    assert before_glued_field("某县书屋") == "某县书屋"
    assert before_glued_field("某县文化局(2.0版)") == "某县文化局(2.0版)"
    assert split_units("某乡图书馆、某村书屋八.申请计划类型:团") == ["某乡图书馆", "某村书屋"]
