"""Pattern scans tried only where a match can open (fourteenth round, perf14).

A pattern whose first element is optional (``(?:[【〔\\[]\\s*)?(?P<label>…)``) or opens with a lookbehind leaves ``re``'s
engine no set of first characters: ``finditer`` then tries the whole pattern at every character of the text. Here the
characters a match can open with are read off the pattern's parse once, at import, and ``finditer`` becomes a search
for one of them (a character class, which the engine scans at ``str.find`` speed) and a ``match`` there: the same
matches, since every match opens with one of them and none is empty (a lookbehind still sees the text before the
place tried). Where the set cannot be read (a class of categories such as ``\\d``, a pattern that can match the empty
string, a ``re`` without its parser), the plain ``finditer`` runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # (Python 3.11+; ``sre_parse`` before it)
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_MAX_RANGE = 512  # a class range wider than this is not listed (the plain scan runs)


class _Unlisted(Exception):
    pass


# (speedA28) the class escapes of the categories, for an opening class that may hold them (``categories=True``)
_CATEGORY_ESCAPES = {getattr(_c, "CATEGORY_" + name): esc for name, esc in (
    ("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"), ("WORD", r"\w"), ("NOT_WORD", r"\W"))}


def _first(items, categories: bool = False) -> tuple[set[str], bool]:
    """(the characters a match of the sequence ``items`` can open with, whether it can match the empty string).
    With ``categories`` a category of a class (``\\d``) is listed as its escape (a member of the set two characters
    long), not left unlisted."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            return chars | {chr(av)}, False
        if op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    chars.add(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] <= _MAX_RANGE:
                    chars.update(chr(k) for k in range(iav[0], iav[1] + 1))
                elif categories and iop is _c.CATEGORY and iav in _CATEGORY_ESCAPES:
                    chars.add(_CATEGORY_ESCAPES[iav])
                else:
                    raise _Unlisted  # a negated class, a category (``\d``, ``\s``), a wide range
            return chars, False
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise _Unlisted  # ``(?i:…)``: the other case of each letter too
            sub, empty = _first(av[-1].data, categories)
        elif op is _c.BRANCH:
            sub, empty = set(), False
            for alt in av[1]:
                a, e = _first(alt.data, categories)
                sub |= a
                empty = empty or e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            sub, empty = _first(av[2].data, categories)
            empty = empty or av[0] == 0
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width: the character after it opens the match (a lookahead only narrows the set)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            sub, empty = _first(av.data, categories)
        else:
            raise _Unlisted  # ``.``, a back reference, a conditional group, ...
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


def _first_set(pattern: re.Pattern[str], categories: bool = False) -> set[str] | None:
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        chars, empty = _first(_p.parse(pattern.pattern, pattern.flags).data, categories)
    except (_Unlisted, AttributeError, TypeError, ValueError, IndexError):
        return None
    return None if empty or not chars else chars


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """The characters a match of ``pattern`` can open with (a superset where a lookahead narrows them), or None when
    they cannot be listed or the pattern can match the empty string."""
    chars = _first_set(pattern)
    return None if chars is None else "".join(sorted(chars))


def opening_class(pattern: re.Pattern[str]) -> str | None:
    """(speedA28) ``first_characters`` as the source of a character class, whose members may also be the categories a
    branch opens with (``[已较\\d]`` for a pattern with a branch ``\\d{1,2}年来``); None where it cannot be read."""
    chars = _first_set(pattern, categories=True)
    if chars is None:
        return None
    return "[" + "".join(c if len(c) == 2 else re.escape(c) for c in sorted(chars)) + "]"


class OpeningScan:
    """``finditer`` and ``search`` of ``pattern``, tried only at the characters a match can open with."""

    __slots__ = ("pattern", "opening")

    def __init__(self, pattern: re.Pattern[str], categories: bool = False) -> None:
        self.pattern = pattern
        if categories:  # (speedA28) the opening class may hold ``\d``, ``\s``, ``\w`` (``opening_class``)
            source = opening_class(pattern)
            self.opening = None if source is None else re.compile(source)
            return
        chars = first_characters(pattern)
        self.opening = None if chars is None else re.compile("[" + "".join(re.escape(c) for c in chars) + "]")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)`` (speedA28: ``pos`` and ``endpos`` as ``re``'s)."""
        end = len(text) if endpos is None else endpos
        if self.opening is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        match, opening = self.pattern.match, self.opening.search
        while (c := opening(text, pos, end)) is not None:
            m = match(text, c.start(), end)
            if m is None:
                pos = c.start() + 1
            else:
                yield m
                pos = m.end()  # (never empty: a pattern that can match the empty string has no opening set)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.opening is None:
            return self.pattern.search(text, pos)
        match, opening = self.pattern.match, self.opening.search
        while (c := opening(text, pos)) is not None:
            if (m := match(text, c.start())) is not None:
                return m
            pos = c.start() + 1
        return None


class SegmentScan:
    """``finditer`` of ``pattern`` run only over the segments of the text between two ``stops`` characters that hold one
    of ``needles`` (twenty-fourth round, speedA24). Exact where no match can hold a stop character and every match holds
    a needle: each match then lies inside one such segment, and ``finditer(text, a, b)`` over it finds the same matches
    (a lookbehind still sees the stop before ``a``; a lookahead at ``b`` sees the end instead of a stop: the caller's
    pattern must not tell the two apart). For a whole-text pattern tried at every clause's start whose cue word is
    rare (``协助``/``配合``, ``履行``)."""

    __slots__ = ("pattern", "stops", "needles", "_stop", "_needle")

    def __init__(self, pattern: re.Pattern[str], stops: str, needles: tuple[str, ...], needle: str | None = None) -> None:
        self.pattern, self.stops, self.needles = pattern, stops, needles
        self._stop = re.compile("[" + "".join(re.escape(c) for c in stops) + "]")
        # (speedA26) ``needle``: a pattern every match holds a match of (no stop character in it), in place of the words
        self._needle = re.compile(needle if needle is not None else "|".join(re.escape(n) for n in needles))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        finditer, stop, stops = self.pattern.finditer, self._stop.search, self.stops
        done = -1  # the end of the last segment scanned
        for n in self._needle.finditer(text):
            if n.start() < done:
                continue  # (a needle of the segment just scanned)
            a = max(text.rfind(c, 0, n.start()) for c in stops) + 1
            s = stop(text, n.start())
            b = len(text) if s is None else s.start()
            yield from finditer(text, a, b)
            done = b


def lines_with_starts(text: str) -> tuple[list[str], list[int]]:
    """The lines of ``text`` (split on ``\n``) and the offset in ``text`` where each one starts."""
    lines = text.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    return lines, starts
