"""Names of the goals that the older heading and label cues did not hold (O1, twenty-fourth round, goalA25):

1. ``names_field_goals``: a heading that is only a short noun phrase ending with ``目标``, the goals named by their field or
   by what is to change (``一、空气质量改善目标``, ``(二)污染物减排目标``, ``三、行动目标``): a goal section (O1), as
   ``(一)规划目标`` and ``二、长期目标`` are. Not a heading whose phrase holds a verb that takes the goals as its object
   (``三、确保实现全年目标``, ``完成考核目标``) nor one that names goals beside other parts (``指导思想和目标``: O1's
   divided headings, read by ``goal_heading_parts``).
2. ``numbered_inline_item``: a label heading's next item may run its title into its body (``1.甲。…``): the label's items.
3. ``labels_goal_items``: a line of its own, no heading marker, that names the goals with a modifier and ``的``
   (``城乡供水发展的主要目标``, ``■ 2031年全旗草原生态保护的主要预期目标``, ``names_goals_line``), the next line an item of a list
   (``1.``, ``(一)``, ``●``): a label line like ``目标`` (O1): the items after it state the goals; the line itself is no
   goal (O2). A line so worded over running prose is a news story's subtitle, not a label over goal items.
4. ``undecorated_label``: a label line set off by brackets or a bullet (``【工作目标】``, ``◆ 发展目标``) is a bare label of
   the outline (``headings.is_bare_label``) and a goal label (``goals.is_goal_label``): a goal label opens a goal section or
   block, the next label closes it (O1).
5. ``names_act_on_goals`` (goalA27): a heading or inline title that opens with a verb acting on the goals (``一、明确目标任务``,
   ``(二)分解目标任务``, ``落实目标责任``), in a notice's list of requirements, names that act, not the goals: no goal section
   (O1, twenty-fourth round). A sub-heading below it that names goals still makes one.
6. ``goal_label_colon_end`` (goalB27): a short numbered line whose title is the goals' name, a colon and the goal itself
   (``二、工作目标:河湖面貌明显改善。``): the name is the heading's title and the goal its inline text (O1, O2), as on a
   longer line of the same shape, which is read as a paragraph led by its label.
"""

from __future__ import annotations

import re

_MARK = r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}\s*[、.．]|[①-⑳])?"
# the phrase before 目标: characters of a noun phrase (no punctuation, no conjunction that joins other parts)
_FIELD_GOALS = re.compile(rf"^\s*{_MARK}\s*(?:20\d\d\s*年(?:度)?(?:[《》“”]|[^\W\d_和与及、]){{0,10}}|"
                          r"(?:[《》“”]|[^\W\d_和与及、]){2,10})目[标標]\s*[:：]?\s*$")  # (``二、2031年目标``: the year's goals)
# a verb that makes the goals its object (``确保实现…目标``, ``完成…目标``): a task, no name of the goals
_GOALS_OBJECT_VERB = re.compile(r"完成|实现|實現|确保|確保|达到|達到|达成|落实|落實|围绕|圍繞|对照|紧扣|锚定|分解|考核|责任|"
                                # (a sentence that reports the goals set: ``规划提出了成为…城市的目标``)
                                r"提出|明确|明確|确定|確定|成为|成為|了")


def names_field_goals(title: str) -> bool:
    """A heading that is only a short phrase naming the goals by their field or by the change to reach, ending with
    ``目标`` (``一、水质改善目标``, ``二、行动目标``): it names the goals (O1). Not ``确保实现全年目标`` (a verb takes the goals
    as its object), ``总体要求和目标`` (the goals beside other parts), ``目标`` alone (the label cue's)."""
    if "目" not in title:
        return False
    m = _FIELD_GOALS.match(title)
    return m is not None and _GOALS_OBJECT_VERB.search(title) is None


_BULLET = r"(?:[•·●▪■◆□◇★☆]\s*)?"
# a line that names the goals after a modifier closed by 的: ``…发展的主要目标``, ``2031年…的主要预期目标``
_GOALS_LINE = re.compile(rf"^\s*{_BULLET}(?:20\d\d\s*年(?:度)?)?(?:(?:[“”《》]|[^\W\d_]){{2,18}}的\s*[^\W\d_]{{0,6}}?|"
                         # (or the year's goals named without 的: ``■ 2031年全区主要预期目标``, a bullet or a year before them)
                         r"(?:(?<=[•·●▪■◆□◇★☆年度\s])|(?<![\s\S]))[^\W\d_]{0,12}?(?:预期|預期|发展|發展|工作|年度|总体|總體|主要))目[标標]\s*[:：]?\s*$")


def names_goals_line(line: str) -> bool:
    """A line of its own that names the goals with a modifier and ``的`` (``城乡供水发展的主要目标``, ``■ 2031年全旗草原
    生态保护的主要预期目标``), or by their kind after a bullet or a year (``■ 2031年全区主要预期目标``, ``主要预期目标``), no
    heading marker, no verb that takes the goals as its object: a label line over the goal items (O1), no goal (O2)."""
    if "目" not in line:
        return False
    return _GOALS_LINE.match(line) is not None and _GOALS_OBJECT_VERB.search(line) is None


# the mark that opens an item of a list: ``1.``, ``(一)``, ``一、``, ``①``, a bullet
_ITEM_OPENS = re.compile(r"\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|"
                         r"[一二三四五六七八九十]{1,2}\s*、|[①-⑳]|[•·●▪■◆□◇★☆—-])")


def opens_list_item(line: str) -> bool:
    """(goalA28) A line that opens an item of a list (``1、``, ``(二)``, ``①``, ``●``): under a goal label, one of its items."""
    return _ITEM_OPENS.match(line) is not None


def closes_goal_items(line: str) -> bool:
    """(goalA28) A heading line that is a page's next bare label (``实施方案``, ``开放时间:``), no list mark before it: it
    closes the block of goal items a label above opened (O1), as a bare label line of text does."""
    from extract.rules.goals import is_bare_label  # (here: no import cycle)
    return is_bare_label(line) and not opens_list_item(line)


def labels_goal_items(text: str, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` names the goals as a label line (``names_goals_line``) and the next non-blank line
    opens an item of a list (``1.``, ``(一)``, ``●``): the items below it state the goals (O1)."""
    if "目" not in text[start:end] or not names_goals_line(text[start:end]):
        return False
    nxt = end
    while nxt < len(text) and text[nxt] in "\n \t\u3000":
        nxt += 1
    return _ITEM_OPENS.match(text, nxt) is not None or goal_lines_follow(text, nxt)


# a short line that is one sentence, closed by its mark (a stray clause mark before it allowed: ``…5%左右,。``)
_ONE_SENTENCE_LINE = re.compile(r"[^\n。！？!?]{4,48}[,，、;；]?[。；;]\s*$")


def goal_lines_follow(text: str, at: int) -> bool:
    """(goalA28) The lines from ``at`` are unnumbered items, one goal to a line: at least two lines in a row, each a short
    single sentence closed by its mark (``全区生产总值增长6%左右。`` over ``城镇新增就业2万人以上。``), as a news summary sets
    out the year's goals under their label line; not running prose (a paragraph of several sentences, a long one)."""
    lines = []
    for ln in text[at:at + 400].split("\n"):
        if ln.strip():
            lines.append(ln)
        if len(lines) == 2:
            break
    return len(lines) == 2 and all(_ONE_SENTENCE_LINE.fullmatch(ln.strip()) for ln in lines)


def numbered_inline_item(heading) -> bool:
    """A numbered item whose title runs into its body on one line (``1.健全服务网络。完善社区设施…``, an inline heading of a
    numbered rank, ``rank`` 2-6): an item of the list under a label line as much as a title on a line of its own is (O1:
    ``发展目标`` over ``1.甲。…`` items states goals, O2 their inline titles no goals)."""
    return bool(getattr(heading, "inline", False)) and 2 <= heading.level <= 6 and bool(heading.marker)


# a section's name in the brackets or after the bullet that set it off as a label (``【工作目标】``, ``◆ 发展目标``)
_DECORATED = re.compile(r"^\s*(?:【\s*(?P<a>[^【】]{2,8}?)\s*】|〖\s*(?P<b>[^〖〗]{2,8}?)\s*〗|\[\s*(?P<c>[^\[\]]{2,8}?)\s*\]|"
                        r"[◆■●▶►★◇□]\s*(?P<d>\S{2,8}))\s*$")


def undecorated_label(line: str) -> str:
    """The name of a label line set off by brackets or a bullet (``【工作目标】`` -> ``工作目标``, ``◆ 发展目标`` -> ``发展目标``);
    the line itself (stripped) when it is no such label: a bare label of the outline as ``工作目标`` alone is (O1)."""
    m = _DECORATED.match(line)
    return next(g for g in m.groups() if g) if m else line.strip()


# a heading that opens (after its marker) with a verb acting on the goals: ``明确目标任务``, ``分解目标任务``, ``落实目标责任``
# (lead42) ``三是确定工作目标``: a report's ``N是`` outline, and the verbs of setting the goals (``确定``, ``制定``, ``设定``)
_ACT_ON_GOALS = re.compile(rf"^\s*(?:{_MARK}|[一二三四五六七八九十]是)\s*(?:明确|明確|分解|落实|落實|细化|細化|下达|下達|锁定|鎖定|压实|壓實|"
                           r"确定|確定|制定|设定|設定|确立|確立)(?:年度|工作)?"
                           r"目[标標](?:任务|任務|责任|責任)?\s*[。.]?\s*$")  # (the act alone: a clause after it may name the field)


def names_act_on_goals(title: str) -> bool:
    """A heading or inline title that opens with a verb of an act done to the goals (``一、明确目标任务``, ``分解目标任务``,
    ``落实目标责任``): it names that act of a notice's requirements, not the goals (O1): no goal section."""
    return "目" in title and _ACT_ON_GOALS.match(title) is not None


# (goalB27) the name of the goals, its colon, then text: ``工作目标:…``, ``年度目标:…`` (the name without clause marks)
_LABEL_COLON = re.compile(r"\s*([^\s:：,，。;；、()（）]{1,10}?)\s*[:：]\s*(?=\S)")


# a definition of a kind of goals: the text after the colon ends its sentence with the kind it defines (``…之具体性目标。``)
_DEFINES_KIND = re.compile(r"[^。;；\n]*目[标標]\s*(?:[。;；]|$)")


def defines_goal_kind(text: str, at: int) -> bool:
    """Whether the text after a goals' label at ``at`` defines a kind of goal (its sentence, perhaps wrapped over a line,
    ends with the kind: ``…预期达成之中程施政目标。``): a term's definition, no goals (probeG40, as ``goal_label_colon_end``)."""
    return _DEFINES_KIND.match(text.replace("\n", ""), at) is not None


def goal_label_colon_end(rest: str, names_goals) -> int:
    """Where the goals' name ends in a numbered line's title that runs the goal on after a colon (``工作目标:河湖面貌明显
    改善。`` -> 4); 0 when the title is no such line or defines a term (its sentence ends with the kind of goal it
    names: ``年度目标:各单位每年订定之具体目标。``). ``names_goals`` tells a heading that names goals (``cues.heading_names_goals``)."""
    m = _LABEL_COLON.match(rest) if "目" in rest[:12] and len(rest.strip()) <= 40 else None  # (a longer line is a paragraph)
    if m is None or _DEFINES_KIND.match(rest, m.end()) is not None:
        return 0  # (``(一)中期目标:各单位按职责提出的三年目标。``: a term's definition, it ends with the kind of goal)
    return m.end(1) if names_goals(m.group(1)) else 0
