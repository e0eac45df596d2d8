"""The lines at a page's top that may be its title (``RulesExtractor.doc_context`` asks whether one of them names a report
of the past): the short lines among the first eight, no sentence, no heading of the outline (goalA25: moved here from
``rules/__init__.py``, records identical), and not a line of a list of other pages' titles (``相关文章``, ``热门新闻``: G2a,
``target_exclusions.link_list_spans``): a related article's title (``…年终工作总结``) says nothing of what this page
is; nor the headline of a box (``链接``) set after the story's first paragraphs, nor a bulleted item (``●…全部完成``)."""

from __future__ import annotations

import re

from extract.rules.target_exclusions import link_list_spans

# a line opened by a bullet (``●全区新建公园5个``): an item of a list, no title (a summary's bullets of results or aims
# tell nothing of what the whole page is)
# (vnumA28) or by any list mark: a number (``⑥…全部完成``, ``(2)…``, ``3.…``, ``二、…`` read as text) marks an item as a
# bullet does
_BULLET_ITEM = re.compile(r"^\s*(?:[•·●▪◆①-⑳]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}\s*[.、．](?!\d)"
                          r"|[一二三四五六七八九十]{1,3}\s*[、.．])")
# a paragraph of the story's body: two sentences closed by ``。`` at least
_BODY_SENTENCES = re.compile(r"。[^。]+。")
# the label of a box set beside or after the story (``链接``, ``相关链接``, ``背景链接``)
_SIDEBAR = re.compile(r"^\s*[【\[]?\s*(?:相关|相關|背景|新闻|新聞)?\s*(?:链接|鏈接)\s*[】\]]?\s*[:：]?\s*$")


def title_candidates(s, text: str) -> list[str]:
    """The stripped texts of the lines among the first eight of the structured page ``s`` that may be its title: short
    (1-70 characters), no ``。``, no outline heading, no line of a list of other pages' titles, no bulleted item, and none
    after the story's body where a box (``链接``) follows it; (lead41) and the value of a title field among them
    (``信息名称 | …``)."""
    links = link_list_spans(text[:s.lines[8].start] if len(s.lines) > 8 else text) if "\n" in text else []
    top = s.lines[:8]
    body = next((k for k, ln in enumerate(top) if _BODY_SENTENCES.search(ln.text)), None)
    if body is not None and any(_SIDEBAR.match(ln.text) for ln in top[body:]):
        top = top[:body]  # a box after the story's first paragraphs (``链接``): its headline is no title of the page
    fields = [m.group("v").strip() for ln in top if (m := _TITLE_FIELD.match(ln.text)) is not None]  # (lead41)
    return [ln.text.strip() for ln in top
            if 0 < len(ln.text.strip()) <= 70 and "。" not in ln.text and ln.index not in s.headings
            and not any(a <= ln.start < b for a, b in links) and not _BULLET_ITEM.match(ln.text)] + fields


# (lead41) an open-information page's title field (``信息名称 | 【工作进展】加快…``, ``标题:…``): the page's title, whatever the
# line is read as
_TITLE_FIELD = re.compile(r"^\s*(?:信息名称|信息名稱|文章标题|文章標題|标题|標題)\s*[|｜:：]\s*(?P<v>[^|｜。\n]{2,70}?)\s*(?:[|｜].*)?$")
