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
