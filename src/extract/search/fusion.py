"""Reciprocal-rank fusion of the ranked lists of one query, and the query as one phrase.

Each list is a ranking of item positions (dense, BM25, the BM25 hits that hold the query as one
phrase); an item's fused score is the sum over lists of ``weight / (RRF_K + rank)``. The BM25 list
weighs less when even its best hit holds little of the query (``weights_for``), and each of its hits by
how much of the query it holds itself (``COVER_POWER``). With ``by_measure``
the votes of a measure's items are pooled and the item of the measure with the largest single share
stands for it.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

RRF_K = 60
# each list's weight in the reciprocal-rank fusion (dense, BM25, the BM25 phrase list)
RRF_WEIGHTS = (2.0, 1.0, 1.0)
RRF_DEPTH = 100
PHRASE_MIN = 4  # characters of a query phrase that earns the phrase list

_QUESTION = re.compile(r"(是多少|有多少|要达到多少|达到多少|多少|是什么|有哪些|哪些|哪个部门|哪个单位|谁来|谁|怎么样|怎么|如何|"
                       r"吗|呢|[?？!！,，。、\s])")


# the share of the query's weight (by idf) that the best BM25 hit must hold for the BM25 list to get its
# full weight; below it the weight falls in proportion (a paraphrase whose words the texts do not use
# gets a BM25 list of chance matches on its least telling words, and the dense list decides)
COVER_FULL = 0.5


# a BM25 hit's share is scaled by the share of the query's weight it holds, to this power: a hit that
# holds one telling word of three (``幼儿园`` of ``适龄孩子上幼儿园的比例``) is a weak vote however high it
# ranks, where RRF would count only its rank; the dense hits it outranked keep their place
COVER_POWER = 2.0
# the share is taken relative to the best BM25 hit's (``cover / cover.max()``): the list's weight already falls with the best
# hit's share (``weights_for``), and scaling each hit by its absolute share as well counted a weak list's weakness twice (a
# paraphrase whose best hit holds a fifth of the question gave its hits a 25th of their vote at a fifth of the weight),
# so the BM25 list could no longer lift an answer the dense list ranked low whatever its own rank
COVER_RELATIVE = False
COVER_WEAK_ONLY = False  # the relative share only where the best hit holds less than ``COVER_FULL``


def cover_scales(cover: np.ndarray) -> list[float]:
    """The scale of each BM25 hit's share in the fusion, from the share of the question's weight each holds (``cover``, the
    list's order): ``cover ** COVER_POWER``, over the best hit's ``** COVER_RELATIVE`` of that."""
    cover = np.asarray(cover, dtype=np.float64)
    best = float(cover.max()) if len(cover) else 0.0
    relative = COVER_RELATIVE and best > 0 and (not COVER_WEAK_ONLY or best < COVER_FULL)
    rel = cover / best ** COVER_RELATIVE if relative else cover
    return (rel ** COVER_POWER).tolist()


# the weight of the third list, times the phrase list's, when it is the list of the BM25 hits that hold a unit the
# question names (``人社局要做哪些工作``, ``教体局负责的民生实事任务``): the measures of that unit are the answer, and the
# dense list, blind to unit names, put other measures of the same topic among them
UNIT_LIST_WEIGHT = 2.0


def weights_for(coverage: float, by_unit: bool = False) -> tuple[float, ...]:
    """The lists' weights for a query whose best BM25 hit holds ``coverage`` of its weight; ``by_unit``: the third
    list is the hits that hold a unit the query names (``UNIT_LIST_WEIGHT``)."""
    third = RRF_WEIGHTS[2] * (UNIT_LIST_WEIGHT if by_unit else 1.0)
    return (RRF_WEIGHTS[0], RRF_WEIGHTS[1] * min(1.0, coverage / COVER_FULL), third)


# a government unit named in a query (``市人社局牵头的民生实事``, ``教体局负责的…``): the shortest run of
# characters up to ``局`` or ``委`` (not ``委托``, ``局面``, ``布局``); its level (``市``, ``县``) is dropped, so
# ``市住建局`` meets ``区住建局`` and ``住建局`` alone
_UNIT_IN_QUERY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:(?<![布格结大全开终残时政当])局|委)(?![托员屈面势限长部])")
_PIECES = re.compile(r"[和与及、,，;；或的跟同]")
_LEVEL = re.compile(r"^(?:省|市|区|县|州|旗|镇|乡|街道)")


# units whose names end in neither ``局`` nor ``委``: the people's organisations (``县残联``, ``市妇联``,
# ``县红十字会``, ``区科协``) and the offices of a party committee or a government (``宣传部``, ``文明办``,
# ``人防办``, ``教研室``); a query names them by their short name, its level before it or not
# ``政府办`` with no level before it and ``的``/``了`` after it is the verb (``有没有政府办的托管班``: run by the
# government), not the office (``县政府办的职责``, ``政府办负责哪些工作``)
_ORG_IN_QUERY = re.compile(r"红十字会|总工会|(?<![施加分员])工会|残联|妇联|文联|侨联|工商联|科协|社科联|"
                           r"宣传部|组织部|统战部|人防办|编办|网信办|文明办|政府办|督导室|教研室")
_GOVERNMENT_RUN = re.compile(r"(?<![省市区县州旗镇乡民])政府办(?=[的了过])")


def query_units(query: str) -> list[str]:
    """The government units a query names, without their level: ``县教科局今年要完成的民生实事`` ->
    ``["教科局"]``, ``县残联负责的民生实事`` -> ``["残联"]``; a name of two characters ending in ``局`` or
    ``委`` only when it is a known short name (``教委``, not ``全局``)."""
    from extract.normalise import canonical
    from extract.search.bm25 import UNIT_WORDS

    out = []
    for piece in _PIECES.split(_GOVERNMENT_RUN.sub("政府□", canonical(query))):
        for m in _UNIT_IN_QUERY.finditer(piece):
            core = _LEVEL.sub("", m.group(0))
            if (len(core) >= 3 or core in UNIT_WORDS) and core not in out:
                out.append(core)
        for m in _ORG_IN_QUERY.finditer(piece):
            if m.group(0) not in out:
                out.append(m.group(0))
    return out


# a question that asks for a quantity (``县示例局去年撤并了多少所学校``, ``区示例局要建几个示范点``): the unit it names is who
# reports or does it, and the answering sentence seldom repeats the unit (a report states its own figures without
# naming its author), so the hits that hold the unit are no better answers than the rest
_QUANTITY = re.compile(r"多少|几(?!乎)")


def asks_quantity(query: str) -> bool:
    from extract.normalise import canonical

    return bool(_QUANTITY.search(canonical(query)))


# a unit the index's own records name (their lead and responsible units), found in a question whatever its name ends in:
# a university's offices (``保卫处``, ``后勤资产处``), a hospital, a county's league branch; a name of 3 characters or more
# (its level taken off) ending in a unit's word, not a list's placeholder (``各学校``, ``相关部门``, ``日常管理部门``)
# a section named ``…组`` or ``…课`` (a museum's ``藏品维护组``, a district office's ``户政课``, an association's ``联络组``) is such a
# unit too: a question that names it (``示例馆藏品维护组负责什么``) asks for its duties, which its records hold as their unit
# (``X组掌理事项如下:`` and the items below it, ``二、X组:…``); with no unit list the page's introduction, which names the museum,
# and another museum's sections came first
_INDEXED_UNIT = re.compile(r"^(?!各|相关|有关|其他|共同)[\u4e00-\u9fff]{2,12}(?:处|局|委|厅|办|科|室|院|会|队|站|中心|公司|组|课)$")


def indexed_units(names) -> list[str]:
    """The names of ``names`` (units the records hold) a question may name to ask for their measures, level taken
    off (``市教育局`` -> ``教育局``): ``["保卫处", "市教育局", "各县区"]`` -> ``["保卫处", "教育局"]``."""
    from extract.normalise import canonical

    out: list[str] = []
    for n in names:
        core = _LEVEL.sub("", canonical(n or ""))
        if len(core) >= 3 and _INDEXED_UNIT.match(core) and core not in out:
            out.append(core)
    return out


def unit_list_units(query: str, known: Sequence[str] = ()) -> list[str]:
    """The units whose measures a question asks for (``人社局要做哪些工作``, ``县残联负责的民生实事``): those it names
    (``query_units``), and those of ``known`` (``indexed_units``) it holds, unless it asks for a quantity, where the
    unit says who reports or does it."""
    if asks_quantity(query):
        return []
    from extract.normalise import canonical

    out = query_units(query)
    q = canonical(query)
    for u in sorted(known, key=len, reverse=True):
        if u in q and not any(u in o or o in u for o in out):
            out.append(u)
    return out


# a section a question names after its department (``某县委宣传部网络宣传科负责什么``, ``某厅基础教育处承担哪些任务``): the section is
# whose measures are asked for, and its own lines name it alone (``•网络宣传科 组建…团队``), while the department's name is on
# every other line of the page (``负责起草某县委宣传部领导讲话``): the unit list of the department (and of ``某县委`` before it) held
# the page's other lines and not the section's. The section stands for the chain of units before it; not a question word
# (``工信部哪个司``) nor the office every unit has (``办公室``)
_SECTION = re.compile(r"(?![哪什各有相的和与及])(?:(?![部局委厅办])[\u4e00-\u9fff]){2,8}?(?:科|处|司|室|股)")
_GENERIC_SECTIONS = {"办公室", "办公厅"}
_SECTION_END = re.compile(r"[科处司室股]")
_SECTION_BODY = re.compile(r"(?:(?![部局委厅办])[\u4e00-\u9fff])+")


def section_names(text: str) -> set[str]:
    """Every string of a section's shape (``_SECTION``: two to eight characters, none of 部局委厅办, then 科/处/司/室/股)
    that ``text`` holds: for such a name, ``name in section_names(text)`` is ``name in text`` (``index``'s test of
    ``section_units``, built once, not a scan of the texts per name)."""
    out: set[str] = set()
    for m in _SECTION_END.finditer(text):
        i = m.start()
        body = _SECTION_BODY.search(text, max(0, i - 8), i)
        while body is not None and body.end() < i:
            body = _SECTION_BODY.search(text, body.end(), i)
        if body is None:
            continue
        for start in range(body.start(), i - 1):
            out.add(text[start:i + 1])
    return out


def section_units(query: str, units: Sequence[str], held=lambda name: True) -> list[str]:
    """``units`` with the chain of units a question names right before a section of theirs replaced by that section, when
    ``held(section)`` (the texts hold it): ``某县委宣传部网络宣传科负责什么`` with ``["某县委", "宣传部"]`` -> ``["网络宣传科"]``."""
    from extract.normalise import canonical

    q = canonical(query)
    out = list(units)
    for u in units:
        for m in re.finditer(re.escape(u), q):
            sec = _SECTION.match(q, m.end())
            if sec is None or sec.group(0) in _GENERIC_SECTIONS or sec.group(0) in out or not held(sec.group(0)):
                continue
            start, chain = sec.start(), []
            while True:
                prev = next((v for v in out if v not in chain and q[:start].endswith(v)), None)
                if prev is None:
                    break
                chain.append(prev)
                start -= len(prev)
            out = [v for v in out if v not in chain] + [sec.group(0)]
            return section_units(query, out, held) if out != list(units) else out
    return out


# a unit a question names with its place (``袁州区教体局``, ``南昌县城管执法局``, ``郑州市卫健委``) where the texts name it by
# its level only (``区教体局``, ``县城管执法局``: a county's own list does not repeat the county's name): the name no text
# holds got no unit list, and the question's answers, its unit's measures, ranked among other places' measures of the
# same topic; read as the unit (``教体局``) in the texts that name the place (``unit_place``)
_PLACE_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:省|市|区|县|州|旗)([\u4e00-\u9fff]{2,})$")


def unit_place(unit: str) -> tuple[str, str] | None:
    """``(place, unit)`` of a unit named with its place: ``袁州区教体局`` -> ``("袁州", "教体局")``, ``吉水县教体局`` ->
    ``("吉水", "教体局")``; None for a unit without one (``教体局``, ``市场监管局``) or a unit part too short to name one."""
    from extract.search.bm25 import UNIT_WORDS

    m = _PLACE_UNIT.match(unit)
    if m is None:
        return None
    core = m.group(2)
    if len(core) < 3 and core not in UNIT_WORDS:
        return None
    return m.group(1), core


# a unit a question names right after other words (``读书节活动里区文旅局负责什么``, ``考试期间卫健局做了哪些保障``): ``query_units``
# reads up to eight characters before ``局``/``委`` from the first that fits, so the unit held the question's words before it
# (``书节活动里区文旅局``), which no text holds, and the question got no unit list; its longest end that a text holds is the unit
def held_tail(unit: str, held) -> str | None:
    """The longest proper end of ``unit`` that ``held`` (the texts hold it) and that is a unit's name (three characters or
    more, or a known short name): ``书节活动里区文旅局`` -> ``区文旅局`` when a text holds it; None when no end is held."""
    from extract.search.bm25 import UNIT_WORDS

    for i in range(1, len(unit) - 1):
        tail = unit[i:]
        if (len(tail) >= 3 or tail in UNIT_WORDS) and held(tail):
            return tail
    return None


# a question that asks when (``某小学什么时候投入使用``, ``某中心哪年建成开放``): its answer states a time (``预计2034年春季学期
# 正式投入使用``) and seldom repeats the question's subject (the sentence before names the school), so the dense list, and the
# fusion with it, put the passages that name the subject without a time above it; the BM25 hits that state a time and hold
# about as much of the question as the best one vote again in a third list, each at its own BM25 rank, at a share of the
# BM25 list's weight (``SearchIndex._rank``). Not a question of how long (``要轮候多久``).
_ASKS_WHEN = re.compile(r"什么时候|什么时间|何时|几时|哪一?年|哪个月|几月")
# a year (``2026年``; a Minguo year, ``115年``; a school year, ``2017/2018学年``), a month, a part of a year
_STATES_TIME = re.compile(r"\d{3,4}年|\d{1,2}月|学年|年底|年内|年初|年中|月底|上半年|下半年|[春秋]季|季度|学期")
TIME_LIST = True  # False: a when-question gets no third list of its own
TIME_COVER = 0.5  # the share of the question a time-stating hit holds, relative to the best BM25 hit's, to vote again
TIME_WEIGHT = 0.5  # the time list's weight, times the BM25 list's (a vote between hits of like standing, not a list of its own)


# the time list holds only the hits of the best BM25 hit's text: a when-question asks about one named thing (``某乡图书馆什么时候
# 建成``), and the time-stating hits of other texts that hold about as much of it (another library's ``预计…完工``, another
# district's ``计划…9月完成``) voted again above the asked thing's own time line, which often holds little of the question
# (a caption ``▲新馆预计7月开工、116年完工启用``)
TIME_SAME_TEXT = True


def time_hits(cover: Sequence[float], texts: Sequence[str], docs: Sequence[str]) -> list[int]:
    """The positions of a BM25 list (``cover``: each hit's share of the question, ``texts``, ``docs``: its text and document, in
    the list's order) that vote again for a when-question: those that state a time (``states_time``) and hold at least
    ``TIME_COVER`` of the best hit's share; with ``TIME_SAME_TEXT`` only those of the first hit's document."""
    if not len(cover):
        return []
    best = float(max(cover))
    return [i for i in range(len(cover)) if cover[i] >= TIME_COVER * best and states_time(texts[i])
            and (not TIME_SAME_TEXT or docs[i] == docs[0])]


def asks_when(query: str) -> bool:
    """Whether ``query`` asks when something happens: ``某小学什么时候投入使用``, ``哪年建成``; not ``要等多久``."""
    from extract.normalise import canonical

    return TIME_LIST and bool(_ASKS_WHEN.search(canonical(query)))


def states_time(text: str) -> bool:
    """Whether ``text`` states a year, a month or a part of a year (``2026年秋季``, ``9月``, ``年底前``)."""
    return bool(_STATES_TIME.search(text))


def states_other_time(text: str, query: str) -> bool:
    """Whether ``text`` states a time besides those ``query`` states: for ``2024年的建议征集到什么时候截止``,
    ``至2023年11月10日止`` does, the headline ``面向社会征集2031年惠民项目意见`` does not (its year is the question's own)."""
    from extract.normalise import canonical

    for t in sorted(set(_STATES_TIME.findall(canonical(query))), key=len, reverse=True):
        text = text.replace(t, "")
    return states_time(text)


# a hit that states no figure (a headline, ``某市多地晒出“年度清单”``; a heading that names a district, ``将建多所中小学\n某区``)
# cannot answer a question that asks how many or how much, however many of its words it holds: short, it tops the BM25 list
# and, naming the place and topic, the dense list; for such a question its fused score is scaled (``index.FIGURELESS``)
_FIGURE = re.compile(r"\d|[一二三四五六七八九十两百千万亿]+(?:所|个|张|名|项|家|座|间|条|人|元|户|套|处|批|块|床|吨|亩|公里|万|亿|成)")


# a count written in Chinese numerals (``本会置委员十五人``, ``设两所分校``, ``二十三个项目``): a passage that says how many so holds no
# target record (the rules read figures), and the type filter of a question of how many (``numeric_target``) hid it as a passage
# that shows no quantity (``index.PASSAGE_CUES``). Not ``一`` alone (``一人为召集人``, ``一个目标``: a phrase, not a count), not an
# ordinal (``第三个``), nor a round magnitude alone (``超千张``, ``近万人``: a headline's echo of the figure its text states)
WORD_COUNT = re.compile(r"(?<![第一二三四五六七八九十两百千万])[一二三四五六七八九十两百千万]*[二三四五六七八九十两]"
                        r"[一二三四五六七八九十两百千万]*(?:个|所|名|人|项|家|座|间|户|条|处|台|辆|张|套|栋|床|批|支|位)")


# a sum written after its currency's sign or name (``$2,600.00``, ``HK$500``, ``澳门币10,000``): a table of amounts that so
# states them (``幼儿教育 $2,600.00``) holds no target record (the rules read a figure with its unit after it), and the type filter
# of a question of how much (``numeric_target``) hid such a row as a passage that shows no quantity (``index.PASSAGE_CUES``)
MONEY = re.compile(r"(?:[$¥￥]|HK\$|MOP\$?|(?:澳门|澳門|港|人民|新台)[币幣])\s*\d[\d,]*(?:\.\d+)?")
# a unit named by its kind (``公安部门``, ``省教育厅``) or a charge stated (``由校长负总责``, ``组长是第一责任人``): a passage that so
# says who does what but names no unit the rules read (no record of who in its measure) was hidden by the type filter of a
# question of who (``unit_assignment``), whose cue read unit names ending in ``局 委 办 …`` only (``index.PASSAGE_CUES``)
UNIT_CHARGE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:(?<!各)(?<!有关)(?<!有關)(?<!相关)(?<!相關)(?:部门|部門)|(?<![餐大展客歌舞门門])(?:厅|廳))|负总责|負總責|责任人|責任人")


# a quantity in a measure no count's classifier names: a sum written in Chinese numerals (``三千六百万元``, ``三百元``: a
# news page that states an allocation so holds no target record, the rules read figures), a figure in a unit of weight or
# volume (``5毫克``, ``3万立方米``) or per another unit (``30微克/立方米``, ``3元/人``, ``10mg/L``): the type filter of a
# question of how much (``numeric_target``) hid such a passage as one that shows no quantity (``index.PASSAGE_CUES``). Not
# ``一元`` alone (a phrase, ``一元复始``), nor a date (``2/3``, no unit)
WORD_SUM = re.compile(r"(?<![第])[一二三四五六七八九十两百千万亿]*[二三四五六七八九十两百千万亿][一二三四五六七八九十两百千万亿]*"
                      r"(?:元|块钱)")
MEASURE_UNIT = re.compile(r"\d+(?:\.\d+)?\s*(?:[万亿]?(?:微克|毫克|千克|公斤|克|立方米|毫升|升|千瓦时|千瓦|兆瓦|度电)|"
                          r"(?:[\u4e00-\u9fff]{1,3}|[A-Za-zμ]{1,3})/(?:[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,3}))")


def shows_measure(text: str) -> bool:
    """Whether ``text`` states a quantity no count's classifier names: ``三千六百万元``, ``30微克/立方米``, ``3元/人``;
    not ``一元复始``, ``第二季度``."""
    return bool(WORD_SUM.search(text) or MEASURE_UNIT.search(text))


# a person named by the post that does a thing (``由会长、秘书长在场监督``, ``秘书长负责会议记录``, ``组长召集``): a passage that so
# says who acts but names no unit was hidden by the type filter of a question of who (``unit_assignment``). A post at a
# clause's start or after ``由 应有 以及 、`` (the acting person), not a post inside a unit's or a reform's name
# (``校长职级制``, ``局长信箱``): the post is followed by a verb-like close (``、 , 在 负责 主持 …``)
POST = re.compile(r"(?:^|[由应有及、,，;；:：。\n])[\u4e00-\u9fff]{0,8}?(?:组长|主任|局长|书记|校长|院长|会长|议长|秘书长|部长|"
                  r"主席|法官|负责人|召集人)(?=[、,，]|在场|负责|主持|召集|签|审|监|担任|兼任|任|为|领导|统筹)")


# a figure given as about so many (``12亿余元``, ``5000余个``, ``100多万元``, ``30余所``): the classifier follows ``余``/``多``, not the
# digits, so the passage cue (digits right before a classifier) did not read it, and the type filter of a question of how much
# (``numeric_target``) hid a passage that states a sum so (``已成功取得中央补助款…总金额高达12亿余元``) as one that shows no quantity
# (``index.PASSAGE_CUES``); no rule reads it as a target either. Not ``两个多月`` or ``多媒体`` (no digits before ``多``)
ABOUT_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[十百千万亿]?[余餘多][万亿萬億]?(?:[个個所名人元项項次家座间間户戶条條处處台辆輛场場批张張套栋棟床吨噸亩畝]|"
                          r"平方米|平方公里|公里)")


def states_about_figure(text: str) -> bool:
    """Whether ``text`` states a figure as about so many: ``总金额高达12亿余元``, ``新增学位5000余个``, ``投入100多万元``; not
    ``历时两个多月``, ``多媒体教室20间`` (its figure is read by the digits' own cue)."""
    return bool(ABOUT_FIGURE.search(text))


# a count of schools or classes by the school's own classifier (``目前累计核定137校办理,118校已完工启用``, ``增设30班``): a news page
# from Taiwan or Hong Kong counts so (``校`` for ``所``), which no rule reads as a target, and the type filter of a question of how
# many (``numeric_target``) hid such a passage as one that shows no quantity (``index.PASSAGE_CUES``). Not a year before a word
# that starts with ``校`` or ``班`` (``2024校园足球``, ``2023班级``), nor a figure inside a longer one (``2,118校`` is read whole)
SCHOOL_COUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*\s*[校班](?![园區区长長舍内內外际際友车車服级級本医醫训訓方庆慶史歌规規风風务務企地门門警主委会會])")


def counts_schools(text: str) -> bool:
    """Whether ``text`` counts schools or classes by their own classifier: ``118校已完工启用``, ``增设30班``; not
    ``2024校园足球联赛``, ``12班级``."""
    return bool(SCHOOL_COUNT.search(text))


# a field that names the unit in charge (``(负责部室:少儿部)``, ``实施单位:示例局``, ``承办科室：…``): an event plan's list of
# activities so says who runs each, a unit no rule reads as a record (a ``…部`` or a library's desk), and the type filter of a
# question of who (``unit_assignment``) hid such a passage as one that names no unit (``index.PASSAGE_CUES``)
UNIT_FIELD = re.compile(r"(?:负责|負責|责任|責任|承办|承辦|主办|主辦|协办|協辦|执行|執行|实施|實施|主管)"
                        r"(?:单位|單位|部门|部門|部室|科室|处室|處室|股室|机构|機構)\s*[:：]\s*[\u4e00-\u9fff]")


def names_unit_field(text: str) -> bool:
    """Whether ``text`` holds a field naming the unit in charge: ``经典诵读比赛(负责部室:少儿部)``, ``实施单位：示例局``; not
    ``由实施单位负责``."""
    return bool(UNIT_FIELD.search(text))


def names_post(text: str) -> bool:
    """Whether ``text`` names a person by the post that acts: ``应有会长、秘书长在场监督``, ``由组长负责``; not
    ``推进校长职级制改革``."""
    return bool(POST.search(text))


def shows_money(text: str) -> bool:
    """Whether ``text`` states a sum after its currency's sign or name: ``中学教育 $2,600.00``; not ``2600``."""
    return bool(MONEY.search(text))


def shows_charge(text: str) -> bool:
    """Whether ``text`` names a unit by its kind or states a charge: ``公安部门核发``, ``由校长负总责``; not ``办法出台``."""
    return bool(UNIT_CHARGE.search(text))


def states_figure(text: str) -> bool:
    """Whether ``text`` states a figure: ``新增床位1000张``, ``超千张``, ``两所``; not ``将建多所学校``."""
    return bool(_FIGURE.search(text))


def query_phrase(query: str) -> str:
    """The query as one phrase of the indexed text (canonical, Simplified), or "" when it is a question
    (question words cut it into pieces): ``課後服務全覆蓋`` -> ``课后服务全覆盖``."""
    from extract.normalise import canonical

    q = canonical(query)
    return "" if _QUESTION.search(q) else q


# Strong lexical evidence (thirty-third round, srch39; ``KEEP_TOP`` on, ``RRF_K_LISTS`` off). The dense list weighs twice the BM25 list, so an item BM25
# alone ranks first (1/61) falls below every item the dense list alone ranks in its first 60 (2/(60+r)): a short term
# the passages hold verbatim (``大班额``) whose answers the dense list does not rank lost them to the dense list's topic
# neighbours.
# ``RRF_K_LISTS``: the RRF constant of each list (dense, BM25, third) where it differs from ``RRF_K`` (None: ``RRF_K`` for
# every list); a smaller constant for the BM25 list makes its first ranks count more against its tail.
RRF_K_LISTS: tuple[int, int, int] | None = None
# ``KEEP_TOP``: the first so many hits of the BM25 list keep a place above the ``KEEP_AT``-th of the fused list's other
# measures when they are strong: they hold at least ``KEEP_COVER`` of the question's weight and their BM25 score is at least
# ``KEEP_MARGIN`` times the list's score at rank ``KEEP_REF`` (the list's own scale: a hit well above the run of chance
# matches); 0 leaves it off. Measured on the 23 development sets (eval/search/README.md, srch39): 3 / 3 / 0.6 / 1.5 / 10
# found three more answers (dev-wild, dev-wild4, dev-wild22) and moved no set's recall@5 or MRR down; ``RRF_K_LISTS`` lost.
KEEP_TOP = 3
KEEP_AT = 3
KEEP_COVER = 0.6
KEEP_MARGIN = 1.5
KEEP_REF = 10


def strong_lexical(scores: Sequence[float], cover: Sequence[float]) -> list[int]:
    """The positions of a BM25 list (``scores``, ``cover``: each hit's BM25 score and share of the question, in the list's
    order) that keep a place (``KEEP_TOP``): among the first ``KEEP_TOP``, those that hold ``KEEP_COVER`` of the question and
    score ``KEEP_MARGIN`` times the list's score at rank ``KEEP_REF`` (its last score when shorter)."""
    if not KEEP_TOP or not len(scores):
        return []
    ref = float(scores[min(KEEP_REF, len(scores)) - 1])
    return [i for i in range(min(KEEP_TOP, len(scores)))
            if cover[i] >= KEEP_COVER and float(scores[i]) >= KEEP_MARGIN * ref and float(scores[i]) > 0]


# ``KEEP_WEAK``: in a weak BM25 list (its best hit holds less than ``COVER_FULL`` of the question), the hits among its first
# ``KEEP_TOP`` that score ``KEEP_MARGIN`` times its score at rank ``KEEP_REF`` have their share scaled by their share of the
# question relative to the best hit's (``(cover / best) ** COVER_POWER``, srchB33's ``COVER_RELATIVE`` for these hits only)
# instead of by their absolute share squared; the list's weight still falls with its best hit's share. Off.
KEEP_WEAK = False


def weak_list_scales(scales: Sequence[float], scores: Sequence[float], cover: Sequence[float]) -> list[float]:
    """``scales`` (the BM25 hits' scales, ``cover_scales``) with those of a weak list's hits well above its run (``KEEP_WEAK``)
    taken relative to the best hit's share."""
    out = list(scales)
    if not KEEP_WEAK or not KEEP_TOP or not len(scores):
        return out
    best = float(max(cover))
    if not 0 < best < COVER_FULL:
        return out
    ref = float(scores[min(KEEP_REF, len(scores)) - 1])
    for i in range(min(KEEP_TOP, len(scores))):
        if float(scores[i]) >= KEEP_MARGIN * ref and float(scores[i]) > 0:
            out[i] = max(out[i], (float(cover[i]) / best) ** COVER_POWER)
    return out


def fuse(lists: Sequence[Sequence[int]], measure: np.ndarray, by_measure: bool,
         dense: np.ndarray | None, weights: Sequence[float] = RRF_WEIGHTS,
         scales: Sequence[Sequence[float] | None] = (), keep: Sequence[int] = ()) -> list[tuple[int, float]]:
    """Candidates best first, fused by reciprocal rank over ``lists`` (weighted by ``RRF_WEIGHTS``;
    each cut at ``RRF_DEPTH``; ``scales[i]``, when given, multiplies the share of each hit of list ``i``,
    rank by rank; the constant of list ``i`` is ``RRF_K_LISTS[i]`` when set); equal scores: the closer by ``dense``
    first. The items of ``keep`` (``strong_lexical``) that fall below rank ``KEEP_AT`` are raised just above the
    ``KEEP_AT``-th of the others, in their order in ``keep``."""
    fused: dict[tuple, float] = {}
    best: dict[tuple, tuple[float, int]] = {}  # the item that stands for the measure
    for i, (weight, lst) in enumerate(zip(weights, lists)):
        scale = scales[i] if i < len(scales) else None
        k = RRF_K if RRF_K_LISTS is None else RRF_K_LISTS[i]
        for rank, p in enumerate(lst[:RRF_DEPTH], start=1):
            key = (int(measure[p]),) if by_measure else (p,)
            share = weight / (k + rank) * (1.0 if scale is None else scale[rank - 1])
            fused[key] = fused.get(key, 0.0) + share
            if key not in best or share > best[key][0]:
                best[key] = (share, p)
    if keep and KEEP_AT > 0:
        kept = []
        for p in keep:
            key = (int(measure[p]),) if by_measure else (p,)
            if key in fused and key not in kept:
                kept.append(key)
        others = sorted((v for k, v in fused.items() if k not in kept), reverse=True)
        if len(others) >= KEEP_AT:
            floor = others[KEEP_AT - 1]
            for j, key in enumerate(kept):
                if fused[key] <= floor:
                    fused[key] = floor * (1.0 + 1e-6 * (len(kept) - j))
    ranked = [(best[k][1], v) for k, v in fused.items()]
    if dense is None or not ranked:
        return sorted(ranked, key=lambda kv: -kv[1])
    ties = np.nan_to_num(dense[[p for p, _ in ranked]]).tolist()  # equal fused scores: the closer first
    order = sorted(range(len(ranked)), key=lambda i: (-ranked[i][1], -ties[i]))
    return [ranked[i] for i in order]


# a question that asks what a unit leads or answers for (``保卫处负责哪些事项``, ``后勤资产处管哪些方面``), not what it helps with
_ASKS_LEAD = re.compile(r"负责|牵头|主管|管(?!理)")
_ASKS_SUPPORT = re.compile(r"配合|协助|协同|参与|支持")
# a unit's role in its clause of a duty list: the first role word after it (``由保卫处负责、相关单位配合``: leads;
# ``由后勤资产处负责,保卫处、学生工作处配合``: helps), or a helpers' label before it (``配合单位:保卫处``)
_ROLE_AFTER = re.compile(r"(负责|牵头|主责|承办|主办)|(配合|协助|协同|参与)")
_CLAUSE_END = re.compile(r"[,，;；。:：\n()（）]")
_SUPPORT_LABEL = re.compile(r"(?:配合|协助|协办|参与|协同)(?:单位|部门)[:：][^;；。()（）]*$")


def asks_lead(query: str) -> bool:
    """Whether ``query`` asks what a unit leads (``…负责哪些``, ``…牵头的任务``), not what it helps with."""
    from extract.normalise import canonical

    q = canonical(query)
    return bool(_ASKS_LEAD.search(q)) and not _ASKS_SUPPORT.search(q)


def only_supports(text: str, unit: str) -> bool:
    """Whether every mention of ``unit`` in ``text`` names it as a helper (``…由示例处负责,保卫处配合``, ``配合单位:保卫处``);
    False when one mention leads or says no role."""
    found = False
    for m in re.finditer(re.escape(unit), text):
        found = True
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.end():end.start() if end else len(text)]
        role = _ROLE_AFTER.search(clause)
        if role is not None and role.group(2):
            continue
        if role is None and _SUPPORT_LABEL.search(text[max(0, m.start() - 40):m.start()]):
            continue
        return False
    return found

