"""O3f, O3a: a dated sentence that sets out the year's list of 实事 or 民生工程, its items on the lines below.

``据了解,某街道2031年十大实事项目包括:``, ``2031年某区8件民生实事分别是:``, ``2031年全县民生工程项目有:``: the year,
the year's list of 实事 (民生工程, 惠民工程, 民心工程) as the subject, and a verb that sets its items out (``包括``,
``分别是``, ``分别为``, ``有``) closing the sentence before a colon: the list's commitments stated with the list's year, a
goal (O3f, as where the items follow in the same sentence; O3a: a dated lead-in is a goal by its own date), not a list's
bare introduction. A sentence that reports the list chosen, voted or published keeps its own false-goal cues (O3b), and a
notice formula (``现将2031年实事项目安排如下:``) does not end so (O3g).
"""

from __future__ import annotations

import re

from extract.cues import _PINYIN_NOTE

# the year (no span's end), the list as the subject (a count of items may stand before it), a verb setting the items out,
# then only the colon to the sentence's end
_YEAR_LIST_LEAD = re.compile(r"(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?[^,，。；;:：!！?？]{0,24}?"
                             r"(?:实事|實事|民生工程|惠民工程|民心工程)(?:项目|項目)?(?:清单|清單)?\s*"
                             r"(?:包括|分别是|分別是|分别为|分別為|有|为|為|是|(?:具体|具體)?如下)\s*[:：]?\s*$")  # (goalB24) ``…项目为:``
# (goalA27) ``某县2031年10个民生实事项目具体如下``, ``某省2031年度民生实事项目如下:``: the year's list named and set out after
# it needs no verb of its own (O3a, twenty-fifth round)
# (goalB24) the will before the year: ``某省将在2031年着力办好以下十件实事``, ``我县要于2031年重点推进以下工作``: the actor's
# commitment to the year's work, the list after it (O3a, O3b), as ``2031年,某省将…办好以下…`` is
_WILL_YEAR_LEAD = re.compile(r"(?:将|將|要|拟|擬)\s*(?:在|于|於)?\s*(20\d\d)\s*年(?:度|内|內)?\s*[,，]?\s*"
                             r"(?:重点|重點|着力|著力|全力|继续|繼續|集中|主要|切实|切實|扎实|紮實)?\s*"
                             r"(?:推进|推進|做好|抓好|办好|辦好|实施|實施|开展|開展|落实|落實|推动|推動|完成)\s*(?:以下|下列|如下)")


def will_year_list_lead(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence whose actor wills, for a year written after the will, the work or list
    set out after it (``某省将在2031年着力办好以下十件民生实事``): the year's commitment as the lead of its list, a goal by its
    own date (O3a, O3b); (None, -1) when none (a lead without a year, ``今年将办好以下实事``, N9)."""
    m = _WILL_YEAR_LEAD.search(_PINYIN_NOTE.sub("", sentence)) if "年" in sentence else None
    return (int(m.group(1)), sentence.find(m.group(1))) if m else (None, -1)


# ``…实事项目完成情况包括:``, ``…实事的进展有:``: a report on the list, no list set out (O3f, second adjudication)
_REPORTED = re.compile(r"完成|进展|進展|进度|進度|落实情况|落實情況|成效|成果")


def year_list_lead(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that sets out the year's list of 实事 with its items below it
    (``某街道2031年十大实事项目包括:``, ``2031年某区8件民生实事分别是:``); (None, -1) when none, or when the list's
    progress or completion is what the sentence introduces (``2031年实事项目完成情况包括:``)."""
    if "年" not in sentence or sentence.rstrip()[-1:] not in ":：括是為为有下":
        return None, -1  # (a cheap test before the scan)
    s = _PINYIN_NOTE.sub("", sentence)
    m = _YEAR_LIST_LEAD.search(s)
    if m is None or _REPORTED.search(m.group()) is not None:
        return None, -1
    at = sentence.find(m.group(1))  # (the year's place in the sentence as given, pinyin notes kept)
    return int(m.group(1)), at


# -- O1d: a heading that names the completion of goals ------------------------------------------------------------
# ``一、年度指标任务完成情况``, ``(一)主要预期目标完成情况``, ``二、2031年目标任务落实情况``, ``目標執行情形``: the goals
# named as what a results report reviews (their completion, progress or carrying out): no goal heading (O1d), its
# sentences goals only by their own date (O3)
_GOAL_COMPLETION = re.compile(r"(?:目标|目標|指标|指標)(?:任务|任務)?\s*(?:的)?\s*(?:完成|落实|落實|执行|執行|推进|推進|进展|進展|实现|實現)"
                              r"\s*(?:情况|情況|情形|进度|進度)\s*[)）]?\s*$")


def names_goal_completion(title: str) -> bool:
    """A heading that names the completion of goals (``年度指标任务完成情况``, ``目标任务落实情况``): no goal heading
    (O1d); not ``目标任务`` nor ``完成目标任务的保障措施``."""
    return ("情" in title or "进度" in title or "進度" in title) and _GOAL_COMPLETION.search(title.strip()) is not None


# -- O3b: the year's list reported as drawn up ----------------------------------------------------------------------
# ``年初,某街道制定了2031年为群众拟办实事清单,各部门…``, ``某区研究拟定了2031年度民生实事项目``: a verb of drawing up in the
# perfect (了) right before the year's list: what was decided reported (O3b, as ``确定了``, ``公布了``), no commitment; a list
# still to be drawn up (``将制定2031年实事清单``) has no 了 and is left to the date cues
# (goalA30) ``初步形成了拟列入2031年为民办实事项目清单共38件``: 形成了, and the list's ``拟列入`` (and a ``我市``) before the year
_DRAWN_UP_LIST = re.compile(r"(?:制定|製定|拟定|擬定|编制|編制|梳理|谋划|謀劃|敲定|选定|選定|形成)了\s*"
                            r"(?:拟列入|擬列入|拟办|擬辦)?\s*(?:我[市县区镇縣區鎮]|全[市县区镇縣區鎮])?\s*20\d\d\s*年(?:度)?[^。；;,，:：\d]{0,20}?(?:实事|實事|民生工程|惠民工程|民心工程|民生项目|民生項目)")


def reports_list_drawn_up(sentence: str) -> bool:
    """A sentence that reports the year's list of 实事 drawn up (``某街道制定了2031年为群众拟办实事清单``): no goal (O3b)."""
    return "了" in sentence and _DRAWN_UP_LIST.search(_PINYIN_NOTE.sub("", sentence)) is not None



# -- O3e: a fiscal year's budget drawn up for the fields it names, then its amount ----------------------------------
# ``2031年度编列老人、儿少及社会救助等181.9亿元``, ``2031年度編列長期照顧經費116億元``: the fiscal year, Taiwan's word
# for drawing a budget up (编列) right after it, the fields the money is for (no comma between), then the amount: the
# year's allotment, a goal with that year (O3e), as ``2031年度编列359亿元`` is; ROC years are read in the common era
# before. Not a base year (``较2030年度编列…``), nor an amount cut off by a comma from the year (``2031年度编列,…``)
_BUDGET_FIELDS = re.compile(r"(?<![\d—\-~至到与比较較])(20\d\d)\s*年度\s*(?:编列|編列)[^。,，;；:：\d]{1,24}?"
                            r"(?:约|約)?\s*(?:新[台臺][币幣])?\s*\d[\d,.]*\s*(?:亿|億|万|萬|千万|千萬)?\s*元")


def budget_fields_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a fiscal year's budget drawn up for the fields it names, with its amount
    (``2031年度编列老人及社会救助等181.9亿元``); (None, -1) when none."""
    if "编列" not in sentence and "編列" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _BUDGET_FIELDS.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# -- O3b: the selection of the year's list told ------------------------------------------------------------------
# ``区政府高度重视2031年民生实事候选工作,…从2030年11月开始就着手谋划征集…``, ``征集2031年民生实事项目的意见``, ``2031年民生
# 实事项目征集工作启动``: the year's list of 实事 with its candidates, collection or shortlisting (候选, 征集, 遴选): the list's
# choosing told (O3b, as a vote or a launch of the 编排 is), no commitment of the list's own
_LIST_SELECTION = re.compile(r"20\d\d\s*年(?:度)?[^。；;,，:：\d]{0,12}?(?:实事|實事|民生工程|惠民工程|民心工程)"
                             r"(?:项目|項目)?\s*(?:的)?\s*(?:候选|候選|征集|徵集|遴选|遴選)|"
                             r"(?:征集|徵集|遴选|遴選)\s*(?:对|對)?\s*20\d\d\s*年(?:度)?[^。；;,，:：\d]{0,12}?(?:实事|實事|民生工程)")


_SELECTION_WORD = re.compile(r"候选|候選|征集|徵集|遴选|遴選")  # one of them is in every ``_LIST_SELECTION`` match


def tells_list_selection(sentence: str) -> bool:
    """A sentence that tells the year's list of 实事 being selected (``…重视2031年民生实事候选工作…``, ``征集2031年民生实事
    项目``): no goal (O3b)."""
    return _SELECTION_WORD.search(sentence) is not None \
        and _LIST_SELECTION.search(_PINYIN_NOTE.sub("", sentence)) is not None
