"""Fifteenth-round cues (fp15) that keep numbers of a status, a result or a list's make-up out of the targets.

Each cue is a small function with made-up examples; the hooks in ``rules.targets`` call them at the decision point.
"""

from __future__ import annotations

import re

# the decisions that admit a number only because of the section it stands in (no cue of its own)
_SECTION_ONLY = (("section:plan",), ("section:goal",))


def status_runs_on(seen_status: bool, cues: tuple[str, ...]) -> bool:
    """A number with no commitment cue of its own (admitted only by its plan or goal section) that follows a status
    number in the same sentence, with no target between them, goes on with that status (N13): ``全镇现有医生64人,
    其中全科医生21人,持证率95%`` gives nothing for 21 and 95 as it gives nothing for 64. A number with a cue of its
    own (``现有学校5所,新建学校2所``, ``…,到2031年达到90%``) is decided by it."""
    return seen_status and cues in _SECTION_ONLY


def is_status_rejection(cues: tuple[str, ...]) -> bool:
    """The cue decision that rejected a number says it is a status (``status:现有``, ``status:共有``) or a past result
    (``past_marker``): the numbers after it in its sentence may share it (``status_runs_on``)."""
    return bool(cues) and cues[0].startswith(("status:", "past_marker"))


# an amount at the very start of a text: digits (a decimal's tail too) and a unit of money or of count
_OPENING_AMOUNT = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?:万元|亿元|元|万人|人次|人|名|所|个)(?![\u4e00-\u9fff]{0,2}[:：])")


def opens_with_amount(text: str) -> bool:
    """A paragraph that opens with an amount, no words before it (``65万元(其中甲类40万元)。``), is the rest of the
    sentence the line break cut before it (``…下拨资金12.`` / ``65万元…``): it shares what the paragraph before
    reported. Not a list item (``1、新建学校3所``), a row label (``2031年:``) nor a text whose number follows words."""
    return _OPENING_AMOUNT.match(text) is not None


_LIST_UNITS = ("项", "件", "个", "類", "类")
# the count's noun, then a colon that opens the items: ``9项包括:``, ``6件,具体如下:``, ``5个项目分别是:``
_SETS_OUT = re.compile(r"^\s*(?:个|項|项|件)?(?:项目|項目|事项|实事|實事|工程)?[,，]?\s*(?:包括|包含|具体如下|分别是|分別是|如下)\s*[:：]")
# the make-up of a list: ``共包括…等6个方面27个``, ``共5大类16项``, ``八方面共21项``
_MAKE_UP = re.compile(r"(?:方面|大类|大類|类|類)\s*(?:共|、|,|，)?\s*$")
# ``有4个,包括甲校、乙校、…``: the names of what is counted follow it, a ``、`` list
_NAMES_FOLLOW = re.compile(r"^\s*(?:个|個|项|項|所)?[,，]\s*(?:包括|包含|分别是|分別是|即)[^，,。；;\d]{1,20}、")
# ``以下是本报整理的12个区县…``: the count of the items the text sets out below
_ANNOUNCES_BELOW = re.compile(r"^\s*(?:以下|下面)(?:是|为|為|就是)")
# the count of what a list takes in: ``有7个项目纳入…``, ``5项纳入…``
_LISTED_INTO = re.compile(r"^\s*(?:个|項|项|件)?(?:项目|項目)?\s*(?:被)?(?:列入|纳入|納入)")


def counts_item_list(clause_head: str, unit: str, after: str) -> bool:
    """A count of the items of a list (N12a), not what a commitment delivers: the items the text goes on to set out
    (``今年新增9项包括:…``), the make-up of a list by its categories (``共包括甲、乙等6个方面27个项目``, ``惠民
    项目共5大类16项``), the count of what the text sets out below (``以下是本报整理的12个区县的部署``) and the count of
    what a list takes in (``有7个项目纳入惠民工程``). Not a count whose items the
    commitment builds (``新建学校3所``, ``办好25件惠民实事``, ``实施甲、乙等4大类30个项目`` with no ``共`` or ``包括``),
    nor a list's count whose items the sentence does not set out (``承接省级民生实事12件``: whether the text sets them out
    later is beyond one sentence)."""
    if not unit.endswith(_LIST_UNITS):
        return False
    if _SETS_OUT.match(after) or _LISTED_INTO.match(after) or _ANNOUNCES_BELOW.match(clause_head):
        return True
    if "有" in clause_head[-3:] and _NAMES_FOLLOW.match(after):
        return True  # ``本批项目有4个,包括甲校、乙校…``: the count of the names it goes on to list
    return _MAKE_UP.search(clause_head) is not None and ("共" in clause_head or "包括" in clause_head)


# a base figure of a comparison: ``与去年的84亿元相比``, ``较三年前的约70亿元``
_BASE_OPEN = re.compile(r"(?:與|与|較|较)[^，,。；;:：\d]{0,30}的\s*[約约]?\s*$")
_BASE_FIGURE = re.compile(r"(?:與|与|較|较)[^，,。；;:：\d]{0,30}的\s*[約约]?\s*\d[\d,.]*\s*(?:億|亿|萬|万)?[^，,。；;\d]{0,3}(?:比較|比较|相比)?\s*[,，]")
# the change a clause reports against it: ``…开支增加约6亿元``, ``增幅约7.1%``
_CHANGE_HEAD = re.compile(r"^[^，,。；;\d]{0,16}?(?:增加|增長|增长|增幅|上升|減少|减少|下降|提高)(?:了|為|为|約|约|逾|超過|超过|近|\s)*$")
_AHEAD = re.compile(r"(?:將|将|要|預計|预计|計劃|计划|力爭|力争|目標|目标)")
# the share of a whole that an amount of spending is: ``占全部经常开支9%``, ``佔總開支的12%``
_SHARE_OF_SPENDING = re.compile(r"(?:占|佔)[^，,。；;\d]{0,10}(?:開支|开支|支出)(?:的比例|的比重)?\s*(?:的|為|为|約|约)?\s*$")


def against_base_figure(before: str, clause_head: str, unit: str) -> bool:
    """A figure of a comparison, not a commitment (N13, N17c): the base amount a comparison names (``与去年的
    84亿元相比``, ``较三年前的约70亿元``), the change the sentence then reckons against it (``…,开支增加约6亿元,
    增幅约7.1%``), and the share of a whole that an amount of spending is (``预算为90亿元,占全部经常开支9%``).
    Not a change with a commitment of its own (``较上年的2万个,将增加3000个``) nor a share with a bound or no spending
    whole (``体育产业增加值占GDP2%以上``)."""
    if _BASE_OPEN.search(before):
        return True
    if unit in ("%", "亿元", "億元", "万元", "萬元", "元", "亿", "億") and _CHANGE_HEAD.match(clause_head) \
            and not _AHEAD.search(clause_head) and _BASE_FIGURE.search(before[:len(before) - len(clause_head)]):
        return True
    return unit == "%" and _SHARE_OF_SPENDING.search(clause_head) is not None


# the head noun of a title that reports results: ``…重点民生实事考核自查报告``, ``…上半年工作落实结果``
_RESULT_TITLE = re.compile(r"(?:自\s*查\s*报\s*告|自\s*查\s*報\s*告|落实结果|落實結果|完成结果|完成結果|考核结果|考核結果)(?:\s*[(（][^()（）]{0,12}[)）])?\s*$")


def title_reports_results(title: str) -> bool:
    """A document title whose head noun is a report of results (a self-inspection report, ``…自查报告``; the results
    of carrying out a plan, ``…上半年工作落实结果``): its outline reports, as ``…完成情况`` does. Not a plan that
    only names one (``…自查报告编写要求``, ``关于报送落实结果的通知``: the head noun comes last)."""
    return _RESULT_TITLE.search(title.strip()) is not None


# a period up to now that opens a sentence, in words: ``半年来,``, ``一年来,``, ``今年来,``, ``两年多来,``
_PERIOD_TO_DATE_OPENING = re.compile(r"^\s*(?:近|这)?(?:半|一|两|二|三|四|五|几|今)(?:个)?年多?(?:以)?来\s*[,，]")


def opens_with_period_to_date(sentence: str) -> bool:
    """A sentence that opens with the period up to now, in words (``半年来,新建幼儿园3所``, ``一年来,新建学校3所``):
    it reports what that period gave (N13), as ``5年来`` does in digits. Not a period ahead (``未来一年,新建…``,
    ``今年,新建…``) nor a frame inside the sentence (``计划一年来完成``: not at its opening)."""
    return _PERIOD_TO_DATE_OPENING.match(sentence) is not None


# (lead49) a plan's word in a later clause, between the frame and the number (``今年以来,…,我区计划打造…,力争每年培训N人次``):
# what the period gave ends there, the rest is set ahead
_PLAN_WORD_AFTER_FRAME = re.compile(r"[,，;；]\s*[^,，;；。]{0,12}?(?:计划|計劃|力争|力爭|确保|確保|拟|擬|将|將)")


def plan_turns_after_frame(before: str) -> bool:
    """(lead49) Between a period-to-date opening and the number (``before``), a later clause turns to what is planned
    (``…,我区计划打造甲圈,力争每年培训N人次``): the number is set ahead, not what the period gave."""
    m = _PERIOD_TO_DATE_OPENING.match(before)
    return m is not None and _PLAN_WORD_AFTER_FRAME.search(before, m.end()) is not None


# ``为甲校、乙校等4所学校配备…``: the places a measure is done for, named in a ``、`` list, then totalled
_FOR_NAMED_LIST = re.compile(r"(?:^|[,，;；\s。])[^，,。；;\d、]{0,10}?(?<![成作])为\s*[^，,。；;\d]{1,40}、[^，,。；;\d]{1,24}?(?:等)?\s*$")
_PLACE_AFTER = re.compile(r"^\s*(?:所|个|家)?\s*(?:学校|中小学|小学|中学|幼儿园|单位|园|校)")


def serves_named_places(before: str, unit: str, after: str) -> bool:
    """``为甲校、乙校等4所学校配齐设备``: the number totals the places just named that a measure is done for, no
    amount (N12a: where or among whom a measure applies, as ``在甲校、乙校2所学校开展…``). Not a count of what is
    built (``为民办实事新建甲园、乙园2所幼儿园``: a verb of building in the list) nor a number with no places named
    before it (``为5所学校配备…``)."""
    if unit not in ("所", "个", "家", "校", "园") or "、" not in before or _PLACE_AFTER.match(after) is None:
        return False
    m = _FOR_NAMED_LIST.search(before)
    return m is not None and re.search(r"(新建|改扩建|扩建|建设|建成|新增|创建|改造|实事)", m.group()) is None


# the last clause of a sentence says the task was met: ``…,超额完成年度任务目标。``, ``…,圆满完成建设任务``
_CLOSING_TASK_MET = re.compile(r"[,，;；]\s*(?:并|均|已)?(?:超额|超額|圆满|圓滿|全面|提前|如期|顺利|順利){1,2}完成(?:了)?[^,，;；。\d]{0,16}"
                               r"(?:任务|任務|目标|目標)[^,，;；。\d]{0,6}$"
                               # (tgtA25) ``…,所有工作指标均超过…提出的目标要求``: the run's figures all went past the targets set
                               r"|[,，;；]\s*(?:所有|各项|各項)?[^,，;；。\d]{0,8}?(?:均|都|全部)(?:已)?(?:超过|超過|超出|高于|高於)"
                               r"[^,，;；。\d]{0,24}(?:任务|任務|目标|目標)(?:要求)?\s*$")


def closes_with_task_met(after: str) -> bool:
    """A run of results closed by a clause that says the task was met (``完成项目14个,新增学位1.2万个,超额完成年度任务
    目标。``): every number of the run is the result the report gives (N13), as one right before ``,超额完成…`` is
    (``rules.target_cues.reports_task_met``). The clause must close the sentence: ``…,确保超额完成任务,并新增…`` goes on,
    and a deadline or a modal of the number's own clause still decides (``将新增学位2万个,确保超额完成任务``)."""
    end = after.find("。")
    tail = after if end < 0 else after[:end]
    return _CLOSING_TASK_MET.search(tail) is not None


_AT_BEFORE = re.compile(r"(?:^|[,，;；:：\s。、])(?:[^，,。；;\d]{0,12}?(?:率先|先行|分别|先|还|并|将|要|拟|于|於))?\s*在\s*$")


def counts_places_where(before: str, unit: str, after: str) -> bool:
    """``在20个街道新建托育点90个``, ``先在8个公园增设座椅``: a count of the places where a measure is done, no
    amount (N12b: ``在20个街道``), whatever the measure then builds. Not a time (``在3个月内``), a count that is no
    place (``在2个方面``: no measure word of places) nor a number not right after ``在``."""
    if unit not in ("个", "個", "所", "家", "处", "處") or after.startswith(("月", "工作日", "方面", "百分点")):
        return False
    return "在" in before and _AT_BEFORE.search(before) is not None  # (perf17: every match holds 在; sre tries it everywhere)


_CASE_BOUND_BEFORE = re.compile(r"(?:超过|超過|超|不足|低于|低於|高于|高於|少于|少於|多于|多於|不到)\s*$")
_CASES_AFTER = re.compile(r"^\s*(?:[(（]\s*含\s*[)）]\s*(?:以上|以下)|(?:、[^，,。；;\d]{1,16}?)?(?=的))的?\s*(?:学校|學校|企业|企業|单位|單位|幼儿园|幼兒園|班级|班級|家庭|机构|機構)")


_SIZE_CLASS_AFTER = re.compile(r"^\s*(?:及|或)?以[上下](?:且[^，,。；;\d]{0,10})?的(?:自然村|行政村|村民小组|村民小組|村寨|村|社区|社區|小区|小區|企业|企業|"
                               r"乡镇|鄉鎮|镇|鎮|街道|县城|縣城)")  # (tgtA27) towns too, and a second condition (``以上且…的村``)
# (tgtA27) ``投资10亿元以上项目8个``, ``500万元以上的产业项目``: which projects, by their size (N12b)
_PROJECT_CLASS_AFTER = re.compile(r"^\s*(?:及|或)?以上的?(?:重大|重点|重點|产业|產業|工业|工業|招商|投资|投資|建设|建設)?(?:项目|項目)")
# ``40户以上的连片村寨``, ``40户以上连片的村寨``: villages by their number of households, the noun a few words on
_HOUSEHOLD_CLASS_AFTER = re.compile(r"^\s*(?:及|或)?以[上下][^，,。；;\d]{0,10}?(?:自然村|行政村|村寨|村落)")
# an item marker that opens a clause (``(一)``, ``2.``, ``三、``): the clause's own words follow it
_ITEM_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))\s*")


def without_item_mark(clause_head: str) -> str:
    """The clause with its opening item marker dropped (``(一)对建成…`` -> ``对建成…``), for the cues that read how a
    clause opens (``对…``: where a measure applies, N12); the clause itself when it opens with none."""
    return _ITEM_MARK.sub("", clause_head, count=1)


def selects_cases(before: str, unit: str, after: str) -> bool:
    """A bound that says which schools, firms, villages or units a measure applies to (N12): ``对学生人数超1200人的学校``,
    ``员工25人(含)以下的企业免缴``, ``为15户以上的自然村接通宽带``, ``2至5人家团的津贴…``, ``年物业收入60万元以上的社区2个`` (tgtA25: by income). Not a bound of an amount to reach (``培训不少于2次``: no entity after it),
    nor a count of schools to build (``新建学校3所``)."""
    if unit.lstrip("万萬") in ("户", "戶", "人", "名") and _SIZE_CLASS_AFTER.match(after):  # (tgtA27) ``3万人以上的乡镇``
        return True  # ``15户以上的自然村``: which villages, by their size
    if unit.endswith("元") and (_SIZE_CLASS_AFTER.match(after) or _PROJECT_CLASS_AFTER.match(after)):
        return True  # (tgtA25) ``物业收入60万元以上的社区2个``: which communities, by their income; (tgtA27) projects
    if unit in ("户", "戶") and _HOUSEHOLD_CLASS_AFTER.match(after):
        return True  # ``40户以上连片的村寨``
    if unit in ("人", "口") and after.lstrip().startswith(("家團", "家团", "家庭", "住戶", "住户", "之家")):
        return True  # ``2至5人家团的津贴…``: which households, by their size
    if not unit or unit in ("%", "年") or _CASES_AFTER.match(after) is None:
        return False
    return after.lstrip().startswith(("(", "（")) or _CASE_BOUND_BEFORE.search(before) is not None


_PEOPLE_COUNTED = re.compile(r"(?:的人数|的人數|人数比例|人數比例|人数比重|人數比重|的人口)")
_FREQUENCY_UNITS = ("次", "分钟", "分鐘", "小时", "小時", "天")


def defines_people_counted(unit: str, after: str) -> bool:
    """A frequency or a length of exercise that says who is counted (N12b: ``1次及以上``): ``每周参加体育锻炼不少于4次、
    每次不少于40分钟的人数比例达到35%``, ``每周参加2次及以上体育锻炼的人数达5亿`` give the share or the number of people,
    not the 4 times nor the 40 minutes. Not a frequency that is itself the requirement (``每周开展体育活动不少于4次``:
    no count of people in its clause)."""
    if not unit.endswith(_FREQUENCY_UNITS):
        return False
    end = re.search(r"[,，;；。]", after)
    return _PEOPLE_COUNTED.search(after[:end.start()] if end else after) is not None


# ``计划``/``规划`` as the noun of a plan's name, not the verb ``(we) plan to``: a name before it (``行动计划``, ``投资计划``,
# ``“十三五”规划``) or a noun, a bracket or ``使`` after it (``计划项目``, ``计划资产``, ``计划使…``, ``计划(…``, ``计划执行``,
# ``计划进度``)
_PLAN_NOUN_BEFORE = re.compile(r"(?:行动|工作|投资|融资|年度|发展|建设|实施|五年|三年|一期|二期|三期|[”\"》]|十[一二三四五]五)\s*$")
_PLAN_NOUN_AFTER = re.compile(r"^(?:项目|項目|资产|資產|资金|資金|使|书|書|表|[》”\"(（]|中的|内的"
                              # (tgtB24) how a plan stands or is carried out: ``计划执行``, ``计划进度``, ``计划平均预定进度``
                              r"|执行|執行|进度|進度|平均)")


# ``要`` inside a word that is no modal: ``主要``, ``重要``, ``纲要``, ``摘要``, ``要点``, ``要素``
_COMPOUND_YAO_BEFORE = re.compile(r"(?:主|重|纲|綱|摘|概|提|简|簡|首|紧|緊|必)$")
_COMPOUND_YAO_AFTER = re.compile(r"(?:点|點|素|闻|聞|务|務|件)")


def modal_is_plan_noun(before: str) -> bool:
    """Every modal word in the text before a number is the noun ``计划`` or ``规划`` of a plan's name (``省计划项目校12所``,
    ``首期行动计划使入园率达到81%``, ``列入年度投资计划项目2个``, ``篇幅比“十二五”规划增加15%``): it names a plan and
    commits to nothing, so the number has no modal cue from it. Not the verb (``计划新建学校3所``, ``全市计划投资2亿元``)
    nor a text with any other modal word (``将``, ``拟``, ``预计``); the ``要`` of ``主要``, ``重要``, ``纲要`` is none."""
    from extract.cues import _MODAL

    found = False
    for m in _MODAL.finditer(before):
        word = m.group()
        if word == "要" and (_COMPOUND_YAO_BEFORE.search(before, 0, m.start()) or _COMPOUND_YAO_AFTER.match(before, m.end())):
            continue  # ``主要目标``, ``重要内容``, ``纲要``: no modal (alone it lends the number nothing to undo here)
        if word not in ("计划", "规划"):
            return False
        if not (_PLAN_NOUN_BEFORE.search(before, 0, m.start()) or _PLAN_NOUN_AFTER.match(before[m.end():])):
            return False
        found = True
    return found


# the preposition ``对`` (towards, for) read as the measure word ``对`` (pairs): a clause of doing follows it
_TOWARDS_CLAUSE = re.compile(r"^[^，,。；;]{2,40}?(?:进行|進行|开展|開展|实施|實施|发放|發放|提档|提檔|升级|升級|改造|给予|給予|补助|補助|资助|資助|组织|組織|加强|加強|购置|購置|实行|實行)")


def is_towards_not_pairs(unit: str, after: str) -> bool:
    """A number before the preposition ``对`` (an item number or a row's number run into its text: ``1.5对甲馆陈列厅进行
    改造``, ``12 对乡村学生发放补助``): the measure word ``对`` (pairs) it looks like is the start of a clause of
    doing, so the number counts nothing. Not a count of pairs (``组建教共体40对以上``, ``结对帮扶学校30对``)."""
    return unit in ("对", "對") and _TOWARDS_CLAUSE.match(after) is not None


_PLEDGE_BEFORE = re.compile(r"(?:目標是|目标是|目標為|目标为|允諾|允诺|承諾|承诺)")
_PLEDGE_OUTCOME = re.compile(r"(?:(?:最終|最终|結果|结果|實際|实际)[^，,。；;]{0,6}(?:增加|達|达|完成|建成|新增|增設|增设)了"
                             r"|(?:至今|迄今)(?:仍)?(?:無法|无法|未能|尚未)(?:完成|達成|达成|兑现|兌現))")


def pledge_is_over(before: str, after: str) -> bool:
    """A pledge whose outcome its own sentence reports (N11a, N13): ``目标是4年内增加班级至少100班以上,最终增加了120班``,
    ``允诺3年内让全部教室装空调,但至今无法完成``. The pledge is over or failed: its numbers are no targets. Not a pledge
    still running (``目标是3年内增加60班``) nor an outcome with no pledge before it."""
    if _PLEDGE_BEFORE.search(before) is None:
        return False
    end = after.find("。")
    return _PLEDGE_OUTCOME.search(after if end < 0 else after[:end]) is not None


_ONLY_BEFORE = re.compile(r"(?:僅|仅)(?:約|约|為|为|剩|餘|余|有)?\s*$")


def states_only(before: str) -> bool:
    """``名额仅约2000人``, ``录取率仅约20%``: ``only (about)`` says how small a figure is now (N13: a status), not a
    level to reach. Not a limit (``每人仅限2次``: ``限`` after it)."""
    return _ONLY_BEFORE.search(before) is not None


# ``新建的6所幼儿园位于…``, ``规划的9所学校共需用地…``: a verb and ``的`` before the count make it a name for things
# the text has counted already
_BACK_REFERENCE = re.compile(r"(?:新增|新建|新开|规划|規劃|改扩建|改擴建|建设|建設|建成|上述|以上)的\s*$")


# (tgtA25) G4a (twenty-third round): the count opens its clause, bare or after a demonstrative, and the clause is the time
# of another statement, the counted things once finished (``这9个项目建成后将增加学位…``, ``12个书屋全部开放后,可…``)
_OPENS_CLAUSE = re.compile(r"(?:^|[,，;；:：])\s*(?:这|這|该|該|此|上述|以上)?\s*$")
_ONCE_DONE_AFTER = re.compile(r"^[^，,。；;:：\d]{0,10}?(?:全部|均)?(?:建成|完工|竣工|投用|投入使用|开放|開放|落成|交付使用)后")


def refers_back(before: str, unit: str, after: str = "") -> bool:
    """A count that only points back at things the text has counted (G4a, N12a): a verb with ``的`` right before it makes
    the count the subject of what is said of them (``新建的6所幼儿园位于东区和西区``, ``规划的9所学校共需
    用地300亩``), no commitment of its own. Not a count with its verb (``今年新增幼儿园6所``) nor one the verb reaches
    through ``的`` of another noun (``新建的幼儿园将提供学位900个``: no ``的`` right before the number). (tgtA25) Also a
    count that opens its clause as the time of another statement (``这9个项目建成后,将增加…``), G4a."""
    if unit not in ("所", "个", "個", "家", "处", "處", "项", "項", "座", "园", "校"):
        return False
    if _BACK_REFERENCE.search(before) is not None:
        return True
    return bool(after) and "后" in after[:16] and _OPENS_CLAUSE.search(before[-6:]) is not None \
        and _ONCE_DONE_AFTER.match(after) is not None


_UNDER_WAY = re.compile(r"(?:正在|正全速|正加快|正加紧|正加緊|正全力)(?:推进|推進|建设|建設|施工|实施|實施)")
_UNDER_WAY_AFTER = re.compile(r"^\s*(?:个|個|项|項)?(?:项目|項目)?\s*(?:正在|正全速|正加快|正加紧|正加緊|正全力)(?:推进|推進|建设|建設|施工|实施|實施)")


def counts_works_under_way(clause_head: str, unit: str, after: str) -> bool:
    """A count of works the text says are under way (``正加快推进甲、乙等5个项目``, ``6个正在推进,计划投资…``):
    how many are being built now (N13), a status; their planned funding and size stay targets (N17a, N17d: other
    units). Not a count of works to start or finish (``今年将推进项目5个``: no ``正…`` of the present)."""
    if unit not in ("个", "個", "项", "項", "所"):
        return False
    return _UNDER_WAY.search(clause_head) is not None or _UNDER_WAY_AFTER.match(after) is not None


_SHARE_OF_PLAN = re.compile(r"(?:完成|占|佔|达|達)[^，,。；;\d]{0,10}(?:计划|計劃|任务|任務|目标|目標)的\s*$")


def share_of_plan_done(before: str, unit: str) -> bool:
    """``累计完成投资5000万元,完成年度投资计划的62.5%``, ``占全年目标任务的40%``: how much of a plan is done, a
    completion rate (N13a: status). Not a share to reach (``完成率达到100%`` has no ``计划的``)."""
    return unit == "%" and _SHARE_OF_PLAN.search(before) is not None


# (lead41) the progress of works reached so far: ``工程进度达37%``, ``整体工程進度達39%``, ``项目主体总进度达到80%``, ``工程形象进度
# 完成45%``; a share to reach by a deadline or with a word of what is to come is no report (``确保年底前工程进度达到50%``)
_PROGRESS_REACHED = re.compile(r"(?:工程|施工|建设|建設|项目|項目|总体|總體|整体|整體|形象|总|總)\s*进度\s*(?:已经?|已)?\s*"
                               r"(?:达到|達到|达|達|完成|为|為)\s*(?:了)?\s*$")
_PROGRESS_AHEAD = re.compile(r"确保|確保|力争|力爭|争取|爭取|要|将|將|计划|計劃|预计|預計|拟|擬|目标|目標|前|底|年内|年內")


def reports_progress_reached(clause_head: str) -> bool:
    """A share of works' progress reached (``工程进度达37%``): a status of works under way (N13, N13a), however the
    sentence goes on. Not a progress to reach (``确保年底前工程进度达到50%``, ``计划6月底进度达30%``: a word of what is to
    come or a deadline in the clause), nor a share that is no progress of works (``完成率达到100%``)."""
    m = _PROGRESS_REACHED.search(clause_head)
    return m is not None and _PROGRESS_AHEAD.search(clause_head, 0, m.start()) is None


# ``实际完成``, also with its last character masked by the scrape (``实际完**数是…``): an actual outturn
_ACTUAL_OUTTURN = re.compile(r"实际完(?:成|[*＊□]+)[^，,。；;\d]{0,4}?(?:数|人数|量)?\s*(?:是|为|為|了)?\s*$")


def reports_actual_outturn(clause_head: str) -> bool:
    """``上半年实际完成数是1600人``, and the same with characters the page masked (``实际完**数是1600人``): what was actually
    done, a result (N13), as the past marker ``实际完成`` reads in full; the number must follow it (a table's
    ``实际完成`` column head before another item's words is not its clause). Not a plan's figure (``计划完成数2000人``)."""
    return _ACTUAL_OUTTURN.search(clause_head) is not None


def is_rate_base(before: str, unit: str, after: str) -> bool:
    """``每10万人口拥有图书馆2个``: the population a rate is counted per (``每N万人口``), no count of its own (as
    ``10万分之40`` is a rate's base). Not a count after ``每`` of what each gets (``每校配备2名``: no ``人口`` after it)."""
    return before.rstrip().endswith("每") and unit in ("万人", "萬人", "人", "千人") and after.startswith("口")


_OPENS_SOON = r"(?:即将|即將)(?:开园|開園|投用|投入使用|开学|開學|启用|啟用|交付使用|交付)"
_READY_AFTER = re.compile(r"^[^，,。；;\d]{0,12}" + _OPENS_SOON)
_READY_BEFORE = re.compile(r"\d\s*(?:所|个|個|家|座)[^，,。；;\d]{0,12}" + _OPENS_SOON)


# (lead41) a clause that points at the time after the opening: ``届时`` (then), a state still to come (the places the
# opening works add, ``可提供学位6000个``, ``将提供…``, stay theirs)
_OWN_AHEAD = re.compile(r"届时|屆時|到时|到時")


def ready_to_open(before: str, after: str, own_clause: str = "") -> bool:
    """Facilities that are about to open (``某市20所新幼儿园即将开园,可提供学位6000个``, ``某区有7所幼儿园即将
    投用``) are built: their count, and the places they add in the same sentence, tell what is ready now (G4a, N13), not
    what is still to be built. Not works with a date of use ahead (``新建幼儿园1所,2031年投入使用``: no ``即将``), nor
    (lead41) a number whose own clause (``own_clause``), after the opening works' clause, points at the time after the
    opening (``…即将投入使用,届时公办园占比将超过40%``: a state still to come; status words block clause by clause)."""
    # (perf16) both patterns need ``即`` (``_OPENS_SOON``): a text without it is not scanned
    if "即" in after and _READY_AFTER.match(after) is not None:
        return True
    if "即" not in before or _READY_BEFORE.search(before) is None:
        return False
    return not (own_clause and "即" not in own_clause and _OWN_AHEAD.search(own_clause) is not None)


# (perf17) written to open with ``了`` (the CJK character before it and its exclusions as lookbehinds): sre skips to the
# places where ``了`` stands instead of trying each CJK character; the same answer to ``search(...) is not None``
_PERFECTIVE_BEFORE = re.compile(r"了(?<=[\u4e00-\u9fff]了)(?<![为為除到多少]了)\s*(?:近|约|約|超过|超過|逾|共|共计)?\s*$")


def perfective_before(before: str) -> bool:
    """A verb with the perfective ``了`` right before the number (``并走访了45名教师``, ``为全县学校配备了30台``): what
    was done (N13), as the listed ``新增了``/``完成了`` of the past markers are, for any verb. Not ``为了``, ``除了``,
    ``到了``, ``多了`` (no verb of doing), nor ``了`` further back in the clause."""
    return _PERFECTIVE_BEFORE.search(before) is not None


# ``将甲校等9所学校并入乙校``: ``将`` that takes an object to a verb of disposal (as ``把``), no ``will``
_DISPOSAL_AFTER_JIANG = re.compile(r"[^，,。；;]{1,30}?(?:改为|改為|改建为|改建為|改成|并入|併入|合并为|合併為|转为|轉為|调整为|調整為|"
                                   r"纳入|納入|列入|作为|作為)")


def modal_is_disposal(sentence_to_number: str, rest: str) -> bool:
    """In a report, every modal word before a number is ``将`` used as ``把``, taking an object to a verb of disposal
    (``将甲小学等9所学校并入乙校,撤并丙中学等4所学校``): it says what was done to them, no future, so the
    report's count is no target. ``sentence_to_number`` is the sentence up to the number and ``rest`` the words after it.
    Not ``将`` as ``will`` (``将新建学校3所``) nor a sentence with another modal word (``计划``, ``拟``)."""
    from extract.cues import _MODAL

    text = sentence_to_number + rest
    found = False
    for m in _MODAL.finditer(sentence_to_number):
        if m.group() not in ("将", "將") or _DISPOSAL_AFTER_JIANG.match(text, m.end()) is None:
            return False
        found = True
    return found


def names_a_format(unit: str, after: str) -> bool:
    """``5人制足球场``, ``7人制足球场``: ``N人制`` names a format of play (N3), no count of people."""
    return unit in ("人", "名") and after.startswith("制")
