"""(lead49, lead50) U7h: the decisions a meeting's record puts on named units by their modal or by asking them
(eval/README.md U7h): ``…会议要求:甲局要加快补充教师队伍,乙局要尽快办理…;请丙室尽快汇总成稿。`` -> lead ``甲局``, task
``加快补充教师队伍``; lead ``乙局``, task ``尽快办理…``; lead ``丙室``, task ``尽快汇总成稿``.

Read only in the record of a meeting or of a leader's visit (``is_meeting_record``: a meeting word among the first lines,
``会议纪要``, ``常务会议``, ``推进会``, a date or host before ``召开``, ``座谈``; or a visit there, ``到…调研``, ``县长某某调研…``,
with the leader's words after it), where every ``X要…`` is a decision put on X. A plan's own ``X要…`` sentences are left to
the other readers. X names organisations, or one kind by its relation to the matter (``相关部门``, U7d); two whole names
joined by ``和`` are two parties. Not: a distributive collective (``各地``, ``全校各部门``: dropped from a list), a bare kind
(``学校要…``), a role word (``牵头单位要…``), a person or a speaker (``校长要…``, ``某某强调…``), ``要求``/``要点`` (no modal).
Made-up examples only.
"""

from __future__ import annotations

import re

# a record of a meeting, named in the page's first lines
_MEETING = re.compile(r"会议纪要|会议记录|常务会议|办公会|推进会|调度会|协调会|专题会议?|联席会议(?!办公室)|现场会|现场办公|召集[^。]{2,160}?(?:研究|专题|会商|协调)|纪要如下"
                      r"|(?:日|了|组织|主持)召开[^。]{0,30}?会|座谈会|调研座谈")  # a meeting held: its date or its host before 召开
# X (a name at the clause's start, after the sentence's start, a list mark or the meeting's own opener), the modal, the task
_MODAL_SUBJECT = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n:：,，]))\s*(?:[一二三四五六七八九十\d]{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*"
    r"(?P<x>[^。;；,，:：\s“”《》()（）]{2,30}?)(?:(?:作为|作為)[^。;；,，:：]{2,24}[,，]\s*)?"  # (lead51) ``X作为…的主力军,要…``
    r"(?:要(?<![纪紀摘重纲綱概简簡首紧緊主需]要)|必须|务必|须|应(?![急用届聘邀答收诉征])(?<![反响适供对相]))(?![求点])(?P<task>[^。;；,，]{2,80})")
# (lead51) an example's mark before the named party (``如县妇联要…``): ``如`` before a level, not a place's first character (``如皋``)
_EXAMPLE = re.compile(r"^(?:例如|比如|譬如|如)(?=[县縣市区區镇鎮乡鄉省州])")
# (lead51) a second decision joined by ``、`` inside the first's task (``…做好A工作、某县卫健局要结合…做好B工作等``)
# (lead51) a time limit or a time word opening the subject's run (``三年以内``, ``两年内``, ``年内``, ``今年``, ``明年``)
_TIME_OPEN = re.compile(r"^(?:[一二两三四五六七八九十\d]{1,2}年(?:以内|之内|内)|年内|今年|明年|年底前|当年)")
# (lead51) a decision that only says who pays (U3a): ``安排相应资金…``, ``拨付专项经费…``, ``落实配套资金…``
_PAYS = re.compile(r"^(?:积极|及时|尽快)?(?:安排|拨付|撥付|筹措|籌措|落实|落實|保障)(?:好)?(?:相应|相應|专项|專項|配套|必要的?)?(?:资金|資金|经费|經費)")
_NEXT_DECISION = re.compile(r"、(?P<x>[^、。;；,，:：\s“”《》()（）]{2,20}?)要(?![求点])(?P<task>[^、。;；,，]{4,80})")
_NOT_X = re.compile(r"^(?:会议|会上|同时|此外|另外|要求|作为|每个?|各|所有|全体|全县|全区|全市|牵头单位|责任单位|成员单位|我们|大家)"
                    r"|(?:成员单位|承办单位|协办单位|条线部门|会议)$|[两兩三]级|的|同志|要求|强调|指出|表示|书记|县长|市长|区长|局长|校长|主任")  # the members, a kind of department, the meeting itself: no named party
_HELPING = re.compile(r"(?:进行|進行|给予|給予|予以)?(?:相互|互相|密切|积极|全力|主动)?(?:配合|协助|参与|协同)")  # (lead53) ``要进行全力配合``
_NEXT_CLAUSE = re.compile(r"[,，]\s*([^。;；,，]{4,80})")
_ADVERB = re.compile(r"(?:每天|每日|每周|每月|今后|近期|下一步|随后|也|还|都|一定)$")  # ``X每天要…``: a time or an adverb, no part of X
_SPEAKER = re.compile(r"^[^。;；,，]{0,12}?(?:要求|強調|强调|指出|责成)")  # a speaker and the word that asks
_COLLECTIVE = re.compile(r"各|^(?:所有|全体|每个?|乡镇|鄉鎮)")  # the distributive members of a list (U7d); (lead51) ``乡镇卫生院``: every township's
_X_CUT = re.compile(r"每[天日周月年]|定期|及时|尽快|立即|[对於于在按从向]")
_ORDINAL = re.compile(r"^[一二三四五六七八九十]{1,2}是")  # ``一是X要…``: the item's ordinal, no part of X


# ``请X+task``, ``要求X+task``, ``责成X+task``: the meeting or its speaker asks named units (U7h); X read by its names
_ASKED = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n:：,，]))\s*(?:[一二三四五六七八九十]{1,2}是|同时|并)?(?P<ask>请|要求|责成)(?=[^。;；,，]{4})")


def asked_unit_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each ``请X…``/``要求X…``/``责成X…`` clause of a meeting's record (U7h)."""
    from extract.rules.unit_charge_finders import _by_unit_name

    out = []
    for m in _ASKED.finditer(text):
        at = m.end()
        rel = _RELATION_HEAD.match(text, at)  # ``要求相关部门进一步…``: a kind by relation, U7d
        k = rel.end() - at if rel is not None else _by_unit_name(text[at:at + 60])
        while k and text.startswith("和", at + k) and (k2 := _by_unit_name(text[at + k + 1:at + k + 61])):
            k += 1 + k2  # ``请甲室和乙室…``: two parties
        if not k:
            continue
        x = text[at:at + k]
        if (cut := _X_CUT.search(x, 2)) is not None:  # ``要求甲部门每周对…``: the name ends before a time or a preposition
            x, k = x[:cut.start()], cut.start()
        if _NOT_X.search(x) or _COLLECTIVE.search(x) or any(len(p) < 2 for p in re.split(r"和|以及", x)) \
                or not (lead := _party_units(x)):
            continue  # (lead51) ``要求学校和社区…``: a name cut inside a word (``社|区``) names no one
        stop = re.compile(r"[。;；,，\n]").search(text, at + k)
        end = stop.start() if stop else len(text)
        task = text[at + k:end].strip()
        if len(task) < 4 or task.startswith(("要", "的", "等", "参加", "出席")):
            continue  # ``要求X要…``: the modal reader's; ``请X参加会议``: attending, no task
        out.append((m.start("ask"), end, task, lead, []))
    return out


_RELATION_HEAD = re.compile(r"(?:相关|有关|相關|有關)(?:职能|職能)?(?:部门|部門|单位|單位)(?:单位|單位)?")
_RELATION_KIND = re.compile(r"^(?:相关|有关|相關|有關)(?:职能|職能)?(?:部门|部門|单位|單位)(?:单位|單位)?$")


# (lead50) a bare kind with no owner or relation (``学校要…``, ``部门要…``): every one of the kind, a class, no party
_BARE_KIND = re.compile(r"^(?:学校|學校|部门|部門|单位|單位|乡镇|鄉鎮|村|社区|社區|家庭|社会|社會)$")


def _party_units(x: str) -> list[str]:
    """The parties X names (U7h): its organisations' names, or one kind named by its relation to the matter
    (``相关部门``, ``有关职能部门``: U7d), kept as written; a bare kind joined by ``和`` is left out (``教育部门和学校``:
    ``教育部门``), a bare kind alone names none."""
    from extract.rules.unit_prose import _named_units

    if _RELATION_KIND.match(x):
        return [x]
    if _BARE_KIND.match(x):
        return []
    parts = re.split(r"和|以及", x)
    if len(parts) > 1 and any(_BARE_KIND.match(p) for p in parts):
        kept = [p for p in parts if not _BARE_KIND.match(p)]
        return [u for p in kept for u in (_party_units(p) or [])] if kept else []
    return _named_units(_joined_names(x)) or []


def _joined_names(x: str) -> str:
    """``甲部门和乙中心``: two names joined by ``和`` (each a whole name) are listed with ``、``; ``文化和旅游局`` stays one."""
    from extract.rules.unit_charge_finders import _ORG_END, is_unit_cell

    parts = re.split(r"和|以及", x)
    if len(parts) > 1 and all(len(p) >= 2 and (_ORG_END.search(p) or p.endswith("部门")) and is_unit_cell(p) for p in parts):
        return "、".join(parts)
    return x


# (lead50) a leader's visit told as news: the visit among the first lines, the leader's words after it
_VISIT = re.compile(r"(?:到|赴|深入|率队|率隊|带队|帶隊|一行|前往)[^。;；]{0,40}?(?:调研|調研|督导|督導|督查|视察|視察|察看|实地查看|實地查看|检查|檢查)"
                    r"|(?:调研|調研|督导|督導|督查|视察|視察)(?:时|時|期间|期間|中|座谈|座談)"
                    r"|(?:长|長|书记|書記|主任|一行)[\u4e00-\u9fff]{0,4}(?:调研|調研|视察|視察|督导|督導|督查)")  # ``县长某某调研…``
_SAID = re.compile(r"强调|強調|指出|(?<![的按照和与與及])要求(?=[,，:：]|相关|相關|有关|有關)")


def is_meeting_record(text: str) -> bool:
    """The page records a meeting (a meeting word among its first 400 characters) or a leader's visit whose words it
    reports (a visit word there, ``强调,``/``指出,``/``要求,`` after it)."""
    head = text[:400]
    if _MEETING.search(head) is not None:
        return True
    v = _VISIT.search(head)
    return v is not None and _SAID.search(text, v.end()) is not None


def modal_subject_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each ``X要+task`` clause of a meeting's record (module docstring)."""
    if "要" not in text and "须" not in text and "应" not in text:
        return []
    if not is_meeting_record(text):
        return []

    out = asked_unit_rows(text)
    for m in _MODAL_SUBJECT.finditer(text):
        x = m.group("x")
        cut = _ORDINAL.match(x)
        start = m.start("x") + (cut.end() if cut else 0)
        x = x[cut.end():] if cut else x
        x = _ADVERB.sub("", x)
        if (ex := _EXAMPLE.match(x)) is not None:  # (lead51) ``如县妇联要…``: an example's mark, no part of the name
            start, x = start + ex.end(), x[ex.end():]
        if (tw := _TIME_OPEN.match(x)) is not None:  # (lead51) ``三年以内某卫生院要…``: a time limit before the name
            start, x = start + tw.end(), x[tw.end():]
        said = _SPEAKER.search(x)
        if said is not None:  # ``某副县长要求相关部门要…``: the one asked, after the speaker's word
            start += said.end()
            x = x[said.end():]
        if _NOT_X.search(x):
            continue
        if x.endswith(("、", "和", "及")):
            continue
        lead = [u for u in _party_units(x) if not _COLLECTIVE.search(u)]
        if not lead or (len(lead) == 1 and "各" in x and not x.startswith(lead[0])):
            continue  # ``某局及各校``: the named party stays, the distributive ``各校`` goes (U7d)
        task, end = m.group("task").strip(), m.end("task")
        if _PAYS.match(task):
            continue  # (lead51) ``某局要安排相应资金…``: who pays (U3a), no task put on the party
        if _HELPING.fullmatch(task):  # ``X、Y等单位要相互配合,完成…``: they help each other, none leads (U4a); the task is next
            nxt = _NEXT_CLAUSE.match(text, end)
            if nxt is None:
                continue
            out.append((start, nxt.end(1), nxt.group(1).strip(), [], lead))
        elif len(task) >= 4:
            nxt = _NEXT_DECISION.search(task)  # (lead51) ``甲局要…、乙局要…``: two decisions joined by ``、``
            if nxt is not None and (lead2 := [u for u in _party_units(nxt.group("x")) if not _COLLECTIVE.search(u)]):
                a2 = m.start("task") + (len(m.group("task")) - len(m.group("task").lstrip())) + nxt.start("x")
                t2 = nxt.group("task").strip()
                task, end = task[:nxt.start()].strip(), a2 - 1
                t2 = t2[:-1] if t2.endswith("等") else t2  # ``…工作等``: the list's close, no part of the task
                if len(t2) >= 4:
                    out.append((a2, a2 + len(nxt.group("x")) + 1 + len(t2), t2, lead2, []))
            out.append((start, end, task, lead, []))
    return out
