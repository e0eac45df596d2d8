"""Made-up tests for goal_told_acts (an act dated by its year alone, a rate measured) and goal_page_files (a page's
attached files, a QR code's label): no goal."""

from extract.rules.goal_page_files import names_page_files
from extract.rules.goal_told_acts import states_measured_rate, tells_year_act
from extract.rules.goals import find_goals


def _years(s: str) -> list:
    return [h.year for h in find_goals(s, 0, False)]


def test_act_told_with_its_year():
    s = "为促进书屋建设,某省于2031年颁布实施《书屋建设纲要》"
    assert tells_year_act(s, s.find("2031"))
    assert _years(s) == []
    s2 = "某乡公所於2031年争取到上级补助经费900万元,重建经费合计1800万元"
    assert tells_year_act(s2, s2.find("2031"))
    assert _years(s2) == []
    s3 = "为改善办学条件,国家于2029年至2031年实施校舍安全工程"
    assert tells_year_act(s3, s3.find("2031"))
    assert _years(s3) == []


def test_act_still_ahead_stays_a_goal():
    s = "某省将于2032年颁布《书屋管理办法》"
    assert not tells_year_act(s, s.find("2032"))
    assert _years(s) == [2032]
    s2 = "某乡计划于2032年出台书屋管理办法"
    assert not tells_year_act(s2, s2.find("2032"))
    s3 = "某县力争于2032年获批省级示范县"
    assert not tells_year_act(s3, s3.find("2032"))


def test_run_alone_and_document_name_are_no_told_act():
    s = "我县于2032年实施书屋提质工程"  # ``实施`` without a span: the plan's own date
    assert not tells_year_act(s, s.find("2032"))
    s2 = "根据《关于2032年实施民生实事的通知》,2032年全县实施12项民生实事"
    assert not tells_year_act(s2, s2.find("2032"))
    assert not tells_year_act(s2, s2.rfind("2032"))


def test_measured_rate():
    s = "2031年筛检率达98.29%,经复检后确诊异常个案占28.5%"
    assert states_measured_rate(s, 0)
    assert _years(s) == []
    assert not states_measured_rate("2032年书屋开放率达到100%", 0)
    s2 = "预计2032年达标率达到95.50%"
    assert not states_measured_rate(s2, s2.find("2032"))


def test_page_files():
    assert names_page_files("活动实施计划    2031年书屋补助公文.pdf    书屋建设计划.doc")
    assert names_page_files("某镇书屋大楼动土将2032年完工_QRCODE码")
    assert not names_page_files("到2032年,全镇建成书屋12个")
    assert not names_page_files("推广书屋借阅二维码,2032年覆盖全部书屋")
    assert _years("某镇书屋大楼动土将2032年完工_QRCODE码") == []
    assert _years("某镇书屋大楼动土,将于2032年完工") == [2032]


def test_plan_name_span():
    from extract.rules.goal_name_spans import in_plan_name_span
    s = "本计划依据某部中程施政计划(2031至2034年度)之施政重点办理"
    assert in_plan_name_span(s, s.find("2031"))
    assert in_plan_name_span(s, s.find("2034"))
    assert _years(s) == []
    s2 = "我市计划2031年至2034年建成书屋12个"
    assert not in_plan_name_span(s2, s2.find("2034"))
    s3 = "《某县书屋规划(2031—2035年)》提出,到2035年建成书屋12个"
    assert not in_plan_name_span(s3, s3.rfind("2035"))
    assert _years(s3) == [2035]


def test_meeting_put_off():
    from extract.rules.goals import tells_meeting_date
    s = "某市因故十七届人大六次会议延期至2031年2月12日召开"
    assert tells_meeting_date(s)
    assert _years(s) == []
    assert not tells_meeting_date("书屋改造项目延期至2031年完成")
    assert _years("书屋改造项目延期至2031年完成") == [2031]


def test_count_as_at_year_end():
    from extract.rules.goal_told_acts import counts_as_at_end
    s = "在2031至32年度终结时,正在施工的书屋工程共有12项,包括甲馆;乙馆"
    assert counts_as_at_end(s, s.find("2031"))
    assert _years(s) == []
    s2 = "2031年底前完成书屋工程12项"
    assert not counts_as_at_end(s2, 0)
    assert not counts_as_at_end("预计2031年度结束时书屋共有40个", 2)
    assert _years(s2) == [2031]
    s3 = "在2031至32年度终结时,正在施工的书屋计划共有2项,包括将军路书屋;前进路书屋"
    assert counts_as_at_end(s3, s3.find("2031"))


def test_population_will_is_a_forecast():
    from extract.rules.goal_forecasts import forecasts_population
    assert forecasts_population("该区的人口到2032年将增加19%至约14万")
    assert _years("该区的人口到2032年将增加19%至约14万") == []
    assert not forecasts_population("到2032年全区书屋将增加到40个")
