"""(vfpA28) The value of a people or schedule field written on the line below its label.

A task's fields are often laid out one label a line with the value below it (``完成时限:`` / ``2031年9月底前``,
``责任人:`` / a name). Written on one line (``完成时限:2031年9月底前``) the line is a people or schedule line
(``cues.is_people_line``) and gives no goal, no target and no unit; the value alone on the next line is the same
field and gives nothing either: a deadline of the task above is no goal of its own (O3), a name no unit (U4a).
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


def names_people_or_field_value(ptext: str, text: str, start: int) -> bool:
    """``cues.names_people`` for a paragraph ``ptext`` at ``start`` of ``text``, and also the paragraph that is the
    value of a lone people or schedule label on the line above (``完成时限:`` / ``2031年9月底前``)."""
    if names_people(ptext):
        return True
    before = text[max(0, start - 40):start].rstrip()
    if not before or "\n" not in text[max(0, start - 40):start]:
        return False
    return is_lone_field_label(before.rsplit("\n", 1)[-1])
