"""Unit-assignment cues of the twelfth round, each on a small made-up text (no sentence of a real document)."""

import pytest

from extract.rules.unit_charge_finders import assisting_units, names_a_clause
from rules_kit import units


# -- U7: the clause after a charge that goes on with what is done names no helpers ---------------------------------
@pytest.mark.parametrize("text", [
    "甲局负责修好灌溉渠,按照乙部、丙委《支持果农发展的意见》精神,对果园开展检查。",
    "甲局負責修好灌溉渠,按照乙部、丙委《支持果農發展的意見》精神,對果園開展檢查。",
    "甲局负责修好灌溉渠，依据乙部、丙委〈关于支持果农的通知〉，对果园开展检查。",
    "甲局负责修好灌溉渠,对乙部、丙委支持的项目开展检查。",
])
def test_a_clause_after_the_charge_names_no_helpers(text):
    got = units(text)
    assert got and got[0][1] == ["甲局"] and got[0][2] == []


@pytest.mark.parametrize("text,resp", [
    ("修好灌溉渠由甲局牵头,乙局、丙局等部门配合。", ["乙局", "丙局"]),
    ("甲局负责修好灌溉渠,乙局、丙站等单位积极支持。", ["乙局", "丙站"]),
    ("甲局负责修好灌溉渠,经信局、财政局按职责配合。", ["经信局", "财政局"]),  # ``经…`` opens a unit's name here
])
def test_a_list_of_helpers_after_the_charge_is_kept(text, resp):
    got = units(text)
    assert got and got[0][2] == resp


def test_names_a_clause_variants():
    assert names_a_clause("按照甲部、乙委《支持")
    assert names_a_clause("根据甲部、乙委")
    assert names_a_clause("围绕乙局、丙局")
    assert not names_a_clause("乙局、丙局")
    assert not names_a_clause("经信局、财政局")
    assert assisting_units("按照甲部、乙委《") == []
    assert assisting_units("乙局、丙局") == ["乙局", "丙局"]


# -- U7: ``X牵头,Y配合,(负责)Z`` after a comma or without ``由``: the helpers' clause makes it a division of work ------
@pytest.mark.parametrize("text,lead,resp,task", [
    ("据悉,即日起,由丙县农委组织,丙县果业局牵头,丙县公安局、丙县林业站配合,负责对果园周边环境进行专项整治。",
     ["丙县果业局"], ["丙县公安局", "丙县林业站"], "对果园周边环境进行专项整治"),
    ("丙县果业局牵头,丙县公安局、丙县林业站协助,对果园周边环境开展巡查。",
     ["丙县果业局"], ["丙县公安局", "丙县林业站"], "对果园周边环境开展巡查"),
    ("即日起,由丙縣果業局牽頭,丙縣警察局及其交通隊、林務局參與,負責對果園周邊環境進行整治。",
     ["丙县果业局"], ["丙县警察局及其交通队", "林务局"], "对果园周边环境进行整治"),
    ("今年起，甲署統籌，乙局、丙處等部門配合，推行果園巡查計劃。",
     ["甲署"], ["乙局", "丙处"], "推行果园巡查计划"),
])
def test_lead_then_helpers_then_task(text, lead, resp, task):
    got = units(text)
    assert got and got[0] == (task, lead, resp)


@pytest.mark.parametrize("text", [
    "坚持政府主导,果业局牵头,对果园周边环境开展巡查。",  # a lead after a comma with no helpers' clause
    "各校要加强领导,校长牵头,各处室配合,落实安全责任。",  # people and a collective
    "形成党委领导、政府统筹,部门配合,社会参与的工作格局。",  # a system described
    "去年,丙县果业局牵头编制了果园规划。",  # no comma after the lead
])
def test_lead_clause_near_misses(text):
    assert units(text) == []


# -- U8/U8a: numbered items run together, each titled by a unit's bare name closed by ``。`` ------------------------
from extract.rules.unit_prose import unit_titled_items  # noqa: E402


@pytest.mark.parametrize("text,rows", [
    ("(二)职责分工1.丙县果业局。制定果园管护方案;督促果农落实。2.丙县林业站。负责苗木检疫工作。"
     "3.丙县水务局、丙县农机局。负责灌溉渠清淤,保障用水。",
     [("制定果园管护方案", ["丙县果业局"]), ("苗木检疫工作", ["丙县林业站"]),
      ("灌溉渠清淤", ["丙县水务局", "丙县农机局"])]),
    ("(二)職責分工1.本府農業處。制定果園管護方案。2.林務局。負責苗木檢疫工作,每月抽查。",
     [("制定果园管护方案", ["本府农业处"]), ("苗木检疫工作", ["林务局"])]),
    ("一、职责分工（一）甲局。负责果园巡查。（二）乙站。负责苗木检疫。",
     [("果园巡查", ["甲局"]), ("苗木检疫", ["乙站"])]),
    ("分工如下：一、甲署。統籌果園巡查計劃；二、乙處。主要負責苗木檢疫工作。",
     [("统筹果园巡查计划", ["甲署"]), ("苗木检疫工作", ["乙处"])]),
])
def test_unit_titled_items_run_together(text, rows):
    got = units(text)
    assert [(g[0], g[1]) for g in got] == rows and all(g[2] == [] for g in got)


@pytest.mark.parametrize("text", [
    "二、工作措施1.加强领导。成立领导小组。2.果业局。负责苗木检疫工作。",  # one unit title only: no run
    "附近有1.丙县图书馆。地址:府前路1号。2.丙县文化馆。电话:0000-1234567。",  # contact lines, no duties
    "二、工作措施1.加强领导。成立领导小组。2.完善制度。建立巡查制度。",  # titles that are tasks
    "共建成1.5万亩果园。2.丙县林业站。",
])
def test_unit_titled_items_near_misses(text):
    assert unit_titled_items(text) == []


# -- a page's field line is no header of unit columns (cells scraped a line each, ``bare_unit_rows``) --------------
from extract.rules.unit_rows import bare_unit_rows, opens_unit_columns  # noqa: E402


@pytest.mark.parametrize("line", [
    "公开责任部门 丙镇人民政府 公开形式: 主动公开",
    "公開責任部門 丙鎮人民政府 公開形式: 主動公開",
    "公开责任单位 丙县果业局",
    "责任单位: 丙署 发布日期: 2031年1月6日",
])
def test_field_lines_open_no_unit_columns(line):
    assert not opens_unit_columns(line)


@pytest.mark.parametrize("line", ["项目名称 主要内容 牵头单位", "序号 任务 责任单位 完成时限", "牵头单位"])
def test_column_headers_still_open_unit_columns(line):
    assert opens_unit_columns(line)


@pytest.mark.parametrize("text", [
    "公开责任部门 丙镇人民政府 公开形式: 主动公开\n\n各村(社区)、各学校:\n\n现将《丙镇果园管护方案》印发给你们,请认真抓好落实。\n\n"
    "丙镇人民政府\n\n2031年1月6日\n",
    "公開責任部門 丙鎮人民政府 公開形式: 主動公開\n各村、各學校:\n現將《丙鎮果園管護方案》印發給你們,請認真落實。\n丙鎮公所\n",
])
def test_a_notice_under_a_field_line_gives_no_unit_row(text):
    assert units(text) == []


def test_bare_unit_rows_under_a_real_header():
    text = "项目名称\n主要内容\n牵头单位\n乡村供水项目\n新建供水站12座,保障村民饮水。\n丙县水务局\n"
    got = bare_unit_rows(text)
    assert got and got[0].lead == ["丙县水务局"]


# -- U7: a sentence that opens with ``由`` and an organisation doing the task (any verb, not only ``负责``) -----------
# (one site in the development texts: the cue is written as a general one, checked on mainland, Taiwan and Hong Kong
# wordings)
from extract.rules.unit_charge_finders import find_by_unit_doing  # noqa: E402


@pytest.mark.parametrize("text,task,lead,resp", [
    ("(三)送果下乡工程。由丙县果业公司采购优质果苗,分发到各村。", "送果下乡工程", ["丙县果业公司"], []),
    # Taiwan: 本府…處, 公所
    ("二、果苗補助。由本府農業處編列預算,補助果農購置果苗。", "果苗补助", ["本府农业处"], []),
    ("由丙鄉公所辦理果園巡查,每季一次。", "办理果园巡查", ["丙乡公所"], []),
    # Hong Kong: 署, 局 sharing the task
    ("由丙署撥款資助學校添置設備。", "拨款资助学校添置设备", ["丙署"], []),
    ("由乙局、丙署共同推行果園計劃。", "共同推行果园计划", [], ["乙局", "丙署"]),
])
def test_by_unit_doing(text, task, lead, resp):
    got = units(text)
    assert got and got[0] == (task, lead, resp)


@pytest.mark.parametrize("text", ["由县教育局办公室组织专家评审。", "由文化和旅游局组织巡演,每月一次。"])
def test_by_unit_organising_gives_no_row(text):
    """U7e: ``由X组织Y`` in running text gives no unit row (``组织`` is no U7 verb)."""
    assert units(text) == []


@pytest.mark.parametrize("text", [
    "由于经费不足,工程延期。",
    "由此可见,工作成效明显。",
    "由各学校自行组织实施。",  # a collective
    "由學校自行決定。",
    "去年,由县果业局组织了专家评审。",  # not the sentence's start, and done
    "由县果业局组织了专家评审,评出示范园3个。",  # done
    "由县果业局组织的果园评比于昨日举行。",  # an attribute
    "由县果业局局长主持会议。",  # a person of the unit
    "由县果业局副局长兼任。",
    "由教育、卫生等部门共同建设服务资源。",  # a collective of departments
    "由教育部门安排经费。",  # a generic department
    "由张三同志兼任。",
    "由家长自愿选择。",
    "由2031年起实施。",
    # a budget the money comes from is a funding channel, not a task (U7b, second pass of the twelfth round)
    "对建成果园的村按每村2万元补助。由县财政安排专项资金列支。",
    "由县果业局、县财政局安排专项资金。",
])
def test_by_unit_doing_near_misses(text):
    assert find_by_unit_doing(text) == [] and units(text) == []


def test_by_unit_doing_leaves_role_verbs_to_their_cues():
    assert find_by_unit_doing("由县果业局负责果园建设。") == []
    assert units("由县果业局负责果园建设。") == [("果园建设", ["县果业局"], [])]


# -- U8a: a unit's label owns each numbered point of a progress report, as of a plan (the layout decides) ----------
@pytest.mark.parametrize("text,rows", [
    ("案由:关于整治果园周边环境的提案\n进展情况:\n丙县交警大队:1.在果园路口设置岗亭。2.节假日安排警力疏导。\n"
     "丙县果业局:1.开展果园安全检查。2.加强日常巡查。\n",
     [["丙县交警大队"], ["丙县交警大队"], ["丙县果业局"], ["丙县果业局"]]),
    ("辦理情況:\n本府農業處:1.完成果園普查。2.補植果苗。\n林務局:3.加強巡查。\n",
     [["本府农业处"], ["本府农业处"], ["林务局"]]),
])
def test_progress_report_points_are_rows(text, rows):
    assert [g[1] for g in units(text)] == rows


def test_progress_report_unnumbered_paragraph_is_one_row():
    text = "进展情况:\n丙县交警大队:在果园路口设置岗亭,节假日安排警力疏导。\n丙县果业局:开展果园安全检查,加强日常巡查。\n"
    assert [g[1] for g in units(text)] == [["丙县交警大队"], ["丙县果业局"]]


# -- a line printed again word for word (a news page's headline) makes no run of units' duties ---------------------
# (one site in the development texts: a plainly general cue, checked on Macau, mainland and Taiwan wordings)
@pytest.mark.parametrize("text", [
    "丙澳需增學額\n\n教青局:將從擴班解決\n05/09/2031\n收藏\n分享\n教青局:將從擴班解決\n教青局:將從擴班解決\n\n"
    "教青局局長表示,學生人數增加。\n",
    "丙县果业局:今年新建果园3个\n来源:丙县融媒体中心\n丙县果业局:今年新建果园3个\n丙县果业局:今年新建果园3个\n"
    "记者从丙县果业局获悉,今年将新建果园。\n",
    "本府農業處:明年補助果農購置果苗\n分享\n本府農業處:明年補助果農購置果苗\n本府農業處:明年補助果農購置果苗\n",
])
def test_a_headline_printed_again_is_no_run_of_duties(text):
    assert units(text) == []


def test_a_real_run_of_duties_is_still_read():
    text = "二、职责分工\n丙县果业局:负责果园规划。\n丙县林业站:负责苗木检疫。\n丙县水务局:负责灌溉渠清淤。\n"
    assert [g[1] for g in units(text)] == [["丙县果业局"], ["丙县林业站"], ["丙县水务局"]]
