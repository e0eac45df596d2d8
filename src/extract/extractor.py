"""The backend protocol: a prepared document in, records out. Stage code sees nothing else
(no HTTP, no prompts); a backend is chosen by name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from extract.data import Goal, NumericTarget, UnitAssignment
from extract.errors import UserError
from extract.prepared import PreparedDoc

if TYPE_CHECKING:
    from extract.llm.config import LLMConfig


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, doc: PreparedDoc) -> list[NumericTarget | UnitAssignment | Goal]: ...


BACKENDS = ("rules", "hybrid", "llm")


def get_extractor(name: str, llm: "LLMConfig | None" = None, client=None) -> Extractor:
    """``rules`` is offline; ``hybrid`` and ``llm`` talk to the configured OpenAI-compatible server
    (through ``client``, a ``StructuredClient``, when given)."""
    if name == "rules":
        from extract.rules import RulesExtractor

        return RulesExtractor()
    if name in ("hybrid", "llm"):
        from extract.llm.backend import HybridExtractor, LLMExtractor
        from extract.llm.config import LLMConfig

        config = llm or LLMConfig.from_env()
        return HybridExtractor(config, client) if name == "hybrid" else LLMExtractor(config, client)
    raise UserError(f"unknown backend {name!r}; choose one of: {', '.join(BACKENDS)}")
