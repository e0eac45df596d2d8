"""O3, O3b: the launch of a year's work told as news.

``日前,某厅印发《…实施方案》,启动2031年送戏下乡工程``, ``2030年9月,我市正式启动2031年民生实事候选项目编排工作``: the
sentence tells that the year's work was launched (a report of what was done: the list being chosen, the programme
started), not what is to be achieved; the year names the work launched. A launch still to come (``将于3月启动2031年…``,
``计划启动2031年…``) stays a commitment.
"""

from __future__ import annotations

import re

from extract.cues import _PINYIN_NOTE

# ``启动2031年…``, ``啟動2031年度…``: the launch verb right before the year of the work
_LAUNCH_YEAR = re.compile(r"(?:启动|啟動)\s*20\d\d\s*年")
# ``日前``, ``近日``, ``正式``, ``已``: the launch told as done
_TOLD_DONE = re.compile(r"日前|近日|近期|正式|已|今天|今日|昨天|昨日")
# ``将``, ``计划``, ``力争``, ``3月底前``: a launch still to come
_STILL_AHEAD = re.compile(r"将|將|要|拟|擬|计划|計劃|力争|力爭|争取|爭取|预计|預計|准备|準備|确保|確保|(?<!日)前")


def reports_launch(sentence: str) -> bool:
    """A sentence that tells the year's work launched (``…正式启动2031年民生实事候选项目编排工作``, ``日前,…印发《…》,
    启动2031年…工程``): a launch verb right before the year, a word that tells it done before the verb, and nothing
    before the verb that puts it ahead (``将``, ``计划``, ``…月底前``); no goal (O3)."""
    if "启动" not in sentence and "啟動" not in sentence:
        return False
    s = _PINYIN_NOTE.sub("", sentence)
    m = _LAUNCH_YEAR.search(s)
    if m is None:
        return False
    before = s[:m.start()]
    return _TOLD_DONE.search(before) is not None and _STILL_AHEAD.search(before) is None
