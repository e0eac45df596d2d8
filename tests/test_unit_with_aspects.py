"""``X<aspect word>会同Z…``: a word of time, aspect or manner between the doer and ``会同`` (made-up text; U4c, U7, U7d)."""

from rules_kit import units

from extract.rules.unit_with_aspects import aspect_subject_with


def test_aspect_words_between_doer_and_with():
    assert units("某县文旅局已会同某县住建局完成书屋选址。") == [("完成书屋选址", ["某县文旅局"], ["某县住建局"])]
    assert units("某市体育局正在会同某市教育局推进学校场馆开放。") == [("推进学校场馆开放", ["某市体育局"], ["某市教育局"])]
    assert units("县水利局已经先后会同县农业农村局开展灌区改造调查。") == [
        ("开展灌区改造调查", ["县水利局"], ["县农业农村局"])]


def test_self_name_of_the_writer_is_the_lead():
    assert units("我局将会同某县卫健局开展托育机构检查。") == [("开展托育机构检查", ["我局"], ["某县卫健局"])]
    assert units("下一步,本委将积极会同某市财政局研究托育补贴办法。") == [("研究托育补贴办法", ["本委"], ["某市财政局"])]


def test_list_of_doers_time_opener_and_collective_helper():
    assert units("某市教育局、某市体育局正会同某市财政局制定场馆开放补助办法。") == [
        ("制定场馆开放补助办法", ["某市教育局", "某市体育局"], ["某市财政局"])]
    assert units("2031年以来,某区文旅局多次会同某区教育局开展阅读进校园活动。") == [
        ("开展阅读进校园活动", ["某区文旅局"], ["某区教育局"])]
    assert units("某区卫健局已会同有关部门完成托育机构摸底。") == [("完成托育机构摸底", ["某区卫健局"], ["有关部门"])]


def test_traditional_script():
    assert units("某縣教育局已會同某縣交通局完成校車路線調研。") == [("完成校车路线调研", ["某县教育局"], ["某县交通局"])]


def test_near_misses_stay_silent():
    assert units("某市政府督查室将适时会同有关部门对落实情况进行督查。") == []  # the notice's own oversight (U7a)
    assert units("各乡镇已会同某县财政局完成资金清算。") == []  # a collective doer (U7d)
    assert units("某县民政局已会同某县财政局联合印发补助办法。") == []  # a news deed
    assert aspect_subject_with("某县民政局会同某县财政局完成资金清算。") == []  # no aspect word: the plain frame's cue reads it
    assert aspect_subject_with("3月以来某县民政局已会同某县财政局完成资金清算。") == []  # a time word left in the doer


def test_time_between_doer_and_with():
    assert units("某县教育局将于6月会同某县公安局开展校园周边整治。") == [
        ("开展校园周边整治", ["某县教育局"], ["某县公安局"])]
    assert units("某县卫健局于5月10日会同某县民政局完成养老机构评估。") == [
        ("完成养老机构评估", ["某县卫健局"], ["某县民政局"])]
    assert units("某区文旅局今年将会同某区财政局推进书屋提档。") == [("推进书屋提档", ["某区文旅局"], ["某区财政局"])]


def test_with_written_as_xietong_after_a_doer():
    assert units("某县教育局协同某县公安局开展校园周边整治。") == [("开展校园周边整治", ["某县教育局"], ["某县公安局"])]
    assert units("某縣教育局、某縣公安局已協同某縣市場監管局開展校園周邊整治。") == [
        ("开展校园周边整治", ["某县教育局", "某县公安局"], ["某县市场监管局"])]
    assert units("某县教育局协同推进校园周边整治。") == []  # no helper named
    assert units("各学校要协同某县公安局开展校园周边整治。") == []  # a collective doer


def test_lead_clause_then_with():
    from extract.rules.unit_with_aspects import lead_clause_then_with

    assert units("某县教育局牵头,会同某县公安局、某县城管局,于年底前完成校园周边整治。") == [
        ("于年底前完成校园周边整治", ["某县教育局"], ["某县公安局", "某县城管局"])]
    assert units("某区民政局作为牵头单位,会同某区卫健局开展失能老人评估。") == [
        ("开展失能老人评估", ["某区民政局"], ["某区卫健局"])]
    assert units("某縣教育局牽頭，會同某縣公安局開展校園周邊整治。") == [("开展校园周边整治", ["某县教育局"], ["某县公安局"])]
    assert lead_clause_then_with("各乡镇牵头,会同某县公安局开展校园周边整治。") == []  # a collective lead
    assert lead_clause_then_with("由某县教育局牵头,会同某县公安局开展校园周边整治。") == []  # the 由 frame's own reader
    assert units("某县教育局牵头,会同有关部门对落实情况进行督查。") == []  # the notice's oversight (U7a)


def test_helpers_closed_by_a_comma():
    assert units("某县教育局积极会同某县公安局,开展校园周边整治。") == [("开展校园周边整治", ["某县教育局"], ["某县公安局"])]
    assert units("某市体育局已会同某市教育局等部门,完成学校场馆开放评估。") == [
        ("完成学校场馆开放评估", ["某市体育局"], ["某市教育局"])]


def test_supervising_office_oversight_gives_no_row():
    assert units("某市政府督查室已会同某市发改委对各地落实情况进行督查。") == []  # the notice's closing oversight (U7a)
    assert units("某市政府督查室牵头,会同某市发改委对各地落实情况进行督查。") == []
    assert units("某区住建局已会同某区督查落实办对整改进度开展督导。") == [
        ("对整改进度开展督导", ["某区住建局"], ["某区督查落实办"])]  # a unit's own oversight with a named helper
