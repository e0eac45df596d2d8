"""The lines at a page's top that may be its title (``RulesExtractor.doc_context`` asks whether one of them names a report
of the past): the short lines among the first eight, no sentence, no heading of the outline (goalA25: moved here from
``rules/__init__.py``, records identical), and not a line of a list of other pages' titles (``相关文章``, ``热门新闻``: G2a,
``target_exclusions.link_list_spans``): a related article's title (``…年终工作总结``) says nothing of what this page is."""

from __future__ import annotations

from extract.rules.target_exclusions import link_list_spans


def title_candidates(s, text: str) -> list[str]:
    """The stripped texts of the lines among the first eight of the structured page ``s`` that may be its title: short
    (1-70 characters), no ``。``, no outline heading, and no line of a list of other pages' titles."""
    links = link_list_spans(text[:s.lines[8].start] if len(s.lines) > 8 else text) if "\n" in text else []
    return [ln.text.strip() for ln in s.lines[:8]
            if 0 < len(ln.text.strip()) <= 70 and "。" not in ln.text and ln.index not in s.headings
            and not any(a <= ln.start < b for a, b in links)]
