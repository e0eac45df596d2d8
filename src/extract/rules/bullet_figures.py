"""A short bullet line that states a figure is body text, not a navigation link (G2a, N6).

Page furniture often sets short links off with a bullet (``● 专题专栏``, ``• 2031-03-10``), and the normaliser drops
bullet lines of a few words as navigation. A digest of a report sets its figures off the same way (``●经济增长6%左右``,
``●新建成3个驿站。``): a share, an amount closed by its measure word or a bound, or a closed sentence is what the
page says, and stays. A date, a hit count or a name with a digit (``• 2031-03-10``, ``点阅:10067``, ``3C科技``) states
no figure of the text.
"""

from __future__ import annotations

import re

# a share anywhere (``6%``), an amount closed by its measure and an optional bound at the line's end (``500亿斤以上``,
# ``8所``), or a sentence closed by its mark (``新建成3个驿站。``)
_FIGURE = re.compile(r"\d\s*[%‰％]|\d(?:\.\d+)?\s*[万亿]?(?:[个所项座张条亩吨斤户套间人名元]|万人|亿元|万元|亿斤|公里|平方米)"
                     r"(?:以上|以下|左右|以内)?\s*$|\d[^。]*[。；;]\s*$")


def states_figure(line: str) -> bool:
    """The bullet line states a figure of the text: a share, an amount closed by its measure word (and a bound), or
    a closed sentence with a number (``●经济增长6%左右``, ``■ 粮食产量500亿斤以上``, ``●新建成3个驿站。``). Not a date,
    a hit count or a name with a digit (``• 2031-03-10``, ``• 点阅:10067``, ``• 3C科技``)."""
    return _FIGURE.search(line) is not None
