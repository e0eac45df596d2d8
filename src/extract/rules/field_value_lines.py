"""(vfpA28) The value of a people or schedule field written on the line below its label.

A task's fields are often laid out one label a line with the value below it (``完成时限:`` / ``2031年9月底前``,
``责任人:`` / a name). Written on one line (``完成时限:2031年9月底前``) the line is a people or schedule line
(``cues.is_people_line``) and gives no goal, no target and no unit; the value alone on the next line is the same
field and gives nothing either: a deadline of the task above is no goal of its own (O3), a name no unit (U4a).
So does a bare date or span of dates alone under any lone label (``(一)时程:`` / ``即日起至2031年3月31日``,
``三、比赛日期:`` / ``2031年11月13日至15日``): the label's value, a when with no what, no goal.
"""

from __future__ import annotations

import re

from extract.cues import is_people_line, names_people

# a people or schedule label closed by its colon, nothing after it
_LONE_LABEL = re.compile(r"^[^:：\n]{2,8}[:：]\s*$")


def is_lone_field_label(line: str) -> bool:
    """A people or schedule field's label alone on its line (``完成时限:``, ``牵头领导:``, ``联系人：``): its value
    is on the next line."""
    s = line.strip()
    return bool(_LONE_LABEL.match(s)) and is_people_line(s)


# a date: a year (``2031年``, a Minguo ``113年``, a template's ``20__年``), a month, a day
_DATE = r"(?:(?:19|20)\d\d|20__|\d{2,3})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*[日号]"
_BARE_DATE = re.compile(rf"^(?:力争|截至|截止|自?即日起(?:至|到)?|自)?\s*(?:{_DATE})(?:\s*(?:至|到|—|-|~|－)\s*(?:{_DATE}))?"
                        r"(?:上旬|中旬|下旬|底|末)?(?:前|止|以前|之前|为止|起)?[。.;；]?$")
# any label alone on its line, closed by its colon, with or without a list mark (``(一)时程:``, ``三、比赛日期:``)
_ANY_LONE_LABEL = re.compile(r"^[^\s:：。;；,，]{1,16}[:：]$")


def bare_date(line: str) -> bool:
    """A line that is only a date or a span of dates (``2031年6月底前``, ``即日起至120年9月30日。``,
    ``20__年11月13日至15日``): a when with no what."""
    return _BARE_DATE.match(line.strip()) is not None


def names_people_or_field_value(ptext: str, text: str, start: int) -> bool:
    """``cues.names_people`` for a paragraph ``ptext`` at ``start`` of ``text``, and also the paragraph that is the
    value of a lone people or schedule label on the line above (``完成时限:`` / ``2031年9月底前``)."""
    if names_people(ptext):
        return True
    before = text[max(0, start - 40):start].rstrip()
    if not before or "\n" not in text[max(0, start - 40):start]:
        return False
    label = before.rsplit("\n", 1)[-1]
    return is_lone_field_label(label) or (bare_date(ptext) and _ANY_LONE_LABEL.match(label.strip()) is not None)
