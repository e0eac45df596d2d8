"""A staffing roster read as a task (unit_roster_tasks): made-up lines only."""

from extract.rules.rulebook_units import rulebook_filter
from extract.rules.unit_roster_tasks import roster_task


def test_masked_rosters_are_no_tasks():
    assert roster_task("组长 X X 组员 X X")
    assert roster_task("总协调王*、赵*")
    assert roster_task("协调:钱某、孙某")
    assert roster_task("负责人:周××")


def test_two_posts_with_short_names_are_a_roster():
    assert roster_task("组长张三 组员李四、王五")
    assert roster_task("副组长:甲乙 成员:丙丁")


def test_post_words_before_a_task_stay():
    for t in ("协调各部门工作", "负责人员培训", "组织签到", "成员单位", "部长会议", "协调人", "委员会审议",
              "组长负责全组工作安排", ""):
        assert not roster_task(t), t


class _Row:
    type = "unit_assignment"

    def __init__(self, task, lead, text):
        self.lead_units, self.responsible_units = lead, []
        self.task, self.section, self.quote = task, None, text
        self.norm_span = type("S", (), {"start": 0, "end": len(text)})()


def test_roster_row_is_dropped_and_a_task_row_stays():
    text = "甲组:组长 X X 组员 X X\n由甲组负责组织签到"
    out = rulebook_filter([_Row("组长 X X 组员 X X", ["甲组"], text), _Row("组织签到", ["甲组"], text)], text)
    assert [r.task for r in out] == ["组织签到"]
