"""(goalA33) O3e: the funds of a year, handed down, in place or estimated, with their amount.

``year_funds``: a sentence that opens with a year (the time of its commitment, O4) and states the money set for that year's
work: funds handed down or allotted (``下达``, ``拨付``, ``安排``), funds in place (``到位``), or the estimate of what the
year's projects need (``资金概算约…``), with the amount written (``…资金1684万元``). The year's allotment is a goal with that
year (O3e: a sentence that states the budget or allotment of a year it names), as its amount is a target with that year
(N17b); whether the year is over at the page's date is the caller's (O3d, ``is_past_year``), and a past marker of the
sentence (``已下达``) still undoes it (``false_goal_cue``). Not: money without a year opening the sentence (``本年度…``,
N9), a year that only names a list or a document (``根据《2031年…》下达…``: the sentence opens with no year), an amount
with no money word after the verb (``2031年下达培训任务3000人``: a quota, read by another cue).
"""

from __future__ import annotations

import re

# the opening year, then (in the same clause) an allotting or in-place verb and the funds with their amount, or the
# funds' estimate with its amount
_YEAR_FUNDS = re.compile(
    r"^\s*(20\d\d)\s*年(?:度)?\s*[,，]?[^。,，;；:：]{0,24}?"
    r"(?:(?:下达|下達|到位|拨付|撥付|安排|落实|落實|筹措|籌措|争取到?|爭取到?)[^。,，;；:：]{0,40}?"
    r"(?:资金|資金|经费|經費|补助|補助|补贴|補貼)|(?:资金|資金|经费|經費|投资|投資)\s*(?:概算|估算))"
    r"\s*(?:约|約|为|為|共|计|計|总计|總計|合计|合計|达|達)?\s*\d[\d,.]*\s*(?:万|萬|亿|億)?元")


def year_funds(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of ``2031年全县下达维修资金120万元``, ``2031年某区到位补助资金60万元``,
    ``2031年项目所需资金概算约800万元``; (None, -1) when none: ``下达资金120万元`` (no year opening it),
    ``2031年下达培训任务3000人`` (no money)."""
    if "元" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _YEAR_FUNDS.match(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def drop_reviewed_funds(hits: list, role: str) -> list:
    """The goal hits of a paragraph without those ``year_funds`` dated, where the paragraph is read as a report (a review
    list after ``2029年以来``, a progress report's outline: ``role`` "report"): there the year's funds handed down are a
    result told, as the target rules read their amount (N13), no allotment still to spend (O3e)."""
    if role != "report":
        return hits
    return [g for g in hits if "year_funds" not in g.cues]
