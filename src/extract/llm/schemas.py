"""Response models the LLM must fill. Small and flat, so a small model can fill them and a
reply is cheap to check. Their JSON Schemas are exported to ``schemas/`` (a test checks drift)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

RESPONSE_SCHEMA_VERSION = "llm-responses.v2"


class TargetVerdict(BaseModel):
    id: int = Field(description="the candidate's number")
    is_target: bool = Field(description="true only for a quantity the plan commits to reach, keep or stay under")
    indicator: str = Field(default="", description="what is measured, short, in the text's words")

    @field_validator("indicator")
    @classmethod
    def _short(cls, v: str) -> str:  # a long name is a weak answer, not a failed call
        return v.strip()[:40]


class TargetCheck(BaseModel):
    items: list[TargetVerdict]

    @model_validator(mode="before")
    @classmethod
    def _numbered_items(cls, data: object) -> object:
        """A verdict whose ``id`` is no candidate's number (``91.5``: the local model once wrote one) names no candidate:
        it is dropped, as a verdict on an unknown number is, instead of failing the whole answer (and with it every other
        verdict of the call) after the retries. An integral float (``3.0``) is that number. The JSON Schema is unchanged."""
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            kept = []
            for item in data["items"]:
                if isinstance(item, dict) and isinstance(item.get("id"), float):
                    if not item["id"].is_integer():
                        continue
                    item = {**item, "id": int(item["id"])}
                kept.append(item)
            data = {**data, "items": kept}
        return data


class GoalCheck(BaseModel):
    is_goal: bool = Field(description="true when the sentence states an objective of the plan for the future")


class ChunkTarget(BaseModel):
    quote: str = Field(description="verbatim excerpt holding the number")
    indicator: str
    value: float
    value_max: float | None = None
    unit: str
    comparator: Literal[">=", "<=", "<", ">", "="] = "="
    target_year: int | None = None


class ChunkGoal(BaseModel):
    quote: str = Field(description="the goal sentence, verbatim")
    target_year: int | None = None


class ChunkAssignment(BaseModel):
    quote: str = Field(description="verbatim excerpt from the task title to the unit list")
    task: str
    lead_units: list[str] = Field(default_factory=list)
    responsible_units: list[str] = Field(default_factory=list)


class ChunkExtraction(BaseModel):
    targets: list[ChunkTarget] = Field(default_factory=list)
    goals: list[ChunkGoal] = Field(default_factory=list)
    assignments: list[ChunkAssignment] = Field(default_factory=list)

    @field_validator("targets", mode="before")
    @classmethod
    def _drop_targets_without_a_number(cls, v):
        """A target with no number is no target: drop that item rather than fail the chunk."""
        if isinstance(v, list):
            return [t for t in v if not isinstance(t, dict) or isinstance(t.get("value"), (int, float))]
        return v


RESPONSE_MODELS = {"target_check": TargetCheck, "goal_check": GoalCheck, "chunk_extraction": ChunkExtraction}
