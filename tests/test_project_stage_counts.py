from extract.rules.project_stage_counts import counts_projects_by_stage


def test_stage_parts_after_qizhong():
    s = "2031年某区计划实施项目30个,其中续建项目"
    assert counts_projects_by_stage(s, "其中续建项目", "个")
    assert counts_projects_by_stage("计划实施項目30個,其中實施項目12個,前期推進項目", "前期推進項目", "個")
    assert counts_projects_by_stage("计划开工项目40项(其中1-6月计划新开工", "其中1-6月计划新开工", "项")
    # by field
    assert counts_projects_by_stage("重点项目50个,其中工业项目12个;农业项目", "农业项目", "个")


def test_near_misses():
    # no 其中 before: the plan's own count
    assert not counts_projects_by_stage("2031年新开工项目", "2031年新开工项目", "个")
    # a breakdown of what works build, not of projects
    assert not counts_projects_by_stage("新建学校10所,其中小学", "其中小学", "所")
    # a sub-programme's planned projects: its own count
    assert not counts_projects_by_stage("其中甲类改造项目投资500万元,规划项目", "规划项目", "个")
    # a part that names no project
    assert not counts_projects_by_stage("实施项目30个,其中改造道路", "其中改造道路", "条")
    assert not counts_projects_by_stage("实施项目30个,其中新建公园", "其中新建公园", "个")
    # money of a stage is no count
    assert not counts_projects_by_stage("实施项目30个,其中续建项目", "其中续建项目", "亿元")


def _targets(text):
    from rules_kit import records
    return [(r.value, r.unit) for r in records(text, "numeric_target")]


def test_pipeline_stage_parts_follow_their_total():
    # (tgtA31, N12a twenty-fourth round) a breakdown of a count that is a target gives targets too
    got = _targets("某县2031年重点项目计划\n2031年计划实施重点项目30个,其中续建项目12个,新开工项目18个,总投资50亿元。\n")
    assert (30.0, "个") in got
    assert (12.0, "个") in got and (18.0, "个") in got
    # the total in the sentence before, ``其中`` opening the next one
    got = _targets("某县2031年重点项目计划\n2031年拟实施书屋项目9个,总投资900万元。其中,续建项目4个,新建项目5个。\n")
    assert (4.0, "个") in got and (5.0, "个") in got
    # a total reported chosen gives none, nor do its parts
    got = _targets("某县2031年重点项目计划\n2031年确定全县重点项目14项,总投资9亿元,其中续建项目6项,新建项目8项。\n")
    assert (14.0, "项") not in got and (6.0, "项") not in got and (8.0, "项") not in got
    assert (9.0, "亿元") in got


def test_total_taken():
    from extract.rules.project_stage_counts import total_taken
    assert total_taken("实施项目30个,其中续建项目", "个", [(8, "个", True)], frozenset())
    assert not total_taken("实施项目30个,其中续建项目", "个", [(8, "个", False)], frozenset())
    assert total_taken("其中,续建项目", "个", [], frozenset({"个"}))
    assert not total_taken("其中,续建项目", "个", [], frozenset({"万元"}))  # the sentence before counted no projects
    assert not total_taken("续建项目", "个", [(2, "个", True)], frozenset())  # no 其中


def test_pipeline_keeps_breakdown_of_works():
    got = _targets("某县2031年教育工作计划\n2031年新建学校10所,其中小学4所,初中6所。\n")
    assert (10.0, "所") in got


def test_category_parts_after_qizhong():
    # ``其中基建类6个、“微实事”类4个``: the list's make-up by category (N12a)
    assert counts_projects_by_stage("今年确定民生项目10个,其中", "其中基建类", "个")
    assert counts_projects_by_stage("今年确定民生项目10个,其中基建类6个、", "“微实事”类", "个")
    assert not counts_projects_by_stage("今年确定民生项目10个,", "基建类", "个")  # no 其中
    assert not counts_projects_by_stage("今年新建学校10所,其中", "其中九年一贯制类", "所")  # no count of projects


def test_breakdown_opened_by_the_set_of_projects():
    # (tgtB24) ``…项目中,甲区项目4个``: the parts of a set of projects named before ``中`` (N12a)
    assert counts_projects_by_stage("今年确定的养老服务项目中,", "东城片项目", "个")
    assert counts_projects_by_stage("2031年某市实事工程中:北片项目3個、", "南片項目", "個")
    assert not counts_projects_by_stage("在今年的项目建设中,", "新建公园", "个")  # no project counted
    assert not counts_projects_by_stage("今年某市确定的", "东城片项目", "个")  # no opener


def test_field_parts_of_a_list():
    # (tgtB24) ``其中,文体领域3个``, also with a mirror's pronunciation glosses
    assert counts_projects_by_stage("确定实事项目9个。其中,", "其中,文体领域", "个")
    assert counts_projects_by_stage("其中,", "养老服务領(lǐng)域", "個")
    assert not counts_projects_by_stage("确定实事项目9个,", "文体领域", "个")  # no 其中
    assert not counts_projects_by_stage("其中,", "文体领域", "人")  # no count of items


def test_pipeline_drops_set_and_field_parts():
    got = _targets("某区2031年民生实事计划\n2031年某区将实施的学校建设项目中,东城区项目3个、西城区项目5个。\n")
    assert (3.0, "个") not in got and (5.0, "个") not in got
    got = _targets("某区2031年民生实事计划\n今年计划实施实事项目9项,其中,教育領(lǐng)域3個,包括甲校、乙校;"
                   "医疗領(lǐng)域6個,为医院改造。\n")
    assert (9.0, "项") in got
    assert (3.0, "个") not in got and (6.0, "个") not in got
