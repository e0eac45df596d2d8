"""Addressee lines own no paragraphs (unit_salutations): made-up letters only."""

from extract.rules.unit_salutations import salutation_line
from rules_kit import units


def test_single_unit_addressee_is_a_salutation():
    assert salutation_line("县甲委:")
    assert salutation_line("市乙局：")


def test_listed_addressees_are_a_salutation():
    assert salutation_line("省甲厅、省乙厅:")
    assert salutation_line("各乡镇人民政府,县直各单位:")


def test_numbered_unit_heading_is_no_salutation():
    assert not salutation_line("二、甲局:")
    assert not salutation_line("(一)后勤服务中心:")


def test_label_lines_are_no_salutation():
    assert not salutation_line("甲局职责:")
    assert not salutation_line("责任单位:")
    assert not salutation_line("甲局负责:")


def test_non_units_and_unclosed_lines_are_no_salutation():
    assert not salutation_line("工作目标:")
    assert not salutation_line("某某委员:")
    assert not salutation_line("县甲委")
    assert not salutation_line("县甲委:请予批复。")


_LETTER = ("关于批复某校建设项目的请示\n\n"
           "县甲委:\n\n"
           "根据会议精神,县乙局已编制完成项目报告,请予以批复。\n\n"
           "基本情况\n\n"
           "项目建成后能容纳学生约1700名。\n\n"
           "综上所述,请批复。\n")


def test_letter_body_under_addressee_gives_no_unit_rows():
    assert units(_LETTER) == []


_OWNED = ("某区2031年工作安排\n\n"
          "二、教务处\n\n"
          "1.组织期末考试命题工作。\n\n"
          "2.开展青年教师培训。\n")


def test_numbered_bare_unit_heading_still_owns_its_items():
    rows = units(_OWNED)
    assert rows and all(lead == ["教务处"] for _, lead, _ in rows)


_DUTIES = ("某区2031年工作方案\n\n"
           "一、工作目标\n\n"
           "建成甲园。\n\n"
           "二、职责分工\n\n"
           "区甲局:\n\n"
           "负责甲园建设的规划审批。\n\n"
           "区乙委:\n\n"
           "负责甲园建设的资金保障。\n")


def test_unit_colon_heading_after_numbered_headings_is_no_salutation():
    from extract.rules.unit_salutations import owner_heading_is_salutation

    class _H:
        def __init__(self, marker):
            self.marker = marker

    class _Sec:
        def __init__(self, path, a, b):
            self.path, self.span = path, type("S", (), {"start": a, "end": b})()

    class _Ln:
        def __init__(self, a, b):
            self.start, self.end = a, b

    a = _DUTIES.index("区甲局:")
    b = a + len("区甲局:")
    lines = [_Ln(0, 5), _Ln(a, b)]
    st = type("St", (), {})()
    st.sections = [_Sec(["区甲局"], a, len(_DUTIES))]
    st.lines = lines
    st.line_at = lambda pos: 1 if pos >= a else 0
    st.headings = {0: _H("二、"), 1: _H("")}
    assert not owner_heading_is_salutation(st, _DUTIES, a + 10, ["区甲局"])
    st.headings = {1: _H("")}
    assert owner_heading_is_salutation(st, _DUTIES, a + 10, ["区甲局"])


def test_unit_colon_headings_of_a_duty_section_still_own_their_paragraphs():
    rows = units(_DUTIES)
    assert ("负责甲园建设的规划审批", ["区甲局"], []) in rows


def test_unit_colon_headings_in_turn_are_duty_headings():
    text = "区甲局:\n1.新建甲园书屋12个。\n2.开展送戏下乡30场。\n区乙局:\n改造甲园公路20公里。\n"
    assert len(units(text)) == 3
