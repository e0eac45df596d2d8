"""The scale a works project is to be built to, ``按…N…规模建设`` (N17a).

A works item often gives its planned size as the scale it is built to: ``按36个班、在校生1620人规模建设``, ``新馆拟按3万平方米
规模高标准修建``, ``按12个教学班、在园幼儿约360人规模设计建设``. A number right before ``规模`` is otherwise read as a name
(``6个班规模占地…``: a class of a standard, ``千人规模的企业``); inside the frame ``按…规模`` + a building verb it is the
planned size of the works, a target like ``办学规模为N个班``. No import of the other rule modules."""

from __future__ import annotations

import re

# ``按`` opens the frame a few words before the number (its list may run through ``、`` or ``,``), no sentence break
_BY_SCALE_OPENING = re.compile(r"按(?:照)?[^。；;!?！？\n]{0,24}$")
# ``规模`` right after the measure, then (a manner, a stage) a verb that builds (``规模设计建设``, ``规模高标准修建``)
_SCALE_THEN_BUILD = re.compile(r"^\s*(?:的)?(?:规模|規模)\s*(?:进行|進行)?\s*(?:高标准|高標準|高起点|高起點)?\s*"
                               r"(?:规划|規劃|设计|設計)?\s*(?:建设|建設|修建|新建|扩建|擴建|改建|改扩建|兴建|興建|迁建|遷建|施工)")


def builds_to_scale(before: str, after: str) -> bool:
    """The number stands in ``按…N<measure>规模`` + a building verb (``按30班,在校生1350人规模建设``, ``拟按3.5万平方米规模高起点
    修建``): the size the works are built to, not a name. ``before`` is the sentence up to the number, ``after`` the text
    after its measure word. Not ``6个班规模占地不少于4亩`` (no building verb after), nor ``规模`` without ``按`` before."""
    return _SCALE_THEN_BUILD.match(after) is not None and _BY_SCALE_OPENING.search(before) is not None
