"""(r30 unitA30) Lines under a body's heading that name no task of it (U4a, U8).

A heading that is a body's name (``1、组委会``, ``一、某某指挥部``) owns the items below it (U8). The lines of its make-up
are no items: the posts and their holders (``组 长:张三``, ``○ 副组长:XXX(职务)``, ``成 员: XXX、XXX``), a template's
placeholders in place of the names (``主任:XX``: a form to be filled in names people all the same), the duties of a
post (``○ 组长职责:统筹实施…``: a person's duties, U4a), and a sibling group's name on a line of its own
(``2、宣传组``, ``后勤保障组``: the next group of the make-up, whose own lines follow it).

No I/O; pure tests of a line's text (the item's text after its marker).
"""

from __future__ import annotations

import re

from extract.rules.unit_body_duty_blocks import PEOPLE_LABEL

_MARKS = " \t\u3000○●•·▪■◆◇▶►*-"
# a post's word closed by its colon, optionally its duties (``组长:``, ``主 任:``, ``副组长职责:``, ``成员的职责:``)
_POST = PEOPLE_LABEL[:-len(r"\s*[:：]")]
_POST_LINE = re.compile(rf"^{_POST}(?:的)?(?:职责|分工|职务)?\s*[:：]")
# a label, then only a template's placeholders for the names (``XX``, ``XXX、XXX``, ``××``, ``某某``): people to be named
_PLACEHOLDER_LINE = re.compile(r"^[\u4e00-\u9fff\s]{1,8}[:：][\s、,，;；.。]*"
                               r"(?:(?:[XxＸｘ×＊*]{2,}|某某)[\s、,，;；.。]*)+(?:[(（][^()（）]{0,8}[)）])?[\s、,，;；.。]*$")
# a body's name and a bracketed note on it alone on a line (``某科(某股,与其同处一地)``, ``某办(某室与其合署办公)。``): the
# next body of an office page, read under its own name, no task of the body above
_NAME_NOTE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,20})\s*[(（][^()（）]{1,30}[)）]\s*。?$")
# a working group's name alone (``后勤保障组``, ``工作小组``, ``宣传报道组``): the next group of the make-up
_GROUP_NAME = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:小组|组|委员会|指挥部)$")


def _lines(body: str) -> list[str]:
    return [ln.strip(_MARKS) for ln in body.splitlines() if ln.strip(_MARKS)]


def is_post_line(line: str) -> bool:
    """A line of a body's make-up that names people (``组 长:张三``, ``○ 副组长:XXX(职务)``, ``组长职责:统筹实施``) or a
    template's placeholders for them (``主任:XX``): no task, no unit."""
    s = line.strip(_MARKS)
    return bool(_POST_LINE.match(s) or _PLACEHOLDER_LINE.match(s))


def names_no_task(body: str) -> bool:
    """Whether an item under a body's heading is only its make-up: every line a post line (``组长:XXX`` /
    ``成员:XXX、XXX``), or a sibling working group's name alone (``后勤保障组``)."""
    lines = _lines(body)
    if not lines:
        return False
    if len(lines) == 1 and _GROUP_NAME.match(re.sub(r"\s", "", lines[0])):
        return True
    if len(lines) == 1 and (m := _NAME_NOTE.match(lines[0])) is not None:
        from extract.rules.units import bare_unit_heading  # (lazy: ``units`` imports the readers of this package)

        if bare_unit_heading(m.group("name")) is not None:
            return True  # (unitA30) the next body's name with a note on it (``某室(与某室合署办公)。``): its own heading
    return all(is_post_line(ln) for ln in lines)


# (unitA34) a post's word with its colon lost (``组长 X X 组员 X X``), and the holders after it: a name, a template's
# placeholders (``X X``, ``XXX``, ``某某``)
_BARE_POST = re.compile(rf"{_POST.replace(chr(92) + 's?', ' ?')}".replace("(?:常务|执行)?副?", "(?:常务|执行)?副?", 1))
_HOLDERS = re.compile(r"(?:(?:[XxＸｘ×＊*](?:[ \u3000]?[XxＸｘ×＊*])*|某某|[\u4e00-\u9fff]{2,3})(?:[ \t\u3000、,，]+|$))+")


def post_roll(body: str) -> bool:
    """(unitA34) Whether the text after a group's label is only its posts and their holders with the colons lost
    (``节目组:组长 X X 组员 X X``, ``宣传组:组长 张三 组员 李四、王五``): people (U4a), no duty of the group."""
    t = body.strip(_MARKS + "。;；")
    if _BARE_POST.match(t) is None:
        return False
    parts = _BARE_POST.split(t)
    return parts[0] == "" and len(parts) > 1 and all(
        _HOLDERS.fullmatch(p.strip(" \t\u3000:：")) for p in parts[1:])

