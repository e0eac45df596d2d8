"""The hand-over of a proposal to its handlers, told in the reply to it (eval/README.md U7 nineteenth round, U7f):
``责成县甲局会同县乙局办理该件建议``, ``某局会同某局尽快办理您所提的《关于…的建议》``. It tells how the reply came about
and gives no row of its own, whichever reader finds the clause (a ``会同`` clause, a ``责成`` order, a directive); the
reply's closing labels (``主办单位``, ``会办单位``) give the row. A ``责成``/``要求`` clause on the matter itself (``责成某局尽快
处理占道问题``) is U7's ``X负责Y`` and stays."""

from __future__ import annotations

import re


# the handling of a proposal handed over to its handlers (U7, nineteenth round): ``办理该件建议``, ``抓紧办理你们提出的《…提案》``
_HANDS_OVER = re.compile(r"^(?:(?:会同|會同)[^。;；!！?？,，]{2,30}?)?(?:抓紧|尽快|儘快|认真|認真|及时|及時|共同|负责|負責)?(?:办理|辦理|答复|答覆)[^。;；!！?？]{0,40}?"
                         r"(?:建议|建議|提案|议案|議案)(?:》)?\s*$")


def hands_over_proposal(task: str) -> bool:
    """Whether ``task`` is the handling of a 建议/提案 the reply answers (``尽快办理您所提的《关于…的建议》``, ``办理该件提案``):
    the hand-over tells how the reply came about and gives no row of its own; the reply's closing labels give the row
    (U7 nineteenth round, U7f). Not: a task on the matter itself (``尽快处理群众反映的占道问题``)."""
    return _HANDS_OVER.match(task.strip()) is not None
