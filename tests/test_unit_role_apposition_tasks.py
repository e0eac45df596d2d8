"""(unitA37) ``X作为Y的牵头单位``: an apposition that names the task it is the role of (made-up text)."""

from rules_kit import records, units


def test_apposition_names_its_task():
    assert units("某市文旅局和某市教育局作为书屋建设工作的牵头单位,要主动担当,加大工作力度。") == [
        ("书屋建设工作", ["某市文旅局", "某市教育局"], [])]
    r = records("某市文旅局作为书屋建设工作的牵头单位,要主动担当。", "unit_assignment")
    assert r and r[0].quote == "某市文旅局作为书屋建设工作的牵头单位"


def test_helper_role_of_a_named_project():
    assert units("某区住建局作为老旧小区改造工程的建设责任单位,已完成设计。") == [("老旧小区改造工程", [], ["某区住建局"])]


def test_no_named_task_before_the_role():
    assert units("某市文旅局作为全市唯一的牵头单位,要主动担当。") == []  # no work named
    assert units("某市文旅局作为牵头单位,要加快书屋建设。") == [("加快书屋建设", ["某市文旅局"], [])]  # the plain form kept
