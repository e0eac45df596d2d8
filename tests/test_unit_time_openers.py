"""(probeG40) A time word run into the unit that opens a clause is no part of its name; a past one makes the row a deed
reported (rules/unit_time_openers.py; U3a, U7)."""

import pytest

from extract.rules.unit_time_openers import time_opener, without_time_openers


@pytest.mark.parametrize("unit, expected", [
    ("今年区教育局", (2, False)), ("明年市文旅局", (2, False)), ("下一步县民政局", (3, False)),
    ("去年区教育局", (2, True)), ("近年来县卫健委", (3, True)),
    ("区教育局", (0, False)), ("今年", (0, False)), ("明光市教育局", (0, False)), ("上海市教委", (0, False)),
    ("同济大学", (0, False)), ("当阳市政府", (0, False)),
])
def test_time_opener(unit, expected):
    assert time_opener(unit) == expected


def test_without_time_openers():
    assert without_time_openers(["今年区教育局"], ["区财政局"]) == (["区教育局"], ["区财政局"], False)
    assert without_time_openers(["去年区教育局"], []) == (["区教育局"], [], True)
