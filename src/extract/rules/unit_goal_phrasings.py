"""Unit-assignment and goal cues of the sixteenth round (ug16): phrasings of the genre that read wrong, each a small
named cue written from made-up pages.

1. ``project_in_charge_of``: ``由甲局负责的乙项目投资80万元``: a project named after the unit in charge of it, in a report
   of a 实事 list (U7 ``(由)X负责Y`` as an attribute: X leads the project Y).
2. ``reports_plan_goals``: ``规划提出了建成某某城市的目标``, ``《纲要》提出以下几项目标:…``: a report of what a plan sets names
   its goals; the sentence is a goal with or without a year (O3a, O3c: the statement of what the goals are).
3. ``names_plan_goals_heading``: ``(一)规划目标``, ``二、长期目标``: a heading that names the plan's goals by the plan or by
   their term (O1), as ``(一)近期目标`` does.
4. ``closed_item_owns_nothing``: ``1.各校教室设施满足教学需要。`` on a line of its own in a goal section, the next line another
   item: a goal sentence the outline took for a heading (O1: a sentence that is its paragraph's only text), not a title
   over a body (O2).
5. ``is_site_mark``: ``(www.example.com)`` closing a paragraph: a site's watermark the scrape kept, no sentence (G2a).
6. ``teaser_copies``: ``摘要:`` / ``【导读】`` over the body copies a goal sentence of the body word for word: the copy is a
   mention of its own and a goal too (G4, G4a), though the teaser stands outside the goal section.
7. ``ordered_unit_task``: ``某区已责成区住建局抓紧查处``: the unit that a reply says was ordered (``责成``) to handle the matter
   leads it (U7: a clause that puts a task on a named organisation).
8. ``DATELINE``: ``某社1月30日电,…`` / ``某报讯``: a news agency's dateline opening the body under a ``某市:…`` headline, read as the
   byline is (``unit_labels.place_colon_headline``): the line over it is the headline, no goal (G4a).
9. ``reports_high_level``: ``2031年民生支出占比高达80%``: ``高达`` (as high as) reports a level reached, no level to reach.
10. ``progress_section_status``: under ``一、关于某事的推进情况`` (a reply's or report's account of progress) a dated sentence
   with no word of the future (``从2031年起实行托育补贴…``, ``2031年新增…``) tells what was done: status, no goal (N13, N13a).
11. ``dated_step_then_now``: ``该中心于2031年3月开工,目前已完成主体结构封顶``: a step dated, then where the work stands now: the
   step is done at the page's date (N9b: the year of a step already done dates nothing), no goal.
12. ``plan_in_progress_cell``: ``计划于2031年底前建成投用`` in a progress column of an undated report: the step still
   ahead, planned by its date, a goal (O3; N13a: a plan for a later period is a commitment), as a dated goal of the report's
   own year is (``goals.restates_commitment``).
13. ``only_site_mark``: ``3.某某服务规范有序。(www.example.com)``: an item the outline read as an inline title over a body that
   is only a site's watermark: the item is the goal sentence (O1), as a line closed by its ``。`` is (cue 4).
"""

from __future__ import annotations

import re

from extract.rules import unit_proposal_handovers as _uwa

# ``由甲局负责的新建幼儿园项目``, ``由甲镇、乙镇负责的农田改造工程``: the project after the unit in charge of it (U7, X lead);
# the unit list holds no ``的`` and no clause mark, the project closes with its class noun (项目, 工程)
# (unitB27) also the numbered matters of a meeting's or a list's decisions (``由甲局负责的第1件、乙局负责的第4件确定事项``): the
# list's later members follow a ``、`` and may leave ``由`` out
_PROJECT_IN_CHARGE = re.compile(r"(?:(?:(?<=^)|(?<=[。;；,，:：\s]))由|(?<=[、]))(?P<units>[^。;；,，:：\s由的]{2,60}?)(?:牵头)?负责的"
                                r"(?P<task>[^。;；,，:：\s的]{2,40}(?:项目|工程)|第[\d一二三四五六七八九十]{1,3}(?:、[\d一二三四五六七八九十]{1,3})*[件项]"
                                r"(?:[\u4e00-\u9fff]{0,6}?事项)?)")


def project_in_charge_of(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, lead units) of each project named after the units in charge of it: ``由甲局负责的乙项目`` ->
    task ``乙项目``, lead ``甲局`` (``由甲镇、乙镇负责的丙工程`` -> both towns). The quote runs from ``由`` to the project's
    class noun. Not: a collective (``由各镇负责的…``, ``由相关部门负责的…``), a person (``由张三负责的项目``: no unit's name),
    a thing that is no project (``由甲局负责的工作范围``)."""
    from extract.cues import is_person_name, is_unit_cell
    from extract.rules.units import split_units

    out: list[tuple[int, int, str, list[str]]] = []
    if "负责的" not in text:
        return out
    for m in _PROJECT_IN_CHARGE.finditer(text):
        units = m.group("units")
        if units.startswith(("各", "相关", "有关", "所有")) or not is_unit_cell(units):
            continue
        lead = split_units(units)
        if not lead or any(not is_unit_cell(u) or is_person_name(u) for u in lead):
            continue
        out.append((m.start(), m.end(), m.group("task"), lead))
    return out


# ``规划提出了建成宜居城市的目标``, ``《纲要》提出以下几项目标:…``, ``方案明确了未来五年的发展目标:…``: a plan (its name, or the
# word for it) as the subject, a verb of setting out, its object the goals, closed by a colon, a comma or the sentence's end.
# Not an attribute (``规划提出的目标已全面实现``: ``提出的``), nor goals the subject works towards (``对照规划确定的目标``)
_PLAN_SETS_GOALS = re.compile(r"(?:规划|纲要|方案|计划|意见|》)[”\"」]?[^。,，;；:：]{0,6}?(?:明确)?(?:提出|规定|明确|确立|设定|确定(?=了))了?(?![的之])"
                              r"[^。;；:：的]{0,40}?(?:的)?[^。;；:：的]{0,20}?目标(?:任务)?\s*(?=[:：,，。]|$)")


def reports_plan_goals(sentence: str) -> bool:
    """A sentence that reports a plan setting out its goals (``规划提出了建成宜居城市的目标``, ``《纲要》提出以下几项目标:…``,
    ``方案明确了未来五年的发展目标:…``): it states what the goals are (O3a, O3c), a goal whatever its date. Not a plan's goals
    reported as reached or worked towards (``规划提出的目标已全面实现``, ``对照纲要确定的目标抓好落实``)."""
    from extract.rules.goal_announcements import announces_goals_stated  # (goalA21) O3h: ``…,提出主要目标:…``
    if announces_goals_stated(sentence):
        return True
    if "目标" not in sentence or (m := _PLAN_SETS_GOALS.search(sentence)) is None:
        return False
    # a plan named with its years (``《某规划(2031-2035年)》提出新增学位10万个的目标``): a goal only where the clause announces
    # the goals with a colon (O3a: ``《纲要》明确了战略目标:``); the years name the plan (O3c)
    return _NAMED_YEARS.search(sentence, 0, m.end()) is None or sentence[m.end():m.end() + 1] in (":", "：")


# a document's name that holds a year (``《某规划(2031-2035年)》``): the year names the plan, it dates no commitment (O3c)
_NAMED_YEARS = re.compile(r"《[^《》]*20\d\d[^《》]*》")


def year_outside_names(sentence: str, year: int | None) -> int | None:
    """``year`` where the sentence writes it outside a document's name; None where it stands only inside one
    (``《某纲要(2021—2030年)》提出了以下主要目标:…`` -> None: the name's years date nothing, O3c)."""
    if year is None or "《" not in sentence:
        return year
    return year if str(year) in _NAMED_YEARS.sub("", sentence) else None


# ``(一)规划目标``, ``二、长期目标``, ``3.远期目标``: the heading ends with the name of the goals (not ``规划目标及主要任务``, a
# title over the whole page, nor ``实现规划目标的保障措施``: the goals as the object of what the section does)
_PLAN_GOALS_HEADING = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}\s*[、.．])?\s*"
                                 r"(?:规划|长期|远期|中长期)目标\s*[:：]?\s*$")


def names_plan_goals_heading(title: str) -> bool:
    """A heading that is only the name of the plan's goals (``(一)规划目标``, ``二、长期目标``): a goal section (O1)."""
    from extract.rules.goal_heading_names import names_field_goals  # (goalA25) O1: ``一、水质改善目标``
    return "目标" in title and _PLAN_GOALS_HEADING.match(title) is not None or names_field_goals(title)


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])")


# (goalB27) the marks that close a numbered item's sentence: a full stop, or the semicolon of an item in a list
ITEM_CLOSERS = ("。", ";", "；")


def closed_item_owns_nothing(line: str, path: list[str], next_path: list[str] | None) -> bool:
    """A numbered line closed by ``。`` (``1.各校教室设施满足教学需要。``) read as a heading whose section holds no text of
    its own (the next paragraph stands outside it: ``path`` is not a prefix of ``next_path``, or the page ends): in a goal
    section it is a goal sentence (O1), not a title (O2: a title goes on with the sentences it heads). (goalB27) So is
    an item of a list closed by ``;`` (``1.各校教室设施满足教学需要;``: the list's items end so, its last with ``。``).
    Not a line without its ``。`` or ``;`` (``1.学前教育``: a name), nor one with text under it."""
    ln = line.strip()
    if not ln.endswith(ITEM_CLOSERS) or _ITEM_NUMBER.match(ln) is None or len(ln) < 8:
        return False
    return next_path is None or next_path[:len(path)] != path


# ``(www.example.com)``, ``（来源:www.example.cn）``, ``(http://example.org/)``: a site's address in brackets, a watermark
_SITE_MARK = re.compile(r"^[(（\[【]\s*(?:[\u4e00-\u9fff]{0,6}\s*[:：]\s*)?(?:https?://|www\.)[\w./%?=&#~+-]+\s*[)）\]】]$", re.I)


def is_site_mark(piece: str) -> bool:
    """A piece that is only a site's address in brackets (``(www.example.com)``), a watermark: no sentence (G2a)."""
    return ("www" in piece or "http" in piece) and _SITE_MARK.match(piece.strip()) is not None


# a teaser's label opening its line: ``摘要:``, ``【导读】``, ``内容提要:``, ``導讀:``
_TEASER_LINE = re.compile(r"(?m)^[ \t]*(?:【\s*(?:摘要|导读|導讀|内容摘要|內容摘要|内容提要|提要)\s*】\s*[:：]?|"
                          r"(?:摘要|导读|導讀|内容摘要|內容摘要|内容提要|提要)\s*[:：]).*$")


def teaser_copies(text: str, goals: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, index of the goal copied) of each sentence of a teaser line (``摘要:…``, ``【导读】…``; goalA27: a preview
    line near the page's top that copies two goals or more, ``_preview_lines``) that copies a goal
    of the body word for word and is no goal yet: the teaser's mention of that goal (G4a). ``goals`` are the spans of the
    goals found. Not a goal sentence the teaser cuts short (its words differ from the body's), nor one that stands first
    in the body (the teaser then comes after it)."""
    out: list[tuple[int, int, int]] = []
    lines = [(*m.span(), False) for m in _TEASER_LINE.finditer(text)] \
        if "摘要" in text or "导读" in text or "導讀" in text or "提要" in text else []
    lines += [(a, b, True) for a, b in _preview_lines(text, goals)]  # (goalA27) a preview line copying the body (G4a)
    for a, b, preview in lines:
        for k, (ga, gb) in enumerate(goals):
            if ga < b or gb - ga < 8:
                continue  # (a goal of the body, after the teaser)
            at = text.find(text[ga:gb], a, b)
            if at < 0 or any(x < at + (gb - ga) and at < y for x, y in goals) \
                    or any(x < at + (gb - ga) and at < y for x, y, _ in out):
                continue
            if preview and text[at + (gb - ga):at + (gb - ga) + 1] not in _SENTENCE_ENDS:
                continue  # (goalA27) the preview goes on past a body goal cut short: its sentence is another
            out.append((at, at + (gb - ga), k))
    return out


_PREVIEW_HEAD = 3000  # (goalA27) a preview line stands near the page's top
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", ";", "；", " ", "\n", "")
_PREVIEW_MIN = 60


def _preview_lines(text: str, goals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(goalA27) The spans of long lines near the page's top (a doc-sharing page's description, the document's opening run
    together on one line) that copy two goals of the body or more word for word, before them: a block that copies body
    sentences, each copy a mention of its own (G4a). A headline copies one sentence at most, and is no such line."""
    out: list[tuple[int, int]] = []
    # (speedA27) the goals long enough to count, their words cut once (not once per long line); a goal longer than
    # the line cannot stand in it (``text.find`` within ``[a, b)`` finds nothing)
    long_goals = [(ga, text[ga:gb]) for ga, gb in goals if gb - ga >= 8]
    if not long_goals:
        return out
    pos = 0
    for line in text[:_PREVIEW_HEAD].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if len(line) < _PREVIEW_MIN:
            continue
        copies = sum(1 for ga, g in long_goals if ga >= b and len(g) <= len(line) and g in line)
        if copies >= 2:
            out.append((a, b))
    return out


# ``某区已责成区住建局抓紧查处``, ``市政府责成市教育局尽快整改``: the clause from its start to its end, ``责成`` inside;
# (unitB26) Taiwan's official ``责请`` (``責請X督導…``) orders as ``责成`` does; (lead53) not the 责 of ``负责`` (``负责成人…``)
_ORDERED = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n,，:：]))(?P<head>[^。;；!！?？\n,，:：]{0,30}?)(?<!负|負)(?:责成|责请)(?P<rest>[^。;；!！?？\n,，]{4,60})")


# the rest of a name that a shorter reading cut (``某区住房和城乡`` + ``建设局``): a few characters, no joint, an office's ending
_NAME_GOES_ON = re.compile(r"[^、,，的与及和对向把将]{1,6}?[局署委厅]")


def ordered_unit_task(text: str, offset: int = 0) -> list:
    """``units.AssignmentHit`` of each clause that orders (``责成``) named organisations to do a task: ``某区已责成区住建局抓紧
    查处`` -> lead ``区住建局``, task ``抓紧查处``; the quote is the whole clause. Not a collective (``责成相关部门调查``,
    ``责成各校整改``), a person (``责成分管副局长…``), a team of people (``责成县府团队…``), or no task after the name."""
    hits: list = []
    if "责成" not in text and "责请" not in text:
        return hits  # (perf17: before the imports below, ~1.5 us a call on every paragraph)
    from extract.cues import is_unit_cell
    from extract.rules.unit_clauses import whole_name_end
    from extract.rules.units import AssignmentHit, split_units
    from extract.rules.unit_charge_finders import _by_unit_name

    for m in _ORDERED.finditer(text):
        rest = m.group("rest")
        k = whole_name_end(rest, _by_unit_name(rest))
        if not k or rest.startswith(("各", "相关", "有关")) or rest[:k].endswith("团队"):
            continue  # (lead42) ``责成县府团队与学校密切合作``: a team of people, no organisation (U7)
        if (more := _NAME_GOES_ON.match(rest, k)) is not None and is_unit_cell(rest[:more.end()]):
            k = more.end()  # ``某区住房和城乡`` + ``建设局``: the name goes on to its office's ending
        task = rest[k:].strip()
        if len(task) < 2 or _uwa.hands_over_proposal(task):
            continue  # (unitC24) ``责成甲局办理该件建议``: the hand-over of the proposal, no row of its own (U7)
        start = m.start() + len(m.group("head")) - len(m.group("head").lstrip())
        hits.append(AssignmentHit(offset + start, offset + m.end(), task, split_units(rest[:k]), [], cue="ordered_unit_task"))
    return hits


# ``某社1月30日电``, ``据某社某地5月16日电``, ``某报讯``, ``【某社某地8月19日電``, ``(某社某地2031年9月29日電``: a news dateline
DATELINE = re.compile(r"^\s*[【\[(（]?\s*(?:据\s*)?[\u4e00-\u9fffA-Za-z]{1,14}?\s*(?:20\d\d年)?\d{1,2}月\d{1,2}日\s*[电讯訊電](?=[\s,，:：(（)）】\]—-]|$)"
                      r"|^\s*[【\[(（]?\s*本[报報][讯訊](?=[\s,，:：(（)）】\]—-]|$)")

# ``…占比高达30%``, ``…高达2万人``: a level reported as reached, however high
_HIGH_AS = re.compile(r"高达\s*\d")


def reports_high_level(clause: str) -> bool:
    """``高达N`` (as high as N) in a clause: a level the text reports as reached (a share of a budget, a count), no level a
    commitment sets (a plan writes ``达到``, ``提高到``); a year before it dates the figure, no deadline (N13, N17c)."""
    return "高达" in clause and _HIGH_AS.search(clause) is not None


# a heading that names an account of progress: ``关于某事的推进情况``, ``二、落实情况``, ``办理情况``, ``执行情况``
_PROGRESS_HEADING = re.compile(r"(?:推进|进展|落实|办理|完成|执行|实施)情况\s*$")
# a word of the future or of a plan in the sentence: what is still to be done (``下一步``, ``将``, ``计划``, ``力争``)
_AHEAD = re.compile(r"下一步|下步|将|计划|预计|拟|力争|争取|确保|目标|今后|未来|明年|届时")


def progress_section_status(path: list[str], sentence: str) -> bool:
    """A dated sentence under a heading that names an account of progress (``关于加强托育服务的推进情况``) with no word of
    the future or of a plan: it tells what was done (``全区从2031年起实行托育补贴…``), status, no goal (N13, N13a). A
    sentence with such a word (``计划2032年完成…``, ``下一步将…``) stays a goal; other headings change nothing."""
    return bool(path) and _PROGRESS_HEADING.search(path[-1]) is not None and _AHEAD.search(sentence) is None


# ``于2031年3月开工``, ``2031年3月启动``: a step of works dated; ``,目前已完成主体结构封顶``, ``,现已完成招标``: where it stands now
_DATED_STEP = re.compile(r"20\d\d\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|底|中旬|上旬|下旬)?\s*"
                         r"(?:开工|动工|开建|启动|开始建设|开工建设|开始施工|进场施工|签约|招标)")
_NOW_STANDS = re.compile(r"[,，;；]\s*(?:目前|现已|当前|截至目前|现阶段)[^,，;；。]{0,16}?(?:完成|已|正在|进入|推进|施工)")
_PLAN_WORD = re.compile(r"计划|预计|拟|将|力争|争取|确保|预期")


def dated_step_then_now(sentence: str) -> bool:
    """A sentence that dates a step of the works (``于2031年3月开工``) and then says where the work stands now (``,目前已完成
    主体结构封顶``): the step is done, the sentence a report of progress, no goal. Not a planned step (``计划于2032年开工,
    目前正在开展前期工作``: a plan word before the date), nor a date with no account of now after it."""
    if "年" not in sentence or (m := _DATED_STEP.search(sentence)) is None:
        return False
    return _NOW_STANDS.search(sentence, m.end()) is not None and _PLAN_WORD.search(sentence, 0, m.start()) is None


# ``计划于2031年底前建成投用``, ``预计2031年底前建成``, ``拟于2031年6月投入使用``: a sentence that opens with a plan of its date
_PLANNED_OPEN = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,6}?)(?:计划|预计|拟)(?:将)?\s*(?:于|在|到)?\s*20\d\d\s*年")


def plan_in_progress_cell(sentence: str, doc_year: int | None) -> bool:
    """A sentence of a report's progress column that opens with a plan and its date (``计划于2031年底前建成投用``):
    on a page whose own year is unknown, the plan of a step still ahead (N13a), a goal. A page with a year decides by
    ``goals.restates_commitment``; a sentence that opens otherwise (``该项目于2031年完成招标``) is what was done."""
    return doc_year is None and _PLANNED_OPEN.match(sentence) is not None


def only_site_mark(body: str) -> bool:
    """The body after an inline title is only a site's watermark (``(www.example.com)``, cue 5): the title is no title over
    a body but the item's sentence."""
    b = body.strip()
    return bool(b) and is_site_mark(b)
