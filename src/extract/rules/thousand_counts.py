"""``千`` written after a count's digits before ``万元`` or a counter of people (N8b): ``2千多万元``, ``1千多名``.

N8b reads ``千`` after the last digits as part of the unit (``8千萬元`` is 8 ``千萬元``, ``3千受託名額`` 3 ``千``), ``余``
and ``多`` dropped (N12). The number pattern already reads ``千万`` right after the digits and ``千`` before ``元``
(``thousand_units``); with ``多``/``余`` between (``约2千多万元``) or before a counter of people (``增加1千多名社工``,
``招收3千人``) the digits were read alone and the amount lost.
"""

from __future__ import annotations

# ``千`` before ``[余多]万元`` or before a counter of people (``名``, ``人``, ``位``, ``户``, ``人次``); not ``千米``,
# ``千克``, ``千瓦`` (measures of their own), not ``千万`` with nothing between (read as ``千万`` already)
THOUSAND_BEFORE_COUNT = r"千(?=[余多餘](?:万|萬)元|[余多餘]?(?:名|人|位|户|戶))"


# (N8b) the digits after ``亿`` end where ``万`` follows, with ``多``/``余`` between (``2亿2000多万``, ``1亿7,000余万元``:
# 22000 ``万``, 17000 ``万元``, the ``多`` dropped as N12 drops it); a lookahead after the ``亿`` part's digits
YI_PARTS_BEFORE_WAN = r"(?=\s?[余多餘]?万)"


# (N8b) ``千`` after the digits with no measure after it (``殘津升至9千``, ``最多3千受託名額``): 3 ``千``, as N8b reads
# ``3千受託名額``; not a measure that opens with ``千`` (``千米``, ``千克``, ``千瓦``, ``千卡``), not ``千万``/``千元``
# (read as such), not a text's length (``约3.2千字``), not a digit after it (``1千2百``)
THOUSAND_ALONE = r"千(?![米克瓦卡伏帕焦赫兆万萬亿億元余多餘字\d])"
