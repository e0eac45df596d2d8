"""The passive of ``X承担Y`` (eval/README.md U7 twentieth round: ``X承担Y`` where Y is a task puts Y on X as ``X负责Y``
does): ``校园安全检查工作由某县教育局承担``, ``本办法的解释工作由某市卫健委承担``. The task is named first as a work, task
or duty (``…工作``, ``…任务``, ``…职责``), then ``由X承担``: lead X, task the named work, quote from the task to ``承担``.
Not: money (``所需经费由X承担``, U3a: a funding clause names the payer), a collective (``由各乡镇承担``), a duty of
responsibility (``…责任由X承担``, U4d).

(unitB26) The same passive with a verb of handling that closes the sentence (``passive_handling``): ``会议纪要由校长办公室
督办``, ``学生体检档案由某县教育局统一管理``, ``投诉件由某区信访科处理``. Any topic names the matter (the verb itself says a unit
takes it on); the task is the verb (with ``统一``/``具体``) and the topic, as ``X督办Y`` would say it; the quote from the topic
(an item's number left out) to the verb. Not: ``组织``/``组织实施`` alone (U7e's event verb; ``负责组织实施`` is the charge
reader's), money or a liability (U3a, U4d), a collective or a person (``由各校管理``, ``由专人管理``)."""

from __future__ import annotations

import re

_PASSIVE_TAKE_ON = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n,，:：]))\s*(?P<task>[^。;；!！?？\n,，:：由]{2,40}?(?:工作|任务|任務|职责|職責|事项|事項))"
    r"\s*(?:均|统一|統一|具体|具體)?由(?P<units>[^。;；!！?？\n,，:：由]{2,30}?)(?:具体|具體|负责|負責)?(?:承担|承擔)\s*(?=[。;；!！?？\n]|$)")
# money, costs or a liability: the payer or the liable party, no task (U3a, U4d)
_NO_TASK = re.compile(r"经费|經費|资金|資金|费用|費用|成本|支出|开支|開支|补贴|補貼|责任|責任|损失|損失|风险|風險")


def passive_take_on(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each ``<task>由X承担`` closing its sentence (see the module's note)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "承担" not in text and "承擔" not in text:
        return out
    from extract.rules.unit_clauses import _named_leads

    for m in _PASSIVE_TAKE_ON.finditer(text):
        task = m.group("task").strip()
        if _NO_TASK.search(task):
            continue
        lead = _named_leads(m.group("units").strip())
        if lead is None:
            continue
        out.append((m.start("task") + len(m.group("task")) - len(m.group("task").lstrip()), m.end(), task, lead, []))
    return out


# (unitB26) ``<topic>由X[统一]督办/管理/协调/处理。``: a verb of handling closes the sentence
_HANDLING_VERB = r"督办|督辦|统一管理|統一管理|监督管理|監督管理|监管|監管|管理|指导协调|指導協調|统筹协调|統籌協調|协调|協調|统筹|統籌|处理|處理|督促落实|督促落實"
# (unitB27) a verb of deciding or arranging closes the sentence as one of handling does (``…由某协会自主决定``, ``…由某系安排``)
_DECIDING_VERB = r"决定|決定|确定|確定|审定|審定|核定|审核|審核|制定|制订|制訂|聘任|安排|办理|辦理|跟进|跟進"  # (lead49) ``…标准由某局核定``
# (unitB27) an item's mark before the topic (``(一)``, ``一、``, ``1.``, ``①``), and the clause before a comma as the topic
# (``会上信息发布在官网,由某科处理``): the matter the clause names is what the unit handles
_TOPIC_MARK = r"(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[、.．]|[①-⑳])?"
# the clause of helpers after a lead's verb (``…,乙署协助``, ``…,乙局、丙局配合``): the lead's row is read with them elsewhere
_HELPERS_NEXT = re.compile(r"[^。;；!！?？\n]{0,30}?(?:协助|協助|配合|参与|參與|协同|協同|协办|協辦)")
_PASSIVE_HANDLING = re.compile(
    # (lead49) also pairs in a ``、`` list, in an example's bracket (``(如甲类由甲部门监管、乙类由乙部门监管)``)
    rf"(?:(?<=^)|(?<=[。;；!！?？\n,，:：、(（]))\s*(?:如|例如|比如)?{_TOPIC_MARK}\s*(?P<task>[^。;；!！?？\n,，:：由\d()（）]{{2,40}}?)"
    r"\s*[,，]?\s*(?:则|則|均|统一|統一|具体|具體)?由(?P<units>[^。;；!！?？\n,，:：由]{2,30}?)(?P<how>统一|統一|具体|具體|负责|負責|自主|分别|分別)?"
    rf"(?P<verb>{_HANDLING_VERB}|{_DECIDING_VERB})\s*(?=[。;；!！?？\n)）,，、]|$)")  # (unitB27) ``…由X办理,预计…``: a comma closes it too


def passive_handling(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each ``<topic>由X<verb of handling>`` closing its sentence (``…由X督办。``, ``…由X
    统一管理。``): lead X, task the verb and the topic (see the module's note)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "由" not in text:
        return out
    from extract.rules.unit_clauses import _named_leads

    for m in _PASSIVE_HANDLING.finditer(text):
        topic = m.group("task").strip()
        if text[m.end():m.end() + 1] in (",", "，") and (re.fullmatch(_DECIDING_VERB, m.group("verb")) is None
                                                        or _HELPERS_NEXT.match(text, m.end() + 1) is not None):
            continue  # (unitB27) a comma closes only a deciding verb, and not before the helpers' clause (``…统筹,乙署协助``)
        if topic.endswith(("构建", "構建", "建立", "形成", "健全", "完善", "打造")):
            continue  # (lead49) ``构建由政府统筹、部门协同的…格局``: the make-up of a mechanism to be built, no task put on X
        if topic.endswith(("交", "转", "轉")):
            continue  # (unitB27) ``…交由X办理``: a hand-over reported (U7: the reply's own coming about), no task put on X
        if _NO_TASK.search(topic) and re.fullmatch(_DECIDING_VERB, m.group("verb")) is None:
            continue  # (money handled is a funding clause; (unitB27) how money is used, decided by a body, is its task)
        lead = _named_leads(m.group("units").strip())
        if lead is None:
            continue
        how = m.group("how") or ""
        task = ("" if how in ("负责", "負責", "分别", "分別") else how) + m.group("verb") + topic
        out.append((m.start("task") + len(m.group("task")) - len(m.group("task").lstrip()), m.end(), task, lead, []))
    return out
