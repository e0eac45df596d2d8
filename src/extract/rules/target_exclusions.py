"""Sixteenth-round cues (tfp16) that keep numbers which are no commitment out of the numeric targets.

Each cue is a small function with made-up examples; the hooks in ``rules.targets`` call them at the decision point.
"""

from __future__ import annotations

import re

# what may stand between two values of one list: a joiner and nothing else (``300万元、260万元``, ``12所和8所``)
_LIST_JOINER = re.compile(r"^\s*(?:、|和|及|与|以及|或)\s*$")


def shares_first_value_status(between: str, prev_cues: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """A later value of a list (``…资金分别为300万元、260万元和900万元``, ``完成投资分别为700万元和500万元``) that
    only a joiner parts from the value before it, which was rejected as a status (``status:为``, ``status:现有``,
    a past marker): the words that commit nothing for the first value commit nothing for the rest (N13); a verb in
    the clause head before the list (``新建学校的资金分别为…``) names the works, as it did for the first value. Not a
    value with words of its own after the value before (``现有学校5所,新建学校2所``: a comma and a verb), nor a value
    after a value that was taken or rejected for another reason (a name, an age)."""
    if not prev_cues or not prev_cues[0].startswith(("status:", "past_marker")):
        return False
    if not cues or not set(cues) <= {"target_verb", "target_verb:list", "comparator"}:
        return False
    return _LIST_JOINER.match(between) is not None


def names_grade(unit: str, after: str) -> bool:
    """A school grade, not a span of years: ``年`` run into ``级`` (``小学4-5年级每周2节``, ``初中1年级``) or ``年``
    before ``级`` with a blank between them, names which pupils (N15: a who, not a how-much). Not a span of years
    before another word (``学制3年,级别…``: a comma parts them; ``3年内``)."""
    return unit == "年" and after.lstrip(" ").startswith("级")


# a value of a list: digits and a short measure, then ``、`` (``900元、``, ``15%、``)
_LISTED_VALUE = r"\d[\d,.]*\s*[^\d，,；;。、:：]{0,3}\s*、\s*"
# ``由每人每月900元、`` before a later value; ``由每人每月`` before the first
_LIST_BASE_FROM = re.compile(r"(?:由|从)[^，,；;。\d]{0,16}(?:" + _LISTED_VALUE + r")*$")
# ``、700元统一提高到…``, ``元统一提高到…``: the other values of the list, then the change and its end point
_LIST_BASE_TO = re.compile(r"^\s*[^\d，,；;。、]{0,3}(?:\s*、\s*\d[\d,.]*\s*[^\d，,；;。、]{0,3})*\s*(?:分别|统一|均|都|一律)?"
                           r"(?:提高|提升|增加|增长|扩大|下降|降低|减少|调整|上调|下调)(?:到|至)")


def is_listed_baseline(before: str, after: str) -> bool:
    """A starting value of a change whose starting values are a ``、`` list (``补贴标准由每人每月900元、700元统一提高到
    1000元``): every value of the list is where the change starts (N2, as ``由85%提高到95%`` gives nothing for 85%),
    the end point alone is the target. Not a list after the change (``提高到900元、700元``: no ``由`` before), nor a
    ``由`` that names who acts (``由甲局新建学校3所、幼儿园2所``: no change to a value after the list)."""
    if "由" not in before and "从" not in before:
        return False
    if "、" not in after[:12] and "、" not in before[-12:]:
        return False  # a single starting value: ``is_baseline`` reads it
    return _LIST_BASE_FROM.search(before) is not None and _LIST_BASE_TO.match(after) is not None


# ``招收年龄下延至``, ``招收月龄为``, ``年龄段在``: a label of an age, then a short verb of where it lies
_AGE_LABEL_BEFORE = re.compile(r"(?:年龄|月龄|年龄段)[^，,；;。\d]{0,8}$")


def ages_after_label(before: str, unit: str) -> bool:
    """An age or an age range right after a word that names an age (``托育中心招收年龄下延至10-24个月``, ``招收月龄为
    12个月以上的婴幼儿``): it says whom a service takes, a who (N15), not a quantity to reach. Not a span in years
    (``劳动年龄人口平均受教育年限达12年``: unit ``年``, an amount), nor an age word far before (``年龄…,新建托位200个``)."""
    return unit.endswith(("个月", "月龄", "岁", "周岁")) and _AGE_LABEL_BEFORE.search(before) is not None


_CATEGORY_UNITS = ("项", "件", "个", "個", "項")
# a category's name: ``保障类``, ``设施類`` (words, no count: not ``7大类``)
_CATEGORY_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}(?<![大小])[类類]\s*$")
# the total, then its categories: ``…12项,其中保障类5项…``
_CATEGORIES_FOLLOW = re.compile(r"^\s*[,，]\s*其中\s*[\u4e00-\u9fff]{2,8}(?<![大小])[类類]\s*\d")


def counts_by_category(clause_head: str, unit: str, after: str) -> bool:
    """The make-up of a list by its categories (N12a): the counts of the categories after ``其中`` (``共办实事10项,其中
    保障类4项、设施类6项``: 4 and 6) and the total they break down (10): they count the parts of the list, not what a
    commitment delivers. Not a count of items that the works deliver (``实施甲、乙等7大类75个项目``: ``7大类`` counts
    no named category), nor a breakdown by anything but a category (``新建学校10所,其中小学4所``)."""
    if not unit.endswith(_CATEGORY_UNITS):
        return False
    if _CATEGORIES_FOLLOW.match(after):
        return True
    if "其中" not in clause_head:
        return False
    seg = clause_head[max(clause_head.rfind("、"), clause_head.rfind("其中") + 1) + 1:]
    return _CATEGORY_NAME.fullmatch(seg) is not None


# ``…卫生方面的主要进展有``, ``主要进展如下:``, ``取得的成效是:``: the line ends by announcing the progress it lists
_PROGRESS_INTRO = re.compile(r"(?:进展|進展|成效|成绩|成績)(?:情况|情況)?(?:有|如下|是|為|为)\s*[:：]?\s*$")


def announces_progress(paragraph: str) -> bool:
    """A paragraph that ends by announcing the progress or results it goes on to list (``各项实事中,卫生方面的主要
    进展有``, ``主要进展如下:``): the items after it report what was done (N13), whatever verbs they use (``●完成甲校与
    乙校结对共建``). Not a line that announces tasks (``主要任务如下:``, ``下一步打算有:``), nor a heading that names a
    progress column (``进展情况``: no announcing verb)."""
    return _PROGRESS_INTRO.search(paragraph.strip()) is not None


# ``占比高达``, ``人数多達``: a word that stresses how large a figure is (as high as, as many as)
_BOASTS = re.compile(r"(?:高达|高達|多达|多達)\s*(?:约|約)?\s*$")


def boasts_level(before: str) -> bool:
    """A figure stressed as large, ``高达`` / ``多达`` right before it (``全县支出中卫生经费占比高达25%``, ``参与人数多达
    5000人``): a news report of where a figure stands (N13), as ``仅`` marks how small one is. The hook leaves it to a
    modal or a year ahead in its clause (``预计到2031年将高达…``) to make it a target. Not ``达`` alone (``覆盖率达90%``: a level to
    reach) nor ``提高达`` (no stress word)."""
    return _BOASTS.search(before) is not None


_SET_OUT_UNITS = ("件", "项", "項")
# what a count of a list counts: ``民生实事``, ``大事和民生实事``, ``惠民工程``, ``为民办实事项目``
_LIST_NOUN = re.compile(r"实事|實事|民生|民心|惠民|为民|為民|大事")
# the items set out after the count: ``分别是:``, ``具体如下:``, ``包括:``; or ``6件包括新建…`` right after the count
_SET_OUT_NEXT = re.compile(r"[^。；;\d]{0,16}?[。；;,，\s]*(?:分别是|分別是|分别为|分別為|具体如下|具體如下|具体包括|具體包括|主要包括|包括|如下)\s*[:：]")
_COUNT_THEN_ITEMS = r"(?<![\d.])(?:{n}\s*(?:件|项|項)[^。；;\d]{{0,12}}?(?:包括|包含|分别是|分別是|如下|具体是)|{n}\s*(?:件|项|項)[^。；;\d]{{0,12}}?[:：])"


def _numbered_run(text: str, n: int) -> bool:
    """The text holds the markers of the items 1 and ``n`` of a numbered list, ``n`` after 1: ``(1)`` ... ``(8)``,
    ``01.`` ... ``12.``, ``1、`` ... ``10、`` at a line's or a sentence's start."""
    def marker(k: int) -> re.Pattern[str]:
        return re.compile(r"(?:^|[\n。；;\s])\s*(?:[(（]0?" + str(k) + r"[)）]|0?" + str(k) + r"\s*[.．、](?!\d))")
    first = marker(1).search(text)
    return first is not None and marker(n).search(text, first.end()) is not None


def counts_set_out_list(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """A count of a list of 实事 (``重点办好8件民生实事。分别是:(1)…``, ``承接省级民生实事6件`` where the page
    goes on ``省级民生实事6件包括…``, ``实施民生实事12件`` over items ``01.`` to ``12.``) that the text sets out
    item by item: it counts the parts of the text, not what the commitment delivers (N12a, adjudicated in round 15),
    at every mention, a headline's too. ``text``, ``start``, ``end``: the record's text and quote span (the count closes
    it). Not a count of 实事 that the text does not set out (``将实施40件为民办实事项目`` with no items after), nor a
    count of works (``新建学校10所``: no list unit)."""
    if not unit.endswith(_SET_OUT_UNITS) or value != int(value) or not 2 <= value <= 60:
        return False
    if _LIST_NOUN.search(text, start, min(len(text), end + 16)) is None:
        return False
    stop = text.find("。", end)
    if _SET_OUT_NEXT.match(text, end, min(len(text), (stop if stop >= 0 else end) + 12)) is not None:
        return True
    n = int(value)
    if re.search(_COUNT_THEN_ITEMS.format(n=n), text) is not None:
        return True  # the count again, heading its items (``…6件包括…``, ``8件民生实事:``)
    return n >= 3 and _numbered_run(text, n)


# the end of an item that names a measure: ``入学率``, ``巩固率``, ``参保人数``, ``占比``, ``覆盖面``
_MEASURE_END = re.compile(r"(?:率|比例|比重|占比|人数|数量|总数|覆盖面|时间|时长|水平|指数|系数)$")


def without_qualifier_items(items: tuple[tuple[int, str], ...]) -> tuple[tuple[int, str], ...]:
    """The items of a ``均`` list (``甲率和乙率均达到N``) without the leading ones that name no measure but whom the measures
    are about: ``甲乡、乙乡学生入学率、巩固率均达98%`` reads ``甲乡、乙乡学生`` as the pupils of both rates (two records, not a
    third for ``甲乡``). Not a list whose every item names a measure (``入学率、巩固率均达98%``), nor one whose items name no
    measure at all (``甲校、乙校均达到省级标准``: each item is a thing that reaches the level), nor places before one measure
    (``城区和乡镇公办园占比均达到60%``: each place takes it; two measures at least must follow the leading items)."""
    measured = [_MEASURE_END.search(item) is not None for _at, item in items]
    if measured[0] or not any(measured):
        return items
    k = measured.index(True)
    return items[k:] if all(measured[k:]) and len(items) - k >= 2 else items


# ``一、政策背景``, ``(一)项目背景``, ``第一章 实施背景``: a background named by what it is the background of
_BACKGROUND_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节]|\d+\s*[、.．])?\s*"
                                 r"(?:政策|项目|項目|实施|實施|出台|制定|工作|改革)背景\s*$")


def names_background(title: str) -> bool:
    """A heading that names the background of a policy or a project (``一、政策背景``, ``一、項目背景``): an introduction
    that states the situation, as ``背景`` alone does (``heading_gives_context``), so a number in it needs a cue of its own.
    Not a heading about something else (``一、背景调查工作``, ``二、决策依据``), nor a plan's review of its base
    (``一、规划背景``, ``发展背景``: read as reviews)."""
    return "背景" in title and _BACKGROUND_HEADING.match(title.replace(" ", "").replace("\u3000", "")) is not None


# ``低于全国平均``, ``高于全省平均水平``, ``超出同期``: a comparison word, then the reference it compares with
_GAP_TO_REFERENCE = re.compile(r"(?:低于|高于|超过|少于|多于|超出|领先|落后)(?:全国|全省|全市|全区|全县|同类地区)?的?"
                               r"(?:平均(?:水平|值|数)?|同期|上年)\s*$")


def gap_to_reference(before: str) -> bool:
    """A gap between a figure and a reference (``乡村教师研究生学历比例低于全省平均8个百分点``, ``高于全省平均水平3岁``): how far
    a figure stands from an average now (N13), not a bound (``低于`` before the number is; here the reference stands
    between them). The hook leaves it to a modal or a year ahead in the clause (``力争高于全省平均5个百分点``) to make it
    a target. Not a bound with its number right after it (``辍学率低于1%``)."""
    return _GAP_TO_REFERENCE.search(before) is not None


_FIRST_TRANCHE = re.compile(r"(?:首笔|首筆|第一笔|第一筆|头笔|頭筆)\s*(?:约|約|为|為)?\s*$")


def first_tranche(before: str) -> bool:
    """The first tranche of money already granted (``首笔5亿元拨款用于…``): an act done (N17b's example), not the amount
    a budget sets aside. The hook leaves it to a modal or a year ahead in the clause (``首笔拨款将于明年…``: no number right
    after the word then) to make it a target. Not a tranche still to be paid with its own future word (``将拨出首笔…``:
    the modal stands in the clause), nor a ``笔`` that counts (``新增3笔贷款``)."""
    return _FIRST_TRANCHE.search(before) is not None


_NEARLY = re.compile(r"[将將](?=近\s*[约約]?\s*(?:\d|$))")


def masks_nearly(text: str) -> str:
    """``将近`` before a number is ``nearly`` (``教室空调安装比例将近90%``, ``将近80亿由省级负担``), no modal ``将``: the
    ``将`` is masked (``□近``) so that only the text's other words decide whether the number commits; ``将近`` at the end
    of a clause head is read so too (the number follows it). Not the modal before a verb (``将近期完成…``: no number right
    after ``近``; ``将新建学校3所``)."""
    return _NEARLY.sub("□", text) if ("将近" in text or "將近" in text) else text


# a label that opens a list of links to other pages: ``热门新闻``, ``相关阅读``, ``猜你喜欢``, ``最新文章``
# (lead41) also the label's words in the other order (``新闻推荐``, ``频道推荐``, ``点击排行``)
# (lead39) also closed by a colon (``相关推荐:``) and the doc-sharing and 范文 sites' words (``相关范文``, ``更多文档``, ``为你推荐``,
# ``大家都在看``)
_LINK_LIST_LABEL = re.compile(r"^\s*[【\[]?\s*(?:热门|熱門|相关|相關|最新|热点|熱點|精彩|延伸|推荐|推薦|更多|为你|為你)\s*"
                              r"(?:新闻|新聞|阅读|閱讀|文章|推荐|推薦|资讯|資訊|范文|範文|文档|文檔|内容|內容|专题|專題)"
                              r"\s*[】\]]?\s*[:：]?\s*$|^\s*(?:猜你喜欢|大家都在看)\s*[:：]?\s*$"
                              # (lead41) the other order: ``新闻推荐``, ``频道推荐``, ``新闻排行``, ``点击排行榜``
                              r"|^\s*[【\[]?\s*(?:新闻|新聞|资讯|資訊|文章|频道|頻道|图片|圖片|视频|視頻|点击|點擊|阅读|閱讀)\s*"
                              r"(?:推荐|推薦|排行榜?|精选|精選)\s*[】\]]?\s*[:：]?\s*$")
# a link's title: a short line with no sentence end ((lead41) a headline's ``!`` or ``?`` inside the line is none:
# ``某市公积金基数有调整!7月1日起执``)
_LINK_TITLE = re.compile(r"^[^。]{1,48}(?<![。！？!?])$")
# (lead43) a line that marks where the page's own content begins (``主要內容``, ``正文``): no link title, it ends a list
_MAIN_CONTENT = re.compile(r"^\s*(?:主要内容|主要內容|正文|正文内容|正文內容|内容正文|內容正文)\s*[:：]?\s*$")


# (goalA27) the editor's credit that closes a news story (``[责任编辑:某某]``, ``责任编辑:某某``) on a line of its own: a run of
# headlines right after it is the site's list of other stories (no label of its own needed)
_EDITOR_CREDIT = re.compile(r"^\s*[【\[(（]?\s*(?:责任编辑|責任編輯)\s*[:：][^\n。]{0,20}?[】\])）]?\s*$")
# (lead42) a story's last paragraph closed by its editor's credit in brackets (``…尽快作出选择。 (编辑:某某)``): the story ends there
_CLOSING_CREDIT = re.compile(r"[。！？!?]\s*[(（]\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：][^()（）\n]{1,12}[)）]\s*$")
_CREDIT_LIST_MIN = 3  # (a subtitle or two under a credit at the page's top is the story's own: a list has more titles)
# an item's mark (``一、``, ``1.``, ``(二)``, ``①``): the story's own list after a credit at its top, no other story's headline
_ITEM_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])")


def is_editor_credit(line: str) -> bool:
    """A line that is only the editor's credit (``[责任编辑:某某]``, ``责任编辑:某某``), or (lead42) a story's last paragraph
    closed by it in brackets (``…。 (编辑:某某)``): four or more short lines without a sentence end right after it are other
    stories' headlines (G2a), as under ``相关新闻``."""
    return ("编辑" in line or "編輯" in line) and (_EDITOR_CREDIT.match(line) is not None
                                                  or _CLOSING_CREDIT.search(line) is not None)  # (lead42)


def link_list_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the link titles listed under a label of other pages (``热门新闻``, ``相关阅读``, ``猜你
    喜欢``): the headlines of other articles, navigation (G2a), whose numbers are no commitment of this page. A list runs
    over the short lines without a sentence end right after its label, blank lines skipped, up to the first line that
    is long or ends a sentence (the page's own text goes on there). Not a label inside a sentence (``详见相关新闻。``).
    (goalA27) The editor's credit line opens such a list too where four titles or more follow it."""
    spans: list[tuple[int, int]] = []
    pos = 0
    open_list = False
    start = -1
    need = 1  # the titles a list needs (``_CREDIT_LIST_MIN`` after a credit line)
    count = 0
    for line in text.split("\n"):
        end = pos + len(line)
        credit = is_editor_credit(line)
        if _LINK_LIST_LABEL.match(line) or credit:
            if open_list and start >= 0 and count >= need:
                spans.append((start, pos))
            open_list, start, count, need = True, -1, 0, (_CREDIT_LIST_MIN if credit else 1)
        elif open_list and line.strip():
            title = line.strip()
            if _MAIN_CONTENT.match(title) is None and (_LINK_TITLE.match(title) or (len(title) <= 20 and title.endswith(("?", "？")) and "。" not in title)) \
                    and not (need > 1 and _ITEM_MARK.match(line)):  # (goalA27) items are the story's; (lead42) a headline's question
                start = pos if start < 0 else start
                count += 1
            else:
                if start >= 0 and count >= need:
                    spans.append((start, pos))
                open_list, start = False, -1
        pos = end + 1
    if open_list and start >= 0 and count >= need:
        spans.append((start, len(text)))
    return spans


# ``在该省``, ``在全市``, ``覆盖``, ``覆盖20个山区县和``: a place scope before the count
# (lead49) also the places left out (``在全省除23个重点县以外的…``) and places counted within places (``在全省12个市州60个县区``)
_SCOPE_BEFORE = re.compile(r"(?:在\s*(?:该|本|全|我|其)(?:省|市|区|县|州|国|镇)\s*除?|覆盖(?:全省|全市|全区|全县|全国)?)"
                           r"(?:\d+\s*个[^，,。；;\d]{1,6}?(?:和|及|与|、)?)*(?:\d+\s*个[^，,。；;\d]{1,10}?的)?(?:其他|其它|其余)?\s*$")  # (lead46) ``在全省12个试点县以外的其他县区``
# what is counted: places (``市州``, ``山区县``, ``乡镇``), not works built there
_PLACES_COUNTED = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4}?(?:地州市|市州|地市|县市区|区县|县区|县|乡镇|镇街|街道|地区|省份|省|市|区))"
                             r"(?![\u4e00-\u9fff]{0,2}(?:建设|改造|学校|幼儿园|中心|站|馆|新建))")


def counts_places_in_scope(before: str, unit: str, after: str) -> bool:
    """A count of the places a programme is launched in or covers (``日前在该省9个市州同步启动``, ``覆盖20个山区县和
    6个海岛县的400个乡镇``): where a measure applies (N12b: ``在36个重点城市``, as ``counts_places_where`` reads a count
    right after ``在``), no amount. Not a count of works or people (``覆盖学生1万人``, ``在全市新建幼儿园12所``: no place
    noun after the count), nor places that a measure builds (``覆盖5个县的学校建设``)."""
    if unit not in ("个", "個"):
        return False
    return _SCOPE_BEFORE.search(before) is not None and _PLACES_COUNTED.match(after) is not None


# a word of what is still ahead in a breakdown's own words: a modal, a plan word, a deadline
_AHEAD_WORD = re.compile(r"将|要|拟|计划|预计|力争|确保|到\s*20\d\d|年底前|以前")


def breaks_down_untaken_total(since_total: str, total_cues: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """A part of a total (after ``其中`` in the same sentence) whose total was not taken, as a bare figure or a status
    (``全县卫生系统重点工程7个,其中在建工程4个、新开工工程2个``): the parts break down that figure and share it (N13); the
    verb inside a part's name (``新开工工程``) commits nothing. ``since_total``: the text from the total's end to the
    part. Not a part with a word of its own of what is ahead (``其中将新建学校2所``), nor the part of a total that was
    taken (``新建学校10所,其中小学4所``) or rejected as a name or an age."""
    if "其中" not in since_total or not total_cues:
        return False
    if total_cues[0] != "bare" and not total_cues[0].startswith("status:"):
        return False
    if not cues or not set(cues) <= {"target_verb", "target_verb:list"}:
        return False
    return _AHEAD_WORD.search(since_total) is None


def same_measure(total_unit: str, unit: str) -> bool:
    """A part of a ``其中`` breakdown counts what its total counts: the same measure word (``重点工程7个,其中新开工工程
    2个``; ``学位3000个,其中公办学位2000个``). A later figure of another measure in the same sentence is no part of that
    total but a statement of its own (``全县平均19%,其中某乡约21%,省级补助约2.8亿元``: the amount is not a part of the
    19%), so the breakdown's status does not carry over to it."""
    return total_unit == unit


# ``此前``, ``原先``, ``以往``: a clause that opens on a time before now
_EARLIER_OPENING = re.compile(r"^\s*(?:此前|原先|原来|原來|以往)(?![\u4e00-\u9fff]{0,2}(?:的基础|基礎))")


def opens_on_earlier_time(clause_head: str) -> bool:
    """A clause that opens on a time before now (``此前某校学生日均作业时间达3小时``, ``原先每班人数为60人``): the
    figure it gives is a past state (N13), what a measure changes, not a level to reach. Not a deadline (``2031年之前``:
    ``之前`` after a year, not at the clause's start), nor a base frame (``在原来的基础上``: read by ``in_base_frame``), nor
    ``以前`` (``以前瞻思维…``: a word of its own)."""
    return _EARLIER_OPENING.match(clause_head) is not None


# ``县政府拟办八件实事``, ``拟办的民生实事``: ``拟办`` naming a list of 实事, the name of the year's list
_PLANNED_LIST_NAME = re.compile(r"拟办(?:的)?[^，,。；;\d]{0,6}?(?:实事|實事|民生工程|民心工程)")


def modal_names_a_list(before: str) -> bool:
    """The only modal word before the number is the ``拟`` of ``拟办…实事``, the name of a government's list of 实事
    (``其中投入县政府拟办八件实事中卫生项目资金2亿元``): it names the list the money went to and commits to nothing. Not a
    text with another modal (``将``, ``计划``), nor ``拟`` as a verb of its own (``拟新建学校3所``)."""
    from extract.cues import _MODAL

    words = [m for m in _MODAL.finditer(before)]
    return bool(words) and all(m.group() == "拟" and _PLANNED_LIST_NAME.match(before, m.start()) for m in words)


# ``据统计,``, ``經統計``, ``统计显示,``: a sentence that opens its report on counted figures
_STATISTICS_OPENING = re.compile(r"(?:^|[。，,；;\s])(?:据统计|據統計|经统计|經統計|统计显示|統計顯示)(?:显示|顯示)?[,，:：]?")
# what a sentence says is still ahead: a modal, a next step, a plan word, a deadline
_AHEAD_IN_SENTENCE = re.compile(r"将|將|要|拟|擬|计划|計劃|预计|預計|力争|力爭|确保|確保|目标|目標|再|到\s*20\d\d|年底前|以前")


def reports_statistics(before: str, sentence: str) -> bool:
    """A figure reported after ``据统计`` (``据统计,全县现有养老床位3000张,护理型床位占比达到55%``): a count of what
    stands now (N13), whatever verb states it, when the sentence says nothing of what is still ahead. Not a sentence
    that goes on to a next step or a plan (``经统计,两年来已新增托位300个,明年再新增至少100个``), nor a name that holds the word
    (``“大数据统计”等6个课题``: no clause opens with it)."""
    if "统计" not in before and "統計" not in before:
        return False
    return _STATISTICS_OPENING.search(before) is not None and _AHEAD_IN_SENTENCE.search(sentence) is None


_ADDRESS_LINE = re.compile(r"(?:网址|網址|链接|鏈接|原文链接|原文地址)\s*[:：]\s*(?:https?://|www\.)")


_TITLE_LABEL = re.compile(r"^\s*(?:标题|標題)\s*[:：]")


def cites_page_address(paragraph: str, text_before: str = "") -> bool:
    """A line that gives a page's web address (``【】网址:http://…``, ``原文链接:https://…``), and the ``标题:`` line right
    under it: a site's footer that cites the page, furniture (G2a; a footer's ``标题:`` copy is no mention, G4a).
    ``text_before``: the text before the paragraph. Not a page's own title line (``标题: 今年某区新建学校5所`` under a
    date line, no address above it), nor a sentence that names a site (``登录某某网查询``)."""
    if _TITLE_LABEL.match(paragraph):
        last = text_before.rstrip("\n").rsplit("\n", 1)[-1]
        return _ADDRESS_LINE.search(last) is not None
    return ("址" in paragraph or "链接" in paragraph or "鏈接" in paragraph) and _ADDRESS_LINE.search(paragraph) is not None


# ``3种慢病纳入…``, ``2类人群列入…``: the count, a short noun, then the verb that takes them into a list or a service
_TAKEN_INTO = re.compile(r"^\s*[^，,。；;\d、]{0,4}?(?:被)?(?:纳入|納入|列入)")


def counts_named_kinds_taken_in(clause_head: str, unit: str, after: str) -> bool:
    """The count of the kinds a ``、`` list names, which a measure takes into a service or a list (``将冠心病、哮喘、
    痛风3种慢病纳入家庭医生签约服务``): it totals the names, where the measure applies (N12a: ``列入
    20项民心工程``), no amount. Not a count of what a commitment delivers (``竣工甲校、乙校等2项工程``: no ``纳入``), nor
    a count with no list before it (``纳入10种疾病``: the count after the verb)."""
    return unit in ("种", "種", "类", "類", "项", "項", "个", "個") and "、" in clause_head \
        and _TAKEN_INTO.match(after) is not None


# ``屋龄``, ``楼龄``, ``校舍使用年限``: the age of a building before a bound in years
_BUILDING_AGE = re.compile(r"(?:屋龄|屋齡|楼龄|樓齡|房龄|房齡|校龄|校齡|使用年限|建成年限|车龄|車齡)\s*(?:在|达|達)?\s*$")


def selects_by_age_of_building(before: str, unit: str, after: str) -> bool:
    """The age of a building that says which classrooms or schools a measure concerns (``更新2万间屋龄20年以上教室的
    照明``): a threshold that selects cases (N12), no amount to reach. Not a span the works take (``工期2年``), nor
    an age with no bound (``屋龄15年``: no ``以上``/``以下`` after it, a status)."""
    return unit == "年" and _BUILDING_AGE.search(before) is not None \
        and after.lstrip().startswith(("以上", "以下", "及以上", "或以上"))


# ``二、关于甲的实践进展``: a heading whose head noun is the progress made in practice
_PROGRESS_HEADING = re.compile(r"(?:实践|實踐)(?:进展|進展)\s*[:：]?\s*$")


def heading_names_progress(title: str) -> bool:
    """A heading whose head noun is the progress made in practice (``二、关于甲的实践进展``): it reviews what has been
    done, as ``进展情况`` does (``heading_reviews_past``). Not the progress of one works project (``某学校建设进展``: a
    news head over the school's planned size, N17a), nor ``工作进展`` (a heading some pages put over the work ahead),
    nor ``推进情况`` (a section that may state a standing requirement)."""
    return ("进展" in title or "進展" in title) and _PROGRESS_HEADING.search(title.strip()) is not None
