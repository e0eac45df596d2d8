"""Target cue for the year's target cited as the yardstick of results to date (N13c, twentieth round).

A progress note written while the year runs measures what was done against the year's commitment, and writes that
commitment's amount right after a label for it: ``新增就业4100人,占全年目标任务5000人的82%``, ``完成年度任务800户的
60%``, ``(年度任务2600人次)``, ``全年任务目标数是78个``. The amount after the label is the commitment still in force (a
target, N13c); the result before it and the share done after it stay status. The label binds only the amount written
right after it: ``完成全年目标任务的82%`` names no amount. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# ``全年目标任务``, ``年度任务``, ``全年任务目标数是``, ``全年目标为``: the label of the year's commitment, the amount next
# (speedA28) written ``全(?<![…]全)年|年(?<![…]年)度|年(?<![…今明…]年)``, the lookbehinds after the first character:
# the same matches as ``(?<![高低超多少於于])(?:全年|年度|(?<![今明去上下当當本])年)``, but sre now skips to a 全 or a 年
_YEAR_TARGET_LABEL = re.compile(r"(?:全(?<![高低超多少於于]全)年|年(?<![高低超多少於于]年)度|年(?<![今明去上下当當本高低超多少於于]年))(?:目标任务|任务目标|目标|任务|计划任务)数?\s*(?:是|为|為)?\s*$")


# (tgtA25) the label written around the amount: the year before it, the task word after it (``完成全年800户任务的60%``,
# ``为年度5000人目标任务的82%``): the amount is the year's commitment that the share after it measures
_YEAR_BEFORE_AMOUNT = re.compile(r"(?:完成|占|為|为|達|达)\s*(?:全年|年度)\s*$")
_TASK_AFTER_AMOUNT = re.compile(r"^\s*(?:目标任务|任务目标|目标|任务|计划任务|计划)数?的\s*\d")


def labels_year_target_around(before: str, after: str) -> bool:
    """(tgtA25) The year's commitment labelled around its amount, the year right before it and the task word with the
    share done right after it: ``完成全年800户任务的60%``, ``占年度5000人目标任务的82%``. The amount is a target (N13c,
    while the year runs), as with the label before it (``names_year_target``); the result and the share stay status.
    Not a year's result (``全年完成800户``: no task word after it) nor a task word without the share done after it."""
    return _YEAR_BEFORE_AMOUNT.search(before[-8:]) is not None and _TASK_AFTER_AMOUNT.match(after) is not None


def names_year_target(before: str, after: str = "") -> bool:
    """The words right before an amount label it as the year's commitment: ``占全年目标任务`` before ``5000人``,
    ``年度任务`` before ``2600人次``, ``全年任务目标数是`` before ``78个``, ``比年目标任务`` before ``4%低…`` (the target
    a result is compared with). Not a year's total reported
    (``全年完成``, ``全年新增``), a label of no year (``目标任务``), nor the margin of a comparison with the year's
    target (``高于年度目标任务3个百分点``, ``比全年目标多50人``: N13b, the difference is status)."""
    return _YEAR_TARGET_LABEL.search(before[-16:]) is not None or (bool(after) and labels_year_target_around(before, after))

