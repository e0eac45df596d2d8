"""A clause that announces goals and states them in the same sentence (O3a, O3h), its subject further back.

``其中,某领域围绕…明确行动方向,提出主要目标:群众需求得到更好保障,人均体育场地面积提高到3平方米`` reports the goals a plan or
one of its parts sets out, as ``规划提出主要目标:…`` does, though the plan is named in an earlier sentence: the clause
that announces the goals (``提出``, ``明确``, ``确立``, ``设定`` with the name of the goals and a colon) and the goals after
its colon make one goal sentence, dated or not (O3h). Not an announcement of indicators (``明确主要指标:…``, O3h), nor a
sentence that only names goals (``提出五个方面的目标和任务``), nor a colon with nothing after it in the sentence.
"""

from __future__ import annotations

import re

# a clause of its own (after a comma or at the start) that announces the goals with a colon, then what they are
_ANNOUNCES_GOALS = re.compile(r"(?:^|[,，;；])\s*(?:并|並|还|還|同时|同時)?\s*(?:提出|明确|明確|确立|確立|设定|設定)了?\s*"
                              r"[^。,，;；:：的]{0,8}目[标標]\s*[:：]\s*(?=[^\s。])")


def announces_goals_stated(sentence: str) -> bool:
    """A sentence whose clause announces the goals with a colon and states them after it (``…,提出主要目标:服务体系更加
    健全``): it says what the goals are, a goal (O3h)."""
    from extract.rules.goal_report_speeches import report_names_goals  # (goalA23) O3h: ``…报告…提出今年全县的主要预期目标,包括…``
    if "目" in sentence and report_names_goals(sentence):
        return True
    if "目" not in sentence or (":" not in sentence and "：" not in sentence):
        return False
    return _ANNOUNCES_GOALS.search(sentence) is not None
