"""Target cue for commitments written as titles in a list of 《》 items (N3, twenty-first round).

A notice or its reading note may set out the year's 实事 or projects as a run of titles, each the commitment itself with
its quantity: ``方案包括《新建书屋5个》《培训讲解员200名以上》两项实事``. Such a title is no document's name (records.md's
exclusion is about names and document numbers that measure nothing): its quantities are read as the list's would be.
A document's title (``《关于…的实施方案》``, ``《…规划(2031—2035年)》``) stays masked, and so does a lone title that is
no item of a run of titles. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

_TITLE = re.compile(r"《([^《》]{1,80})》")
# a word that makes a title a document's, a year that dates it as one (``…2031年…``)
_DOCUMENT_WORD = re.compile(r"方案|意见|意見|通知|办法|辦法|规划|規劃|计划|計劃|計畫|报告|報告|决定|決定|条例|條例|纲要|綱要|要点|要點|"
                            r"细则|細則|标准|標準|公告|通告|目录|目錄|清单|清單|名单|名單|制度|指南|规定|規定|章程|批复|批復|"
                            r"白皮书|公报|公報|年鉴|汇编|守则|准则|法$|\d{4}\s*年|\d+\s*号")
# a verb that delivers what the item counts (``新建``, ``完成``, ``为…开展``, ``惠及``)
_DELIVERY_VERB = re.compile(r"新增|新建|建成|建设|建設|实施|實施|完成|开展|開展|改造|维修|維修|提供|培训|培訓|增加|达到|達到|惠及|"
                            r"发放|發放|招聘|配备|配備|安装|安裝|打造|提升|资助|資助|扩建|擴建|改建|增设|增設")
# an Arabic amount and its measure word
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*[万萬亿億]?[\u4e00-\u9fff%]")


def is_commitment_title(inner: str) -> bool:
    """The words inside 《》 are a commitment with its quantity, not a document's name: a verb that delivers, an Arabic
    amount with its measure word, no document word and no year (``新建书屋5个``, ``为800名老人开展体检``; not
    ``关于新建书屋的实施方案``, ``2031年民生实事项目清单``)."""
    return (_DOCUMENT_WORD.search(inner) is None and _DELIVERY_VERB.search(inner) is not None
            and _AMOUNT.search(inner) is not None)


def commitment_title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the words inside each 《》 title of ``text`` that is a commitment (``is_commitment_title``) and an item
    of a run of titles (another title right before or after it, ``》《`` or ``》、《``)."""
    if "》" not in text:
        return []
    titles = list(_TITLE.finditer(text))
    out = []
    for i, m in enumerate(titles):
        joined_before = i > 0 and text[titles[i - 1].end():m.start()].strip(" 、,，") == ""
        joined_after = i + 1 < len(titles) and text[m.end():titles[i + 1].start()].strip(" 、,，") == ""
        if (joined_before or joined_after) and is_commitment_title(m.group(1)):
            out.append((m.start(1), m.end(1)))
    return out


def unmask_commitment_titles(text: str, masked: str) -> str:
    """``masked`` (``text`` with its titles blanked, same length) with the words of its commitment titles restored and
    their opening brackets read as clause breaks (``,``; each item is a clause of its own), the closing ones kept (a count
    right after the run counts its items, ``counts_title_run``): the list's quantities are read, a document's name stays
    unread."""
    spans = commitment_title_spans(text) if "《" in text else []
    for a, b in spans:
        masked = masked[:a - 1] + "," + text[a:b] + "》" + masked[b + 1:]
    return masked


def counts_title_run(before: str) -> bool:
    """An amount written right after the run of commitment titles counts its items (``《新建书屋5个》《培训讲解员200名》
    两项实事``; N12a: the make-up of a list set out), as ``unmask_commitment_titles`` leaves the run's closing bracket."""
    return before.rstrip().endswith("》")
