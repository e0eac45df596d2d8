"""A target verdict whose id is no candidate's number is dropped, not the whole answer (llm.schemas.TargetCheck)."""

import pytest
from pydantic import ValidationError

from extract.llm.schemas import TargetCheck
from extract.schemas import RESPONSE_MODELS  # noqa: F401  (the exported schemas load)


def test_a_fractional_id_drops_only_its_verdict():
    check = TargetCheck.model_validate({"items": [{"id": 91.5, "is_target": True}, {"id": 3.0, "is_target": False},
                                                  {"id": 2, "is_target": True, "indicator": "入园率"}]})
    assert [(v.id, v.is_target) for v in check.items] == [(3, False), (2, True)]


def test_other_faults_still_fail_the_answer():
    with pytest.raises(ValidationError):
        TargetCheck.model_validate({"items": [{"id": "two", "is_target": True}]})
    with pytest.raises(ValidationError):
        TargetCheck.model_validate({"items": [{"id": 2}]})


def test_the_json_schema_still_asks_for_integer_ids():
    assert TargetCheck.model_json_schema()["$defs"]["TargetVerdict"]["properties"]["id"]["type"] == "integer"
