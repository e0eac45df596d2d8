"""Sixteenth-round cues (t24): frames of the genre for numeric targets, written on the w24 dev texts.

Each cue is a small function with made-up examples; the hooks in ``rules.targets`` call them at the decision point.
"""

from __future__ import annotations

import re

# -- an item of a list of the year's works: a verb, the count, then what it counts -----------------------------------

# an item marker at the start of a list item (``1.``, ``2。``, ``(3)``, ``④``, ``一是``)
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.、．。]|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}是)\s*")
# words of a result or a state before the count: the item reports, it does not commit
_REPORT_WORDS = re.compile(r"已|累计|累計|共有|现有|現有|达到|達到|完成了|了|为$|為$|是$|有$|占|佔|截至|截止|目前|迄今|以来|以來")
# the object after the measure: at least two characters of words before the clause ends
_OBJECT_AFTER = re.compile(r"^[余多]?[\u4e00-\u9fff“「\"][^，,；;。(（]*")
# a head that is no verb phrase: a place, a demonstrative or a scope opens it (``在…``, ``该…``), a ``的`` closes it
_NOT_VERB_HEAD = re.compile(r"^(?:在|该|該|这|這|其|每|列入|纳入|納入)|的$")
# the count is the subject of a verb after it (``25所学校将建礼堂``): not the object of the item's verb
_VERB_AFTER = re.compile(r"将|將|要|拟|擬|预计|預計|已|正在|可|能")


def continues_works_item(before: str, after: str, since_taken: str | None = None) -> bool:
    """An item of a list of works whose items before it were taken as commitments (``…将办好10件实事。具体包括:``
    then one item a line: ``新建幼儿园3所。`` ``改善全区20所学校照明环境。``): an item that opens with a verb of its own
    words, then the count, then the things counted (``巩固提升80个应急避难点``, ``重点扶持6个古树名木保护``, ``整體提升30所
    學校周邊照明``), shares the list's commitment (N5, N12a), whatever the verb. The caller asks that the sentence before
    gave targets. Not a count after words of a result or a state (``已改善20所学校``, ``共有学校20所``), nor a level at the
    end of its item (``在园幼儿3000人``: no object after it, a measure's level), nor a clause after another one (the
    count must stand in the item's first clause, ``,`` before it parts a later clause). ``since_taken``: the words
    since a value of the same item taken so (``学校、`` in ``整体提升30所学校、20家医院周边照明``): a count that opens the
    next part of the item's enumeration shares its verb."""
    if since_taken is None or re.fullmatch(r"[^\d，,；;。:：]{1,12}、", since_taken) is None:
        head = _ITEM_MARK.sub("", before, count=1)
        if len(head) < 2 or len(head) > 14 or re.search(r"[\d，,；;:：。]", head) or _REPORT_WORDS.search(head) \
                or _NOT_VERB_HEAD.search(head):
            return False
    obj = re.split(r"[，,；;。]", after, maxsplit=1)[0]
    return _OBJECT_AFTER.match(after) is not None and len(obj) >= 3 and _VERB_AFTER.search(obj) is None


_BARE_MARK = re.compile(r"^\s*\d{1,2}\s*[。.．、]?\s*$")


def only_item_mark(sentence: str) -> bool:
    """A "sentence" that is only an item's number, cut off its item by a full stop the page writes as the marker's
    dot (``2。改善…``, split off as ``2``): no sentence of its own, so it breaks no run of list items. Not a number
    with words (``共2。``), nor a year (``2031。``)."""
    return _BARE_MARK.match(sentence) is not None


# -- a change over a dated base, after the figure it changes ------------------------------------------------------

# ``较110年度``, ``比2030年``, ``較上年度``, ``与去年同期相比``: a base dated by a year (a number too) or a relative year
_DATED_BASE = (r"(?:比|较|較|与|與|相较于?|相較於?)\s*(?:\d{2,4}\s*(?:学年度|學年度|年度|年)|上一?年度?|去年度?|前一?年度?|上个?年度)"
               r"(?:同期)?(?:相比|相較|相较)?")
# the change verb, then at most a hedge before the number (``成长``/``成長`` as Taiwan pages write growth)
_CHANGE_VERB = r"(?:增加|增长|增長|成长|成長|提高|提升|减少|減少|下降|上升|降低|缩减|縮減|增|减|減|升|降)了?\s*(?:超过|超過|逾|近|约|約|达|達)?\s*"
_CHANGE_OVER_BASE = re.compile(r"^[^，,；;。:：\d]{0,10}?" + _DATED_BASE + r"\s*" + _CHANGE_VERB + r"$")
# the figure the change is of, closing the clause before (``…编列262亿元,``)
_FIGURE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s*[^\d，,；;。]{0,4}\s*[,，、]\s*$")
# the rate of the change just stated: ``降幅达5%``, ``增幅為5%``, ``成长率约3%``
_RATE_OF_CHANGE = re.compile(r"^\s*(?:降幅|增幅|涨幅|漲幅|减幅|減幅|升幅|跌幅|增长率|增長率|成长率|成長率)\s*(?:达到?|達到?|为|為|约|約|近)?\s*$")
_CHANGE_BEFORE = re.compile(_DATED_BASE + r"\s*" + _CHANGE_VERB + r"\d[^，,；;。]{0,12}[,，、]\s*$")


_MONEY = ("元", "亿", "億", "万", "萬", "币", "幣")


def changes_over_dated_base(before: str, clause_head: str, unit: str) -> bool:
    """A change of money over a base year, which a number or a word dates (``岁出编列900亿元,较2030年度增加12亿元``,
    ``稅課收入編列260億元,較上年度成長7億元``, ``专项债券9千亿元、比上年增加500亿元``, ``某基金规模比上年增加0.2万亿元``), or the rate of
    that change in the next clause (``…,较上年减少9亿元,降幅达5%``): it only says how the planned money differs from
    the year before, no target (N13b); the planned amount is the target. Not an extra amount with no base year
    (``经费再增加1亿元``: money the plan allots, N17b), nor a change to a value (``提高到…``: its end point), nor a rate
    or a count a plan commits to change (``比例比2030年提高4个百分点``, ``招生数较去年增加5%``: the plan's own step, N13b)."""
    if not before.endswith(clause_head):
        return False
    rest = before[:len(before) - len(clause_head)]
    if _CHANGE_OVER_BASE.match(clause_head[clause_head.rfind("、") + 1:]) is not None:  # (``…9千亿元、比上年增加``)
        return unit.endswith(_MONEY)
    if unit.endswith(_MONEY) and grows_after_dated_change(rest, clause_head):
        return True
    return unit in ("%", "％") and _RATE_OF_CHANGE.match(clause_head) is not None and _CHANGE_BEFORE.search(rest) is not None


# (metaA28) a growth verb with no base of its own (``成长逾``, ``增长约``): a clause that goes on with the growth of a
# sentence whose earlier clause changed money over a dated base (``_CHANGE_BEFORE`` less its clause end)
_GROWTH_ONLY = re.compile(r"^\s*(?:成长|成長|增长|增長)了?\s*(?:超过|超過|逾|近|约|約|达|達)?\s*$")
_DATED_CHANGE_IN = re.compile(_DATED_BASE + r"\s*" + _CHANGE_VERB + r"\d")


def grows_after_dated_change(rest: str, clause_head: str) -> bool:
    """A clause that states only a growth (``成长逾``, ``增长约``) after an earlier clause of its sentence that changed money
    over a dated base (``税收编列300亿元,较2030年度成长12亿元,其中房屋税成长逾5亿元``): a part of that change (N13b), no
    target. Not a growth with no dated change before it, nor an allotted extra (``再增加``: N17b)."""
    return _GROWTH_ONLY.match(clause_head) is not None and _DATED_CHANGE_IN.search(rest) is not None


# -- money that a plan or a budget bill states with ``为`` ---------------------------------------------------------

# a word of a plan or a bill ahead, then the money's noun, then ``为`` (``预算案支出规模为``, ``規畫總經費爲``)
_PLANNED_MONEY = re.compile(r"(?:规划|規劃|规画|規畫|预算案|預算案|预算|預算|计划|計劃|計畫|预计|預計|拟|擬)"
                            r"[^，,；;。\d]{0,10}?(?:总经费|總經費|经费|經費|总投资|總投資|投资|投資|总费用|總費用|费用|費用|支出|岁出|歲出|"
                            r"岁入|歲入|规模|規模|总额|總額|金额|金額|造价|造價)\s*(?:约|約)?\s*(?:为|為|爲)\s*(?:约|約)?\s*$")


def plans_money_stated(clause_head: str, unit: str) -> bool:
    """Money that a plan or a budget bill states with ``为`` (``某中心规划总经费为2亿元``, ``某基金预算案支出规模为80亿元``,
    ``規畫總經費爲3億元``): the size of the money planned, a target like its funding (N17, N17a, N17b), not a status
    ``为``. Not money a plan word does not name (``经费支出为9亿元``: what was spent, a status), nor a rate or count
    (``规划覆盖率为90%``: not money, read by the other cues), nor a plan word far back in another clause."""
    return unit.endswith(_MONEY) and _PLANNED_MONEY.search(clause_head) is not None



# -- a progress report's date up to which it tells results: ``截至6月底,`` ----------------------------------------------

_TO_MONTH = re.compile(r"^\s*(?:截至|截止|截至到|截止到|到)\s*(?:(?:19|20)\d\d\s*年)?\s*\d{1,2}\s*月(?:底|末|份|\d{1,2}\s*日)?\s*(?:止)?\s*[,，]")


def opens_to_month(sentence: str) -> bool:
    """The sentence opens with the date of a month up to which a progress report tells results (``截至6月底,甲项目开工
    12个``, ``截止9月末,``, ``截至10月15日,``, ``截至2030年5月底,``): what it says was done by then (N13, N13a), as
    ``截至2030年底`` is (``recounts.opens_period_to_date``). Not ``到6月底`` followed by a commitment (the caller's
    ``commits`` reads the sentence: ``到6月底,要完成…``), nor a deadline clause after a verb (``6月底前完成``: no opening
    ``截至``)."""
    m = _TO_MONTH.match(sentence)
    return m is not None and (not m.group().lstrip().startswith("到") or "止" in m.group())


# (tgtA33) the part of the year up to now that a progress report tells results for, opening its sentence: ``1-3月份,``,
# ``1至6月,``, ``上半年,``, ``今年前三季度,``, ``2031年一季度,``
_PART_YEAR = re.compile(r"^\s*(?:今年|本年度?|(?:19|20)\d\d\s*年)?\s*(?:1\s*[-—–至~]\s*\d{1,2}\s*月份?|上半年|前三季度|一季度|第一季度)\s*[,，]")


def opens_part_year_to_date(sentence: str) -> bool:
    """The sentence opens with the part of the year up to now that a progress report counts (``1-3月份,全县投入…``,
    ``上半年,资助幼儿313人``, ``今年前三季度,``): what it says was done in that part (N13, N13a), as ``截至6月底,`` is
    (``opens_to_month``). Not a deadline inside a clause (``上半年完成选址``: no opening comma), nor a later part of the year
    (``下半年,``, ``四季度,``: what is still to come)."""
    return _PART_YEAR.match(sentence) is not None


# ``占计划80%``, ``占年度计划任务的60%``, ``占年任务的50%``, ``完成年度计划的62%``: a result measured against the plan;
# ``已将``/``已經將``: ``将`` as ``把`` after ``已``, what was done; ``已基本建成``: a state reached, no plan's vision
_AGAINST_PLAN = re.compile(r"(?:占|佔|完成)(?:全年|年度|年|全年度)?(?:投资)?(?:计划|計劃|計畫|任务|任務)(?:任务|任務)?的?(?=\s*\d)"
                           r"|(?:已|已经|已經)(?:将|將|基本)|基本(?:建成|形成|完成|普及)率")


def masks_measured_against_plan(sentence: str) -> str:
    """``sentence`` with the words that measure a result against the plan blanked (``…开工120个,占计划80%``, ``占年任务
    的50%``, ``完成年度计划的62%``) and with ``已将`` (``将`` as ``把``: ``已将补助标准提高到…``, what was done): a progress
    report's words, no commitment (N13a), though they hold ``计划``/``将``; so is ``已基本建成`` (a state reached, not the
    vision ``基本建成…`` of a plan), and so is a rate named by it (``基本建成率152%``). Not a plan's own words (``计划新建…``, ``将新建…``,
    ``计划投资…``: no share after them)."""
    return _AGAINST_PLAN.sub("□", sentence) if ("计" in sentence or "計" in sentence or "任" in sentence
                                                 or "将" in sentence or "將" in sentence or "已" in sentence
                                                 or "基本" in sentence) else sentence


# -- a rank held, as a report of results tells it ----------------------------------------------------------------------

_RANK_HELD = re.compile(r"(?:位居|位列|名列|居于|居於|排名|位於|位于)(?:全[国國省市县縣区區州]|[全本]?[省市县縣区區]内?)?(?:第[一二三四五六七八九十\d]{1,2}"
                        r"|前列|首位|榜首|前茅)")


def ranks_held(paragraph: str) -> set[str]:
    """The ranks a paragraph says were held (``甲项目总量位居全省第二``, ``名列全省前茅``, ``排名全區第3``): a mark only a
    report of results writes, like ``入选`` or ``首家`` (``recounts.tells_results`` asks two such marks and no sentence that
    commits). A plan that aims at a rank commits in the same sentence (``力争位居全省前列``: ``力争``), so the run never
    opens there."""
    if "位" not in paragraph and "名" not in paragraph and "居" not in paragraph and "排" not in paragraph:
        return set()
    return {"rank:" + m.group() for m in _RANK_HELD.finditer(paragraph)}


# -- a news lead-in, then a year: what a meeting or a briefing reviewed ------------------------------------------------

# ``记者从…会议上获悉,``, ``记者近日从市民政局了解到,``, ``記者從…獲悉,``: where the reporter learnt it, then the news
_NEWS_LEAD_YEAR = re.compile(r"^[^。，,；;]{0,6}(?:记者|記者)[^。；;]{0,40}?(?:获悉|獲悉|了解到|得知)[,，:：]\s*((?:19|20)\d\d)\s*年"
                             r"(?!以来|以來|来|起|底前|前)")


def news_lead_year(sentence: str) -> int | None:
    """The year a news report opens its body with, right after where the reporter learnt it (``记者从全县工作会议上获悉,
    2030年全县新建托育点5处,…``, ``記者從縣府獲悉,2030年…``): a meeting or a briefing that tells that year's results, as
    ``报告提到,2030年,…`` does (``recounts.reviews_year``); what follows recounts them, up to a sentence that commits or
    turns to a later year. Not a year with a modal of its own (the caller's ``commits`` reads the sentence first:
    ``记者获悉,2031年全县将新建…``), nor a period (``2030年以来``: a period up to now, read elsewhere), nor a lead-in
    without a reporter (``会议指出,2031年…``)."""
    m = _NEWS_LEAD_YEAR.match(sentence.strip())
    return int(m.group(1)) if m is not None else None


# -- the task first, then how far it has got: ``新建大楼2栋,目前主体已建成`` -------------------------------------------

_CLAUSE_SPLIT = re.compile(r"[，,；;]")
# a clause that tells how far the work has got now: it opens with ``目前``/``当前``/``现``, or says the work is under way
_PROGRESS_NOW = re.compile(r"^\s*(?:目前|當前|当前|现已|現已|现阶段|現階段|截至目前|截止目前|至今)"
                           r"|(?:已在|正在|已經在|已经在)[^，,；;]{0,8}(?:建|興建|兴建|施工|推进|推進)中?"
                           r"|(?:对|對|加强对|加強對)(?:已建|已有)")
_NOW_COMMA = re.compile(r"(目前|當前|当前|现阶段|現階段|截至目前|截止目前|至今)\s*[，,]")
# a clause that tells the work finished whole: then the quantity before it is what was done
_FINISHED_WHOLE = re.compile(r"全部|均已|全面完成|竣工|完工|投入使用|投用|交付|建成使用|建成投用|开园|開園|开学|開學|顺利完成|圆满完成|超额")


def progress_follows_task(sentence: str, pos: int) -> bool:
    """The quantity at ``pos`` is the task, and the past words of the sentence all come after it, in clauses that tell how
    far the work has got now (``新建托养中心3栋,目前,地基已经完成``, ``全年5万户改造任务,目前已开工4万户``, ``共规划
    5座体育馆,甲馆已在兴建中``) or name what exists (``新建公园8处;…加强对已建公园的管护``): the progress does not make
    the task a result (N13a: the task column while the year runs). Not a sentence with a past word before the number
    (``已新建…``), nor a clause that tells the work finished whole (``新建学校5所,目前已全部投入使用``: what was done), nor
    past words in a clause that does not open as progress (``新建学校5所,已竣工3所``: read as before)."""
    from extract.rules.text import has_past_marker  # (here: ``text`` imports the rules package's modules)

    if has_past_marker(sentence[:pos]):
        return False
    clauses = _CLAUSE_SPLIT.split(_NOW_COMMA.sub(r"\1", sentence[pos:]))[1:]  # (``目前,主体已建成``: one clause)
    past = [c for c in clauses if has_past_marker(c)]
    if not past:
        return False
    return all(_PROGRESS_NOW.search(c) is not None and _FINISHED_WHOLE.search(c) is None for c in past)


# -- ``已`` inside the name of the things a measure works on: ``对已达标的街镇进行提档升级`` -----------------------------

# ``对…已…的`` (the things that have reached a state, named as the object of a measure) and ``对已建/对已有``
_DONE_ATTRIBUTE = re.compile(r"(?<=[对對])(?:[^，,；;。]{0,16}?)已(?=[^，,；;。已]{1,10}?的)|(?<=[对對])已(?=建|有)")


def masks_done_attribute(sentence: str) -> str:
    """``sentence`` with an ``已`` blanked where it only names the things a measure works on, the object after ``对``
    (``对2030年已达标的甲类社区进行改造提升,…比例达到60%以上``, ``加强对已建公园的管护``, ``對已有據點進行改善``): which things,
    not a result of the sentence (N13's ``已`` is what was done), so the figures of the sentence are read as its commitment.
    The length stays the same (``□`` for ``已``). Not ``已`` as the sentence's own verb (``已对甲街镇进行提档升级``, ``对甲街镇
    已完成提档升级``: no ``的`` closes a name after it)."""
    if "已" not in sentence or ("对" not in sentence and "對" not in sentence):
        return sentence
    return _DONE_ATTRIBUTE.sub(lambda m: m.group()[:-1] + "□", sentence)
