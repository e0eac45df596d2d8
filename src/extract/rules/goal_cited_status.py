"""(goalA30) Dated sentences of news and reports that state no commitment, by how the sentence is framed.

``cites_cutoff_status``: a sentence that quotes a source's statistics or report (``据某办最新统计,``, ``据《某某状况报告》,``,
``根据某局数据显示,``) and then dates its figures by a cut-off (``截至2031年底,…达…``): what the source counted up to that
date, a status (O3: a sentence about the past; N13), whatever the page's own year. Not a sentence that goes on to say what is
still to come after the cut-off (``…,截至2031年底将建成…``, ``…,截至2031年底,计划…``).

``will_before_progress``: a dated clause that says what will be done (``2031年,某区将启动…项目12个,计划总投资…``) and only
after it, in a clause of its own opened by a word of now (``目前已…``, ``现已…``, ``截至目前…``), how far the work has come:
the progress told after the commitment does not make the commitment a report of the past (O3).
"""

from __future__ import annotations

import re

# the source quoted: ``据…统计``, ``據…數據``, ``根据《…报告》``, ``据…公报显示``, closed by a comma; then a cut-off with its year
_CITED_CUTOFF = re.compile(r"^\s*(?:据|據|根据|根據)[^，,。；;！？]{0,60}?(?:统计|統計|数据|數據|报告|報告|公报|公報|调查|調查|监测|監測|普查)"
                           r"[》」”]?[^，,。；;！？]{0,6}?[，,]\s*(?:截至|截止)(?:到|至)?\s*(?:19|20)\d\d\s*年")
# what still commits after the cut-off
_AHEAD = re.compile(r"将(?!近)|將(?!近)|计划|計劃|拟|擬|力争|力爭|确保|確保|争取|爭取|预计|預計|目标|目標")


def cites_cutoff_status(sentence: str) -> bool:
    """``据某办统计,截止2031年年底,全县60岁以上老年人口达2.4万`` -> True; ``据《某状况报告》,截至2031年底,某省…`` -> True;
    ``截至2031年底,全县建成幼儿园5所`` -> False (no source quoted: a plan may date a commitment so);
    ``据统计,截至2031年底,全县将建成…`` -> False (still to come)."""
    m = _CITED_CUTOFF.match(sentence)
    return m is not None and _AHEAD.search(sentence, m.end()) is None


# a clause opened by a word of now, after a comma or semicolon: ``,目前已…``, ``;现已…``, ``,截至目前…``
_NOW_CLAUSE = re.compile(r"[，,；;]\s*(?:目前|现已|現已|截至目前|截止目前|截至现在|截至現在|如今|眼下)")
_WILL = re.compile(r"将(?!近)|將(?!近)|拟|擬|预计|預計|力争|力爭")  # (not ``计划``: also a word of names, ``某某计划``)


def will_before_progress(sentence: str, at: int) -> bool:
    """The deadline at ``at`` dates a clause of will (``将``, ``拟``, ``预计``…, after the deadline) with no past marker before a later clause
    opened by a word of now: ``2031年,某区将启动新建学校项目12个,计划总投资9亿元,目前已启动甲校建设`` -> True;
    ``2031年,某区已启动项目12个,目前…`` -> False (a result first); ``…,目前已完成`` with no will word -> False."""
    if at < 0:
        return False
    now = _NOW_CLAUSE.search(sentence, at)
    if now is None:
        return False
    a = max(sentence.rfind(c, 0, at) for c in "；;。") + 1
    head = sentence[a:now.start()]
    if _WILL.search(sentence, at, now.start()) is None:
        return False
    from extract.rules.text import is_past
    return not is_past(head)


# ``预计2031年累计完成…``, ``力争2031年底累计建成…``: a total still to reach under an expected or striven-for year;
# ``计划下拨…``, ``将下拨…``, ``拟下拨…``: money still to be handed down
_PLANNED_CUMULATIVE = re.compile(r"(?:预计|預計|力争|力爭|计划|計劃|争取|爭取)\s*(?:在|于|於|到)?\s*20\d\d\s*年(?:底|末)?\s*[,，]?\s*(累计|累計)")
_PLANNED_GRANT = re.compile(r"(?:计划|計劃|将|將|拟|擬|预计|預計)\s*(下拨|下撥)")


def without_planned_totals(sentence: str) -> str:
    """``sentence`` with the past-sounding words of what is still planned blanked, same length (``预计2031年累计完成
    新改建公路15万公里`` -> ``预计2031年□□完成…``; ``2031年计划下拨147万元`` -> ``2031年计划□□147万元``): a total to reach
    and a grant to make, no result told. Left as they are: ``累计`` and ``下拨`` with no such word before them (``截至2030年底
    累计建成…``, ``2030年下拨118万元``)."""
    if "累" not in sentence and "下拨" not in sentence and "下撥" not in sentence:
        return sentence
    blank = lambda m: m.group()[:m.start(1) - m.start()] + "□" * len(m.group(1))  # noqa: E731
    return _PLANNED_GRANT.sub(blank, _PLANNED_CUMULATIVE.sub(blank, sentence))


# ``已排查出的老化燃气管道``, ``已摸排出的危房``, ``已认定的…``, ``已纳入的…``, ``已列入清单的…``: 已 inside a phrase that names the
# things a task is to deal with by how they were found or listed (a verb of finding or listing closed by 的, a noun after it)
_IDENTIFIED_THINGS = re.compile(r"已(?:经|經)?(?:排查|摸排|查明|查出|认定|認定|核定|确定|確定|纳入|納入|列入|登记|登記|发现|發現|鉴定|鑒定|筛查|篩查)"
                                r"(?:出|出来|出來)?[^，,。；;的]{0,8}?的(?=[\u4e00-\u9fff“「])")


def without_identified_things(sentence: str) -> str:
    """The sentence with each 已-phrase that names the things a task deals with by how they were found or listed blanked,
    same length (``完成已排查出的危旧校舍的加固任务`` keeps its task; ``已排查出…的`` is no result told): ``2031年
    将全面完成已认定危房的改造`` is a commitment. Left: 已 before a result (``已排查隐患120处``: no 的 closing a phrase)."""
    if "已" not in sentence:
        return sentence
    return _IDENTIFIED_THINGS.sub(lambda m: "□" * len(m.group()), sentence)


# a year's statistical bulletin or annual report named near the page's top (``《2031年度某省人社事业发展统计公报》``,
# ``某街道2031年政府信息公开工作年度报告``): what it reports are that year's results
_BULLETIN = re.compile(r"(20\d\d)\s*年(?:度)?[^。\n》」]{0,40}?(?:统计公报|統計公報|年度报告|年度報告|工作年报|工作年報)")


def bulletin_year(text: str) -> int | None:
    """The year of a statistical bulletin or annual report an undated page reports or is, named among its first 600
    characters (``…发布的《2031年度某省人社事业发展统计公报》显示,…`` -> 2031); None where none is named. A year's
    results are told after it, so a dated sentence of that year or before, with nothing still to come, is a result
    (``goals.dated_in_reported_year``)."""
    m = _BULLETIN.search(text[:600]) if "报" in text[:600] or "報" in text[:600] else None
    return int(m.group(1)) if m else None


# ``于2031年5月公布…``, ``於2031年7月成立…``, ``于2031年3月12日正式发布…``: a one-off act (a publication, a founding, a vote)
# told with its month, right after 于/於
_DATED_ACT = re.compile(r"(?:于|於)\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:正式|先后|先後)?\s*"
                        r"(?:公布|公佈|成立|推出|颁布|頒布|发布|發布|通过|通過|设立|設立|刊宪|刊憲|宣布|印发|印發|出台|签署|簽署|揭牌)")
# any word that puts the act ahead or makes it a step to take
_AHEAD_WORD = re.compile(r"将(?!近)|將(?!近)|拟|擬|计划|計劃|预计|預計|预定|預定|要|须|須|应|應|力争|力爭|争取|爭取|确保|確保|前|底|之内|以内|以內")


def tells_dated_act(sentence: str, at: int) -> bool:
    """The deadline at ``at`` is the month of a one-off act told as done (``为提升治理效能,政府于2031年5月公布完善治理
    建议方案`` -> True; ``…于2031年7月成立某委员会,以期…`` -> True): news of an act, no commitment (O3), where no word of
    the sentence puts it ahead or makes it a step (``将于2031年5月公布``, ``须于2031年5月前成立``, ``计划于…``: False)."""
    if at < 0:
        return False
    m = _DATED_ACT.search(sentence)
    return m is not None and m.start(1) == at and _AHEAD_WORD.search(sentence) is None


# ``将是本县近年最有特色的…``, ``近年来最大规模的…``, ``近年少有的…``: recent years as the field of a superlative
_RECENT_SUPERLATIVE = re.compile(r"近(?:几|幾)?年(?:来|來)?(?=最|少有|罕见|罕見|少见|少見|首见|首見)")


def without_recent_superlative(sentence: str) -> str:
    """The sentence with each ``近年`` that only bounds a superlative blanked, same length (``届时新园舍将是本县近年最有
    特色的建筑`` -> ``…本县□□最有特色…``): a comparison, no result told over recent years (``近年来新建学校5所`` is left)."""
    if "近" not in sentence:
        return sentence
    return _RECENT_SUPERLATIVE.sub(lambda m: "□" * len(m.group()), sentence)


# ``…召开的2031年全国教育工作会议上获悉``, ``在召开的2031年全市卫生健康工作会议上``: the year's work conference told as held
_YEAR_CONFERENCE_HELD = re.compile(r"(?:召开|召開|举行|舉行|举办|舉辦)(?:的)?\s*(20\d\d)\s*年(?:度)?[\u4e00-\u9fff]{0,16}?工作(?:会议|會議)")


def conference_held_year(lead: str) -> int | None:
    """The year of the year's work conference a page's lead tells as held (``记者从11日教育部召开的2031年全国教育工作会议
    上获悉,过去一年,…`` -> 2031): the page speaks from that year (O3d), as from the year's congresses (``2031年两会``);
    None where the lead tells none (``将于2031年1月召开…会议``: no ``召开的`` before the year)."""
    m = _YEAR_CONFERENCE_HELD.search(lead) if "工作" in lead else None
    return int(m.group(1)) if m else None


# a time field and only its date or span: ``时程:即日起至2031年3月31日``, ``活动时间:2031年4月1日-4月30日``,
# ``报名日期:自2031年5月1日起至5月20日止``
_TIME_LABEL = (r"(?:活动|活動|报名|報名|收件|征稿|徵稿|受理|办理|辦理|实施|實施|执行|執行|竞赛|競賽|比赛|比賽|展览|展覽)?"
               r"(?:时程|時程|期程|时间|時間|日期|期间|期間|期限)")
# (lead49) also an ROC year (``111 年``), a weekday in full (``(星期一)``) and a clock time after the day (``下午 5 时``)
_DAY = (r"(?:(?:(?:19|20)\d\d|1[0-4]\d|[1-9]\d)\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[(（](?:星期|週|周)?[一二三四五六日天][)）])?"
        r"(?:\s*(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*(?:时|時|点|點)(?:\s*\d{1,2}\s*分)?)?")
_ITEM = r"(?:[-•·●]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.、．](?!\d))"
_TIME_FIELD = re.compile(r"^\s*(?:" + _ITEM + r"\s*)?" + _TIME_LABEL + r"\s*[:：]\s*(?:即日起|自即日起)?\s*(?:自|从|從|由)?\s*"
                         r"(?:" + _DAY + r"|(?:19|20)\d\d\s*年)?\s*(?:起)?\s*(?:至|到|—|–|-|~|－)?\s*" + _DAY + r"\s*(?:止|前|为止|為止)?\s*[。.]?\s*$")


def is_time_field(sentence: str) -> bool:
    """A field of a notice that gives only when its matter runs (``时程:即日起至2031年3月31日``, ``活动时间:2031年4月1日
    -4月30日``): the timetable, no commitment of its own (O3, as a phase line), whatever year it names; not a line that goes on
    with a deed (``时间:2031年3月底前完成验收``)."""
    return _TIME_FIELD.match(sentence) is not None


# a news headline that names who speaks, then a colon and the claim: ``三部门:到2031年全国完成…``, ``教育部:2031年起…``,
# ``某省:到2031年建成…`` (not a label of the plan's own, ``目标:…``, ``任务:…``)
_AGENCY_COLON = re.compile(r"^(?:[两兩二三四五六七八九十多]\s*部[门門]|[\u4e00-\u9fff]{1,8}(?:部|委|局|厅|廳|署|办|辦|院|政府|省|市|县|縣|区|區))"
                           r"\s*[:：]\s*[^,，。；;:：!?！？\n]{6,40}$")
_PLAN_LABEL_WORD = re.compile(r"目标|目標|任务|任務|要求|措施|原则|原則|思路|内容|內容|时间|時間|单位|單位")


def agency_colon_headline(line: str, next_line: str) -> bool:
    """A page's headline in the form ``who: what`` (``三部门:到2031年全国完成新改建农村公路30万公里``) over the story's
    body (a line of sentences): a title, no goal (N17, G4a: the story tells it again); not a label line of a plan
    (``工作目标:到2031年…``), nor a line over another short line."""
    p, nxt = line.strip(), next_line.strip()
    if _AGENCY_COLON.match(p) is None or _PLAN_LABEL_WORD.search(p.split(":")[0].split("：")[0]):
        return False
    return "。" in nxt or len(nxt) > 45


# a from-year (``从2031学年度起``, ``自2031年起``) and, later in the sentence, the people it benefits now (``受惠``, ``受益``)
_FROM_YEAR = re.compile(r"(?:自|从|從)\s*(20\d\d)\s*(?:年|学年|學年)(?:度)?\s*(?:起|开始|開始)")
_BENEFIT = re.compile(r"受惠|受益|获益|獲益")
_MODAL = re.compile(r"将(?!近)|將(?!近)|要|拟|擬|计划|計劃|力争|力爭|预计|預計|会|會|应|應|须|須|可望|有望")


def since_with_beneficiaries(sentence: str, at: int) -> bool:
    """The year at ``at`` says since when a measure has run, and the sentence tells whom it benefits (``某乡从2031学年度起
    针对七所学校实施午餐费减半政策,每学期逾六百名学子受惠``): a measure in force told as news, no commitment (O3); not where
    a modal puts the measure ahead (``从2032年起,全县将实施…,惠及…``)."""
    if at < 0 or _BENEFIT.search(sentence) is None:
        return False
    m = _FROM_YEAR.search(sentence)
    return m is not None and m.start(1) == at and _MODAL.search(sentence) is None
