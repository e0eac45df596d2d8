"""(lead52) Cues from the fifty-second session's reading of the opened batches (w171-w175), each on made-up text."""
from extract.cues import is_paywall_note
from extract.rules.unit_lists import after_inline_ordinal, doubled_name
from test_lead46_cues import _rows  # noqa: E402  (records of a made-up text)
from test_lead51_cues import _targets  # noqa: E402


# -- page furniture and demonstratives read as counts ------------------------------------------------------------------

def test_a_sharing_sites_member_banner_is_furniture():
    assert is_paywall_note("3亿VIP精品文档")
    assert not is_paywall_note("新建幼儿园3所")
    assert not any(r.unit == "亿" for r in _targets("某镇读书活动方案\n文档评论(0)\n3亿VIP精品文档\n相关文档"))


def test_a_dotted_section_number_before_this_plan_is_no_count():
    got = [(r.value, r.unit) for r in _targets("某校应急预案一、总则1.1本预案适用于校内突发事件。1.2新建应急通道2条。")]
    assert (1.1, "本") not in got
    assert (2, "条") in got


def test_aid_paid_out_and_its_beneficiaries_are_a_tally():
    got = {r.value for r in _targets("某市教育局落实资助政策。上半年,全市共支出各类资助经费312.5万元,受益学生近4100人次。")}
    assert not got & {312.5, 4100}


# -- a duty title before the body's own sentence, and an outline mark inside a run-in heading ---------------------------

def test_a_doubled_name_is_the_name_once():
    assert doubled_name("德育处德育处") and not doubled_name("德育处") and not doubled_name("办公室")
    rows = _rows("三、职责分工\n教务处 教务处负责学校课程的设置。\n总务处 总务处主要负责校舍的维修。\n")
    assert ("学校课程的设置", ("教务处",), ()) in rows
    assert ("校舍的维修", ("总务处",), ()) in rows


def test_an_outline_mark_inside_a_run_in_heading_starts_the_name():
    assert after_inline_ordinal("分工及职责(一)领导小组") == "领导小组"
    assert after_inline_ordinal("某县教育局(东区)") == "某县教育局(东区)"
    rows = _rows("三、分工及职责(一)领导小组 领导小组主要负责全校活动的总体规划。(二)教务处 教务处负责课程设置。")
    assert any(ld == ("领导小组",) and t.startswith("全校活动的总体规划") for t, ld, _ in rows)


def test_chapter_headings_run_in_before_the_name():
    assert after_inline_ordinal("机构设置三、任务与分工(一)督导组") == "督导组"
    assert after_inline_ordinal("县统一、协调") == "县统一、协调"  # ``统一``: no chapter mark
    rows = _rows("二、机构设置 三、任务与分工(一)督导组 督导组主要负责全校督导的总体安排。(二)总务处 总务处负责校舍维修。")
    assert any(ld == ("督导组",) and t.startswith("全校督导的总体安排") for t, ld, _ in rows)


# -- a duty title glued to items numbered in Chinese ---------------------------------------------------------------------

def test_a_duty_title_glued_to_chinese_numbered_items():
    rows = _rows("4页某校资助办公室工作职责一、负责助学金的政策宣传;二、负责建立困难学生档案;三、对受助学生进行回访;")
    assert ("负责助学金的政策宣传", ("某校资助办公室",), ()) in rows
    assert ("对受助学生进行回访", ("某校资助办公室",), ()) in rows


def test_chinese_items_out_of_order_are_not_a_duty_list():
    rows = _rows("某校资助办公室工作职责一、负责助学金的政策宣传;三、对受助学生进行回访;")
    assert not any(t == "对受助学生进行回访" for t, _ld, _ in rows)


# -- ``X会同Z…``: an office's whole name; a joint deed reported done keeps its row (U7) ----------------------------------

def test_a_long_office_name_after_with_is_one_helper():
    rows = _rows("某区教体局会同区委清理整治重复填报表格专项工作机制办公室向区直部门征集了进校园事项。")
    assert any(ld == ("某区教体局",) and rs == ("区委清理整治重复填报表格专项工作机制办公室",) for _t, ld, rs in rows)


def test_a_joint_deed_reported_done_keeps_its_row():
    rows = _rows("某区教体局会同区财政局征集了进校园事项。")
    assert any(ld == ("某区教体局",) and rs == ("区财政局",) for _t, ld, rs in rows)


# -- ``,将由X+doing``: a charge to come after a comma; a kind of department names its party (U7d) -------------------------

def test_a_charge_to_come_after_a_comma():
    rows = _rows("对于各类补助资金,将由卫生健康部门建立受助学生台账,防止重复申领。")
    assert ("建立受助学生台账", ("卫生健康部门",), ()) in rows


def test_a_system_being_formed_is_no_charge():
    assert _rows("逐步形成由文旅部门统一管理场馆,体育部门负责赛事审批的管理格局。") == []


# -- one body's posts each with their own duty line: the people's duties --------------------------------------------------

def test_posts_with_their_own_duty_lines_give_no_body_rows():
    rows = _rows("二、组织机构\n(二)下设办公室\n1. 办公室主任:赵某\n职责:主持办公室日常工作,制定年度计划。\n"
                 "2. 办公室成员:钱某、孙某\n职责:整理申请材料,建立档案。\n")
    assert not any(ld == ("办公室",) for _t, ld, _ in rows)
