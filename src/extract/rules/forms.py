"""Performance-target forms (绩效目标表) flattened one cell per line: a label cell and its value cell
on the next non-blank line (``新建工程验收合格率`` / ``100%``, ``资金总额`` / ``10000万元``). The form
states what a project is to reach, so every label with a number is a target; what it holds is
recognised by its header words (``绩效目标``, ``指标值``), not by a document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.headings import Line
from extract.cues import is_unit_cell

_FORM_HEADER = re.compile(r"(绩效目标|指标值|目标申报表|目標申報表|年度数值|年度指标)")  # (lead45) ``项目支出目标申报表``
_LABEL = re.compile(r"^(?:其中[:：])?(?P<name>[\u4e00-\u9fff()（）、]{2,30}?)[:：]?$")
_VALUE = re.compile(r"^(?P<sign>[≥≤]|[<>]=?|=|不低于|不少于|不超过|不高于)?\s*(?P<v>\d+(?:\.\d+)?)\s*"
                    r"(?P<unit>(?:%|‰|万元|亿元|元|个|所|人|人次|项|次|天|小时|平方米|万平方米|间|台|套|册|本|家|条|年|月)"
                    r"(?:/[\u4e00-\u9fff]{1,2}){0,2})?$")  # (lead45) ``<=6962人``, ``=100%``, ``780元/生/年``
# (lead45) a money unit in brackets in a label cell above (``项目经费(万元)``): the unit of the bare amounts below it
_UNIT_IN_LABEL = re.compile(r"[(（](万元|元|亿元|千元)[)）]")
# header cells of the form that are no indicators
_NOT_INDICATOR = re.compile(r"^(?:一级指标|二级指标|三级指标|指标值|年度目标|中期目标|总体目标|项目属性|项目起止时间|项目名称|"
                            r"主管部门|实施单位|及编码|其他资金|当年其他资金|产出指标|效益指标|满意度指标|数量指标|质量指标|"
                            r"时效指标|成本指标|社会效益指标|经济效益指标|可持续影响指标|服务对象满意度指标)"
                            r"|.*(?:电话|联系|负责人|代码|编码|邮编|传真|手机)")  # (lead45) a contact field
_SIGNS = {"≥": ">=", "不低于": ">=", "不少于": ">=", ">": ">", "≤": "<=", "不超过": "<=", "不高于": "<=", "<": "<",
          ">=": ">=", "<=": "<=", "=": "="}


@dataclass
class FormValue:
    start: int  # label start to value end, in the normalised text
    end: int
    indicator: str
    value: float
    unit: str
    comparator: str
    year: int | None = None  # (lead45) the form's year, for the values of its indicator part (N14)


# (lead45) the form's own year (``(2025年度)``, ``2019年项目支出…绩效目标表``) and the header of its indicator part
_FORM_YEAR = re.compile(r"[(（]\s*((?:19|20)\d\d)\s*年度?\s*[)）]|^((?:19|20)\d\d)年度?[^。,，]{0,30}(?:目标表|申报表|目標表|申報表)")
_INDICATOR_HEADER = re.compile(r"^(?:指标值(?:及单位)?|年度数值|年度指标值|指標值)$")


# (lead49) the header row of a form's indicator part, its cells run together or spaced (``绩效指标一级指标二级指标指标名称指标值``,
# ``一级指标 二级指标 三级指标 指标值``)
_INDICATOR_PART_HEAD = re.compile(r"^(?:绩效指标|績效指標)?\s*[|｜]?\s*(?:一级指标|一級指標)\s*[|｜]?\s*(?:二级指标|二級指標)"
                                  r"[^。；;，,]{0,24}?(?:指标值|指標值|指标内容|指標內容)?\s*[|｜]?\s*$")


def opens_indicator_part(paragraph: str) -> bool:
    """(lead49) The paragraph is the header row of a performance form's indicator part: what follows are its rows (read as
    targets by ``form_values``), no goal sentences, though the form's goal label stands above them."""
    return _INDICATOR_PART_HEAD.match(paragraph.strip()) is not None


def is_target_form(lines: list[Line]) -> bool:
    """A document that holds a performance-target form: a short line naming it (``绩效目标表``, ``指标值``)."""
    return any(len(t) <= 20 and _FORM_HEADER.search(t) for ln in lines for t in (ln.text.strip().strip("| ").strip(),))


@dataclass
class FormAssignment:
    start: int  # the project name's start to the last unit's end, in the normalised text
    end: int
    task: str
    unit: str  # the lead
    helpers: tuple[str, ...] = ()  # (lead45) the carrying-out unit beside a different supervising one


_PROJECT_LABEL = re.compile(r"^(?:项目|专项|專項)名称[:：]?$|^項目名稱[:：]?$")
_DOER_LABEL = re.compile(r"^(?:项目|項目)?(?:实施单位|实施部门|执行单位|實施單位|執行單位)[:：]?$")
# (lead45) U4a: the supervising body of the form's project, ``主管部门`` (``项目主管部门``, ``主管部门及代码``): it leads;
# a different ``实施单位`` beside it carries the project out (responsible)
_SUPERVISOR_LABEL = re.compile(r"^(?:项目|項目)?(?:主管部门|主管部門|主管单位|主管單位)(?:及(?:代码|编码|代碼|編碼))?[:：]?$")
_CODE_CELL = re.compile(r"^及(?:代码|编码|代碼|編碼)$")
_UNIT_CODE = re.compile(r"^\s*(?:\[\d+\]|【\d+】|\d{3,}\s)\s*")  # a budget code before the name (``[812]``, ``【812033】``)


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int
    line: int = 0  # the index of its line
    alone: bool = True  # the only cell of its line


def _cells(lines: list[Line]) -> list[_Cell]:
    """The form's cells in reading order: each line split on ``|`` (a pipe-delimited row or a cell per line), empty ones
    dropped."""
    out: list[_Cell] = []
    for i, ln in enumerate(lines):
        pos = 0
        row: list[tuple[str, int]] = []
        for part in ln.text.split("|"):
            t = part.strip()
            if t:
                row.append((t, ln.start + pos + part.index(t)))
            pos += len(part) + 1
        out += [_Cell(t, a, a + len(t), i, len(row) == 1) for t, a in row]
    return out


def form_values(lines: list[Line]) -> list[FormValue]:
    """Each label cell followed by a value cell: one target. Cells are read across ``|`` rows and lines alike (``_cells``):
    a form flattened one cell per line (blank lines between) or into pipe rows (``合计 | 1800``)."""
    out: list[FormValue] = []
    filled = _cells(lines)
    year = next((int(m.group(1) or m.group(2)) for ln in filled[:12]
                 if (m := _FORM_YEAR.search(ln.text)) is not None), None)
    indicators = False  # past the header of the indicator part (``指标值``): the values are the form year's
    money_at, money = -10, ""  # the last label cell with a money unit in brackets, and its unit
    for i, (a, b) in enumerate(zip(filled, filled[1:])):
        label, value = a.text, b.text
        indicators = indicators or _INDICATOR_HEADER.match(label) is not None
        if (um := _UNIT_IN_LABEL.search(label)) is not None:
            money_at, money = i, um.group(1)
        if a.line != b.line and not (a.alone and b.alone):
            continue  # the last cell of a row of several and the first of the next (a header row over a value row)
        m = _VALUE.match(value)
        lm = _LABEL.match(label)
        if m is None or lm is None or _NOT_INDICATOR.match(lm.group("name")):
            continue
        unit = m.group("unit") or (money if i - money_at <= 6 else "")
        if unit == "年" and float(m.group("v")) >= 80:
            continue  # (lead45) a year in a header cell (``103年``, ROC; ``2025年``), no duration
        if not unit and not (a.alone and b.alone):
            continue  # (lead45) a bare figure in a pipe row (``补助标准 | 15``): of no stated measure
        out.append(FormValue(a.start, b.end, lm.group("name"), float(m.group("v")), unit,
                             _SIGNS.get(m.group("sign") or "", "="), year if indicators else None))
    return out


def _unit_of(cell: _Cell) -> str | None:
    """The unit a value cell names (its budget code cut off), or None."""
    m = _UNIT_CODE.match(cell.text)
    name = cell.text[m.end():] if m else cell.text
    return name if is_unit_cell(name) else None


def form_assignment(lines: list[Line]) -> FormAssignment | None:
    """The project a form is about and who answers for it: the value of ``项目名称`` (``专项名称``) and, a few cells below,
    the values of ``主管部门`` (the lead) and ``实施单位`` (``项目名称`` / ``甲工程`` / ``主管部门`` / ``甲局`` / ``实施单位`` /
    ``甲县花木局``): the supervising body leads, a different carrying-out unit is responsible (U4a); with only one of the
    two, that one leads (U6: a single unit cell). Cells are read across ``|`` rows and lines alike."""
    cells = _cells(lines)
    for i, c in enumerate(cells[:-1]):
        if not _PROJECT_LABEL.match(c.text):
            continue
        name = cells[i + 1]
        if is_unit_cell(name.text) or _DOER_LABEL.match(name.text) or _SUPERVISOR_LABEL.match(name.text):
            return None
        lead: tuple[str, int] | None = None  # (the unit, the end of its cell)
        doer: tuple[str, int] | None = None
        for j in range(i + 2, min(len(cells) - 1, i + 12)):
            label = cells[j].text
            is_doer, is_sup = _DOER_LABEL.match(label), _SUPERVISOR_LABEL.match(label)
            if not (is_doer or is_sup):
                continue
            k = j + 1
            if _CODE_CELL.match(cells[k].text) and k + 1 < len(cells):
                k += 1  # ``主管部门`` / ``及编码`` / ``[015001]甲局``
            got = _unit_of(cells[k])
            if got is None:
                continue
            if is_sup and lead is None:
                lead = (got, cells[k].end)
            elif is_doer and doer is None:
                doer = (got, cells[k].end)
        if lead is None and doer is None:
            return None
        end = max(x[1] for x in (lead, doer) if x is not None)
        if lead is None or doer is None or doer[0] == lead[0]:
            only = lead or doer
            return FormAssignment(name.start, end, name.text, only[0])
        return FormAssignment(name.start, end, name.text, lead[0], (doer[0],))
    return None
