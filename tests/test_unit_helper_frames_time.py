"""``Y配合X…`` with a time or ``对…`` between the party helped and its task's verb (U7b)."""

import pytest

from rules_kit import units


@pytest.mark.parametrize("line,task", [
    ("某区团委、某区教育局配合某区卫健局于秋季开学期间对辖区幼儿园开展了健康体检。", "对辖区幼儿园开展了健康体检"),
    ("某区团委、某区教育局配合某区卫健局对辖区幼儿园开展健康体检。", "对辖区幼儿园开展健康体检"),
])
def test_time_and_object_before_the_task(line, task):
    rows = units("某区开展幼儿健康体检\n" + line + "\n")
    assert rows == [(task, ["某区卫健局"], ["某区团委", "某区教育局"])]
