"""(unitB24) Unit cells that hold more than unit names: a column that names the unit and its person
(``牵头单位及主要负责人``), whose cells write the unit then the name; a cell whose names ran together with no
separator. Made-up tables."""

from rules_kit import units

from extract.cues import column_role, is_person_name, is_unit_cell
from extract.rules.unit_cell_people import parted_glued_names, without_closing_person


def test_a_unit_and_people_header_is_the_unit_column():
    assert column_role("牵头单位及 主要负责人") == "lead"
    assert column_role("责任部门/责任人") == "responsible"
    assert column_role("责任人") == "people"


def test_the_person_after_the_unit_is_left_out():
    text = ("序号 | 工作任务 | 分管领导 | 牵头单位及主要负责人 | 进展 |\n"
            "1 | 新建城区口袋公园五个,改造老旧游园两处。 | 李大明 | 市林业局 吴小兵 | 已完成。 |\n"
            "2 | 完成农村道路硬化工程40公里。 | 李大明 | 市交通局 赵一平 | 推进中。 |\n")
    assert [(lead, resp) for _, lead, resp in units(text)] == [(["市林业局"], []), (["市交通局"], [])]


def test_a_closing_name_needs_its_blank():
    blank_at = {4}
    assert without_closing_person("市农业局王小明", 0, lambda i: i in blank_at, is_unit_cell, is_person_name) == "市农业局"
    assert without_closing_person("市农业局王小明", 0, lambda i: False, is_unit_cell, is_person_name) == "市农业局王小明"
    # the part after the blank is a unit, not a person: the cell stays
    assert without_closing_person("市农业局林业站", 0, lambda i: i in blank_at, is_unit_cell, is_person_name) == "市农业局林业站"


def test_glued_names_are_parted():
    assert parted_glued_names("区商务局区委统战部江滨度假区甲山镇乙水街道", is_unit_cell) == [
        "区商务局", "区委统战部", "江滨度假区", "甲山镇", "乙水街道"]
    assert parted_glued_names("县农业农村局县水利局", is_unit_cell) == ["县农业农村局", "县水利局"]


def test_one_name_stays_whole():
    for name in ("市住房和城乡建设局", "市公安局交警大队", "市公安局城西分局", "某某开发区财政局", "甲镇人民政府",
                 "县人力资源和社会保障局"):
        assert parted_glued_names(name, is_unit_cell) is None, name


def test_a_glued_cell_through_the_extractor():
    text = ("序号 | 目标任务 | 责任单位 | 完成情况 |\n"
            "1 | 建设全民健身步道12公里。 | 区体育局区委宣传部南湖开发区东坝镇 | 已开工 |\n")
    assert [(lead, resp) for _, lead, resp in units(text)] == [(["区体育局", "区委宣传部", "南湖开发区", "东坝镇"], [])]
