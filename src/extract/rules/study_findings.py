"""The findings of a study are no targets (eval/README.md N13: status; G2 genre).

``…研究结果如下:一、全市实施该方案的学校有7所,占39%;未实施的学校计11所…``, ``调查结果显示,每周教学时数至少有1小时``: a
study's abstract or report states what its survey found, what schools have or do now; every figure after the findings
marker in its paragraph is a finding. A study that proposes (``建议…``) still states no commitment of a plan. Not a
plan's own ``研究制定…`` (no findings marker), nor ``结果`` of anything but a study or survey.
"""

from __future__ import annotations

import re

_FINDINGS = re.compile(r"(?:研究|調查|调查|问卷|問卷|访谈|訪談)(?:结果|結果)(?:如下|显示|顯示|表明|发现|發現)?\s*[:：,，]"
                       r"|(?:研究|調查|调查)(?:发现|發現|表明)\s*[:：,，]")


def findings_start(paragraph: str) -> int:
    """Where the findings of a study begin in ``paragraph`` (the end of its first findings marker), or -1."""
    if "结果" not in paragraph and "結果" not in paragraph and "发现" not in paragraph and "發現" not in paragraph \
            and "表明" not in paragraph:
        return -1
    m = _FINDINGS.search(paragraph)
    return m.end() if m else -1
