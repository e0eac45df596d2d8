"""``…,由X+doing`` inside a sentence (U7, eighteenth round): a clause after a comma that puts the next step of a
procedure or a matter on a named organisation with the task's own verb (``经审核合格后,由某县征兵办批准入伍``,
``相关诉求汇总后,由某区信访办转办``, ``跨村的山林火情,由某镇防火指挥部指挥``): lead X, task = the clause after ``由X``
(its verb kept), quote from ``由`` to the end of that clause. The reader of a sentence that opens with ``由``
(``unit_charge_finders.find_by_unit_doing``) covers the sentence-initial form; this one the same frame after a comma.

Made-up examples only.

The comma form is more often something else than the sentence-initial one, so its guards are the written rules' own:
not a collective or a party named by its kind (``由各村…``, ``由使用单位…``: U7d; a party named by its relation to the
sentence's people is one, ``由所在单位推荐``, ``relation_party``), a finance office or any payer of money
named as the topic (``由县财政筹款``, ``所需经费,由某局承担``: U3a), people (``由某局工作人员跟踪``, ``由某主委致词``:
U4a), the event and organiser verbs of U7e (``组织``, ``主办``, ``指导``), an office held (``担任``, ``兼任``), a provider of a venue or of aid (``提供``, ``给予``: no task of its own), a
contract let (``承揽``, ``中标``: a result), and a clause reported done (``由…办理了``).
"""

from __future__ import annotations

import re

# a comma, then (an adverb of sequence and) ``由``; not ``由于``, ``由此``
# (unitA35) a time of the procedure's step before it (``,下学期则由…``, ``,届时由…``)
_COMMA_BY = re.compile(r"[,，]\s*(?:[上下]学期|[上下]半年|届时|随后|此后|其后|之后|最后)?(?:则|并|再|均|统一)?由(?!于|此|於)")
# (unitA37) the matter named first, then ``由X+doing`` with no comma between (``具体标准由某镇制定并报…``, ``部分票据由某会派发…``,
# ``参赛名单由某办汇总后…``): the passive of U7's ``由X+doing`` at a clause's start; the topic a phrase with no mark, no ``由``
_TOPIC_BY = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n,，:：]))\s*(?P<topic>[^。;；!！?？\n,，:：、由()（）\s]{2,24}?)"
                       r"(?:並|并|再|均|皆|统一|統一|具体|具體|主要|一律|另|亦|也|将|將)?由(?!于|此|於)")
# a topic whose last character makes one word with ``由`` or hands the matter over (``理由``, ``自由``, ``经由``, ``交由``,
# ``是由…的``): no matter put on X. (``A则由X…``, a contrast between two parties' parts, is read as a description:
# no ``则`` before ``由`` after a topic)
_TOPIC_FUSED = re.compile(r"(?:理|自|缘|緣|事|来|來|经|經|交|转|轉|是|不|原|藉|借|任|改|均改|听|聽|情|根|则|則)$")
# (unitA37) a topic that says when or in what case rather than what (``选拔结束后由…``, ``会中由…``, ``2017年由…``, ``先由…``, ``每周由…``),
# whose last words are a modal or a choice (``可以选择由…``, ``改为由…``, ``来源为由…``), that names people moved or led
# (``毕业生由…带队``, ``师生由…疏散``) or money (``…维护费由乡镇上交…``: U3a): a procedure's step, a report or a payer,
# no matter handled
_TOPIC_NOT_MATTER = re.compile(r"[\d〇零一二三四五六七八九十]|[年月日]|^每|(?:后|後|中|时|時|前|起|先|终|終|續|续|初|末|期|周|週|天|晚|夜|季|"
                               r"选择|選擇|同意|希望|可以|可|应|應|须|須|需|将|將|为|為|生|者|人|们|們|民|众|眾|童|儿|兒|"
                               r"费|費|所得|收入|款|金)$")
# a doing after ``<topic>由X`` that says where from and to (``由甲处疏散至…``, ``由A向B迈进``), what X is made of
# (``由四部分组成``), a contract won (``得标兴建``), people led (``带队``) or a thing X disposes of (``由X将款项…``):
# no task put on X
_TOPIC_NO_DOING = re.compile(r"^[^,，。;；]{0,10}?(?:向|至)|组成|組成|构成|構成|^(?:得标|得標|中标|中標|带队|帶隊|带领|帶領|将|將|把|"
                             r"批准|批準|核准|提出)")
# a topic that is a body, a person or an event (``联席会议由…``, ``组长由…``, ``大会由…``): its make-up, its holder or its
# organiser, no matter handled (U7e, U4a)
_TOPIC_NO_MATTER = re.compile(r"(?:会议|會議|小组|小組|委员会|委員會|组长|組長|主任|成员|成員|人员|人員|大会|大會|活动|活動|比赛|比賽|仪式|儀式|"
                              r"晚会|晚會|项目|項目|工程|学校|學校|机构|機構|办公室|辦公室|中心|部门|部門|单位|單位|图片|圖片|照片|本文|本报|"
                              r"全文|此文|[长長]|席|员|員)$")
# (unitA35) ``X会同Y+doing`` with no role verb of its own (``由甲室会同乙室、丙室共同进行…``): U4c, X lead, Y responsible
_WITH = "会同"
# the opening of a doing that gives no task of the unit's own (U7e organisers, U4a people's offices, providers, results)
_NO_TASK_DOING = re.compile(r"^(?:组织|主办|承办|协办|指导|主持|致词|致辞|讲话|担任|兼任|组成|构成|提供|给予|承揽|承攬|中标|"
                            r"发放|补助|补贴|筹款|筹资|出资|拨款|拨付)")
# money as the topic the clause's ``由X`` pays (``所需经费,由某局承担``, ``建设资金,由某镇自筹解决``: U3a, a funding clause)
_MONEY_TOPIC = re.compile(r"(?:资金|資金|经费|經費|费用|費用|款项|款項|补助|補助|补贴|補貼|投资|投資|预算|預算|奖金|獎金|资金缺口)(?:等)?\s*$")
# a doing that is only a payment verb (``承担``, ``列支``, ``自筹解决``; (lead48) ``共同承担``): who pays, no task (U3a)
_PAY_ONLY = re.compile(r"^(?:全额|全部|统一|自行|共同|分别|按比例)?(?:承担|负担|列支|支付|支出|自筹|筹措|筹集|拨付|兑付|出资)(?:解决|落实)?$")
# a person standing between the unit and its verb (``由某局工作人员…``, ``由某局主要领导…``): people, no unit (U4a)
_PERSON_AFTER = re.compile(r"^(?:主要|分管|相关|有关|工作|专职|业务|值班)?(?:人员|领导|同志|负责人|干部|职工|老师|教师|主任|局长|处长|科长|主委|"
                           # (unitA27) a service's people: ``由某卫生院医生担任``, ``由某医院医生…``, ``由某社区志愿者…``
                           r"民警|警员|辅警|干警|医生|医务人员|医护人员|保安|社工|志愿者"
                           # (unitA31) a body's officers (``由本处秘书互选之``, ``由某会秘书长…``), and the body choosing or sending
                           # persons (``由某处派员兼任``, ``由本会推选…``): persons hold the post, no task on a unit (U4a; U7: ``由…兼任``)
                           r"|秘书长|秘书|会长|理事长|召集人|组长|派员|互选|推选|推派|选派人员)")
# a person's title closing what reads as a name (``由某主委…``, ``由某局局长…``): people, no unit (U4a)
_PERSON_TITLE_END = re.compile(r"(?:主委|主任|委员|[局处科校院部会镇乡县市区议]长|书记|干部|同志)$|^(?:召集人|负责人|联系人)"
                               r"|^[一二两三四五六七八九十\d]{1,3}名")  # (lead47) ``由一名处级干部担任召集人``: a person  # (unitA31) ``由召集人或…``
# a verb inside what reads as a name (``某小学提供教室``: the name ran on into the doing)
from extract.rules.units import _VERB_CUT  # noqa: E402  (lead46) ``该处办|理``: a verb, no name ends there
_VERB_INSIDE = re.compile(r".{2,}?(?:提供|组织|负责|牵头|配合|协助|给予|安排|派发|发到|送到|交到)")  # (unitA37) ``某会派发到…``: a motion verb


# (unitC26, U7d) a party named by its relation to the people of the sentence: whoever they belong to (``由所在单位推荐``,
# ``由成员所在部门审核``), a definite party of each case, not a distributive collective
_RELATION_PARTY = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}?)?所在(?:单位|部门)(?=[\u4e00-\u9fff])")


def relation_party(clause: str) -> int:
    """The length of a relation-named party opening ``clause`` (``所在单位审核…`` -> 4, ``学员所在部门审核`` -> 6), 0 if
    none: U7d's ``学生所在单位``, the unit the people named belong to, which the text makes a party (not ``各单位``)."""
    m = _RELATION_PARTY.match(clause)
    return m.end() if m else 0


_ROLE_CLAUSE: re.Pattern[str] | None = None  # the role verbs (``负责``, ``牵头``, ``配合``…), compiled once on first use


def names_person_by_title(name: str) -> bool:
    """Whether what reads as a unit's name closes with a person's title (``某主委``, ``某局局长``, ``某村书记``): a person,
    no unit (U4a), also where the title's last character is an organisation's ending (``委``)."""
    return _PERSON_TITLE_END.search(name) is not None


def opens_with_person(doing: str) -> bool:
    """Whether the words after a unit's name open with a person of it (``…工作人员跟踪``, ``…主委某某开幕``): the doer is
    that person, no unit (U4a)."""
    return _PERSON_AFTER.match(doing) is not None


# (unitA28) a doing closed by a colon (``办理:``, ``掌理如下:``; also where the name was read into the verb, ``某局办`` +
# ``理:``): the lead-in of a list, its items on the lines below or run in
_LIST_LEAD_DOING = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：]")


# (lead46) a handling verb alone after the name: the task is the topic before (``unit_passive_charges``)
_BARE_HANDLING = re.compile(r"(?:负责|負責)?(?:处理|處理|办理|辦理|解决|解決|落实|落實)")


def _longest_name(clause: str, k: int, is_unit, org_end) -> int:
    """The end of the unit's name that opens ``clause`` where the shortest reading ends at ``k``: the longest opening
    up to six characters further that still reads as one organisation's name (``某校保卫科室`` over ``某校保卫科``),
    so that a name is not cut inside a word."""
    best = k
    for j in range(k + 1, min(k + 6, len(clause) - 1) + 1):
        cand = clause[:j]
        if org_end.search(cand) and is_unit(cand) and "、" not in cand[k:] and not _VERB_INSIDE.match(cand) \
                and not _VERB_CUT.match(clause, j - 1) \
                and "会同" not in clause[k - 1:j + 1]:  # (unitA35) ``甲室会同乙室``: two parties, no one name
            best = j
    return best


def with_helpers(rest: str, is_unit, org_end) -> tuple[list[str], int] | None:
    """(unitA35) (units, length) of the helpers ``会同`` names at the start of ``rest`` (``乙室、丙室共同进行…`` ->
    ([乙室, 丙室], 5)): the longest opening of up to 30 characters whose ``、``-joined names each read as an organisation's,
    a doing of two or more CJK characters after it; None where none (``会同有关部门…`` is read by the other cues)."""
    from extract.rules.units import split_units

    for j in range(min(len(rest) - 2, 30), 1, -1):
        cand = rest[:j]
        if not re.match(r"[\u4e00-\u9fff]{2}", rest[j:]) or not org_end.search(cand) or not is_unit(cand):
            continue
        units = split_units(cand)
        if units and all(org_end.search(u) and not u.startswith(("各", "相关", "有关")) for u in units) \
                and len(units) == cand.count("、") + 1:
            return units, j
    return None


# (lead52) a system being formed whose parts the ``由`` phrase describes (``逐步形成由甲部门统一管理…的体制``): no matter handled
_SYSTEM_FORMED = re.compile(r"(?:形成|构建|構建|建立|健全|建立健全)$")


def topic_by(text: str) -> list[re.Match[str]]:
    """(unitA37) ``<topic>由X…`` at a clause's start (``_TOPIC_BY``), where the topic names a matter handled: not fused
    with ``由`` into a word or a hand-over (``理由``, ``交由``, ``是由``: ``_TOPIC_FUSED``), not a body, a person, an event or
    a credit whose make-up, holder or organiser follows (``_TOPIC_NO_MATTER``), nor money (``_MONEY_TOPIC``: U3a)."""
    if "由" not in text:
        return []
    out = []
    for m in _TOPIC_BY.finditer(text):
        topic = m.group("topic")
        if _TOPIC_FUSED.search(topic) or _TOPIC_NO_MATTER.search(topic) or _MONEY_TOPIC.search(topic) \
                or _TOPIC_NOT_MATTER.search(topic) or _SYSTEM_FORMED.search(topic):
            continue
        out.append(m)
    return out


def _by_matches(text: str) -> list[re.Match[str]]:
    """The ``由`` openings read here: after a comma (``_COMMA_BY``), and after a topic (``topic_by``), in text order,
    one per ``由``."""
    ms = list(_COMMA_BY.finditer(text))
    seen = {m.end() for m in ms}
    ms += [m for m in topic_by(text) if m.end() not in seen]
    return sorted(ms, key=lambda m: m.end())


def comma_by_doings(text: str, offset: int, hits: list) -> list:
    """U7 (eighteenth round) for ``…,由X+doing`` inside a sentence: an ``AssignmentHit`` per clause, lead X, task the
    doing (its verb kept), quote from ``由`` to the clause's end; none where a hit of ``hits`` overlaps it. See the
    module's docstring for what is no such clause."""
    from extract.cues import is_person_name, is_unit_cell
    from extract.rules import unit_charge_finders as _ucf
    from extract.rules import unit_by_name_guards as _ubng
    from extract.rules.units import _CLAUSE_SEP, _SENTENCE_STOP, AssignmentHit, split_units

    global _ROLE_CLAUSE
    if _ROLE_CLAUSE is None:
        from extract.roles import ROLE_VERBS, alternation
        _ROLE_CLAUSE = re.compile(rf"{alternation(ROLE_VERBS)}|会同|联同")
    out: list = []
    if "由" not in text:
        return out
    taken = [(h.start - offset, h.end - offset) for h in hits]
    for m in _by_matches(text):
        stop = _CLAUSE_SEP.search(text, m.end())
        clause = text[m.end():stop.start() if stop else len(text)]
        related = relation_party(clause)  # (unitC26) ``…,由所在单位推荐``: U7d's party by relation
        k = related or _ucf._by_unit_name(clause)
        if not k:
            continue
        k = related or _longest_name(clause, k, is_unit_cell, _ucf._ORG_END)
        name, doing = clause[:k], clause[k:]
        if _LIST_LEAD_DOING.match(doing):
            continue  # (unitA28) ``下列事项,由某局办理:``: the lead-in of a list, whose items are the rows
        helpers: list = []
        if doing.startswith(_WITH) and (w := with_helpers(doing[len(_WITH):], is_unit_cell, _ucf._ORG_END)) is not None:
            helpers, doing = w[0], doing[len(_WITH) + w[1]:]  # (unitA35) U4c: ``X会同Y…``, Y responsible
            if _ROLE_CLAUSE.search(doing) or len(doing.strip()) <= 4:
                continue  # (``…会同乙局负责…``: the role verb's clause; ``A,由X会同Y推进``: a bare verb, A the task: the other cues')
            clause = name + doing
        if _ROLE_CLAUSE.search(clause) or doing[:1] in "议门长员们" or names_person_by_title(name) or _VERB_INSIDE.match(name) \
                or _ubng.name_runs_into_doing(name, doing):  # (unitB33) ``由某区长指定相关单位…``: no unit of its own
            continue  # a role verb's clause is the other cues' (``由甲局负责…``); a name cut inside a word; a person
        if _BARE_HANDLING.fullmatch(doing.strip()):
            continue  # (lead46) ``…,由某办处理。``: a bare handling verb, the task the clause before (``passive_handling``'s)
        if len(doing) < 2 or "等" in name or name.startswith(("各", "相关", "有关", "所有")) \
                or _ucf._ROLE_WORD.fullmatch(name) or is_person_name(name) or (_ucf._GENERIC_PARTY.match(name) and not related) \
                or _ucf._FINANCE.match(name) or name.endswith("财政"):
            continue
        if _ucf._OTHER_VERB.match(doing) or _ucf.pays_from(doing) or _NO_TASK_DOING.match(doing) \
                or opens_with_person(doing) or _ucf._POST_AND_NAME.match(doing) or not re.match(r"[\u4e00-\u9fff]", doing):
            continue
        if _ucf._MADE_OF.search(doing.strip()):
            continue  # (lead51) ``…,由甲校、乙校和丙校三个学校组成``, ``由甲院、乙院合并组建而成``: a make-up or a history, no task
        topic = m.groupdict().get("topic")
        if topic and (_TOPIC_NO_DOING.search(doing) or "与" in name or "與" in name or len(doing.strip()) < 5):
            continue  # (unitA37) from-to, make-up, a contract won, people led, a disposal; ``由X与Y联系``: 与 as "with"; a
            # bare verb closing the clause (``…由某科督办``, ``…由某处存档``) is ``unit_passive_charges.passive_handling``'s
        s0 = max(text.rfind(c, 0, m.start()) for c in "。;；!！?？\n") + 1
        if _MONEY_TOPIC.search(text[s0:m.start("topic") if topic else m.start()]) or _PAY_ONLY.match(doing.strip()) \
                or (topic and _MONEY_TOPIC.search(re.sub(r"(?:则|並|并|再|均|皆)$", "", topic))):
            continue  # (a funding clause: the money's payer, no task, U3a)
        sent_end = _SENTENCE_STOP.search(text, m.end())
        if _ucf._DONE.search(text, m.end(), sent_end.start() if sent_end else len(text)):
            continue
        a = m.start("topic") if topic else m.start() + len(m.group()) - 1  # (unitA37) the quote holds the topic
        b = m.end() + len(text[m.end():stop.start() if stop else len(text)].rstrip())
        if any(x < b and a < y for x, y in taken):
            continue
        units = split_units(name)
        if not units:
            continue
        taken.append((a, b))
        if not helpers and (nxt := _ucf._next_by_decision(doing)) is not None:  # (lead53) ``…,由甲校选派4人、乙校选派7人…``
            cut, name2, doing2 = nxt
            a2 = m.end() + len(name) + cut + 1
            out.append(AssignmentHit(offset + a2, offset + b, doing2.strip(), split_units(name2), [], cue="comma_by_doing"))
            doing, b = doing[:cut], a2 - 1
        out.append(AssignmentHit(offset + a, offset + b, doing.strip(), units, helpers, cue="comma_by_doing"))
    return out
