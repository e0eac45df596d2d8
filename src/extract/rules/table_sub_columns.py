"""(unitB26) A header of two rows flattened into one run: an umbrella column and, after the first row's cells, its
ranked sub-columns (eval/README.md U1, U5: a row's cells stand under the columns they fill)::

    序号 | 公开事项 | 公开内容 | 公开主体 | 公开方式
    一级事项 | 二级事项 | 三级事项

The sub-columns (``一级事项``, ``二级事项``, ``三级事项``: a rank, ``级``, and the umbrella's own last word) take the
umbrella's place, so each row's cells line up with the columns: ``1 | 机构信息 | 机构职能 | 内设科室 | ●… | 某局 | …``.

Made-up examples only.
"""

from __future__ import annotations

import re

_RANKED = re.compile(r"^(?:[一二三四五]|[1-5])级(?P<word>[\u4e00-\u9fff]{2,4})$")


def with_sub_columns(cols: list[str]) -> list[str]:
    """``cols`` with a run of two or more ranked sub-columns after the first row (``一级事项``, ``二级事项``) put in the
    place of their umbrella, the earlier column that ends with their word (``公开事项``); ``cols`` unchanged where no
    such run and umbrella stand."""
    if len(cols) < 4:
        return cols
    for k, c in enumerate(cols):
        m = _RANKED.match(c)
        if m is None:
            continue
        word = m.group("word")
        end = k
        while end < len(cols) and (r := _RANKED.match(cols[end])) is not None and r.group("word") == word:
            end += 1
        umbrella = next((i for i in range(k) if cols[i].endswith(word) and not _RANKED.match(cols[i])), None)
        if end - k < 2 or umbrella is None:
            return cols
        return cols[:umbrella] + cols[k:end] + cols[umbrella + 1:k] + cols[end:]
    return cols
