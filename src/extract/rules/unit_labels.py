"""Unit-assignment and goal cues of the fifteenth round, second pass (ugB15): plain phrasings of the genre, written
as made-up pages of fields beyond education (elderly care, employment, disability, culture), that read wrong.

1. ``bracketed_host_label``: ``…增设日间照料中心10处。(主办单位:甲局;协办单位:乙局)``: a host label inside a bracket
   closing a task is the task's role label (U4a), not a site's footer ``主办单位:某中心`` to drop.
   (``roles.BARE_HOST_LEAD``: a bare ``主办:`` is the lead's label in a bracket or before a helpers' label.)
2. ``lead_then_doing``: ``由甲局牵头开展…`` / ``甲局要牵头做好…,乙局配合``: U7 ``X牵头负责Y`` without ``负责``.
3. (in ``unit_charge_finders._CHARGE``) ``X将负责Y``: a future charge (``某署将负责推行…``) is read as ``X要负责Y`` (U7).
4. ``key_clause``: a list's key as its last clause (``甲局、乙局,列第一位的为牵头单位``), read as a bracketed key note (U4c).
5. ``goal_colon_year``: ``本市订定目标:2031年…达80%``: a dated commitment after a goal-setting clause's colon (O3).
6. ``without_time_part``: ``(甲局、乙局,2031年底前)``: the time part closing an unlabelled bracket of units is no unit (U3).
7. ``about_title``: ``关于做好2031年…工作的通知`` alone is a document's name, no goal (O3).
8. ``mass_org_name``: ``(二)某区妇联`` / ``某县残联`` over numbered items: a people's organisation owns them (U8).
9. ``without_cumulative_under_deadline``: ``到2031年底,全市将累计建成…`` is a total to reach, no past result (O3).
10. ``before_other_field``: ``责任单位:甲局 完成时限:2031年12月``: the list ends at the next field's label (U3).
11. (in ``headings._QUANTITY``) the measure words of fields beyond schools (张 beds, 场 events, 件, 批, 班, 亩, 例…): ``(一)新增养老床位500张。`` states an amount, no heading (O1/O2).
12. (in ``cues.column_role``) a bare ``协办`` / ``协助`` / ``参与`` column header names the helpers (U4a), as bare ``配合`` does.
13. ``ORDINAL_IS``: ``一是由甲局牵头,…;二是乙局负责…``: the ordinal opens the part, no part of the unit's name (U7).
14. ``demographic_forecast``: ``预计到2031年,全市老年人口将达到150万``: a projection, no goal (O3).
15. ``help_doing_end``: ``X由甲局统筹,乙局、丙局协助推行。``: a bare doing after the helpers' verb closes their clause (U7).
16. ``place_colon_headline``: ``某市:2031年建成…`` over its byline is a headline, no goal (G4a).
"""

from __future__ import annotations

import re

# ``一是``/``二是`` opening a part of a sentence (``一是由甲局牵头,…;二是乙局负责…``): the part's ordinal, no part of a unit's
# name (used before the unit of ``unit_charge_finders._CHARGE`` and ``unit_prose._LED_THEN_TASK``)
ORDINAL_IS = r"(?:[一二三四五六七八九十]{1,2}是\s*)?"

_BRACKETED_HOST = re.compile(
    r"[\u4e00-\u9fff\d][。.;；,，]?\s*[(（]\s*(?:主要)?(?:主办|承办|主辦|承辦)(?:单位|部门|机关|單位|部門|機關)?\s*[:：]"
    r"[^()（）:：\n]{2,60}(?:[;；,，]\s*[^()（）:：\n]{2,12}[:：][^()（）:：\n]{2,60})*[)）]")


# the same label closing a task's sentence on its line with a helpers' label after it (``…。主办单位:甲局;协办单位:乙局``)
_HOST_THEN_HELPERS = re.compile(
    r"[\u4e00-\u9fff\d]{4}[。;；]\s*(?:主办|主辦)(?:单位|部门|机关|單位|部門|機關)?\s*[:：][^:：\n]{2,60}?"
    r"(?:协办|協辦|配合|协助|協助)(?:单位|部门|机关|單位|部門|機關)?\s*[:：]")
_FOOTER_WORDS = re.compile(r"网站|網站|ICP|备案|備案|版权|版權|copyright|技术支持|地址|电话|電話|邮编|©", re.IGNORECASE)


def bracketed_host_label(line: str) -> bool:
    """Whether a line holds a host label in a bracket right after task text, the bracket closed on the line:
    ``开展助残就业培训。(主办单位:某区残联;协办单位:某区人社局)`` yes; a footer line ``主办单位:某市人民政府办公室``
    or ``主办单位:某中心  承办:某公司`` (no bracket after text) no. Also the label that closes a task's sentence with a
    helpers' label after it: ``推进托育服务。主办单位:某区卫健局;协办单位:某区妇联`` yes; a line with footer words
    (``版权所有``, ``地址``, ``ICP备``) no."""
    if _FOOTER_WORDS.search(line):
        return False
    return _BRACKETED_HOST.search(line) is not None or _HOST_THEN_HELPERS.search(line) is not None


# the doings a task opens with right after ``牵头`` (no comma between: ``甲局牵头开展…``)
_TASK_DOING = r"(?:开展|组织|制定|制订|做好|抓好|办好|推进|推动|实施|落实|建立|健全|完善|起草|编制|完成|建设|举办|开發|推動|組織|實施|舉辦)"
_LED_DOING = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?P<by>由)?(?P<units>[^。;；,，:：由的\s]{2,60}?)(?:要|将|應|应|須|须)?牵头"
    rf"(?P<task>{_TASK_DOING}[^。;；,，]{{2,80}})"
    r"(?:[,，]\s*(?P<helpers>[^。;；,，:：的]{2,60}?)(?P<tail>等(?:有关|相关)?(?:部门|单位))?(?:要|应|须)?(?:积极|密切|全力|主动|共同)?"
    r"(?:配合|协助|参与)(?P<rest>[^。;；,，]{0,40})(?=[。;；,，]|$))?")


# (lead51) U7 (twentieth round): a task reported done keeps its row (``甲局牵头开展了…``, as ``X会同Z+task`` done): the
# perfective ``了`` right after the doing, with no other report word (``已经``, ``已于``, a date) later in its clause
DONE_KEPT = re.compile(rf"(?:{_TASK_DOING}){{0,1}}{_TASK_DOING}了(?![^。;；,，]*(?:已经|已于|近日|日前|昨天|今天|上午|下午))")  # (lead53) two doings (``组织开展了``)


def lead_then_doing(text: str, offset: int = 0) -> list:
    """U7 ``X牵头负责Y`` said without ``负责``: a sentence that opens with a unit, ``牵头`` and at once the task's doing
    (``由某区民政局牵头开展困难群众救助。``, ``某县人社局要牵头做好零工市场建设,某县财政局积极配合。``): X leads, the units
    of a following ``…配合`` clause answer for the task (U4a), task = the doing after ``牵头``. Not: ``牵头`` before a
    noun or ``的`` (``甲局牵头的专班负责…``, ``区长牵头重点工作``), a deed reported done (``甲局牵头编制了…``), a collective or a person in X (``由各街道牵头开展…``)."""
    if "牵头" not in text:
        return []
    from extract.rules.unit_prose import _named_units
    from extract.rules.units import AssignmentHit
    from extract.rules.unit_charge_finders import assisting_units
    from extract.rules.unit_clauses import _REPORTED
    hits = []
    from extract.rules.unit_clause_openers import blank_clause_openers
    for m in _LED_DOING.finditer(blank_clause_openers(text)):  # (r22 unitB22) ``近日,甲局牵头组织…``
        if _REPORTED.search(m.group("units")) or (_REPORTED.search(m.group("task")) and not DONE_KEPT.match(m.group("task"))):
            continue  # a deed reported done (``甲局牵头编制了…``, ``已于3月牵头完成…``): status, no division of work
        lead = _named_units(m.group("units"))
        if not lead:
            continue
        resp: list[str] = []
        end = m.end("task")
        if m.group("helpers") is not None:
            resp = assisting_units(m.group("helpers"), m.group("tail"))
            if resp:
                end = m.end()
        a = m.start("by") if m.group("by") is not None else m.start("units")
        hits.append(AssignmentHit(offset + a, offset + end, m.group("task").strip(), lead, resp, cue="lead_then_doing"))
    return hits


_KEY_CLAUSE = re.compile(r"[,，;；]\s*(?P<note>[^,，;；:：()（）]{2,24}?(?:牵头|主责)[^,，;；:：()（）]{0,8})\s*[。]?\s*$")  # (r30 lexA30: ``主责``)


def key_clause(body: str) -> re.Match[str] | None:
    """The key of a unit list said as its last clause rather than in a bracket of its own (U4c):
    ``某县总工会、某县人社局,列第一位的为牵头单位`` -> the clause ``列第一位的为牵头单位`` (its ``note`` group; whether it
    states the key is ``cues.states_first_listed_lead``'s). None for a list with no such clause (``甲局、乙局``,
    ``甲局牵头,乙局配合``: the clause must close the list)."""
    return _KEY_CLAUSE.search(body)


# a year that opens what is set after a colon closing a clause that sets goals or plans (``本市订定目标:2031年…``)
_GOAL_COLON_YEAR = re.compile(r"(?:目标|目標|提出|明确|明確|要求|规划|規劃|计划|計畫|計劃)\s*[:：]\s*(20\d\d)\s*年(?:底|末)?\s*[,，]?"
                              r"\s*[^,，;；。:：\d]{0,20}?(?:(?:达到|达|達到|達|超过|超過|增加到|提高到|提高至|提升到|提升至|"
                              r"控制在|不低于|不低於|不少于|不少於)\s*\d|(?:基本|全面|初步)?(?:实现|實現|建成)|完成(?!了)|力争|力爭|确保|確保)")


def goal_colon_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a commitment set after a colon that closes a clause naming goals or a plan
    (``本市订定目标:2031年长照服务涵盖率达80%``, ``某县提出:2031年全县基本实现…``), as ``goals.clause_year_level`` reads it
    after a comma (O3); (None, -1) when none. Not a headline's place and colon (``某省:2031年…``: G4a), nor a field
    label (``完成时限:2031年12月底``)."""
    m = _GOAL_COLON_YEAR.search(sentence) if ":" in sentence or "：" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# a time part closing an unlabelled bracket of units after the units (``,2031年底前``, ``;6月底前完成``, ``,持续推进``)
_TIME_PART_END = re.compile(r"[,，;；]\s*(?:(?:20\d\d\s*年)(?:\s*\d{1,2}\s*月)?(?:底|末|中旬|上旬|下旬|\d{1,2}日)?|\d{1,2}\s*月(?:底|末|中旬|上旬|下旬)?)"
                            r"(?:前|以前)?(?:完成|办结)?\s*$|[,，;；]\s*(?:长期|持续)推进\s*$")


def without_time_part(body: str) -> str:
    """An unlabelled bracket of units after a task without the time part that closes it (U5: the time says when, not
    who): ``某市人社局、某市财政局,2031年底前`` -> ``某市人社局、某市财政局``; ``某市医保局;6月底前完成`` -> ``某市医保局``.
    A body with no such part is returned as it is (``某市人社局、某市财政局``, ``2031年底前完成改造``)."""
    return _TIME_PART_END.sub("", body)


_ABOUT_TITLE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|部)(?:办公室)?)?关于[^,，;；:：。!！?？]{2,60}的"
                          r"(?:通知|实施意见|指导意见|意见|实施方案|工作方案|方案|报告|请示|批复|函|决定|通报|公告|办法|规定|计划)\s*$")


def about_title(sentence: str) -> bool:
    """A sentence that is only a document's ``关于…的通知`` title, its issuer before it or not (``关于做好2031年残疾人就业工作
    的通知``, ``某市人民政府办公室关于印发2031年养老服务工作要点的通知``): a name (O3: a year that dates a document), no goal.
    Not a sentence that goes on past the name (``关于做好2031年就业工作,要求…``) nor one that does something to it."""
    return _ABOUT_TITLE.match(sentence) is not None


# the people's organisations a plan names by their short names (群团组织): women's, disabled persons', writers' and
# artists', returned overseas Chinese's federations, the science association, the Red Cross, a federation; (lead40) the trade union (``工会``, ``某校工会``) and the Youth League (``共青团``)
_MASS_ORG = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:妇联|婦聯|残联|殘聯|文联|文聯|侨联|僑聯|科协|科協|社科联|工商联|红十字会|紅十字會|工会|工會|共青团|共青團|"
                       r"(?:妇女|残疾人|残疾人联合|归国华侨|文学艺术界|工商业)联合会)")


def mass_org_name(title: str) -> bool:
    """Whether a heading's words are one people's organisation's name (``某区妇联``, ``某县残联``, ``某市红十字会``,
    ``某县残疾人联合会``): the organisation owns the items below it as a bureau does (U8). Not a task that names it
    (``支持某区妇联开展培训``: ``bare_unit_heading`` rejects the verb) nor a bare ``妇联工作``."""
    return _MASS_ORG.fullmatch(title) is not None


# a deadline (``到2031年``, ``至2031年底``; not ``截至``) then, later in its clause run, ``累计``
_DEADLINE_THEN_CUMULATIVE = re.compile(r"(?<![年\d])(?:到|(?<!截)至)\s*20\d\d\s*年[^。;；]{0,30}?(?P<cum>累计|累計)")


def without_cumulative_under_deadline(sentence: str) -> str:
    """``sentence`` with each ``累计`` that a deadline before it governs blanked (same length): ``到2031年底,全市将累计建成
    长者食堂100家`` sets a total to reach (as ``text.is_past_at`` reads its number), no result told after the fact.
    ``截至2030年底,全市累计建成…`` (a status date), a period's span (``2027年至2031年,全市累计新建…``) and a ``累计`` before the deadline (``…以来累计新增…,到2031年…``) are left."""
    if "累" not in sentence:
        return sentence
    return _DEADLINE_THEN_CUMULATIVE.sub(lambda m: m.group()[:m.start("cum") - m.start()] + "□□", sentence)


# a label of another field that follows a unit list on its line (the space between them dropped by the normaliser);
# (famA27) a reply's signer (``承办单位:甲局 单位负责人:…``)
OTHER_FIELD = (r"(?:单位负责人|單位負責人|负责人|签发人|簽發人|完成时限|完成时间|完成期限|时间节点|时间要求|进度安排|责任领导|牵头领导|分管领导|责任人|联系人|备注|"
               r"完成時限|完成時間|時間節點|負責人|聯絡人|備註|"
               r"(?:咨询|联系|諮詢|聯繫|聯絡)(?:电话|電話)|联系方式|聯繫方式)\s*[:：]")  # (r17 ug17: ``承办部门:甲委 联系电话:…``)
_OTHER_FIELD = re.compile(OTHER_FIELD)


def before_other_field(body: str) -> str:
    """A label line's unit list up to the next field's label on the same line: ``区民政局完成时限:2031年12月`` ->
    ``区民政局`` (``责任单位:区民政局 完成时限:2031年12月``: U3, the time is no part of a unit's name). A list with no such
    label is returned as it is (``区民政局、各街道``)."""
    m = _OTHER_FIELD.search(body)
    from extract.rules.unit_field_ends import before_field_label  # (unitB23) ``甲镇任务目标:…``: a task field's label
    return before_field_label(body[:m.start()] if m else body)


# ``预计到2031年,全市60岁以上老年人口将达到150万``: 预计 + a year + a population or a demand + its change
_DEMOGRAPHIC_FORECAST = re.compile(
    r"(?:预计|預計)\s*(?:到|至|在|于|於)?\s*20\d\d\s*年(?:底|末)?\s*[,，]?[^。;；!！?？]{0,24}?"
    r"(?:人口|老年人|老人|长者|長者|新生儿|新生兒|出生|学龄儿童|學齡兒童|适龄儿童|需求)(?:数|數|数量|數量|规模|規模|总数|總數)?"
    r"[^。;；,，!！?？\d]{0,6}?(?:将|將|会|會)?\s*(?:达到|達到|达|達|突破|超过|超過|增至|增加|减少|減少|下降|上升|占)")


def demographic_forecast(sentence: str) -> bool:
    """A sentence whose ``预计`` year is what a projection of people or demand is about (``预计到2031年,全市60岁以上老年人口
    将达到150万``, ``預計2031年長者人口將突破200萬``): a forecast, no deadline anybody set (as ``goals.forecasts_year``).
    Not a planned date of a deed (``预计2031年建成养老院``, ``预计到2031年新增托位3000个``: no population is its subject)."""
    return ("预计" in sentence or "預計" in sentence) and _DEMOGRAPHIC_FORECAST.search(sentence) is not None


# the bare doing a helpers' verb may close on (``乙局配合实施``, ``乙署协助推行``): how they help, no task of its own
_HELP_DOING_END = re.compile(r"(?:实施|實施|推行|推进|推進|落实|落實|执行|執行|办理|辦理|完成|开展|開展)(?=\s*(?:[。;；\n,，]|$))")


def help_doing_end(text: str, pos: int) -> int:
    """Where a bare doing right after a helpers' clause ends (``…,乙局、丙局配合实施。``: the clause reads to ``实施``), or
    ``pos`` when none (``…,乙局配合。``; ``…,乙局配合实施新建工程。``: a task follows, no bare doing)."""
    m = _HELP_DOING_END.match(text, pos)
    return m.end() if m else pos


_PLACE_COLON_HEAD = re.compile(r"^\s*(?!摘要|导读|導讀|导语|導語|提要|内容提要|核心提示|编者按|編者按)[\u4e00-\u9fff]{2,8}\s*[:：]\s*[^:：。;；,，\n]{4,40}$")


def place_colon_headline(paragraph: str, next_line: str, byline: re.Pattern[str]) -> bool:
    """A news headline that opens with its place or office and a colon (``某市:2031年建成老年友好型社会``,
    ``某省：2031年全省托位达到10万个``) on the line over the byline or dateline (``来源:某日报 2030-03-01``, ``2030-03-01
    某日报``): a title, no goal (G4a), like a headline without the colon (``goals.is_title_line``). Not such a line
    over body text (``本市订定目标:2031年…`` in a paragraph), nor a label line (``目标:…`` over the next item), nor a teaser (``摘要:…``, ``导读:…``: G4a, a mention of its own)."""
    return _PLACE_COLON_HEAD.match(paragraph) is not None and byline.search(next_line[:60]) is not None
