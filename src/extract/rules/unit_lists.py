"""The last step of every unit list, wherever it was read (eighth round): the invariants of the genre's unit lists.

- a label (``责任单位:``) never stays in a unit: it is cut, and gives the unit its role (U4, U4a);
- a role word or a duty phrase closing a unit (``甲局牵头``, ``乙局配合``, ``丙局按职责分工负责``, ``丁局落实``) is no part of
  its name: it is cut and decides the unit's role (``牵头`` lead, a helping word responsible, ``负责`` and the manner of
  a duty the list's own role; U4a, U7); ``甲局会同乙局`` gives 甲局 lead and 乙局 responsible (U4c);
- joints are split (U3, U4b): ``…等及…``, ``…等部门和…``, and ``及``/``和``/``与``/``以及`` before a collective tail
  (``各…``, ``相关…``, ``区级…``), the collective tail kept as a unit, a trailing ``等`` / ``等部门`` dropped; a ``和`` inside a
  name (``人力资源和社会保障局``, ``甲州党委和政府``) is no joint;
- stray punctuation and unbalanced brackets at a unit's ends are trimmed, a unit wrapped whole in brackets is unwrapped;
- people (``分管领导``, ``负责人``) are never units (U4a); a unit is listed once in each list.

A unit named in both lists stays in both (U4: ``A unit that is both lead and responsible is listed in both``).
"""

from __future__ import annotations

import re

from extract.cues import is_person_name, is_unit_cell
from extract.rules import unit_name_notes as _unn  # (unitA27)
from extract.rules.unit_role_appositions import without_role_apposition  # (unitB27)
from extract.rules.rulebook_units import field_word, level_short_name  # (r18 confU18) U3a
from extract.roles import (CHARGE_VERBS, DUTY_MANNER, HELP_VERBS, LEAD_LABEL, LEAD_VERBS, PEOPLE_LABEL, RESP_LABEL,
                           ROLE_ADVERBS, alternation, verb_role)

_LEAD_LABEL_RE = re.compile(LEAD_LABEL)
_LABEL_ONLY = re.compile(rf"{LEAD_LABEL}|{RESP_LABEL}")
_SEPARATED = re.compile(r"[、,，;；]")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_PEOPLE_LABEL_AT = re.compile(rf"{PEOPLE_LABEL}\s*[:：]")
_LABEL_INSIDE = re.compile(rf"[【〔\[]?(?:{LEAD_LABEL}|{RESP_LABEL})\s*(?:[】〕\]]\s*[:：]?|[:：])")
# a label opening a unit: ``责任单位:甲局``, ``【牵头单位】甲局``
_LABEL_PREFIX = re.compile(rf"^[【〔\[]?\s*(?P<label>{LEAD_LABEL}|{RESP_LABEL})\s*(?:[】〕\]]\s*[:：]?|[:：])\s*")
# a role word (and the manner of the duty before it) closing a unit: ``甲局牵头``, ``乙局按职责分工负责``, ``丙局落实``
_ROLE_TAIL = re.compile(rf"^(?P<unit>.+?)(?:{DUTY_MANNER})?{ROLE_ADVERBS}"
                        rf"(?P<verb>{alternation(LEAD_VERBS + HELP_VERBS + CHARGE_VERBS)})$")
_DUTY_TAIL = re.compile(rf"^(?P<unit>.+?)(?:{DUTY_MANNER})$")
# what a unit does, in brackets after its name (``甲局(组织)``, ``乙局(承办)``): a note, no part of the name; the unit
# keeps its list's role
_DOING_MARK = r"(?:组织实施|组织|承办|实施)"
# a role mark in brackets closing a unit: ``乙局(配合)``, ``甲局(牵头单位)``, ``丙局(协办)``
_ROLE_MARK = re.compile(rf"^(?P<unit>.+?)\s*[(（](?:{DUTY_MANNER})?{ROLE_ADVERBS}(?P<verb>{alternation(LEAD_VERBS + HELP_VERBS + CHARGE_VERBS)})"
                        rf"(?:单位|部门)?[)）]$|^(?P<unit2>.+?)\s*[(（](?:{DUTY_MANNER}|{_DOING_MARK})[)）]$")
_COLLECTIVE_HEAD = r"(?:相关|有关|其他|其它|各|[省市州县区镇乡]级|[省市州县区]直)"
# a joint between a unit and the next: ``等及``, ``等部门和``, ``及各镇街``, ``与相关部门``; not a bare ``等`` before a class noun
# that ends the list (``甲局等相关部门``: the noun is the dropped tail of ``等``, U4b as widened in the thirteenth round)
JOINT = re.compile(rf"等(?:有关|相关|其他|其它)?(?:部门|单位|机构)?(?:[(（](?:部门|单位|机构)[)）])?(?:以及|及|和|与)"  # (lead48) ``等单位(部门)以及``
                    rf"|(?:以及|及|和|与|等(?:有关|相关)?(?:部门|单位)?)(?={_COLLECTIVE_HEAD}[\u4e00-\u9fff])(?<!等(?=(?:有关|相关|其他|其它)(?:部门|单位|机构)$))")
# a joint between two whole names, each an office (``甲市教育局和甲市财政局``, ``区委与区政府``): not ``各州党委和政府``
# (the second no whole name) nor ``区发展和改革局`` (the first no office)
_PAIR_JOINT = re.compile(r"(?<=[局委办院厅府室队站所部])(?:以及|及(?!其)|和|与)(?=[\u4e00-\u9fff]{3,})")
_LEVEL_OPEN = "省市区县州镇乡"


def _pair_split(part: str) -> list[str]:
    """``甲市教育局和甲市财政局`` -> the two names: the second opens with a level (``区``, ``市``) or with the first's place."""
    pieces = _PAIR_JOINT.split(part)
    if len(pieces) == 2 and (pieces[1][0] in _LEVEL_OPEN or pieces[1][0] == pieces[0][0]) \
            and is_unit_cell(pieces[0]) and is_unit_cell(pieces[1]) and not pieces[1].startswith(("各", "相关", "有关")):
        return pieces
    return [part]
# a trailing ``等`` and its tail (``等单位``, ``等5个部门``, ``等成员单位``): the list's end, no unit (U3)
_TRAILING_JOINT = re.compile(r"(?:等|及)+(?:\d{1,3}个|[一二三四五六七八九十两]{1,3}个)?(?:(?:有关|相关|其他|执行|责任|实施|承办|协办|参与)?(?:单位|部门|机构)|成员单位)?"
                             r"(?:[(（](?:部门|单位|机构)[)）])?$")  # (lead48) ``等单位(部门)``: the class and its other word
# the preposition of charge before a unit (``由甲局牵头``): no part of its name
_BY = re.compile(r"^(?:均|即|则|将)?由")
_STRAY = "、,，;；。.:：!！?？“”\"'‘’ \t\n　*＊★☆※△▲#—–"  # (lead48) ``——某局…``: a subtitle's dash
_OPEN = "(（【〔[<〈《"
_CLOSE = ")）】〕]>〉》"
# (lead47) and a post with the modal read into the name (``某司副司长会``: the person will; not a principals' body, 校长会)
POST_WILL = re.compile(r"(?:司长|司長|局长|局長|部长|部長|处长|處長|科长|科長|主任|书记|書記|主席)会$")
_PEOPLE_TAIL = re.compile(r"(?:领导|负责人|责任人|联系人|负责同志|人员)$|" + POST_WILL.pattern)  # (lead48) ``保安人员``: people
_MEET = "会同"
# (lead48) a post joined to the body after it (``校长及家长会聘请…``): the post is a person (U4a), only the body is a unit
_POST_JOINT = re.compile(r"^(?:校长|院长|园长|局长|所长|站长|部长|处长|科长|馆长|社长|主任|书记|总干事)(?:及|和|与)(?=[\u4e00-\u9fff]{2,})")


_ITEM_NO = re.compile(r"^(?:\d{1,2}[.、．]|[①-⑳]|[(（]\d{1,2}[)）])(?=[\u4e00-\u9fff])")


# a place's name masked with two to four stars at a name's start (``***日报社``, ``**县妇联``, ``**广播电视台``); markdown's
# bold is two stars around the name (``**政教处**``, mostly gone in normalise), and a name that ends with stars is no masked one
_MASKED_PLACE = re.compile(r"^[*＊]{2,4}(?=[\u4e00-\u9fff])(?!.*[*＊]$)")


def masked_place(unit: str) -> str | None:
    """The stars that stand for a place's name at the start of ``unit`` (``***日报社`` -> ``***``, ``**县文联`` -> ``**``),
    kept as written (a template page's masked names are the units' names as written, U3); None for markdown's bold
    (``**政教处**``) or stray stars."""
    m = _MASKED_PLACE.match(unit)
    return m.group() if m else None


# (lead47) a bracketed item number right after the name (``保卫部(1)负责…``: the name over its items, the first run on)
_ITEM_NO_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])[(（]\d{1,2}[)）]$")


def _trim(unit: str) -> str:
    """A unit without stray punctuation at its ends, unbalanced brackets at its ends, or brackets around it whole, nor the
    number of its place in a numbered list (``1.甲局``, ``①乙局``) or of its first item after it (``甲局(1)``)."""
    prev = None
    u = _ITEM_NO.sub("", unit.strip())
    u = _ITEM_NO_AFTER.sub("", u) if len(u) > 4 else u  # (lead47) ``保卫部(1)``: the first item's number run on after it
    if (mask := masked_place(u)) is not None:
        return mask + _trim(u[len(mask):])  # (r25) ``***日报社``, ``**县文联``: the stars stand for the place's name (U3a)
    while u != prev:
        prev = u
        u = u.strip(_STRAY)
        if u[:1] in _OPEN and not any(c in u[1:] for c in _CLOSE):
            u = u[1:]  # ``(甲局``: the bracket of the list around it
        if u[-1:] in _CLOSE and not any(c in u[:-1] for c in _OPEN):
            u = u[:-1]  # ``乙局)``
        if len(u) > 2 and u[0] in _OPEN and u[-1] in _CLOSE and not any(c in u[1:-1] for c in _OPEN + _CLOSE):
            u = u[1:-1]  # ``(甲局)``: the unit whole in brackets
    return u


# a person or a post in brackets after a unit (``甲局(张三)``, ``乙局(分管副局长)``): people are never units (U4a)
_PERSON_NOTE = re.compile(r"\s*[(（](?P<who>[^()（）]{2,12})[)）]$")
_POST = re.compile(r"(?:局长|主任|书记|部长|处长|科长|校长|院长|队长|站长|领导|负责人|责任人|联系人)$")


def _without_person_note(unit: str) -> str:
    m = _PERSON_NOTE.search(unit)
    if m is None or m.start() < 2:
        return unit
    who = m.group("who")
    return unit[:m.start()] if (is_person_name(who) and not field_word(who)) or _POST.search(who) else unit  # (r18 confU18) U3a


def _head(text: str) -> str:
    """The unit before a role word, without the list's tail between them (``甲局等5个部门`` before ``配合``)."""
    h = _trim(text)
    cut = _TRAILING_JOINT.sub("", h).strip() if len(h) > 2 else h
    return cut or h


def _name_like(text: str) -> bool:
    return len(text) >= 2 and is_unit_cell(text)


def _split_joints(unit: str) -> list[str]:
    """``甲局等部门和各区县政府`` -> ``甲局``, ``各区县政府``; a trailing ``等`` / ``等部门`` dropped."""
    joined = "等" in unit or "及" in unit or "和" in unit or "与" in unit
    parts = [q for p in JOINT.split(unit) if p for q in _pair_split(p)] if joined else [unit]
    if len(parts) > 1 and not all(_name_like(_TRAILING_JOINT.sub("", p)) for p in parts):
        parts = [unit]  # a joint inside a name: ``甲州党委和各族群众`` is no list
    out = []
    for p in parts:
        q = _TRAILING_JOINT.sub("", p).strip() if len(p) > 2 else p
        out.append(q if q else p)
    return out


# (r30 lexA30) a joint left at a name's head by a split (``和区乙局``): the list's joint, no part of the name
_JOINT_HEAD = re.compile(r"^(?:以及|及|与)(?=[\u4e00-\u9fff]{2})|^和(?=[省市区县州镇乡各]|相关|有关|国家|中共)")


def without_joint_head(unit: str) -> str:
    """``和区财政局`` -> ``区财政局``, ``以及团区委`` -> ``团区委``: a unit that opens with a joint is the list's next item
    with the joint left on it (U3): ``以及``, ``及``, ``与`` open no organisation's name; ``和`` only before a level or a
    collective head, since a name may open with it (``和平区教育局``: no level after it, kept)."""
    m = _JOINT_HEAD.match(unit)
    return unit[m.end():] if m and _name_like(unit[m.end():]) else unit


def _role_of(unit: str, role: str) -> list[tuple[str, str]]:
    """(unit, role) pieces of one listed unit: its label, its closing role word, ``会同`` and joints read out."""
    if (m := _PEOPLE_LABEL_AT.search(unit)) is not None:
        unit = unit[:m.start()]  # ``乙局责任人:王小明``: a people label ends the list; people are never units (U4a)
    if _SEPARATED.search(_BRACKETED.sub("", unit)) is not None:
        from extract.rules.units import split_units  # (units imports this module)

        parts = split_units(unit)
        if len(parts) > 1:
            return [piece for p in parts for piece in _role_of(p, role)]  # U3: ``甲局、乙局`` are two units
    u = _trim(_without_person_note(_trim(unit)))
    if (m := _LABEL_INSIDE.search(u)) is not None and m.start() >= 2 and _name_like(_trim(u[:m.start()])):
        # ``甲局配合单位:乙局``: two lists run together (the separator lost), the label is the second's
        return _role_of(u[:m.start()], role) + _role_of(u[m.start():], role)
    if (m := _LABEL_PREFIX.match(u)) is not None and len(u) > m.end():
        role = "lead" if _LEAD_LABEL_RE.fullmatch(m.group("label")) else "responsible"
        u = _trim(u[m.end():])
    if (m := _BY.match(u)) is not None and _name_like(u[m.end():]):
        u = u[m.end():]
    if _MEET in u:
        a, b = u.split(_MEET, 1)
        if _name_like(a.strip()) and _name_like(b.strip()):
            return _role_of(a, "lead") + _role_of(b, "responsible")
    for _ in range(2):  # ``甲局按职责分工负责``, ``甲局牵头负责落实`` (two words at most)
        if (m := _ROLE_MARK.match(u)) is not None and _name_like(head := _head(m.group("unit") or m.group("unit2"))):
            role = verb_role(m.group("verb"), role) if m.group("verb") else role
            u = head
        elif (m := _ROLE_TAIL.match(u)) is not None and _name_like(head := _head(m.group("unit"))):
            role = verb_role(m.group("verb"), role)
            u = head
        elif (m := _DUTY_TAIL.match(u)) is not None and _name_like(head := _head(m.group("unit"))):
            u = head
        else:
            break
    return [(without_joint_head(_trim(p)), role) for p in _split_joints(u)]


# a list item that is only a role word or mark (``甲局`` / ``(牵头)`` on the next line of a cell): the role of the unit before it
_ROLE_ALONE = re.compile(rf"[(（]?(?P<verb>{alternation(LEAD_VERBS + HELP_VERBS)})(?:单位|部门)?[)）]?")


# (lead43) a clause of a body's make-up read into its name (``了由县长任组长的领导小组``, ``…为成员的某工作小组``): the body is
# the name after the make-up's ``的``; a kind alone there (``领导小组``) names no body (U7d)
_MAKE_UP_IN_NAME = re.compile(r"^.*?(?:任|为|為|担任|擔任)(?:副?组长|副?組長|主任|指挥长|指揮長|成员|成員)的")
_KIND_ALONE = re.compile(r"^(?:工作|专项|專項|临时|臨時)?(?:领导小组|領導小組|领导组|領導組|小组|小組|工作组|工作組|专班|專班|办公室|辦公室|"
                         r"指挥部|指揮部|委员会|委員會|专家组|專家組|工作专班|工作專班)$")


def without_make_up(unit: str) -> str | None:
    """``unit`` without a clause of its make-up read into it (``了由县长任组长的书屋领导组`` -> ``书屋领导组``); None where
    what is left is a kind alone (``领导小组``), no body named; ``unit`` itself where it holds no such clause."""
    m = _MAKE_UP_IN_NAME.match(unit)
    if m is None:
        return unit
    rest = unit[m.end():]
    return None if not rest or _KIND_ALONE.match(rest) else rest


# (lead47) a purpose (``为达本校…之效``, ``为加强…``) or a definition's subject (``本手册所称…``): a clause, no body's name
_NO_NAME_OPEN = re.compile(r"^(?:为了?(?:达|達|加强|加強|进一步|進一步|推进|推進|确保|確保|落实|落實|提高|促进|促進)"
                           r"|本(?:手册|手冊|办法|辦法|规定|規定|细则|細則|条例|條例|规则|規則|章程|要点|要點)所称|所称|所稱)")
# (lead47) a clause that sets up a count of parts (``按分工下设五个组``): what follows it is the parts, it names none
_SETS_UP_COUNT = re.compile(r"(?:下设|设立|分为|分成|設立|分為)[一二三四五六七八九十两兩\d]{1,3}个")


# (lead47) a form's next field run into the unit's cell (``承办单位:甲小学 竞赛地点:…``): a place or a time field's label
_OTHER_FIELD = re.compile(r"(?:竞赛|比赛|活动|会议|报名|集合)?(?:地点|时间|地址|日期|电话)\s*[:：].*$")


# (lead52) an outline mark inside a name (``任务与分工(二)督导组``): a run-in heading before the mark, the name after it
_INLINE_ORDINAL = re.compile(r"^.+?(?:[(（][一二三四五六七八九十]{1,3}[)）]|(?<=[^\W\d一二三四五六七八九十])[二三四五六七八九十]、)(?=[\u4e00-\u9fff])")


def after_inline_ordinal(name: str) -> str:
    """The name after the last outline mark ``(一)`` that stands inside it, the name itself if none."""
    while (m := _INLINE_ORDINAL.match(name)) is not None:
        name = name[m.end():]
    return name


def doubled_name(name: str) -> bool:
    """(lead52) A name written twice with nothing between (``德育处德育处``): a duty list's title with the same name
    opening its body, run together once the blank between them is dropped; the unit is the name once."""
    k = len(name) // 2
    return k >= 2 and len(name) == 2 * k and name[:k] == name[k:]


def tidy_unit_lists(lead: list[str], responsible: list[str]) -> tuple[list[str], list[str]]:
    """(lead, responsible) after the invariants of the module docstring; the units' order is kept."""
    out: dict[str, list[str]] = {"lead": [], "responsible": []}
    for role, units in (("lead", lead), ("responsible", responsible)):
        last: tuple[str, str] | None = None
        for unit in units:
            if (alone := _ROLE_ALONE.fullmatch(_trim(unit))) is not None:
                r = verb_role(alone.group("verb"), role)
                bracketed = unit.strip()[:1] in "(（" and unit.strip()[-1:] in ")）"
                # (a bare word alone, ``牵头 甲局``, may head what follows: it is dropped and decides nothing)
                if bracketed and last is not None and last[1] != r and last[0] in out[last[1]]:
                    out[last[1]].remove(last[0])  # the mark gives the unit before it its role
                    if last[0] not in out[r]:
                        out[r].append(last[0])
                    last = (last[0], r)
                continue
            for name, r in _role_of(without_role_apposition(unit), role):  # (unitB27) ``某局作为牵头部门``: the unit
                name = _unn.without_alias_note(name)  # (unitA27) ``某指挥部(以下简称某防指)``: a drafting note (U3)
                if ":" in name or "：" in name:
                    name = _OTHER_FIELD.sub("", name)  # (lead47) ``甲小学竞赛地点:乙区``: the next field's label ends the unit
                name = without_make_up(name) if "的" in name else name  # (lead43) ``…任组长的某领导组``: the body
                if name and ("及" in name or "和" in name or "与" in name):
                    name = _POST_JOINT.sub("", name)  # (lead48) ``校长及家长会``: the post is a person, the body the unit
                if name is None:
                    continue
                if "(" in name or "（" in name:
                    name = after_inline_ordinal(name)
                if doubled_name(name):
                    name = name[:len(name) // 2]  # (lead52) ``教务处 教务处负责…``: a duty title, then its name opening the body
                if not name or name == "/" or _PEOPLE_TAIL.search(name) or _LABEL_ONLY.fullmatch(name) or _SETS_UP_COUNT.search(name) \
                        or _NO_NAME_OPEN.match(name) \
                        or (len(name) == 3 and is_person_name(name) and not level_short_name(name)
                            and not name.endswith(("课", "課"))):  # (unitA35) ``农业课``: a charter's section, no person
                    continue  # people are never units (U4a: a post, a name of three characters such as ``王小明``; a
                    # two- or four-character item may be an office's short name, ``民政``, ``卫生健康``), nor is a
                    # label alone (``责任单位``, a header's word)
                last = (name, r)
                if name not in out[r]:
                    out[r].append(name)
    return out["lead"], out["responsible"]


_ENDS = _STRAY + _OPEN + _CLOSE  # (joined once, not per unit)
# every ``_ROLE_TAIL`` match ends with one of its verbs, every ``_DUTY_TAIL`` match with the last word of ``DUTY_MANNER``
_ROLE_VERB_ENDS = tuple(LEAD_VERBS + HELP_VERBS + CHARGE_VERBS)
_DUTY_ENDS = ("分工", "职责", "职能")


def needs_tidy(units: list[str]) -> bool:
    """Whether any unit of ``units`` may change under ``tidy_unit_lists`` (a cheap test before the parse).
    The substring tests go first, the scans after; a scan that needs a closing word runs only where the unit
    ends with one (a ``_ROLE_MARK`` match ends with a bracket of ``_CLOSE``: the ends' test holds for it)."""
    for u in units:
        if not u or u[0] in _ENDS or u[-1] in _ENDS or ":" in u or "：" in u or "】" in u or "〕" in u or _MEET in u \
                or "由" in u or "等" in u or "及" in u or "和" in u or "与" in u or "作为" in u or "个" in u \
                or u.startswith(("为", "本", "所称")) \
                or ("的" in u and _MAKE_UP_IN_NAME.match(u) is not None):
            return True
        if doubled_name(u) or (("(" in u or "（" in u) and _INLINE_ORDINAL.match(u)) or _ITEM_NO.match(u) or _SEPARATED.search(u) or _PEOPLE_TAIL.search(u) or (len(u) == 3 and is_person_name(u)) \
                or _LABEL_ONLY.fullmatch(u) or _ROLE_ALONE.fullmatch(u) \
                or (u.endswith(_ROLE_VERB_ENDS) and _ROLE_TAIL.match(u)) or (u.endswith(_DUTY_ENDS) and _DUTY_TAIL.match(u)):
            return True
    return len(set(units)) != len(units)
