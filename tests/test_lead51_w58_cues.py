"""(lead51) Cues from the retired sealed v35 texts (w58-*, opened at the thirty-eighth round's start), each on made-up text."""
from extract.rules.unit_bracket_duties import bracket_duty_rows

from test_lead46_cues import _rows  # noqa: E402  (records of a made-up text)
from test_lead51_cues import _targets  # noqa: E402


def test_offices_a_line_each_with_bracketed_duties():
    text = ("各部门职能如下:\n宣传部(负责校报的编辑出版,配合各部门工作)\n外联部(1、联系校外单位;2、筹集活动经费;3、完成交办的其他工作)\n"
            "技术部(摄影,制图,视频剪辑等)\n")
    rows = [(t, ld) for _, _, t, ld, _ in bracket_duty_rows(text)]
    assert ("负责校报的编辑出版", ["宣传部"]) in rows
    assert ("联系校外单位", ["外联部"]) in rows and ("筹集活动经费", ["外联部"]) in rows
    assert ("摄影", ["技术部"]) in rows
    # one office with a note in brackets is no list of duties
    assert bracket_duty_rows("某县教育局(设在县行政中心)\n某县财政局(负责资金)\n") == []


def test_a_make_up_or_a_history_after_by_is_no_task():
    rows = _rows("一、基本情况\n该园区总投资9亿元,由甲市幼儿师范学校、甲市科技学校和甲市工商学校三个学校组成,主要建设教学楼。"
                 "该校由原甲师范学院、乙农学院合并组建而成。")
    assert not any("组成" in t or "组建而成" in t for t, _, _ in rows)


def test_a_body_defined_by_what_it_serves_as_owns_the_items_under_its_lead_in():
    text = ("部门简介\n联络部作为社团联合会对外联络的窗口,主要负责社团的对外交流活动。\n其主要职能有以下几项:\n"
            "(1)联系活动场地和设备的预约;\n(2)拓展与兄弟院校学生会的联系;\n(3)配合其他部门的工作。\n")
    rows = _rows(text)
    assert sum(1 for _, ld, _ in rows if ld == ("联络部",)) >= 3


def test_a_later_duty_title_ends_the_heading_units_items():
    text = ("组织机构设置\n\n1. 领导小组\n\n- 领导小组负责统揽全校的护校工作。\n\n2. 应急队伍\n\n- 应急队伍需接受定期培训。\n\n"
            "主要职责划分\n\n校长职责:\n\n- 统筹学校的护校工作。\n\n- 每月听取护校情况汇报。\n")
    rows = _rows(text)
    assert not any(ld == ("应急队伍",) and "护校" in t for t, ld, _ in rows)


def test_a_surface_laid_is_a_works_quantity_and_a_level_bound_no_comparator():
    got = {r.value for r in _targets("某区发改局批复了某中学运动场改造项目。具体建设内容如下:\n(一)某中学:操场铺设塑胶跑道4300平方米。")}
    assert 4300 in got
    got = {r.value for r in _targets("全县共有县级以上示范校12所。")}
    assert 12 not in got
    got = {r.value for r in _targets("2.学校创建目的:创立市级健康促进学校6所。")}
    assert 6 in got
    assert not _targets("某某國小創立於民國52年,校史悠久。")


def test_a_body_set_up_and_led_by_x_is_no_task_of_x():
    rows = _rows("二、工作措施\n会议进一步明确成立由某县教体局牵头,某县公安局、各镇等16个部门共同组成的工作专班。")
    assert not any(ld == ("某县教体局",) and "成立" in t for t, ld, _ in rows)


def test_meeting_decisions_on_a_time_word_a_class_of_townships_and_who_pays():
    from test_lead51_cues import _modal
    text = ("3月5日,某县召开社会事务座谈会。会议要求,两年以内乡镇卫生院都要达到甲级标准,某县财政局要安排相应资金解决遗留问题,"
            "某县卫健局要建立专家团队。")
    got = _modal(text)
    assert ("建立专家团队", ["某县卫健局"]) in got
    assert not any("卫生院" in " ".join(ld) for _, ld in got)
    assert not any(ld == ["某县财政局"] for _, ld in got)
