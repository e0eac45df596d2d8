"""A clause that announces goals and states them in the same sentence (O3a, O3h), its subject further back.

``其中,某领域围绕…明确行动方向,提出主要目标:群众需求得到更好保障,人均体育场地面积提高到3平方米`` reports the goals a plan or
one of its parts sets out, as ``规划提出主要目标:…`` does, though the plan is named in an earlier sentence: the clause
that announces the goals (``提出``, ``明确``, ``确立``, ``设定`` with the name of the goals and a colon) and the goals after
its colon make one goal sentence, dated or not (O3h). Not an announcement of indicators (``明确主要指标:…``, O3h), nor a
sentence that only names goals (``提出五个方面的目标和任务``), nor a colon with nothing after it in the sentence.

(goalA27) The goals may also be named after ``包括`` or ``即`` (``方案列出未来五年的六个主要目标,包括保持经济平稳增长、…``,
``纲要提出两个总体目标和五大发展方向,包括…``, ``明确规定了行动的主要目标,即…``): a verb of setting out, the name of the goals
(other parts joined by ``和``/``及`` may follow), then the list: the sentence says what the goals are (O3h), dated or not.
Not ``提出的目标`` (an attribute), nor goals named with nothing listed after them.
"""

from __future__ import annotations

import re

# a clause of its own (after a comma or at the start) that announces the goals with a colon, then what they are
_ANNOUNCES_GOALS = re.compile(r"(?:^|[,，;；])\s*(?:并|並|还|還|同时|同時)?\s*(?:提出|明确|明確|确立|確立|设定|設定)了?\s*"
                              r"[^。,，;；:：的]{0,8}目[标標]\s*[:：]\s*(?=[^\s。])")


# a verb of setting out (not an attribute ``提出的``), the name of the goals, other parts after 和/及, then ``,包括``/``,即`` and
# what the goals are
_GOALS_LISTED = re.compile(r"(?:提出|列出|列明|明确|明確|确立|確立|设定|設定|确定|確定|订定|訂定|规定|規定)了?(?![的之])"
                           r"[^。,，;；:：]{0,24}?目[标標](?:[和与及與][^。,，;；:：]{1,10})?\s*[,，]\s*"
                           r"(?:包括|包含|分别是|分別是|即)\s*[:：]?\s*(?=[^\s。,，;；])")


def names_goals_listed(sentence: str) -> bool:
    """A clause that sets out goals and lists them after ``包括`` or ``即`` (``纲要列出五个主要目标,包括保持经济平稳增长``,
    ``提出两个总体目标和五大方向,包括…``): it says what the goals are (O3h). Not ``提出的目标,包括…`` nor a name alone."""
    if "目" not in sentence or ("包" not in sentence and "即" not in sentence and "分" not in sentence):
        return False
    return _GOALS_LISTED.search(sentence) is not None


def announces_goals_stated(sentence: str) -> bool:
    """A sentence whose clause announces the goals with a colon and states them after it (``…,提出主要目标:服务体系更加
    健全``): it says what the goals are, a goal (O3h)."""
    from extract.rules.goal_report_speeches import report_names_goals  # (goalA23) O3h: ``…报告…提出今年全县的主要预期目标,包括…``
    if "目" in sentence and report_names_goals(sentence):
        return True
    if names_goals_listed(sentence):
        return True  # (goalA27) O3h: ``…列出五个主要目标,包括…``
    if "目" not in sentence or (":" not in sentence and "：" not in sentence):
        return False
    return _ANNOUNCES_GOALS.search(sentence) is not None
