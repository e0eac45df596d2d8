"""Fifteenth-round cues (engineer fnC15): missed numeric targets.

Numbers a page's scraping broke (a blank after the decimal point or the thousands comma, a blank inside a
comma-grouped figure) and ``N千`` as a measure of its own. Each cue is a small named pattern or function with
made-up examples; they are hooked into ``targets.NUMBER`` with one short line each.
"""
from __future__ import annotations

import re

# A figure whose scraping put one blank inside it, read whole (N8: the value as the page means it), only between
# Chinese words so that a list's marker (``1. 6所…`` at a line's start) or two numbers of a table row are never joined:
#   ``新增床位1. 2万张``        a blank after the decimal point, before 万/亿 (``1.2万张``)
#   ``约3, 400个名额``          a blank after the thousands comma (``3,400个``)
#   ``获补助52,36 1,000元``     a blank inside a comma-grouped figure (``52,361,000元``)
BROKEN_NUMBER = (
    r"(?<=[\u4e00-\u9fff])\d{1,3}\. \d{1,2}(?=[万亿萬億])"
    r"|(?<=[\u4e00-\u9fff])\d{1,3}, \d{3}(?![\d,.])(?=\s?[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])\d{1,3}(?:,\d{3})*,(?:\d \d\d|\d\d \d)(?:,\d{3})*(?![\d,.])(?=\s?[\u4e00-\u9fff])"
)
def mended_number(number: str) -> str:
    """``1. 2`` -> ``1.2``, ``3, 400`` -> ``3400``, ``52,36 1,000`` -> ``52361000``: the figure without its blank
    and its thousands commas."""
    return number.replace(" ", "").replace(",", "")


# A cell that is a deadline and nothing else (``10月底前``, ``2031年6月前``, ``年底前``, ``第三季度``, ``长期``)
_DEADLINE_CELL = re.compile(r"^(?:(?:19|20)\d\d\s*年)?\s*(?:\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|份)?|年底|年内|年末|上半年|下半年|"
                            r"第?[一二三四]季度末?)\s*(?:前|以前|之前)?$|^(?:长期|持续|常态化)$")


def deadline_cells_of_short_row(cells: list[str], roles: list[str]) -> list[str]:
    """(r15) Roles of a task-table row whose unit cells were merged with the row above, so that its cells break
    after the task (``新增某床位80张 | 9月底前 | 目前已选址…``): a bare deadline cell read as the row's title is its
    deadline column, and the task before it, read as a category, is the title again. A row with a title that is no
    deadline (``某类 | 新建甲园 | …``) keeps its roles."""
    at = [k for k, (c, r) in enumerate(zip(cells, roles)) if r == "title" and _DEADLINE_CELL.match(c.strip())]
    if not at:
        return roles
    k = at[0]
    out = list(roles)
    out[k] = "deadline"
    if k > 0 and out[k - 1] == "category":
        out[k - 1] = "title"
    return out
