"""Do table layouts read the same whatever the flattening? Re-flatten each table the readers parsed and compare records.

    PYTHONPATH=src python tools/relayout_tables.py                       # readable dev texts and seeds, all layouts
    PYTHONPATH=src python tools/relayout_tables.py --docs DOC_ID ... --show   # named texts, each lost record listed
    PYTHONPATH=src python tools/relayout_tables.py --json out.json       # the figures as JSON too

For each text, every table the readers parsed (the
number-led task reader, the indicator reader, the delimited-line, pair, cell-run and count readers:
``structure().tables``; the allocation reader, ``rules.table_layouts``; and the blank-parted tables under a header the
spaced readers know, ``rules.unit_rows`` / ``rules.table_rows``, their cells the words of each line) is written again in each layout, its cells taken from what the
reader parsed and the rest of the text unchanged:

``pipe``   a row a line, cells parted by `` | ``
``tab``    a row a line, cells parted by a tab
``spaced`` a row a line, cells parted by two blanks (a cell's own blanks dropped, or ``、`` in a list of units)
``cells``  one cell per line: the header run, then each row's cells, a line each

The rules (this tree's code, in-process) run over the original and over each re-flattened text; the records whose
span lies on the table are compared by a layout-free key: numeric targets by (value, unit, comparator, year), unit
rows by their sets of lead and responsible units (goals are not compared). The table printed gives, per source
layout (how the table stood in the text) and target layout, the tables, the records of the source, how many the
target keeps, and how many it adds. A table's source layout written again (``pipe`` -> ``pipe``) checks the writer.

Only the dev texts one may read (``/work/r18/readable.txt``, without any held-out prefix) and the seeds are read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = Path("/work/main/data/docs")
READABLE = Path("/work/r18/readable.txt")
HELD_OUT = ("w23-", "w26-")  # never read here
LAYOUTS = ("pipe", "tab", "spaced", "cells")

from extract.cues import is_unit_cell  # noqa: E402
from extract.data import Document, NumericTarget, UnitAssignment  # noqa: E402
from extract.pipeline import process_document  # noqa: E402
from extract.prepared import prepare  # noqa: E402
from extract.rules import RulesExtractor  # noqa: E402
from extract.rules.table_layouts import allocation_values  # noqa: E402

_SERIAL_HEADS = ("序号", "编号", "项次")


def doc_paths(ids: list[str] | None) -> list[tuple[str, Path]]:
    """(id, path) of the texts to read: the named ones, else the readable dev texts and the seeds."""
    if ids:
        out = [(d, DOCS / "wild" / f"{d}.txt") for d in ids]
        out = [(d, p if p.exists() else DOCS / f"{d}.txt") for d, p in out]
    else:
        out = [(d, DOCS / "wild" / f"{d}.txt") for d in READABLE.read_text().split()]
        out += [(p.stem, p) for p in sorted(DOCS.glob("*.txt"))]
    return [(d, p) for d, p in out if not d.startswith(HELD_OUT) and p.exists()]


def rows_of(table) -> tuple[list[str], list[list[str]]]:
    """(header cells, rows of cells) of a parsed table as a page would print it: a task table's serial column
    numbered again, a sub-row's own cells put back on the numbered row it was split from (a row of an unnumbered
    table keeps the merged cells carried into it, written again on each row), an indicator table's attribute
    column (never kept by the reader) left out of the header."""
    header = list(table.header)
    rows: list[list[str]] = []
    if table.kind == "indicators":
        header = [h for h in header if "".join(h.split()) not in ("属性", "指标属性")]
        return header, [list(r.cells) for r in table.rows]
    numbered = bool(header) and "".join(header[0].split()) in _SERIAL_HEADS
    for r in table.rows:
        if numbered and r.carried and rows:  # a numbered row's sub-row: its own cells stand on the row's
            rows[-1].extend(r.cells[r.carried:])
            continue
        rows.append(([str(len(rows) + 1)] if numbered else []) + list(r.cells))
    return header, rows


def write(layout: str, header: list[str], rows: list[list[str]]) -> str:
    """The table in ``layout`` (the module's docstring)."""
    def flat(c: str, sep: str) -> str:
        return sep.join(c.split())
    lines = [header] + rows
    if layout == "pipe":
        return "\n".join(" | ".join(flat(c, " ") for c in r) for r in lines)
    if layout == "tab":
        return "\n".join("\t".join(flat(c, " ") for c in r) for r in lines)
    if layout == "spaced":  # (a cell's parts cannot keep their blanks: a unit list's are parted by 、, others glued)
        return "\n".join("  ".join(flat(c, "、" if all(is_unit_cell(x) for x in c.split()) else "") for c in r)
                         for r in lines)
    if layout == "cells":
        return "\n".join(flat(c, " ") for r in lines for c in r)
    raise ValueError(layout)


def source_layout(region: str) -> str:
    """How a table stands in the text: delimited by pipes or tabs, one cell per line, or blank-parted."""
    if "|" in region or "｜" in region:
        return "pipe"
    if "\t" in region:
        return "tab"
    lines = [ln for ln in region.split("\n") if ln.strip()]
    spaced = sum(1 for ln in lines if re.search(r"\S\s+\S", ln.strip()) and len(ln) < 120)
    return "spaced" if spaced * 2 > len(lines) else "cells"


def region_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole lines of ``text[start:end]``, with a serial column's header cell on the line before (``序号``)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    prev_end = a - 1
    if prev_end > 0:
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if "".join(text[prev_start:prev_end].split()) in _SERIAL_HEADS:
            a = prev_start
    return a, b


def tables_of(original: str) -> list[tuple[int, int, list[str], list[list[str]], str]]:
    """(start, end, header, rows, kind) of each table the readers parse in ``original`` (a raw text): the start and
    end of its whole lines in ``original``."""
    doc = prepare(Document(doc_id="t", path="t", text=original, encoding="utf-8", sha256="t"))
    mapped = doc.normalised.mapped
    blanks = RulesExtractor._dropped_blanks(doc)

    def orig(a: int, b: int) -> tuple[int, int]:
        oa, ob = mapped.to_orig(a, b)
        return region_of(original, oa, ob)

    found = []
    for t in doc.structured.tables:
        if not t.rows:
            continue
        header, rows = rows_of(t)
        found.append((*orig(*region_of(doc.text, t.span.start, t.span.end)), header, rows, t.kind))
    grids: list = []
    allocation_values(doc.text, doc.structured.table_lines, grids, blanks=blanks)
    for start, end, cells in grids:
        found.append((*orig(*region_of(doc.text, start, end)), cells[0], cells[1:], "allocation"))
    for a, b, cells in spaced_tables(doc.text, blanks):
        found.append((*orig(a, b), cells[0], cells[1:], "spaced"))
    found.sort()
    out = []
    for t in found:  # (a table two readers both take is compared once)
        if not out or t[0] >= out[-1][1]:
            out.append(t)
    return out


def spaced_tables(text: str, blanks) -> list[tuple[int, int, list[list[str]]]]:
    """(start, end, rows) of the tables of ``text`` (normalised) flattened a row a line with blank-parted cells
    under a header the spaced readers know (``unit_rows._spaced_header``, ``table_rows._year_header`` /
    ``_plan_header``), the header first: each line's words (the dropped blanks put back) while a line holds three
    or more of them. The cells are the words (the spaced readers parse no table object)."""
    from extract.rules.table_rows import _plan_header, _year_header
    from extract.rules.unit_flat import _clean
    from extract.rules.unit_rows import _spaced_header

    out = []
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if b - a < 6 or ("序" not in text[a:b] and "指标" not in text[a:b]):
            i += 1
            continue
        words = _clean(text, a, b, blanks)[0].split()
        if not (_spaced_header(" ".join(words)) is not None or _year_header(words) or _plan_header(words) is not None):
            i += 1
            continue
        rows = [words]
        j = i + 1
        end = b
        while j < len(lines):
            c, d = lines[j]
            if not text[c:d].strip():
                j += 1
                continue
            got = _clean(text, c, d, blanks)[0].split()
            if len(got) < 3 or "|" in text[c:d] or "\t" in text[c:d]:
                break
            rows.append(got)
            end = d
            j += 1
        if len(rows) >= 3:
            out.append((a, end, rows))
        i = j
    return out


_EXTRACTOR = None


def records(text: str) -> list:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = RulesExtractor()
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return process_document(doc, _EXTRACTOR).records


def key(r) -> tuple | None:
    """The layout-free key of a record: a target's (value, unit, comparator, year), a unit row's unit sets."""
    if isinstance(r, NumericTarget):
        return ("target", round(r.value, 6), r.unit, r.comparator, r.target_year)
    if isinstance(r, UnitAssignment):
        return ("units", frozenset(r.lead_units), frozenset(r.responsible_units))
    return None


def keys_in(recs: list, a: int, b: int) -> Counter:
    """The keys of the records whose span lies on ``[a, b)``."""
    out: Counter = Counter()
    for r in recs:
        k = key(r)
        if k is not None and r.span is not None and r.span.start < b and r.span.end > a:
            out[k] += 1
    return out


def compare(doc_id: str, original: str, layouts=LAYOUTS, show: bool = False) -> list[dict]:
    """One row per (table, target layout) of ``original`` (a raw text): its source layout and the records kept."""
    found = tables_of(original)
    if not found:
        return []
    base = records(original)
    out = []
    for a, b, header, rows, kind in found:
        src = "spaced" if kind == "spaced" else source_layout(original[a:b])
        before = keys_in(base, a, b)
        for layout in layouts:
            block = write(layout, header, rows)
            new_text = original[:a] + block + original[b:]
            after = keys_in(records(new_text), a, a + len(block))
            kept = sum((before & after).values())
            row = dict(doc=doc_id, kind=kind, source=src, target=layout, records=sum(before.values()), kept=kept,
                       added=sum(after.values()) - kept)
            if show and (kept < row["records"] or row["added"]):
                row["lost"] = [list(map(str, k)) for k in (before - after)]
                row["new"] = [list(map(str, k)) for k in (after - before)]
            out.append(row)
    return out


def summary(rows: list[dict]) -> dict[tuple[str, str], dict]:
    agg: dict[tuple[str, str], dict] = defaultdict(lambda: dict(tables=0, records=0, kept=0, added=0))
    for r in rows:
        s = agg[(r["source"], r["target"])]
        s["tables"] += 1
        s["records"] += r["records"]
        s["kept"] += r["kept"]
        s["added"] += r["added"]
    return dict(agg)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", nargs="*", help="doc ids (default: readable dev texts and seeds)")
    ap.add_argument("--layouts", nargs="*", default=list(LAYOUTS), choices=LAYOUTS)
    ap.add_argument("--show", action="store_true", help="list the tables that lose or add records")
    ap.add_argument("--json", help="write every row to this file")
    args = ap.parse_args(argv)
    rows: list[dict] = []
    for doc_id, path in doc_paths(args.docs):
        rows += compare(doc_id, path.read_text(encoding="utf-8"), args.layouts, args.show)
    print(f"{'source':8} {'target':8} {'tables':>6} {'records':>7} {'kept':>6} {'added':>6}")
    for (src, tgt), s in sorted(summary(rows).items()):
        print(f"{src:8} {tgt:8} {s['tables']:6} {s['records']:7} {s['kept']:6} {s['added']:6}")
    if args.show:
        for r in rows:
            if "lost" in r:
                print(r["doc"], r["kind"], r["source"], "->", r["target"], f"{r['kept']}/{r['records']} +{r['added']}",
                      "lost", r["lost"][:4], "new", r["new"][:4])
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
