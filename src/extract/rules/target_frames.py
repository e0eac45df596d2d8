"""Sixteenth-round cues (engineer tfn16): missed numeric targets and their attributes.

Each cue is a small named function or pattern with made-up examples; it is hooked into the existing code with one
short line at its decision point.
"""
from __future__ import annotations

import re

# (r16) The attribute column of an indicator table (``属性``, ``指标属性``): a header word after the year columns.
_ATTRIBUTE_HEAD = ("属性", "指标属性")


def single_target_year_header(header: list[str], years: list[int], min_year: int | None) -> bool:
    """(r16) An expected-indicator table with one year column that the ``属性`` column closes
    (``指 标 | 2031 年 | 属 性``, rows ``1.甲率(%) | >90 | 预期性``): a table of one target column (N14, a single
    target column), not a base-year table (``指标 | 2020年``, no attribute column, or a year before the plan).
    ``header`` is the header's cells from the indicator word on; ``years`` the years it read."""
    if len(years) != 1 or (min_year is not None and years[0] < min_year):
        return False
    return any(re.sub(r"\s+", "", h) in _ATTRIBUTE_HEAD for h in header[1:])


_ONE_YEAR_HEADER = re.compile(r"^(?:主要)?指标(?:名称)?(20\d\d)年?(?:指标)?属性$")


def one_year_attribute_header(words: list[str], min_year: int | None = None) -> tuple[list[int], set[int], bool] | None:
    """(r16) The header of a spaced indicator table with one target-year column that the attribute column closes
    (``指标 2031年 属性``; the page's blanks may part every word: ``指 标  2031 年  属 性``): one target column (N14: a
    single target column gives records), as ``(years, base columns, has a measure column)`` like
    ``table_rows._year_header``; None for any other line, for a year before the plan (``指标 2020年 属性``: a base)
    and for a header without the attribute column (``指标 2031年``: too little to tell a table from prose)."""
    m = _ONE_YEAR_HEADER.match("".join(words)) if len(words) <= 8 else None
    if m is None:
        return None
    year = int(m.group(1))
    if min_year is not None and year < min_year:
        return None
    return [year], set(), False


_GLUED_SERIAL = re.compile(r"^\d{1,2}[.、．](?=[\u4e00-\u9fff])")
_LABEL_UNIT = re.compile(r"[(（]([^()（）\d]{1,4})[)）]$")


def label_with_unit(label: str) -> tuple[int, str, str]:
    """(r16) A spaced indicator row's label read as N6 reads it: the row number glued before it (``3.甲率(%)``) is no
    part of the indicator, and the bracket at its end gives the unit of its values (``(%)``, ``(万人)``). Returns (how
    many characters the label's quote starts later, the indicator, the bracket's unit or ``""``):
    ``3.甲率(%)`` -> ``(2, "甲率", "%")``; ``甲数(万人)`` -> ``(0, "甲数", "万人")``; ``乙率`` -> ``(0, "乙率", "")``."""
    m = _GLUED_SERIAL.match(label)
    skip = m.end() if m else 0
    name = label[skip:]
    u = _LABEL_UNIT.search(name)
    return skip, (name[:u.start()] if u else name), (u.group(1) if u else "")


# (r16) An amount of money written in 万 with its tail in plain digits or in 千, as Taiwan, Hong Kong and Macau pages
# write it (``新臺幣1,208萬3,517元``, ``305萬2,186元``, ``4萬160元``, ``36萬4千元``, ``約153萬6千餘元``, ``27萬3千多元``): one
# number before ``元`` (N8: the unit as written after the whole figure; ``余``/``多`` are no part of it, N16). Only
# before ``元`` (with ``余``/``多``): ``5万3千人`` and a date or a list run into 万 are left as they are.
WAN_COMPOUND = (r"(?:\d{1,3},\d{3}|\d{1,4})\s?万\s?(?:\d{1,3},\d{3}|\d{1,4}(?!\s?千)|\d\s?千)(?=\s?[余多]?元)")
_WAN_PARTS = re.compile(r"^([\d,]+)\s?万\s?([\d,]+)\s?(千)?$")


def wan_compound_value(number: str) -> str:
    """(r16) ``1,208万3,517`` -> ``12083517``, ``36万4千`` -> ``364000``, ``4万160`` -> ``40160``: a figure of
    ``WAN_COMPOUND`` as plain digits; any other text is returned as it is."""
    m = _WAN_PARTS.match(number)
    if m is None:
        return number
    head = int(m.group(1).replace(",", ""))
    tail = int(m.group(2).replace(",", "")) * (1000 if m.group(3) else 1)
    return str(head * 10000 + tail)


def wan_kilo_value(number: str) -> str | None:
    """(N8b, gold16) a ``WAN_COMPOUND`` figure whose last digits stand before ``千`` (``36万4千``, ``47萬5千``) keeps
    ``千`` as part of its unit: the digits of the whole figure in thousands (``364``, ``475``, read with the unit
    ``千元``); None for any other figure (``305万2,186``: plain digits, ``wan_compound_value``)."""
    m = _WAN_PARTS.match(number)
    if m is None or not m.group(3):
        return None
    return str(int(m.group(1).replace(",", "")) * 10 + int(m.group(2).replace(",", "")))


# (r16) the full date (year, month, day) of a cited letter or order, its document number after it
# (``依据某部2031年7月2日某字第2031001号函``, ``依據某署120年7月2日某字第1200072164B號函``)
_LETTER_DATE = re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=[^。；;，,]{0,24}?字第?\s*[\dA-Za-z]{3,}\s*[号號])")


# (r16) the full date of a decision or an issue that the sentence reports (``于2031年1月12日票决确定了12项…``,
# ``2031年3月2日印发``): when the list or document was decided, not when its works are due (O3c: the date of issue)
_DECISION_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?!\s*(?:前|以前|之前|止|起|内))(?=[^。；;，,]{0,20}?(?:票决|表决|审议通过|审议|印发|发布|公布|召开))")


def masks_letter_dates(sentence: str) -> str:
    """(r16) The sentence with the date of each letter it cites blanked out (same length): a letter's date with its
    document number (``依据某部2031年7月2日某字第2031001号函,核定经费N元``) names the document (as a year that names a
    document, O3c) and dates none of the amounts the sentence goes on to give. A date without a document number
    (``2031年7月2日前完成``: a deadline) is kept. So is the full date of a decision or an issue the sentence reports
    (``某市人代会于2031年1月12日票决确定了12项民生实事``, ``2031年3月2日印发``): the date of issue is no deadline (O3c)."""
    if "日" not in sentence:
        return sentence
    if "字" in sentence:
        sentence = _LETTER_DATE.sub(lambda m: "□" * len(m.group()), sentence)
    return _DECISION_DATE.sub(lambda m: "□" * len(m.group()), sentence)


# (r16) the progress a report gives right after a planned total's item: a count or share done so far, or works under way
_PROGRESS_AFTER = re.compile(r"^[^\d，,；;。：:、()（）]{2,20}?(?:已(?:完成|送|建成|开工|实施|发放|培训|救助)\s*\d|正在施工|正在建设|施工中|"
                             r"有序推进|稳步推进)")


def planned_total_before_progress(clause_head: str, after: str) -> bool:
    """(r16) A progress report's item that opens with the year's planned total and goes on with what is done so far
    (``5个甲中心建设已完成3个(60%)``, ``120场送戏下乡已送90场``, ``8个乙小区改造正在施工中``, ``12所丙机构创建工作有序推进``):
    the total is the task of the year (N13a: the whole year's task gives targets while the year runs), the count after
    it is status. The total stands first in its clause or list item (``…已完成1个(50%)、15个乙院建设已完成8个``).
    Not this cue: a count with its own verb before it (``已新建5个甲中心``: the clause does not open with it), a
    result without a figure (``5所学校已完成改造``: no count or share of the progress), a list of facts (``3所学校已建成``)."""
    if clause_head.rsplit("、", 1)[-1].strip(" ●•·■\u3000"):
        return False
    return _PROGRESS_AFTER.match(after) is not None


# (r16) a bound word with a short modal or verb between it and the value (``最多可获3万元``, ``每校最高3000万元``,
# ``最少有12所``, ``最低标准为600平方米``); the bound word never part of a noun (``最低生活保障``, ``最高法院``)
# (tradA27) also a ceiling set for each of a list (``大型及小型活动的补助上限分别为12万元及20万元``, as budget pages write it)
_UPPER_BEFORE = re.compile(r"(?:(?:最多|最高|至多)(?:可以|可|能|将|会|只)?(?:获得?|獲得?|增加|提供|资助|補助|补助|有|达到?|為|为)?"
                           r"|上限(?:分别|均)(?:为|是)?)\s*$")
_LOWER_BEFORE = re.compile(r"(?:最少|至少|最低)(?:可以|可|能|将|会)?(?:获得?|獲得?|增加|提供|有|达到?|(?:标准)?(?:為|为|是))?\s*$")
# the value before, its measure and a joining word (``最多可获3万元和``, ``不低于26%和``): the next value shares the bound
# (speedA28) ``\\d\\d*`` for ``\\d+``: the same matches, but sre reads the digit class as the first characters (a repeat leaves
# it none: ``search`` over a clause tried the pattern at every character)
_JOINED_VALUE = re.compile(r"\d\d*(?:\.\d+)?\s*(?:%|‰|[万亿千]?[\u4e00-\u9fff]{0,2}?)\s*(?:和|及|与|、)\s*$")
_STRIVE_TO_SHARE = re.compile(r"力争[^\d，,；;。]{0,20}达到?[^\d，,；;。]{1,12}的\s*$")
_BOUND_WORDS = re.compile(r"(?:不低于|不少于|至少|最少|最低|不超过|不高于|最多|最高|至多|控制在|控制到|上限)")


def bound_before_value(before: str, suffix: str = "") -> str | None:
    """(r16) The comparator of a value that ``targets._comparator``'s word lists miss, or None to leave it to them:
    ``X左右`` is ``=`` whatever bound stands before (``控制在5%左右``: N1, an approximate level, not a ceiling); an upper
    or lower bound word with a short modal or verb before the value (``每校最多可获3万元`` ``<=``, ``每校最高3000万元``
    ``<=``, ``最少有12所`` ``>=``, ``最低标准为600平方米`` ``>=``); and the second value joined to a bounded first one
    (``分别不低于26%和32%``, ``最多可获3万元和6万元``, ``分别控制在2.8‰、4.6‰``: the bound of both); ``力争…达到`` with the
    base of a share between it and the value (``力争培训率达到劳动力总数的40%``: ``>=``, N1). Not: ``以上``/``以下`` after the value (the
    suffix decides), a bound word of a noun (``最低生活保障标准为800元``: ``保障`` stands between)."""
    if suffix == "左右":
        return "="
    if suffix:
        return None
    tail = before[-12:]
    if "力争" in before[-36:] and _STRIVE_TO_SHARE.search(before[-36:]):
        return ">="  # ``力争甲率达到乙总数的30%``: 力争达到 with the share's base between (N1)
    if _UPPER_BEFORE.search(tail):
        return "<="
    if _LOWER_BEFORE.search(tail):
        return ">="
    joined = _JOINED_VALUE.search(before[-12:])
    if joined is not None:
        head = before[:len(before) - len(before[-12:]) + joined.start()]
        words = list(_BOUND_WORDS.finditer(head[-12:]))
        if words and not re.search(r"[，,；;。]", head[-12:][words[-1].end():]):
            w = words[-1].group()
            from_head = bound_before_value(head)
            if from_head is not None:
                return from_head
            if w == "上限":
                return None  # (tradA27) a ceiling binds the list only as ``上限分别为`` (``_UPPER_BEFORE``) writes it
            return "<=" if w in ("不超过", "不高于", "最多", "最高", "至多", "控制在", "控制到") else ">="
    return None


# (r16) the year of a list's title: the year's list of 实事 or 民生工程 named with a title noun (``2031年民生实事项目
# 责任分解表``, ``2031年某市民生实事项目概览``, ``2031年度为民办实事项目清单``)
_LIST_TITLE_YEAR = re.compile(r"(?:19|20)\d\d\s*年度?(?=[^，,。；;：:\d]{0,12}?(?:民生实事|为民办实事|办实事|民生工程|惠民工程|实事)项目?"
                              r"[^，,。；;：:\d]{0,8}?(?:分解表|一览表|清单|名单|概览|汇总表|计划表|安排表|表(?![决彰达述示扬格])))")


def masks_list_title_years(sentence: str) -> str:
    """(r16) The sentence with the year of a list's title blanked out (same length): a title that names the year's list
    (``2031年某区民生实事项目概览``, ``2031年重点民生实事项目责任分解表``) run into the list's items by the page
    (no stop after the title) dates none of the items' quantities (O3b: a year that only names a list, its items take
    no year from it). A sentence that commits to the list (``2031年全区将办好12件民生实事``: no title noun) keeps its year."""
    if "实事" not in sentence and "工程" not in sentence:
        return sentence
    return _LIST_TITLE_YEAR.sub(lambda m: "□" * len(m.group()), sentence)


# (r16) a year written in Chinese numerals (``二○三一年``, ``二零三一至三二年度``, ``二〇三一至二〇三二财政年度``), as Hong Kong
# and Macau budget pages date their financial years
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_D = "[〇○零一二三四五六七八九]"
_CN_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十])(?P<y>二[〇○零]" + _CN_D + r"{2})"
                      r"(?:\s*(?:至|/|／|-|－)\s*(?P<e>(?:二[〇○零])?" + _CN_D + r"{2}))?"
                      r"(?=\s*(?:财政|財政)?(?:年度|学年|學年|年))")


_BASE_BEFORE = re.compile(r"(?:较|較|比|与|與)[^，,。；;]{0,8}$")


def _cn_number(s: str) -> int:
    return int("".join(str(_CN_DIGIT[c]) for c in s))


def chinese_numeral_years(text: str) -> list[tuple[int, int, int]]:
    """(r16) (start, end, year) of each year written in Chinese numerals, in the form of ``target_years.calendar_years``:
    ``二○三一年`` -> 2031; a financial or school year written as its two calendar years takes the first
    (``二○三一至三二年度`` -> 2031, as ``2031/32学年`` -> 2031, N9a); a span of years its end (``二〇三一至二〇三三年`` ->
    2033). Chinese numerals make no value (G3), but a year so written dates a target like ``2031年`` (N9). Not a
    Chinese-numeral count (``二百所``, ``十二年``: no ``二〇``/``二零`` opening), nor the base of a change (``较五年前
    (即二○二六至二七年度)的…``, ``與二○三○至三一年度…比較``)."""
    if "二" not in text:
        return []
    out = []
    for m in _CN_YEAR.finditer(text):
        if _BASE_BEFORE.search(text[max(0, m.start() - 10):m.start()]):
            continue  # ``較五年前(即二○二六至二七年度)的…``: the base of a change dates nothing
        y = _cn_number(m.group("y"))
        if m.group("e"):
            e = _cn_number(m.group("e"))
            e = e if e >= 100 else (y // 100) * 100 + e
            y = y if e == y + 1 else e  # one financial or school year: its first year; a span: its end
        out.append((m.start(), m.end(), y))
    return out


# (r16) measures of time and of lessons that a heading's title may state its amount in (``1.阳光体育:保证课间活动
# 30分钟以上``, ``2.体育课:每周4节``, ``3.培训:不少于24课时``); the title is then read with its body
_TITLE_TIME_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:分钟|课时|学时|节)")


def title_time_amount(title: str) -> bool:
    """(r16) A heading title that states an amount in minutes or lessons (``阳光体育:保证课间活动40分钟以上``,
    ``体育课:每周4节``), which ``headings.title_quantity``'s measure words miss: its numbers are read with the body
    (whether each is a target stays the target rules' decision). Not a title without such an amount (``甲活动安排``,
    ``体育课程:开齐开足``)."""
    return _TITLE_TIME_AMOUNT.search(title) is not None


# (r16) works on the things counted, the verb right before the count (``更新120部老旧电梯``, ``提升整治30条背街小巷``,
# ``修缮12处文物建筑``); ``对辖区N栋…进行改造``: the things the works are done to, in the area named by ``辖区``
_RENEW_BEFORE = re.compile(r"(?:更新|整治|修缮|修繕|维修|維修|加固|翻新)(?:改造)?\s*$")
_RENEWED_UNITS = ("栋", "棟", "幢", "座", "间", "間", "处", "處", "台", "套", "户", "戶", "条", "條", "部", "个", "個",
                  "公里", "米", "平方米", "万平方米")
_FOR_AREA_END = re.compile(r"(?<![可能以成作认認])(?:对|對)\s*(?:辖区|轄區|区内|區內|县内|縣內|市内|市內|镇内|鎮內)内?\s*$")
_WORKS_AFTER = re.compile(r"^[^，,；;。\d]{1,24}?(?:进行|進行|实施|實施)?(?:更换|更換|改造|维修|維修|修缮|修繕|加固|整治|"
                          r"更新(?!率)|升级|升級|拆除)")


def renews_counted(clause_before: str, unit: str, after: str) -> bool:
    """(r16) Works done on the things counted, as a year's list of 实事 writes them: the verb of renewal right before
    the count (``更新120部老旧电梯``, ``提升整治30条背街小巷``, ``修缮12处老旧设施``), or ``对辖区N…进行改造`` (the things
    in the area the works are done to: N12b, the planned reach of the works; ``为``/``对`` with ``全区`` is
    ``target_forms.works_for_counted``'s). Not a rate or a status (``更新率``: no count; ``辖区内现有12栋``: no works
    verb after), nor a selection (``对辖区50人以上的企业``: no works verb, and ``以上`` selects)."""
    if not unit.endswith(_RENEWED_UNITS):
        return False
    if _RENEW_BEFORE.search(clause_before[-8:]):
        return True
    return _FOR_AREA_END.search(clause_before[-8:]) is not None and _WORKS_AFTER.match(after) is not None


# (r16) money a council or a head of government consents to, or a motion asks it to (``县长同意动支3千万元``,
# ``同意提拨经费48万元``, ``共计新台币N元,拟请同意予以垫付``)
_CONSENT_BEFORE = re.compile(r"(?:同意|核准|准予)(?:先行)?(?:动支|動支|提拨|提撥|拨付|撥付|补助|補助|支应|支應|垫付|墊付)"
                             r"(?:经费|經費)?(?:新台币|新臺幣|新台幣)?\s*(?:约|約)?\s*$")
_CONSENT_AFTER = re.compile(r"^[余多]?\s*[,，]?\s*(?:拟请|擬請|拟|擬|请|請|敬请|敬請)(?:贵会|貴會|大会|大會)?\s*(?:同意|核准|准予|惠予)")
_MONEY_UNITS = ("元", "万", "萬", "亿", "億")


def consents_to_funds(before: str, unit: str, after: str) -> bool:
    """(r16) An amount of money that a council or a head of government consents to spend, or that a motion asks it to
    consent to (``县长同意动支3千万元,改善校舍``, ``共计新台币130万元,拟请同意予以垫付``): the money set for what is to be
    done (N17, N17d: however the funding was secured), not a status. Not money an approval reports spent
    (``已同意拨付的N元已用完``: a past marker decides first) nor a number that is no money (``同意设立3所``)."""
    if not unit.endswith(_MONEY_UNITS):
        return False
    return _CONSENT_BEFORE.search(before[-16:]) is not None or _CONSENT_AFTER.match(after) is not None


# (r16) ``年内`` right before the verb of a task: the deadline of the year still running (``年内完成36名教师定向培养``,
# ``确定年内新增12万平方米…``), not ``年内共完成`` (a year-end tally: ``共`` stands between) nor ``N年内`` (a time limit)
_WITHIN_YEAR = re.compile(r"(?<![\d一二三四五六七八九十两几])年内(?:全面|基本|全部|力争|要)?(?:完成|建成|新增|新建|实现|开工|竣工|投用|投入使用|启动|改造|"
                          r"培训|招聘|开通|建设|推进)")


def commits_within_year(sentence: str) -> bool:
    """(r16) A sentence that sets a task for the year still running with ``年内`` before its verb (``年内完成36名教师
    定向培养``, ``确定年内新增12万平方米校舍``): it commits, and so ends a run of sentences recounting results
    (``recounts.commits``). Not a year-end tally (``年内共完成…``: ``共`` stands between), nor a time limit of years
    (``3年内建成``: ``N年内``, N11a)."""
    return "年内" in sentence and _WITHIN_YEAR.search(sentence) is not None


# (r16) a sentence end: 。 ! ！ ？, and ``?`` unless a pinyin annotation's remnant follows it (``总?cè)人数``, ``藬?shù)``:
# a character the page's encoding lost, with its reading left in brackets, is no question mark)
SENTENCE_END = r"[。!！？]|\?(?![a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))"


# (r16) a span of financial years written with Arabic digits (``2031-32 至 2035-36 年度``, ``2031/32至2035/36年度``)
_FY_SPAN = re.compile(r"(?<!\d)(20\d\d)\s*[-/／–]\s*\d\d\s*(?:至|到|—|–|-)\s*(20\d\d)\s*[-/／–]\s*\d\d\s*(?:財政|财政)?(?=年度)")


def financial_year_spans(text: str) -> list[tuple[int, int, int]]:
    """(r16) (start, end, year) of each span of financial or school years written with Arabic digits, in the form of
    ``target_years.calendar_years``: a span is a period and takes the first year of its last financial year
    (``在未来五年(2031-32 至 2035-36 年度)提供…`` -> 2035; as ``2031/32学年`` -> 2031 and a span its end, N9a). Not the
    base of a comparison (``比过去五年(2026-27 至 2030-31年度)…``)."""
    if "年度" not in text:
        return []
    return [(m.start(), m.end(), int(m.group(2))) for m in _FY_SPAN.finditer(text)
            if not _BASE_BEFORE.search(text[max(0, m.start() - 10):m.start()])]


# (r16) the year of a designation the subject won: the year of the listing (``2030年被列为省级甲工程项目``), or the
# year that names the title won (``获批成为2031年全国甲示范城市``, ``入选2031年度乙试点名单``)
_DESIGNATION_YEAR = re.compile(r"(?:19|20)\d\d\s*年度?(?=\s*(?:被(?:列为|评为|确定为|认定为|命名为|授予)|获批成为|获评|入选))"
                               r"|(?<=成为|列为|评为|入选|获评)\s*(?:19|20)\d\d\s*年度?(?=[^，,。；;]{0,24}?(?:城市|县|区|单位|学校|试点|示范|项目|名单|基地))")


def masks_designation_years(sentence: str) -> str:
    """(r16) The sentence with the year of a designation blanked out (same length): the year a school or a city was
    listed or won a title (``某小学2030年被列为省级迁建项目,…新校区占地30亩``, ``某市获批成为2031年全国示范城市,…
    6所机构建设已完成60%``) is a step done or the name of a title (O3b: a year that names a list), and dates none of
    the quantities after it. A year of works or of a deadline (``2031年建成``, ``2031年纳入``) is kept."""
    if "被" not in sentence and "成为" not in sentence and "入选" not in sentence and "获评" not in sentence:
        return sentence
    return _DESIGNATION_YEAR.sub(lambda m: "□" * len(m.group()), sentence)


# (r16) the storeys of a building, a clause of its own in a list of a project's measures (``楼高5层``, ``地上6层``)
_STOREYS_CLAUSE = re.compile(r"^(?:楼高|樓高|建筑层数|建築層數|层数|層數|地上)(?:约|約|为|為|达|達)?\s*$")


def storeys_of_project(before: str, clause_head: str, unit: str, project_stated) -> bool:
    """(r16) ``楼高5层`` after a project's first measure in the same sentence (``新校区占地2万平方米,总建筑面积约3.2万平方米,
    楼高5层,规划建设36班``): the planned height of the works, one of the project's measures (N17a) like its area.
    ``project_stated`` is ``target_works_measures._PROJECT_MEASURE_STATED`` (a project measure with its number). Not a building's
    height with no project measure before it (``该楼楼高5层``: a description of what stands)."""
    if unit not in ("层", "層") or _STOREYS_CLAUSE.match(clause_head.strip()) is None or not before.endswith(clause_head):
        return False
    return project_stated.search(before[:len(before) - len(clause_head)]) is not None


# (r16) the level a standard sets for each category, after the clause that commits to the standard
# (``专任教师持证率达到规定标准,小学为98%,初中为90%``)
_CATEGORY_IS = re.compile(r"^(?:其中)?[\u4e00-\u9fff]{1,6}(?:为|為)\s*$")
_STANDARD_THEN_LEVELS = re.compile(r"(?:达到|達到|符合)[^，,；;。\d]{0,10}(?:标准|標準|要求)[，,]\s*"
                                   r"(?:[\u4e00-\u9fff]{1,6}(?:为|為)\s*\d[^，,；;。]*[，,]\s*)*$")


def levels_of_standard(before: str, clause_head: str) -> bool:
    """(r16) ``甲率达到规定标准,小学为98%,初中为90%``: after a clause that commits to a standard with no figure of its own,
    each ``<category>为N`` clause gives the level the standard sets for that category, a target (N1: ``达到`` carries
    over), not a status ``…为N``. Not a ``为N`` clause with no such clause before it (``小学为98%``: a status), nor one
    after a standard already reached (``已达到规定标准,小学为98%``: the past marker decides first)."""
    if _CATEGORY_IS.match(clause_head.strip()) is None or not before.endswith(clause_head):
        return False
    return _STANDARD_THEN_LEVELS.search(before[:len(before) - len(clause_head)]) is not None


# (r16) a measure of a ``甲、乙均达到N`` list whose name holds a bracketed qualifier (``每千人口执业(助理)医师数``): the
# bracket does not count towards the 14 characters ``target_cues._JOINT_ITEM`` allows a name
BRACKETED_JOINT_ITEM = (r"(?=[^()（）]{0,14}[(（][^()（）\d]{1,6}[)）][^()（）]{0,14}$)(?:[^\d，,；;。：:、和及与均]){4,24}")


# (r16) the count of works that the text goes on to stage (``5所幼儿园分两期建设``, ``12个项目分三期实施``)
_IN_BATCHES_AFTER = re.compile(r"^[^，,；;。\d]{1,16}?分(?:两|三|四|五|\d)(?:批|期|个阶段|阶段)(?:次)?"
                               r"(?:建设|實施|实施|推进|推進|完成|建成|开工|開工|改造)")


def builds_in_batches(after: str) -> bool:
    """(r16) The things counted are to be built or carried out in stages (``某区4所公办园分两期建设``, ``12个项目分三期
    实施``): a schedule of works ahead, the count a target (N17a: the planned works). Not a past staging (``已分两批建成``:
    ``已`` stands before, the past decides first), nor a count without a verb of works (``4所学校分两批参观``)."""
    return _IN_BATCHES_AFTER.match(after) is not None


# (r16) amounts and shares that a rule sets aside for a purpose, the list closed by ``均(专项)用于``
_EARMARKED_AFTER = re.compile(r"^[^，,；;。:：]{0,40}?均(?:专项|全部|统一|专门)?(?:用于|投入)")


def earmarked_for(after: str) -> bool:
    """(r16) A levy, a share of revenue or an amount that a rule sets aside for a purpose, in a list closed by
    ``均(专项)用于…`` (``配套费每平方米加收30元、土地收益的5%、彩票公益金6%均专项用于学校建设``): a standing requirement
    with its number (N2, like a payer's share, N17c), one record per item (N5). Not an amount of another clause (a
    comma stands between), nor money reported spent (``均已用于``: no such words right after ``均``)."""
    return _EARMARKED_AFTER.match(after) is not None


# (r16) money approved or granted for works (``去年获教育部核定补助5200万元``, ``获批省级补助900万元``)
_APPROVED_MONEY = re.compile(r"(?:核定|获批|獲批|获准|獲准)[^，,；;。\d]{0,8}(?:补助|補助|经费|經費|资金|資金|拨款|撥款)?"
                             r"(?:新台币|新臺幣)?(?:约|約|计|計)?\s*$")
_WORKS_AHEAD = re.compile(r"兴建|興建|新建|动工|動工|开工|開工|改建|整建|扩建|擴建|建设|建設")
_WORKS_DONE = re.compile(r"已(?:经)?(?:全部|基本)?(?:完工|竣工|落成|启用|啟用|建成|投入使用|交付)|已(?:拨付|撥付|下拨|下撥|支付)")


def approved_funds_for_works(sentence: str, clause_head: str, unit: str) -> bool:
    """(r16) The funding of works still ahead that the text says was approved or granted, with a past word dating the
    approval (``历经多年推动,去年终获某署核定补助5200万元,县府再补助1800多万元,今天动工兴建``): the amount is what the
    works will cost and be paid with, a target (N17d), though ``去年`` stands before it. Not money for works reported
    finished (``…已竣工``), nor money reported paid out (``已拨付``), nor a number that is no money."""
    if not unit.endswith(("元", "万", "萬", "亿", "億")) or _APPROVED_MONEY.search(clause_head) is None:
        return False
    return _WORKS_AHEAD.search(sentence) is not None and _WORKS_DONE.search(sentence) is None


# (r16) a short line with no mark at all that stops in the middle of a phrase, as posters and image captions break
# their text (``全年计划新建`` / ``甲校舍2万平方米``, ``新组建甲小学等`` / ``4个教育集团``)
_ANY_MARK = re.compile(r"[。，,；;：:！!？?、|()（）《》“”\"]")
_OPEN_END = re.compile(r"(?:新增|新建|组建|新组建|建设|建成|改造|改扩建|完成|实现|达到|提供|培训|打造|创建|增加|等)$")
_FIRST_CLAUSE = re.compile(r"^[^。，,；;：:！!？?]*")


def broken_line_start(text: str, prev: tuple[int, int] | None, cur: tuple[int, int]) -> int | None:
    """(r16) Where the text of a line broken in the middle of a phrase starts, or None: the line before the paragraph
    (``prev``, its span) is short, has no digit and no mark at all, and ends open, on a verb or on ``等``
    (``全年计划新建``, ``新组建甲小学等``), and the paragraph's first clause holds a number (``甲校舍2万平方米``,
    ``4个教育集团``): one phrase, which a poster or an image caption broke over two lines, read as one (its quote runs
    over the break, G1). Not a place or a title line (``某县``, ``工作目标``: it does not end open), nor a line
    followed by a clause with no number."""
    if prev is None:
        return None
    line = text[prev[0]:prev[1]].strip()
    if not (2 <= len(line) <= 20) or _ANY_MARK.search(line) or any(ch.isdigit() for ch in line) \
            or _OPEN_END.search(line) is None or "\n" not in text[prev[1]:cur[0] + 1]:
        return None
    first = _FIRST_CLAUSE.match(text[cur[0]:cur[1]]).group()
    if not any(ch.isdigit() for ch in first):
        return None
    return prev[0] + (len(text[prev[0]:prev[1]]) - len(text[prev[0]:prev[1]].lstrip()))


# (r16) a bound after a measure's bracketed alternative (``2万套(间)以上``, ``300节(次)以上``)
_BRACKETED_SUFFIX = re.compile(r"^\s*[(（][\u4e00-\u9fff]{1,2}[)）]\s*(以上|及以上|以下|以内|左右)")


def bracketed_suffix(after: str):
    """(r16) The ``以上``/``以下``/``以内``/``左右`` after a measure word's bracketed alternative (``筹集住房2万套(间)以上``:
    ``>=``, N1), as a match whose group 1 is the suffix (like ``targets._SUFFIX``), or None. Not a bracket that is no
    measure (``3所(其中公办2所)以上``: digits inside; ``5个(含甲园)``: no suffix after it)."""
    return _BRACKETED_SUFFIX.match(after)
