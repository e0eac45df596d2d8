"""(unitA31) An event plan's organisers block as one run of host labels (U4a, U7e, U7f, U3): bare ``主办:``/``承办:``/
``协办:`` labels, and a label's list going on one unit a line below it. Made-up texts."""

from rules_kit import units

from extract.rules.unit_host_runs import host_label_run

BARE = ("某县2031年新春送福活动方案\n一、活动时间\n2031年1月20日\n二、活动组织\n主办:某县总工会、团县委\n"
        "承办:某县书法协会\n协办:某县文联、某县老年体协\n三、活动内容\n现场书写春联。\n")
LINES = ("某县2031年非遗日活动方案\n一、非遗研讨会\n主办单位:某县文旅局\n\n  某县文联\n\n  承办单位:某县非遗中心\n\n"
         "  某县图书馆\n二、活动要求\n各单位认真组织。\n")


def test_bare_host_labels_give_one_row():
    assert [(lead, resp) for _, lead, resp in units(BARE)] == [
        (["某县总工会", "团县委"], ["某县书法协会", "某县文联", "某县老年体协"])]


def test_a_list_goes_on_one_unit_a_line():
    assert [(lead, resp) for _, lead, resp in units(LINES)] == [
        (["某县文旅局", "某县文联"], ["某县非遗中心", "某县图书馆"])]


def test_the_run_reader_alone():
    assert host_label_run(["主办:甲县文旅局", "承办:乙县文化馆", "三、活动内容"]) == (["甲县文旅局"], ["乙县文化馆"], 2)
    assert host_label_run(["主办单位:甲县文旅局", "承办单位:乙县文化馆"]) is None  # full labels: the label-block reader's
    assert host_label_run(["主办:甲县文旅局", "地址:某路1号"]) is None  # no helper's label
    assert host_label_run(["承办:乙县文化馆", "协办:丙县文联"]) is None  # no lead's label
    assert host_label_run(["主办单位负责全程保障", "承办:乙县文化馆"]) is None


def test_a_helpers_label_split_by_its_own_role_word():
    text = ("某县2031年油菜花节方案\n三、举办单位\n\n主 办 单 位:中共某县委 某县人民政府\n\n协 办 单 位:某地区旅游局\n\n"
            "承办牵头单位:中共某县委组织部\n\n承办实施单位:某县某乡人民政府 某县旅游局\n\n四、活动内容\n")
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (["中共某县委", "某县人民政府", "中共某县委组织部"], ["某地区旅游局", "某县某乡人民政府", "某县旅游局"])]
