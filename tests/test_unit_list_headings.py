"""(r25 unitB25) A heading that lists several organisations (``(二)甲局、乙局``, ``(五)甲镇、各街道办事处``) owns the
items below it as a one-unit heading does (U8): each item's lead is the listed units. Made-up texts."""

from rules_kit import units

from extract.rules.units import bare_unit_heading, unit_list_heading

PAGE = ("三、部门职责\n(一)县文旅局\n1.负责制定非遗展演方案。\n(二)县财政局、县审计局\n1.做好展演经费的保障工作。\n"
        "2.做好经费使用的监督工作。\n(三)城关镇、各街道办事处\n1.做好群众发动工作。\n2.配合做好场地布置工作。\n")


def test_listed_units_heading():
    assert bare_unit_heading("县财政局、县审计局") == ["县财政局", "县审计局"]
    assert unit_list_heading("城关镇、各街道办事处") == ["城关镇", "各街道办事处"]


def test_places_alone_or_a_task_are_no_list_heading():
    assert unit_list_heading("城关镇、河西镇") is None
    assert bare_unit_heading("加强宣传、营造氛围") is None
    assert bare_unit_heading("东部、西部") is None


def test_listed_heading_owns_its_items():
    rows = units(PAGE)
    assert ("做好展演经费的保障工作", ["县财政局", "县审计局"], []) in rows
    assert ("做好经费使用的监督工作", ["县财政局", "县审计局"], []) in rows
    assert ("做好群众发动工作", ["城关镇", "各街道办事处"], []) in rows
    assert ("配合做好场地布置工作", ["城关镇", "各街道办事处"], []) in rows


def test_department_kind_heading_owns_its_bullets():  # (r25 unitB25) ``3. 财务部门`` over ``- …`` bullets
    assert bare_unit_heading("财务部门") == ["财务部门"]
    text = ("二、职责分工\n1. 办公室\n- 负责统筹协调。\n2. 财务部门\n- 负责经费的预算与核拨。\n- 定期公开经费使用情况。\n"
            "三、工作要求\n1. 加强领导\n- 各部门要高度重视。\n")
    rows = units(text)
    assert [(t, l) for t, l, _ in rows if l == ["财务部门"]] == [("负责经费的预算与核拨", ["财务部门"]),
                                                              ("定期公开经费使用情况", ["财务部门"])]


def test_role_words_and_places_are_no_heading_units():  # (r25 unitB25)
    assert bare_unit_heading("牵头部门") is None and bare_unit_heading("相关部门") is None
    assert bare_unit_heading("宣传部门") == ["宣传部门"]
    assert bare_unit_heading("县博物馆") == ["县博物馆"] and bare_unit_heading("镇卫生院") == ["镇卫生院"]
    assert bare_unit_heading("体育场馆") is None and bare_unit_heading("农家庭院") is None


def test_a_role_or_class_word_alone_before_bumen_is_no_body():  # (the role words moved into unit_function_bodies)
    from extract.rules.unit_function_bodies import function_body_name
    for word in ("主要部门", "具体部门", "行政部门", "重点部门", "同级部门", "主办部门"):
        assert bare_unit_heading(word) is None and not function_body_name(word), word
    assert bare_unit_heading("卫生行政部门") == ["卫生行政部门"]
