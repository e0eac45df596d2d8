"""A sentence that tells the outcome of a contest, an award or a selection (eval/README.md N13).

A report of an award (``甲馆凭借人均借阅量达4.6册,获“阅读推广奖”``) or of a contest's selection (``从200名报名者中评选出
30名``, ``…,于5月3日举行颁奖``) tells what came about: the figures that earned the award and the count of winners are
results (N13: a past result is no target), whatever verb states them (``达``, ``评选出``). A sentence that speaks of what
is ahead (``力争…获一等奖1所``, ``将评选出10名``, a modal, a deadline) is a commitment and is left to the other cues.
"""

from __future__ import annotations

import re

from extract.rules.perfective_clauses import speaks_ahead

# an award received (``获…奖``, ``荣获…称号``, ``获…绩优等2项肯定``, ``获选…``); not money a measure earns (``可获得省级奖补``,
# ``获奖励资金``: ``奖补``, ``奖励``, ``奖金`` are funds, and ``可获`` says what one may get), a prize-giving held, or winners picked from a counted field of entrants
_AWARD = re.compile(r"(?<!可)(?:获|荣获)得?[^。；;!！?？]{0,40}?(?:奖(?![补励金助])|殊荣|称号|肯定|表扬|嘉奖|绩优|特优|冠军|第[一二三]名)|获选|颁奖(?!环节)|"
                    r"从\s*\d+[^。；;!！?？\d]{0,12}?(?:评选|遴选|选)出")

_SENTENCE_END = re.compile(r"[。;；!！?？]")


def tells_award_result(before: str, after: str) -> bool:
    """The number's sentence (``before`` it up to the number, ``after`` it to the sentence's end) tells an award won, a
    prize-giving or a selection from counted entrants, and nothing ahead (see the module's docstring). Not a plan's
    ``力争…获一等奖1所`` nor ``将评选出10名`` (ahead), nor money ``获得补助N万元`` (no award word)."""
    end = m.start() if (m := _SENTENCE_END.search(after)) is not None else len(after)  # (speedA34) one scan, not seven finds
    sentence = before + after[:end]
    if "获" not in sentence and "颁" not in sentence and "出" not in sentence or _AWARD.search(sentence) is None:
        return False
    return not speaks_ahead(sentence)
