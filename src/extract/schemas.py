"""JSON Schemas of the record models and the LLM response models, exported to ``schemas/``.

``python -m extract.schemas`` rewrites the files; a test fails when they drift from the code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extract.data import SCHEMA_VERSION, Goal, NumericTarget, UnitAssignment
from extract.llm.schemas import RESPONSE_MODELS, RESPONSE_SCHEMA_VERSION

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"


def all_schemas() -> dict[str, dict]:
    out = {}
    for model in (NumericTarget, UnitAssignment, Goal):
        schema = model.model_json_schema()
        schema["$comment"] = SCHEMA_VERSION
        out[f"record.{model.model_fields['type'].default}.json"] = schema
    for name, model in RESPONSE_MODELS.items():
        schema = model.model_json_schema()
        schema["$comment"] = RESPONSE_SCHEMA_VERSION
        out[f"llm.{name}.json"] = schema
    return out


def render(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in all_schemas().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in export(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_DIR):
        print(p)
