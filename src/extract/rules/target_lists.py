"""Seventeenth-round cues (tfp17): the attributes of a target that pairs of years and bound words set across a list,
and numbers that are no commitment (counts of a list, results of a year looked back on).

Each cue is a small function with made-up examples; the hooks in ``rules.targets`` and ``rules.recounts`` call them at the
decision point.
"""

from __future__ import annotations

import re

from extract.rules import part_counts as _parts  # (tgtA27) a plan's own parts counted

# ``到2031年和2035年,``, ``2031年底和2035年``, ``2031年、2035年``: two years joined, the second later
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)\s*年(?:底|末)?\s*(?:和|、|及|与|以及)\s*(?:到|至)?\s*((?:19|20)\d\d)\s*年")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
# the value's measure and bound, then the word that joins the second value of the pair (``22%和``, ``7所及以上和``)
_PAIR_NEXT = re.compile(r"\s*(?:[%‰]|[万亿千]?[\u4e00-\u9fff]{0,3}?)\s*(?:及以上|以上|及以下|以下|左右)?\s*(?:和|及|与|、)\s*"
                        r"(?:分别)?\s*\d")


def first_of_year_pair(sentence: str, num_start: int, num_end: int) -> int | None:
    """The first of two years joined in the sentence (``到2031年和2035年,甲率分别不低于22%和30%``), for the first value
    of the pair of values that follows them (22%): the values of the pair go to the years in their order (N9: each
    value takes its year), where reading the year nearest before would give both the second year. ``num_start`` and
    ``num_end``: the value's span in ``sentence``. None where the value is not the first of a pair joined by
    ``和``/``、``/``及`` (``到2031年和2035年,新建学校5所``), where another year stands between the pair of years and
    the value, or where the years are no pair (``2031年和2031年``, a second year not later)."""
    head = sentence[:num_start]
    pair = None
    for m in _YEAR_PAIR.finditer(head):
        pair = m
    if pair is None:
        return None
    a, b = int(pair.group(1)), int(pair.group(2))
    if not a < b <= a + 30 or _ANY_YEAR.search(head, pair.end()) is not None:
        return None
    if _PAIR_NEXT.match(sentence, num_end) is None:
        return None
    return a


# a bound word, the words of the list's head, then the list up to the value: ``推出不少于200场甲、400场乙、``
_LIST_BOUND = re.compile(r"(不少于|不低于|不得少于|不得低于|至少|最少|不超过|不高于|不得超过|最多|至多)"
                         r"([^\d，,；;。：:]{0,8})(\d[^，,；;。：:]*)$")
_UPPER_WORDS = ("不超过", "不高于", "不得超过", "最多", "至多")
# what parts two items of the list: ``、``, ``和``, ``及``, ``以及``, ``与``
_ITEM_SEP = re.compile(r"以及|、|和|及|与")
# one item before the value's: a value with its measure and the thing counted (``200场甲演出``), or the thing and its
# value (``甲服务60人``); no bound or level word of its own
_LIST_ITEM = re.compile(r"[^\d]{0,12}\d+(?:\.\d+)?\s*[^\d]{0,16}")
_OWN_LEVEL = re.compile(r"以上|以下|以内|左右|达到|达|不少于|不低于|至少|不超过")
# a verb that opens an item: a task of its own, not one more thing the head verb delivers
_ITEM_VERB = re.compile(r"^(?:新建|建设|建成|改造|改建|扩建|新增|完成|开展|实施|举办|组织|培训|打造|创建|提升|推进|落实|启动|配备|购置|安装)")
# what stands before a bound word that heads a whole list: the list's verb or a modal (``推出不少于…``, ``每年开展至少…``)
_LIST_HEAD_END = re.compile(r"(?:推出|开展|举办|完成|提供|建设|新建|组织|实现|确保|保证|安排|培训|配备|招收|新增|放映|"
                            r"要|需|应|将|每年|全年|年均|力争|共|累计)$")
# the second value of two bare ones after a strict bound (``分别低于7%和``): ``低于``/``少于`` ``<``, ``高于``/``超过`` ``>``
_STRICT_PAIR = re.compile(r"(低于|少于|小于|高于|超过|多于|大于)\s*\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{0,2})\s*(?:和|、|及|与)\s*$")


def bound_over_list(before: str, suffix: str = "") -> str | None:
    """The comparator that a bound word before the first value of a list gives a later value of it (N1b: the word binds
    the amounts it bounds): ``推出不少于200场甲演出、400场乙活动以及1000场丙服务`` -> 400 and 1000 are ``>=`` too, as 200 is;
    ``至少完成甲咨询150人及乙服务60人`` -> 60 ``>=``; ``甲率分别低于7%和5%`` -> 5 ``<``. ``before``: the sentence up to the
    value. None (the usual word lists decide) where a comma or a colon parts the bound word from the value, where an
    item between opens with a verb of its own (``至少新建学校3所、改造操场5个``: two tasks), where an item writes its own
    level (``不少于3所、5个以上``), where the bound word follows a measure's name and binds that measure alone
    (``甲教师数至少5.3人、乙教师1人``: each item its own standard), or where a value carries its own suffix (``suffix``)."""
    if suffix:
        return None
    strict = _STRICT_PAIR.search(before[-16:])
    if strict is not None:
        return "<" if strict.group(1) in ("低于", "少于", "小于") else ">"
    m = _LIST_BOUND.search(before[-90:])
    if m is None:
        return None
    head = re.split(r"[，,；;。：:]", before[:len(before) - len(before[-90:]) + m.start()])[-1].strip()
    if head and _LIST_HEAD_END.search(head) is None:
        return None  # (``甲教师数至少5.3人、乙教师1人``: the bound belongs to the first item's own measure)
    parts = _ITEM_SEP.split(m.group(3))
    if len(parts) < 2 or re.search(r"\d", parts[-1]):
        return None  # the value opens no new item of the list (``不少于200场``: the bound's own value)
    done = parts[:-1]
    if not all(_LIST_ITEM.fullmatch(p) for p in done) or any(len(re.findall(r"\d+(?:\.\d+)?", p)) != 1 for p in done):
        return None
    if any(_OWN_LEVEL.search(p) for p in parts) or any(_ITEM_VERB.match(p.strip()) for p in parts[1:]):
        return None
    return "<=" if m.group(1) in _UPPER_WORDS else ">="


# -- the count of a list of 实事 that states the list's make-up or heads its items (N12a) -----------------------------------
# what a list of 实事 or projects is called right after its count: ``件民生实事``, ``项重要民生实事项目``, ``个为民办实事项目``
_LIST_COUNTED = re.compile(r"\s*(?:件|项|項|个|個)[^\d，,；;。]{0,8}?(?:实事|實事|民生|民心|惠民|为民|為民)[^\d，,；;。]{0,6}?"
                           r"(?:项目|項目|工程|事项|事項|实事|實事)?")
# the areas the list falls into, later in its sentence: ``,涉及甲、乙等8方面``, ``涵盖…等12个领域``
_MAKE_UP_AREAS = re.compile(r"[^。；;!?！？\n]{0,60}?(?:涉及|涵盖|涵蓋|包括|包含|覆盖|覆蓋|分为|分為|聚焦)[^。；;!?！？\n]{0,60}?"
                            r"\d+\s*(?:个|個|大)?\s*(?:方面|领域|領域|类|類|大类|大類|板块|板塊)")
# a count of its tasks run into the list's name: ``3项重点监测民生项目5个指标任务``
_MAKE_UP_TASKS = re.compile(r"\s*\d+\s*(?:个|個|项|項)\s*(?:指标任务|指標任務|指标|指標|子项目|子項目|任务|任務)")


def counts_list_make_up(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """The count of a year's list of 实事 whose own sentence goes on with the list's make-up (N12a: the count is the
    list's make-up, ``十个方面30项``): the areas it covers (``今年将办理31项民生实事项目,涉及甲、乙等9方面``) or the count
    of its tasks run into its name (``另有3项民生项目5个指标任务``). ``text``, ``start``, ``end``: the record's text and
    quote span (the count closes it). Not a count of works (``新建学校10所,涉及8个乡镇``: no list name after the count),
    nor a count of 实事 with no make-up in its sentence (``今年将实施35项民生实事,总投资12亿元``: a target, N12a)."""
    if value != int(value) or not 2 <= value <= 200 or not unit.endswith(("件", "项", "項", "个", "個")):
        return False
    at = end - len(unit) if text[end - len(unit):end] == unit else end
    name = _LIST_COUNTED.match(text, at)
    if name is None:
        return False
    return _MAKE_UP_TASKS.match(text, name.end()) is not None or _MAKE_UP_AREAS.match(text, name.end()) is not None


# the count named as projects: ``39个具体项目``, ``12个项目``
_COUNTED_PROJECTS = re.compile(r"\s*(?:个|個)[^\d，,；;。]{0,4}?(?:项目|項目)")
_RESTATED_HEAD = r"(?<![\d.]){n}\s*(?:个|個)[^\d。；;，,]{{0,12}}?(?:实事|實事|民生|民心|惠民|为民|為民)[^\d。；;，,]{{0,6}}?(?:如下|分别是|分別是|包括)\s*[:：]"
# a heading line that closes with the count of its own items: ``…分工方案(共计87项)``, ``…任务清单（共36项）``
_TITLE_COUNT = re.compile(r"[(（]\s*(?:共计|共計|共|合计|合計)\s*\d+\s*(?:项|項|件|条|條)\s*[)）]\s*$")


def projects_set_out_later(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """A count of projects (``将实施46个具体项目,包括…``) that the text restates as the head of the items it sets out
    (``46个为民办实事项目如下:``): the count of the list's parts, not what a commitment delivers (N12a), as
    ``rules.target_exclusions.counts_set_out_list`` reads it for ``件``/``项``. Not a count of projects that nothing sets out
    (``将实施31个为民办实事项目,总投资…`` with no restated head), nor a count of works (``新建学校10个``)."""
    if value != int(value) or not 2 <= value <= 200 or not unit.endswith(("个", "個")):
        return False
    at = end - len(unit) if text[end - len(unit):end] == unit else end
    if _COUNTED_PROJECTS.match(text, at) is None:
        return False
    return re.search(_RESTATED_HEAD.format(n=int(value)), text[end:]) is not None


def title_counts_items(line: str) -> bool:
    """A heading line, no sentence of prose, that closes with the count of its own items in brackets (``某区重点工作
    分工方案(共计87项)``, ``某县民生实事任务清单（共36项）``): the text counts its own parts (N12a, a heading's ``(3项)``),
    no commitment. Not a line of prose (``…新建学校5所(共计10所)。``: a sentence mark), nor a bracket that is no count
    of the whole (``新建学校(5所)``: no ``共``)."""
    s = line.strip()
    return _TITLE_COUNT.search(s) is not None and re.search(r"[。，,；;]", s) is None


def counts_list_parts(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """A count of a list's own parts, no commitment (N12a): its make-up (``counts_list_make_up``), projects the text sets
    out under a restated head (``projects_set_out_later``), or a heading line's count of its items (``title_counts_items``:
    the record's line). ``text``, ``start``, ``end``: the record's text and quote span."""
    if counts_list_make_up(text, start, end, value, unit) or projects_set_out_later(text, start, end, value, unit) \
            or _parts.counts_parts(text, start, end, value, unit):  # (tgtA27) ``(分解任务12项)``, ``30个子目标``
        return True
    if not unit.endswith(("项", "項", "件", "条", "條")):
        return False
    stop = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1:stop if stop >= 0 else len(text)]
    return title_counts_items(line)


# -- a year or years looked back on, opening a sentence after a report's lead -----------------------------------------------
# ``这一年,``, ``这五年,``, ``过去一年,``, ``过去的五年里,``, ``回顾过去一年,``, after an optional lead that cites a report
# (``政府工作报告提出,``, ``报告指出:``, ``公报显示,``)
_LOOK_BACK = re.compile(r"^(?:[^，,。；;:：]{0,16}?(?:报告|報告|公报|公報)[^，,。；;:：]{0,4}?(?:提出|指出|显示|顯示|提到|称|稱|介绍|介紹|回顾|回顧)"
                        r"\s*[,，:：]\s*)?(?:回顾|回顧)?(?:这|這|过去|過去)(?:的)?(?:一|两|兩|三|四|五|\d)年(?:里|裡|来|來|间|間|中)?\s*[,，]")


def opens_look_back(sentence: str) -> bool:
    """The sentence opens by looking back on the year or years just past (``这一年,我们新建学校5所``, ``过去五年,…``),
    also after a lead that cites a report (``政府工作报告提出,过去一年,…``): what follows tells what was done then (N13),
    as ``rules.recounts.opens_period_to_date`` reads ``过去一年,`` at a sentence's start. Not a year named ahead (``新的
    一年,``, ``这一年要…`` with no comma after the period: the run is left to the sentence's own words), nor a period
    inside the sentence (``计划用一年时间,…``)."""
    return _LOOK_BACK.match(sentence.strip()) is not None


# ``应对`` as to cope with: after a word of manner or before what is coped with (``果断应对``, ``应对疫情冲击``)
_COPING = re.compile(r"(?<=果断|积极|有效|妥善|科学|从容|沉着|及时|精准|主动|成功|沉著)(?:应对|應對)"
                     r"|(?:应对|應對)(?=[^，,。；;]{0,6}?(?:疫情|风险|風險|挑战|挑戰|压力|壓力|冲击|衝擊|变化|變化|危机|危機|灾害|災害))")
# ``超预期``: beyond what was expected, an event's size (``超预期因素冲击``), no forecast
_BEYOND_EXPECTED = re.compile(r"超预期|超預期")
# the lead that cites a report, before a look back: ``政府工作报告提出,`` in ``政府工作报告提出,过去一年,…``
_REPORT_LEAD = re.compile(r"^(\s*[^，,。；;:：]{0,16}?(?:报告|報告|公报|公報)[^，,。；;:：]{0,4}?(?:提出|指出|提到|介绍|介紹|回顾|回顧))"
                          r"(?=\s*[,，:：]\s*(?:回顾|回顧)?(?:这|這|过去|過去)(?:的)?(?:一|两|兩|三|四|五|\d)年)")


def masks_look_back_words(sentence: str) -> str:
    """The sentence with the words that read as a commitment but are none in a look back masked: ``应对`` as to cope
    with (``果断应对``, ``应对疫情冲击``; not the modal ``应`` before ``对``: ``各校应对校舍进行排查`` stays), ``超预期`` (beyond
    what was expected: ``超预期因素``; not ``预期`` alone, a forecast), and the verb
    of a lead that cites a report right before the period looked back on (``报告提出,过去一年,…``: what the report
    tells of the past year, not a target it sets; ``报告提出,到2031年…`` stays)."""
    s = _COPING.sub("□□", sentence) if "应对" in sentence or "應對" in sentence else sentence  # (perf25) every match
    # holds one: ``_COPING`` opens with a lookbehind, its scan tried both branches at every character
    s = _BEYOND_EXPECTED.sub("□□□", s)
    lead = _REPORT_LEAD.match(s)
    return "□" * lead.end() + s[lead.end():] if lead is not None else s


# -- a year counted from now in the value's own clause ------------------------------------------------------------------
# ``明年``, ``明年度``, ``来年``, ``下年度``: a year counted from the page's date (not ``明（2032）年``: its year in brackets)
_NEXT_YEAR_WORD = re.compile(r"明年|來年|来年|下年度|下一年度")
_CLAUSE_MARK = re.compile(r"[，,；;。：:︰!?！？|\n]|\.\.")  # (``..``: a full-width colon as the text normalised reads it)
_STATED_YEAR = re.compile(r"(?:19|20)\d\d\s*年|[(（]\s*(?:19|20)\d\d\s*[)）]")


def dated_by_next_year_word(sentence: str, num_start: int, num_end: int) -> bool:
    """The value's own clause dates it by a year counted from now (``当中2 600个将于明年投入服务``, ``明年教育预算逾130亿``,
    ``下年度…总开支超过790亿元``), with no year of its own written in it: the year is null (N9c: ``明年`` alone gives
    null), not a year the sentence states in another clause (``在2031年年底前增加20%,…,当中2 600个将于明年投入服务``) or
    a date stamp after it. Not a clause with its own year (``明（2032）年将再增加…``, ``明年即2032年``), nor ``明年`` in
    another clause than the value's."""
    starts = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, num_start)]
    a = starts[-1] if starts else 0
    b_m = _CLAUSE_MARK.search(sentence, num_end)
    clause = sentence[a:b_m.start() if b_m else len(sentence)]
    return _NEXT_YEAR_WORD.search(clause) is not None and _STATED_YEAR.search(clause) is None


# -- a year inside the name of a document or a programme (N9c) --------------------------------------------------------------
# a verb done to a document, then its name opening with a year: ``审定了2031年重点民生实事工作计划``, ``办理120学年度某某
# 教育计画专案``, ``制定本2031年度工作要点`` (the year, a calendar year or an ROC year, is blanked out)
_NAMED_DOC_YEAR = re.compile(r"(?<=审定|審定|审议|審議|制定|制订|製訂|印发|印發|出台|下达|下達|办理|辦理|编制|編制|申报|申報)"
                             r"(?:了|本)?\s*((?:19|20)\d\d\s*年度?|\d{2,3}\s*(?:学年度|學年度|年度))"
                             r"(?=[^，,。；;：:\d]{0,20}?(?:工作计划|工作計畫|计划|計畫|計劃|计画|实施方案|實施方案|方案|专案|專案|工作要点|工作要點))")
# (tgtA25) also a meeting held or a plan issued, named by its year (``召开的2031年林业工作会议上了解到,当年…``, ``会议召开,发布
# 2031年重点工作安排``), a plan whose issue the sentence reports after its name (``某省2031年某某实施方案近日出炉,提出…``) and the
# central budget funds of a year (``争取到某灌区2031年省级预算内资金420万元``: the fund's name, as a document's)
_NAMED_MEETING_YEAR = re.compile(r"(?<=召开|召開|举行|舉行|发布|發布|公布)(?:的|了)?\s*((?:19|20)\d\d\s*年度?)"
                                 r"(?=[^，,。；;：:\d]{0,24}?(?:工作会议|工作會議|会议|會議|工作安排|重点工作|重點工作|工作重点|工作重點))")  # (tgtB33) ``公布了2031年工作重点``
# (tgtB33) N9c: the year in the name of the meeting a news lead was heard at (``记者从2031年全市教育工作会上获悉``, ``从某县2031年
# 某某建设工作会上了解到``, ``…举行的2031年某省“某某”10件实事新闻发布会上获悉``): the meeting's name, no time of what it reports
_HEARD_AT_MEETING_YEAR = re.compile(r"(?:从|從|在)[^，,。；;：:]{0,24}?((?:19|20)\d\d\s*年度?)"
                                    r"(?=[^，,。；;：:]{0,40}?(?:会|會)(?:议|議)?上(?:获悉|獲悉|了解到|得知|获知|獲知))")
_ISSUED_PLAN_YEAR = re.compile(r"((?:19|20)\d\d\s*年度?)(?=[^，,。；;：:\d《》]{0,24}?(?:实施方案|實施方案|工作方案|行动方案|行動方案|"
                               r"工作要点|工作要點|行动计划|行動計劃)》?\s*(?:近日|日前|正式|已)?(?:出炉|出爐|印发|印發|出台|公布|發布|发布))")
_BUDGET_FUND_YEAR = re.compile(r"((?:19|20)\d\d\s*年度?)(?=(?:中央|省级|省級)[预預]算[内內]?(?:投资|投資|资金|資金|投))")


def masks_document_name_years(sentence: str) -> str:
    """The sentence with the year inside the name of a document or programme that a verb acts on blanked out (same
    length): ``区政府审定了2031年重点民生实事工作计划,安排投资5亿元``, ``补助甲校等7校办理120学年度科学教育计画专案,核定
    计画经费83万元``: the year names the plan and dates none of the quantities after it (N9c). A year stated as the time
    of the commitment keeps it (``2031年计划投资7500万元``: no verb on a document before it; ``2031年将新建学校5所``).
    (tgtA25) Also the year of a meeting held or a work arrangement issued (``召开的2031年某某工作会议上获悉``), of a plan
    reported issued after its name (``2031年某某实施方案近日出炉``) and of a year's central budget funds
    (``2031年省级预算内资金420万元``)."""
    blank = lambda m: m.group()[:m.start(m.lastindex) - m.start()] + "□" * len(m.group(m.lastindex))  # noqa: E731
    if "会议" in sentence or "會議" in sentence or "工作" in sentence:
        sentence = _NAMED_MEETING_YEAR.sub(blank, sentence)  # (tgtA25)
    if "会上" in sentence or "會上" in sentence:
        sentence = _HEARD_AT_MEETING_YEAR.sub(blank, sentence)  # (tgtB33)
    if "预算" in sentence or "預算" in sentence:
        sentence = _BUDGET_FUND_YEAR.sub(blank, sentence)  # (tgtA25)
    if "方案" in sentence or "要点" in sentence or "要點" in sentence or "计划" in sentence or "計劃" in sentence:
        sentence = _ISSUED_PLAN_YEAR.sub(blank, sentence)  # (tgtA25)
    if "计" not in sentence and "計" not in sentence and "方案" not in sentence and "专案" not in sentence \
            and "專案" not in sentence and "要点" not in sentence and "要點" not in sentence:
        return sentence
    return _NAMED_DOC_YEAR.sub(lambda m: m.group()[:m.start(1) - m.start()] + "□" * len(m.group(1)), sentence)
