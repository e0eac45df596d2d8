"""Numbers that name something rather than measure it (N3, N15): a graduating cohort by its year, the span of a
schooling scheme in years. ``rules.target_hand_decisions`` calls them among its name rejections.

Each cue is a small function with made-up examples.
"""

from __future__ import annotations

import re

# a calendar year run into the cohort word: ``2031届``, ``2031屆``
_COHORT_UNITS = ("届", "屆")
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")


def names_cohort_year(value: str, unit: str) -> bool:
    """A calendar year before ``届`` (``做好2031届高校毕业生就业工作``, ``不低于2030届``): the cohort that graduates
    that year, a who (N15), not a count of sessions. Not a count of sessions or meetings (``连续举办3届``, ``第12届``
    is an ordinal the name rules read), nor a year before another word (``2031年``)."""
    return unit in _COHORT_UNITS and _CALENDAR_YEAR.fullmatch(value.strip()) is not None


# the kinds of a schooling scheme written after its span: ``免费``, ``强迫``, ``国民``, ``义务`` …
_SCHEME_KIND = r"(?:免费|免費|义务|義務|强迫|強迫|国民|國民|基础|基礎|基本|资助|資助|公费|公費)"
# the scheme word after the span, an aside on its grades first: ``12年國教``, ``9年强迫教育``, ``15年(从学前到高中)免费教育``
_SCHEME_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:" + _SCHEME_KIND + r"{1,2}(?:教育|教)|国教|國教)")
# the scheme and its widening before the new span: ``免费教育由9年延伸至高中``, ``义务教育年限延长到``
_SCHEME_WIDENED = re.compile(_SCHEME_KIND + r"(?:教育|教)[^，,；;。！!？?\d]{0,6}(?:由|从|從)?[^，,；;。！!？?]{0,12}?"
                             r"(?:伸延|延伸|延长|延長|扩展|擴展|扩大|擴大|推展|提升|增加)(?:至|到)[^，,；;。！!？?\d]{0,4}$")
_YEAR_UNITS = ("年",)


def names_schooling_span(before: str, unit: str, after: str) -> bool:
    """The span of a schooling scheme in years (N3: it names the scheme by the grades it covers, as ``九年义务教育``
    does), in the frames the plain ``N年免费教育`` rule misses: a kind word other than free or compulsory (``推展12年
    国教``, ``在9年强迫教育的基础上``), an aside on the grades between span and scheme (``提供15年(从幼儿到高中)免费
    教育``), and the end point of a widened scheme (``将免费教育由9年延伸至高中12年``; its start, ``由9年``, is a name
    as well). Not a span of years that measures (``平均受教育年限达12年``: no scheme word after it; ``支教2年``), nor a
    widening of something else (``补助期限延长至3年``)."""
    if not unit.endswith(_YEAR_UNITS) or "/" in unit:
        return False
    if _SCHEME_AFTER.match(after):
        return True
    return _SCHEME_WIDENED.search(before[-40:]) is not None



# (N8) ``路``: the channels of a monitoring or sensing system (``监控500路``, ``感知设备1200路``); not ``路口``, ``路段``,
# ``路线``, ``路灯`` run on after the digits
CHANNEL_MEASURES = "路(?![口段线灯面])|"
# the device whose channels are counted, right before the count or right after it
_CHANNEL_DEVICE_BEFORE = re.compile(r"(?:监控|監控|摄像头|攝像頭|摄像机|攝像機|像机|像機|探头|探頭|视频|視頻|感知设备|感知設備|设备|設備|"
                                    r"点位|點位|高清)[^，,；;。、\d]{0,3}$")
_CHANNEL_DEVICE_AFTER = re.compile(r"^\s*(?:高清)?(?:视频|視頻|监控|監控|摄像|攝像|探头|探頭|感知)")


def names_route(before: str, unit: str, after: str) -> bool:
    """A number before ``路`` that counts no channels of a device: a bus route's name (``优化8路、12路公交线``, ``乘坐
    3路车``), not a quantity (N3). ``路`` is a measure only beside the device it counts, before it (``新增社会面监控500路``,
    ``新增智能感知设备1200路``, ``人脸像机300路``) or after it (``新建200路高清视频监控``)."""
    if unit != "路":
        return False
    return _CHANNEL_DEVICE_BEFORE.search(before) is None and _CHANNEL_DEVICE_AFTER.match(after) is None


# a verb that takes what exists as its object or its means: ``做好已建成…的运营``, ``依托已有…``, ``利用已建…``
_USES_EXISTING = re.compile(r"(?:做好|抓好|管好|用好|维护好|維護好|运营好|運營好|巩固|鞏固|盘活|盤活|利用|依托|整合|结合|結合)\s*$")
# ``在已建有…的基础上``: the existing things a commitment builds on, within one clause
_ON_BASIS_OPEN = re.compile(r"在\s*$")
_ON_BASIS_CLOSE = re.compile(r"^[^，,；;。！!？?]{0,40}?的?基[础礎]上")
_MARRIED = re.compile(r"已婚")


def marks_existing_things(sentence: str, start: int, pos: int) -> bool:
    """A ``已`` at ``start`` that reports no result of the text for the number at ``pos``: a word of its own (``已婚育龄
    妇女``: married women, a who), or a mark inside a phrase that names existing things a commitment builds on or looks
    after, with the number in a later clause (``在已建有5家甲园的基础上,新建乙园2家``, ``做好已建成13个快检室运营工作,
    新建快检室8个``, ``利用已有场地,新建球场3片``): that clause is read by its own words. Not a ``已`` that reports
    (``今年已新建学校3所``, ``甲园已建成,新增学位300个``: no such frame), nor a number inside the phrase itself (``5家``
    above: the existing things, status), nor a mark after the number."""
    if _MARRIED.match(sentence, start):
        return True
    if start >= pos or _CLAUSE_BREAK.search(sentence, start, pos) is None:
        return False
    if _USES_EXISTING.search(sentence[max(0, start - 6):start]):
        return True
    return _ON_BASIS_OPEN.search(sentence[max(0, start - 3):start]) is not None and _ON_BASIS_CLOSE.match(sentence[start:]) is not None


_CLAUSE_BREAK = re.compile(r"[，,；;:：]")


# a service or supply verb after the counted people or places, in the number's clause: ``为30所幼儿园提供午餐``,
# ``为80万妇女免费做检查``, ``为100名残疾人开展筛查``, ``为204个村农家书屋再添新书``
_SERVICE_AFTER = re.compile(r"^[^，,；;。！!？?]{0,40}?(?:提供|開展|开展|免费|免費|发放|發放|配备|配備|安装|安裝|实施|實施|"
                            r"进行|進行|做|送|更换|更換|补充|補充|增添|再添|添置|购置|購置|办理|辦理|培训|培訓|体检|體檢|"
                            r"筛查|篩查|检查|檢查|适配|適配|建立|建设|建設)")
# ``为`` right before the count, or before the list whose later item it is (``为30所幼儿园、``)
# (also after an approximation, ``为约300名``, or a phrase of whom, ``为县域内符合条件的8000名``)
_FOR_BEFORE = re.compile(r"为(?:[^，,；;。为\d]{0,16}的|约|約|近|逾|超过|超過)?\s*(?:[^，,；;。为]{0,30}、)?\s*$")


def counts_those_served(clause_before: str, after: str) -> bool:
    """``为`` right before a number as the preposition ``for``, not the copula: the number counts the people or places
    a service or supply is for, and a verb of that service follows in the clause (``为18所乡镇幼儿园提供午间配餐服务``,
    ``为80万农村妇女免费做“两癌”检查``, ``为200人次有需求的残疾人适配辅助器具``): the clause commits that service, its
    count is a target where the clause commits (N2, N12b's reach); so is a later item of the ``为`` list (``为30所幼儿园、
    12所小学学生提供午餐``: 12). Not the copula (``学校总数为30所,其中…``: the clause
    ends; ``规模为12个班``: no service verb after), nor ``为`` far before the number, nor a capacity (``可为2000名幼儿提供
    托育``), nor a count of places that another count runs on from (``为42所学校4.7万名学生开展测评``: 42 says where)."""
    if _FOR_BEFORE.search(clause_before) is None or _CAPACITY.search(clause_before[-8:]):
        return False
    m = _SERVICE_AFTER.match(after)
    return m is not None and _COUNT_RUNS_ON.search(_AGES.sub("", m.group())) is None


# ``可为N名…提供``: what a facility can serve, its capacity (a status of one that exists, or a planned size that the
# works rules read)
_CAPACITY = re.compile(r"可\s*为")
# the people counted next within the place counted first (``为42所学校4.7万名学生开展…``: 42 says where)
_COUNT_RUNS_ON = re.compile(r"(?<![、\d.])(?<!、\s)\d")
# an age or age range names whom (N15), it is no count run on: ``为80万农村35—64岁妇女``
_AGES = re.compile(r"\d+\s*(?:[-—–~至到]+\s*\d+\s*)?周?[岁歲]")


# (lead49) a number run straight into ``项目`` and a programme's noun (``实施2114项目攻坚行动计划``): the programme's name; not
# ``20项目标任务`` (项 counts the 目标) nor ``100个项目`` (a measure word before 项目)
_PROGRAMME_AFTER = re.compile(r"^目(?!标|標)[^，,。；;!！?？\d]{0,6}?(?:行动|行動|计划|計劃|工程|战略|戰略)")


def names_numbered_programme(unit: str, after: str) -> bool:
    """``实施2114项目攻坚行动计划``: a number before ``项目`` and the programme's noun names the programme, no count (N3)."""
    return unit in ("项", "項") and _PROGRAMME_AFTER.match(after) is not None
