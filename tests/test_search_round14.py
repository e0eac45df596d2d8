"""Search, fourteenth round: questions in a new user's words (dev-wild13, written by someone who never saw the search).

- a bare ``政府办`` before ``的``/``了`` is the verb (``政府办的托管班``: run by the government), not the office;
- a unit the index's own records name (``保卫处``, ``后勤资产处``) found in a question gets the unit list as a
  ``…局``/``…委`` unit does;
- everyday words and a Taiwan word: ``老年痴呆`` -> ``认知障碍``, ``抽烟`` -> ``吸烟 控烟``, ``中标`` <-> ``得标``;
- a question that asks what a unit leads (``…负责哪些``) gets no unit-list hit that names the unit only as a helper;
- a sentence inside a measure's embedded text that is less than a third of it is an item of its own, for the dense
  side only: BM25 neither reads it nor counts it in its statistics.
"""


def test_government_run_is_no_unit():
    from extract.search.fusion import query_units

    assert query_units("放暑假孩子没人带,有没有政府办的托管班") == []
    assert query_units("政府办了几所养老院") == []
    # the office: with its level, with 人民, or not before 的/了
    assert query_units("县政府办的职责有哪些") == ["政府办"]
    assert query_units("区人民政府办的职责") == ["政府办"]
    assert query_units("政府办负责哪些工作") == ["政府办"]


def test_indexed_units_keep_named_offices_only():
    from extract.search.fusion import indexed_units

    names = ["保卫处", "市教育局", "各县区", "日常管理部门", "相关镇街", "共同", "校医院", "团区委", "使用部门",
             "学生工作处及学生所在单位", "省人力资源和社会保障厅", "示例物业公司"]
    assert indexed_units(names) == ["保卫处", "教育局", "校医院", "团区委", "人力资源和社会保障厅", "示例物业公司"]


def test_unit_list_takes_the_index_units_a_question_names():
    from extract.search.fusion import unit_list_units

    known = ["保卫处", "后勤资产处", "教育局"]
    assert unit_list_units("校园安全大检查中保卫处负责哪些事项", known) == ["保卫处"]
    assert unit_list_units("后勤资产处在校园安全检查里管哪些方面", known) == ["后勤资产处"]
    # a unit the query's own pattern finds is not named twice; a quantity question gets no list
    assert unit_list_units("县教育局要做哪些工作", known) == ["教育局"]
    assert unit_list_units("保卫处去年查出多少处隐患", known) == []
    assert unit_list_units("校园安全大检查中保卫处负责哪些事项") == []  # no index units: the pattern alone


def test_everyday_and_taiwan_words():
    from extract.search.bm25 import plain_words
    from extract.search.regional import mainland_to_regional, regional_to_mainland

    assert plain_words("家里老人得了老年痴呆有没有地方照顾").split()[-2:] == ["认知障碍", "失智"]
    assert plain_words("抽烟的人香烟税涨了多少") == "吸烟 控烟"
    assert "得标" in mainland_to_regional("运动中心委外经营是哪家公司中标")
    assert "中标" in regional_to_mainland("由示例公司得标")


def test_a_helper_is_no_answer_to_what_a_unit_leads():
    from extract.search.fusion import asks_lead, only_supports

    assert asks_lead("校园安全大检查中保卫处负责哪些事项") and asks_lead("后勤资产处在安全检查里管哪些方面")
    assert asks_lead("市人社局牵头的民生实事")
    assert not asks_lead("妇联要配合做哪些工作") and not asks_lead("人社局要做哪些工作")
    assert not asks_lead("示例处的设备管理工作")  # 管理 is no question of who leads
    assert only_supports("学生公寓的消防安全管理,由示例资产处负责,保卫处、学生工作处配合;", "保卫处")
    assert only_supports("家属区的消防安全管理,由相关物业公司负责、保卫处配合;", "保卫处")
    assert only_supports("(牵头单位:区教育局;配合单位:保卫处、团区委)", "保卫处")
    assert not only_supports("办公场所的消防安全通道等,由保卫处负责、相关管理单位配合;", "保卫处")
    assert not only_supports("由保卫处牵头、日常管理部门配合", "保卫处")
    assert not only_supports("自查报告汇总至保卫处", "保卫处")  # no role said: kept
    assert not only_supports("由示例处负责", "保卫处")  # not named at all


def _measure(quote: str):
    from extract.search.items import Item

    return Item(record_id="para-x", doc_id="d", type="passage", title=quote[:12], text=quote[:160], search_text=quote,
                quote=quote, start=0, end=len(quote))


def test_a_sentence_of_a_many_topic_paragraph_is_a_dense_item():
    from extract.search.items import sentence_items

    report = ("优服务暖民心,民生保障精准有力。入选示例防控试点区,成立全市首家示例检验中心。10家医院接入示例互认系统,"
              "实现207项检查检验结果互认共享。建成全市首家示例托育综合服务中心,新增示例托育机构12家。")
    sents = sentence_items(_measure(report))
    early = [s for s in sents if not s.lexical]
    assert any("检查检验结果互认共享" in s.quote for s in early)
    assert all(s.text.startswith(s.title + "：") for s in sents)
    # a sentence that is a third of the embedded text or more is not split off again
    two = "到2025年,新建示例学校10所,新增学位12000个。改扩建示例幼儿园5所。"
    assert sentence_items(_measure(two)) == []


def test_bm25_leaves_dense_only_documents_out_of_its_statistics():
    import numpy as np

    from extract.search.bm25 import BM25Index

    docs = [["托育", "机构"], ["托育", "托位"], ["养老", "床位"]]
    plain = BM25Index(docs)
    kept = BM25Index(docs + [["托育", "托位", "互认"]], keep=[True, True, True, False])
    a, b = plain.scores(["托育", "托位"]), kept.scores(["托育", "托位"])
    assert b.shape == (4,) and b[3] == 0 and np.allclose(a, b[:3])
    assert np.allclose(plain.coverages(["托育", "互认"]), kept.coverages(["托育", "互认"])[:3])
    assert kept.idf("托位") == plain.idf("托位") and kept.n == 3 and kept.size == 4
