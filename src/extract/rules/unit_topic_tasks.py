"""U4e (seventeenth round, third adjudication): the task of a clause whose Y is a bare verb (``负责实施``) and whose topic
is a demonstrative phrase (``此次活动``) that points at a thing the sentence before names, in the text's fullest words
for it. Made-up examples only.

- ``fullest_topic_task``: ``5月区卫健局将组织60岁以上老年人免费健康体检。此次活动由区人民医院具体负责实施。`` -> task
  ``实施60岁以上老年人免费健康体检活动``. Not where the sentence before names no such thing (``此次义诊由…负责实施`` at a
  paragraph's start keeps ``实施此次义诊``), nor where the clause's Y is more than the verb.
"""

from __future__ import annotations

import re

# a demonstrative topic and its class noun (``此次活动``, ``本次义诊``, ``该项工作``)
_POINTER = re.compile(r"^(?:实施|實施|落实|落實|组织|組織)?(?:此次|本次|这次|這次|该次|該次|此项|此項|该项|該項)"
                      r"(?P<noun>[\u4e00-\u9fff]{1,4})$")
_BARE_END = re.compile(r"负责(?P<verb>实施|實施|落实|落實|组织|組織)$")
# the verb of the sentence before that names the thing done (its object runs to the sentence's end)
_NAMING_VERB = re.compile(r"(?:组织|組織|开展|開展|举办|舉辦|实施|實施|启动|啟動)")


def fullest_topic_task(task: str, quote: str, text: str, start: int) -> str | None:
    """The task ``<verb><thing><noun>`` for a row whose quote closes with ``负责<verb>`` and whose task is a demonstrative
    topic (``此次活动``, ``实施此次活动``) where the sentence right before the row's sentence names the thing as the object
    of a doing verb (``…组织60岁以上老年人免费健康体检。``); None otherwise."""
    m = _POINTER.match(task.strip())
    e = _BARE_END.search(quote.strip().rstrip("。"))
    if m is None or e is None:
        return None
    head = text[:start]
    cut = max(head.rfind("。"), head.rfind("！"), head.rfind("？"), head.rfind("\n"))
    before = head[:cut + 1] if cut >= 0 and head[cut] == "。" else ""
    if not before:
        return None
    prev = before[:-1]
    prev = prev[max(prev.rfind("。"), prev.rfind("\n"), prev.rfind("！"), prev.rfind("？")) + 1:]
    verbs = list(_NAMING_VERB.finditer(prev))
    if not verbs:
        return None
    thing = prev[verbs[-1].end():].strip()
    if not 4 <= len(thing) <= 30 or re.search(r"[,，、;；:：()（）]", thing):
        return None
    noun = m.group("noun")
    return e.group("verb") + thing + ("" if thing.endswith(noun) else noun)
