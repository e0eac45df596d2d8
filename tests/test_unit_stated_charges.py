"""A charge stated as what a plan or meeting makes clear: ``明确某局负责…`` (U7)."""

import pytest

from extract.rules.unit_stated_charges import stating_verb_length
from rules_kit import units


@pytest.mark.parametrize("line", ["明确林业部门负责编制护林员巡山制度,", "进一步明确林业部门负责编制护林员巡山制度。",
                                  "会议明确了林业部门负责编制护林员巡山制度。"])
def test_the_stating_verb_is_no_part_of_the_unit(line):
    rows = units("四、保障措施\n" + line + "\n")
    assert [(task, lead) for task, lead, _ in rows] == [("编制护林员巡山制度", ["林业部门"])]


@pytest.mark.parametrize("text,expected", [("明确某局负责", 2), ("进一步明确某局负责", 5), ("明确了目标", 0), ("明确的分工", 0),
                                           ("某局负责", 0)])
def test_stating_verb_length(text, expected):
    assert stating_verb_length(text, 0) == expected
