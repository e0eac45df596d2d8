"""The backend protocol: a prepared document in, records out. Stage code sees nothing else
(no HTTP, no prompts); a backend is chosen by name."""

from __future__ import annotations

from typing import Protocol

from extract.data import Goal, NumericTarget, UnitAssignment
from extract.errors import UserError
from extract.prepared import PreparedDoc


class Extractor(Protocol):
    name: str
    version: str

    def extract(self, doc: PreparedDoc) -> list[NumericTarget | UnitAssignment | Goal]: ...


BACKENDS = ("rules",)


def get_extractor(name: str) -> Extractor:
    if name == "rules":
        from extract.rules import RulesExtractor

        return RulesExtractor()
    raise UserError(f"unknown backend {name!r}; choose one of: {', '.join(BACKENDS)}")
