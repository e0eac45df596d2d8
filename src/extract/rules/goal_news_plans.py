"""The dated plans a news report tells (O3, O3c): a year the plan is for, written in the frames of a report.

1. ``two_digit_year_spans``: a financial or school year written with two Chinese numerals per year (``三一至三二年度``,
   ``三一/三二学年``) is a written year in the century of the page (O3c, twenty-first round): the span is put in figures
   (``2031至32年度``) so that the date cues read it as they read a span written so.
2. ``year_subject_plans``: a clause that opens with its year, a short subject, then a verb of planning or expecting
   and the deed planned (``2031年,某县预计投入800万元用于…``, ``2031年全镇水利项目计划投资约300万元``,
   ``2031年度计划对12个小区进行改造``): the year is the time of the commitment (O3), as ``2031年,某县将…`` is.
3. ``expected_with_subject``: an expectation or a plan whose date follows a short subject or a modal (``预计病人可在2031年
   入住…``, ``计划甲校于2031年9月开学``) or the earliest date set for a deed (``最快2031年通车``, ``最早2031年
   交付``): the date the deed is expected by (O3), as ``预计在2031年建成`` is.
4. ``scheduled_opening`` (goalB27): a works' opening set for a date (``某中心定于2031年7月1日正式运营``, ``新馆定在2031年
   国庆开放``): the date the works are to open by (O3), as ``预计2031年7月投入使用`` is; not an event set for a date (a
   meeting held, ``会议定于…召开``: ``false_goal_cue`` reads those), since only an opening, a start of service or a
   completion follows the date here.
"""

from __future__ import annotations

import re

# a two-digit year in Chinese numerals (``三一``), not the tail of a longer number (``二〇三一`` is read elsewhere)
_CN2 = r"[〇○零一二三四五六七八九]{2}"
_TWO_DIGIT_SPAN = re.compile(r"(?<![〇○零一二三四五六七八九十百千万年])(" + _CN2 + r")(\s*(?:至|/|／|-|—|–|到)\s*)(" + _CN2 +
                             r")(?=\s*(?:学年|學年|年度|财政年度|財政年度))")
_CN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def two_digit_year_spans(sentence: str) -> str:
    """The sentence with a two-digit Chinese-numeral financial or school year span in figures, its first year in four
    (``政府计划在三一至三二年度增加…`` -> ``政府计划在2031至32年度增加…``); the sentence itself when it has none."""
    if "年度" not in sentence and "学年" not in sentence and "學年" not in sentence:
        return sentence  # (a cheap test before the scan)
    return _TWO_DIGIT_SPAN.sub(lambda m: "20" + m.group(1).translate(_CN_DIGIT) + m.group(2) + m.group(3).translate(_CN_DIGIT),
                               sentence)


_PLAN_VERB = r"(?:预计|預計|计划|計劃|拟|擬)"
# the deed planned: a verb of building, spending or doing, or ``对…进行`` (the object first)
_DEED = (r"(?:投入|投资|投資|新建|新增|建设|建成|建設|实施|實施|完成|改造|改扩建|扩建|招聘|培训|培訓|开工|開工|开展|開展|提供|"
         r"安排|增加|增設|增设|发放|發放|对[^,，;；。]{2,60}?进行|對[^,，;；。]{2,60}?進行)")
# ``2031年,某县预计投入…``, ``2031年全镇水利项目计划投资…``, ``2031年度计划对…进行改造``: the year opens the clause
# (the sentence's start or after a mark), a subject of a few words with no number of its own, then the plan and the deed
_YEAR_SUBJECT_PLANS = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(?:其中\s*[,，]?\s*)?(20\d\d)\s*年(?:度)?\s*[,，]?\s*"
                                 r"[\u4e00-\u9fff、“”\"]{0,16}?(?<![按原照据超占])(?<!完成)(?<!达到)" + _PLAN_VERB + r"\s*(?:将|要|可)?\s*" + _DEED)


def year_subject_plans(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year, a short subject and a plan with its deed
    (``2031年,某县预计投入800万元用于…``, ``2031年度计划对12个小区进行改造``); (None, -1) when none."""
    if "计" not in sentence and "計" not in sentence and "拟" not in sentence and "擬" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _YEAR_SUBJECT_PLANS.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# ``预计病人可在2031年入住``, ``计划甲校于2031年9月开学``: an expectation, a short subject or a modal, then the date;
# ``最早2031年交付``, ``最快于2031年通车``: the earliest date set for a deed (a verb follows the date)
_EXPECTED_WITH_SUBJECT = re.compile(r"(?:预计|預計|预期|預期|计划|計劃|可望|有望)[\u4e00-\u9fff]{0,6}?(?:可|能|将|將|会|會)?"
                                    r"\s*(?:在|(?<![低高多少等大小对對由关關属屬位基用处處至终終善便利晚早迟遲])(?:于|於))\s*(20\d\d)\s*年"
                                    r"(?!\s*(?:以后|之后|後|后|以来|以來|来|來))|"
                                    r"(?:最早|最快)\s*(?:在|于|於)?\s*(20\d\d)\s*年(?:底|初|中|末|\d{1,2}月)?\s*(?:前)?\s*"
                                    r"(?:可|能|将|將|会|會)?\s*(?=[\u4e00-\u9fff])(?!的)")


def expected_with_subject(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of an expected or planned date after a short subject (``预计病人可在2031年入住``) or
    of the earliest date set for a deed (``最快于2031年通车``); (None, -1) when none."""
    if "预" not in sentence and "預" not in sentence and "计" not in sentence and "計" not in sentence \
            and "望" not in sentence and "最" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _EXPECTED_WITH_SUBJECT.search(sentence)
    if m is None:
        return None, -1
    g = 1 if m.group(1) else 2
    return int(m.group(g)), m.start(g)


# ``其中,2031年…``, ``此外,2031年…``, ``…,其中2031年培训…``: a connective word of the running text before the year that
# opens the sentence or a clause (a part of the total just told, a further point of the report)
_CONNECTIVE_YEAR = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(?:其中|同时|同時|此外|另外|首先|其次|最后|最後|特别是|特別是|尤其是)\s*[,，]?\s*(?=20\d\d\s*年)")

# ``目前在建项目共计41个,其中2031年度新增7个``: a part of a total that stands now (a status, no plan)
_STATUS_BEFORE = re.compile(r"目前|现有|現有|现共|共计|共計|累计|累計|已")


def connective_opening_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) that the date cues read in a sentence once the connective word before its opening
    year is set aside (``其中,2031年甲县新建乡镇卫生院4所``, ``…,其中2031年培训2万人次``): the year opens
    the clause as it would without the connective (O3, O4); (None, -1) when none, or when the part follows a total that
    stands now (``目前在建项目共计41个,其中2031年度新增7个``: a status)."""
    m = _CONNECTIVE_YEAR.search(sentence) if "20" in sentence else None
    if m is None or _STATUS_BEFORE.search(sentence, 0, m.start()) is not None:
        return None, -1
    from extract.rules.goal_date_cues import goal_date  # (here: no import cycle)
    year, at, _ = goal_date(sentence[m.end():])
    return (year, m.end() + at) if year is not None else (None, -1)


# ``超额完成``, ``提前完成``, ``圆满完成``, ``顺利完成`` after a word of commitment (``确保超额完成年度任务``, ``力争提前完成``):
# what the work is to reach, not a result told after the fact
_COMMITTED_REACH = re.compile(r"(?:确保|確保|力争|力爭|争取|爭取|务必|務必|保证|保證|要|将|將|能够|能夠)\s*(?:能够|能夠)?\s*"
                              r"(?:超额完成|超額完成|提前完成|圆满完成|圓滿完成|顺利完成|順利完成)")


def without_committed_reach(sentence: str) -> str:
    """The sentence with each result word that follows a word of commitment blanked (``…,能够确保超额完成年度任务`` ->
    ``…,能够□□□□□□年度任务``), so that only a result told after the fact reads as one; same length."""
    if "完成" not in sentence:
        return sentence  # (a cheap test before the scan)
    return _COMMITTED_REACH.sub(lambda m: "□" * len(m.group()), sentence)


# ``2031年托育补贴调高到每月800元``, ``建议将2031年高龄津贴由每月600元调升至680元``: a year, an allowance, grant or rate
# (津贴, 补贴, 补助, 礼金, 金额, 标准), raised to its new amount: the rate set for that year (O3: a year stated as the time
# of the commitment)
_YEAR_RATE_RAISED = re.compile(r"(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?[^。;；,，\d]{0,16}?(?:津贴|津貼|补贴|補貼|补助|補助|礼金|禮金|"
                               r"金额|金額|标准|標準)[^。;；,，\d]{0,8}?(?:由[^。;；,，]{1,16}?)?(?:调高|調高|调升|調升|上调|上調|"
                               r"提高|增加|提升)\s*(?:到|至)\s*(?:每[人名户戶月年位胎]){0,2}\s*(?:澳门币|澳門幣|新台币|新臺幣|港币|港幣|人民币|人民幣)?\s*\d")


def year_rate_raised(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of an allowance or rate of a year raised to a new amount (``2031年托育补贴调高到
    每月800元``); (None, -1) when none."""
    if "调" not in sentence and "調" not in sentence and "提" not in sentence and "增加" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _YEAR_RATE_RAISED.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# ``2031年,本区紧扣“…”,针对“…”等短板,将推进9项为民实事``: the year opens the sentence, clauses of framing (紧扣,
# 针对, 围绕 …) follow at any length, and a later clause's short subject will do the deed (not 将 as the mark of an object,
# ``将“新建…”列入…``, nor ``将是``/``将成为``, a state)
_YEAR_FRAMED_WILL = re.compile(r"^\s*(20\d\d)\s*年(?:度)?\s*[,，](?:[^。;；]*?[,，])?[^,，。;；]{0,16}?(?<!即)(?<!现)(?<!現)"
                               r"(?:将|將)(?!来|來|近|要求|是|成为|成為|[“\"《])(?![^,，。;；]{0,30}?(?:列入|纳入|納入|列为|列為|作为|作為))")


def year_framed_will(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that opens with its year and, after clauses of framing, will do its deed
    (``2031年,本区紧扣“…”,针对“…”等短板,将推进9项为民实事``); (None, -1) when none."""
    if "将" not in sentence and "將" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _YEAR_FRAMED_WILL.match(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# ``到2031年,已建成的场馆都将免费开放``, ``已开通的线路将延长运营时间``: 已 inside a phrase that names existing things (the
# verb closed by 的 and a noun after it), not a result the sentence tells
_EXISTING_THINGS = re.compile(r"已(?:经|經)?(?:建成|建有|建好|落成|开通|開通|投用|投入使用)的(?=[\u4e00-\u9fff“「])")


def without_existing_things(sentence: str) -> str:
    """The sentence with each 已-phrase that names existing things blanked (``已建成的场馆`` -> ``□□□□场馆``), so that
    only a result told reads as the past; same length."""
    if "已" not in sentence:
        return sentence  # (a cheap test before the scan)
    return _EXISTING_THINGS.sub(lambda m: "□" * len(m.group()), sentence)


# ``2031年,某县安排重点民生项目共3大类20个,计划总投资9亿元``, ``会议确定2031年重点项目共9个,计划总投资…``: the year's list of
# projects counted (its categories too) with the investment planned for it: the year's commitment set out, as
# ``goal_investment_plans`` reads ``2031年确定全县重点项目21项,…计划投资…`` (a subject or the verb before the year allowed)
_COUNT = r"项目\s*(?:共|共计|共計)?\s*(?:[\d一二三四五六七八九十]{1,3}\s*大?类\s*)?\d{1,3}\s*(?:个|項|项)"
_LIST_SET_OUT = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(20\d\d)\s*年(?:度)?\s*[,，]?\s*[\u4e00-\u9fff]{0,8}?(?:共)?"
                           r"(?:安排|确定|確定|实施|實施|谋划|推进|列入)[^。,，;；]{0,20}?" + _COUNT +
                           r"|(?:安排|确定|確定|实施|實施)\s*(?:了)?\s*(20\d\d)\s*年(?:度)?[^。,，;；]{0,20}?" + _COUNT)
_PLANNED_TOTAL = re.compile(r"(?:计划|計劃)(?:年内|年內)?(?:完成)?(?:总|總)?(?:投资|投資)")


def year_list_investment(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of the year's list of projects counted and set out with its planned investment
    (``2031年,某县安排重点民生项目共3大类20个,计划总投资9亿元``); (None, -1) when none."""
    if "项目" not in sentence or _PLANNED_TOTAL.search(sentence) is None:
        return None, -1  # (cheap tests before the scan)
    m = _LIST_SET_OUT.search(sentence)
    if m is None:
        return None, -1
    g = 1 if m.group(1) else 2
    return int(m.group(g)), m.start(g)


# ``…,在2031年把甲地改划为住宅用地``, ``并在2031年底前将乙校迁入新址``: a clause that sets its deed for a year with 在 and
# puts its object first (把, 将): the year the deed is set for, as ``于2031年…`` is (``goal_date_cues.year_set_for``)
_YEAR_SET_WITH_OBJECT = re.compile(r"(?:^|(?<=[,，;；]))\s*(?:并|並|再|会|會|将|將|亦|也|要|须|須)?\s*在\s*(20\d\d)\s*年"
                                   r"(?:内|內|底|前|底前|年底|年底前)?\s*(?:把|将|將)(?=[\u4e00-\u9fff“「])")


def year_set_with_object(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that sets its deed for a year and puts the object first (``…,在2031年把
    甲地改划为住宅用地``); (None, -1) when none."""
    m = _YEAR_SET_WITH_OBJECT.search(sentence) if "在" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# a caption is short: the line under a picture restates one point of the story (``某校预计2031年投入使用。(记者某某摄)``);
# a news paragraph of its own length with the photo's credit put after it (Taiwan news sites set ``(图:记者某某摄)`` at
# the end of the paragraph the picture stands by) is body text
CAPTION_MAX_LENGTH = 100
_CREDIT_START = re.compile(r"[(（][^()（）]*[)）]\s*$")


def body_before_credit(paragraph: str) -> bool:
    """A paragraph closed by a photo's credit whose text before the credit runs to ``CAPTION_MAX_LENGTH`` characters or
    more (``县长说,新医院设病床400张,…,预计2031年投用,届时…。(图:记者某某摄)``): a story's paragraph with a credit, not
    a caption (``goals.is_photo_caption``)."""
    m = _CREDIT_START.search(paragraph)
    return m is not None and len(paragraph[:m.start()].strip()) >= CAPTION_MAX_LENGTH


# ``2031年,全县90%的村建有卫生室``, ``…,2031年底80%的社区设有养老服务站``: a clause that opens with its year and states
# the share of places that are to have a facility (a coverage level, as ``…覆盖率达到80%`` states it)
_YEAR_SHARE_HAS = re.compile(r"(?:^|(?<=[,，;；]))\s*(20\d\d)\s*年(?:底|末)?\s*[,，]?[^。,，;；\d]{0,20}?\d+(?:\.\d+)?\s*[%％]"
                             r"[^。,，;；]{0,16}?(?:建有|设有|設有|配有|配备|配備|拥有|擁有|开设|開設)")


def year_share_has(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year and the share of places to have a facility
    (``2031年,全县90%的村建有卫生室``); (None, -1) when none."""
    m = _YEAR_SHARE_HAS.search(sentence) if "%" in sentence or "％" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# (goalB27) ``定于``/``定在`` a date, then within its clause the works' opening, service start or completion
_SCHEDULED_OPENING = re.compile(r"定(?:于|於|在)\s*(20\d\d)\s*年[^,，。;；]{0,12}?(?:正式|全面)?\s*"
                                r"(?:运营|運營|运行|開業|开业|启用|啟用|投用|投入使用|开园|开学|開學|开放|開放|通车|通車|竣工|完工|交付)")


def scheduled_opening(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a works' opening set for a date (``某中心定于2031年7月1日正式运营``); (None, -1)
    when none."""
    if "定" not in sentence:
        return None, -1
    m = _SCHEDULED_OPENING.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)
