"""A document after normalise and structure: what every extractor backend reads."""

from __future__ import annotations

from dataclasses import dataclass

from extract.data import Document
from extract.normalise import Normalised, normalise
from extract.structure import Structured, structure


@dataclass
class PreparedDoc:
    doc: Document
    normalised: Normalised
    structured: Structured

    @property
    def text(self) -> str:
        """The normalised text; record ``norm_span``s index it."""
        return self.normalised.text


def prepare(doc: Document) -> PreparedDoc:
    norm = normalise(doc.text)
    return PreparedDoc(doc=doc, normalised=norm, structured=structure(norm.text, norm.boilerplate_lines))
