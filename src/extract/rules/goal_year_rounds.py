"""The year's round of work as a goal's date (O3, twentieth round: a year before the object of a work verb; O3f,
nineteenth round: the year's round of a campaign and its tasks).

Three frames date a sentence by the year whose round of work it names, where no deadline word stands before the year:

- the tasks of the year's round of a campaign set out in the sentence (``2031年度全省健康社区创建的重点包括…``,
  ``2031年某创建工作明确了五项任务,包括…``): O3f;
- the year's quota of work handed down to the page's body (``某市下达我县2031年培训任务3000人``): the year's task;
- the year's goals or tasks as the object of a verb that drives or reaches them (``推动2031年社会事业发展目标``,
  ``确保完成2031年目标任务``): the year's work to be done.

Whether the year is still ahead or under way is the page's affair (O3d: the caller compares it with the page's date),
and the false-goal cues (a report of results, a meeting, a list chosen) still undo a sentence they fit.
"""

from __future__ import annotations

import re

_CAMPAIGN = r"(?:创建|創建|评选|評選|活动|活動|行动|行動|工程|计划|計劃)"
# the year, the campaign, then what its round is to do set out: ``…的重点包括``, ``…明确了五大工作任务,包括``
_ROUND_TASKS = re.compile(r"(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?[^。；;,，:：]{0,24}?" + _CAMPAIGN +
                          r"(?:工作)?(?:的)?\s*(?:(?:重点|重點|主要任务|主要任務|任务|任務|内容|內容)\s*(?:包括|有|是|为|為)"
                          r"|(?:明确|明確|确定|確定)了?[^。；;,，]{0,10}?(?:任务|任務)\s*[,，:：]?\s*(?:包括|有|是|为|為|[:：]))")
_REPORTED = re.compile(r"完成情况|完成情況|进展|進展|成效|成果|启动|啟動|开始申报|開始申報")


def year_round_tasks(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that sets out the tasks of the year's round of a campaign
    (``2031年度全省健康社区创建的重点包括完善设施、开展讲座``); (None, -1) when none, or when the round's progress,
    results or launch is what the sentence tells (O3b)."""
    if "年" not in sentence or ("包括" not in sentence and "有" not in sentence and "为" not in sentence
                               and "為" not in sentence and "是" not in sentence and ":" not in sentence
                               and "：" not in sentence):
        return None, -1
    m = _ROUND_TASKS.search(sentence)
    if m is None or _REPORTED.search(m.group()) is not None:
        return None, -1
    return int(m.group(1)), m.start(1)


# ``某市下达我县2031年组织农民工培训任务3000人``, ``省里下达的2031年新建任务为12所``: the year's quota handed down
_QUOTA_HANDED = re.compile(r"(?:下达|下達)(?:给|給)?[^。；;,，]{0,10}?(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?[^。；;,，]{0,20}?"
                           r"(?:任务|任務|指标|指標)(?!完成)|"
                           # (goalA27) ``下达我县2031年某补助资金共计1200万元``: the year's funds handed down with their amount (O3e)
                           r"(?:下达|下達)(?:给|給)?[^。；;,，]{0,10}?(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?[^。；;,，《》]{0,24}?"
                           r"(?:资金|資金|经费|經費)\s*(?:共计|共計|合计|合計|总计|總計)?\s*\d")


def year_quota_assigned(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of the year's quota of work handed down (``上级下达我区2031年新增就业任务5000人``): the
    year's task to be done; (goalA27) of the year's funds handed down with their amount (``下达我县2031年某补助资金共计
    1200万元``: the year's allotment, O3e); (None, -1) when none or when the words name a notice (``关于下达2031年…任务的通知``)."""
    if "下达" not in sentence and "下達" not in sentence:
        return None, -1
    m = _QUOTA_HANDED.search(sentence)
    if m is None or _NOTICE_NAME.search(sentence, max(0, m.start() - 2), m.end() + 30):
        return None, -1  # ``关于下达2031年…任务的通知``: a notice's name, dating nothing (N9c, O3g)
    g = 1 if m.group(1) else 2
    return int(m.group(g)), m.start(g)


_NOTICE_NAME = re.compile(r"(?:关于|關於)\s*(?:下达|下達)|(?:的通知|之通知|的函|的决定|的決定)")


# ``推动2031年社会事业发展目标``, ``确保实现2031年各项目标任务``: the year's goals as what the verb drives or reaches
_YEAR_GOALS_OBJECT = re.compile(r"(?:推动|推動|推进|推進|实现|實現|确保|確保|力争|力爭|完成|落实|落實)\s*(?:完成|实现|實現)?\s*"
                                r"(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?\s*(?:的)?(?:[^。；;,，\d]{0,14}?|[^。；;,，]{0,24}?\d[^。；;,，]{0,8}?的\s*(?:既定)?)"
                                r"(?:目标|目標)(?:任务|任務)?"  # (goalB33) ``努力实现2031年某市…达70%的既定目标``: its figure told
                                r"(?![^。；;,，]{0,3}(?:完成情况|完成情況|情况|情況))")


def year_goals_as_object(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence whose verb drives or reaches the year's goals (``推动2031年社会事业
    发展目标``, ``确保完成2031年目标任务``); (None, -1) when none (``2031年目标完成情况``: a report's name)."""
    if "目标" not in sentence and "目標" not in sentence:
        return None, -1
    m = _YEAR_GOALS_OBJECT.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)
