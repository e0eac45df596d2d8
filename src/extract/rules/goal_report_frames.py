"""A dated phrase that a news report of a meeting or of a document's release holds as its object (O3).

A meeting report tells what the meeting talked about: ``会议就如何做好2031年某项工作进行安排部署``,
``某局对2031年将办的实事进行了新闻发布``, ``会上汇报及讨论了“某规划”2031年的工作进度``. The dated matter is what was
arranged, announced or discussed, the sentence's deed the meeting's, so the year dates no commitment of the sentence.

A year written only inside a document's name is the name's: ``某局发布关于开展2031年某创建工作的通知``,
``某部门共同制订了《2031年某项目实施方案》,将为200名居民提供服务``. It dates nothing the sentence commits to (O3c),
so the sentence is no dated goal on its account (a year written outside the name still dates it:
``根据《2031年某方案》,2032年建成公园3个``). (goalA25) A release told done names its title without 关于 too
(``会议下发了做好2031年度某工作的通知,表彰了2030年度…``): an earlier year beside it (the last year's awards) dates nothing
ahead either.

(goalA27) A meeting reported convened, then what it took up right after its comma (``某县召开某专题会议,研究落实2031年实现…``,
``召开调度会,部署2031年…工作``): the meeting's act, done (O3g), the dated matter its object, no commitment of the sentence.
"""

from __future__ import annotations

import re

# ``就/对 …(the dated matter)… 进行(了)安排部署/新闻发布/…``: the matter a meeting arranged, announced or discussed
_TREATS = re.compile(r"(?:就|对|對)(?P<matter>[^。;；]{2,80}?)(?:进行|進行|作|做)了?\s*"
                     r"(?:安排部署|部署|再部署|新闻发布|新聞發布|发布|發布|讨论|討論|研究|交流|通报|通報|解读|解讀|"
                     r"总结|總結|动员|動員)")
# ``(会上)汇报及讨论了 …``, ``听取了…``: the matter a meeting heard or discussed, the sentence's object (in the same
# clause: ``会议讨论了方案,到2031年建成…`` goes on with a commitment of its own)
# (goalA35) ``联席会通报了2031年…整治有关情况``: the matter a meeting was told of, done too
_HEARD = re.compile(r"(?:汇报|匯報|滙報|讨论|討論|听取|聽取|审议|審議|通报|通報|介绍|介紹)(?:及|和|并|並|与|與)?(?:汇报|匯報|滙報|讨论|討論)?了")  # (lead42) ``介绍了…``
# a release verb before an unbracketed title ``关于…的通知``: the title the release names, up to its genre word
_RELEASES_TITLE = re.compile(r"(?:发布|發布|印发|印發|下发|下發|出台|公布|制定|制订|制訂)了?\s*(?P<title>关于|關於)"
                             r"[^。,，;；《》]{2,60}?的(?:通知|意见|意見|方案|办法|辦法|规定|規定|决定|決定|公告)")
_NAMES = re.compile(r"《[^《》]*》")
# (goalA25) a release told done (``会议下发了…做好2031年度某工作的通知``): the title after 了 needs no 关于 to be a name
_RELEASED_TITLE = re.compile(r"(?:印发|印發|下发|下發|发布|發布)了\s*(?P<title>[^。,，;；《》]{2,60}?)的(?:通知|意见|意見|决定|決定)")


def _around(sentence: str, at: int) -> tuple[str, int]:
    """The sentence piece between the full stops around ``at`` and ``at`` within it (a paragraph passed whole is read
    one sentence at a time, so a very long paragraph costs no more than its sentence)."""
    a = max(sentence.rfind("。", max(0, at - 400), at) + 1, max(0, at - 400))
    b = sentence.find("。", at, at + 400)
    b = min(len(sentence), at + 400) if b < 0 else b
    return sentence[a:b], at - a


def treats_dated_matter(sentence: str, at: int) -> bool:
    """Whether the deadline at ``at`` lies in the matter a meeting report says was arranged, announced or discussed
    (``会议就做好2031年某工作进行安排部署``, ``会上汇报及讨论了2031年的工作进度``): no commitment of the sentence."""
    if at < 0 or at >= len(sentence):
        return False
    sentence, at = _around(sentence, at)
    for m in _TREATS.finditer(sentence):
        if m.start("matter") <= at < m.end("matter"):
            return True
    m = _HEARD.search(sentence, 0, at + 1)
    if m is not None and m.end() <= at and not re.search(r"[。;；,，]", sentence[m.end():at]):
        return True
    return convened_on(sentence, at)


# (goalA27) ``某县召开某专题会议,研究落实2031年…``: a meeting convened, then what it took up (its act, done: O3g), the dated
# matter right after the verb, no comma between
_CONVENED_ON = re.compile(r"(?:召开|召開|举行|舉行)[^。;；,，]{0,40}?(?:会议|會議|座谈会|座談會|推进会|推進會|调度会|調度會)\s*[,，]\s*"
                          r"(?:专题|專題)?(?:研究|部署|安排)(?:落实|落實|部署|推进|推進)?")


# (lead42) ``为进一步推进2031年某项目进度,…,3月5日上午,某局召开2031年某项目协调会``: the purpose of a meeting the sentence
# reports convened (its day written), the dated matter inside the purpose clause that opens the sentence
_PURPOSE_OPEN = re.compile(r"^\s*为了?(?:进一步|進一步|切实|切實|全力|加快|扎实|紮實)?")
_CONVENED_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚)?\s*[,，]?[^。;；]{0,60}?"
                           r"(?:召开|召開|举行|舉行|举办|舉辦)[^。;；,，]{0,40}?(?:会|會)")


# (lead42) ``2031年某部《某标准》明确,…``: a year, then the issuer and the document's title, then what it states: the year
# dates the document (O3c, N9c), the standard it states is no commitment dated by it
_DATED_DOCUMENT = re.compile(r"(20\d\d)\s*年(?:\s*\d{1,2}\s*月)?\s*[,，]?\s*[\u4e00-\u9fff]{2,14}?(?:印发|印發|发布|發布|出台|颁布|頒布)?的?"
                             r"\s*《[^《》]{2,60}》\s*(?:中)?(?:明确|明確|提出|规定|規定|要求|指出)")


def year_dates_document(sentence: str, at: int) -> bool:
    """Whether the year at ``at`` opens ``2031年某部《某标准》明确,…``: it dates the document, not a commitment (O3c)."""
    if at < 0 or "《" not in sentence:
        return False
    m = _DATED_DOCUMENT.match(sentence, at)
    return m is not None and m.start(1) == at


def purpose_of_convened_meeting(sentence: str, at: int) -> bool:
    """Whether the deadline at ``at`` lies in the purpose clause that opens a sentence reporting a meeting convened on a
    day it names (``为进一步推进2031年某项目进度,3月5日上午,某局召开协调会``): the meeting's purpose, the sentence's deed
    done (O3g), no commitment of the sentence."""
    if at < 0 or at >= len(sentence) or ("召" not in sentence and "举" not in sentence and "舉" not in sentence):
        return False
    sentence, at = _around(sentence, at)
    if _PURPOSE_OPEN.match(sentence) is None:
        return False
    first = re.search(r"[,，]", sentence)
    if first is None or at > first.start():
        return False
    return _CONVENED_DAY.search(sentence, first.start()) is not None


def convened_on(sentence: str, at: int) -> bool:
    """Whether the deadline at ``at`` lies in what a meeting reported convened took up (``召开某专题会议,研究落实2031年实现
    全覆盖``, ``召开调度会,部署2031年…工作``): the meeting's act, done, no commitment of the sentence (O3g)."""
    if "召" not in sentence and "举" not in sentence and "舉" not in sentence:
        return False
    for m in _CONVENED_ON.finditer(sentence, 0, at + 1):
        if m.end() <= at and not re.search(r"[。;；,，]", sentence[m.end():at]):
            return True
    return False


def year_only_in_name(sentence: str, at: int) -> bool:
    """Whether the deadline at ``at`` stands inside a document's name (``《2031年某方案》``, or an unbracketed title
    after a release verb, ``发布关于开展2031年某工作的通知``) and no year is written outside the names."""
    if at < 0 or at >= len(sentence):
        return False
    sentence, at = _around(sentence, at)
    spans = [(m.start(), m.end()) for m in _NAMES.finditer(sentence)]
    spans += [(m.start("title"), m.end()) for m in _RELEASES_TITLE.finditer(sentence)]
    told = [(m.start("title"), m.end()) for m in _RELEASED_TITLE.finditer(sentence)] if "了" in sentence else []
    spans += told
    if not any(a <= at < b for a, b in spans):
        return False
    rest = sentence
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + "□" * (b - a) + rest[b:]
    if any(a <= at < b for a, b in told):  # (goalA25) besides the released title, only years before the name's
        year = re.match(r"(?:19|20)\d\d", sentence[at:])
        return year is not None and all(int(y) < int(year.group()) for y in re.findall(r"((?:19|20)\d\d)\s*年", rest)) \
            and re.search(r"今年|明年", rest) is None
    return re.search(r"(?:19|20)\d\d\s*年|今年|明年", rest) is None
