"""(lead40) A news page's source credit is no unit row (eval/README.md U2, U5; G2a page fields).

A news report names its source twice: in the page's field line (``来源:某县融媒体中心``) and again in a bracket closing
the article (``…居民人均收入增长12%。(某县融媒体中心)``). The closing bracket has the shape of a task's owner
(``…提出具体举措。(县卫健局)``: a bare bracket, U2), but a bracket that repeats the page's own source credits the report;
it assigns nothing. ``source_names`` reads the page's source fields; ``is_source_credit`` tells a bare-bracket row whose
units are all among them. A bracket that names a body the page does not cite as its source stays a row.

Made-up examples only.
"""

from __future__ import annotations

import re

# a page's source field: ``来源:某县融媒体中心``, ``來源:某報``, ``稿源:…``, ``信息来源:…``; its value runs to a blank or the
# line's end (the field line often holds 作者/点击 fields after blanks)
# (the canonical text glues the next field's label to it across the blanks: ``来源:某中心点击:``)
_SOURCE_FIELD = re.compile(r"(?:信息|文章|稿件)?(?:来源|來源|稿源)\s*[:：]\s*(?P<name>[^\s:：|｜,，。;；]{2,30}?)"
                           r"(?=[\s|｜,，。;；]|$|点击|點擊|浏览|瀏覽|阅读|閱讀|作者|编辑|編輯|责任编辑|發布|发布|日期|时间|時間|字号|字號)")


def source_names(text: str) -> set[str]:
    """The names the page's source fields give (``来源:某县融媒体中心`` -> {``某县融媒体中心``})."""
    if "源" not in text:
        return set()
    return {m.group("name") for m in _SOURCE_FIELD.finditer(text)}


def is_source_credit(cues: list[str], units: list[str], sources: set[str]) -> bool:
    """Whether a unit row read from a bare closing bracket (``evidence:bare_bracket``) only repeats the page's source
    (every unit one of ``sources``): a credit line, no row."""
    return bool(units) and bool(sources) and "evidence:bare_bracket" in cues and all(u in sources for u in units)


def without_source_credits(records: list, text: str) -> list:
    """``records`` without the unit rows that only repeat the page's source credit (``is_source_credit``)."""
    sources = source_names(text)
    if not sources:
        return records
    return [r for r in records if getattr(r, "type", None) != "unit_assignment"
            or not is_source_credit(list(r.cues or []), list(r.lead_units) + list(r.responsible_units), sources)]
