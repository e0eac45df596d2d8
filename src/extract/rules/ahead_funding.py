"""(tgtA30, N17d) Money stated for works whose completion or opening the same sentence puts ahead: ``自筹3400万元,加上县府
补助5500万元,合计8900万元,预定明年3月完工启用``. The total (or the amount) is the funding of works still to be finished, a
target however it is summed (``合计``, ``共计``) or stated bare; the date word after it (``预定``, ``预计``, ``将于``) says the
works are still ahead."""

from __future__ import annotations

import re

# what follows the amount in its sentence: a word of what is still to come, then the works' completion or start
_WORKS_AHEAD_AFTER = re.compile(r"^[^。；;!?！？]{0,30}?(?:预定|預定|预计|預計|预期|預期|可望|将于|將於|将在|將在|预估|預估)"
                                r"[^。；;，,]{0,12}?(?:完工|竣工|启用|啟用|落成|建成|开工|開工|动工|動工|开放|開放|投入使用)")


def funds_works_ahead(unit: str, after: str) -> bool:
    """A money amount (``元`` in its unit) with, after it in its sentence, the works' completion or start still ahead:
    ``合计8900万元,预定明年3月完工启用``. Not an amount with no such date (``合计8900万元``), nor a date already reached
    (``已于3月完工``: no word of what is to come)."""
    return "元" in unit and _WORKS_AHEAD_AFTER.match(after) is not None
