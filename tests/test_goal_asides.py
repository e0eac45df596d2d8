"""Made-up texts for ``extract.rules.goal_asides``: bracketed notes between the items of a goal list (O1, O2)."""

from rules_kit import records
from extract.rules.goal_asides import is_bracket_note, leading_note_end, next_path_past_notes


def goals(text):
    return [r.quote for r in records(text, "goal")]


def test_bracket_note():
    assert is_bracket_note("(某局负责)")
    assert is_bracket_note("（甲局主办,乙局、丙局协办）")
    assert is_bracket_note("(具体任务分配见附件 2 )")
    assert is_bracket_note("(甲局、乙局分别负责)。")


def test_bracket_note_near_misses():
    assert not is_bracket_note("(一)新建幼儿园3所")  # an item with its marker
    assert not is_bracket_note("新建幼儿园3所(某局负责)")  # the item, its note after it
    assert not is_bracket_note("(某局负责)(二)某指标增长5%")  # a note run into the next item
    assert not is_bracket_note("到2031年,全区建成公园5个")


def test_leading_note_end():
    s = "(某局负责)(二)全区生产总值增长6%左右"
    assert s[leading_note_end(s):] == "全区生产总值增长6%左右"
    assert leading_note_end("(二)全区生产总值增长6%左右") == 0
    assert leading_note_end("(某局负责)") == 0


def test_next_path_past_notes():
    assert next_path_past_notes(["(具体安排见附件1)", "二、主要措施"], [["目标", "3"], ["主要措施"]]) == ["主要措施"]
    assert next_path_past_notes(["某园建成并投用。"], [["目标", "3"]]) == ["目标", "3"]
    assert next_path_past_notes(["(某局负责)"], [["目标", "3"]]) is None


NOTICE = ("一、全区主要目标\n\n"
          "(一)全区生产总值增长6%左右。(区发改局负责)(二)一般公共预算收入增长5%左右。(区财政局主办,区税务局协办)\n\n"
          "(三)城镇新增就业3000人。(区人社局负责)\n\n"
          "二、重点工作\n\n(一)推进项目建设。\n")


def test_notes_are_no_goals():
    got = goals(NOTICE)
    assert not any(q.startswith(("(", "（")) for q in got)
    assert "一般公共预算收入增长5%左右" in got
    assert "城镇新增就业3000人" in got


LIST = ("一、任务目标\n\n1.新建社区书屋 30 个。\n\n2.培训管理员 200 人次。\n\n3.完善服务网络,提高服务水平。\n\n"
        "(具体任务分配见附件 1 )\n\n二、主要措施\n\n(一)加强组织领导。\n")


def test_item_above_a_note_is_a_goal():
    got = goals(LIST)
    assert "完善服务网络,提高服务水平" in got
    assert not any("附件" in q for q in got)


def test_item_with_body_stays_a_title():
    text = ("一、任务目标\n\n1.完善服务网络,提高服务水平。\n\n到2031年,每个乡镇建成服务站1个。\n\n二、主要措施\n\n"
            "(一)加强组织领导。\n")
    got = goals(text)
    assert "完善服务网络,提高服务水平" not in got
    assert "到2031年,每个乡镇建成服务站1个" in got
