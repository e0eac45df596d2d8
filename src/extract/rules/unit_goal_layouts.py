"""Unit-assignment and goal cues of the sixteenth round, second batch (ug24): layouts and phrasings of the genre that
read wrong, each a small named cue written from made-up pages.

1. ``drawn_budget_year``: ``某市2032年度总预算完成编列``, ``某县121年度總預算案編列情形…``: a year's (general) budget reported as
   drawn up (编列), the year still ahead: the year's commitment of money (O3e), as ``2032年预算约52.5亿元`` is.
2. ``month_deadline_cell``: ``11月``, ``10月底``, ``计划11月底完成甲园改造``: a deadline cell of a progress table that
   names the month only (the table's year is its title's) or the planned month of the step, so that a short row of
   the table (``新建口袋公园2处; | 11月 | 某局``) lines up with the header's last columns (U1, U6).
"""

from __future__ import annotations

import re

# ``2032年度总预算``, ``2032年度總預算案``, ``2032年度教育预算``: a year's budget (a few words of its field between), the
# year not the base of a comparison (``较2031年度``, ``比2031年度``); the sentence says it is drawn up (编列)
_DRAWN_BUDGET = re.compile(r"(?<![\d—\-~至到与比较較])(20\d\d)\s*年(?:度)?\s*(?:的)?[\u4e00-\u9fff]{0,6}?(?:总|總)?"
                           r"(?:预算|預算)(?:案)?")
_DRAWN = re.compile(r"编列|編列")
# ``2032年度总预算案岁出规模为1,500亿元``, ``…總預算歲出規模達300億元``: the budget's size stated right after it, the same news
_SPENT = re.compile(r"执行|執行|决算|決算|支用")  # (``预算执行规模``: money spent, a result)
_BUDGET_SIZE = re.compile(r"(?:预算|預算)(?:案)?[\u4e00-\u9fff]{0,4}?(?:规模|規模|总额|總額)\s*(?:为|為|达|達|约|約)?\s*\d")


def drawn_budget_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a year's budget that the sentence reports as drawn up (``某市2032年度总预算完成
    编列``, ``2032年度总预算岁出编列1,021亿元``, ``報告2032年度總預算案編列情形指出,歲入預算總額為…``): Taiwan's word for
    drawing a budget up (编列) says the money is set for that year (O3e); so does the budget's size said right after its
    name (``2032年度总预算案岁出规模为1,500亿元``); (None, -1) when none. Not a budget that is only
    compared with (``较2031年度增加15亿元``), nor a year's budget named without its drawing up (``2031年度预算执行情况``).
    ROC years are read in the common era before (``goals.common_era``); whether the year is still ahead is the caller's."""
    if "预算" not in sentence and "預算" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _DRAWN_BUDGET.search(sentence)
    if m is None:
        return None, -1
    if _DRAWN.search(sentence) is None:
        size = _BUDGET_SIZE.search(sentence, m.start())  # (no ``编列``: the size said right after the budget's name)
        if size is None or size.start() >= m.end() or _SPENT.search(size.group()):
            return None, -1
    return int(m.group(1)), m.start(1)


# ``11月``, ``10月底``, ``12月底前``, ``6月30日前``, ``11月份``: a month (a day) of the table's year; ``计划11月底完成甲园改造``,
# ``预计9月投入使用``: the planned month of the step, a short clause
_MONTH_CELL = re.compile(r"\d{1,2}\s*月\s*(?:份|底|末|中旬|上旬|下旬|\d{1,2}\s*日)?\s*(?:前|以前|之前)?")
_PLANNED_MONTH_CELL = re.compile(r"(?:计划|計劃|预计|預計|力争|力爭|拟|擬)(?:于|於|在)?\s*\d{1,2}\s*月(?:份|底|末|中旬|上旬|下旬|\d{1,2}\s*日)?"
                                 r"(?:前|以前|之前)?\s*(?:完成|建成|竣工|开工|開工|投用|投入使用|交付)[\u4e00-\u9fff]{0,12}")


def month_deadline_cell(cell: str) -> bool:
    """A deadline cell that names a month of the table's year (``11月``, ``10月底``, ``12月底前``, ``6月30日前``) or the
    planned month of the step (``计划11月底完成甲园改造``, ``預計9月底前竣工``). Not a cell with more than that (``11月已开工``,
    ``计划投资500万元``), a unit, a number with another unit (``11个``)."""
    t = cell.strip()
    return _MONTH_CELL.fullmatch(t) is not None or _PLANNED_MONTH_CELL.fullmatch(t) is not None


# ``较2031年度增加约15亿元``, ``比2031年减少36亿元``, ``較2031年度成長13億元``: a past year as the base a change is measured from
# (at the end of a line a hard wrap cut before the change, ``…编列1,021亿元,较2031年度``, the same)
_CHANGE_BASE = re.compile(r"(?:较|較|比)\s*20\d\d\s*年(?:度)?(?=\s*(?:同期)?\s*(?:增加|增长|增長|成长|成長|减少|減少|下降|降低|提高|多|少)|\s*$)")


def without_change_base(sentence: str) -> str:
    """The sentence of a budget drawn up (``drawn_budget_year``) with the past years that only measure a change masked
    (``2032年度总预算岁出编列1,021亿元,较2031年度增加约15亿元`` -> ``…,□□□□□□□增加约15亿元``), same length: the base of a
    comparison reports no result (O3e: the drawn budget is the commitment). Any other sentence as it is."""
    if "年" not in sentence or drawn_budget_year(sentence)[0] is None:
        return sentence
    return _CHANGE_BASE.sub(lambda m: "□" * len(m.group()), sentence)


_GLUED_LABEL: re.Pattern[str] | None = None


def title_then_role_label(rest: str) -> bool:
    """A numbered line whose title runs straight into a role label and its units (``(一)甲病筛查牵头责任部门:县卫健委``,
    ``2.乙项服务 牵头单位:县民政局``): a task with its lead, as ``2、校舍改造,牵头单位:县教育局`` is (U1, U4a), not a heading
    over the text below. Not a title that only holds a label's words (``(二)落实责任制度:``, ``(三)明确牵头部门``: no unit
    after the colon), nor a label that opens the line (``(一)牵头单位:甲局``)."""
    global _GLUED_LABEL
    if ":" not in rest and "：" not in rest:
        return False  # (a cheap test before the scan)
    if _GLUED_LABEL is None:
        from extract.roles import LEAD_LABEL, RESP_LABEL
        _GLUED_LABEL = re.compile(rf"^(?P<title>[^:：,，;；。\s]{{2,40}}?)\s*(?:{LEAD_LABEL}|{RESP_LABEL})\s*[:：]\s*(?P<units>[^:：。\n]{{2,80}})")
    m = _GLUED_LABEL.match(rest.strip())
    if m is None:
        return False
    from extract.cues import is_unit_cell
    from extract.rules.units import split_units
    units = split_units(m.group("units").strip().rstrip("。;；"))
    return bool(units) and all(is_unit_cell(u) for u in units)
