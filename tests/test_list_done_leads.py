from extract.rules.list_done_leads import lead_reports_list_done


def test_lead_announces_list_done():
    assert lead_reports_list_done("某区2031年度实事项目顺利完成。经过测评,群众满意度为92分。")
    assert lead_reports_list_done("2031年,某县共议定为民办实事8项,这8项民心实事全部办理完成。")
    assert lead_reports_list_done("年初,某街道制定了实事清单。经过一年的努力,多项计划变为现实。")
    assert lead_reports_list_done("2031年度某市政府實事項目順利完成。")


def test_lead_near_misses():
    assert not lead_reports_list_done("确保2032年实事项目全部完成。")
    assert not lead_reports_list_done("某区将推动民生实事项目如期高效完成。")
    assert not lead_reports_list_done("某区公布2032年实事完成率考核办法。")
    assert not lead_reports_list_done("某区2032年为民办实事项目出炉\n基本完成旧城改造项目回迁安置")
    assert not lead_reports_list_done("某区发布2032年十件实事,新建公园3个。")
    assert not lead_reports_list_done("某市实事项目年底前全部完成。")


def test_page_led_by_list_done_gives_no_targets():
    from pathlib import Path
    import tempfile
    from extract.ingest import read_document
    from extract.pipeline import process_document
    text = ("某街道2031年度实事项目全部完成。\n"
            "小区环境改造。街道对甲小区进行修缮,重新铺设地面900平方米,加固井口40座。\n")
    p = Path(tempfile.mkdtemp()) / "x-lead.txt"
    p.write_text(text)
    recs = [r for r in process_document(read_document(p), "rules").records if r.type == "numeric_target"]
    assert recs == []
    plan = ("某街道2031年度实事项目出炉。\n"
            "小区环境改造。街道对甲小区进行修缮,重新铺设地面900平方米,加固井口40座。\n")
    p.write_text(plan)
    recs = [r for r in process_document(read_document(p), "rules").records if r.type == "numeric_target"]
    assert recs != []


def test_lead_that_turns_to_the_next_list():
    assert not lead_reports_list_done("过去一年,全区十件实事全部完成。\n2032年,全区将办好以下民生实事:")
    assert not lead_reports_list_done("某县2031年实事全部完成。明年某县再办十件实事。")
    assert lead_reports_list_done("某市2031年实事项目顺利完成。某市共安排31项实事,年度计划投资12亿元。")


def test_beaten_plan_is_no_turn_ahead():
    assert lead_reports_list_done("某市2031年实事项目顺利完成,其中,8个项目超计划完成。")


def test_lead_turning_to_the_years_goals():
    """(goalA25) a done list told, then the goals set for the year: the page turns ahead, no report of the list done."""
    lead = "●9件民生实事全部完成\n■ 2032年全县农业农村工作的主要预期目标\n●全县粮食总产量稳定在40万吨左右\n"
    assert not lead_reports_list_done(lead)
    assert lead_reports_list_done("●12件民生实事全部完成\n■ 主要预期目标完成情况\n")
    assert lead_reports_list_done("12件民生实事全部完成,年度工作目标圆满完成。")
