"""Search, twelfth round: a news page's paragraph the notice cue reads for a phrase (``认真贯彻落实``) is a passage; a
question that asks for a quantity gets no unit list."""

# a made-up news page: its lead says what the county carries out, with the notice's phrase ``认真贯彻落实`` in it
NEWS_DOC = ("某县全力推进示例实事项目\n\n"
            "今年,某县认真贯彻落实省市关于示例实事的要求,坚持以群众需求为出发点,扎实推进实施“建示例扩示例增示例”"
            "示例实事项目,多措并举巩固示例成果,有力夯实了示例事业高质量发展基础。\n\n"
            "据了解,今年某县共投资100万元实施示例实事项目,新建示例楼2栋。\n")

# a made-up notice: its own lines hand a plan down; they are no passage, long or short
NOTICE_DOC = ("某县示例局关于印发示例工作方案的通知\n\n"
              "各乡镇、县直各部门:\n\n"
              "现将《某县示例工作方案》印发给你们,请认真贯彻落实,结合本地本部门实际,认真组织实施,确保各项示例任务按期完成,"
              "并于每季度末报送工作进展情况。\n\n"
              "一、工作目标\n\n"
              "到2025年,全县新建示例书屋10家。\n")


def _items(tmp_path, text):
    from extract.search.passages import passages

    doc = tmp_path / "t.txt"
    doc.write_text(text, encoding="utf-8")
    return passages("t", str(doc), None, None, None)


def test_a_news_lead_with_a_notice_phrase_is_a_passage(tmp_path):
    items = _items(tmp_path, NEWS_DOC)
    assert any("建示例扩示例增示例" in p.quote for p in items)
    assert any("共投资100万元" in p.quote for p in items)  # as before


def test_a_notice_that_hands_a_plan_down_is_still_no_passage(tmp_path):
    items = _items(tmp_path, NOTICE_DOC)
    assert not any("印发给你们" in p.quote for p in items)
    assert any("新建示例书屋10家" in p.quote for p in items)


def test_reports_work_reads_prose_not_a_notice():
    from extract.search.passages import reports_work

    lead = NEWS_DOC.split("\n\n")[1]
    assert reports_work(lead)
    assert not reports_work(NOTICE_DOC.split("\n\n")[2])  # hands a plan down
    assert not reports_work("请认真贯彻落实。")  # short: a notice line
    assert not reports_work("据了解,今年某县共投资100万元实施示例实事项目。")  # no notice phrase: an ordinary passage


# a made-up plan: its preamble under no heading and its framing under one use the same phrase; they stay out
PLAN_DOC = ("某县示例工作实施方案\n\n"
            "为认真贯彻落实《示例法》,进一步做好示例工作,切实保障示例对象的合法权益,推动示例事业高质量发展,根据上级有关要求,结合我县实际,特制定本实施方案。\n\n"
            "一、工作目标\n\n"
            "到2025年,全县新建示例书屋10家。\n")


def test_a_headed_documents_preamble_with_a_notice_phrase_stays_out(tmp_path):
    from extract.search.passages import reports_work

    assert reports_work(PLAN_DOC.split("\n\n")[1])  # a long paragraph with the phrase, handing nothing down
    items = _items(tmp_path, PLAN_DOC)
    assert not any("特制定本实施方案" in p.quote for p in items)
    assert any("新建示例书屋10家" in p.quote for p in items)


def test_a_quantity_question_gets_no_unit_list():
    from extract.search.fusion import asks_quantity, query_units, unit_list_units

    assert asks_quantity("县示例局去年撤并了多少所学校") and asks_quantity("區示例局要建幾個示範點")
    assert not asks_quantity("妇联要配合做哪些工作") and not asks_quantity("几乎所有学校都参与的活动")
    assert query_units("县示例局去年撤并了多少所学校") == ["示例局"]
    assert unit_list_units("县示例局去年撤并了多少所学校") == []
    assert unit_list_units("县残联负责的民生实事") == ["残联"]  # a question about the unit's work keeps its list


def test_a_reports_figure_outranks_its_mentions_of_the_unit(tmp_path):
    """A unit's own report states its figures without naming itself; the paragraphs that name it do not answer."""
    from extract.embed import HashEmbedder
    from extract.pipeline import RunConfig, run
    from extract.search import SearchIndex

    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    doc.write_text("县示例局年度目标完成情况\n\n"
                   "一年来,县示例局紧紧围绕年初责任目标,县示例局全体干部职工齐心协力,县示例局圆满完成各项工作任务。\n\n"
                   "县示例局召开年度工作会议,县示例局主要负责同志出席会议并讲话。\n\n"
                   "为优化示例布局,今年撤并示例职业学校等12所学校,推进全县示例资源均衡发展。\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        hits = idx.search("县示例局今年撤并了多少所学校", mode="hybrid", top_k=3)
    assert hits and "撤并示例职业学校等12所" in hits[0].quote
