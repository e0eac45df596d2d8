"""Core types of the pipeline: documents, sections, chunks, spans and records.

No I/O here. Every stage takes and returns these types. The record fields named in
``shared/spec/records.md`` (doc, type, quote and the per-type fields) are fixed; the
extra fields (span, section, backend, grounding) are the project's own.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import operator
from typing import Annotated, Callable, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "records.v1"

Comparator = Literal[">=", "<=", "<", ">", "="]


class Span(BaseModel):
    """A half-open character range ``[start, end)``."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


class GroundingStatus(str, enum.Enum):
    EXACT = "exact"  # the quote is the source text at its span, character for character
    NORMALISED = "normalised"  # found after normalisation (script, width, pinyin, whitespace)
    FUZZY = "fuzzy"  # best fuzzy alignment above the threshold
    NOT_FOUND = "not_found"  # kept for review, never written to records.jsonl
    NUMBER_NOT_IN_QUOTE = "number_not_in_quote"  # a target whose value is not in its quote (review)


GROUNDED = (GroundingStatus.EXACT, GroundingStatus.NORMALISED, GroundingStatus.FUZZY)


class Paragraph(BaseModel):
    """A block of clean text; ``span`` indexes the normalised text."""

    index: int
    span: Span
    section_path: list[str] = Field(default_factory=list)
    kind: Literal["text", "heading", "table_row"] = "text"


class Section(BaseModel):
    index: int
    heading: str
    level: int
    path: list[str]
    span: Span  # in the normalised text, from the heading to the section's end


class TableRow(BaseModel):
    """One rebuilt row of a table that arrived flattened one cell per line."""

    cells: list[str]
    cell_spans: list[Span]  # normalised-text spans, one per cell
    # what each cell holds: label, unit, value:YEAR, baseline (indicator tables);
    # category, title, content, year:YEAR, lead, responsible, other (task tables)
    roles: list[str] = Field(default_factory=list)
    parent: str | None = None  # an indicator sub-row's parent label (``其中:…`` under it)
    # leading cells carried from the row above (a task table's merged cells): they stand before the row's
    # own span, so its quote and its numbers start after them
    carried: int = 0


class Table(BaseModel):
    kind: Literal["indicators", "tasks"]
    header: list[str]
    years: list[int] = Field(default_factory=list)
    rows: list[TableRow] = Field(default_factory=list)
    span: Span
    section_path: list[str] = Field(default_factory=list)


class DocumentMeta(BaseModel):
    title: str | None = None
    issuer: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    doc_number: str | None = None  # e.g. 荣委办发〔2023〕7号
    region: str | None = None
    period: tuple[int, int] | None = None


class Document(BaseModel):
    """A source document after ingest: the original text and where it came from."""

    doc_id: str
    path: str
    text: str  # decoded original text; every span of a record indexes it
    encoding: str
    sha256: str

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Chunk(BaseModel):
    doc_id: str
    index: int
    span: Span  # normalised-text span
    text: str
    section_path: list[str] = Field(default_factory=list)


class _RecordBase(BaseModel):
    model_config = ConfigDict(extra="ignore")

    doc: str
    quote: str
    # project fields (not in the spec; the scorer ignores them)
    span: Span | None = None  # in the original text
    norm_span: Span | None = None  # in the normalised text
    section: str | None = None
    backend: str | None = None
    backend_version: str | None = None
    schema_version: str = SCHEMA_VERSION
    grounding: GroundingStatus | None = None

    @property
    def is_grounded(self) -> bool:
        return self.grounding in GROUNDED


class NumericTarget(_RecordBase):
    type: Literal["numeric_target"] = "numeric_target"
    indicator: str
    value: float
    value_max: float | None = None
    unit: str
    comparator: Comparator = "="
    target_year: int | None = None
    # project field: the cues that decided it (``cues.Decision``; ``model:P`` when the learned score took part)
    cues: list[str] | None = None


class UnitAssignment(_RecordBase):
    type: Literal["unit_assignment"] = "unit_assignment"
    task: str
    lead_units: list[str] = Field(default_factory=list)
    responsible_units: list[str] = Field(default_factory=list)
    # project field: the evidence that made the row (``rules.unit_evidence``: ``evidence:<kind>`` and the cues that fired)
    cues: list[str] | None = None


class Goal(_RecordBase):
    type: Literal["goal"] = "goal"
    text: str
    target_year: int | None = None


Record = Annotated[Union[NumericTarget, UnitAssignment, Goal], Field(discriminator="type")]
RECORD_TYPES = ("numeric_target", "unit_assignment", "goal")

SPEC_FIELDS = {
    "numeric_target": ("indicator", "value", "value_max", "unit", "comparator", "target_year"),
    "unit_assignment": ("task", "lead_units", "responsible_units"),
    "goal": ("text", "target_year"),
}


def spec_dict(record: NumericTarget | UnitAssignment | Goal) -> dict:
    """The record as a ``records.jsonl`` line: spec fields first, then the project's own."""
    out: dict = {"doc": record.doc, "type": record.type, "quote": record.quote}
    for name in SPEC_FIELDS[record.type]:
        out[name] = getattr(record, name)
    extra = _project_fields(record)
    if extra is None:
        extra = record.model_dump(
            mode="json", exclude={"doc", "type", "quote", *SPEC_FIELDS[record.type]}, exclude_none=True
        )
    out.update(extra)
    return out


_PROJECT_FIELDS: dict[type, tuple[str, ...]] = {}


def _project_fields(record) -> dict | None:
    """What ``model_dump(mode="json", exclude=<doc, type, quote, spec fields>, exclude_none=True)``
    gives for the project's own fields, built directly (a tenth of the time); None when a value is
    of a kind this does not cover (the caller then asks pydantic)."""
    cls = type(record)
    names = _PROJECT_FIELDS.get(cls)
    if names is None:
        skip = {"doc", "type", "quote", *SPEC_FIELDS[record.type]}
        names = _PROJECT_FIELDS[cls] = tuple(n for n in cls.model_fields if n not in skip)
    values = record.__dict__
    out: dict = {}
    for name in names:
        v = values[name]
        if v is None:
            continue
        kind = type(v)
        if kind is str or kind is int:
            out[name] = v
        elif kind is Span:
            out[name] = {"start": v.start, "end": v.end}
        elif kind is GroundingStatus:
            out[name] = v.value
        elif kind is list and all(type(x) is str for x in v):
            out[name] = list(v)
        else:
            return None
    return out


def record_key(record: NumericTarget | UnitAssignment | Goal) -> str:
    """A stable identity for de-duplication: type, span and the spec fields."""
    values = record.__dict__  # the fields themselves: ``getattr`` per name costs more than the hash
    span = values["span"]
    fields = [values["doc"], values["type"], str(span.start if span else None), str(span.end if span else None)]
    fields += map(repr, _spec_values(record.type)(values))
    return hashlib.sha1("\x1f".join(fields).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=None)
def _spec_values(type_: str) -> Callable[[dict], tuple]:
    """A function: a record's ``__dict__`` -> the values of its type's spec fields, in order."""
    names = SPEC_FIELDS[type_]
    getter = operator.itemgetter(*names)
    return getter if len(names) > 1 else (lambda values: (getter(values),))


# -- records made without validation, from values already typed and checked -------------------------
# A record from a backend has been validated when it was made; the ground stage only gives it its
# spans (non-negative offsets computed here), its quote (a slice of the text) and its status. Validating
# that again cost a fifth of the stage (a ``Span`` is 1.3 us, ``model_copy`` 3 us), hence these two.

_set = object.__setattr__
# (perf17) the setters of a model's four slots, taken once from ``BaseModel`` (every model here inherits them
# unchanged): ``object.__setattr__(obj, name, v)`` looks the name up along the class's MRO on every call, and the
# three functions below set four slots on each object they make (~0.9 us a ``Span`` that way, ~0.45 us this one)
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__
_new_span = Span.__new__


def trusted_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` without validation, for offsets known to be ints >= 0."""
    span = _new_span(Span)
    _SET_DICT(span, {"start": start, "end": end})
    _SET_FIELDS_SET(span, {"start", "end"})
    _SET_EXTRA(span, None)
    _SET_PRIVATE(span, None)
    return span


_R = TypeVar("_R", bound=BaseModel)

# a model's fields in their order with their defaults (``_REQUIRED`` where there is none), and the
# fields whose default comes from a factory: what ``trusted`` starts each instance from
_REQUIRED = object()
_Template = tuple[dict, tuple[tuple[str, Callable[[], object]], ...], frozenset[str]]
_TEMPLATES: dict[type, _Template] = {}


def _template(cls: type[BaseModel]) -> _Template:
    defaults: dict = {}
    factories = []
    for name, field in cls.model_fields.items():
        if field.default_factory is not None:
            factories.append((name, field.default_factory))
            defaults[name] = _REQUIRED
        else:
            defaults[name] = _REQUIRED if field.is_required() else field.default
    required = frozenset(n for n, v in defaults.items() if v is _REQUIRED and n not in dict(factories))
    _TEMPLATES[cls] = (defaults, tuple(factories), required)
    return _TEMPLATES[cls]


def trusted(cls: type[_R], **values: object) -> _R:
    """``cls(**values)`` without validation, for values already of the fields' types (computed ints,
    slices, fresh lists of str, models already made): the same ``__dict__`` (fields in their order,
    defaults filled in) and fields set. A model without extra or private attributes, no validators.
    Validating a record or a paragraph cost ~1.5-2.5 us (with its span), this ~0.7 us; the rules and
    structure stages make a few thousand a document."""
    defaults, factories, required = _TEMPLATES.get(cls) or _template(cls)
    if not values.keys() >= required:
        raise TypeError(f"{cls.__name__}: missing {sorted(required - values.keys())}")
    d = defaults.copy()
    for name, factory in factories:
        if name not in values:
            d[name] = factory()
    d.update(values)  # keeps the fields' order: every key is already in ``d``
    if len(d) != len(defaults):
        raise TypeError(f"{cls.__name__}: no fields {sorted(values.keys() - defaults.keys())}")
    obj = cls.__new__(cls)
    _SET_DICT(obj, d)
    _SET_FIELDS_SET(obj, set(values))
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


def with_fields(record: _R, update: dict) -> _R:
    """``record.model_copy(update=update)`` (a shallow copy, ``update`` not validated) in fewer steps,
    for a model without extra or private attributes (the records); any other takes ``model_copy``."""
    if record.__pydantic_extra__ is not None or record.__pydantic_private__ is not None:
        return record.model_copy(update=update)
    cls = type(record)
    copy = cls.__new__(cls)
    values = record.__dict__.copy()
    values.update(update)
    _SET_DICT(copy, values)
    _SET_FIELDS_SET(copy, record.__pydantic_fields_set__ | update.keys())
    _SET_EXTRA(copy, None)
    _SET_PRIVATE(copy, None)
    return copy


class DocResult(BaseModel):
    """What the pipeline produced for one document."""

    doc: Document
    meta: DocumentMeta
    sections: list[Section]
    records: list[Annotated[Union[NumericTarget, UnitAssignment, Goal], Field(discriminator="type")]]
    defects: dict[str, int] = Field(default_factory=dict)
    # ``record_key`` of each record, in order, when the pipeline has computed them (de-duplicating):
    # the store takes them instead of computing them again
    record_keys: list[str] | None = Field(default=None, exclude=True, repr=False)

    @property
    def ungrounded(self) -> int:
        return sum(1 for r in self.records if not r.is_grounded)
