"""A rate of going on to a stage of schooling asked in plain words.

A question asks for the share of children who go to preschool or to senior secondary school in everyday words
(``示例县孩子上幼儿园的比例``, ``初中毕业后接着读高中的学生比例``); the texts state it as a rate term
(``学前教育毛入园率达到90%``, ``高中阶段毛入学率保持在95%以上``), which shares no word with the question but the
stage's name. ``stage_rate_words`` gives the rate terms to look for beside the question's words.
"""

from __future__ import annotations

import re

# a stage of schooling and the rate terms the texts use for the share of its age group enrolled
_STAGE_RATES = (("幼儿园", "毛入园率 入园率"), ("学前教育", "毛入园率 入园率"),
                ("高中", "高中阶段 毛入学率 入学率"))
# going to (上, 读, 进, 接受) the stage, then within a few characters a share (比例, 比率, 占比; not a count)
_STAGE_SHARE = re.compile(r"(?:上|读|进|接受|升入)(幼儿园|学前教育|高中)[^,。?!;,\s]{0,8}?(?:比例|比率|占比)")


def stage_rate_words(query: str) -> str:
    """The rate terms for a share of going to a stage of schooling asked in plain words, else "".

    ``甲县适龄孩子上幼儿园的比例`` -> ``毛入园率 入园率``; ``初中毕业后读高中的学生比例`` -> ``高中阶段 毛入学率 入学率``;
    not ``上幼儿园难不难`` (no share), nor ``在幼儿园上学的孩子比例`` (a kind of kindergarten's share, not a rate).
    """
    m = _STAGE_SHARE.search(query)
    if not m:
        return ""
    return dict(_STAGE_RATES)[m.group(1)]
