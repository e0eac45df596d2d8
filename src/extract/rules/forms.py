"""Performance-target forms (绩效目标表) flattened one cell per line: a label cell and its value cell
on the next non-blank line (``新建工程验收合格率`` / ``100%``, ``资金总额`` / ``10000万元``). The form
states what a project is to reach, so every label with a number is a target; what it holds is
recognised by its header words (``绩效目标``, ``指标值``), not by a document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.headings import Line
from extract.cues import is_unit_cell

_FORM_HEADER = re.compile(r"(绩效目标|指标值)")
_LABEL = re.compile(r"^(?:其中[:：])?(?P<name>[\u4e00-\u9fff()（）、]{2,30}?)[:：]?$")
_VALUE = re.compile(r"^(?P<sign>[≥≤><]|不低于|不少于|不超过|不高于)?\s*(?P<v>\d+(?:\.\d+)?)\s*"
                    r"(?P<unit>%|‰|万元|亿元|元|个|所|人|人次|项|次|天|小时|平方米|万平方米|间|台|套|册|本|家|条|年|月)?$")
# header cells of the form that are no indicators
_NOT_INDICATOR = re.compile(r"^(?:一级指标|二级指标|三级指标|指标值|年度目标|中期目标|总体目标|项目属性|项目起止时间|项目名称|"
                            r"主管部门|实施单位|及编码|其他资金|当年其他资金|产出指标|效益指标|满意度指标|数量指标|质量指标|"
                            r"时效指标|成本指标|社会效益指标|经济效益指标|可持续影响指标|服务对象满意度指标)")
_SIGNS = {"≥": ">=", "不低于": ">=", "不少于": ">=", ">": ">", "≤": "<=", "不超过": "<=", "不高于": "<=", "<": "<"}


@dataclass
class FormValue:
    start: int  # label start to value end, in the normalised text
    end: int
    indicator: str
    value: float
    unit: str
    comparator: str


def is_target_form(lines: list[Line]) -> bool:
    """A document that holds a performance-target form: a short line naming it (``绩效目标表``, ``指标值``)."""
    return any(len(ln.text.strip()) <= 20 and _FORM_HEADER.search(ln.text) for ln in lines)


def form_values(lines: list[Line]) -> list[FormValue]:
    """Each label line followed (blank lines between) by a value line: one target."""
    out: list[FormValue] = []
    filled = [ln for ln in lines if ln.text.strip()]
    for a, b in zip(filled, filled[1:]):
        label, value = a.text.strip(), b.text.strip()
        m = _VALUE.match(value)
        lm = _LABEL.match(label)
        if m is None or lm is None or _NOT_INDICATOR.match(lm.group("name")):
            continue
        lead = len(a.text) - len(a.text.lstrip())
        end = b.start + len(b.text) - len(b.text.lstrip()) + len(value)
        out.append(FormValue(a.start + lead, end, lm.group("name"), float(m.group("v")), m.group("unit") or "",
                             _SIGNS.get(m.group("sign") or "", "=")))
    return out


@dataclass
class FormAssignment:
    start: int  # the project name's start to the unit's end, in the normalised text
    end: int
    task: str
    unit: str


_PROJECT_LABEL = re.compile(r"^项目名称[:：]?$")
_DOER_LABEL = re.compile(r"^(?:项目)?(?:实施单位|实施部门|执行单位)[:：]?$")


def form_assignment(lines: list[Line]) -> FormAssignment | None:
    """The project a form is about and the unit that carries it out: the value of ``项目名称`` and, a few
    cells below, the value of ``实施单位`` (``项目名称`` / ``甲工程`` / ``主管部门`` / ``…`` / ``实施单位`` /
    ``甲县花木局``): the unit leads the project (U6: a single unit cell)."""

    filled = [ln for ln in lines if ln.text.strip()]
    for i, ln in enumerate(filled[:-1]):
        if not _PROJECT_LABEL.match(ln.text.strip()):
            continue
        name = filled[i + 1]
        for j in range(i + 2, min(len(filled) - 1, i + 10)):
            if _DOER_LABEL.match(filled[j].text.strip()):
                unit = filled[j + 1]
                if not is_unit_cell(unit.text.strip()) or is_unit_cell(name.text.strip()):
                    return None
                a = name.start + len(name.text) - len(name.text.lstrip())
                return FormAssignment(a, unit.start + len(unit.text.rstrip()), name.text.strip(), unit.text.strip())
        return None
    return None
