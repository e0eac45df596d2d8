"""The rules backend's table reader (``RulesExtractor._tables``): every table of a document (an indicator table's
target cells, a task table's rows and their unit columns, allocation and quota columns, frequency and amount columns),
as records. A mixin of ``RulesExtractor``, moved out of ``rules/__init__.py`` unchanged (twentieth round): its methods
call the extractor's ``_base``, ``_target``, ``_dropped_blanks``, ``doc_year`` and ``decider``."""

from __future__ import annotations

import bisect
import re

from extract.cues import bulleted_task, column_role, is_person_name, is_unit_cell
from extract.data import Goal, NumericTarget, UnitAssignment
from extract.prepared import PreparedDoc
from extract.rules import goal_scopes as _scope18
from extract.rules import goal_step_years as _steps  # (goalA33) O4
from extract.rules import project_tables as _ptab
from extract.rules import rulebook_goals as _rbg
from extract.rules import table_layouts as _tl18
from extract.rules import table_value_cells as _tvc  # (tgtA25) an amount alone in a value cell
from extract.rules import unit_cell_people as _ucp
from extract.rules import unit_defined_duties as _udd
from extract.rules import unit_goal_phrasings as _ug16
from extract.rules.goals import find_goals, restates_commitment
from extract.rules.quotas import cell_line_quotas, row_quotas
from extract.rules.target_cues import column_states_rules, frequency_value, is_frequency_column
from extract.rules.target_layouts import restated_plan_sentence, row_breakdown_hits, time_limit_cell
from extract.rules.targets import find_targets, indicator_row, table_comparator, table_value
from extract.rules.unit_cells import blank_parted_units, content_task
from extract.rules.units import apply_lead_marks, split_roles
from extract.table_cues import is_empty_value, measured_value

AnyRecord = NumericTarget | UnitAssignment | Goal  # a record of any type (``rules`` imports it from here)
# a table header that names quotas or targets (``目标``, ``任务``, ``分解``, ``计划``, ``指标``)
_QUOTA_HEADER = re.compile(r"(目标|任务|分解|计划|指标)")


class TableRecords:
    """``RulesExtractor``'s table methods."""

    def _unit_column_value(self, doc: PreparedDoc, row, k: int, parsed, year: int, doc_year: int | None,
                           path: list[str]) -> list[AnyRecord]:
        """A bare value under a year column of a task table that has a 单位 column (``≥79.2`` beside ``岁``):
        an indicator row inside a task table. A year before the document's own is the base, not a target."""
        if doc_year is not None and year < doc_year:
            return []
        sign, value, cell_unit, suffix = parsed
        roles = row.roles
        first = roles.index("title") if "title" in roles else 0
        unit = cell_unit or row.cells[roles.index("unit")].strip()
        name = re.sub(r"^(?:\d{1,2}[.、]\s*)?", "", row.cells[first]).strip()
        return [NumericTarget(**self._base(doc, row.cell_spans[max(row.carried, first)].start, row.cell_spans[k].end, path),
                              indicator=name, value=value, unit=unit, comparator=table_comparator(sign, suffix),
                              target_year=year, cues=["indicator_table"])]

    def _amount(self, doc: PreparedDoc, row, k: int, header: str, path: list[str]) -> list[AnyRecord]:
        """The planned amount of a task-table row under an amount column (``总投资(万元)``): one target,
        its unit from the header's bracket (else the cell's), the indicator the row's task and the column."""
        parsed = table_value(row.cells[k])
        if parsed is None:
            return []
        sign, value, cell_unit, suffix = parsed
        m = re.search(r"[(（]([^()（）]{1,6})[)）]$", header)
        unit = cell_unit or (m.group(1) if m else "")
        name = re.sub(r"[(（][^()（）]*[)）]$", "", header)
        roles = row.roles
        first = roles.index("title") if "title" in roles else (roles.index("content") if "content" in roles else k)
        start = row.cell_spans[max(row.carried, min(first, k))].start
        task = row.cells[first] if first != k else ""
        return [NumericTarget(**self._base(doc, start, row.cell_spans[k].end, path), indicator=task + name,
                              value=value, unit=unit, comparator=table_comparator(sign, suffix), target_year=None,
                              cues=["amount_column"])]

    def _frequency(self, doc: PreparedDoc, row, k: int, path: list[str]) -> list[AnyRecord]:
        """How often a task-table row's activity runs, under a frequency column (``活动周期``: ``每年1-2次``): one
        target, the indicator the row's title, the quote from the title cell to the frequency cell."""
        parsed = frequency_value(row.cells[k])
        if parsed is None:
            return []
        value, value_max, unit, comparator = parsed
        roles = row.roles
        first = roles.index("title") if "title" in roles else (roles.index("content") if "content" in roles else k)
        first = min(first, k)
        return [NumericTarget(**self._base(doc, row.cell_spans[first].start, row.cell_spans[k].end, path),
                              indicator=row.cells[first] + "次数" if first != k else "", value=value,
                              value_max=value_max, unit=unit, comparator=comparator, target_year=None,
                              cues=["frequency_column"])]

    def _tables(self, doc: PreparedDoc) -> list[AnyRecord]:
        out: list[AnyRecord] = []
        doc_year = self.doc_year(doc)  # (not ``doc_context``: the tables need no title read)
        dropped = None

        def blanks(i: int) -> bool:  # the source's blanks the normaliser dropped, mapped once, only when asked
            nonlocal dropped
            if dropped is None:
                dropped = self._dropped_blanks(doc)
            return dropped(i)

        def blanks_in(span) -> bool:
            blanks(0)
            k = bisect.bisect_right(dropped.positions, span.start)
            return k < len(dropped.positions) and dropped.positions[k] < span.end
        for table in doc.structured.tables:
            path = table.section_path
            if table.kind == "indicators":
                parent_unit = None
                for row in table.rows:
                    if row.roles == ["goal"]:  # (tblA26) a strategy cell of a goal column over the indicators (O1a)
                        out.append(Goal(**self._base(doc, row.cell_spans[0].start, row.cell_spans[0].end, path),
                                        text=row.cells[0], target_year=None))
                        continue
                    label = row.cells[0]
                    if row.parent:  # a ``其中:`` sub-row takes its parent's unit unless it has its own
                        parent_unit = indicator_row(row.parent, None)[1] or parent_unit
                    name, unit = indicator_row(label, parent_unit)
                    if unit is not None and label.strip().startswith(("其中", "含")) is False and name:
                        parent_unit = unit
                    if "unit" in row.roles:
                        unit = row.cells[row.roles.index("unit")]
                        unit = "" if is_empty_value(unit) else unit  # ``甲数 | - | 3 | 4``: no unit
                    for cell, span, role in zip(row.cells, row.cell_spans, row.roles):
                        if not role.startswith("value:"):
                            continue
                        parsed = table_value(cell) or measured_value(cell)  # (tblA26) ``>6亿吨``, ``5.5万元/人``
                        if parsed is None:
                            continue
                        sign, value, cell_unit, suffix = parsed
                        out.append(NumericTarget(
                            **self._base(doc, row.cell_spans[0].start, span.end, path), indicator=name,
                            value=value, unit=("%" if cell_unit == "%" else unit or cell_unit or ""),
                            comparator=table_comparator(sign, suffix), target_year=int(role.split(":")[1]) or None,
                            cues=["indicator_table"]))  # (tblA26) ``value:0``: a ``目标值`` column of no known year
                continue
            # a table that breaks tasks down (``目标``, ``任务``, ``分解`` in its header) states each row's quota
            quotas_here = any(_QUOTA_HEADER.search(h) for h in table.header)
            body = [h for h in table.header if column_role(h) != "number"]
            freq = {k for k, h in enumerate(body) if is_frequency_column(h)}
            rules_cols = {k for k, h in enumerate(body) if column_states_rules(h)}
            goal_cells = _scope18.goal_scope_cells(doc.text, table)  # (r18 goal18) rows under ``发展目标`` (O1a)
            goal_rows = _rbg.goal_category_rows(doc.text, table)  # (confG18) O1a: rows under a category naming goals
            for ri, row in enumerate(table.rows):
                roles = row.roles
                if _ptab.done_works_row(table.header, row):
                    continue  # (confC19) N13a: a works row reported done
                out += _tl18.plan_cell_records(self, doc, table, row, path)  # (r18) ``甲项 | 万亩 | 0.07`` under 单位 | 年度目标
                for k, (cell, span, role) in enumerate(zip(row.cells, row.cell_spans, roles)):
                    if k < row.carried:
                        continue  # a merged cell carried from the row above: read there
                    if role == "other" and k in freq and len(roles) == len(body):
                        out += self._frequency(doc, row, k, path)
                        continue
                    if role.startswith("amount:"):
                        out += self._amount(doc, row, k, _ptab.amount_header(table.header, role[len("amount:"):]), path)
                        continue
                    if role.startswith("year:") and "unit" in roles and (v := table_value(cell)) is not None:
                        out += self._unit_column_value(doc, row, k, v, int(role.split(":")[1]), doc_year, path)
                        continue
                    if role.startswith("year:"):
                        year, use_text = int(role.split(":")[1]), False
                    elif role == "deadline" and (lim := time_limit_cell(cell)) is not None:  # (r15) ``20个工作日``
                        task = next((row.cells[roles.index(r)] for r in ("content", "title") if r in roles), "")
                        out.append(NumericTarget(**self._base(doc, span.start, span.start + lim[0], path), value=lim[1],
                                                 indicator=task[:30] + "时限", unit=lim[2], comparator=lim[3],
                                                 cues=["time_limit"]))
                        continue
                    elif role == "content" and _tvc.first_value_cell(row.cells, roles, k) and (amt := _tvc.amount_alone(cell)) is not None \
                            and not any(isinstance(r, NumericTarget) and r.norm_span.start < span.end and span.start < r.norm_span.end
                                        for r in out):
                        title = roles.index("title")  # (tgtA25) ``名称 | 400项``: the amount alone, the row's name its indicator
                        out.append(NumericTarget(**self._base(doc, row.cell_spans[title].start, span.end, path),
                                                 indicator=row.cells[title], value=amt[0], value_max=amt[1], unit=amt[2],
                                                 comparator=amt[3], target_year=None, cues=["value_cell"]))
                        continue
                    elif role in ("content", "title") or (role == "other" and k in rules_cols and len(roles) == len(body)):
                        year, use_text = None, True  # a task title may state its own quantity; ``配套政策``: rules
                    else:
                        if role == "other" and "年" in cell:
                            # a report's progress column (``上半年落实情况``) that restates the year's plan
                            # (``2031年某市共实施6个工程,计划新增…。截至6月底,已完成…``): its dated goal of the report's
                            # own year or later is one (O3), what it reports is none
                            out += [Goal(**self._base(doc, g.start, g.end, path), text=doc.text[g.start:g.end],
                                         target_year=g.year) for g in find_goals(cell, span.start, goal_section=False)
                                    if restates_commitment(g.year, doc_year)  # (r16 ug16: ``计划于2031年底前建成投用`` on an undated page)
                                    or _ug16.plan_in_progress_cell(doc.text[g.start:g.end], doc_year)]
                            if (plan := restated_plan_sentence(cell, doc_year)) is not None:  # (r15) the year's plan restated
                                out += [self._target(doc, t, path) for t in find_targets(cell[:plan[1]], span.start, role="plan",
                                                                                         doc_year=doc_year, decider=self.decider)]
                        continue
                    cpath = path + [row.cells[roles.index("title")]] if "title" in roles else path
                    for t in find_targets(cell, span.start, year=year, use_text_year=use_text, doc_year=doc_year,
                                          origin="cell" if use_text else "year_cell", decider=self.decider):
                        out.append(self._target(doc, t, cpath))
                    for g in (find_goals(cell, span.start, goal_section=span.start in goal_cells
                                         or ri in goal_rows and role in ("title", "content"))  # (confG18) O1a
                              if role != "other" else []):
                        out.append(Goal(**self._base(doc, g.start, g.end, cpath), text=doc.text[g.start:g.end],
                                        target_year=_steps.o4_year(doc.text[g.start:g.end], g.year, doc_year)))  # (goalA33) O4
                out += [self._target(doc, t, path) for k, (cell, span, role) in enumerate(zip(row.cells, row.cell_spans, roles))
                        if role in ("other", "content") and "title" in roles and k >= row.carried
                        for t in row_breakdown_hits(row.cells[roles.index("title")], cell, span.start, doc_year)]  # (r15)
                if quotas_here:
                    for q in row_quotas([doc.text[sp.start:sp.end] for sp in row.cell_spans],
                                        [(sp.start, sp.end) for sp in row.cell_spans]):
                        out.append(NumericTarget(**self._base(doc, q.start, q.end, path), indicator=q.indicator,
                                                 value=q.value, unit=q.unit, comparator="=", target_year=None,
                                                 cues=["table:quota"]))
                if "lead" in roles or "responsible" in roles:
                    first = roles.index("title") if "title" in roles else (roles.index("content") if "content" in roles else 0)
                    last = max(i for i, r in enumerate(roles) if r in ("lead", "responsible"))
                    # a title cell written as a sentence (U2: the task); a cell of bulleted targets: its first
                    task = bulleted_task(row.cells[first]) or (content_task(row.cells[first]) if roles[first] == "content"
                                                               else None) or row.cells[first].rstrip("。")
                    cells = row.cells
                    if any(r in ("lead", "responsible") and len(c) >= 6 and blanks_in(row.cell_spans[k])
                           for k, (r, c) in enumerate(zip(roles, cells))):
                        cells = [blank_parted_units(c, sp.start, blanks, is_unit_cell) if r in ("lead", "responsible")
                                 else c for c, sp, r in zip(cells, row.cell_spans, roles)]  # ``甲局 乙集团`` (U3)
                    cells = [_ucp.read_unit_cell(c, sp.start, blanks, is_unit_cell, is_person_name) if r in ("lead", "responsible")
                             else c for c, sp, r in zip(cells, row.cell_spans, roles)]  # (unitB24) ``甲局 王明``, ``甲局乙部``
                    lead, resp = split_roles(cells[roles.index("lead")]) if "lead" in roles else ([], [])
                    # every column of responsible units, in order (``牵头 | 主体责任单位 | 配合单位``, U4/U4d): a unit in
                    # two of them is listed once
                    for k in (i for i, r in enumerate(roles) if r == "responsible"):
                        more_lead, more_resp = split_roles(cells[k], lead_column=False)
                        lead, resp = lead + more_lead, resp + [u for u in more_resp if u not in resp]
                    lead, resp = apply_lead_marks(lead, resp)  # ``甲局(牵头)、乙局``
                    a, b = min(first, last), max(first, last)  # units may come before the task
                    if row.carried and a < row.carried:
                        a, b = row.carried, max(b, min(len(roles) - 1, row.carried + 1))  # its own cells
                    if _udd.row_read_out_of_line(task, lead + resp):
                        continue  # (r20 unitW31) a flattened table's row read out of line
                    out.append(UnitAssignment(**self._base(doc, row.cell_spans[a].start, row.cell_spans[b].end, path),
                                              task=task, lead_units=lead, responsible_units=resp))
        taken = [(r.norm_span.start, r.norm_span.end) for r in out if isinstance(r, NumericTarget)]
        out += [NumericTarget(**self._base(doc, q.start, q.end, []), indicator=q.indicator, value=q.value, unit=q.unit,
                              comparator="=", target_year=None, cues=["table:quota", "cell_lines"])
                for q in cell_line_quotas(doc.text) if not any(a < q.end and q.start < b for a, b in taken)]  # (vrestA28)
        return out
