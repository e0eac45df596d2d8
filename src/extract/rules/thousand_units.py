"""``千`` written after an amount's digits, before ``元`` (N8b): ``加發2千元``, ``亦有6千元``, ``每年1萬5千元``.

N8b reads ``千`` after the last digits as part of the unit, as ``8千萬元`` is 8 ``千萬元``: ``6千元`` -> 6 ``千元``. The
number pattern knows ``千万`` and ``万``/``亿`` as magnitudes before a measure; this adds ``千`` where ``元`` follows.
"""

# the magnitude ``千`` right before ``元`` (``余``/``多`` between: ``2千多元``); not ``千米``, ``千克``, ``千瓦`` (no 元)
THOUSAND_BEFORE_YUAN = r"千(?=[余多]?元)"
