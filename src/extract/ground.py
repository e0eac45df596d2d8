"""Ground stage: every record gets a span in the original text and a grounding status.

Rule records carry a span in the normalised text: it is mapped through the offset map and the
quote becomes the original text at that span (``exact``). A record that arrives with only a
quote (an LLM reply) is located by plain substring search: in the original (``exact``), in the
normalised text (``normalised``), else by best fuzzy alignment (``fuzzy``, similarity >= 0.8);
if none holds, it keeps its quote with ``not_found``. No record is dropped here.
"""

from __future__ import annotations

import bisect
import re

from extract.data import GroundingStatus, Span, trusted_span, with_fields
from extract.normalise import Normalised, canonical, canonical_many, canonical_mapped

FUZZY_MIN = 80.0
_NEWLINE = re.compile("\n")


_BLANKS = " \t\n\r\u3000\xa0"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _BLANKS:
        start += 1
    while end > start and text[end - 1] in _BLANKS:
        end -= 1
    return start, end


# the bullet marks that open a line of a list or a teaser box (``• 某馆预计2031年完工``)
_BULLETS = "•●▪■◆·"


def past_bullet(text: str, start: int, end: int) -> int:
    """Where a goal's quote starts past the bullet mark (and the blanks after it) that opens its span: the normaliser drops
    a teaser line's ``• ``, and a span mapped back from the text without it starts at the mark; a goal quote never starts
    with a list mark (eval/README.md O5). ``start`` itself when no bullet opens the span."""
    k = start
    while k < end and text[k] in _BULLETS:
        k += 1
        while k < end and text[k] in _BLANKS:
            k += 1
    return k


_BOUNDARY = "，,；;。！？!?\n"
_NEXT_BOUNDARY = re.compile(f"[{_BOUNDARY}]")  # the first of them after a place: one scan, not one per character
_MAX_QUOTE = 600  # a quote is widened to be unique only up to this length


class _Canon:
    """The scorer's view of one document: quotes are found at their first occurrence."""

    def __init__(self, original: str, norm: Normalised | None = None) -> None:
        # normalise has usually computed it on the way (``Normalised.canonical_mapped``)
        self.mt = norm.canonical_mapped(original) if norm is not None else canonical_mapped(original)
        self.original = original
        self._newlines: list[int] | None = None  # (speedB26) where the lines break: found when a quote is widened
        self.size = len(original)
        self.quotes: dict[tuple[int, int], str] = {}  # canonical(original[start:end]), computed ahead
        self.first: dict[str, int] = {}  # canonical quote -> where it first occurs in ``self.mt.text``
        self.by_text: dict[str, str] = {}  # a widened quote's text -> its canonical form

    def prefetch(self, original: str, spans: list[tuple[int, int]]) -> None:
        """Compute the canonical form of the quotes at ``spans`` in one pass (``canonical_many``)."""
        spans = list(dict.fromkeys(spans))
        self.quotes.update(zip(spans, canonical_many([original[s:e] for s, e in spans])))

    def line_bounds(self, start: int, end: int) -> tuple[int, int]:
        """(start of the line holding ``start``, end of the line holding ``end``), by bisection."""
        newlines = self._newlines
        if newlines is None:  # (most documents widen no quote)
            newlines = self._newlines = [m.start() for m in _NEWLINE.finditer(self.original)]
        i = bisect.bisect_left(newlines, start)
        j = bisect.bisect_left(newlines, end)
        return (newlines[i - 1] + 1 if i > 0 else 0), (newlines[j] if j < len(newlines) else self.size)

    def is_unique_at(self, original: str, start: int, end: int) -> bool:
        """Whether the canonical form of ``original[start:end]`` is first found where it stands."""
        own = bisect.bisect_left(self.mt.starts, start)  # ``self.mt.from_orig(start, end)[0]``
        q = self.quotes.get((start, end))
        if q is None:  # a widened quote: the same words widened elsewhere give the same text (a third of them)
            text = original[start:end]
            q = self.by_text.get(text)
            if q is None:
                q = self.by_text[text] = canonical(text)
        if not q:
            return True
        first = self.first.get(q)
        if first is None:  # a quote repeated in the document (the reason it is widened) is looked up once
            # (perf19b) only as far as where it stands: an occurrence found there or before is its first one
            first = self.mt.text.find(q, 0, own + len(q))
            if first < 0:
                return False  # its first occurrence is after this place (not cached: not known)
            self.first[q] = first
        return first == own


def _unique_span(original: str, start: int, end: int, canon: _Canon, line_end: int, line_start: int,
                 known_repeated: bool = False) -> tuple[int, int]:
    """Widen a quote clause by clause (right, then left) until it is the first occurrence of its
    text, so that a reader who searches for the quote lands on this record. ``known_repeated``: the
    caller has found that the quote at ``start, end`` is not the first occurrence."""
    own = (start, end)
    from extract.rules.rule_clarifications import past_its_sentence  # (confB19) G4: backwards first past the sentence
    if (back := past_its_sentence(original, start, end, lambda s, e: canon.is_unique_at(original, s, e),
                                  line_start, line_end, _MAX_QUOTE)) is not None:
        return back
    for i in range(6):
        if (i or not known_repeated) and canon.is_unique_at(original, start, end):
            return start, end
        if end - start > _MAX_QUOTE:
            return own  # text repeated word for word at length (a pasted page twice): keep the clause
        stop = min(line_end, end + _MAX_QUOTE)  # bounded: a run-on line must not make this quadratic
        m = _NEXT_BOUNDARY.search(original, end + 1, stop) if end + 1 < stop else None
        if m is not None:
            end = m.start()
            continue
        floor = max(line_start, start - _MAX_QUOTE)
        prv = max(original.rfind(c, floor, max(floor, start - 1)) for c in _BOUNDARY)
        if prv + 1 < start and prv >= floor:
            start = prv + 1
        else:
            break
    # a table cell repeated word for word in other cells: take in the neighbouring lines (the row's
    # title cell before it, then the next cell), at most two each way
    for _ in range(2):
        if canon.is_unique_at(original, start, end):
            break
        if end - start > _MAX_QUOTE or line_end - line_start > _MAX_QUOTE:
            return own  # only short lines (table cells) are taken in whole
        from extract.rules.rulebook_targets import line_above_start  # (confB18) G4: the line right above, not two
        new_start = line_above_start(original, start)
        start = _strip_span(original, new_start, end)[0]
        if canon.is_unique_at(original, start, end):
            break
        nl = original.find("\n", end)
        while 0 <= nl < len(original) and original[nl] in "\n \t":
            nl += 1
        nxt_end = original.find("\n", nl) if nl >= 0 else -1
        end = len(original) if nxt_end < 0 else nxt_end
    return start, end


_SENTENCE_EDGE = "。！？!?\n"
_INLINE_BLANKS = " \t\u3000\xa0"
_LINE_FINAL = ";；:："


def _whole_sentence(original: str, start: int, end: int) -> bool:
    """``original[start:end]`` is a whole sentence: a sentence mark, a line break or the text's edge on each side
    (blanks aside; (goalB26) a bullet that opens the line too, O5: ``• 某馆预计2031年完工。``)."""
    while start > 0 and original[start - 1] in _INLINE_BLANKS + _BULLETS:
        start -= 1
    while end < len(original) and original[end] in _INLINE_BLANKS:
        end += 1
    if end < len(original) and original[end] in _LINE_FINAL:  # (goalB26) O5: a line-final ``;``/``:`` is the mark
        k = end + 1  # that closes the sentence (``到2031年,全区将实现:`` over its items)
        while k < len(original) and original[k] in _INLINE_BLANKS:
            k += 1
        end = k if k == len(original) or original[k] == "\n" else end
    return (start == 0 or original[start - 1] in _SENTENCE_EDGE) \
        and (end == len(original) or original[end] in _SENTENCE_EDGE)


def repeats_whole_sentence(original: str, start: int, end: int, canon: _Canon) -> bool:
    """(twelfth round) A goal sentence that the page printed whole before (a repeated lead, a block the scrape
    repeats): its quote stays the sentence (eval/README.md G4, O5: a goal printed twice gives two records with the same
    quote, and the scorer grounds the second at the second occurrence), where another record's quote is widened to be
    the first occurrence of its words. A goal whose words stand earlier inside a longer sentence (a table cell that
    repeats part of the text) is widened as before."""
    if not _whole_sentence(original, start, end):
        return False
    q = canonical(original[start:end])
    first = canon.first.get(q)
    if first is None:
        first = canon.first[q] = canon.mt.text.find(q)
    if first < 0 or not q:
        return False
    a, b = canon.mt.to_orig(first, first + len(q))
    from extract.rules.goal_quotes import keeps_bare_sentence  # (confG19) O5: never lengthened but in a table row
    return b <= start and keeps_bare_sentence(original, start, _whole_sentence(original, a, b))


def _first_span(record, original: str, norm: Normalised) -> tuple[int, int]:
    """The original span of a record's ``norm_span``, blanks at either end left out."""
    ns = record.norm_span
    return _strip_span(original, *norm.mapped.to_orig(ns.start, ns.end))


def ground_span(record, original: str, norm: Normalised, canon: _Canon | None = None,
                first: tuple[int, int] | None = None):
    """A record with ``norm_span`` -> the same record with span, quote and status. ``first``:
    ``_first_span`` of the record, when the caller has it."""
    ns = record.norm_span
    start, end = first if first is not None else _first_span(record, original, norm)
    if record.type == "goal":
        start = past_bullet(original, start, end)  # (goalB26) O5: a bullet the normaliser dropped is no part of a goal
    if canon is not None and end > start:
        if not canon.is_unique_at(original, start, end) \
                and not (record.type == "goal" and repeats_whole_sentence(original, start, end, canon)):
            # (most quotes are unique: no widening, nothing to strip)
            line_start, line_end = canon.line_bounds(start, end)
            start, end = _unique_span(original, start, end, canon, line_end, line_start, known_repeated=True)
            start, end = _strip_span(original, start, end)
        ns_start, ns_end = norm.mapped.from_orig(start, end)
        ns_end = max(ns_end, ns_start)
        if ns is None or ns.start != ns_start or ns.end != ns_end:  # (most often the span it came with)
            ns = trusted_span(ns_start, ns_end)
    # offsets found here (ints >= 0) and a slice of the text: nothing for validation to check
    return with_fields(record, {"span": trusted_span(start, end), "quote": original[start:end],
                                "norm_span": ns, "grounding": GroundingStatus.EXACT})


def locate_quote(quote: str, original: str, norm: Normalised) -> tuple[Span | None, Span | None, GroundingStatus]:
    """(original span, normalised span, status) of a quote; plain substring search first."""
    q = quote.strip()
    if not q:
        return None, None, GroundingStatus.NOT_FOUND
    i = original.find(q)
    if i >= 0:
        ns = norm.mapped.from_orig(i, i + len(q))
        return Span(start=i, end=i + len(q)), Span(start=ns[0], end=ns[1]), GroundingStatus.EXACT
    cq = canonical(q)
    ntext = norm.text
    j = ntext.find(cq)
    if j < 0:
        # the normalised text keeps single spaces between Latin words; try without any
        stripped = ntext.replace(" ", "")
        if cq and cq in stripped:
            j = _unstrip_index(ntext, stripped.find(cq))
            k = _unstrip_index(ntext, stripped.find(cq) + len(cq) - 1) + 1
            o = norm.mapped.to_orig(j, k)
            return Span(start=o[0], end=o[1]), Span(start=j, end=k), GroundingStatus.NORMALISED
    if j >= 0:
        o = norm.mapped.to_orig(j, j + len(cq))
        return Span(start=o[0], end=o[1]), Span(start=j, end=j + len(cq)), GroundingStatus.NORMALISED
    from rapidfuzz import fuzz

    al = fuzz.partial_ratio_alignment(cq, ntext, score_cutoff=FUZZY_MIN)
    if al is not None and al.dest_end > al.dest_start:
        o = norm.mapped.to_orig(al.dest_start, al.dest_end)
        return (Span(start=o[0], end=o[1]), Span(start=al.dest_start, end=al.dest_end), GroundingStatus.FUZZY)
    return None, None, GroundingStatus.NOT_FOUND


def _unstrip_index(text: str, k: int) -> int:
    seen = -1
    for i, ch in enumerate(text):
        if ch != " ":
            seen += 1
            if seen == k:
                return i
    return len(text)


def _number_in_quote(value: float, quote: str) -> bool:
    digits = {f"{value:g}", f"{value:.1f}", f"{value:.2f}", str(int(value)) if value == int(value) else f"{value:g}"}
    q = canonical(quote)
    return any(d in q for d in digits)


def ground_quote(record, original: str, norm: Normalised):
    span, nspan, status = locate_quote(record.quote, original, norm)
    if span is not None and status != GroundingStatus.EXACT:
        record = record.model_copy(update={"quote": original[span.start:span.end]})
    if record.type == "numeric_target" and span is not None and not _number_in_quote(record.value, record.quote):
        status = GroundingStatus.NUMBER_NOT_IN_QUOTE
    return record.model_copy(update={"span": span, "norm_span": nspan, "grounding": status})


def ground(records: list, original: str, norm: Normalised) -> list:
    if not records:  # (speedB26) nothing to ground: no canonical text (a tenth of the dev texts have no record)
        return []
    canon = _Canon(original, norm)
    # where each rule record's quote is first looked up (``_first_span``, inline: a few hundred records
    # a document): their canonical forms in one pass
    mapped = norm.mapped
    starts, ends, n, orig_len = mapped.starts, mapped.ends, len(mapped.text), mapped.orig_len
    firsts: list[tuple[int, int] | None] = []
    for r in records:
        ns = r.norm_span
        if ns is None:
            firsts.append(None)
            continue
        s, e = ns.start, ns.end
        if not 0 <= s <= e <= n:
            raise ValueError(f"span {s}:{e} outside text of length {n}")
        if s == e:
            s = e = starts[s] if s < n else orig_len
        else:
            s, e = starts[s], ends[e - 1]
        while s < e and original[s] in _BLANKS:
            s += 1
        while e > s and original[e - 1] in _BLANKS:
            e -= 1
        firsts.append((s, e))
    canon.prefetch(original, [f for f in firsts if f is not None and f[1] > f[0]])
    return [ground_span(r, original, norm, canon, f) if f is not None else ground_quote(r, original, norm)
            for r, f in zip(records, firsts)]
