"""A label closed by a colon whose value stands on the next line (vlabA28): scrapers often break a line right after a
colon, so ``来源:新华网`` or ``发布日期:2031-05-06`` or ``某某:今年将新增学位`` reach the reader as a short label line
``来源:`` with its value below it. Such a label is a field of one line broken in two, not the heading of a section: read
as a heading (``headings.COLON_LEVEL``), it would open a section over the rest of the page and make every number below
it a part of a plan (``cues.section_role``). The structure stage asks ``value_on_next_line`` before it takes an
unnumbered colon line for a heading; the label and its value stay text, as they are when printed on one line."""

from __future__ import annotations

import re

from extract.cues import heading_names_goals
from extract.rules.unit_run_in_owners import ends_with_colon  # (speedA34)

# a label that names a part of a plan or of its outline (a section heading, even when a short line follows it)
_SECTION_WORD = re.compile(r"目标|任务|措施|举措|内容|要求|重点|安排|步骤|职责|分工|原则|思路|方向|保障|路径|指标|项目|范围|对象|"
                           r"方式|方法|标准|流程|程序|时间(?:表|节点)|进度|阶段|机制|背景|意义|依据|成效|成果|情况|结果|问题|"
                           r"建议|意见|说明|附件|附表|备注|第.{1,3}[条项章节]|[一二三四五六七八九十]+[是要]")
# a value that opens with an outline marker or a bullet: the first item of the label's list, not the label's value
_ITEM_START = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)"
                         r"|[\u2460-\u2473]|[•●◆■▶►★·])")
# a label alone (the next field's, its value below it in turn)
_BARE_LABEL = re.compile(r"[^\s:：]{1,16}[:：]")
# a value closing a sentence
_SENTENCE = re.compile(r"[。！？!?；;]")
# a next line opened by a label of its own (``点击量:`` over ``时间:2031-05-06``): the label above is an empty field, no
# value of it below
_OWN_LABEL = re.compile(r"^[^\s:：，。,]{1,8}[:：]")


def value_on_next_line(label: str, next_line: str) -> bool:
    """Whether ``label``, a short unnumbered line closed by a colon (``来源:``, ``资料来源:``, ``某某:``), is the label
    of ``next_line`` (the page's next non-blank line) broken off its value: the value is short (at most 40 characters,
    80 without a comma: a breadcrumb, a headline), closes no sentence, is no label alone, opens with no outline marker, and the label names no part of a plan (goals, tasks, measures,
    a schedule...: ``_SECTION_WORD``), which stays a heading over the lines below it."""
    lab = label.strip().rstrip(":：").strip()
    val = next_line.strip()
    if lab and val and page_field_label(lab):
        return True  # (vfpA28) ``文章来源:`` over its value, however long: a field of the page, never a section
    if not lab or not val or len(val) > (40 if re.search("[,，、]", val) else 80) or _SENTENCE.search(val) or _ITEM_START.match(val):
        return False
    if _BARE_LABEL.fullmatch(val) or _OWN_LABEL.match(val):
        return False  # another label below it: a run of labels (a form's fields, a heading over a sub-label)
    return not _SECTION_WORD.search(lab) and not heading_names_goals(lab)


# (vfpA28) a field of the page around the text, not of the plan: its source, headline, column, place in the site,
# keywords, the editor's note
_PAGE_FIELD = re.compile(r"(?:文章|信息|新闻|稿件|消息|资料)?(?:来源|出自|出处)|(?:文章|新闻|信息)?标题|(?:所属)?栏目|"
                         r"(?:您|你)?(?:现在|当前)?(?:所在)?(?:的)?位置|当前位置|(?:按)?关键[词字](?:阅读)?|编者按|"
                         r"(?:责任)?编辑|作者|记者")


def page_field_label(label: str) -> bool:
    """Whether ``label`` (a colon label's text, without the colon) names a field of the page around the text
    (``文章来源``, ``标题``, ``栏目``, ``您现在所在的位置``, ``关键词``, ``编者按``): written alone on its line over
    its value, it is that field broken after its colon, no section heading over the rest of the page."""
    return bool(_PAGE_FIELD.fullmatch(label.strip()))


def role_label_alone(line: str) -> bool:
    """Whether ``line`` is a unit role label and nothing after its colon (``责任单位:``, ``牵头部门：``, ``【配合单位】``):
    the label of the units on the next line (a line broken after the colon), so the unit name below it is the label's
    value, never the owner of the items after it (``rules.unit_owners``)."""
    from extract.rules.unit_label_lines import _LABEL  # (lazy: the unit readers import the package's cues)

    t = line.strip()
    m = _LABEL.match(t)
    return m is not None and not t[m.end():].strip(" ;；,，。")


# an outline mark at a title's start (``(一)``, ``一、``, ``1.``, ``1、``, ``(1)``, ``①``, a bullet ``•`` ``●`` ``▪``)
_OUTLINE_MARK = re.compile(r"^\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d)|[\u2460-\u2473]|[•●▪◆■])\s*")


def without_outline_mark(title: str) -> str:
    """``title`` without the outline mark it opens with: a numbered label alone on its line, closed by its colon
    (``(二)某局:``, its duties on the lines below), is read by the outline as a colon label whose title keeps the mark;
    the name after the mark is the unit's (a numbered heading's title comes without it). Not a working group's
    (``(一)检查小组:``): its people's lines follow it, and its duties are read by ``unit_body_duty_blocks``; nor a post
    (``4. 某科负责人:``): a person's duties, no unit's (U4a)."""
    bare = _OUTLINE_MARK.sub("", title, count=1)
    return title if bare.endswith(("组", "組")) or _POST_END.search(bare) else bare


# a person's post closing a title (``某科负责人``, ``某处处长``)
_POST_END = re.compile(r"(?:负责人|責任人|责任人|联系人|[组組]长|主任|[部局科处處]长|校长|书记|委员|成员)$")


def goal_statement_above(s, par, text: str) -> bool:
    """(vrestA28) Whether the text paragraph ``par`` is the body of a line above it that states the goals and stops
    at its colon (``2031年全县发展的主要预期目标是:`` / ``总体目标为:`` over the line of goals: a line broken after
    the colon): its figures are the goals the label announces, as they are with the label run in (``…目标是:地区生产
    总值增长6%左右;…``), so the paragraph reads as a goal section's. A bare name (``工作目标:``) is a label over
    items, which its own reader takes (``goals.is_goal_label``)."""
    if par.kind != "text" or par.index == 0:
        return False
    above = s.paragraphs[par.index - 1]
    if above.kind != "text" or not ends_with_colon(text, above.span.start, above.span.end):
        return False  # (speedA34) the line above read at its end first, not cut and stripped whole
    from extract.rules.goals import states_the_goal  # (lazy: the goal readers import this module's cues)

    line = text[above.span.start:above.span.end].strip()
    return 0 < len(line) <= 40 and line.endswith((":", "：")) and states_the_goal(line)


# a frame line closed by its colon: a copula that says what follows (``…的总体要求是:``, ``…思路为:``), or the goals named
# (``近期目标:``); not a letter's addressees (``各镇人民政府,各有关单位:``) nor a site's label (``通知公告:``)
_FRAME_LINE = re.compile(r"(?:是|为|為|目标|目標)\s*[:：]$")
_COPULA_END = re.compile(r"(?:是|为|為)\s*[:：]$")


def broken_goal_frames(doc, found: list) -> list[tuple[int, int, int | None]]:
    """(vrestA28) (start, end, year) of each goal whose frame line broke after its colon: a short text line closed by a
    colon that frames what follows (``2031年全镇工作的总体要求是:``, ``近期目标:``, ``_FRAME_LINE``) and the text paragraph under it, which the goal readers see
    apart (the label alone states nothing, the body alone lacks the frame that makes it a goal). Read as the one line
    the page meant (``goals.find_goals`` over both lines, the break between them kept in the quote), a goal that opens
    in the label and runs into the body is one; none where a goal of ``found`` already covers a part of it."""
    from extract.data import Goal
    from extract.rules.goal_heading_parts import goal_section_of
    from extract.rules.goals import find_goals  # (lazy: the goal readers import this module's cues)

    s, text = doc.structured, doc.text
    goals = [(r.norm_span.start, r.norm_span.end) for r in found if isinstance(r, Goal)]
    out = []
    for par in s.paragraphs[:-1]:
        line = text[par.span.start:par.span.end].rstrip()
        if not (par.kind == "text" or par.kind == "heading" and _COPULA_END.search(line)) or not _FRAME_LINE.search(line) \
                or not 2 < len(line.strip()) <= 40:
            continue  # (a copula frame the outline took for a heading, ``…的总体思路是:``, is no title: its sentence goes on)
        nxt = s.paragraphs[par.index + 1]
        if nxt.kind != "text":
            continue
        path = par.section_path[:-1] if par.kind == "heading" else par.section_path  # (the section it stands in)
        for g in find_goals(text[par.span.start:nxt.span.end], par.span.start, goal_section_of(path, s.in_goal_section(path))):
            if g.start < par.span.start + len(line) and g.end > nxt.span.start \
                    and not any(a < g.end and g.start < b for a, b in goals):
                out.append((g.start, g.end, g.year))
    return out
