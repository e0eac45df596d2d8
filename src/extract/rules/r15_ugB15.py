"""Unit-assignment and goal cues of the fifteenth round, second pass (ugB15): plain phrasings of the genre, written
as made-up pages of fields beyond education (elderly care, employment, disability, culture), that read wrong.

1. ``bracketed_host_label``: ``…增设日间照料中心10处。(主办单位:甲局;协办单位:乙局)``: a host label inside a bracket
   closing a task is the task's role label (U4a), not a site's footer ``主办单位:某中心`` to drop.
   (``roles.BARE_HOST_LEAD``: a bare ``主办:`` is the lead's label in a bracket or before a helpers' label.)
"""

from __future__ import annotations

import re

_BRACKETED_HOST = re.compile(
    r"[\u4e00-\u9fff\d][。.;；,，]?\s*[(（]\s*(?:主要)?(?:主办|承办|主辦|承辦)(?:单位|部门|机关|單位|部門|機關)?\s*[:：]"
    r"[^()（）:：\n]{2,60}(?:[;；,，]\s*[^()（）:：\n]{2,12}[:：][^()（）:：\n]{2,60})*[)）]")


# the same label closing a task's sentence on its line with a helpers' label after it (``…。主办单位:甲局;协办单位:乙局``)
_HOST_THEN_HELPERS = re.compile(
    r"[\u4e00-\u9fff\d]{4}[。;；]\s*(?:主办|主辦)(?:单位|部门|机关|單位|部門|機關)?\s*[:：][^:：\n]{2,60}?"
    r"(?:协办|協辦|配合|协助|協助)(?:单位|部门|机关|單位|部門|機關)?\s*[:：]")
_FOOTER_WORDS = re.compile(r"网站|網站|ICP|备案|備案|版权|版權|copyright|技术支持|地址|电话|電話|邮编|©", re.IGNORECASE)


def bracketed_host_label(line: str) -> bool:
    """Whether a line holds a host label in a bracket right after task text, the bracket closed on the line:
    ``开展助残就业培训。(主办单位:某区残联;协办单位:某区人社局)`` yes; a footer line ``主办单位:某市人民政府办公室``
    or ``主办单位:某中心  承办:某公司`` (no bracket after text) no. Also the label that closes a task's sentence with a
    helpers' label after it: ``推进托育服务。主办单位:某区卫健局;协办单位:某区妇联`` yes; a line with footer words
    (``版权所有``, ``地址``, ``ICP备``) no."""
    if _FOOTER_WORDS.search(line):
        return False
    return _BRACKETED_HOST.search(line) is not None or _HOST_THEN_HELPERS.search(line) is not None
