"""An approval reported as done read as a task (U7: a report of what was done puts no task on a unit). Made-up
examples only.

- ``approval_result``: a task that is only a body's passing of a case: ``审议通过``, ``表决通过``, ``审查通过``,
  ``核定通过`` (``某案,由市甲委员会审议通过``): the committee passed it, nothing is left to do. Not a doing that
  goes on after the approval (``审议通过后实施``) or one that says how (``通过家访辨识长者``).
"""

from __future__ import annotations

import re

_PASSED = re.compile(r"^(?:一致|全票|顺利|已|业已)?(?:审议|审查|审核|核定|表决|评审|会议|讨论)(?:并|后)?(?:一致)?通过$")


def approval_result(task: str) -> bool:
    """Whether ``task`` only says that a body passed a case: ``审议通过``, ``表决通过``, ``一致审议通过``. Not
    ``审议通过后实施``, ``通过家访辨识长者``, ``审议年度预算``."""
    t = (task or "").strip().rstrip("。;；,，")
    return "通过" in t and len(t) <= 10 and _PASSED.match(t) is not None
