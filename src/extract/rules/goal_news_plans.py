"""The dated plans a news report tells (O3, O3c): a year the plan is for, written in the frames of a report.

1. ``two_digit_year_spans``: a financial or school year written with two Chinese numerals per year (``三一至三二年度``,
   ``三一/三二学年``) is a written year in the century of the page (O3c, twenty-first round): the first year is put in
   four figures (``2031至三二年度``) so that the date cues read it as they read ``2031至32年度``.
2. ``year_subject_plans``: a clause that opens with its year, a short subject, then a verb of planning or expecting
   and the deed planned (``2031年,某县预计投入800万元…``, ``2031年全镇民生工程计划投入资金为300万元``,
   ``2031年度计划对12个小区进行改造``): the year is the time of the commitment (O3), as ``2031年,某县将…`` is.
3. ``expected_with_subject``: an expectation or a plan whose date follows a short subject or a modal (``预计居民可在2031年
   迁入…``, ``计划甲校于2031年9月开学``) or the earliest or latest date set for a deed (``最早2031年入伙``, ``最快2031年
   通车``): the date the deed is expected by (O3), as ``预计在2031年建成`` is.
"""

from __future__ import annotations

import re

# a two-digit year in Chinese numerals (``三一``), not the tail of a longer number (``二〇三一`` is read elsewhere)
_CN2 = r"[〇○零一二三四五六七八九]{2}"
_TWO_DIGIT_SPAN = re.compile(r"(?<![〇○零一二三四五六七八九十百千万年])(" + _CN2 + r")(\s*(?:至|/|／|-|—|–|到)\s*)(" + _CN2 +
                             r")(?=\s*(?:学年|學年|年度|财政年度|財政年度))")
_CN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def two_digit_year_spans(sentence: str) -> str:
    """The sentence with the first year of a two-digit Chinese-numeral financial or school year span in four figures
    (``政府计划在三一至三二年度增加…`` -> ``政府计划在2031至32年度增加…``); the sentence itself when it has none."""
    if "年度" not in sentence and "学年" not in sentence and "學年" not in sentence:
        return sentence  # (a cheap test before the scan)
    return _TWO_DIGIT_SPAN.sub(lambda m: "20" + m.group(1).translate(_CN_DIGIT) + m.group(2) + m.group(3).translate(_CN_DIGIT),
                               sentence)


_PLAN_VERB = r"(?:预计|預計|计划|計劃|拟|擬)"
# the deed planned: a verb of building, spending or doing, or ``对…进行`` (the object first)
_DEED = (r"(?:投入|投资|投資|新建|新增|建设|建成|建設|实施|實施|完成|改造|改扩建|扩建|招聘|培训|培訓|开工|開工|开展|開展|提供|"
         r"安排|增加|增設|增设|发放|發放|对[^,，;；。]{2,60}?进行|對[^,，;；。]{2,60}?進行)")
# ``2031年,某县预计投入…``, ``2031年全镇民生工程计划投入资金为…``, ``2031年度计划对…进行改造``: the year opens the clause
# (the sentence's start or after a mark), a subject of a few words with no number of its own, then the plan and the deed
_YEAR_SUBJECT_PLANS = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(?:其中\s*[,，]?\s*)?(20\d\d)\s*年(?:度)?\s*[,，]?\s*"
                                 r"[\u4e00-\u9fff、“”\"]{0,16}?(?<![按原照据])" + _PLAN_VERB + r"\s*(?:将|要|可)?\s*" + _DEED)


def year_subject_plans(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year, a short subject and a plan with its deed
    (``2031年,某县预计投入800万元``, ``2031年度计划对12个小区进行改造``); (None, -1) when none."""
    if "计" not in sentence and "計" not in sentence and "拟" not in sentence and "擬" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _YEAR_SUBJECT_PLANS.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# ``预计居民可在2031年迁入``, ``计划甲校于2031年9月开学``: an expectation, a short subject or a modal, then the date;
# ``最早2031年入伙``, ``最快于2031年通车``: the earliest date set for a deed (a verb follows the date)
_EXPECTED_WITH_SUBJECT = re.compile(r"(?:预计|預計|预期|預期|计划|計劃|可望|有望)[\u4e00-\u9fff]{0,6}?(?:可|能|将|將|会|會)?"
                                    r"\s*(?:在|(?<![低高多少等大小对對由关關属屬位基用处處至终終善便利晚早迟遲])(?:于|於))\s*(20\d\d)\s*年"
                                    r"(?!\s*(?:以后|之后|後|后|以来|以來|来|來))|"
                                    r"(?:最早|最快)\s*(?:在|于|於)?\s*(20\d\d)\s*年(?:底|初|中|末|\d{1,2}月)?\s*(?:前)?\s*"
                                    r"(?:可|能|将|將|会|會)?\s*(?=[\u4e00-\u9fff])(?!的)")


def expected_with_subject(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of an expected or planned date after a short subject (``预计居民可在2031年迁入``) or
    of the earliest date set for a deed (``最早2031年入伙``); (None, -1) when none."""
    if "预" not in sentence and "預" not in sentence and "计" not in sentence and "計" not in sentence \
            and "望" not in sentence and "最" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _EXPECTED_WITH_SUBJECT.search(sentence)
    if m is None:
        return None, -1
    g = 1 if m.group(1) else 2
    return int(m.group(g)), m.start(g)
