"""A sentence's opening adverbial of time or sequence before the unit that is its subject (U4c ``X会同Y…``, U7
``X牵头…``): ``下一步,某局将会同某委…``, ``近日,某局牵头组织…``, ``3月5日下午,某局牵头组织…``. The readers of those
frames want the unit at the sentence's start; the opener and its comma say when, not who, and are blanked (same length,
offsets kept) before those readers run, so the unit after them opens the sentence."""

import functools
import re

# when or in what order, said before the subject: a time word, a date (with a part of the day), a sequence word
_OPENER_WORD = (r"(?:[“\"]?[\d.]{1,5}[”\"]?(?:当天|當天)|活动当天|活動當天|下一步|下一阶段|下阶段|下步|今后|近期|近日|日前|目前|当前|今年以来|近年来|年初以来|今年|明年|同时|此外|另外|为此|随后|"
                r"(?:每年|每月|(?:20\d\d)年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚上|晚间|前|以前|底|起)?(?:\d{1,2}[:：]\d{2})?|20\d\d年(?:以来|起)?)")  # (lead45) a clock time (``上午11:00``)  # (unitB27) ``每年12月31日前``
_OPENER = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))(?P<open>[ \t\u3000]*" + _OPENER_WORD + r"\s*[,，][ \t\u3000]*)")


# (lead47) a news story's dateline at a line's start: the outlet's ``讯`` and the reporter's bracket
_DATELINE = re.compile(r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{1,10}(?:讯|訊)[ \t\u3000]*(?:[(（][^()（）\n]{1,30}[)）])?")


@functools.lru_cache(maxsize=32)  # (speedA24) five readers blank the same paragraph: once each text
def blank_clause_openers(text: str) -> str:
    """``text`` with each sentence-opening adverbial of time or sequence and its comma turned to spaces (same
    length): ``下一步,甲局将会同乙局管好资金。`` -> ``    甲局将会同乙局管好资金。``; ``5月8日下午,甲局牵头组织…`` likewise.
    Not: the word inside a sentence (``甲局下一步,…`` stays), nor without its comma (``近日甲局…``: no clause of
    its own), nor a phrase that is no time or order (``根据要求,…``)."""
    if "," not in text and "，" not in text:
        return text
    if "讯" in text or "訊" in text:  # (lead47) a news dateline first (``某网讯(记者 某某)8月31日,…``): where, by whom
        text = _DATELINE.sub(lambda m: " " * len(m.group()), text)
    return _OPENER.sub(lambda m: " " * len(m.group("open")), text)
