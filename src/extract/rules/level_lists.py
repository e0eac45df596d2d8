"""A sentence that only lists levels, after a sentence of targets: the list of targets goes on.

A plan's targets often run over two sentences: the first with its year and verbs (``到2035年,建成…10个,…``), the next
a bare list of measures and their levels (``游客人次5000万,旅游收入600亿元,服务业增加值占GDP的40%``). Every clause
of the second names a measure and ends with its level (a bound word or ``左右`` may follow); no verb of its own, no
date. Right after a sentence that gave targets its levels are targets too (N1, the list's frame holds); a share
written with ``占`` (``占GDP的40%``) is one of the list's levels there, not a status."""
from __future__ import annotations

import re

# one clause: words naming the measure (Latin letters too: ``GDP``), an optional ``占…的`` share frame, the level
_LEVEL_CLAUSE = re.compile(r"^[\u4e00-\u9fffA-Za-z“”\"()（）]{2,24}?(?:占[\u4e00-\u9fffA-Za-z]{1,12}?的?)?(?:约|近)?"
                           r"\d+(?:\.\d+)?\s*(?:%|‰|(?:万|萬|亿|億)?[\u4e00-\u9fff]{0,3})\s*(?:以上|以下|以内|左右)?$")
_CLAUSE_MARK = re.compile(r"[,，;；、]")
_DATE_WORD = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|年底|年末|以来|同比|比上年|较上年|截至|截止|已|了|完|实际|實際|累计|累計")
# a verb of works: a clause that does something (``更换井盖76套``) is an item of works, not a measure's level
_WORK_VERB = re.compile(r"建设|建設|新建|新增|建成|实施|實施|改造|更换|更換|维修|維修|整治|购置|購置|安排|开展|開展|举办|舉辦|"
                        r"培训|培訓|招聘|配备|配備|安装|安裝|铺设|鋪設|硬化|黑化|修建|修缮|修繕")


def level_clauses(sentence: str) -> int:
    """How many clauses the sentence lists, when every one is a measure with its level and the sentence has no date,
    status word or verb of works (``旅游人次5000万,旅游收入600亿元``: 2); 0 for any other sentence."""
    s = sentence.strip().rstrip("。.;；")
    if _DATE_WORD.search(s) or _WORK_VERB.search(s):
        return 0
    parts = _CLAUSE_MARK.split(s)
    if not all(_LEVEL_CLAUSE.match(p.strip()) for p in parts):
        return 0
    return len(parts)


def continues_level_list(sentence: str, cues: tuple[str, ...]) -> bool:
    """A number of a sentence that lists two or more levels and nothing else (``level_clauses``), whose decision was
    only that it is bare or a share (``占…的N%``): after a sentence of targets, the next levels of their list."""
    return cues in (("bare",), ("status:占",)) and level_clauses(sentence) >= 2
