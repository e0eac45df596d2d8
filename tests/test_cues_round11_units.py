"""Unit-assignment cues of the eleventh round, each on a small made-up text (no sentence of a real document)."""

import pytest

from extract.normalise import normalise
from extract.rules.unit_label_lines import form_item_title, parse_label_line
from rules_kit import units


# -- U4a: ``主办单位:`` / ``承办单位:`` lines are role labels of the text, not the site's footer ---------------------
def test_organiser_labels_of_an_event_plan_are_kept():
    text = ("一、活动主题\n蓝果丰收节系列活动\n二、组织机构\n主办单位:丙县农业农村局、丙县文明办\n"
            "协办单位:丙县图书馆、丙县融媒体中心\n三、活动安排\n")
    n = normalise(text)
    assert "主办单位:丙县农业农村局" in n.text and not n.boilerplate_lines
    got = units(text)
    assert got and got[0][1] == ["丙县农业农村局", "丙县文明办"] and got[0][2] == ["丙县图书馆", "丙县融媒体中心"]


def test_traditional_host_and_undertaker_labels_of_a_notice():
    text = ("三、請有意願之學校於4月15日前回復本處。\n主辦單位: 本府農業處\n承辦單位: 果業科\n發布者: 陳某\n點閱數: 12\n")
    got = units(text)
    assert got and got[0][1] == ["本府农业处"] and got[0][2] == ["果业科"]


@pytest.mark.parametrize("text", [
    "一、活动目标\n推广蓝果种植。\n主办单位:丙县人民政府办公室\n承办单位:丙县大数据中心\n网站标识码:1234567890\n丙ICP备12345678号",
    "一、活动目标\n推广蓝果种植。\n版权所有:丙县人民政府\n主办单位:丙县人民政府办公室",
    "一、活动目标\n推广蓝果种植。\n联系我们 | 网站地图\n主办单位:丙县人民政府办公室\n地址:丙县府前路1号",
    "一、活动目标\n推广蓝果种植。\n主办单位:丙县人民政府办公室 地址:丙县府前路1号 电话:0000-1234567\n其他",
    "一、活动目标\n推广蓝果种植。\n主办单位:丙县人民政府办公室",  # the page's last line
])
def test_a_site_footer_host_line_stays_furniture(text):
    n = normalise(text)
    assert "主办单位" not in n.text
    assert units(text) == []


# -- U4a: ``主要承办单位`` leads (as ``主要责任单位``); a reply form's ``提案名称`` is the task ---------------------------
def test_main_undertaker_label_leads():
    assert parse_label_line("主要承办单位:丙县果业局") == (["丙县果业局"], [])
    assert parse_label_line("主要承办部门:丙县果业局;协办单位:丙县林业站") == (["丙县果业局"], ["丙县林业站"])
    assert parse_label_line("承办单位:丙县果业局") == ([], ["丙县果业局"])  # a plain undertaker helps (U4a)


@pytest.mark.parametrize("text,task,lead", [
    ("丙县政协提案办理回复单\n提案名称:关于扩大蓝果种植面积的建议\n交办时间:2031年5月1日\n主要承办单位:丙县果业局\n"
     "协办、会办单位:\n负责领导:张三\n办理回复:\n今年将新建果园3个。",
     "关于扩大蓝果种植面积的建议", ["丙县果业局"]),
    ("建议标题:关于修缮灌溉渠的建议\n办结时间:2031年6月\n主要承办部门:丙县水务局\n", "关于修缮灌溉渠的建议", ["丙县水务局"]),
    ("案由:關於整治果園周邊環境的提案\n交辦日期:2031年3月\n主辦單位:丙縣果業局\n辦理情況:\n將增設巡查崗2處。", "关于整治果园周边环境的提案", ["丙县果业局"]),
])
def test_reply_form_title_is_the_task(text, task, lead):
    got = units(text)
    assert got and got[0][0] == task and got[0][1] == lead


def test_form_title_field_variants_and_near_misses():
    assert form_item_title("提案名称:关于扩大蓝果种植面积的建议") == ("关于扩大蓝果种植面积的建议", 5)
    assert form_item_title("案由:关于整治果园周边环境的提案")[0] == "关于整治果园周边环境的提案"
    assert form_item_title("事项名称: 蓝果种植补贴发放")[0] == "蓝果种植补贴发放"
    assert form_item_title("交办时间:2031年5月1日") is None
    assert form_item_title("提案人:张三") is None
    assert form_item_title("项目负责人:张三") is None
    assert form_item_title("提案名称:丙县果业局") is None  # a unit, no title


# -- duties written unit by unit: a line broken inside one unit's duties, a cut last item read as a heading -----
from extract.rules.unit_prose import is_duty, unit_duty_blocks  # noqa: E402


def test_duty_run_over_a_line_broken_inside_a_duty():
    text = ("二、检查分工:\n1.丙县果业局:依据《果园管理办法》,查看果园管护、灌溉设施及\n"
            "种苗来源情况。\n2.丙县水务局:检查灌溉渠的清淤和维护。\n3.丙县林业站:核查苗木检疫证明。\n4、丙县农机局:检查农机具")
    got = units(text)
    assert [g[1] for g in got] == [["丙县果业局"], ["丙县水务局"], ["丙县林业站"], ["丙县农机局"]]


def test_duty_run_in_traditional_script():
    text = ("二、查核分工:\n1.本府農業處:查核果園管護及灌溉設施\n之維護情形。\n2.本府水利處:督導灌溉渠清淤。\n3.林業科:核對苗木檢疫證明。")
    got = units(text)
    assert [g[1] for g in got] == [["本府农业处"], ["本府水利处"], ["林业科"]]


# -- a progress report written unit by unit: one row per numbered point (U8a; twelfth round: before, one row per
# unit, its first point, which the eleventh round's adjudication, section 7, ruled against), dates before the deed ---
def test_progress_report_unit_by_unit_one_row_per_point():
    text = ("案由:关于加强果园周边管护的提案\n进展情况:\n丙县林业站:1.对果园周边林带开展巡查。2.补植苗木1200株。\n"
            "丙县水务局:3月5日、4月8日,丙县水务局联合丙县农机局对灌溉渠开展了清淤检查。\n"
            "丙县果业局:加大果园管护宣传力度,组织果农培训。\n")
    got = units(text)
    assert [(g[0], g[1]) for g in got] == [("对果园周边林带开展巡查", ["丙县林业站"]),
                                          ("补植苗木1200株", ["丙县林业站"]),
                                          ("丙县水务局联合丙县农机局对灌溉渠开展了清淤检查", ["丙县水务局"]),
                                          ("加大果园管护宣传力度", ["丙县果业局"])]


def test_hong_kong_wording_of_a_progress_report_unit_by_unit():
    text = ("工作進展情況:\n漁護署:1.已完成郊野公園果樹普查。2.增設巡查人員。\n水務署:4月及6月,水務署為灌溉渠進行了全面檢查。\n")
    got = units(text)
    assert [g[1] for g in got] == [["渔护署"], ["渔护署"], ["水务署"]]


def test_plan_division_of_duties_still_one_row_per_numbered_duty():
    text = "丙县林业站:1.负责林带巡查。2.负责苗木补植。\n丙县水务局:负责灌溉渠清淤。"
    assert [h.task for h in unit_duty_blocks(text)] == ["负责林带巡查", "负责苗木补植", "负责灌溉渠清淤"]
    assert [h.task for h in unit_duty_blocks(text, per_item=False)] == ["负责林带巡查", "负责灌溉渠清淤"]


def test_leading_dates_are_no_duty_and_near_misses():
    assert is_duty("3月5日、4月8日,丙县水务局对灌溉渠开展了清淤检查。")
    assert is_duty("2031年3月,开展果园普查。")
    assert not is_duty("3月5日、4月8日")  # dates and nothing done
    assert not is_duty("0123-4567890")  # a phone number
    assert not is_duty("张三")  # a person
    assert units("丙县水务局:3月5日将开放灌溉渠。") == []  # one unit alone: a quote in a report, no run


# -- a ``|`` table whose header row was lost: numbered rows, a task cell, then a lone unit cell (U6) ----------
# (seen on one site only: a plainly general reader, tested on other writers' wordings)
from extract.rules.unit_rows import headerless_rows  # noqa: E402


def test_headerless_progress_table_mainland():
    text = ("1 | 新建蓝果冷库2座。 | 丙县商务局 | 已完成选址,8月开工。 | 按时序推进 |\n|\n"
            "2 | 修缮灌溉渠15公里。 | 丙县水务局 | 施工中。 | 按时序推进 |\n|\n"
            "3 | 为全县500户果农提供种苗补贴。 | 丙县果业局、丙县财政局 | 已发放300户。 | 按时序推进 |\n")
    assert units(text) == [("新建蓝果冷库2座", ["丙县商务局"], []), ("修缮灌溉渠15公里", ["丙县水务局"], []),
                           ("为全县500户果农提供种苗补贴", ["丙县果业局", "丙县财政局"], [])]


def test_headerless_table_taiwan_wording_and_full_width_digits():
    text = ("１ | 新設果樹示範園區３處。 | 本府農業處 | 規劃中 |\n"
            "２ | 補助果農購置灌溉設備２００套。 | 本府農業處 | 已核定 |\n")
    got = units(text)
    assert [g[1] for g in got] == [["本府农业处"], ["本府农业处"]]


def test_headerless_table_hong_kong_wording():
    text = ("1 | 於郊野公園增設果樹保育區兩處 | 漁農自然護理署 | 進行中 |\n"
            "2 | 為灌溉渠進行全面維修 | 水務署 | 已展開 |\n"
            "3 | 推出果農資助計劃 | 漁農自然護理署 | 籌備中 |\n")
    got = units(text)
    assert [g[1] for g in got] == [["渔农自然护理署"], ["水务署"], ["渔农自然护理署"]]


@pytest.mark.parametrize("text", [
    # a header row above: the general table reader's, not this one
    "序号 | 项目 | 责任单位 | 进展 |\n1 | 新建蓝果冷库2座。 | 丙县商务局 | 已完成 |\n2 | 修缮灌溉渠15公里。 | 丙县水务局 | 施工中 |\n",
    # one row only
    "1 | 新建蓝果冷库2座。 | 丙县商务局 | 已完成选址 |\n",
    # a list of schools and their addresses: no task cell before a unit cell
    "1 | 丙县第一小学 | 府前路1号 | 24个班 |\n2 | 丙县第二小学 | 江滨路8号 | 18个班 |\n",
    # an indicator table
    "1 | 学前三年毛入园率 | % | 95 | 98 |\n2 | 义务教育巩固率 | % | 99 | 99.5 |\n",
    # rows without serial numbers
    "新建蓝果冷库2座。 | 丙县商务局 | 已完成 |\n修缮灌溉渠15公里。 | 丙县水务局 | 施工中 |\n",
])
def test_headerless_rows_near_misses(text):
    assert headerless_rows(text) == []
