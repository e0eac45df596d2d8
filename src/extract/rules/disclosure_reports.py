"""(tgtA30, N13) A government's annual report on its information disclosure (政府信息公开工作年度报告).

Every body publishes it each year on one national template, whose parts are headed ``主动公开政府信息情况``,
``收到和处理政府信息公开申请情况``, ``政府信息公开行政复议、行政诉讼情况``, ``存在的主要问题及改进情况`` and ``其他需要报告的事项``.
The report counts what the year gave (items published, requests handled, cases): its figures are status, read as a
report's (a number needs a cue of a time ahead of its own), also where the page lost the report's title."""

from __future__ import annotations

import re

_TEMPLATE_PART = re.compile(r"主动公开政府信息(?:的)?情况|收到和处理政府信息公开申请(?:的)?情况|政府信息公开行政复议、?行政诉讼(?:的)?情况"
                            r"|主動公開政府信息(?:的)?情況|收到和處理政府信息公開申請(?:的)?情況|政府信息公開行政複議、?行政訴訟(?:的)?情況")


def is_disclosure_annual_report(text: str) -> bool:
    """The text carries two or more of the template's part headings (``二、主动公开政府信息情况``, ``三、收到和处理政府信息
    公开申请情况``): it is the annual disclosure report. One such phrase alone (a plan's task ``做好主动公开政府信息情况
    统计``) is not."""
    return len({m.group(0) for m in _TEMPLATE_PART.finditer(text)}) >= 2
