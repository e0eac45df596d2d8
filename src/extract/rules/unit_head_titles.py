"""The head of a unit named as the subject of a duty (eval/README.md U4a: people are no units): ``某科负责人:负责…``,
``某局主要负责人负责…``, ``某处负责同志要…`` give the duty to a person, the unit's head, not to the unit; ``负责`` there is
part of a noun (``负责人``, ``负责同志``), not the verb of charge.

Made-up examples only.
"""

from __future__ import annotations

import re

# a unit's head written after the unit's name: ``负责人`` / ``负责同志`` (with ``主要``), or ``负责人`` closing a list of
# heads (``…负责人和…``); ``负责人员`` (the verb before ``人员``, ``负责人员调配``) is the verb's
_HEAD_TITLE = re.compile(r"^(?:主要|第一)?(?:负责人(?!员|才|口)|負責人(?!員|才|口)|负责同志|負責同志)")


def names_unit_head(after_name: str) -> bool:
    """Whether the words right after a unit's name make the subject that unit's head, a person: ``负责人:负责…``,
    ``主要负责人要…``, ``负责同志负责…`` (the subject of ``某科负责人:负责经费审核`` is a person, U4a). Not: the verb of
    charge (``负责经费审核``, ``负责人员调配``)."""
    return _HEAD_TITLE.match(after_name) is not None


# a post label right after a body's name (``负责人:``, ``主任:``), then a duty verb at once (on the same line or, the
# line broken after the colon, on the next): no person's name between
_POST_THEN_DUTY = re.compile(r"^[ \t\u3000]*(?:主要)?(?:负责人|負責人|主\s?任|科\s?长|处\s?长|部\s?长|组\s?长|队\s?长|站\s?长|所\s?长|校\s?长)"
                             r"[ \t\u3000]*[:：]\s*(?:主要|具体|全面)?(?:负责|負責)")  # (vfpA28) the duty on its line or the next


def post_holds_duty(after_name: str) -> bool:
    """Whether the words after a body's name give the duty to the body's head (``负责人:负责…``, ``科长:负责…``): the post's
    label is followed by the duty itself, with no person named under it, so the duty is the post's (U4a: a person), not
    the body's. Not: a working group's line of people whose names follow the posts (``组长:张三 成员:李四 职责:…``)."""
    return _POST_THEN_DUTY.match(after_name) is not None
