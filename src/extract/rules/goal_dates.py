"""Cues of the seventeenth round (goal17): goals.

1. ``year_service_deed``: a clause that opens with its year and a deed of provision with its quantity, where the deed
   or its measure word is one ``goals.year_deed`` does not list: opening places to the public (``2031年,免费开放8个
   图书馆``), and buildings counted by ``栋``/``幢`` (``2031年计划改造校舍12栋``): the year stated as the time of the
   commitment (O3), a year of the past at the page's date undone as for every dated cue.
2. ``cut_off_tail``: the last piece of a page cut off in mid-sentence (no end mark, the text ends there) in a goal
   section is a sentence of its body (O1: a sentence ends at the end of a line), however short: ``——减少未成``
   at the end of a scraped page is a goal, though ``goals.is_no_sentence`` calls so short a piece a fragment.
3. ``year_work_list``: a dated lead-in to the year's own list of work (O3a, O3b).
4. ``opening_commitment_year``: the opening year of a goal that commits to it before a later deadline (O4).
5. ``reposted_issue_year`` and ``is_headline_again``: a repost's later stamp over a fresh plan issue (O3d), and the
   headline printed again as a sentence of the body (N17).
"""

from __future__ import annotations

import re

from extract.rules.scan import SegmentScan

# the deeds of provision the older list lacks: opening (to the public, free of charge), and the year's works named
# with a planning word between the year and the verb (``2031年方案改造…``, ``2031年计划新建…``)
_SERVICE_VERB = r"(?:免费开放|免費開放|开放|開放|改造|新建|改扩建|改擴建|维修|維修|加固)"
# the measure words of buildings and places the older list lacks
_MORE_UNITS = r"(?:栋|棟|幢|座|个|個|所|处|處|间|間|平方米)"
_YEAR_SERVICE_DEED = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(20\d\d)\s*年(?:度)?\s*[,，]?\s*(?:(?:方案|计划|計劃|拟|擬|将|將)\s*)?"
                                + _SERVICE_VERB + r"[^,，;；。\d]{0,16}?\d[\d.]*\s*(?:万|萬)?\s*" + _MORE_UNITS)
# a past marker right after the year (``2031年已开放…``, ``2031年共开放了…``, ``累计``): a result, no commitment
_DONE_AFTER_YEAR = re.compile(r"已|了|累计|累計|先后|先後|共计|共計")


def year_service_deed(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year and a deed of provision with its quantity
    (``2031年,免费开放8个公共图书馆``, ``…,2031年方案改造校舍12栋``); (None, -1) when none or when the clause tells
    what was done (``2031年已开放…``, ``2031年累计改造…``)."""
    if "年" not in sentence:
        return None, -1
    m = _YEAR_SERVICE_DEED.search(sentence)
    if m is None or _DONE_AFTER_YEAR.search(m.group()) is not None:
        return None, -1
    return int(m.group(1)), m.start(1)


# a sentence's end mark; a piece that closes with none of them and with no clause mark was cut off
_END_MARK = re.compile(r"[。!?！？;；:：.…)）”\"」』]\s*$")
# the Han characters of a cut-off piece (a list dash before it aside): a few words of a goal, not a label or a number
_LIST_DASH = re.compile(r"\s*(?:——|—|-|•|·)")
_CUT_PIECE = re.compile(r"^\s*(?:——|—|-|•|·)?\s*([\u4e00-\u9fff]{3,12})\s*$")


def cut_off_tail(paragraph: str, doc_text: str, par_end: int) -> tuple[int, int] | None:
    """(start, end) in the paragraph of its last piece when the page ends there cut off in mid-sentence: the paragraph
    is the text's last (nothing but blanks after ``par_end``), its last line has no end mark, and that line's last
    piece is a few Han characters that are a list item's (after a dash: ``——减少未成``) or a sentence's after another
    sentence of the line (``…办学条件持续改善。专任教师学历达``); None otherwise: a page that ends with a whole sentence,
    a label, a stamp or a link, a line of its own with no dash (``供给主体更加``: a cut-off title, ``完成时``: a
    label), or the tail of a sentence after ``;`` (``…;学校标准化建设取得``: the sentence's own end cut off)."""
    if doc_text[par_end:].strip() or not paragraph.strip() or _END_MARK.search(paragraph):
        return None
    line_start = paragraph.rfind("\n") + 1
    cut = max(paragraph.rfind(c) for c in "。!！?？") + 1  # (``;`` does not end a sentence: a piece after it is its tail)
    start = max(line_start, cut)
    m = _CUT_PIECE.match(paragraph[start:])
    if m is None or (start == line_start and not _LIST_DASH.match(paragraph, start)):
        return None  # (a line of its own with no list dash: a cut-off title or label, ``供给主体更加``, ``完成时``)
    from extract.rules.goals import is_no_sentence  # (late: goals imports this module)
    if is_no_sentence(paragraph[start:].strip()) not in ("", "fragment"):
        return None  # (``- 某省关于调整部分收``: a related list's document name the page cut)
    return start + m.start(1), start + m.end(1)


# 3. ``year_work_list``: a clause that opens with its year and says what work of the year's list is to be done, the
#    verb of doing the list (办好, 谋划, 实施 …) before the list's name (实事, 项目, 工程) with no 将/计划 between:
#    ``2031年,某镇共谋划农业项目5个:``, ``某市决定,2031年继续…,集中办好…重点民生实事`` (O3, O3a, O3b: a dated lead-in
#    to the year's own list of work is a goal with its year).
_LIST_VERB = r"(?:办好|辦好|谋划|謀劃|实施|實施|推进|推進|兴办|興辦)"  # (not 建设: a programme's name, ``…学校建设工程``)
# ((goalA25) 兴办: ``2031年,县委、县政府为民兴办12件实事:``, the list's work as 办好 says it)
_YEAR_WORK_LIST = re.compile(r"(?:^|(?<=[,，:：]))\s*(20\d\d)\s*年(?:度)?\s*[,，]?(?:(?!以来|以來)[^。;；!！?？《》]){0,60}?"
                             r"(?<![已了])" + _LIST_VERB + r"[^。;；!！?？,，《》]{0,20}?(?:民生实事|民生實事|实事|實事|项目|項目|工程)")
# what tells the list's work as done or chosen, not set out: a past marker, a completion, a vote, a count of results
_LIST_DONE = re.compile(r"已|了|完成|累计|累計|先后|先後|票决|票決|表决|表決|截至|截止|以来|以來|公布|印发|印發|发布|發布|批复|批覆|下达|下達")


def year_work_list(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year and the doing of the year's list of work
    (``2031年,某镇共谋划农业项目5个:``, ``某市决定,2031年继续…,集中办好…重点民生实事``); (None, -1) when none, or
    when the sentence tells the list done, chosen or issued (``2031年已实施民生实事10件``, ``2031年实施的项目全部完成``,
    ``…票决产生2031年…实事``, ``2031年某工程计划日前经某部批复下达``)."""
    if "年" not in sentence:
        return None, -1
    m = _YEAR_WORK_LIST.search(sentence)
    if m is None or _LIST_DONE.search(sentence, m.start()) is not None:
        return None, -1
    return int(m.group(1)), m.start(1)


# 4. ``opening_commitment_year``: a goal sentence that opens with its year and that year's commitment, then sets a
#    later deadline (``2031年,全区某率达到79%;到2033年,…达到80%``, ``2031年,某县要初步形成…;到2035年,…``): its
#    target_year is the first year (O4: the first deadline year in the sentence; the opening year is the time of a
#    commitment, O3), not the later deadline the date cues read first. Not a year that dates a baseline (``2030年,全市
#    某年限为9.9年,…确定2033年目标值为…``: no verb of reaching in its clause) nor a result (``2030年底,已…``).
_OPENING_COMMIT = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、．]\s*)?(20\d\d)\s*年\s*[,，]"
                             r"[^,，;；。]{0,30}?(?:要|将|將|达到|達到|力争|力爭|确保|確保|实现|實現|建成|形成|提高到|提升到|控制在)")
# (goalA33) the same where the year opens a later clause, with or without a comma after it, or follows a word of
# commitment (``加强某队伍建设,2031年配备…的学校比例达到80%,2033年达到90%``, ``确保2031年安排资金200万元,…2032年至2034年
# 分别不低于…``): the first year of the commitments the sentence sets in order (O4)
_CLAUSE_COMMIT = re.compile(r"(?:(?<=[,，;；])|(?<=[,，;；]确保)|(?<=[,，;；]確保)|(?<=[,，;；]力争)|(?<=[,，;；]力爭)|^\s*确保|^\s*確保|"
                            r"^\s*力争|^\s*力爭)\s*(20\d\d)\s*年(?!\s*(?:\d{1,2}\s*月|以来|以來|至|到|[-—~～－–]))\s*[,，]?"
                            r"[^,，;；。]{0,30}?(?:要|将|將|达到|達到|安排|实现|實現|建成|形成|提高到|提升到|控制在)")
_OPENING_DONE = re.compile(r"已|了|累计|累計|以来|以來")
_CLAUSE_END = re.compile(r"[,，;；。]")


def opening_commitment_year(sentence: str, year: int | None) -> int | None:
    """The opening year of a goal sentence that commits to it and sets a later deadline after (``2031年,全区某率达到
    79%;到2033年,…``: 2031), when it is earlier than ``year`` (the year the date cues read); None otherwise."""
    if year is None:
        return None
    m = _OPENING_COMMIT.match(sentence) or _CLAUSE_COMMIT.search(sentence)  # (goalA33) a later clause's year
    if m is None or int(m.group(1)) >= year or str(year) not in sentence[m.end():]:
        return None  # (goalA33) the later deadline stands after the first year's commitment
    clause = _CLAUSE_END.search(sentence, m.end())
    if _OPENING_DONE.search(sentence, 0, clause.start() if clause else len(sentence)) is not None:
        return None  # (``2030年,全国某寿命达到了79岁,…``: a result told)
    return int(m.group(1))


# 5. ``reposted_issue_year``: a page whose stamp is later than every year its text names, and whose text reports the
#    fresh issue or launch of a plan (``日前,某市政府印发《某计划(2031-2035年)》``, ``2月6日,某县召开会议,新布局了…项目,
#    …2032年项目有…``): the stamp is a repost's or an update's (O3d: the stamp stands in for the document's date only
#    where the text gives no time of its own); the text speaks from the first year it names, and the plan's deadlines
#    are not past by the stamp.
_TEXT_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*(?:年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|\s*[-—–~至]\s*20\d\d\s*年)")
_FRESH_ISSUE = re.compile(r"(?:日前|近日|(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日)[,，]?[^。\n]{0,40}?"
                          r"(?:印发|印發|出台|新布局|布局了|正式发布|正式發布)")
# (speedA24) searched only in the sentences (between two ``。``) that hold one of its verbs: no part of the pattern takes a
# ``。`` and every match ends with a verb (the digits it may open with made it a costly search of the whole page)
_FRESH_ISSUE_SCAN = SegmentScan(_FRESH_ISSUE, "。", ("印发", "印發", "出台", "新布局", "布局了", "正式发布", "正式發布"))


def reposted_issue_year(text: str, stamp_year: int | None) -> int | None:
    """The first year a page's text names when the page's stamp (``stamp_year``) is later than every year it names and
    the text reports the fresh issue or launch of a plan (``日前,某市政府印发《某计划(2031-2035年)》`` under a stamp of
    2037: 2031); None otherwise (no stamp, a text that names the stamp's year or a later one, or no issue reported)."""
    if stamp_year is None or next(_FRESH_ISSUE_SCAN.finditer(text), None) is None:
        return None
    years = [int(y) for y in _TEXT_YEAR.findall(text)]
    if not years or max(years) >= stamp_year:
        return None
    return min(years)


def is_headline_again(sentence: str, headline: str) -> bool:
    """A sentence that is the page's headline word for word (``某市2035年各类场地将达500个以上``, run into a paragraph
    after its last sentence or standing as a subtitle of the body): a title printed again, no goal (N17), wherever it
    stands; a longer sentence that opens with the headline (a title run into the text) is left to the other cues."""
    return bool(headline) and sentence.strip().rstrip("。!！") == headline.strip()
