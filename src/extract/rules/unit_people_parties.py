"""Unit-assignment guard: a unit list that names people, not organisations (eval/README.md U4a, U7: "Not: … people").

``people_list``: the list of a row names people where its last item ends with a word for people (``镇、村干部负责宣传``:
the shared tail ``干部`` makes every item people, as a shared ``部门`` makes every item a department), or where an item is
a name cut inside a person's post (``责成局党委委员、副局长张三同志组织…`` read as the unit ``局党委委``, the quote going on
with ``员``). Such a list gives no unit; a row left with none goes. Made-up examples only.
"""

from __future__ import annotations

import re

# the words for people that close a list of who does a task (``村干部``, ``张三同志``, ``全体职工``, ``学生家长``)
_PEOPLE_TAIL = re.compile(r"(?:干部|幹部|同志|职工|職工|党员|黨員|群众|群眾|村民|居民|家长|家長|教师|教師|老师|老師|班主任|工作人员|工作人員)$")
# what follows a name cut inside a person's post: the post's last character (``委`` + ``员``, not ``员会``) or ``同志``;
# (unitA34) not ``员工`` (a task about the staff: ``负责员工的招聘``)
_POST_REST = re.compile(r"^(?:[员員](?![会會工])|同志)")


def people_list(units: list[str], quote: str, task: str = "") -> bool:
    """Whether ``units`` (a row's lead or responsible list, read from ``quote``) names people: its last item ends with a
    word for people (``["镇", "村干部"]``), or an item is followed in the quote by the rest of a post (``局党委委`` +
    ``员、副局长…``; or the row's task opens with that rest, the clause having been cut there). Not ``["某镇卫生院"]``,
    ``["团委"]``, ``["区人大常委会"]``."""
    if not units:
        return False
    if _PEOPLE_TAIL.search(units[-1].strip()):
        return True
    if task and _POST_REST.match(task):
        return True
    for u in units:
        k = quote.find(u)
        if k >= 0 and _POST_REST.match(quote[k + len(u):]):
            return True
    return False


def without_people(lead: list[str], resp: list[str], quote: str, task: str = "") -> tuple[list[str], list[str]]:
    """``lead`` and ``resp`` with each list that names people (``people_list``) emptied."""
    return ([] if people_list(lead, quote, task) else lead), ([] if people_list(resp, quote, task) else resp)


# a contact's details: a person's name (2-4 characters) and a telephone number, or the number alone
_CONTACT = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,4}(?:同志|老师|先生|女士)?\s*[,，:：]?\s*)?(?:电话|手机|联系电话)?[:：]?\s*"
                      r"(?:1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8}|\d{7,8})(?:\s*[、,，/]\s*(?:1[3-9]\d{9}|0\d{2,3}[-－—]?\d{7,8}|\d{7,8}))*\s*$")


def contact_task(task: str) -> bool:
    """Whether a row's task is a contact's details (``张三13900000000``, ``李四 0871-1234567``): a contact line under a
    unit (``1、甲处:张三13900000000``) names who to call, no duty of the unit (U8, U8c). Not ``拨打12345热线受理投诉``."""
    return _CONTACT.match(task) is not None
