"""A body set up for a task, its make-up told between its name and its charge (made-up text)."""

from rules_kit import units


def test_makeup_clauses_between_body_and_charge():
    assert units("成立某镇创建卫生城市工作领导小组,由党委书记任组长,副书记兼镇长任常务副组长,宣传委员任副组长,"
                 "负责统筹、协调全镇创建工作。") == [("统筹、协调全镇创建工作", ["某镇创建卫生城市工作领导小组"], [])]
    assert units("成立某县防汛指挥部,由分管副县长任总指挥,负责全县防汛工作。") == [("全县防汛工作", ["某县防汛指挥部"], [])]


def test_traditional_script_full_width_commas():
    assert units("成立某縣防汛指揮部，由分管副縣長任總指揮，負責全縣防汛工作。") == [("全县防汛工作", ["某县防汛指挥部"], [])]


def test_decision_adverb_and_template_blank():
    assert units("为做好创建工作,特成立XX镇创建卫生城市工作领导小组,由党委书记任组长,负责统筹全镇创建工作。") == [
        ("统筹全镇创建工作", ["XX镇创建卫生城市工作领导小组"], [])]
    assert units("现成立××县防汛指挥部,由分管副县长任总指挥,负责全县防汛工作。") == [("全县防汛工作", ["××县防汛指挥部"], [])]


def test_without_makeup_unchanged():
    assert units("成立某镇创建健康村工作领导小组,具体负责全镇健康村建设的统筹谋划工作。") == [
        ("全镇健康村建设的统筹谋划工作", ["某镇创建健康村工作领导小组"], [])]


def test_near_misses_stay_silent():
    assert units("成立领导小组,由书记任组长,负责全镇创建工作。") == []  # a kind alone, no named body
    assert units("成立某镇创建工作领导小组,由党委书记任组长。") == []  # no charge after the make-up
    assert units("成立某镇创建工作领导小组,由党委书记任组长,镇长任副组长。") == []
