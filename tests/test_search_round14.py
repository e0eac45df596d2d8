"""Search, fourteenth round: questions in a new user's words (dev-wild13, written by someone who never saw the search).

- a bare ``政府办`` before ``的``/``了`` is the verb (``政府办的托管班``: run by the government), not the office;
- a unit the index's own records name (``保卫处``, ``后勤资产处``) found in a question gets the unit list as a
  ``…局``/``…委`` unit does;
- everyday words and a Taiwan word: ``老年痴呆`` -> ``认知障碍``, ``抽烟`` -> ``吸烟 控烟``, ``中标`` <-> ``得标``;
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
