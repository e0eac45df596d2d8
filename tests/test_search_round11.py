"""Search, eleventh round: a heading kept when lines join the passage below it; unit fields the normaliser
drops as page furniture."""

# a made-up progress report: numbered headings, a figure paragraph under each, then the reporting unit and a
# date on lines of their own (they join the paragraph above)
REPORT_DOC = ("某县示例局关于年度示例实事的自查报告\n\n"
              "一、示例书屋建设工作\n\n"
              "全年新建示例书屋5家,已全部完成并投入使用,达到本年度考核目标。\n\n"
              "二、减少示例班额工作\n\n"
              "年度减少示例大班额任务目标数是40个,实际已减少52个,完成率为130%。\n\n"
              "县示例局\n\n"
              "202012\n")

# a made-up reply to a proposal: its header fields one a line, the handling unit among them
REPLY_DOC = ("某市政协示例提案办理回复单\n\n"
             "提案名称:关于增加示例社区托育名额的建议\n\n"
             "交办时间:2024年5月6日\n\n"
             "主要承办单位:某市示例卫生健康局\n\n"
             "协办单位:某市示例民政局\n\n"
             "办理回复:\n\n"
             "今年将新增示例社区托育点3个,提供托位90个,预计9月开园招生。\n")

# a made-up plan of festival events: who guides, runs and helps it, one field a line
EVENTS_DOC = ("某市示例节日系列活动方案\n\n"
              "一、活动主题\n\n"
              "示例节日·欢乐社区\n\n"
              "二、组织机构\n\n"
              "主办单位:中共某市委示例部、某市示例办\n\n"
              "承办单位:某市示例图书馆、某市示例文化馆\n\n"
              "三、活动安排\n\n"
              "1、示例诗会,活动时间:9月28日晚上,活动地点:某市示例广场。\n")

# a made-up page whose footer names the site's owner and host: page furniture, not a passage
FOOTER_DOC = ("某县示例局关于示例运动会的通知\n\n"
              "各学校:县示例运动会定于10月举行,请各校组织学生报名参加,于9月30日前报送名单。\n\n"
              "主办单位:某县人民政府办公室  地址:某县示例路1号  电话:0000-1234567\n\n"
              "承办单位:某县示例信息中心 网站标识码:0000000000\n\n"
              "主办单位:某县示例局 版权所有\n")


def _items(tmp_path, text):
    from extract.search.passages import passages

    doc = tmp_path / "t.txt"
    doc.write_text(text, encoding="utf-8")
    return passages("t", str(doc), None, None, None)


def test_a_passage_that_lines_below_it_join_keeps_its_heading(tmp_path):
    items = _items(tmp_path, REPORT_DOC)
    under = [p for p in items if "实际已减少52个" in p.quote]
    assert len(under) == 1
    # the unit and the date below it joined the passage, and its span still reaches back to its heading
    assert under[0].quote.startswith("二、减少示例班额工作") and under[0].quote.rstrip().endswith("202012")
    assert "减少示例班额工作" in under[0].text
    first = [p for p in items if "新建示例书屋5家" in p.quote]
    assert first and first[0].quote.startswith("一、示例书屋建设工作")  # as before: no line joins it


def test_a_handling_unit_field_of_a_reply_is_a_passage_named_by_its_subject(tmp_path):
    items = _items(tmp_path, REPLY_DOC)
    # since norm.v4 (units11) such a field is no footer: it stays in the text and a passage holds it; the fallback
    # passage named by the subject (``_unit_fields``) serves the fields the normaliser still drops
    unit = [p for p in items if "主要承办单位:某市示例卫生健康局" in p.quote]
    assert len(unit) == 1 and "示例卫生健康局" in unit[0].search_text
    assert any("协办单位:某市示例民政局" in p.quote for p in items)  # a unit line: it joins the field above, as before


def test_the_units_that_run_an_event_are_passages(tmp_path):
    items = _items(tmp_path, EVENTS_DOC)
    assert any("主办单位:中共某市委示例部、某市示例办" in p.quote for p in items)
    run_by = [p for p in items if "承办单位:某市示例图书馆、某市示例文化馆" in p.quote]
    assert run_by and "组织机构" in run_by[0].text  # the section it stands in names it


def test_a_footer_naming_the_sites_owner_is_no_passage(tmp_path):
    items = _items(tmp_path, FOOTER_DOC)
    assert not any("单位" in p.quote[:6] for p in items)
    assert any("示例运动会定于10月举行" in p.quote for p in items)


def test_unit_field_variants_and_near_misses():
    from extract.search.passages import _FOOTER_REST, _SUBJECT_FIELD, _UNIT_FIELD

    for line in ("主办单位:县示例局、团县委", "承办单位：某区示例中心", "协办单位:示例街道办事处",
                 "主要承办单位:第一师示例市教育局", "指导单位:某市示例实践中心", "会办单位: 县示例局"):
        assert _UNIT_FIELD.match(line), line
    for line in ("主办单位:", "承办单位: 2024", "主办单位负责组织报名", "单位名称:某县示例局"):
        assert not _UNIT_FIELD.match(line), line
    for line in ("主办单位:某市人民政府办公室 ICP备00000000号", "承办单位:某市示例信息中心 联系电话:0000",
                 "主办单位:某县示例局 版权所有", "主办单位:某市示例局 网站维护:某公司"):
        assert _FOOTER_REST.search(line), line
    for line in ("提案名称:关于示例的建议", "活动主题:示例节日", "案由:关于整治示例环境的提案", "建议题目:《示例》"):
        assert _SUBJECT_FIELD.match(line), line
    assert not _SUBJECT_FIELD.match("交办时间:2024年5月6日") and not _SUBJECT_FIELD.match("名称:")


def test_a_traditional_script_unit_field_is_a_passage(tmp_path):
    items = _items(tmp_path, "某市示例節慶活動計劃\n\n活動主題:示例節慶·歡樂社區\n\n主辦單位:某市示例文化局、某區示例公所\n\n"
                             "一、活動時間:10月1日至10月3日,地點:某市示例廣場,預計參加民眾3000人次。\n")
    assert any("主辦單位:某市示例文化局" in p.quote for p in items)


def test_the_organisations_a_query_names_are_units():
    from extract.search.fusion import query_units

    assert query_units("县残联负责的民生实事") == ["残联"]
    assert query_units("市婦聯要配合做哪些工作") == ["妇联"]  # Traditional script, its level before it
    assert query_units("区红十字会负责哪项实事") == ["红十字会"]
    assert query_units("區科協") == ["科协"]
    assert query_units("县委宣传部和县文明办牵头的活动") == ["宣传部", "文明办"]
    assert query_units("市总工会今年要办哪些实事") == ["总工会"]
    assert query_units("市人社局和市残联共同负责的任务") == ["人社局", "残联"]  # with a unit ending in 局
    for near in ("施工会议安排在几月", "加工会展中心建设", "社会组织参与情况", "联合检查由谁负责"):
        assert query_units(near) == [], near


def test_the_measures_of_an_organisation_a_question_names_come_first(tmp_path):
    from extract.embed import HashEmbedder
    from extract.pipeline import RunConfig, run
    from extract.search import SearchIndex

    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    tasks = [f"{i}.做好第{i}项示例民生工作,按月报送示例工作进展情况。(责任单位:县示例局)" for i in range(1, 9)]
    tasks += ["9.为示例困难家庭的孩子开展示例关爱活动20场。(责任单位:县妇联)",
              "10.组织示例志愿者开展示例家庭教育讲座12场。(责任单位:县妇联、县示例局)"]
    doc.write_text("某县示例民生工作任务分解\n\n" + "\n\n".join(tasks) + "\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        hits = idx.search("妇联负责哪些民生工作", mode="hybrid", top_k=3)
    assert hits and all("妇联" in " ".join(h.lead_units + h.responsible_units) + h.quote for h in hits[:2])
