"""The offline rules backend: numeric targets, unit assignments and goals found by patterns
over the normalised, structured document. Every record carries its span in the normalised
text; the ground stage maps it to the original."""

from __future__ import annotations

import dataclasses
import re

from extract.cues import (Decision, is_furniture, is_past_year, is_people_line, reports_a_plan, section_role,
                          states_first_listed_lead, title_reports_past)
from extract.data import Goal, NumericTarget, Span, UnitAssignment
from extract.prepared import PreparedDoc
from extract.rules.goals import find_goals
from extract.rules.targets import Candidate, Decider, find_targets, indicator_row, table_comparator, table_value
from extract.rules.units import (find_inline_assignments, find_listed_assignments, find_verb_assignments,
                                 parse_label_line, split_roles)

RULES_VERSION = "rules.v2"  # v2: cues of the genre, text before headings, the general table reader

AnyRecord = NumericTarget | UnitAssignment | Goal
_NUMBERED = re.compile(r"^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])\s*")
_CLAUSE_SEP = re.compile(r"[，,。；;]")


DEFAULT = "default"  # RulesExtractor's decider: the hand cues with the shipped learned score


class RulesExtractor:
    """Pattern rules; no network. ``decider`` (``rules.targets.Decider``) sees every numeric-target
    candidate with the hand cues' decision and returns the decision that stands: by default the hand
    cues combined with the learned score shipped in the package (``rules.learned``), ``None`` the
    hand cues alone. With ``past_sections`` it also sees the numbers of review sections (hand
    decision: ``section:past``), which the rules otherwise skip unread. The version names the model."""

    name = "rules"
    version = RULES_VERSION

    def __init__(self, decider: Decider | None | str = DEFAULT, version: str | None = None,
                 past_sections: bool = False) -> None:
        if decider == DEFAULT:
            from extract.rules.learned import default_decider

            decider = default_decider()
            if decider is not None:
                self.version = f"{RULES_VERSION}+{decider.model.version}"
        self.decider = decider if callable(decider) else None
        self.past_sections = past_sections
        if version is not None:
            self.version = version

    def extract(self, doc: PreparedDoc) -> list[AnyRecord]:
        out: list[AnyRecord] = []
        out += self._paragraphs(doc)
        out += self._tables(doc)
        return out

    def _base(self, doc: PreparedDoc, start: int, end: int, path: list[str]) -> dict:
        return dict(doc=doc.doc.doc_id, quote="", norm_span=Span(start=start, end=end),
                    section=" > ".join(path) or None, backend=self.name, backend_version=self.version)

    @staticmethod
    def doc_context(doc: PreparedDoc) -> tuple[bool, int | None]:
        """(the document reports the past, the document's own year)."""
        s = doc.structured
        heads = [ln.text.strip() for ln in s.lines[:8]
                 if 0 < len(ln.text.strip()) <= 70 and "。" not in ln.text and ln.index not in s.headings]
        reports = any(title_reports_past(h) for h in heads)
        # the document's own year: its date, else the first year of its plan period
        year = int(s.meta.date[:4]) if s.meta.date else (s.meta.period[0] if s.meta.period else None)
        return reports, year

    def _paragraphs(self, doc: PreparedDoc) -> list[AnyRecord]:
        s = doc.structured
        text = doc.text
        out: list[AnyRecord] = []
        reports, doc_year = self.doc_context(doc)
        last_title: tuple[str, int] | None = None
        last_text: tuple[str, int] | None = None  # first clause of the last task paragraph (no outline)
        last_statement: tuple[str, int] | None = None  # the last numbered statement paragraph
        keyed = states_first_listed_lead(text)
        reported_plan = False  # set once a page without an outline introduces what a plan sets
        skip: set[int] = set()
        roles: dict[tuple[str, ...], str] = {}  # section_role by path: the paragraphs of a section share it
        goal_sections: dict[tuple[str, ...], bool] = {}
        for par in s.paragraphs:
            if par.index in skip:
                continue
            if par.kind == "heading":
                h = s.headings.get(s.line_at(par.span.start))
                if h is not None:
                    last_title = (h.title, par.span.start + text[par.span.start:par.span.end].find(h.title))
            if par.kind != "text":
                continue
            path = par.section_path
            key = tuple(path)
            role = roles.get(key)
            if role is None:
                role = roles[key] = section_role(path)
            if role == "past":
                if self.past_sections and self.decider is not None and not is_furniture(text[par.span.start:par.span.end]):
                    self._past_targets(doc, par, path, doc_year, out)
                continue
            if reports:
                role = "report"  # a report's outline reviews: a number needs a future cue of its own
            elif role == "none" and reported_plan:
                role = "plan"  # a page that reports a plan: the list after ``规划明确`` states its targets
            ptext = text[par.span.start:par.span.end]
            if is_furniture(ptext):
                continue  # notice, metadata and page furniture, wherever they stand
            if not path and reports_a_plan(ptext):
                reported_plan = True
            labels = parse_label_line(ptext)
            if labels is not None:
                # ``牵头单位:...`` on its own line (a ``责任单位:`` line may follow): the task is the
                # nearest heading above
                lead, resp = labels
                end = par.span.end
                nxt = s.paragraphs[par.index + 1] if par.index + 1 < len(s.paragraphs) else None
                more = parse_label_line(text[nxt.span.start:nxt.span.end]) if nxt is not None else None
                if more is not None and lead and not resp and not more[0]:
                    resp, end = more[1], nxt.span.end
                    skip.add(nxt.index)
                # the task is the nearest heading or numbered statement above; without an outline, the
                # paragraph before
                task = last_title if path or last_text is None else last_text
                if task is not None and last_statement is not None and last_statement[1] > task[1]:
                    task = last_statement
                if task is not None:
                    out.append(self._label_line(doc, task[1], end, task[0], path, lead, resp))
                continue
            if not is_people_line(ptext):
                first = _CLAUSE_SEP.split(ptext.strip(), maxsplit=1)[0]
                last_text = (first, par.span.start + ptext.find(first))
                if _NUMBERED.match(ptext.strip()):  # ``1.力争…增长5%左右。``: a task of its own
                    body = _NUMBERED.sub("", ptext.strip(), count=1)
                    last_statement = (body.rstrip("。"), par.span.start + ptext.find(body))
            heading = s.headings.get(s.line_at(par.span.start))
            if heading is not None:
                last_title = (heading.title, par.span.start + ptext.find(heading.title))
            body_start = 0
            title = title_start = None
            if heading is not None and heading.inline:
                cut = ptext.find(heading.title) + len(heading.title)
                body_start = cut + 1 if cut < len(ptext) and ptext[cut] in "。.:：" else cut
                title, title_start = heading.title, ptext.find(heading.title)
            goal_section = goal_sections.get(key)
            if goal_section is None:
                goal_section = goal_sections[key] = s.in_goal_section(path)
            for g in ([] if reports else find_goals(ptext, par.span.start, goal_section, body_start)):
                if is_past_year(g.year, doc_year):
                    continue  # ``2022年,完成…`` in a page of 2023 reports a result
                out.append(Goal(**self._base(doc, g.start, g.end, path), text=text[g.start:g.end], target_year=g.year))
            for t in find_targets(ptext[body_start:], par.span.start + body_start, role=role, doc_year=doc_year,
                                  decider=self.decider):
                out.append(NumericTarget(**self._base(doc, t.start, t.end, path), indicator=t.indicator,
                                         value=t.value, value_max=t.value_max, unit=t.unit,
                                         comparator=t.comparator, target_year=t.target_year, cues=list(t.cues)))
            listed = find_listed_assignments(ptext, par.span.start) if keyed else []
            listed += find_verb_assignments(ptext, par.span.start)
            for a in find_inline_assignments(ptext, par.span.start, title, title_start) + listed:
                out.append(UnitAssignment(**self._base(doc, a.start, a.end, path), task=a.task,
                                          lead_units=a.lead, responsible_units=a.responsible))
        return out

    def _past_targets(self, doc: PreparedDoc, par, path: list[str], doc_year: int | None,
                      out: list[AnyRecord]) -> None:
        """The numbers of a review section, each shown to the decider as rejected by ``section:past``."""
        decider = self.decider
        assert decider is not None

        def past(c: Candidate) -> Decision:
            hand = c.hand if c.hard else Decision(False, ("section:past",))
            return decider(dataclasses.replace(c, hand=hand))

        ptext = doc.text[par.span.start:par.span.end]
        for t in find_targets(ptext, par.span.start, role="past", doc_year=doc_year, decider=past):
            out.append(NumericTarget(**self._base(doc, t.start, t.end, path), indicator=t.indicator,
                                     value=t.value, value_max=t.value_max, unit=t.unit,
                                     comparator=t.comparator, target_year=t.target_year, cues=list(t.cues)))

    def _label_line(self, doc: PreparedDoc, start: int, end: int, title: str, path: list[str],
                    lead: list[str], resp: list[str]) -> UnitAssignment:
        return UnitAssignment(**self._base(doc, start, end, path), task=title, lead_units=lead,
                              responsible_units=resp)

    def _tables(self, doc: PreparedDoc) -> list[AnyRecord]:
        out: list[AnyRecord] = []
        _reports, doc_year = self.doc_context(doc)
        for table in doc.structured.tables:
            path = table.section_path
            if table.kind == "indicators":
                parent_unit = None
                for row in table.rows:
                    label = row.cells[0]
                    if row.parent:  # a ``其中:`` sub-row takes its parent's unit unless it has its own
                        parent_unit = indicator_row(row.parent, None)[1] or parent_unit
                    name, unit = indicator_row(label, parent_unit)
                    if unit is not None and label.strip().startswith(("其中", "含")) is False and name:
                        parent_unit = unit
                    if "unit" in row.roles:
                        unit = row.cells[row.roles.index("unit")]
                    for cell, span, role in zip(row.cells, row.cell_spans, row.roles):
                        if not role.startswith("value:"):
                            continue
                        parsed = table_value(cell)
                        if parsed is None:
                            continue
                        sign, value, cell_unit, suffix = parsed
                        out.append(NumericTarget(
                            **self._base(doc, row.cell_spans[0].start, span.end, path), indicator=name,
                            value=value, unit=("%" if cell_unit == "%" else unit or cell_unit or ""),
                            comparator=table_comparator(sign, suffix), target_year=int(role.split(":")[1]),
                            cues=["indicator_table"]))
                continue
            for row in table.rows:
                roles = row.roles
                for cell, span, role in zip(row.cells, row.cell_spans, roles):
                    if role.startswith("year:"):
                        year, use_text = int(role.split(":")[1]), False
                    elif role in ("content", "title"):
                        year, use_text = None, True  # a task title may state its own quantity
                    else:
                        continue
                    cpath = path + [row.cells[roles.index("title")]] if "title" in roles else path
                    for t in find_targets(cell, span.start, year=year, use_text_year=use_text, doc_year=doc_year,
                                          origin="cell" if use_text else "year_cell", decider=self.decider):
                        out.append(NumericTarget(**self._base(doc, t.start, t.end, cpath), indicator=t.indicator,
                                                 value=t.value, value_max=t.value_max, unit=t.unit,
                                                 comparator=t.comparator, target_year=t.target_year,
                                                 cues=list(t.cues)))
                    for g in find_goals(cell, span.start, goal_section=False):
                        out.append(Goal(**self._base(doc, g.start, g.end, cpath), text=doc.text[g.start:g.end],
                                        target_year=g.year))
                if "lead" in roles or "responsible" in roles:
                    first = roles.index("title") if "title" in roles else (roles.index("content") if "content" in roles else 0)
                    last = max(i for i, r in enumerate(roles) if r in ("lead", "responsible"))
                    task = row.cells[first]
                    lead, resp = split_roles(row.cells[roles.index("lead")]) if "lead" in roles else ([], [])
                    if "responsible" in roles:
                        more_lead, more_resp = split_roles(row.cells[roles.index("responsible")], lead_column=False)
                        lead, resp = lead + more_lead, resp + more_resp
                    a, b = min(first, last), max(first, last)  # units may come before the task
                    out.append(UnitAssignment(**self._base(doc, row.cell_spans[a].start, row.cell_spans[b].end, path),
                                              task=task, lead_units=lead, responsible_units=resp))
        return out

