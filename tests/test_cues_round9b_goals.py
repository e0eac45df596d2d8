"""Goal cues of the ninth round's second wave, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import before_or_from, dated_in_reported_year, reported_data_year, year_deed, year_of_work
from rules_kit import records


def goals(text):
    return [(r.text, r.target_year) for r in records(text, "goal")]


def test_a_year_led_deed_with_a_longer_lead_or_a_span_of_years():
    # the deed's verb further from the year (where, how), its quantity in the clause or in the next deed's clause
    assert year_deed("2031年在北坡新区和旧城片区新建或回购配套园,新增40所公办园")[0] == 2031
    assert year_deed("2031年在各乡镇中心校附近改扩建宿舍楼12栋")[0] is None  # (栋: no measure word of the list)
    # a span of years that opens a clause: its end year
    assert year_deed("2030年-2031年上半年,全县各镇(街)新增公厕80座")[0] == 2031
    assert year_deed("2030年至2031年,各乡镇新建村级活动场所45处")[0] == 2031
    # a span run into a plan's name, no comma after it, is no time frame of a deed
    assert year_deed("2028-2030年规划新建学校尚有9所未投入使用")[0] is None
    # the quantity across a comma only in a clause that opens with a deed of its own
    assert year_deed("2031年继续推动乙类学校建设,年度任务目标设定为12所")[0] is None


def test_a_year_led_deed_is_a_goal_in_running_text():
    text = "北坡县学前教育工作简报\n加快补齐短板。2031年在城郊接合部新建或改建配套幼儿园,新增25所公办园,增加学位6000个。\n"
    assert ("2031年在城郊接合部新建或改建配套幼儿园,新增25所公办园,增加学位6000个", 2031) in goals(text)


def test_a_date_written_as_a_list_of_years_or_with_an_alternative():
    # the work of two years named together: the first year
    assert year_of_work("按期完成2031、2032年各60个篮球架的配建任务")[0] == 2031
    assert year_of_work("组织做好2031年和2032年学生体检工作")[0] == 2031
    assert year_of_work("组织做好2031年学生体检工作")[0] == 2031
    assert year_of_work("为做好2031、2032年试点工作,近日召开会议")[0] is None  # a purpose that frames a report
    # ``或之前``: by the year or before it
    assert before_or_from("对选定的40公顷用地开展研究,以期在2032年或之前完成改划")[0] == 2032
    assert before_or_from("对选定的40公顷用地开展研究,以期在2032年之前完成改划")[0] == 2032
    assert before_or_from("该地块在2030年或以后才会出让")[0] is None  # after the year: no deadline


def test_an_undated_page_that_reports_a_years_data_dates_no_goal_to_that_year():
    assert reported_data_year("省统计公报显示,2030年,全省居民平均预期寿命达到80.1岁。") == 2030
    assert reported_data_year("某部今日召开发布会介绍,2030年全省幼儿园数达到3.1万所。") == 2030
    assert reported_data_year("到2030年,全省幼儿园数达到3.1万所。") is None  # a deadline, no reported data
    assert dated_in_reported_year("2027年至2030年,省财政下达资金12亿元,支持300家机构建设", 2030, 2030)
    assert dated_in_reported_year("2029年全省普惠园达到2.4万所,占比85%", 2029, 2030)
    assert not dated_in_reported_year("2030年,全省将新建幼儿园200所", 2030, 2030)  # still to come
    assert not dated_in_reported_year("到2032年,普惠园占比达到90%", 2032, 2030)  # after the reported year
    text = ("全省幼儿园建设综述\n省统计公报显示,2030年,全省学前三年毛入园率达到91%。\n"
            "2027年至2030年,省财政下达资金12亿元,支持300所幼儿园建设。\n到2033年,全省普惠园占比达到92%。\n")
    got = goals(text)
    assert ("到2033年,全省普惠园占比达到92%", 2033) in got
    assert not any(t.startswith("2027年至2030年") for t, _ in got)
