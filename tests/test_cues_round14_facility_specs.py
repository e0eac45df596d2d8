"""Target cues of the fourteenth round's facility pass (spec14): the specifications of a school, kindergarten or
building that a text presents as planned, being built or to open (classes, pupils of a planned section, floors, land
taken or given, capacity, works measures), on small made-up texts in the wordings of mainland news, progress tables,
school pages and Taiwan news (no sentence of a real document), with the status descriptions of schools that stand,
which must stay out."""

from extract.cues import will_come_into_use
from extract.rules.target_works_measures import facility_spec, reports_works_done, specifies_planned_facility
from extract.rules.target_number_forms import ends_with_point
from extract.rules.text import is_past_at
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit) for r in records(text, "numeric_target")]


def values(text):
    return [round(r.value, 4) for r in records(text, "numeric_target")]


# -- the cue functions -------------------------------------------------------------------------------------------------


def test_facility_spec_reads_the_measure_from_its_words():
    assert facility_spec("甲校新校区设", "设", "个", "教学班,1800人")  # classes
    assert facility_spec("共四层,", "", "班", "")  # ``N班``
    assert facility_spec("设36个教学班,", "", "人", ")")  # the pupils right after the classes
    assert facility_spec("新园舍为地上", "为地上", "层", "楼建筑")  # floors
    assert facility_spec("新建", "新建", "楼", "高的幼儿园")  # ``N楼高``
    assert facility_spec("在甲园旁新征地", "在甲园旁新征地", "亩", ",")  # land taken
    assert facility_spec("无偿划拨土地", "无偿划拨土地", "亩", ",")  # land given
    assert facility_spec("建成后可容纳", "建成后可容纳", "名", "学生")  # capacity
    assert not facility_spec("学校", "学校", "个", "班级文化建设")  # ``班级``: no count of classes
    assert not facility_spec("组建", "组建", "个", "班主任工作室")
    assert not facility_spec("学校占地", "学校占地", "亩", "")  # a site measure is not land taken
    assert not facility_spec("培训", "培训", "名", "教师")


def test_specifies_planned_facility_needs_works_named_and_nothing_done():
    assert specifies_planned_facility("乙小学原址拆除重建,共四层,", "", "个", "教学班")
    assert specifies_planned_facility("办学规模为", "办学规模为", "个", "班,建成后可提供学位2000个")  # 建成后 after it
    assert specifies_planned_facility("启动实施丙校建设 | 用地面积为", "启动实施丙校建设 | 用地面积为", "平方米", "")  # a row
    assert specifies_planned_facility("县里新征地", "县里新征地", "亩", ",投资300万元开展二期工程建设")  # works after
    assert not specifies_planned_facility("学校现有", "学校现有", "个", "教学班")  # a school that stands
    assert not specifies_planned_facility("丁中学新校区已于去年建成,设", "设", "个", "教学班")  # finished
    assert not specifies_planned_facility("该校新校区于2015年建成投用,设", "设", "个", "教学班")  # finished in a year
    assert not specifies_planned_facility("学校位于城东,办学规模为", "办学规模为", "个", "班")  # no works named
    assert not specifies_planned_facility("学校占地80亩,2018年征地", "2018年征地", "亩", "")  # no works in the sentence


def test_reports_works_done():
    assert reports_works_done("2023年,完成甲小学建设,占地50亩。")
    assert reports_works_done("新建了乙幼儿园,设9个班。")
    assert not reports_works_done("1.某教育园区,总投资5亿元,占地约300亩,设60个教学班。")


def test_ends_with_point_and_time_ahead_and_ni():
    assert ends_with_point("平方米", ".")
    assert ends_with_point("平方米", ".主要建设内容")
    assert not ends_with_point("", ".5")
    assert not ends_with_point("个", ".2版")
    assert will_come_into_use("幼儿园明年开园")
    assert will_come_into_use("学校年内投入使用")
    assert not will_come_into_use("幼儿园去年开园")
    assert not will_come_into_use("学校已投入使用")
    assert not is_past_at("已建甲幼儿园1所,拟收幼儿300名", len("已建甲幼儿园1所,拟收幼儿"))
    assert is_past_at("已建甲幼儿园1所,模拟收费300元", len("已建甲幼儿园1所,模拟收费"))  # ``模拟`` is no plan


# -- whole texts -------------------------------------------------------------------------------------------------------


def test_specifications_of_planned_facilities_are_targets():
    cases = (
        # mainland news: the scale of a new campus in a sentence of its own, the completion after it
        ("甲小学新校区预计明年投入使用。办学规模为48个班,建成后可提供2160个学位。", [48.0, 2160.0]),
        # a progress table: a rebuilt school's classes in the cell after the task
        ("2 | 启动实施乙学校建设 | 乙中学旧教学楼原址拆除重建,共四层,12个教学班 | 开工建设", [12.0]),
        # a plan's project, its sections with classes and pupils
        ("1.某教育园区,总投资5亿元,占地约300亩,包括高中部和初中部(高中部,设120个教学班,6000人;初中部,设48个教学班,"
         "2400人)。", [5.0, 300.0, 120.0, 6000.0, 48.0, 2400.0]),
        # land taken or given for the works the sentence names
        ("县政府在实验幼儿园旁新征地20亩,投资600万元开展二期工程建设。", [20.0, 600.0]),
        ("为职业中学无偿划拨土地50亩,并投资300万元新建实训楼一幢。", [50.0, 300.0]),
        # Taiwan news: floors of a new kindergarten
        ("镇公所投入5千万元新建2楼高的公立幼儿园,今天动土。", [5.0, 2.0]),
        ("新园舍占地500坪,为地上4层楼建筑,工期400日历天。", [500.0, 4.0, 400.0]),
        # what is planned after what was done
        ("已建成公办幼儿园1所,拟收幼儿200名。", [200.0]),
        # a count of facilities opening next year
        ("全区5所幼儿园明年开园,可容纳1500个孩子。", [5.0, 1500.0]),
        # an ASCII point that ends the list of a year's works
        ("2026年度计划投资5000万元,建设教学楼4000平方米、综合楼2500平方米.", [5000.0, 4000.0, 2500.0]),
    )
    for text, want in cases:
        assert values(text) == want, (text, values(text))


def test_status_of_schools_that_stand_stays_out():
    for text in (
        "该校始建于1958年,共有24个教学班,学生1100人。",
        "学校现有教学楼3栋,均为地上5层建筑。",
        "本园现有6个班,在园幼儿180名。",
        "去年新建的戊小学已投入使用,共有教学班30个。",
        "学校位于城东,办学规模为36个班。",
        "我校办学规模为24个班,建校50年来培养了大批人才。",
        "学校食堂可容纳800名学生同时就餐。",
        "全区3所幼儿园去年开园,共有幼儿900名。",
    ):
        assert values(text) == [], (text, values(text))
