"""(unitB24) Where a unit list's last name ends (U3, U4b): a list that runs on into the text after it is cut after its
last unit's office (``…供电局东城西城`` -> ``…供电局``), but a branch's name written after its parent office is part of
that unit's name (``市生态环境局甲乙分局``, ``县公安局城关派出所``, ``市交警支队一大队``): the parent's ending is
no end of the name. Made-up examples only.
"""

from __future__ import annotations

import re

# a branch of the office before it, to the end of the list's item (a closing bracket of the label's own left over)
_BRANCH_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:分局|分中心|分院|分所|分公司|分理处|支队|大队|中队|派出所|管理所|执法中队)"
                          r"\s*[)）\]】〕]*$")


# (unitB26) a body under its parent's full name (``某区某街道办事处社区卫生服务中心``, ``某镇人民政府农业服务中心``): the long
# name is two names nested, the parent's closed by its office word, the body's by its own ending
_NESTED_BODY = re.compile(r"(?:街道办事处|人民政府|管理委员会|管委会)[\u4e00-\u9fff]{2,12}(?:中心|站|所|院|科|办公室)$")


def nested_body_name(item: str) -> bool:
    """(unitB26) A name of 17 to 24 characters that is one body under its parent's full name (``…街道办事处…中心``,
    ``…人民政府…站``): one unit, however long (``cues.is_unit_cell`` takes no other name over 16 characters)."""
    return len(item) <= 24 and _NESTED_BODY.search(item) is not None


def branch_tail(rest: str) -> bool:
    """Whether ``rest``, the words after an office's ending in a list's last item, name a branch of that office
    (``甲乙分局``, ``城关派出所)``): the item is one unit's name, not a unit run on into other text."""
    return _BRANCH_TAIL.match(rest) is not None
