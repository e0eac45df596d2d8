"""The diagonal stroke ``╱`` (a box-drawing character) that Hong Kong government texts write as a slash between two
names (``甲村╱乙村新发展区``, ``丙区╱丁区``): a mark of the text, not a character garbled in decoding. Box-drawing
characters elsewhere (``┌──┐``, a stray ``╱`` alone) still tell a garbled or drawn line (``cues.is_fragment``)."""

from __future__ import annotations

import re

# ``╱`` (U+2571) or ``╲`` between two Chinese characters, a letter or a digit on either side
_SLASH_STROKE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])\s?[\u2571\u2572]\s?(?=[\u4e00-\u9fffA-Za-z0-9])")


def without_slash_strokes(sentence: str) -> str:
    """The sentence with each diagonal stroke between two words written as ``/`` (``甲村╱乙村`` -> ``甲村/乙村``); the
    sentence itself when it has none."""
    if "\u2571" not in sentence and "\u2572" not in sentence:
        return sentence  # (a cheap test before the scan)
    return _SLASH_STROKE.sub("/", sentence)
