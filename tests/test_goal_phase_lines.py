"""Made-up tests for goal_phase_lines: a timetable's phase line is no goal (O3, twenty-second round)."""

from extract.rules.goal_phase_lines import is_phase_line
from extract.rules.goals import false_goal_cue, find_goals
from tests.rules_kit import records


def test_phase_lines():
    assert is_phase_line("第二阶段(至2033年6月底)")
    assert is_phase_line("三、巩固提升阶段:2033年7月至2034年6月")
    assert is_phase_line("(二)集中整治阶段(2033年3月—2033年9月)")
    assert false_goal_cue("第二阶段(至2033年6月底)") == "phase_line"
    assert find_goals("第二阶段(至2033年6月底)", 0, False) == []


def test_phase_sentences_with_a_deed_stay():
    s = "第二阶段(至2033年6月底),完成全部危房鉴定"
    assert not is_phase_line(s)
    assert [h.year for h in find_goals(s, 0, False)] == [2033]
    assert not is_phase_line("到2033年6月底,完成第二阶段整治任务")


def test_phase_line_under_steps():
    text = ("某镇危房整治方案\n\n四、实施步骤\n\n第一阶段(至2033年3月底)\n\n摸清全镇危房底数。\n\n"
            "第二阶段(至2033年9月底)\n\n2033年9月底前完成危房改造80户。\n")
    assert [(r.quote, r.target_year) for r in records(text, "goal")] == [("2033年9月底前完成危房改造80户", 2033)]
