"""Target cues of the fifteenth round (fnA15): missed ``各N`` distributions and related count forms, each a small
named function tested in ``tests/test_cues_round15_fnA15.py`` on made-up text; ``extract.rules.targets`` calls them
at its decision points."""

from __future__ import annotations

import re

from extract.rules.target_money_amounts import sets_funds

# -- ``甲和乙各N``, ``甲、乙等三支队伍每月各N``, ``甲、乙及丙,每园各N``: a number given to each of a list (N16) ------------

_EACH_TAIL = re.compile(r"^[^\d，,；;。：:、]{0,30}$")  # the words between ``各`` and the number
# what may stand between the list and ``各``: a total of the list (``等三支队伍``), a period (``每月``), a modal
# (``将``), ``除`` of ``除各演出…外``
_BRIDGE = re.compile(
    r"(?:等[\d一二两兩三四五六七八九十]{1,2}[支个個所家项項名类類座间間]"
    r"[\u4e00-\u9fff]{0,6}?)?"
    r"(?:每(?:月|年|周|週|季度?|学期|學期))?"
    r"(?:将|將|拟|擬|要|也|均|都|除|并|並)?$"
)
_ITEM = re.compile(r"^[^\d，,；;。：:、各和及与與]{2,24}$")
_JOINER = re.compile(r"[和及与與]")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.、．]?(?=[\u4e00-\u9fff])")  # ``2甲团及…``: a list number run into the item
_PER_ITEM = re.compile(r"^每[\u4e00-\u9fff](?:各)")  # ``每园各``, ``每校各``: each of the things listed before
_LEAD = re.compile(r"^(?:[^，,；;。：:、]{0,12}?(?:向|为|為|对|對|给|給|也新增|新增|并新增|並新增|还有|還有))")


def _split_items(head: str) -> list[tuple[int, str]] | None:
    """The items (offset in ``head``, text) of ``甲、乙及丙`` / ``甲和乙``: ``、`` between items and at most one ``和``/``及``/
    ``与`` before the last; None unless two or more items of 2-24 characters without a digit."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for part in head.split("、"):
        parts.append((pos, part))
        pos += len(part) + 1
    last_at, last = parts[-1]
    joins = list(_JOINER.finditer(last))
    if len(joins) > 1:
        return None
    if joins:
        j = joins[0].start()
        parts[-1:] = [(last_at, last[:j]), (last_at + j + 1, last[j + 1:])]
    if len(parts) < 2:
        return None
    items = []
    for at, part in parts:
        stripped = part.strip()
        if not _ITEM.match(stripped):
            return None
        items.append((at + len(part) - len(part.lstrip()), stripped))
    return items


def each_of_joined_list(sentence: str, cstart: int, at: int) -> list[tuple[int, str]] | None:
    """(quote start relative to ``cstart``, item) of each item that a ``各N`` clause gives the number at ``at`` to, for the
    list forms the ``、``-only reader leaves: the last item joined by ``和``/``及``/``与`` (``向甲基金和乙基金各拨款3亿元``), words
    between the list and ``各`` (``甲队、乙队、丙队等三支队伍每月各1场``, ``甲券和乙券将各增加1000张``), a list number before
    the first item (``2甲团及乙团除各演出40场``), and the list in the clause before (``扩充甲园、乙园及丙园,每园各增开2班``);
    None for any other clause (``各``-less, one item, a digit or a clause mark inside an item)."""
    clause = sentence[cstart:at]
    k = clause.rfind("各")
    if k < 0 or not _EACH_TAIL.match(clause[k + 1:]):
        return None
    head = clause[:k]
    base = 0
    if _PER_ITEM.match(clause) and k == 2:  # ``甲园、乙园及丙园,每园各增开2班``: the list is the clause before
        if cstart < 2 or sentence[cstart - 1] not in ",，":
            return None
        pstart = max(sentence.rfind(c, 0, cstart - 1) for c in ",，；;。") + 1
        head = sentence[pstart:cstart - 1]
        base = pstart - cstart
    else:
        bridge = _BRIDGE.search(head)
        head = head[:bridge.start()] if bridge else head
    lead = _LIST_NUMBER.match(head) or _LEAD.match(head)
    skip = lead.end() if lead else 0
    items = _split_items(head[skip:])
    if items is None:
        return None
    return [(base + skip + i_at, item) for i_at, item in items]


# -- ``每园增开2班3岁班``: a count of classes run into the age the classes are for ---------------------------------------

_AGE_CLASS = re.compile(r"^\s*\d{1,2}\s*[歲岁](?:以下|以上)?(?:專班|专班|幼兒班|幼儿班|班)")


def age_class_follows(unit: str, after: str) -> bool:
    """The count of classes runs into the age group the classes are for (``增开2班3岁班``, ``开设3个2岁班``): the
    classes are counted, the age names them (N15), so the digit after the count makes no name. Not a count run into a
    count (``1园1班``) nor an age after another measure (``新增1所3岁…``)."""
    return unit in ("班", "个", "個") and _AGE_CLASS.match(after) is not None


# -- ``…达95%以上,…人数比2030年增12%以上``: a past year or period named as the base a floor is measured from ------------

_BASE_BEFORE = re.compile(r"(?:比|较|較)\s*$")
_CLAUSE_END = re.compile(r"[，,；;。]")
_FLOOR_IN_CLAUSE = re.compile(
    r"\d\s*(?:%|％|个百分点|個百分點|倍)?\s*(?:以上|及以上)"
    r"|(?:超逾|至少|不少于|不少於|不低于|不低於)\s*(?:\d|[一二两兩三四五六七八九十]+\s*倍)"
)


def names_base_of_floor(sentence: str, start: int, end: int, pos: int | None = None) -> bool:
    """The past marker at ``start:end`` is the base of a comparison whose own clause sets a floor still to reach:
    ``人数比2030年增12%以上``, ``总量比过去三年整治的河道超逾两倍``. A floor (``以上``, ``至少``, ``超逾``) is what a plan
    commits to, so the past year or period dates the base, not the figures. Not a base of a change stated as a result
    (``比2030年增长7.6%``, ``比过去三年多了20所``), nor a past marker that is no base (``过去三年建成…10所以上``).
    ``pos``: a number after the marker, which is the floor itself (``增12%以上``), not the base amount the floor is
    measured against (``整治的80公里河道超逾两倍``: 80 stays past)."""
    marker = sentence[start:end]
    if not marker.startswith(("比", "较", "較")) and _BASE_BEFORE.search(sentence, max(0, start - 2), start) is None:
        return False
    stop = _CLAUSE_END.search(sentence, end)
    floor = _FLOOR_IN_CLAUSE.search(sentence, end, stop.start() if stop else len(sentence))
    if floor is None:
        return False
    return pos is None or (pos <= floor.start() and _DIGITS.fullmatch(sentence, pos, floor.start() + 1) is not None)


_DIGITS = re.compile(r"[\d.]+")


_YEAR_BASE = re.compile(r"(?:比|较|較)\s*(?:19|20)\d\d\s*年")


def masks_floor_bases(sentence: str, before: str) -> str:
    """``before`` (the sentence up to a number) with each ``比2030年`` that ``names_base_of_floor`` reads as the base of
    the floor that number sets blanked out (same length): ``人数比2030年增12%以上`` -> the year dates no result. Other
    years stay (``比2030年增长7.6%``)."""
    if "年" not in before:
        return before
    pos = len(before)
    out = before
    for m in _YEAR_BASE.finditer(before):
        if names_base_of_floor(sentence, m.start(), m.end(), pos):
            out = out[:m.start()] + "□" * (m.end() - m.start()) + out[m.end():]
    return out


# -- ``…均已完成勘察,为赶工期,年内先行筹措800万元经费``: money set aside in a clause of its own after a past clause ---------


def funds_after_past_clause(before: str, clause_head: str, unit: str, after: str) -> bool:
    """The number is money a budget or a government sets aside (``sets_funds``: ``追加3亿元预算``, ``筹措800万元经费``)
    in a clause of its own with no past marker, while the sentence's past marker stands in an earlier clause (``均已完成
    勘察,为赶工期,年内先行筹措800万元经费``, ``以往建成的球馆不多,…区府追加3亿元预算``): the earlier clause reports
    what was done, the amount is what is set for the works ahead (N17, N17b). Not money whose own clause is past
    (``去年已拨付300万元``, ``已追加1亿元``)."""
    from extract.rules.text import has_past_marker  # (here: ``text`` imports this module)

    return not has_past_marker(clause_head) and sets_funds(before, unit, after)


# -- ``去年获批补助N元,区府再补助900万元``, ``已提前达标,明年托班再增设至少6班``: the next step after what was done ------

_AGAIN_VERB = re.compile(r"再(?:加码|加碼)?(?:投入|增加|增设|增設|新增|补助|補助|编列|編列|新建|增建|扩增|擴增|拨款|撥款|拨|撥|"
                         r"开办|開辦|开设|開設|招收|购置|購置|设置|設置)[^，,；;。\d]{0,6}$")


def again_after_past_clause(clause_head: str) -> bool:
    """The number's own clause has no past marker and opens its verb with ``再`` (``区府再补助``, ``政府再加码投入``,
    ``明年托班再增设至少``), after an earlier clause of the sentence that reports what was done or reached: ``再`` sets
    the next amount against what is done, a commitment (N17, N17d), not a further result. Not a clause that is past
    itself (``去年再新增3所``), nor ``再`` away from the verb before the number (``再次获评…10所``)."""
    if "再" not in clause_head or _AGAIN_VERB.search(clause_head) is None:
        return False
    from extract.rules.text import has_past_marker  # (here: ``text`` imports this module)

    return not has_past_marker(clause_head)


# -- ``明年单是甲学院的预算已达12亿``: ``已达`` states how large a budget of a year ahead is (N17b) ---------------------------

_BUDGET_BEFORE = re.compile(r"预算(?:总额|金额|开支)?\s*$")
_YEAR_AHEAD = re.compile(r"明年|下年度|下一年度|来年|新一年度|新财政年度")


def states_budget_size_ahead(sentence: str, start: int) -> bool:
    """The past marker at ``start`` is ``已达``/``已经达到`` right after ``预算`` in a sentence that names a year still ahead
    before it (``明年单是甲学院的预算已达12亿``, ``下年度教育预算已达90亿元``): the ``已`` says how large the plan already is,
    not that a result was reached (N17b). Not a budget of a year that is over (``去年预算已达…``: no year ahead), nor
    ``已`` after anything but a budget (``明年…投入已达…``)."""
    if not sentence.startswith("已", start) or _BUDGET_BEFORE.search(sentence, max(0, start - 6), start) is None:
        return False
    if not sentence.startswith(("已达", "已经达到", "已达到"), start):
        return False
    return _YEAR_AHEAD.search(sentence, 0, start) is not None


# (lead42) ``已在2031年8月纳入了校舍维修改造整体规划``: what is done is the taking into a plan, so the works stay ahead
_TAKEN_INTO_PLAN = re.compile(r"已(?:经|經)?(?:在[^，,。;；]{0,16}?)?(?:纳入|納入|列入)(?:了)?[^，,。;；]{0,24}?"
                              r"(?:规划|規劃|计划|計劃|项目库|項目庫|盘子|盤子|清单|清單)")


def takes_into_plan(sentence: str, start: int) -> bool:
    """The past marker at ``start`` is the ``已`` of works taken into a plan (``…围墙212米,已在2031年8月纳入了校舍维修改造
    整体规划中``, ``已列入明年项目库``): the plan's act is done, the works it holds are still ahead (N17a), so it dates no
    figure as a result."""
    return sentence.startswith("已", start) and _TAKEN_INTO_PLAN.match(sentence, start) is not None


def marker_dates_nothing(sentence: str, start: int, end: int, pos: int | None = None) -> bool:
    """A past marker that dates no figure of its sentence: the base of a floor (``names_base_of_floor``), the ``已达`` of
    a budget ahead (``states_budget_size_ahead``), (lead42) the ``已`` of works taken into a plan (``takes_into_plan``) or
    (lead44) the base year of a change a deadline before it sets (``names_base_of_deadline_change``)."""
    return names_base_of_floor(sentence, start, end, pos) or states_budget_size_ahead(sentence, start) \
        or takes_into_plan(sentence, start) or names_base_of_deadline_change(sentence, start, end)


# -- ``到2031年,全市用水量比2025年下降12%``: the base year of a change that a deadline before it sets (lead44) -----------

_DEADLINE_YEAR = re.compile(r"(?:到|(?<!截)至)\s*((?:19|20)\d\d)\s*年")
_BASE_YEAR_CHANGE = re.compile(r"(?:比|较|較)\s*((?:19|20)\d\d)\s*年(?:度|底|末)?\s*(?:相比)?\s*[,，]?\s*(?:分别)?\s*"
                               r"(?:下降|降低|减少|減少|提高|提升|增长|增長|增加|上升|缩减|縮減)")


def names_base_of_deadline_change(sentence: str, start: int, end: int) -> bool:
    """(lead44) The past marker at ``start:end`` is the base year of a change (``比2025年下降12%``) that a deadline written
    earlier in the same sentence sets (``到2031年,…比2025年下降12%``, ``至2031年…比2025年分别提高…``): the plan's change from
    the base to the deadline, no result, as a floor's base is not (``names_base_of_floor``). The deadline's year must be
    after the base's. Not a change with no deadline before it (``比2030年增长7.6%``: a review's result), nor one told as
    done (``了``, ``已``: their own markers still decide)."""
    m = _BASE_YEAR_CHANGE.match(sentence, start)
    if m is None or m.start() != start:
        return False
    stop = max(sentence.rfind(c, 0, start) for c in "。;；")
    d = None
    for d in _DEADLINE_YEAR.finditer(sentence, stop + 1, start):
        pass
    return d is not None and int(d.group(1)) > int(m.group(1))


# -- ``目前规划为财力较好的县,由省级负担60%``: the share of a planned cost a payer bears (N17c) ---------------------------

_PAYER_BEFORE = re.compile(r"(?:负担|承担|分担|負擔|承擔|分擔)(?:约|約)?\s*$")
_PLANNED_NOW = re.compile(r"目前(?:规划|計劃|计划|規劃|拟|擬|预计|預計|打算)")


def payer_share(before: str, unit: str, cue: str) -> bool:
    """The number is the share of a planned cost that a payer bears (``由省级负担60%``, ``市级财政承担40%``, N17c), right
    after the verb of bearing, where the rest of the decision found no cue (``bare``) or only the ``目前`` of a plan being
    set out (``目前规划为财力较好的县,由省级负担60%``: the plan as it stands now, not a status). Not a share of a whole
    (``占开支17.5%``), nor a ``目前`` of what is (``目前由省级负担60%``: a status)."""
    if unit != "%" or _PAYER_BEFORE.search(before[-6:]) is None:
        return False
    if cue == "bare":
        return True
    return cue.startswith("status:目前") and _PLANNED_NOW.search(before) is not None


# -- ``今年主要任务有3项:一是…。二是…。三是…``: a numbered item goes on with the list of the sentence before ---------------

_NEXT_ITEM = re.compile(r"^\s*(?:[二三四五六七八九十]是|其[二三四五六七八九十][,，、:：]|第[二三四五六七八九十](?:是|[,，、:：]))")


def continues_numbered_items(sentence: str, before: str = "") -> bool:
    """The sentence opens with the word of a later numbered item (``二是``, ``其三,``, ``第四,``): after a sentence that gave
    targets (the list's first item under ``今年主要任务有3项:``), it goes on with the same list, so its bare numbers share the
    commitment (N5, N12a). The caller asks for the targets of the sentence before; an item after a past one stays past,
    and so does an item whose words before the number say what was done (``三是偿还了欠款90万元``: ``before``)."""
    if _NEXT_ITEM.match(sentence) is None or "了" in before:
        return False
    from extract.rules.text import has_past_marker  # (here: ``text`` imports this module)

    return not has_past_marker(before)


# -- ``预算约3亿澳门币,约合人民币2.6亿元``: the same amount restated in another currency, in the next clause (N5a) --------

_RESTATED = re.compile(r"[^\d，,；;。]{0,4}[，,]\s*(?:约合|約合|折合|相当于|相當於)\s*(?:人民币|人民幣|港币|港幣|港元|美元|新台币|新台幣|澳门币|澳門幣)?"
                       r"\s*(?:约|約)?\s*")
_MONEY_TAIL = ("元", "亿", "万", "币", "幣")


def restates_amount(sentence: str, amount_end: int, num_start: int, amount_unit: str, unit: str) -> bool:
    """The number is money that opens the clause right after an amount of money taken as a target with ``约合``/``折合``
    (``预算约3亿澳门币,约合人民币2.6亿元``): the same amount in another currency, a record of its own with the first
    one's commitment (N5a; the bracketed form is ``splits_amount_in_brackets``). Not a clause with other words before
    the number (``,其中学前教育2亿元``), nor an amount that is not money."""
    if not unit.endswith(_MONEY_TAIL) or not amount_unit.endswith(_MONEY_TAIL) or amount_end > num_start:
        return False
    return _RESTATED.fullmatch(sentence, amount_end, num_start) is not None


# -- ``18校球馆2032年完工``, ``40校9月底陆续装设``: a count of schools run into the date its works are to be done --------------

_WORKS_DATE_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:(?P<y>(?:19|20)\d\d)\s*年(?:底|前|内|內)?|\d{1,2}\s*月(?:底|中旬|下旬|前)?)(?:前)?"
    r"(?P<ahead>将|將|陆续|陸續|全数|全數|全部|可)?(?:完工|竣工|建成|装设|裝設|安装|安裝|启用|啟用|投用|开工|開工|动工|動工)"
)
_WORKS_COUNT_UNITS = ("校", "所", "座", "间", "間", "个", "個", "处", "處", "栋", "棟", "园", "園")


def dated_works_ahead(unit: str, after: str, doc_year: int | None) -> bool:
    """A count of schools or sites runs into the date their works are to be finished or started, as news headlines
    write it (``18校球馆2032年完工``, ``40校9月底陆续装设``): the works still ahead, a target (N17, N9b). The date must be
    ahead: a year not before the page's year, or a month with a word of what is still to come (``陆续``, ``将``); not a
    past date (``12所学校2019年竣工`` on a page of 2031), nor a bare month (``5所学校3月底竣工``: a report may say so)."""
    if unit not in _WORKS_COUNT_UNITS:
        return False
    m = _WORKS_DATE_AFTER.match(after)
    if m is None:
        return False
    if m.group("y"):
        return doc_year is not None and int(m.group("y")) >= doc_year
    return m.group("ahead") is not None


# -- ``对60-70周岁居民开展免费筛查3万人以上``: the reach of a measure whose ``对``-phrase is closed by its verb (N12b) -----------

_FOR_THEN_VERB = re.compile(r"^对于?[^，,；;。]{1,30}?(?:开展|进行|提供|实施|完成|组织)[^，,；;。\d]{0,12}$")
_OWN_FLOOR = re.compile(r"^\s*(?:余|多)?\s*(?:以上|及以上)")


def reach_after_applies(clause_head: str, after: str) -> bool:
    """The ``对…`` phrase of the clause is closed by the verb of the measure before the number (``对60-70周岁居民开展免费
    筛查3万人以上``), and the ``以上`` right after the number is its own floor: the number is how many the measure reaches
    (N12b), not a threshold saying which cases it applies to (``对超过1500人的学校…``, ``对3万人以上的乡镇开展…``: no verb
    before the number)."""
    return _FOR_THEN_VERB.match(clause_head) is not None and _OWN_FLOOR.match(after) is not None


# -- ``发展指数达85``, ``耐震系数提高至1.5``, ``增加班师比0.1``: the level of an index or coefficient, no measure word (N8) ----

_INDEX_BEFORE = re.compile(r"(?:指数|指數|系数|係數|师比|師比|比率|比值)\s*(?:达到|达|達到|達|提高到|提高至|提升到|提升至|增加到|增加至|"
                           r"降低到|降低至|下降到|下降至|保持在|稳定在|控制在|为|為|不低于|不低於|不高于|不高於|不超过|不超過|不大于|不大於|"
                           r"不小于|不小於)?\s*$")
# (lead39) a bound on the index for one level or group named after it (``差异系数小学不高于0.5、初中不高于0.45``,
# ``校际差异系数,小学不高于0.50``): the level's name (a few characters), then a comparator word; earlier bounds of the
# same list before it
_BOUND_WORD = r"(?:不低于|不低於|不高于|不高於|不超过|不超過|不大于|不大於|不小于|不小於|低于|低於|小于|小於)"
_INDEX_PART_BEFORE = re.compile(r"(?:指数|指數|系数|係數)[,，]?\s*(?:[\u4e00-\u9fff]{1,4}" + _BOUND_WORD
                                + r"\s*\d+(?:\.\d+)?\s*[、,，;；]\s*)*[\u4e00-\u9fff]{1,4}" + _BOUND_WORD + r"\s*$")
_INDEX_AFTER = re.compile(r"\s*(?:$|[，,；;。、)）]|以上|以下|以内|以內|左右|及以上|甚至)")


def index_level(before: str, after: str) -> bool:
    """A bare number right after the name of an index, a coefficient or a ratio (``发展指数达85``, ``耐震系数提高至1.5``,
    ``增加班师比0.1``; tgtB36: ``物价总水平指数控制在104以内``; lead39: ``基尼系数不超过0.4``, a level's bound after the
    index, ``差异系数小学不高于0.5、初中不高于0.45``), closing its clause: the level of a measure that has no measure word, unit ``""`` (N8), read like
    any amount. Not a bare number after other words (a list marker, a page number: ``第3``, ``图2``), nor one that runs
    on into other words (``指数85项``, ``系数2021年``)."""
    if _INDEX_AFTER.match(after) is None:
        return False
    return _INDEX_BEFORE.search(before[-12:]) is not None or _INDEX_PART_BEFORE.search(before[-48:]) is not None
