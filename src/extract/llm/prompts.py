"""Versioned prompt templates (``prompts/NAME.vN.jinja``) rendered into chat messages."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

from extract.errors import UserError

PROMPT_VERSIONS = {"system": "system.v1", "target_check": "target_check.v1", "goal_check": "goal_check.v1",
                   "extract_chunk": "extract_chunk.v1"}


def prompts_dir() -> Path:
    env = os.environ.get("EXTRACT_PROMPTS_DIR")
    path = Path(env) if env else Path(__file__).resolve().parents[3] / "prompts"
    if not path.is_dir():
        raise UserError(f"prompt templates not found at {path}: run from a checkout of the project "
                        "or set EXTRACT_PROMPTS_DIR to its prompts/ folder")
    return path


@functools.lru_cache(maxsize=None)
def _template(version: str):
    import jinja2

    base = prompts_dir()
    for suffix in (".jinja", ".txt"):
        path = base / f"{version}{suffix}"
        if path.exists():
            return jinja2.Template(path.read_text(encoding="utf-8"), undefined=jinja2.StrictUndefined,
                                   keep_trailing_newline=False)
    raise UserError(f"prompt {version} not found in {base}")


def render(task: str, **variables) -> list[dict]:
    """Chat messages for ``task``: the versioned system prompt and the task's template."""
    system = _template(PROMPT_VERSIONS["system"]).render().strip()
    user = _template(PROMPT_VERSIONS[task]).render(**variables).strip()
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def gold_examples(exclude_doc: str, per_type: int = 1, gold_dir: Path | None = None) -> list[dict]:
    """Few-shot examples from the gold of other documents than ``exclude_doc`` (deterministic)."""
    gold_dir = gold_dir or prompts_dir().parent / "eval" / "gold"
    picked: dict[str, list[dict]] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        if path.stem == exclude_doc:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("//"):
                continue
            rec = json.loads(line)
            bucket = picked.setdefault(rec["type"], [])
            if len(bucket) < per_type and len(rec["quote"]) <= 120 and "\n" not in rec["quote"]:
                bucket.append(rec)
    out = []
    for kind in ("numeric_target", "goal", "unit_assignment"):
        for rec in picked.get(kind, []):
            fields = {k: v for k, v in rec.items() if k not in ("doc", "type", "section", "note")}
            out.append({"quote": rec["quote"], "record": json.dumps({kind: fields}, ensure_ascii=False)})
    return out
