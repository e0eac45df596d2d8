"""Records of a small made-up text through the rules pipeline, for the cue tests of each round."""

import hashlib

from extract.data import Document
from extract.pipeline import process_document


def records(text, kind):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [r for r in process_document(doc, "rules").records if r.type == kind]


def units(text):
    return [(r.task, r.lead_units, r.responsible_units) for r in records(text, "unit_assignment")]
