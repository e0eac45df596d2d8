"""Years since an event that say which people or things a measure is for (``毕业3年内的高校毕业生``, ``使用超过15年的
电梯``): who or which, like an age (N12, N15), not an amount or a span the plan sets."""
from __future__ import annotations

import re

# the event the years are counted from, with a bound word, right before the number
_SINCE_EVENT = re.compile(r"(?:毕业|畢業|离校|離校|使用|投用|投入使用|运行|運行|服役|退役|失业|失業)"
                          r"(?:年限)?(?:已)?(?:超过|超過|满|滿|已满|不足|未满|达到?|逾)?\s*$")
_WHICH_AFTER = re.compile(r"^\s*(?:以上|及以上|以内|以內|之内|之內|内|內)?的")


def selects_by_years_since(before: str, unit: str, after: str) -> bool:
    """``对毕业3年内的高校毕业生给予补贴``, ``完成20台使用超过15年的电梯更新``, ``离校2年以内的未就业青年``: the years
    since graduating or since a thing came into use pick out the people or things a measure is for (``的`` and the
    noun follow), not a quantity. Not a term the plan sets (``使用5年``, ``毕业后服务5年``: no ``的`` after)."""
    return unit == "年" and _SINCE_EVENT.search(before[-10:]) is not None and _WHICH_AFTER.match(after) is not None
