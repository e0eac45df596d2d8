"""(unitB26) A duty head that says ``负责`` before its colon (``广播台负责:主持晚会``, ``国旗班负责:升旗仪式``): the words
before ``负责`` name the body the line charges, however short the name, when it ends like a body of people (a troupe
``团``, a station ``台``, a squad ``班``, a team ``队``, a club ``社``, a section ``部``, a group ``组``): the colon after
``负责`` says a duty follows, as ``X职责:`` does (U8a, U7). A head without ``负责`` keeps the stricter name test of
``unit_prose.duty_unit``.

Made-up examples only.
"""

from __future__ import annotations

import re

_CHARGED_HEAD = re.compile(r"负责\s*[:：]$")
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:团|台|班|队|社|部|组)$")
# a word that ends like a body but names a thing or a time (``舞台``, ``讲台``, ``平台``, ``后台``, ``全部``, ``每班``)
_NOT_BODY = re.compile(r"(?:舞|讲|平|后|前|站|看|擂|灯|柜|月)台$|^(?:全|每|各|本|该|其|上|下|内|外)|^[\u4e00-\u9fff]台$")


def charged_body_head(name: str, head: str) -> list[str] | None:
    """``[name]`` where ``head`` (the duty head's match, up to its colon) closes with ``负责:`` and ``name`` is a short
    body's name (``文工团``, ``广播台``, ``国旗班``); else None."""
    if _CHARGED_HEAD.search(head) is None or _BODY_NAME.match(name) is None or _NOT_BODY.search(name):
        return None
    return [name]
