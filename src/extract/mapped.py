"""Text with an offset map back to the original.

``MappedText`` holds a derived text and, for each of its characters, the half-open range
of original characters it came from. Every edit goes through ``replace_spans``, so any chain
of normalisation steps keeps a valid map: a span of the derived text maps to a span of the
original with ``to_orig``, and back with ``from_orig``.
"""

from __future__ import annotations

import bisect
import difflib
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator
import re


@dataclass(frozen=True)
class Edit:
    start: int  # in the current text
    end: int
    new: str


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
        import numpy as np

        n = len(text)
        starts, ends = array("q"), array("q")
        starts.frombytes(np.arange(n, dtype=np.int64).tobytes())  # C speed: a 1 MB text is 10^6 offsets
        ends.frombytes(np.arange(1, n + 1, dtype=np.int64).tobytes())
        return cls(text, starts, ends, n)

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
        pieces: list[str] = []
        starts = array("q")
        ends = array("q")
        pos = 0
        text = self.text
        for ed in edits:
            if ed.start < pos or ed.end < ed.start or ed.end > len(text):
                raise ValueError(f"bad edit {ed.start}:{ed.end} at {pos}")
            pieces.append(text[pos:ed.start])
            starts.extend(self.starts[pos:ed.start])
            ends.extend(self.ends[pos:ed.start])
            n_old = ed.end - ed.start
            if ed.new:
                if len(ed.new) == n_old:
                    starts.extend(self.starts[ed.start:ed.end])
                    ends.extend(self.ends[ed.start:ed.end])
                else:
                    if n_old:
                        lo, hi = self.starts[ed.start], self.ends[ed.end - 1]
                    else:  # pure insertion: anchor on the neighbour
                        lo = hi = self.starts[ed.start] if ed.start < len(text) else self.orig_len
                    starts.extend([lo] * len(ed.new))
                    ends.extend([hi] * len(ed.new))
                pieces.append(ed.new)
            pos = ed.end
        pieces.append(text[pos:])
        starts.extend(self.starts[pos:])
        ends.extend(self.ends[pos:])
        return MappedText("".join(pieces), starts, ends, self.orig_len)

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> "MappedText":
        """``re.sub`` that keeps the map."""
        if isinstance(repl, str):
            fn = (lambda m: m.expand(repl)) if "\\" in repl else (lambda m: repl)
        else:
            fn = repl
        edits = [Edit(m.start(), m.end(), fn(m)) for m in pattern.finditer(self.text)]
        edits = [e for e in edits if self.text[e.start:e.end] != e.new]
        return self.replace_spans(edits) if edits else self

    def transform_lines(self, fn: Callable[[str], str], only: set[int] | None = None) -> "MappedText":
        """Apply ``fn`` to every line (or to the lines starting at the offsets ``only``); a line whose
        length changes is aligned with difflib so that unchanged characters keep their own positions."""
        edits: list[Edit] = []
        for start, end in _line_bounds(self.text):
            if only is not None and start not in only:
                continue
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
