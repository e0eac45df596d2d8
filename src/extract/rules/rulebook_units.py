"""Unit rows held to the written rules of eval/README.md (unit_assignment, U1-U8b): small cues that make the
extractor do what a rule's own wording says, each named after its rule. Made-up examples only.

- ``level_short_name`` (U3a): ``区教育``, ``区卫健``, ``区财政`` are short names of offices, copied as written, not people.
- ``metadata_role_field`` (U4a, G2a): ``公开责任部门:区教育局`` is a disclosure page's metadata field, no role label.
- ``names_no_unit`` (U1, U4b, N18): a row whose lists are both empty (``…(牵头单位:`` cut by the text's end) is no row.
- ``host_pair_line`` (U7e): ``主办单位:市体育局 承办单位:市游泳协会`` under an event's title: two role labels on one line.
- ``numbered_duty_block`` (U8a): ``区城管局:1.清理占道摊点。2.增设停车位。``: one office's label over numbered items
  owns them, also where no other office's block stands beside it.
- ``duty_section_label`` (U8b): under a ``职责``/``职责分工`` heading, a label naming its party by kind or as a collective
  (``各成员单位:``, ``试点学校:``) owns its paragraph; people (``班主任:``) and non-parties (``工作时间:``) do not.
- ``cooperate_then_charge`` (U4e): ``由各社区积极协作、区人民医院具体负责实施``: the ``协作`` helper is responsible, the
  ``负责`` doer the lead.
"""

from __future__ import annotations

import re

from extract.rules import unit_host_labels as _uhl  # (confU19) U7f bare host labels
from extract.rules import unit_non_orgs as _uno  # (unitP20) value cells read as units
from extract.rules import unit_roster_tasks as _urt  # (unitB34) a staffing roster read as a task
from extract.rules import unit_approval_results as _uar  # (unitB34) an approval reported done
from extract.rules import unit_page_fields as _upf  # (unitP20) a page's publication block
from extract.rules import unit_topic_tasks as _utt  # (confU19) U4e
from extract.rules import unit_led_clauses as _ulc  # (confU19) U7
from extract.rules import rule_clarifications as _rcl  # (confB19) U7d, U4b, U7, U8c
from extract.rules import reply_frames as _rf  # (famA27) a reply's handling labels
from extract.rules import unit_set_up_items as _usi  # (lead48) a charge whose object is a list's lead-in
from extract.data import trusted_span  # (confB19)

# -- U3a: a level and an office's field word, the short name of an office ---------------------------------------

# field words of offices that a short name keeps (``区教育`` for 区教育局, ``县卫健`` for 县卫健委)
_FIELD_WORDS = ("教育", "卫健", "卫生", "财政", "民政", "城管", "公安", "司法", "住建", "交通", "水务", "水利", "农业", "农业农村",
                "文旅", "文化", "人社", "商务", "科技", "应急", "审计", "统计", "医保", "体育", "规划", "环保", "生态环境", "林业",
                "税务", "工信", "发改", "国资", "信访", "消防", "气象", "人防", "档案", "市监", "市场监管", "自然资源", "资规")
_FIELD_WORD = re.compile(r"^(?:" + "|".join(sorted(_FIELD_WORDS + ("安全",), key=len, reverse=True)) + r")$")
_LEVEL_SHORT_NAME = re.compile(r"^[省市州县区镇乡旗](?:" + "|".join(sorted(_FIELD_WORDS, key=len, reverse=True)) + r")$")


def level_short_name(name: str) -> bool:
    """A level word and an office's field word, nothing else: ``区教育``, ``县卫健``, ``市财政``, ``区城管`` (U3a: a short
    name is copied as written). Such a name is no person's, though ``区`` is also a surname. Not ``区小明`` (no field
    word), not ``区教育局`` (a whole name, never taken for a person anyway)."""
    return bool(_LEVEL_SHORT_NAME.match(name.strip()))


def field_word(note: str) -> bool:
    """An office's field word alone (``安全``, ``民政``, ``教育``): in a bracket after a unit (``群众工作办(安全)``) it names
    the unit's field, copied with the unit (U3a), not a person (``安``, ``民`` are also surnames)."""
    return bool(_FIELD_WORD.match(note.strip()))


# -- U4a / G2a: a disclosure page's metadata field ----------------------------------------------------------------

_METADATA_ROLE = re.compile(r"公开(?:责任|負責|负责|責任)(?:部门|单位|部門|單位)\s*[:：]")


def metadata_role_field(text: str, start: int, end: int) -> bool:
    """Whether the unit row at ``text[start:end]`` is read from a disclosure page's metadata field
    (``公开责任部门:区教育局`` beside ``发布日期:``, U4a: furniture, G2a): the label's ``公开`` stands right before the
    role word. Not ``责任部门:区教育局`` after a task."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    span = text[line_start:max(end, line_end)]
    return bool(_METADATA_ROLE.search(span))


# -- U1 / U4b / N18: a row that names no unit ---------------------------------------------------------------------

def names_no_unit(lead: list[str], responsible: list[str]) -> bool:
    """A unit row with no unit in either list (``开展巡查。(牵头单位:`` where the text ends): U1 wants a task that
    names units, and a unit row needs a visible unit (U4b, N18)."""
    return not lead and not responsible


# -- U7e: two host labels on one line -----------------------------------------------------------------------------

_HOST_PAIR = re.compile(r"(?:主办|主辦)(?:单位|單位)\s*[:：]\s*[^:：\s]{2,30}?\s*(?:承办|承辦|协办|協辦)(?:单位|單位)\s*[:：]\s*"
                        r"[^:：\s]{2,30}")


def host_pair_line(line: str) -> bool:
    """A line of two organiser labels and their units, nothing else: ``主办单位:市体育局 承办单位:市游泳协会`` (U7e: the
    labels give lead and responsible). A site's footer has the same shape; the caller still asks the lines around it
    (``normalise.role_label_not_footer``). The space between may be gone (the normaliser drops it between Chinese
    characters): ``主办单位:市体育局承办单位:市游泳协会``. Not ``主办单位:市体育局`` alone, nor a line with a phone or an address."""
    return bool(_HOST_PAIR.fullmatch(line.strip()))


# -- U8a: one office's label over numbered items ------------------------------------------------------------------

_NUMBERED_ITEMS = re.compile(r"[:：]\s*1\s*[.、．](?!\d)[^\n]{2,}?[。;；]\s*2\s*[.、．](?!\d)")


def numbered_duty_block(paragraph: str) -> bool:
    """A paragraph that opens with an office's label and numbers its items (``区城管局:1.清理占道摊点。2.增设停车位。``):
    a block U8a reads one row an item, also alone (no other office's block beside it). The label itself is asked by
    the caller (``unit_prose.opens_with_duty_head``). Not ``区教育局:1月12日…`` (a date is no item marker) nor a
    paragraph with a single item."""
    head = paragraph.lstrip()
    colon = min([i for i in (head.find(":"), head.find("：")) if i >= 0] or [-1])
    if colon < 0 or colon > 24:
        return False
    return bool(_NUMBERED_ITEMS.match(head, colon))


# (U8c) the heading or label right above a lone office label that makes its paragraph a unit's work or duties: a
# unit-by-unit report's ``进展情况:`` / ``落实情况`` or a division of duties (``三、职责分工``, (lead41) ``工作分工``, ``比赛分工``)
_REPORT_OR_DUTY_HEAD = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*"
    r"(?:工作|具体|各单位|各部门)?(?:进展情况|進展情況|推进情况|推進情況|落实情况|落實情況|完成情况|完成情況|工作进展|工作進展|"
    r"办理情况|辦理情況|职责分工|職責分工|责任分工|責任分工|任务分工|任務分工|工作职责|工作職責|主要职责|主要職責|部门职责|部門職責|"
    # (lead41) any named division of the work: ``工作分工``, ``比赛分工``, ``人员分工``, ``分工安排``, ``职责与分工``
    r"(?:比赛|比賽|活动|活動|人员|人員|组织|組織|职责与|職責與)?分工(?:安排|如下)?)"
    r"\s*[:：]?\s*$")


def lone_label_under_report(text_before: str, paragraph: str = "") -> bool:
    """(U8c) Whether the line right above a lone office label (``区城管局:已清理占道摊点30处。``, one unnumbered paragraph,
    no other label near) names a unit-by-unit progress report or a division of duties (``进展情况:``, ``三、职责分工``):
    the paragraph sets out the unit's work, a row of U8a. Not a label with no such line above it (a page's headline
    ``市教育局:今年将新建学校5所``, a cross-head, a quote of what the unit said: news, no row), nor a paragraph
    of numbered items (``区城管局:1.…``: read as U8a's block)."""
    lines = text_before.split("\n")
    colon = min([i for i in (paragraph.find(":"), paragraph.find("：")) if i >= 0] or [-1])
    if colon >= 0 and re.match(r"\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）])", paragraph[colon + 1:]) \
            and not _rcl.single_numbered_item(paragraph[colon + 1:]):  # (confB19) U8c: a lone ``1.`` is a lone paragraph
        return False  # numbered items: U8a's block reading (``numbered_duty_block``) decides
    return len(lines) >= 2 and lines[-1].strip() == "" and _REPORT_OR_DUTY_HEAD.match(lines[-2]) is not None


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def item_sentence_end(text: str, clause_end: int, stop: int) -> int:
    """Where the quote of a numbered item of a U8a block ends: at the end of the item's first sentence (``。``, ``！``,
    ``？`` or the line's end; ``,`` and ``;`` end no sentence), inside the item (``stop``): ``1.清理占道摊点,共清理30处。2.…``
    -> after ``30处``. The task stays the first clause (U2)."""
    m = _SENTENCE_END.search(text, clause_end, stop)
    end = m.start() if m else stop
    while end > clause_end and text[end - 1] in " \t　;；,，、":
        end -= 1
    return max(end, clause_end)


# -- U8b: labels by kind in a division of duties ------------------------------------------------------------------

_DUTY_HEADING = re.compile(r"职责|職責")
_KIND_LABEL = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*(?P<label>[\u4e00-\u9fff]{2,12}?)\s*[:：]\s*(?=\S)")
_PEOPLE = re.compile(r"(?:班主任|家长|组长|副组长|联系人|负责人|责任人|校长|园长|教师|老师|学生|书记|主任|局长|成员|领导|同志)$")
_NOT_PARTY = re.compile(r"(?:时间|地点|地址|电话|方式|内容|目标|要求|原则|范围|对象|任务|措施|标准|依据|说明|备注|期限)$")


def duty_section(path: list[str]) -> bool:
    """Whether a paragraph stands under a heading that names duties (``三、工作职责``, ``(二)职责分工``)."""
    return bool(path) and bool(_DUTY_HEADING.search(path[-1]))


def duty_section_label(paragraph: str) -> tuple[str, int, int] | None:
    """(label, label start, duty start) of a paragraph of a division of duties that opens with a party named by kind
    or as a collective (``各成员单位:按职责做好宣传发动。``, ``试点学校:每学期开展2次演练。``, U8b), else None. The
    label has an organisation's shape (``unit_evidence.is_org_name``: ``…学校``, ``…单位``, ``各…``); people (``班主任:``,
    ``家长:``) and labels that are no party (``工作时间:``, ``项目地点:``) give None."""
    from extract.rules.unit_evidence import is_org_name  # (a sibling module; imported where used)

    m = _KIND_LABEL.match(paragraph)
    if m is None:
        return None
    label = m.group("label")
    if _PEOPLE.search(label) or _NOT_PARTY.search(label) or not is_org_name(label):
        return None
    return label, m.start("label"), m.end()


# -- U4e: a 协作 helper before the 负责 doer ------------------------------------------------------------------------

_COOPERATE_THEN_CHARGE = re.compile(
    r"(?:由|(?<=[、,，。;；:：\s])|^)(?P<helpers>[^,，。;；、由\s]{2,20}?(?:、[^,，。;；、由\s]{2,20}?)*?)(?:积极|竭力|全力|密切)?(?:协作|協作)[、,，]"
    r"(?P<lead>[^,，。;；、由]{2,20}?)(?:具体|主要)?(?:负责|負責)(?P<task>[^,，。;；]{2,40})")


def cooperate_then_charge(sentence: str) -> tuple[int, int, list[str], list[str], str] | None:
    """(start, end, lead, responsible, task) of ``(由)A协作、B负责Y`` (U4e, U7: ``此次义诊由各社区积极协作、区人民医院具体负责
    实施`` -> lead 区人民医院, responsible 各社区; task Y; also without ``由`` after the clauses before it: ``…统一部署、各村
    委会竭力协作、乡卫生院具体负责实施``), else None. A ``各…`` helper stays (U4e); the helpers are the organisations' names
    right before ``协作`` (a clause before them is left out); a doer that is no organisation's name gives None
    (``由各社区协作、家长负责接送``)."""
    from extract.cues import is_unit_cell
    from extract.rules.unit_evidence import is_org_name

    m = _COOPERATE_THEN_CHARGE.search(sentence)
    if m is None:
        return None
    lead = m.group("lead").strip()
    items = m.group("helpers").split("、")
    helpers: list[str] = []
    for h in reversed(items):  # the names right before ``协作``; a clause before them ends the list
        if not (is_org_name(h.strip()) and is_unit_cell(h.strip())):
            break
        helpers.insert(0, h.strip())
    if not helpers or not (is_org_name(lead) and is_unit_cell(lead)) or lead.startswith(("各", "所有")):
        return None
    start = m.start("helpers") + sum(len(x) + 1 for x in items[:len(items) - len(helpers)])
    if m.group(0).startswith("由") and len(helpers) == len(items):
        start = m.start()
    return start, m.end(), [lead], helpers, m.group("task").strip()


# -- U7d: a distributive collective as the doer of a clause ----------------------------------------------------

_DISTRIBUTIVE = ("各", "所有")
_PROSE_KINDS = ("prose_lead", "prose_charge", "prose_with", "prose_other")


def distributive_doer(units: list[str], quote: str = "") -> bool:
    """Whether every unit of a clause's doer lays the duty on each member of a class (``各社区``, ``各级政府``,
    ``所有学校``, U7d) and the quote makes it the doer of a verb of charge (``各社区具体负责实施``, ``由各镇牵头…``):
    such an X gives no lead. (In a role label or column, or as the heading that owns its items, a ``各…`` collective
    stays a unit.)"""
    return bool(units) and all(u.strip().startswith(_DISTRIBUTIVE) for u in units) and all(
        re.search(re.escape(u.strip()) + r"[^,，。;；:：]{0,6}?(?:负责|負責|牵头|牽頭|会同|會同)", quote) for u in units)


_COLLECTIVE_DOER_HELPER = re.compile(
    r"(?P<topic>[^,，。;；:：由\n]{2,30}?)由(?P<doer>(?:各|所有)[^,，。;；、由]{1,12}?)(?:具体|主要)?(?:负责|負責)(?:实施|落实|實施|落實)?[、,，]"
    r"(?P<helpers>[^,，。;；、由]{2,20}?(?:、[^,，。;；、由]{2,20}?)*?)(?:积极|全力|密切|共同)?(?:配合|协助|协作|協助|協作)")


def collective_doer_with_helper(sentence: str) -> tuple[int, int, list[str], str] | None:
    """(start, end, helpers, task) of ``Y由各X负责、Z配合`` (U7d: the distributive doer gives no lead, the named helper
    a row with lead ``[]``): ``校园周边排查由各街道负责、区公安分局配合`` -> responsible 区公安分局, task 校园周边排查.
    Not a helper that is no organisation's name (``由各学校负责、家长配合``), nor ``由各单位负责`` alone."""
    from extract.rules.unit_evidence import is_org_name

    m = _COLLECTIVE_DOER_HELPER.search(sentence)
    if m is None:
        return None
    helpers = [h.strip() for h in m.group("helpers").split("、") if h.strip()]
    if not helpers or not all(is_org_name(h) and not h.startswith(_DISTRIBUTIVE) for h in helpers):
        return None
    return m.start("topic"), m.end(), helpers, m.group("topic").strip()


# -- U7c with U4c: a stated key over a charge bracket -------------------------------------------------------------

_CHARGE_BRACKET = re.compile(r"[(（](?P<body>[^()（）]{2,120})(?:负责|負責)[)）]\s*[。;；]?\s*$")


def labelled_by(quote: str, units: list[str]) -> bool:
    """Whether the quote opens with the units as a block's label (``各成员单位:按职责…``, U8b), not as a clause's doer."""
    head = quote.lstrip()
    return bool(units) and head.startswith(units[0]) and head[len(units[0]):].lstrip()[:1] in (":", "：")


def keyed_charge_bracket(quote: str) -> bool:
    """A quote that closes with a U7c bracket: units with ``负责`` and no ``牵头`` and no label (``…。(甲局、乙局按职责分工
    负责)``). Where the page states its key (``排在首位的为牵头单位``, U4c) the first unit of such a bracket leads."""
    m = _CHARGE_BRACKET.search(quote)
    return m is not None and "牵头" not in m.group("body") and "牽頭" not in m.group("body") \
        and ":" not in m.group("body") and "：" not in m.group("body")


# -- U2: a form field's label is no task title --------------------------------------------------------------------

_FIELD_LABEL = re.compile(r"^(?:活动|比赛|演出|举办|宣传|培训)?(?:时间|地点|地址|内容|对象|形式|方式)$")


def field_label_task(task: str, section: str | None) -> str | None:
    """The task of a row whose task is an event plan's empty field label that the outline took for a heading
    (``(二)科技宣传`` / ``地点:`` / ``参加部门:甲院、乙办``): U2 wants the task's own title, the heading above the field
    (``科技宣传``). None where the task is no such label or no heading stands above it."""
    if not _FIELD_LABEL.match(task.strip()) or not section:
        return None
    parts = [p.strip() for p in section.split(" > ")]
    if len(parts) >= 2 and parts[-1] == task.strip() and not _FIELD_LABEL.match(parts[-2]):
        return parts[-2]
    return None


# -- U7e: organiser verbs in running text --------------------------------------------------------------------------

_ORGANISER_VERB = r"(?:共同|统一|統一|专门|專門|具体|具體)?(?:组织|組織|主办|主辦|承办|承辦|协办|協辦)"  # (unitA25, unitB25: 统一组织, 具体组织)


def organiser_clause(quote: str, units: list[str], kind: str) -> bool:
    """Whether a prose row (no role verb or label in its quote, ``kind`` ``prose_other``) rests only on an organiser
    verb right after one of its units: ``由甲局组织开展体质监测``, ``乙项建设由甲局主办,丙局协办``, ``甲局与乙局共同主办``
    (U7e: ``组织``/``主办``/``承办``/``协办`` in running text give no row). Not ``由甲局采购图书`` (another doing verb),
    not ``由甲局负责组织…`` (a U7 verb governs ``组织``: kind is no ``prose_other``)."""
    if kind != "prose_other" or not units:
        return False
    return any(re.search(re.escape(u.strip()) + r"\s*" + _ORGANISER_VERB, quote) for u in units if u.strip())


_ORGANISER_QUICK = re.compile(_ORGANISER_VERB)  # (perf19) a pre-test: no organiser verb, no ``organiser_clause``
_BARE_TASK_VERB = re.compile(r"^(?:实施|實施|落实|落實|组织|組織)$")
_TOPIC_BEFORE = re.compile(r"(?:^|(?<=[。！？!?;；\n]))\s*(?P<topic>[^。！？!?;；,，、:：\n()（）由]{2,20})$")


def bare_verb_task(task: str, text: str, start: int) -> str | None:
    """U4e (seventeenth round, third adjudication): where a clause's task is a bare verb (``负责实施``, ``负责落实``,
    ``负责组织``) whose object is the topic its sentence opens with, the task is the verb with that topic:
    ``此次义诊由各社区积极协作、区人民医院具体负责实施`` -> ``实施此次义诊``. None where the task is more than the verb
    or no short topic stands before the clause's ``由`` (``由甲局负责实施`` alone)."""
    if not _BARE_TASK_VERB.match(task.strip()) or text[start:start + 1] != "由":
        return None
    m = _TOPIC_BEFORE.search(text[max(0, start - 24):start])
    return task.strip() + m.group("topic").strip() if m else None


_ASSESSOR_CELL = re.compile(r"^(?:评分|評分|考核|考评|考評)(?:部门|部門|单位|單位)$")


# (perf19) a necessary test of a line that ``_ASSESSOR_CELL`` matches once stripped: the word at a line's end
_ASSESSOR_LINE_END = re.compile(r"(?:评分|評分|考核|考评|考評)(?:部门|部門|单位|單位)\s*(?:\n|$)")
# (speedA24) its words anywhere in the page: a page without them has no assessor line (a window's search above every row
# is skipped); the last page asked about and its answer, one tuple swapped whole
_ASSESSOR_WORD = re.compile(r"(?:评分|評分|考核|考评|考評)(?:部门|部門|单位|單位)")
_LAST_ASSESSOR_PAGE: tuple[str | None, bool] = (None, False)


def _page_names_assessor(text: str) -> bool:
    global _LAST_ASSESSOR_PAGE
    last = _LAST_ASSESSOR_PAGE
    if last[0] is text:
        return last[1]
    found = _ASSESSOR_WORD.search(text) is not None
    _LAST_ASSESSOR_PAGE = (text, found)
    return found


def _assessor_word_in(text: str, a: int, b: int) -> bool:
    """(perf19) A necessary test of an ``_ASSESSOR_CELL`` header in ``text[a:b]``: one of 评 / 評 / 考 stands there."""
    return text.find("考", a, b) >= 0 or text.find("评", a, b) >= 0 or text.find("評", a, b) >= 0


def assessor_cell_units(text: str, start: int) -> set[str]:
    """U4a (seventeenth round, third adjudication): the units written in the assessor cell of the pipe-table row at
    ``start``: the cell under a header cell that names who checks, scores or assesses (``评分部门``, ``考核部门``,
    ``考核单位``, ``考评单位``, ``评分单位``), found on the nearest header line above with as many cells. ``任务 | 责任部门 |
    考核部门`` over ``新建幼儿园 | 区教育局 | 市教育局`` -> {``市教育局``}. Empty where the row is no pipe row or no such
    header stands above it (``责任单位`` columns are role columns and are left alone)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a:b if b >= 0 else len(text)]
    if "|" not in line or not _assessor_word_in(text, max(0, a - 4000), a):
        return set()
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    for head in reversed(text[max(0, a - 4000):a].split("\n")[-60:]):
        hcells = [c.strip() for c in head.strip().strip("|").split("|")]
        if len(hcells) == len(cells) and any(_ASSESSOR_CELL.match(c) for c in hcells):
            return {u for k, c in enumerate(hcells) if _ASSESSOR_CELL.match(c)
                    for u in re.split(r"[、,，;；\s]+", cells[k]) if u}
    return set()


_HELPER_HEAD = re.compile(r"牵头|牽頭|配合|协同|協同|协办|協辦|参与|參與")


def assessor_line_units(text: str, start: int, end: int, units: list[str]) -> tuple[set[str], bool]:
    """U4a (seventeenth round, third adjudication) for a table flattened one cell a line, its last header cell an
    assessor column (``责任部门`` / ``评分部门`` on lines of their own): the units of ``units`` written only on the last
    line of the row's quote (``start``-``end``), its assessor cell; with whether the header names a
    lead or helper column (else the row's other units are all of its one role column, lead as U6 reads it). Empty where
    the row is a pipe row, no assessor header line stands above, or the last line holds all or none of the units."""
    line_end = text.find("\n", end)
    if "|" in text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]:
        return set(), True
    if not _page_names_assessor(text) or _ASSESSOR_LINE_END.search(text, max(0, start - 6000), start) is None:  # (perf19) a pre-test of the search below
        return set(), True
    above = text[max(0, start - 6000):start].split("\n")
    k = next((i for i in range(len(above) - 1, -1, -1) if _ASSESSOR_CELL.match(above[i].strip())), None)
    if k is None:
        return set(), True
    lines = [ln.strip() for ln in text[start:end].split("\n") if ln.strip()]
    if len(lines) < 3:
        return set(), True
    judges = {u for u in units if u in lines[-1] and not any(u in ln for ln in lines[:-1])}
    if not judges or all(u in judges for u in units):
        return set(), True  # (the row's only units: its role cell, not an assessor's)
    return judges, any(_HELPER_HEAD.search(h) for h in above[max(0, k - 12):k])


# -- the hooks: rows the rules above add, and rows they drop -------------------------------------------------------

# (lead48) a page-continuation mark read as a task: the task stands on the page before, cut off
_CONTINUED = re.compile(r"[\[【(（〔]?\s*(?:接上页|续上页|续前页|接前页|上接第?\S{0,3}页|接上頁|續上頁|續前頁)\s*[\]】)）〕]?")


def rulebook_filter(records: list, text: str) -> list:
    """``records`` without the unit rows the rules exclude: a row naming no unit (``names_no_unit``) and a row read
    from a metadata field (``metadata_role_field``); a clause's distributive doer is no lead (``distributive_doer``,
    U7d); a stated key gives a charge bracket its lead (``keyed_charge_bracket``, U7c, U4c). Other records pass
    unchanged."""
    from extract.cues import states_first_listed_lead
    from extract.rules.unit_evidence import evidence_of

    keyed = None
    out = []
    for r in records:
        if getattr(r, "type", None) == "unit_assignment" and r.norm_span is not None:
            quote = r.quote or text[r.norm_span.start:r.norm_span.end]
            if (title := field_label_task(r.task, r.section)) is not None:
                r.task = title
            if (host_title := _uhl.host_label_title_task(quote, r.task, r.section, text, r.norm_span.start)) is not None:
                r.task = host_title  # (confU19) U7f: closing host labels name the notice's roles
            if (handled := _rf.handling_label_at(text, r.norm_span.start, r.norm_span.end)) is not None:
                r.task, r.norm_span = handled[2], trusted_span(handled[0], handled[1])  # (famA27) U7f: a reply's handling labels
            if (titled := _rcl.titled_item_before(text, r.norm_span.start)) is not None and r.task.strip() != titled[1]:
                r.task, r.norm_span = titled[1], trusted_span(titled[0], r.norm_span.end)  # (confB19) U7, U2
            if (topic_task := bare_verb_task(r.task, text, r.norm_span.start)) is not None:
                r.task = topic_task  # (confA18) U4e
            if (fullest := _utt.fullest_topic_task(r.task, quote, text, r.norm_span.start)) is not None:
                r.task = fullest  # (confU19) U4e: the thing a demonstrative topic points at, in its fullest words
            if (judges := assessor_cell_units(text, r.norm_span.start)):
                r.lead_units, r.responsible_units = [u for u in r.lead_units if u not in judges], [u for u in r.responsible_units if u not in judges]  # (confA18) U4a
            elif (found := assessor_line_units(text, r.norm_span.start, r.norm_span.end, r.lead_units + r.responsible_units))[0]:
                kept = [u for u in r.lead_units + r.responsible_units if u not in found[0]]  # (confA18) U4a, one cell a line
                r.lead_units, r.responsible_units = ([u for u in r.lead_units if u in kept], [u for u in r.responsible_units if u in kept]) if found[1] else (kept, [])
            if distributive_doer(r.lead_units, quote) and not labelled_by(quote, r.lead_units) and evidence_of(quote, r.task, r.lead_units, r.responsible_units)[0] in _PROSE_KINDS:
                r.lead_units = []
            if not r.lead_units and len(r.responsible_units) >= 2 and keyed_charge_bracket(quote):
                keyed = states_first_listed_lead(text) if keyed is None else keyed
                if keyed:
                    r.lead_units, r.responsible_units = r.responsible_units[:1], r.responsible_units[1:]
        if getattr(r, "type", None) == "unit_assignment":
            r.lead_units, r.responsible_units = _uno.without_non_orgs(r.lead_units), _uno.without_non_orgs(r.responsible_units)  # (unitP20) U3: a value cell is no unit
        if getattr(r, "type", None) == "unit_assignment" and (
                names_no_unit(r.lead_units, r.responsible_units) or _uhl.bare_role_word(r.lead_units)  # (confU19) U7f
                or _urt.roster_task(r.task)  # (unitB34) U2: ``组长 X X 组员 X X`` says who staffs a group, not what it does
                or _uar.approval_result(r.task)  # (unitB34) U7: ``由甲委员会审议通过``: a case passed, no task left
                or _usi.list_lead_in(r.task)  # (lead48) U8b (i): ``…负责以下相关工作:``: the list's items are the tasks
                or _BODY_BY_CHARGE.match(r.task.strip()) is not None  # (lead50) ``X负责…工作的机构``: a body named by its charge, no task
                or _CONTINUED.fullmatch(r.task.strip()) is not None  # (lead48) ``[接上页] 协办单位:…``: the task is on the page before
                or (r.norm_span is not None and _rcl.indefinite_contractor(r.lead_units + r.responsible_units, text, r.norm_span.start, r.norm_span.end))  # (confB19) U7d
                or (r.norm_span is not None and r.lead_units + r.responsible_units and _ORGANISER_QUICK.search(quote) and organiser_clause(quote, r.lead_units + r.responsible_units, evidence_of(quote, r.task, r.lead_units, r.responsible_units)[0]))  # (r18 confB18) U7e
                or (r.norm_span is not None and metadata_role_field(text, r.norm_span.start, r.norm_span.end))
                or (r.norm_span is not None and _upf.publication_block_label(text, r.norm_span.start, r.norm_span.end))):  # (unitP20) U4a
            continue
        out.append(r)
    return out


# (lead50) a task that only names a body by what it is in charge of (``县政府负责妇女儿童工作的机构``: the body that has the
# charge, the subject of a sentence still to come), no task put on the unit before it
_BODY_BY_CHARGE = re.compile(r"^[^,，。;；]{2,30}的(?:机构|機構|部门|部門|单位|單位)$")


def rulebook_rows(backend, doc, found: list) -> list:
    """The unit rows of U8b (``duty_section_label``), U4e (``cooperate_then_charge``) and U7d
    (``collective_doer_with_helper``) that no other reader made:
    a row is added only where no unit row of ``found`` overlaps its quote."""
    from extract.data import UnitAssignment

    text = doc.text
    taken = [(r.norm_span.start, r.norm_span.end) for r in found
             if getattr(r, "type", None) == "unit_assignment" and r.norm_span is not None
             and not _uhl.bare_role_word(r.lead_units)]  # (confU19) U7f: a bare role word is no party

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    out = []
    for par in doc.structured.paragraphs:
        if par.kind != "text":
            continue
        ptext = text[par.span.start:par.span.end]
        hits = []
        if duty_section(par.section_path) and (lab := duty_section_label(ptext)) is not None:
            label, a, d = lab
            stop = re.search(r"[，,。;；\n]", ptext[d:])
            b = d + (stop.start() if stop else len(ptext[d:].rstrip()))
            if b - d >= 4:
                hits.append((a, b, [label], [], ptext[d:b]))
        if "协作" in ptext or "協作" in ptext:
            if (c := cooperate_then_charge(ptext)) is not None:
                hits.append((c[0], c[1], c[2], c[3], c[4]))
        if "由各" in ptext or "由所有" in ptext:
            if (c := collective_doer_with_helper(ptext)) is not None:
                hits.append((c[0], c[1], [], c[2], c[3]))
        if "牵头" in ptext:  # (confU19) U7: ``Y,由X牵头实施``, ``Y,由X牵头,Z按职责负责相关工作``
            hits += _ulc.task_then_led_doing(ptext) + _ulc.led_then_duty_helpers(ptext)
        for a, b, lead, resp, task in hits:
            a, b = par.span.start + a, par.span.start + b
            if free(a, b):
                taken.append((a, b))
                out.append(UnitAssignment(**backend._base(doc, a, b, list(par.section_path)), task=task, lead_units=lead,
                                          responsible_units=resp))
    for h in _rcl.debris_label_rows(text):  # (confB19) U4b: debris inside a label
        near = [r for r in found + out if getattr(r, "type", None) == "unit_assignment" and r.norm_span is not None
                and r.norm_span.start < h.end and h.start < r.norm_span.end]
        cut = [r for r in near if "\n" not in text[r.norm_span.start:r.norm_span.end].strip()]  # read up to the debris
        if (h.lead or h.responsible) and len(cut) == len(near):
            for r in cut:
                r.lead_units, r.responsible_units = [], []  # the cut reading gives way (``names_no_unit`` drops it)
            taken.append((h.start, h.end))
            out.append(UnitAssignment(**backend._base(doc, h.start, h.end, []), task=h.task, lead_units=h.lead,
                                      responsible_units=h.responsible))
    if (host := _uhl.closing_host_block(text)) is not None and (title := _uhl.notice_title(text)) is not None \
            and free(host[0], host[1]):  # (confU19) U7f: bare closing host labels, the notice's title their task
        out.append(UnitAssignment(**backend._base(doc, host[0], host[1], []), task=title[1], lead_units=host[2],
                                  responsible_units=host[3]))
    return out
