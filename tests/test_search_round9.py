"""Search, ninth round: a table cell the table reader lost, and a task whose cells stand on lines of their own."""

from test_search import _passage_rows as _rows

# a made-up progress table: the second row's status cell wraps onto a line of its own, and the table reader
# keeps only the row's first cells
PROGRESS_DOC = ("某县文体局示例重点工作完成情况\n"
                "序号 | 重点工作目标任务 | 责任单位 |\n进展情况 | 完成状态 |\n"
                "1 | 办好示例山地运动会。 | 县文体局 | 示例山地运动会已于6月在示例古镇开幕,设置示例比赛6项,开展示例活动3项,"
                "招募示例运动员800人。 | 达预期 |\n"
                "2 | 推进示例健身设施建设。 | 县文体局 | 截至9月底,全县已新建示例健身步道12.5公里,完成目标任务的105%;"
                "改造示例灯光球场8片,完成年度任务的100%。 |\n达预期 |\n")

# a made-up quarterly report whose table is read as lines, one cell a paragraph: the task's title, its goal and
# its unit stand apart
CELLS_DOC = ("某区示例局2021年工作落实结果\n\n目标任务\n\n年度目标\n\n责任单位\n\n落实情况\n\n"
             "健全示例阅读服务网络\n\n示例阅读服务覆盖面明显扩大,服务质量明显提升。\n\n区示例局\n\n"
             "1.指导各街道上报示例阅读点名单12个,经实地走访,最终确定示例阅读点4个。\n\n"
             "2.推进示例书屋建设,新建示例书屋3家,并于3月起开放。\n")


def test_a_cell_the_table_reader_lost_is_part_of_its_row(tmp_path):
    from extract.search.passages import passages

    doc = tmp_path / "t.txt"
    doc.write_text(PROGRESS_DOC, encoding="utf-8")
    quotes = [p.quote for p in passages("t", str(doc), None, None, None)]
    row = [q for q in quotes if "推进示例健身设施建设" in q]
    assert row and "12.5公里" in row[0] and "改造示例灯光球场8片" in row[0]
    assert sum("12.5公里" in q for q in quotes) == 1
    assert not any(q.startswith("序号") or "重点工作目标任务" in q for q in quotes)  # a header row says nothing


def test_an_uncovered_stretch_of_labels_or_contents_is_no_passage():
    from extract.search.passages import _gap

    labels = "\n序号 |\n指标名称 |\n单位 |\n2023年 |\n牵头单位 |\n1 |\n"
    assert _gap(labels, 0, len(labels), []) == []
    contents = "\n目录\n第一章示例发展基础..........................9\n"
    assert _gap(contents, 0, len(contents), []) == []
    short = "\n预期性\n4.示例标准班额比例(%)\n"
    assert _gap(short, 0, len(short), []) == []
    note = "\n预期性\n说明:示例素养水平是指具备示例素养的人在监测总人群中所占的比例。\n"
    (s, e, _p), = _gap(note, 0, len(note), [])
    assert note[s:e].startswith("预期性") and note[s:e].endswith("比例。")


def test_a_passage_inside_a_task_of_another_passage_is_part_of_that_measure(tmp_path):
    rows = _rows(tmp_path, CELLS_DOC)
    title = [r for r in rows if r["part"] == 0 and "健全示例阅读服务网络" in r["quote"] and "覆盖面" not in r["quote"]]
    goal = [r for r in rows if r["part"] == 0 and r["quote"].startswith("示例阅读服务覆盖面")]
    assert title and goal
    assert title[0]["grp"] == goal[0]["grp"]  # one measure: a hit on the title stands for the goal and its unit


def test_plain_words_are_put_as_the_texts_put_them():
    from extract.search.bm25 import plain_words

    assert plain_words("县里要培养多少护工") == "护理员"
    assert plain_words("適齡孩子上幼兒園的比例") == "儿童 毛入园率 入园率"  # either script; a share: the rate terms
    assert plain_words("老人每月能领多少补贴") == "老年人 长者"
    assert plain_words("教师的学历达标情况") == ""  # the texts' word already: nothing to add
    assert plain_words("老师和教师") == ""


def test_a_question_in_plain_words_finds_the_text_that_says_it_otherwise(tmp_path):
    from extract.embed import HashEmbedder
    from extract.pipeline import RunConfig, run
    from extract.search import SearchIndex
    from extract.search.bm25 import tokenize

    text = "全年培训示例中级养老护理员1200名"
    question = "要培训多少护工"
    assert "护工" not in tokenize(text)
    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    doc.write_text("某市示例养老服务工作要点\n\n" + text + "。\n\n培训示例社区厨师300名,培训示例家政人员500名。\n",
                   encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        hits = idx.search(question, mode="bm25", top_k=3)
        assert hits and "养老护理员" in hits[0].quote
        # the question's own words still weigh more than the added ones
        assert "社区厨师" in idx.search("培训多少社区厨师和护工", mode="bm25", top_k=3)[0].quote


def test_the_dense_query_names_the_texts_word_beside_the_plain_one():
    from extract.search.index import dense_query

    assert dense_query("要培养多少护工") == "要培养多少护工(护理员)"
    assert dense_query("要培养多少护理员") == "要培养多少护理员"
