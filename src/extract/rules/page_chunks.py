"""Fixed-width chunks of a doc-sharing page's preview (whole-page layout).

Doc-sharing sites print a document's preview as chunks of a fixed length (some 300 characters), each opening with
its serial (``1、``, ``2、``, ``3、``) and each cut wherever the length runs out, in the middle of a sentence or a word
(``…奠定了坚`` / ``2、实基础。…``). ``headings.page_break_lines`` already keeps such a serial from opening a section
when the line before breaks off mid-sentence, unless that line reads as a heading itself. But a chunk always reads as a
heading (it opens with ``1、``), so every chunk after the second one was taken for a numbered heading whose title is
the cut tail of a sentence (``3、惠性托位覆盖率达到61%以上。…`` read as a section of the plan): the section changed
what its numbers were read as, and a review's run of results was cut where the chunk began.
"""

from __future__ import annotations

import re

_CHUNK_SERIAL = re.compile(r"^(\d{1,3})、")
# a chunk runs on far past any heading's length: a heading with its inline text stays well under this
CHUNK_MIN_LENGTH = 150
_ENDS_SENTENCE = re.compile(r"[。！？!?；;:：)）”」]\s*$")


def is_page_chunk(line: str) -> bool:
    """A doc-sharing preview chunk: a line that opens with a serial (``2、``), runs on for 150 characters or more and
    breaks off without ending a sentence (``2、…开展健康教育活动,组织``). A numbered item of a list ends its sentence
    (``2、新建幼儿园3所。``) or is short (``2、工作目标``)."""
    t = line.strip()
    return _CHUNK_SERIAL.match(t) is not None and len(t) >= CHUNK_MIN_LENGTH and _ENDS_SENTENCE.search(t) is None


def continues_page_chunk(prev: str, line: str) -> bool:
    """``line`` is the next chunk after the chunk ``prev`` (``is_page_chunk``): its serial is the one after
    ``prev``'s (``1、…`` then ``2、…``). Its serial is a page's, not an outline's, whatever ``prev`` reads as."""
    a = _CHUNK_SERIAL.match(prev.strip())
    b = _CHUNK_SERIAL.match(line.strip())
    return a is not None and b is not None and int(b.group(1)) == int(a.group(1)) + 1 and is_page_chunk(prev)


_ITEM_OPENING = re.compile(r"^\s*(?:\d{1,2}\s?[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])")
_CHUNK_BREAK = re.compile(r"\n\d{1,3}、")
_CLAUSE_MARK = re.compile(r"[,，;；:：]")


def title_across_chunks(quote: str) -> bool:
    """A goal's quote that is an item's run-in title broken by a chunk's serial (``2 .深入推进素质\\n2、教育。`` once
    the chunks are read as one run): it opens with an item marker, holds no clause mark and spans a chunk break. An
    item's title names a task, no goal (O2); a goal sentence across a break (``…班额普\\n3、遍达标,教师配足…``) has
    its clauses."""
    return _CHUNK_BREAK.search(quote) is not None and _ITEM_OPENING.match(quote) is not None \
        and _CLAUSE_MARK.search(quote) is None


# the notice of a doc-sharing site over its preview: ``…由会员分享,可在线阅读,更多相关…请在某文库上搜索。``
# (goalB27) and its variants: ``由会员上传分享,免费在线阅读``, ``由用户分享``
_SHARING_NOTICE = re.compile(r"由(?:会员|用户|网友)(?:上传)?分享|(?:可|免费)在线阅读|上搜索。")


def shared_page(lines: list[str]) -> bool:
    """The page is a doc-sharing site's preview: one of its lines is the site's notice (``由会员分享``, ``可在线阅读``,
    (goalB27) ``由会员上传分享``, ``免费在线阅读``,
    ``请在某文库上搜索。``). Only there are numbered lines read as fixed-width chunks (``continues_page_chunk``)."""
    return any(_SHARING_NOTICE.search(t) for t in lines)


# a preview's cut note: an ellipsis, then a bracket that says the rest (or the opening) was left out
# (``……(某站此处省略``, ``……(中间部分省略,全文见附件)``)
_CUT_NOTE = re.compile(r"(?:…|\.{3,})\s*[(（][^()（）\n]{0,60}?省略")


def holds_cut_note(quote: str) -> bool:
    """A quote that holds a doc-sharing preview's cut note (``……(中间部分省略,全文见附件)``, ``……(某站此处省略``): the site's
    word that it left text out, no sentence of the document (G2a: page furniture)."""
    return "省略" in quote and _CUT_NOTE.search(quote) is not None


def no_goal_of_chunks(quote: str) -> bool:
    """A goal's quote that the chunks of a doc-sharing preview made and the document did not: an item's title broken
    by a chunk's serial (``title_across_chunks``) or the preview's cut note (``holds_cut_note``)."""
    return title_across_chunks(quote) or holds_cut_note(quote)


_WHITESPACE = re.compile(r"\s+")
_GLUE = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


def glued_copy(text: str, start: int, seen: list[str], key: str) -> bool:
    """A goal sentence at ``start`` that copies an earlier goal or its opening (``key``, its words without whitespace,
    the whole or the start of one in ``seen``) and is glued to the word before it, no mark or line break between (``…其中城镇甲县2031年工作要点2031年,全县
    将…``: a preview chunk cut mid-sentence and the page printed again from its top). A cut copy glued into another
    sentence is no mention of its own (G4a); a copy after a full stop or a line break is (G4)."""
    return start > 0 and len(key) >= 8 and _GLUE.match(text[start - 1]) is not None \
        and any(k.startswith(key) for k in seen)


def without_chunk_goals(text: str, records: list, goal_type) -> list:
    """``records`` without the goals the chunks of a preview made (``no_goal_of_chunks``) and without glued copies of
    an earlier goal (``glued_copy``); other records as they are."""
    seen: list[str] = []
    drop: set[int] = set()
    for r in sorted((r for r in records if isinstance(r, goal_type)), key=lambda r: r.norm_span.start):
        a, b = r.norm_span.start, r.norm_span.end
        key = _WHITESPACE.sub("", text[a:b])
        if no_goal_of_chunks(text[a:b]) or glued_copy(text, a, seen, key):
            drop.add(id(r))
        seen.append(key)
    return [r for r in records if id(r) not in drop]
