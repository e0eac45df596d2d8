"""Lines of a page's furniture that repeat or hide the text: no targets (eval/README.md G2a).

A photo gallery's caption repeats the headline with the picture's number (``某市将建23个敬老院,第1张``, ``…,第2張``): the
figure is counted where the headline or the body states it, not once more per picture. A document-sharing site's notice
of the text it hides (``……此处隐藏27020个字……``) counts characters of the page, not anything the text commits to.
"""

from __future__ import annotations

import re

# a caption that ends with the picture's number in the gallery, after a comma
_GALLERY_CAPTION = re.compile(r"[,，]\s*第\s*\d{1,3}\s*[张張]\s*$")
# ``此处隐藏27020个字``: the count of hidden characters
_HIDDEN = re.compile(r"(?:此处|此處)(?:隐藏|隱藏)\s*$")


def is_gallery_caption(line: str) -> bool:
    """``line`` (a paragraph) is a gallery caption: it ends with ``,第N张``."""
    return line.rstrip().endswith(("张", "張")) and _GALLERY_CAPTION.search(line) is not None


def counts_hidden_text(before: str, after: str) -> bool:
    """The number counts the characters a sharing site hides (``此处隐藏N个字``): ``before`` ends with ``此处隐藏``,
    ``after`` opens with ``个字``."""
    return after.startswith(("个字", "個字", "字")) and _HIDDEN.search(before[-8:]) is not None
