"""Cue tests of the fifteenth round, second pass (ugB15): made-up pages only."""

from extract.rules.unit_labels import bracketed_host_label
from rules_kit import units


def test_bracketed_host_label_line():
    assert bracketed_host_label("开展助残就业培训。(主办单位:某区残联;协办单位:某区人社局)")
    assert bracketed_host_label("推进托育服务。主办单位:某区卫健局;协办单位:某区妇联")
    assert not bracketed_host_label("主办单位:某市人民政府办公室")
    assert not bracketed_host_label("主办单位:某中心  承办单位:某公司")
    assert not bracketed_host_label("开展助残就业培训。(主办单位:某区残联 地址:某路1号)")


def test_bare_host_label_in_bracket_leads():
    got = units("一、推动长者社区照顾服务,增设日间照料中心10处。(主办:甲区民政局;协办:甲区卫健委)\n")
    assert got == [("推动长者社区照顾服务", ["甲区民政局"], ["甲区卫健委"])]


def test_traditional_host_labels_in_bracket():
    got = units("一、推動長者社區照顧服務,增設日間照顧中心10處。(主辦單位:社會局;協辦單位:衛生局)\n二、其他事項。\n")
    assert got == [("推动长者社区照顾服务", ["社会局"], ["卫生局"])]


def test_host_labels_closing_a_sentence():
    got = units("推动长者社区照顾服务。主办:甲区民政局;协办:甲区卫健委\n")
    assert got == [("推动长者社区照顾服务", ["甲区民政局"], ["甲区卫健委"])]
    got = units("推動全民運動。主辦單位:體育局 協辦單位:教育局\n二、其他事項。\n")
    assert got == [("推动全民运动", ["体育局"], ["教育局"])]


def test_footer_host_is_no_unit():
    assert units("转载请注明来源 主办:某区融媒体中心\n") == []
    assert units("某镇是物资集散地。 主办:某镇党委政府\n") == []
    assert units("某网站。主办单位:某市政府办公室 承办单位:某中心\n二、其他。\n") == []


def test_lead_then_doing():
    assert units("由某县民政局牵头开展困难群众救助工作。") == [("开展困难群众救助工作", ["某县民政局"], [])]
    assert units("某县人社局要牵头做好零工市场建设,某县财政局、某县税务局积极配合。") == [
        ("做好零工市场建设", ["某县人社局"], ["某县财政局", "某县税务局"])]


def test_lead_then_doing_near_misses():
    assert units("由各街道牵头开展困难群众排查。") == []
    assert units("张三副区长牵头重点工作") == []
    assert units("高校、科研机构牵头申请的应用型研究项目增多。") == []
    # (lead51) a deed reported done keeps its row (U7, twentieth round: ``X牵头`` + the task's verb, done or not)
    assert units("某区文旅局牵头编制了书屋建设规划。") == [("编制了书屋建设规划", ["某区文旅局"], [])]


def test_future_charge_with_jiang():
    assert units("某署將負責推行青年就業計劃,為青年提供培訓。") == [("推行青年就业计划", ["某署"], [])]
    assert units("某区人社局将负责推行零工市场建设。") == [("推行零工市场建设", ["某区人社局"], [])]


def test_future_charge_near_misses():
    assert units("家长将负责接送学生。") == []
    assert units("各街道将负责摸底排查。") == []
    assert units("某区人社局负责人将出席会议。") == []


def test_key_said_as_last_clause():
    assert units("1.加强灵活就业人员权益保障。(某县总工会、某县人社局按职责分工负责,列第一位的为牵头单位)\n") == [
        ("加强灵活就业人员权益保障", ["某县总工会"], ["某县人社局"])]
    assert units("1.加强灵活就业人员权益保障。(责任单位:某县总工会、某县人社局,排在首位的为牵头单位)\n") == [
        ("加强灵活就业人员权益保障", ["某县总工会"], ["某县人社局"])]


def test_key_clause_near_misses():
    from extract.rules.unit_labels import key_clause
    assert key_clause("甲局、乙局") is None
    assert units("1.加强灵活就业人员权益保障。(责任单位:某县总工会、某县人社局)\n") == [
        ("加强灵活就业人员权益保障", [], ["某县总工会", "某县人社局"])]


def goals(text):
    from rules_kit import records
    return [(r.target_year, r.quote) for r in records(text, "goal")]


def test_goal_colon_year():
    assert goals("本市订定目标:2031年全市长照服务涵盖率达80%。") == [(2031, "本市订定目标:2031年全市长照服务涵盖率达80%")]
    assert goals("為落實長照政策,本市訂定目標:2031年長照服務涵蓋率達80%。") == [
        (2031, "為落實長照政策,本市訂定目標:2031年長照服務涵蓋率達80%")]


def test_goal_colon_year_near_misses():
    from extract.rules.unit_labels import goal_colon_year
    assert goal_colon_year("某省:2031年全省公办园占比达到60%以上") == (None, -1)
    assert goal_colon_year("完成时限:2031年12月底") == (None, -1)
    assert goals("数据显示:2029年全区新生达到1.8万人。") == []


def test_time_part_closing_unit_bracket():
    got = units("1.健全基本养老保险制度。(某市人社局、某市财政局,2031年底前)\n2.推进医保支付方式改革。(某市医保局;6月底前完成)\n")
    assert got == [("健全基本养老保险制度", [], ["某市人社局", "某市财政局"]), ("推进医保支付方式改革", [], ["某市医保局"])]


def test_time_part_near_misses():
    from extract.rules.unit_labels import without_time_part
    assert without_time_part("某市人社局、某市财政局") == "某市人社局、某市财政局"
    assert without_time_part("2031年底前完成改造") == "2031年底前完成改造"
    assert units("1.健全基本养老保险制度。(2031年底前完成)\n") == []


def test_about_title_is_no_goal():
    assert goals("关于做好2031年残疾人就业工作的通知\n各区:\n") == []
    assert goals("某市人民政府办公室关于印发2031年养老服务工作要点的通知\n各区:\n") == []


def test_about_title_near_misses():
    assert goals("2031年前出台关于促进托育服务发展的实施意见。") == [(2031, "2031年前出台关于促进托育服务发展的实施意见")]
    assert goals("关于2031年全面建成托育体系,要求各地加快推进。") != []


def test_peoples_organisation_heading_owns_items():
    got = units("(一)某区人社局\n1.开展就业援助月活动。\n(二)某区妇联\n1.开展巾帼创业培训。\n(三)某县残疾人联合会\n1.开展残疾人职业培训。\n")
    assert got == [("开展就业援助月活动", ["某区人社局"], []), ("开展巾帼创业培训", ["某区妇联"], []),
                   ("开展残疾人职业培训", ["某县残疾人联合会"], [])]


def test_peoples_organisation_near_misses():
    from extract.rules.unit_labels import mass_org_name
    assert not mass_org_name("妇联工作")
    assert not mass_org_name("支持某区妇联开展培训")
    assert units("妇联工作\n1.开展巾帼创业培训。\n") == []


def test_peoples_organisation_duty_blocks():
    got = units("三、职责分工\n某区妇联:1.开展巾帼创业培训。2.开展家庭教育指导。\n某区残联:1.开展残疾人职业培训。\n")
    assert got == [("开展巾帼创业培训", ["某区妇联"], []), ("开展家庭教育指导", ["某区妇联"], []),
                   ("开展残疾人职业培训", ["某区残联"], [])]
    assert units("联系我们\n某区妇联:0123-4567\n某区残联:0123-4568\n") == []


def test_cumulative_total_under_deadline_is_goal():
    assert goals("至2031年底,全市将累计建成长者食堂100家。") == [(2031, "至2031年底,全市将累计建成长者食堂100家")]


def test_cumulative_near_misses():
    assert goals("截至2030年底,全市累计建成长者食堂80家。") == []
    assert goals("到2030年底,已累计建成长者食堂80家。") == []
    assert goals("2027年至2030年,全市累计新建幼儿园40所。") == []


def test_unit_list_ends_at_next_field():
    got = units("1.实施社区嵌入式养老服务工程\n责任单位:某区民政局 完成时限:2031年12月\n2.推进家庭医生签约服务\n责任单位:某区卫健委 完成时限:2031年6月\n")
    assert got == [("实施社区嵌入式养老服务工程", [], ["某区民政局"]), ("推进家庭医生签约服务", [], ["某区卫健委"])]
    assert units("1.实施社区嵌入式养老服务工程,责任单位:某区民政局,完成时限:2031年底。") == [
        ("实施社区嵌入式养老服务工程", [], ["某区民政局"])]


def test_next_field_near_misses():
    from extract.rules.unit_labels import before_other_field
    assert before_other_field("某区民政局、各街道") == "某区民政局、各街道"
    assert units("1.实施社区嵌入式养老服务工程。完成时限:2031年底。") == []


def test_numbered_goal_with_other_measure_words():
    got = goals("二、主要目标\n(一)新增养老床位500张。\n(二)建设老年食堂20个。\n(三)开展送戏下乡100场。\n")
    assert got == [(None, "新增养老床位500张"), (None, "建设老年食堂20个"), (None, "开展送戏下乡100场")]


def test_numbered_title_without_amount_stays_heading():
    from extract.headings import parse_heading
    assert parse_heading("(一)养老服务床位建设") is not None
    assert parse_heading("(一)新增养老床位500张。") is None


def test_bare_helper_column():
    got = units("項目 | 主辦 | 協辦\n增設公共托育家園 | 社會局 | 教育局\n推動長者共餐據點 | 社會局 | 各區公所\n")
    assert got == [("增设公共托育家园", ["社会局"], ["教育局"]), ("推动长者共餐据点", ["社会局"], ["各区公所"])]


def test_bare_helper_column_near_miss():
    from extract.cues import column_role
    assert column_role("协办") == "responsible"
    assert column_role("协办事项") != "responsible"


def test_ordinal_is_no_part_of_unit():
    assert units("一是由某区民政局牵头,开展养老机构安全整治;二是由某区卫健委牵头,推进医养结合。") == [
        ("开展养老机构安全整治", ["某区民政局"], []), ("推进医养结合", ["某区卫健委"], [])]
    assert units("一是某区民政局负责开展养老机构安全整治;二是某区卫健委负责推进医养结合。") == [
        ("开展养老机构安全整治", ["某区民政局"], []), ("推进医养结合", ["某区卫健委"], [])]


def test_ordinal_near_miss():
    assert units("统一是由某区民政局负责。") == []


def test_demographic_forecast_is_no_goal():
    assert goals("预计到2031年,全市60岁以上老年人口将达到150万。") == []
    assert goals("預計2031年長者人口將突破200萬。") == []


def test_demographic_forecast_near_misses():
    assert goals("预计2031年建成区养老院。") == [(2031, "预计2031年建成区养老院")]
    assert goals("预计到2031年新增托位3000个。") == [(2031, "预计到2031年新增托位3000个")]


def test_helpers_clause_closed_by_bare_doing():
    assert units("长者服务计划由某市民政局统筹,某市卫健委、某市医保局协助推行。") == [
        ("长者服务计划", ["某市民政局"], ["某市卫健委", "某市医保局"])]


def test_helpers_clause_with_task_near_miss():
    assert units("长者服务计划由某市民政局牵头,某市卫健委配合实施新建工程。") == [("长者服务计划", ["某市民政局"], [])]


def test_dash_before_labels_is_no_part_of_task():
    assert units("新建社区嵌入式养老服务设施20个——牵头单位:某区民政局;责任单位:各街道。") == [
        ("新建社区嵌入式养老服务设施20个", ["某区民政局"], ["各街道"])]
    assert units("新建社区嵌入式养老服务设施20个。牵头单位:某区民政局") == [
        ("新建社区嵌入式养老服务设施20个", ["某区民政局"], [])]


def test_place_colon_headline_is_no_goal():
    assert goals("某市:2031年建成老年友好型社会\n2030-03-01 某日报\n本报讯 某市日前出台意见。\n") == []
    assert goals("某省：2031年全省托位达到10万个\n来源:某日报\n本报讯 某省日前出台意见。\n") == []


def test_place_colon_headline_near_miss():
    assert goals("本市订定目标:2031年全市长照服务涵盖率达80%。\n本报讯 某市日前出台意见。\n") == [
        (2031, "本市订定目标:2031年全市长照服务涵盖率达80%")]
    from extract.rules.goals import is_title_line
    assert not is_title_line("摘要:某市2032年新建学校20所", "来源:某日报")
