"""O2, O3: a news page's headline run into its lead with no break between them.

A page that lost the line break after its headline (a scraped summary line, a headline box flattened into the text)
shows the headline glued to the lead's first words: ``某市2031年将建成公园50个为进一步改善人居环境,日前,市政府
印发《…》``, ``定了!2031年要普及托育服务 覆盖率均达2028年3月2日上午,某部召开新闻发布会,介绍…``. The headline is no
goal (O2: a title); the sentence is a goal only by what its lead says after the glue point (O3), so a dated headline
does not make a goal of a lead that reports a plan's issue or a press conference.
"""

from __future__ import annotations

import re

from extract.rules.goals import common_era, goal_date, states_the_goal

# a lead's opening words right after a headline's last character, with no punctuation between: a full dateline
# (``2028年3月2日上午,``), a purpose clause (``为进一步…``, ``为深入…``) or a time word with its comma (``日前,``, ``近日,``)
_GLUED_LEAD = re.compile(r"(?<=[\u4e00-\u9fff\d%％])(?<![于於在至到止自从由将及和与、前后底])"
                         r"(?:20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚间|晚)?\s*[,，]|"
                         r"为了?(?:进一步|深入|加快|全面)|(?<![\d〇○零一二三四五六七八九十])日前\s*[,，]|近日\s*[,，])")
_CLAUSE_MARK = re.compile(r"[,，;；:：。!！?？]")
_HEADLINE_MIN, _HEADLINE_MAX = 8, 40


def glued_lead_start(sentence: str) -> int:
    """Where the lead starts after a headline glued to it (``某市2031年将建成公园50个为进一步…`` -> at ``为进一步``):
    the first lead opener (``_GLUED_LEAD``) 8 to 40 characters in, with no clause mark before it (the headline has
    none); 0 when none."""
    m = _GLUED_LEAD.search(sentence, _HEADLINE_MIN, _HEADLINE_MAX + 1)
    if m is None or _CLAUSE_MARK.search(sentence, 0, m.start()) is not None:
        return 0
    return m.start()


def headline_only_dates(sentence: str) -> bool:
    """A sentence whose date stands only in a headline glued to its lead (``某市2031年将建成公园50个为进一步改善…,日前,
    市政府印发《…》``): the lead after the glue point states no dated commitment of its own, so the sentence is no
    goal (O2, O3). A lead with a deadline of its own (``…50个以上围绕…;到2031年,…达到…``) keeps its goal."""
    cut = glued_lead_start(sentence)
    if not cut:
        return False
    lead = common_era(sentence[cut:])
    return goal_date(lead)[0] is None and not states_the_goal(lead)
