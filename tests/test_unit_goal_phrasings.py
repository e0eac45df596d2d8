"""rules.unit_goal_phrasings.project_in_charge_of widened (unitB27): made-up texts only."""
# (unitB27) the numbered matters of a decisions list after the unit in charge of each (``由甲局负责的第1件、乙局负责的第4件``)
def test_numbered_matters_in_charge_of_listed_units():
    from rules_kit import units

    text = "其中,由某县水务局负责的第2件、某县林业局负责的第5件、某县交通局负责的第7、9件议定事项进展滞后。"
    assert units(text) == [("第2件", ["某县水务局"], []), ("第5件", ["某县林业局"], []), ("第7、9件议定事项", ["某县交通局"], [])]
    assert units("各单位要认真完成所负责的活动项目。") == []
