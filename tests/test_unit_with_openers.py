"""``会同`` clauses with their doer told elsewhere: a task then ``由X牵头,会同Y`` and a bare doing (U4c, U7), and a
doerless ``会同`` after a date opener (U7d, twentieth round). Made-up text."""

from rules_kit import units


def test_task_then_lead_clause_then_with_and_bare_doing():
    assert units("做好汛期校舍排查,由某县教育局牵头,会同某县应急管理局开展。") == [
        ("做好汛期校舍排查", ["某县教育局"], ["某县应急管理局"])]
    assert units("落实托育补贴发放,由某区卫健委牵头，会同某区财政局、某区民政局组织实施。") == [
        ("落实托育补贴发放", ["某区卫健委"], ["某区财政局", "某区民政局"])]
    assert units("做好汛期校舍排查,由某縣教育局牽頭,會同某縣應急管理局開展。") == [
        ("做好汛期校舍排查", ["某县教育局"], ["某县应急管理局"])]


def test_task_then_lead_clause_near_misses():
    assert units("做好汛期校舍排查,由各乡镇牵头,会同某县应急管理局开展。") == []  # a collective lead (U7d)


def test_doerless_with_after_a_date():
    assert units("整治校园周边摊点。6月3日,会同某区城管局完成校门口清理。") == [("完成校门口清理", [], ["某区城管局"])]
    assert units("开展阅读推广。2031年以来,会同某县教育局组织阅读讲座12场。") == [("组织阅读讲座12场", [], ["某县教育局"])]
    assert units("开展阅读推广。4月中旬已会同某县文化馆完成书目征集。") == [("完成书目征集", [], ["某县文化馆"])]
    assert units("开展阅读推广。4月中旬,會同某縣文化館完成書目徵集。") == [("完成书目征集", [], ["某县文化馆"])]


def test_doerless_with_after_a_date_near_misses():
    assert units("整治校园周边摊点。6月3日,会同各方完成校门口清理。") == []  # no named party
    assert units("整治校园周边摊点。6月3日,会同有关部门对落实情况进行督查。") == []  # the notice's oversight (U7a)


def test_doerless_with_after_also():
    assert units("开展托育机构检查。还会同某县市场监管局完成收费公示。") == [("完成收费公示", [], ["某县市场监管局"])]
    assert units("整治校园周边摊点。也會同某區城管局完成校門口清理。") == [("完成校门口清理", [], ["某区城管局"])]


def test_self_name_with_full_width_comma_or_space():
    assert units("我局将会同某县卫健局，开展托育机构检查。") == [("开展托育机构检查", ["我局"], ["某县卫健局"])]
    assert units("本委将会同某市民政局 开展养老机构评估。") == [("开展养老机构评估", ["本委"], ["某市民政局"])]
