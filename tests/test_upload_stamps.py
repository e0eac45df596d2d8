"""O3d: a doc-sharing page's bare upload stamp over a plan that names its own year (made-up texts)."""

from rules_kit import records

from extract.rules.upload_stamps import planned_own_year, stamped_plan_year, upload_stamp_year

_PLAN = ("某镇重点工作安排\n\n时间:2034-04-09 08:27:37\n\n某镇重点工作安排\n\n"
         "(一)加快道路建设。2031年计划投资800万元再建12公里农村道路。\n\n"
         "(二)办好展会。2031年我镇计划于下半年举办展会一次。\n")


def test_bare_stamp_year():
    assert upload_stamp_year(_PLAN) == 2034
    # a byline with its source is the page's own date, not an upload stamp
    assert upload_stamp_year("某县新闻\n时间:2034-04-09 08:27 来源:某县日报\n") is None
    # a date without a clock time is not this stamp
    assert upload_stamp_year("某县新闻\n时间:2034-04-09\n") is None


def test_own_year_from_title_or_plan_sentences():
    assert planned_own_year("2031年某镇社会事业发展工作方案\n正文。") == 2031
    assert planned_own_year(_PLAN) == 2031
    # one planning sentence alone does not date the text
    assert planned_own_year("2031年计划投资800万元。") is None
    # a report on a plan's execution is no planning sentence
    assert planned_own_year("2031年计划执行情况良好。2031年计划完成情况如下。") is None


def test_stamp_gives_way_to_plan_year():
    assert stamped_plan_year(_PLAN, 2034) == 2031
    # the stamp is not the page's year: nothing to replace
    assert stamped_plan_year(_PLAN, 2031) is None
    # a news byline with its source keeps its date
    news = _PLAN.replace("时间:2034-04-09 08:27:37", "时间:2034-04-09 08:27 来源:某县日报")
    assert stamped_plan_year(news, 2034) is None


def test_plan_targets_kept_under_later_stamp():
    got = {(r.value, r.unit, r.target_year) for r in records(_PLAN, "numeric_target")}
    assert (800.0, "万元", 2031) in got
    assert (12.0, "公里", 2031) in got


def test_news_byline_year_still_past():
    news = _PLAN.replace("时间:2034-04-09 08:27:37", "时间:2034-04-09 08:27 来源:某县日报")
    got = {(r.value, r.unit) for r in records(news, "numeric_target")}
    assert (800.0, "万元") not in got


def test_plan_beside_outturn_is_no_plan_year():
    text = ("时间:2034-04-09 08:27:37\n某镇2031年计划投资2亿元,实际完成2.3亿元。2031年计划新建道路12公里,已完成10公里。\n")
    assert planned_own_year(text) is None
    assert stamped_plan_year(text, 2034) is None
