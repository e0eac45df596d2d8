"""Target cues of the tenth round's second wave, each on a small made-up text (no sentence of a real document)."""

from rules_kit import records


def values(text):
    return sorted(round(r.value, 4) for r in records(text, "numeric_target"))


def test_the_change_of_a_figure_just_stated_is_no_target():
    from extract.rules.target_cues import changes_stated_figure
    assert changes_stated_figure("市财政安排奖补资金30亿元,比上年增加", "比上年增加")
    assert changes_stated_figure("某基金下年度预算约9亿元,按年增加超过", "按年增加超过")
    assert not changes_stated_figure("各校体质达标率比上年提高", "各校体质达标率比上年提高")
    assert not changes_stated_figure("总体安排,比上年增加", "比上年增加")
    plan = "一、年度计划\n\n5.继续办好助学工程。市安排奖补资金30亿元,比上年增加4亿元。"
    assert values(plan) == [30]
    news = "某市明年将向助学基金注资约9亿元,按年增加12.5%。"
    assert values(news) == [9]
    # a change that stands alone is the target
    assert values("一、年度计划\n\n各校体质达标率比上年提高2个百分点。") == [2]


def test_the_planned_size_of_works_under_way_is_a_target():
    from extract.rules.target_works_measures import states_project_measure
    assert states_project_measure("某某实验学校建设规模")
    assert states_project_measure("为公办完全中学,规划用地约")
    assert states_project_measure("此次开工项目总投资约")
    assert not states_project_measure("我校现有教职工")
    news = ("某县第三小学建设规模45亩,为公办完全小学,目前主体工程已封顶,建成后将新增学位1620个。"
            "据介绍,此次集中开工项目总投资约6.2亿元。")
    assert values(news) == [6.2, 45, 1620]
    # works already finished: their size is a status
    assert values("某县第三小学已于去年建成,学校占地45亩。") == []


def test_the_people_a_measure_reaches_are_its_target_the_places_are_not():
    # N12b: the count of people a measure is delivered to is its planned reach; places it applies to are not
    from extract.rules.target_cues import addresses_population
    assert not addresses_population("对全区", "名在校学生按每人每学期", "万名")
    assert addresses_population("对", "个山区县的幼儿给予补助", "个")
    plan = "一、主要任务\n\n(一)对全区1.6万名在园幼儿免除保教费;对12个山区乡镇的幼儿园给予补助。"
    assert values(plan) == [1.6]


def test_a_service_for_the_people_it_reaches_with_dui():
    from extract.rules.target_cues import serves_count
    assert serves_count("对全区", "万名", "50—64岁的农村妇女进行免费筛查")
    assert not serves_count("相对", "名", "学生进行")
    assert values("二、重点任务\n\n对全区1.8万名50—64岁的农村妇女进行免费体检。") == [1.8]


def test_a_count_of_the_works_just_named_is_a_target():
    # N12a: ``A、B、C等5项工程`` counts what the commitment delivers; ``双百工程`` after no list stays a name
    from extract.rules.target_cues import counts_named_items
    assert counts_named_items("今年将竣工东城小学、西城中学等", "项", "工程,新增学位")
    assert counts_named_items("将完善经费保障、教师发展、质量监测", "个", "体系")
    assert not counts_named_items("实施", "个", "工程")
    text = "一、主要任务\n\n今年将竣工东城小学迁建、西城中学扩建、南湖幼儿园新建等3项工程。"
    assert values(text) == [3]
