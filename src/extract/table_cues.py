"""Cues of table cells for the flattened-table readers (``extract.tables``): what a cell of a task table's
deadline column or of an indicator table's base, attribute and note cells looks like."""

from __future__ import annotations

import re

TIME_CELL = re.compile(r"^(?:20\d\d|持续|长期|每年|常态|逐年|\d{4}\s*[-—~至]\s*\d{4}).{0,16}$|^.{0,12}(?:年底前|年前|年内|月底前)$")
# a table value: a sign, the number, its unit (``%``, ``12.3年``) and a comparator word (``99%以上``)
VALUE_CELL = re.compile(r"^([<>≥≤]?)\s*(-?\d+(?:\.\d+)?)\s*(%|‰|年|所|个|人|名|万人|小时|天|次|项|元|万元|亿元|班|平方米)?"
                        r"\s*(以上|及以上|以下|以内|左右)?$")
_SPACES = re.compile(r"\s+")
# (round 14) an empty value cell of an indicator table: a dash or slash where a base or target value would stand
_EMPTY_CELL = re.compile(r"^(?:[-—–/／]|--|——|－)$")


def is_empty_value(cell: str) -> bool:
    """A dash cell under a value column (``甲类疾病发病率 | % | - | <11``: no base value for a new indicator):
    it fills its column and gives no record."""
    return bool(_EMPTY_CELL.match(cell.strip()))


_TIME_WORD = re.compile(r"(年|月|日|季度|前|底|内|长期|持续|常态|每年|逐年)")


def looks_like_deadline(cell: str) -> bool:
    """A cell that can stand in a deadline column: a time (``12月底前``, ``5月底``, ``2024年``, ``长期``), short,
    no sentence; a task (``全年开展演出不少于20场。``) is none."""
    t = cell.strip()
    return bool(TIME_CELL.match(t)) or (len(t) <= 12 and not t.endswith("。") and _TIME_WORD.search(t) is not None)


def head_roles(head: list[str], before: list[str]) -> list[str]:
    """Roles of a short row's cells before its units, filled from the right into the header's columns before
    the units (a category merged with the row above is missing at the start). Where that puts a task in a
    deadline column, the deadline was merged with the row above too (``类别 | 任务 | 时限 | 单位`` filled as
    ``任务 | 单位``): the cells fill the columns without it."""
    roles = before[len(before) - len(head):] if head else []
    if any(r == "deadline" and not looks_like_deadline(t) for r, t in zip(roles, head)):
        cols = [r for r in before if r != "deadline"]
        if len(cols) >= len(head):
            return cols[len(cols) - len(head):]
    return roles


_BASE_COLUMN = re.compile(r"^(?:基期|现状|基数|基准|当前|现有)(?:水平|值|数|年)?$")


def is_base_column(header: str) -> bool:
    """A header cell of an indicator table's base column that names no year (``基期水平``, ``现状值``): it holds
    the present, not a target (N14)."""
    return bool(_BASE_COLUMN.match(_SPACES.sub("", header)))


_ATTRIBUTES = frozenset(("约束性", "预期性", "倡导性", "指导性", "引导性"))


def is_attribute_cell(cell: str) -> bool:
    """A cell of an indicator table's 属性 column (``约束性``, ``预期性``, ``倡导性``): no label, no value."""
    return cell.strip() in _ATTRIBUTES


_NOTE_CELL = re.compile(r"^(?:说明|注|备注|计算方法|指标解释|指标说明|数据来源)\s*[:：]")


def is_table_note(cell: str) -> bool:
    """A note under an indicator table's row (``说明:…``, ``计算方法:…``): it explains the row, the table goes on."""
    return bool(_NOTE_CELL.match(cell.strip()))


_BARE_NUMBER = re.compile(r"^\d{1,3}$")


def is_row_number_before(cell: str, nxt: str | None) -> bool:
    """In an indicator table with a ``序号`` column, a bare whole number followed by a label (neither a value nor
    an attribute): the next row's number (``…预期性 | 7 | 甲率(%) | …``), no value of the row before."""
    if not _BARE_NUMBER.match(cell) or nxt is None:
        return False
    return not VALUE_CELL.match(nxt) and not is_empty_value(nxt) and not is_attribute_cell(nxt) and not is_table_note(nxt)


# -- (fourteenth round) spaced progress tables: plan and result columns, measure cells, plan cells -------------------
_PLAN_HEADER = re.compile(r"^(?:全年|年度|本年度?|今年)?(?:目标任务|目标|计划任务|计划|任务)(?:数|值|量)?$")
_PLAN_ROW = re.compile(r"(?:年度目标|全年目标|目标任务数?|目标值|计划数|计划任务数?|任务数)$")
_RESULT_WORD = re.compile(r"(完成|实际|累计|进度|进展|情况|实绩|落实)")


def is_plan_column(word: str, row: bool = False) -> bool:
    """A header cell naming the plan of a progress table (``目标任务``, ``年度目标``, ``计划数``), or with ``row`` a row
    label naming a plan (``新增网点年度目标``, ``改造户数计划数``); a result word (``计划完成情况``) makes none."""
    w = _SPACES.sub("", word)
    if _RESULT_WORD.search(w):
        return False
    return bool(_PLAN_ROW.search(w) if row else _PLAN_HEADER.match(w))


def is_result_column(word: str) -> bool:
    """A header cell or row label of a progress table's results (``1-6月累计完成情况``, ``实际完成``, ``完成进度``)."""
    return bool(_RESULT_WORD.search(word))


_MEASURE = re.compile(r"^(?:[万亿千百])?(?:平方米|立方米|公里|公顷|千米|人次|户次|个|人|名|所|家|座|处|条|项|张|台|套|辆|户|间|元|"
                      r"米|亩|吨|次|场|班|床|册|件|棵|株|批|期|栋|幢|位|天|小时|年)(?:/[\u4e00-\u9fff]{1,2}){0,2}$|^[%‰]$")


def measure_unit_cell(cell: str) -> str | None:
    """The unit of a measure column's cell (``个``, ``人次``, ``万元``, ``元/年``, ``元/人/月``, ``%``), else None."""
    t = cell.strip()
    return t if _MEASURE.match(t) else None


_PLAN_CELL = re.compile(r"^(不低于|不少于|不超过|不高于|≥|≤|>|<|＞|＜)?(\d+(?:\.\d+)?)(以上|以内)?$")
_SIGNS = {"不低于": ">=", "不少于": ">=", "≥": ">=", "不超过": "<=", "不高于": "<=", "≤": "<=", ">": ">", "＞": ">",
          "<": "<", "＜": "<"}


def plan_value_cell(cell: str) -> tuple[str, float] | None:
    """(comparator, value) of a plan cell under a measure column: a bare number with a comparator word before it
    (``不低于4000``: ``>=``) or after it (``12以上``); a cell with its own unit or a share (``2520元``, ``47.7%``) is none."""
    m = _PLAN_CELL.match(cell.strip())
    if m is None:
        return None
    sign = _SIGNS.get(m.group(1) or "", "=")
    if m.group(3):
        sign = ">=" if m.group(3) == "以上" else "<="
    return sign, float(m.group(2))


_RESULT_YEAR = re.compile(r"^(20\d\d)\s*年?度?\s*[(（]?(?:实现值|实际值|完成值|实际完成|实际|实绩|现状值|基期值|基数值)[)）]?$")


def result_year(header: str) -> int | None:
    """(fourteenth round) The year of an indicator table's column of reached values (``2030年实现值``, ``2030年
    实际值``): a base column like ``基期`` (N14), never a target; None for any other cell."""
    m = _RESULT_YEAR.match(_SPACES.sub("", header))
    return int(m.group(1)) if m else None


_VALUE_NOTE = re.compile(r"(?:目标值?|指标值?|下达)$")


def is_value_note(cell: str) -> bool:
    """(fourteenth round) A value cell that names where the target comes from instead of a number (``省下达目标值``,
    ``国家下达指标``): no first half of a unit's name broken over two lines (``市生态`` / ``环境局``)."""
    return bool(_VALUE_NOTE.search(_SPACES.sub("", cell)))


# (tblA26) a value cell with a measure of its own beyond ``VALUE_CELL``'s (``1000公里``, ``5.5万元/人``, ``>6亿吨``,
# ``3000万吨左右``, a measure of up to five characters: ``15平方米/人``): its sign, figure, measure and bound word (``measured_value``: not a year)
_MEASURED_VALUE = re.compile(r"^(?P<sign>[<>≥≤]?)\s*(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>[万亿]?[\u4e00-\u9fff/]{1,5}?)\s*"
                             r"(?P<bound>以上|以下|左右)?$")
_YEAR_OPENING = re.compile(r"^(?:19|20)\d\d\s*年")


def measured_value(cell: str) -> tuple[str, float, str, str] | None:
    """(sign, value, measure, bound word) of an indicator table's value cell that writes its own measure after the
    figure (``>6亿吨`` -> (">", 6, "亿吨", ""), ``3000万吨左右`` -> ("", 3000, "万吨", "左右"), ``≥90分以上``), as
    ``targets.table_value`` reads the cells of the common measures; None for a cell with words beside the amount or a
    year (``2031年``). The one test of such a cell: ``tables`` takes a cell for a value by it, the table readers read
    the value by it."""
    t = cell.strip()
    m = _MEASURED_VALUE.match(t)
    if m is None or _YEAR_OPENING.match(t):
        return None
    return m.group("sign"), float(m.group("v")), m.group("unit"), m.group("bound") or ""


# (review 4) A target column's head is read by five patterns, on purpose each its own, for the header of its layout:
# here the column heads of a cell-per-line or delimited indicator table: role first with its year in brackets
# (``_WORD_THEN_YEAR``, base roles too: it only turns the head year first for ``tables._YEAR_CELL``) and a target word
# with no year (``_TARGET_COLUMN``: not a bare ``目标``, a task table's column in those tables);
# ``rules/target_column_rows._TARGET_HEAD`` the last head after ``指标`` of a pipe table (a bare ``目标``, ``年度``, a
# year of the ROC calendar, traditional ``標``: that header holds no task column); ``rules/transposed_tables._YEAR_HEAD``
# the head of a turned table's row (year first, any role: base rows are told by it); ``rules/run_on_rows._TARGET_COL``
# the last head inside a whole header's pattern run on one line (``预期目标``, ``目标任务``, a year before or after).
# One pattern for all would let each layout take heads another must refuse.
# (tblA26) a value column's head that names its role first and its year in brackets: ``基期值(2020年)``, ``目标值（2035年）``
_WORD_THEN_YEAR = re.compile(r"^(基期|现状|目标|预期|规划|基数|基准)(?:值|水平|数)?\s*[(（]\s*(20\d\d)\s*年?\s*[)）]$")


def year_first(header: str) -> str:
    """A value column's head written role first with its year in brackets (``基期值(2020年)``, ``目标值(2035年)``) as
    the year-first head the indicator readers take (``2020年基期``, ``2035年目标``); any other cell unchanged."""
    m = _WORD_THEN_YEAR.match(_SPACES.sub("", header))
    return f"{m.group(2)}年{m.group(1)}" if m else header


_TARGET_COLUMN = re.compile(r"^(?:规划|预期|计划)目标值?$|^目标值$")


def is_target_column(header: str) -> bool:
    """(tblA26) A value column's head that names the target value and no year (``目标值``, ``规划目标``; not a bare
    ``目标``, a task table's column): N14 dates its cells by the plan's end."""
    return bool(_TARGET_COLUMN.match(_SPACES.sub("", header)))
