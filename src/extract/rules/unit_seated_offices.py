"""``X设在Y,承担Z``: an office seated in another body, then the work it carries (``联席会议办公室设在某区民政局,承担联席
会议的日常工作``). ``设在`` marks X as the sentence's subject, as before ``,负责`` (``unit_charge_finders._CARRIED_CHARGE``);
``承担`` with a work as its object puts the work on X as ``负责`` does (U7, twentieth round: ``X承担Y`` where Y is a task):
lead X, task Z, quote from X to the end of Z's clause.

Not: money or a liability (``承担所需经费``, ``承担相应责任``: U3a, U4d), which are no tasks.

Made-up examples only.
"""

from __future__ import annotations

import re

# money or a liability carried: no task
_NO_WORK = r"经费|經費|费用|費用|资金|資金|开支|開支|成本|责任|責任|损失|損失"
# the office, where it is seated (one clause), then the work it carries (one clause, no money or liability in it)
SEATED_CARRIES = re.compile(r"(?:(?<=^)|(?<=[。;；,，:：\s]))(?P<units>[^。;；,，:：\s由]{2,30}?)(?:设在|設在)[^。;；,，]{2,30}"
                            rf"[,，](?:并|同时|还)?(?:承担|承擔)(?P<task>(?:(?!{_NO_WORK})[^。;；,，]){{2,60}}?)(?=[。;；,，]|$)")


def seated_carries(text: str) -> list[re.Match[str]]:
    """The ``X设在Y,承担Z`` matches of ``text`` whose Z is a work (not money or a liability)."""
    if "设在" not in text and "設在" not in text:
        return []
    return list(SEATED_CARRIES.finditer(text))
