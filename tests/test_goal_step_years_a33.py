"""Made-up tests for goalA33's O4 reading of a goal sentence with several years of one undertaking
(goal_step_years.first_step_year: the first dated step or listed year; goal_step_years.span_end_year: a span's end)."""

from extract.rules.goal_step_years import first_step_year, span_end_year
from rules_kit import records


def _goals(text):
    return [(g.quote, g.target_year) for g in records(text, "goal")]


def test_first_step_year():
    assert first_step_year("某馆预计2031年开工,2033年建成投用", 2033) == 2031
    assert first_step_year("项目建设时间:2031年6月开工,2032年3月完工", 2032) == 2031
    assert first_step_year("计划开工日期为2031年3月,预计2032年2月竣工", 2032) == 2031
    assert first_step_year("某县规划2031、2032年新建幼儿园3所", 2032) == 2031
    assert first_step_year("2031年、2032年,全县毛入园率将分别达到90%、92%", 2032) == 2031
    assert first_step_year("纲要明确2031年取得阶段性成效、2035年建成服务体系", 2035) == 2031
    assert first_step_year("某馆已于2030年开工,预计2032年建成", 2032) is None  # a step done
    assert first_step_year("某率比2030年提高5个百分点,2032年达到90%", 2032) is None  # a base year
    assert first_step_year("某馆预计2033年建成", 2033) is None  # one year only


def test_span_end_year():
    assert span_end_year("全省计划在2031年~2034年实施书屋改造工程", 2031) == 2034
    assert span_end_year("2031年—2033年,全县失业率每年控制在3%以内", 2031) == 2033
    assert span_end_year("预计于117年-121年改建期间,教室迁至甲楼", 2028) == 2032  # ROC years
    assert span_end_year("2031年3月至2032年底完成", 2031) is None  # months: read by the date cues
    assert span_end_year("《某规划(2031年-2035年)》提出", 2031) is None  # a document's name


def test_steps_end_to_end():
    text = "某县新体育馆建设\n目前项目选址已基本确定,预计2031年开工,2033年建成投用。\n"
    assert _goals(text) == [("目前项目选址已基本确定,预计2031年开工,2033年建成投用", 2031)]


def test_step_told_done_dates_nothing():
    # (N9b) a start told with no word of planning before it is a step done at the page's date
    assert first_step_year("该项目2031年10月正式开工,目前各项工作稳步推进,预计于2032年年底投入使用", 2032) is None
    assert first_step_year("重建工程120年9月完成發包,12月開工,預計122年10月完工", 2033) is None


def test_o4_year_for_table_cells():
    from extract.rules.goal_step_years import o4_year
    s = "加强某队伍建设,2031年配备专职人员的学校比例达到80%,2033年达到90%"
    assert o4_year(s, 2033, 2031) == 2031
    assert o4_year(s, 2033, 2032) == 2033  # the first year over at the page's date
    assert o4_year("某馆预计2031年开工,2033年建成", 2033, None) == 2031
    assert o4_year("全省计划在2031年~2034年实施某工程", 2031, 2031) == 2034
    assert o4_year("某馆预计2033年建成", 2033, 2031) == 2033
    assert o4_year("某馆建成", None, 2031) is None


def test_span_of_a_period_field_is_no_commitment_span():
    """(goalA34) A span given as the works' period field (``建设期程自…至…``) does not move the year to its end."""
    from extract.rules.goal_step_years import span_end_year
    assert span_end_year("某馆建设计划已获核定,建设期程自2031年至2034年,并将自2031年元月起陆续启动筹建", 2031) is None
    assert span_end_year("2031年~2034年实施书屋提升工程", 2031) == 2034
