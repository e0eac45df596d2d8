"""Target cue for the year's target cited as the yardstick of results to date (N13c, twentieth round).

A progress note written while the year runs measures what was done against the year's commitment, and writes that
commitment's amount right after a label for it: ``新增就业4100人,占全年目标任务5000人的82%``, ``完成年度任务800户的
60%``, ``(年度任务2600人次)``, ``全年任务目标数是78个``. The amount after the label is the commitment still in force (a
target, N13c); the result before it and the share done after it stay status. The label binds only the amount written
right after it: ``完成全年目标任务的82%`` names no amount. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# ``全年目标任务``, ``年度任务``, ``全年任务目标数是``, ``全年目标为``: the label of the year's commitment, the amount next
_YEAR_TARGET_LABEL = re.compile(r"(?<![高低超多少於于])(?:全年|年度|(?<![今明去上下当當本])年)(?:目标任务|任务目标|目标|任务|计划任务)数?\s*(?:是|为|為)?\s*$")


def names_year_target(before: str) -> bool:
    """The words right before an amount label it as the year's commitment: ``占全年目标任务`` before ``5000人``,
    ``年度任务`` before ``2600人次``, ``全年任务目标数是`` before ``78个``, ``比年目标任务`` before ``4%低…`` (the target
    a result is compared with). Not a year's total reported
    (``全年完成``, ``全年新增``), a label of no year (``目标任务``), nor the margin of a comparison with the year's
    target (``高于年度目标任务3个百分点``, ``比全年目标多50人``: N13b, the difference is status)."""
    return _YEAR_TARGET_LABEL.search(before[-16:]) is not None

