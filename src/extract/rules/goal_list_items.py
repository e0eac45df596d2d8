"""Goal list items whatever their marks (O1): under a goal heading or label every sentence of the body is a goal, a
short item of a list as well. The fragment test (``cues.is_fragment``: under eight Han characters and no number)
read the item's list mark as part of its text, so ``(2)清理库存。`` (a digit) or ``二是清理库存。`` (two more Han
characters) passed where ``②清理库存。`` or ``• 清理库存。`` did not: the same item gave a goal or none by its mark.
``closed_list_item`` reads the item without its mark, so every mark decides alike."""

from __future__ import annotations

import re

from extract.rules.goal_date_cues import _LIST_MARK

# ``一是``/``二是``, ``其一,``: an ordinal lead that marks an item as a numeral does
_ORDINAL_LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}[,，、])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OTHER_MARK = re.compile(r"[^\u4e00-\u9fff、]")


def list_mark_end(sentence: str) -> int:
    """The end of the list mark an item opens with (``①``, ``•``, ``1、``, ``1.``, ``(1)``, ``(一)``, ``一是``); 0 when
    the sentence opens with none."""
    m = _LIST_MARK.match(sentence) or _ORDINAL_LEAD.match(sentence)
    return m.end() if m else 0


def closed_list_item(sentence: str, end_mark: str = "") -> bool:
    """A short item of a list under a goal heading, read without its mark: it opens with a list mark, ends at a full
    stop or at its line's end (``end_mark``, the character after it: a sentence ends there, O1) and its own text is a
    phrase of five Han characters or more with no other mark than ``、`` (``③整理档案资料。``, ``• 整理档案资料``): a
    whole goal (O1), as the same item with a digit mark is. An item that runs on past a comma or a label
    (``①目标:``) is none."""
    cut = list_mark_end(sentence)
    if not cut:
        return False
    closed = sentence.rstrip().endswith(("。", "；", ";")) or end_mark in ("。", "\n", "")
    body = sentence[cut:].strip().rstrip("。")
    return closed and len(_HAN.findall(body)) >= 5 and _OTHER_MARK.search(body) is None


# a verb that makes or files a report form (``编制…报表``, ``按季填报…报表``): the form is its object, no caption
_FORM_VERB = re.compile(r"(?:编制|编报|填报|报送|上报|汇总)[^,，;；。]{0,12}报表$")


def files_report_forms(sentence: str) -> bool:
    """A sentence whose object is the report forms it makes or files (``按季编制统计报表``): its ``表`` ends a
    verb's object, not a table's caption (``…一览表``), so the item states a goal as its heading-line copy does."""
    return _FORM_VERB.search(sentence.strip().rstrip("。")) is not None
