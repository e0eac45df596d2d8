"""Text with an offset map back to the original.

``MappedText`` holds a derived text and, for each of its characters, the half-open range
of original characters it came from. Every edit goes through ``replace_spans`` (or ``_apply``, the
same on ``(start, end, new)`` tuples), so any chain of normalisation steps keeps a valid map: a span
of the derived text maps to a span of the original with ``to_orig``, and back with ``from_orig``.
A step with many edits rebuilds the map in whole-array operations (NumPy), with the same result.
"""

from __future__ import annotations

import bisect
import difflib
from array import array
from dataclasses import dataclass
from operator import itemgetter
from typing import Callable, Iterable, Iterator
import re


@dataclass(frozen=True)
class Edit:
    start: int  # in the current text
    end: int
    new: str


# from this many edits on, the map is rebuilt with NumPy rather than edit by edit. (speedA25) Was 64: measured on
# this machine, edit by edit is the faster way up to a few thousand edits on a page-sized text (35,000 characters:
# 97 NFKC expansions 0.6 against 1.9 ms, 1,430 pinyin deletions 0.6 against 0.9 ms; NumPy's whole-array passes
# cost the same whatever the number of edits), NumPy only beyond (4,000 expansions: 6.8 against 3.9 ms)
_VECTOR_EDITS = 2048


def int64_array(values) -> array:
    """``array("q")`` of a NumPy vector of int64, copied once: through a byte view of its buffer, not
    ``tobytes()`` (a second copy of the whole map, ~0.2 ms for a 35,000-character text)."""
    import numpy as np

    out = array("q")
    out.frombytes(memoryview(np.ascontiguousarray(values, dtype=np.int64)).cast("B"))
    return out


# (speedB26) 0, 1, 2, ...: the identity maps of texts shorter than ``_RANGE_CAP`` are sliced from it (grown as longer texts
# come, to at most ``_RANGE_CAP`` + 1 entries: 1 MB kept)
_RANGE = array("q")
_RANGE_CAP = 1 << 17


def _grow_range(size: int) -> None:
    size = min(max(size, 2 * len(_RANGE), 4096), _RANGE_CAP + 1)
    _RANGE.extend(range(len(_RANGE), size))


class MappedText:
    __slots__ = ("text", "starts", "ends", "orig_len")

    def __init__(self, text: str, starts: array, ends: array, orig_len: int) -> None:
        if not (len(text) == len(starts) == len(ends)):
            raise ValueError("offset map does not fit the text")
        self.text = text
        self.starts = starts
        self.ends = ends
        self.orig_len = orig_len

    @classmethod
    def identity(cls, text: str) -> "MappedText":
        n = len(text)
        if n < _RANGE_CAP:
            # (speedB26) both maps are slices (one copy each) of a kept range 0, 1, 2, ...: ~0.5 against ~2.5 us for a
            # page of 500 characters, 200 against 330 us for 60,000 (NumPy's range, then its copy into an array)
            if len(_RANGE) <= n:
                _grow_range(n + 1)
            return cls(text, _RANGE[:n], _RANGE[1:n + 1], n)
        import numpy as np

        # C speed: a 1 MB text is 10^6 offsets
        return cls(text, int64_array(np.arange(n, dtype=np.int64)), int64_array(np.arange(1, n + 1, dtype=np.int64)), n)

    def __len__(self) -> int:
        return len(self.text)

    # -- mapping -------------------------------------------------------------------------
    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the derived span ``[start, end)``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else self.orig_len
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_orig(self, start: int, end: int) -> tuple[int, int]:
        """The smallest derived span whose characters come from inside ``[start, end)``
        (characters of the original that were deleted have no image)."""
        s = bisect.bisect_left(self.starts, start)
        e = bisect.bisect_right(self.ends, end)
        return s, max(s, e)

    # -- editing -------------------------------------------------------------------------
    def replace_spans(self, edits: Iterable[Edit]) -> "MappedText":
        """Apply non-overlapping edits (sorted by start). A replacement of the same length
        maps character for character; any other maps each new character to the whole
        original range of what it replaced. Deletions leave no trace in the map."""
        return self._apply([(ed.start, ed.end, ed.new) for ed in edits])

    def _apply(self, edits: list[tuple[int, int, str]]) -> "MappedText":
        """``replace_spans`` on ``(start, end, new)`` tuples: the text in one join, the map edit by
        edit for a few edits and with NumPy for many (the same map either way)."""
        text = self.text
        n = len(text)
        pieces: list[str] = []
        pos = 0
        insertions = False
        for start, end, new in edits:
            if start < pos or end < start or end > n:
                raise ValueError(f"bad edit {start}:{end} at {pos}")
            pieces.append(text[pos:start])
            pieces.append(new)
            insertions = insertions or (start == end and bool(new))
            pos = end
        pieces.append(text[pos:])
        new_text = "".join(pieces)
        if len(edits) >= _VECTOR_EDITS and not insertions:
            starts, ends = self._map_numpy(edits)
        else:
            starts, ends = self._map_python(edits)
        return MappedText(new_text, starts, ends, self.orig_len)

    def _map_python(self, edits: list[tuple[int, int, str]]) -> tuple[array, array]:
        starts = array("q")
        ends = array("q")
        pos = 0
        n = len(self.text)
        for start, end, new in edits:
            starts.extend(self.starts[pos:start])
            ends.extend(self.ends[pos:start])
            n_old = end - start
            if new:
                if len(new) == n_old:
                    starts.extend(self.starts[start:end])
                    ends.extend(self.ends[start:end])
                else:
                    if n_old:
                        lo, hi = self.starts[start], self.ends[end - 1]
                    else:  # pure insertion: anchor on the neighbour
                        lo = hi = self.starts[start] if start < n else self.orig_len
                    starts.extend([lo] * len(new))
                    ends.extend([hi] * len(new))
            pos = end
        starts.extend(self.starts[pos:])
        ends.extend(self.ends[pos:])
        return starts, ends

    def _map_numpy(self, edits: list[tuple[int, int, str]]) -> tuple[array, array]:
        """The map after ``edits`` (none of them a pure insertion), in whole-array operations: each
        old character is kept (1), dropped (0) or, at the start of a replacement of another length,
        repeated once per new character, whose end is then the replaced range's end."""
        import numpy as np

        n = len(self.text)
        old_s = np.frombuffer(self.starts, dtype=np.int64)
        old_e = np.frombuffer(self.ends, dtype=np.int64)
        # the edits' columns read in C (``map``/``itemgetter``), not a Python tuple per edit
        count = len(edits)
        S = np.fromiter(map(itemgetter(0), edits), dtype=np.int64, count=count)
        E = np.fromiter(map(itemgetter(1), edits), dtype=np.int64, count=count)
        L = np.fromiter(map(len, map(itemgetter(2), edits)), dtype=np.int64, count=count)
        # an empty edit changes nothing, and a same-length replacement keeps the map
        real = (E > S) & (L != E - S)
        if not real.all():
            S, E, L = S[real], E[real], L[real]
        if len(S) == 0:
            return self.starts, self.ends
        delta = np.zeros(n + 1, dtype=np.int64)
        delta[S] += 1  # spans do not overlap: no index repeats within S, nor within E
        delta[E] -= 1
        covered = np.cumsum(delta[:n]) > 0
        if not L.any():  # deletions only
            keep = ~covered
            new_s, new_e = old_s[keep], old_e[keep]
        else:
            counts = (~covered).astype(np.int64)
            counts[S] = L
            idx = np.repeat(np.arange(n, dtype=np.int64), counts)
            new_s, new_e = old_s[idx], old_e[idx]
            block = L > 0
            Sb, Eb, Lb = S[block], E[block], L[block]
            first = (np.cumsum(counts) - counts)[Sb]  # where each replacement's new characters start
            within = np.arange(int(Lb.sum()), dtype=np.int64) - np.repeat(np.cumsum(Lb) - Lb, Lb)
            new_e[np.repeat(first, Lb) + within] = np.repeat(old_e[Eb - 1], Lb)
        return int64_array(new_s), int64_array(new_e)

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> "MappedText":
        """``re.sub`` that keeps the map (matches that change nothing are no edits)."""
        text = self.text
        if isinstance(repl, str) and "\\" not in repl:
            if repl:
                edits = [(m.start(), m.end(), repl) for m in pattern.finditer(text) if m.group() != repl]
            else:
                edits = [(start, end, "") for start, end in map(re.Match.span, pattern.finditer(text)) if end > start]
        else:
            fn = (lambda m: m.expand(repl)) if isinstance(repl, str) else repl
            edits = [(m.start(), m.end(), fn(m)) for m in pattern.finditer(text)]
            edits = [e for e in edits if text[e[0]:e[1]] != e[2]]
        return self._apply(edits) if edits else self

    def transform_lines(self, fn: Callable[[str], str], only: set[int] | None = None) -> "MappedText":
        """Apply ``fn`` to every line (or to the lines starting at the offsets ``only``); a line whose
        length changes is aligned with difflib so that unchanged characters keep their own positions."""
        edits: list[Edit] = []
        text = self.text
        if only is None:
            lines = _line_bounds(text)
        else:  # the lines that start at those offsets, in order
            lines = [(start, len(text) if (nl := text.find("\n", start)) < 0 else nl) for start in sorted(only)
                     if 0 <= start < len(text) and (start == 0 or text[start - 1] == "\n")]
        for start, end in lines:
            old = self.text[start:end]
            new = fn(old)
            if new != old:
                edits.extend(align_edits(old, new, start))
        return self.replace_spans(edits) if edits else self


def _line_bounds(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        yield pos, nl
        pos = nl + 1


def align_edits(old: str, new: str, offset: int = 0) -> list[Edit]:
    """Edits that turn ``old`` into ``new``: one per differing region."""
    if len(old) == len(new):
        return [Edit(offset, offset + len(old), new)]
    sm = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    return [
        Edit(offset + i1, offset + i2, new[j1:j2])
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal"
    ]
