from extract.rules.look_back_openers import after_source_lead, opens_counted_years
from extract.rules.recounts import Recount, opens_period_to_date, recount_spans


def test_counted_years_open_a_look_back():
    assert opens_counted_years("五年来,某区共新建学校9所")
    assert opens_counted_years("一年来,甲园新增学位300个")
    assert opens_counted_years("三年來,某縣新建公園5處")
    assert opens_counted_years("根据某局的统计数据,五年来,某区新建学校9所")
    assert opens_counted_years("据介绍,两年来,某镇新增托位120个")


def test_counted_years_near_misses():
    assert not opens_counted_years("未来五年,某区将新建学校9所")
    assert not opens_counted_years("五年内,某区新建学校9所")
    assert not opens_counted_years("某区五年来新建学校9所")
    assert not opens_counted_years("今后三年,某区新建学校9所")
    assert not opens_counted_years("根据规划,五年内新建学校9所")


def test_source_lead():
    assert after_source_lead("据统计,截至2031年底,某区建成公园8个") == "截至2031年底,某区建成公园8个"
    assert after_source_lead("根据某局的统计数据,三年来,新增学位") == "三年来,新增学位"
    assert after_source_lead("根据规划,某区新建学校9所") is None
    assert after_source_lead("某区根据统计数据调整布局,新建学校9所") is None


def test_period_opener_behind_source():
    assert opens_period_to_date("据统计,截至2031年底,某区建成公园8个")
    assert not opens_period_to_date("据统计,某区2032年将建成公园8个")


def test_run_opened_by_counted_years_holds_its_figures():
    para = "根据某局的统计数据,五年来,某区共新建学校9所,新增学位3000个。"
    assert recount_spans(para, Recount()) != []
    plan = "根据某局的统计数据,五年来成效明显。到2033年,某区将新建学校9所。"
    spans = recount_spans(plan, Recount())
    assert all("2033" not in plan[a:b] for a, b in spans)


def test_year_gone_by_behind_a_quoted_report():
    # ``报告显示,过去的2031年,…``: a report quoted, then a named year gone by; the run recounts that year (N13)
    assert after_source_lead("报告显示,过去的2031年,某市就业规模持续扩大。") == "过去的2031年,某市就业规模持续扩大。"
    assert opens_period_to_date("报告显示,过去的2031年,某市就业规模持续扩大。")
    assert opens_period_to_date("过去的2031年里,某县新建学校4所。")
    assert not opens_period_to_date("报告显示,2032年某市将新增就业30万人。")
    assert not opens_period_to_date("报告指出,未来一年里,某市将促进更高质量的就业。")


def test_year_gone_by_run_gives_no_targets():
    text = "报告显示,过去的2031年,某市就业规模持续扩大。多渠道开发岗位,新增就业31万人。"
    assert recount_spans(text, Recount()) != []


def test_news_lead_before_a_period_to_date():
    # a news lead (the paper's dateline, the reporter's source) before ``今年以来,``: the run recounts (N13)
    s = "本报讯(记者 某某)6月19日,记者走访了解到,今年以来,某区新建村级文化广场9个。"
    assert after_source_lead(s) == "今年以来,某区新建村级文化广场9个。"
    assert opens_period_to_date(s)
    assert after_source_lead("记者从某县教育局获悉,截至目前,全县新建校舍3万平方米。") == "截至目前,全县新建校舍3万平方米。"
    assert not opens_period_to_date("本报讯(记者 某某)5月8日,记者了解到,某县今年将新建农家书屋16个。")
