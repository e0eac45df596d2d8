"""Made-up sentences for rules.unit_defined_duties: a unit defined or placed first, then what it mainly does."""

from extract.rules.unit_defined_duties import defined_duties
from extract.rules.unit_charge_finders import find_charge_clauses


def _rows(text):
    return [(h.task, h.lead, h.responsible, text[h.start:h.end]) for h in defined_duties(text, 0, [])]


def test_defined_office_with_later_joint_duties():
    text = "某县发改部门是项目管理的综合部门,主要负责项目申报和计划下达,会同有关部门对工程进度进行调度,参与检查监督,组织或会同乙局进行竣工验收。"
    rows = _rows(text)
    assert rows[0][:3] == ("项目申报和计划下达", ["某县发改部门"], [])
    assert rows[0][3].startswith("某县发改部门是")
    assert rows[1][:3] == ("对工程进度进行调度", ["某县发改部门"], ["有关部门"])
    assert rows[2][:3] == ("进行竣工验收", ["某县发改部门"], ["乙局"])
    assert rows[2][3] == "组织或会同乙局进行竣工验收"
    assert len(rows) == 3


def test_office_placed_then_mainly_charged():
    text = "工作组下设办公室,办公室设在县文化馆,主任由张三同志兼任,主要负责活动的日常协调。"
    assert _rows(text) == [("活动的日常协调", ["办公室"], [],
                            "办公室设在县文化馆,主任由张三同志兼任,主要负责活动的日常协调")]


def test_verb_first_office_name_is_a_name():
    text = "发展改革委是全市项目的牵头单位,具体负责年度计划编制。"
    assert _rows(text)[0][:2] == ("年度计划编制", ["发展改革委"])


def test_through_charge_clauses():
    text = "甲区体育局是全民健身工作的主管部门,主要负责场馆开放的统筹。"
    hits = find_charge_clauses(text)
    assert any(h.lead == ["甲区体育局"] and h.task == "场馆开放的统筹" for h in hits)


def test_not_a_predicate_that_names_no_office():
    assert _rows("学校是育人的主阵地,主要负责学生的日常教育。") == []


def test_not_a_pointing_topic():
    assert _rows("该中心是全县唯一的服务机构,主要负责老人照护。") == []


def test_not_a_collective_or_role_word():
    assert _rows("各学校是安全工作的责任单位,主要负责校内排查。") == []
    assert _rows("牵头单位是本次活动的组织部门,主要负责方案制定。") == []


def test_not_without_an_adverb():
    # a plain ``负责`` after ``设在`` is the older carried-charge cue's, no row here
    assert _rows("办公室设在县文化馆,负责活动的日常协调。") == []


def test_not_a_person():
    assert _rows("张三是本项目的负责人,主要负责资料收集。") == []


from extract.rules.unit_defined_duties import office_named_by_verb  # noqa: E402
from rules_kit import units  # noqa: E402


def test_office_named_by_verb():
    assert office_named_by_verb("推进办")
    assert office_named_by_verb("发展和改革局")
    assert office_named_by_verb("推进办(甲站、乙站)")
    assert not office_named_by_verb("推进学校建设")
    assert not office_named_by_verb("推进县果园站、苗圃改造")
    assert not office_named_by_verb("落实各项任务的部门")


def test_verb_named_office_charged():
    hits = find_charge_clauses("发展改革局负责项目的宣传")
    assert [(h.task, h.lead) for h in hits] == [("项目的宣传", ["发展改革局"])]
    assert find_charge_clauses("推进学校建设负责到底") == []


def test_numbered_duty_line_with_verb_named_office():
    rows = units("三、职责分工\n1、某镇卫生院负责卫生常识宣传;\n"
                 "2、推进办(农技站、农机站、畜牧站、林业站)负责农业、农机、畜牧、林果栽培技术的宣传;\n3、甲局负责工地的宣传;")
    assert ("农业、农机、畜牧、林果栽培技术的宣传", ["推进办(农技站、农机站、畜牧站、林业站)"], []) in rows
    assert len(rows) == 3


def test_numbered_line_of_a_clause_gives_no_unit():
    rows = units("三、主要措施\n1、推进学校建设工作,负责到底的要求要落实到每所学校的每个环节之中;\n2、加强师资队伍培训。")
    assert rows == []


from extract.rules.unit_defined_duties import row_read_out_of_line  # noqa: E402


def test_row_read_out_of_line():
    assert row_read_out_of_line("县人社局", ["县商务局"])  # the task cell holds a bureau's name
    assert row_read_out_of_line("超额完成", ["10*", "促进城乡居民增收"])  # role cells hold a task
    assert row_read_out_of_line("超额完成", ["推进校舍改造"])


def test_row_in_line_is_kept():
    assert not row_read_out_of_line("田径运动会", ["县教育局"])
    assert not row_read_out_of_line("某县人社局窗口改造", ["某县人社局"])
    assert not row_read_out_of_line("新建幼儿园", ["推进办", "某区教育局"])
    assert not row_read_out_of_line("新建幼儿园", ["发展改革局"])
    assert not row_read_out_of_line("县人社局", [])


def test_note_sentence_in_unit_column_is_out_of_line():  # (r25 unitB25)
    assert row_read_out_of_line("农村自来水普及率", ["省规划要求2030年农村自来水普及率达到95%"])
    assert row_read_out_of_line("新建公租房", ["计划新增公租房1200套,已开工300个"])
    assert not row_read_out_of_line("农村自来水普及率", ["省水利厅"])
    assert not row_read_out_of_line("农村自来水普及率", ["省水利厅", "5个设区市政府"])


def test_table_row_whose_merged_unit_cell_was_lost_gives_no_row():
    from rules_kit import units
    cells = ["序号", "指标名称", "年度目标", "完成时限", "牵头负责处室", "备注",
             "1", "城乡供水一体化覆盖率", "80%", "12月", "水资源处", "",
             "2", "农村自来水普及率", "95%", "12月", "省规划要求2030年农村自来水普及率达到95%。"]
    text = "某厅2031年重点指标\n" + "".join(c + " |\n" if c else "|\n" for c in cells) + "注:以上指标按季度调度。\n"
    assert units(text) == [("城乡供水一体化覆盖率", ["水资源处"], [])]


# (unitB26) ``X的职责包括Y``: a unit's duties named by a copula
from extract.rules.unit_defined_duties import duty_copulas  # noqa: E402
from rules_kit import units as _units  # noqa: E402


def test_duty_copula_gives_each_units_row():
    text = ("方案理顺了各方的分工。甲县水利局的职责包括巡查河道堤防、登记险工险段等。"
            "乙县气象台的主要职责是发布暴雨预警,通报雨情。")
    assert _units(text) == [("巡查河道堤防、登记险工险段", ["甲县水利局"], []), ("发布暴雨预警", ["乙县气象台"], [])]
    a, b, _, _, _ = duty_copulas(text)[0]
    assert text[a:b] == "甲县水利局的职责包括巡查河道堤防、登记险工险段等"


def test_duty_copula_needs_a_named_body():
    assert duty_copulas("其职责包括统筹全县防汛工作。") == []  # points back
    assert duty_copulas("各部门的职责包括做好本系统防汛工作。") == []  # a collective
    assert duty_copulas("医院的职责是救死扶伤。") == []  # a kind of body in general


# (unitB26) an office named by a verb may close with a division's ending (``处``, ``科``) too
from extract.rules.unit_defined_duties import office_named_by_verb  # noqa: E402


def test_office_named_by_verb_with_a_division_ending():
    assert office_named_by_verb("发展规划处") and office_named_by_verb("建设管理科")
    assert not office_named_by_verb("推进校舍改造")  # a clause, no ending
    assert _units("发展规划处负责年度计划编制工作,某院具体负责文本起草。")[0] == ("年度计划编制工作", ["发展规划处"], [])
