"""``extract index``, ``extract search``, ``extract similar``, ``extract eval-search``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extract.errors import UserError

TYPE_ALIASES = {"target": ["numeric_target"], "targets": ["numeric_target"], "numeric_target": ["numeric_target"],
                "goal": ["goal"], "goals": ["goal"], "unit": ["unit_assignment"], "unit_assignment": ["unit_assignment"],
                "assignment": ["unit_assignment"], "passage": ["passage"], "passages": ["passage"],
                "task": ["passage"], "tasks": ["passage"],
                "measure": ["unit_assignment", "passage"], "measures": ["unit_assignment", "passage"]}


def _types(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    out: list[str] = []
    for v in values:
        for t in v.split(","):
            t = t.strip()
            if not t:
                continue
            if t not in TYPE_ALIASES:
                raise UserError(f"unknown --type {t!r}; use numeric_target (target), goal, unit_assignment (unit), "
                                "passage (task: the same), or measure (unit_assignment and passage)")
            out += [x for x in TYPE_ALIASES[t] if x not in out]
    return out or None


def _open(args: argparse.Namespace):
    from extract.search import SearchIndex

    return SearchIndex(Path(args.run), progress=sys.stderr.isatty() or args.command == "index")


def _units(h) -> str:
    parts = []
    if h.lead_units:
        parts.append("牵头 " + "、".join(h.lead_units))
    if h.responsible_units:
        parts.append("责任 " + "、".join(h.responsible_units))
    return "; ".join(parts)


def _short(text: str, n: int = 110) -> str:
    s = " ".join((text or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _print_hits(hits, grouped: bool) -> None:
    from extract.search import group_by_region

    if not hits:
        print("no hits")
        return
    groups = group_by_region(hits) if grouped else [(None, list(hits))]
    n = 0
    for region, group in groups:
        if region is not None:
            print(f"== {region} ({group[0].doc})")
        for h in group:
            n += 1
            year = f" [{h.year}]" if h.year else ""
            dense = f" cos {h.dense:.3f}" if h.dense is not None else ""
            where = "" if grouped else f"{h.region or h.doc}  "
            print(f"{n:>3}. {h.score:.4f}{dense}  {where}{h.type}  {_short(h.title, 60)}{year}")
            if h.section:
                print(f"     section: {_short(h.section, 100)}")
            if h.measure and h.measure != h.title:
                print(f"     measure: {_short(h.measure, 60)}")
            span = f"  span {h.span['start']}-{h.span['end']}" if h.span else ""
            print(f"     quote: {_short(h.quote)}{span}")
            if _units(h):
                print(f"     units: {_units(h)}")
            for rec in h.records[:6]:  # what extraction found in the passage, if anything
                print(f"     holds {rec['type']}: {_short(rec['title'], 70)}  ({rec['record_id'][:12]})")
            print(f"     id: {h.record_id}" + (f"  (+{len(h.related)} overlapping)" if h.related else ""))


def _cmd_index(args: argparse.Namespace) -> int:
    from extract.cli import check_engine_flags

    check_engine_flags(args)
    if args.workers is not None and args.engine != "ray":
        raise UserError("--workers needs --engine ray (without it the texts are embedded in this process)")
    pool = None
    if args.engine == "ray" and not args.bm25_only:
        from extract.ray_engine import RayEmbedPool

        pool = RayEmbedPool(args.workers, args.ray_address)
    try:
        return _index(args, pool)
    finally:
        if pool is not None:
            pool.close()


def _index(args: argparse.Namespace, pool) -> int:
    with _open(args) as idx:
        idx.embed_pool = pool
        rep = idx.sync(vectors=not args.bm25_only)
        if args.json:
            print(json.dumps(rep.to_dict(), ensure_ascii=False, indent=2))
        else:
            model = "" if args.bm25_only else f", model {idx.embedder.name}"
            print(f"{rep.items} items (+{rep.added} -{rep.removed}), {rep.embedded} texts embedded "
                  f"in {rep.embed_seconds:.1f}s (model load {rep.load_seconds:.1f}s){model}; "
                  f"{'rebuilt ' if rep.rebuilt else ''}{idx.faiss_path} in {rep.seconds:.1f}s")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as idx:
        hits = idx.search(args.query, top_k=args.top_k, types=_types(args.type), region=args.region, doc=args.doc,
                          year=args.year, mode=args.mode, collapse=not args.no_collapse)
        if args.json:
            from extract.search import group_by_region

            out = {"query": args.query, "mode": args.mode, "hits": [h.to_dict() for h in hits],
                   "by_region": {r: [h.record_id for h in g] for r, g in group_by_region(hits)}}
            print(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            _print_hits(hits, grouped=not args.flat)
    return 0


def _cmd_similar(args: argparse.Namespace) -> int:
    with _open(args) as idx:
        src, hits = idx.similar(args.record_id, top_k=args.top_k, types=_types(args.type),
                                per_region=args.per_region or None, mode=args.mode)
        if args.json:
            print(json.dumps({"source": {k: src[k] for k in ("record_id", "doc_id", "region", "type", "title",
                                                             "section", "quote", "start", "end")},
                              "hits": [h.to_dict() for h in hits]}, ensure_ascii=False, indent=2))
        else:
            print(f"closest to {src['type']} {_short(src['title'], 60)} ({src['region']}, {src['doc_id']}):")
            _print_hits(hits, grouped=True)
    return 0


def _cmd_eval_search(args: argparse.Namespace) -> int:
    from extract.ingest import read_document
    from extract.search import SearchIndex
    from extract.search.evaluate import format_report, load_queries, run_eval

    run_dir = Path(args.run)
    if args.docs:
        from extract.pipeline import RunConfig, run

        summary = run(RunConfig(inputs=[Path(p) for p in args.docs], out_dir=run_dir, progress=sys.stderr.isatty()))
        if summary.failed:
            raise UserError(f"extraction failed for {', '.join(d.doc_id for d in summary.failed)}; see `extract run`")
    sets = [(Path(q).stem, load_queries(Path(q))) for q in (args.queries or _default_query_sets())]
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    reports: dict[str, dict] = {}
    with SearchIndex(run_dir, progress=True) as idx:
        docs = {}
        for doc_id, path in idx.db.execute("SELECT doc_id, path FROM documents WHERE status='ok'"):
            docs[doc_id] = read_document(Path(path)).text
        for name, queries in sets:
            reports[name] = run_eval(idx, queries, docs, k=args.k, modes=modes)
    if args.json:
        out = reports[sets[0][0]] if len(sets) == 1 else {"sets": reports}
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    status = 0
    for name, report in reports.items():
        if len(reports) > 1:
            print(f"== {name}")
        print(format_report(report, show_misses=args.show_misses))
        if args.min_recall is not None and "hybrid" in report["modes"]:
            got = report["modes"]["hybrid"][f"recall@{args.k}"]
            if got < args.min_recall:
                print(f"FAILED {name}: hybrid recall@{args.k} {got:.3f} < {args.min_recall}", file=sys.stderr)
                status = 1
            else:
                print(f"gate passed ({name}): hybrid recall@{args.k} {got:.3f} >= {args.min_recall}")
    return status


def _default_query_sets() -> list[str]:
    """The hand-written set and, where it exists, the held-out one (reported apart)."""
    return [q for q in ("eval/search/queries.jsonl", "eval/search/heldout.jsonl") if Path(q).exists()] or \
        ["eval/search/queries.jsonl"]


def register(subparsers) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--run", required=True, help="run directory (holds extract.db; search.faiss goes beside it)")
    common.add_argument("--mode", choices=("hybrid", "dense", "bm25"), default="hybrid",
                        help="hybrid (default): dense and BM25 fused by reciprocal rank; or one side only")
    common.add_argument("--json", action="store_true", help="print JSON")

    p = subparsers.add_parser("index", help="build or update the search index of a run directory")
    p.add_argument("--run", required=True, help="run directory (holds extract.db)")
    p.add_argument("--bm25-only", action="store_true", help="update the items only, no embedding model")
    p.add_argument("--json", action="store_true", help="print the index report as JSON")
    from extract.cli import _positive, add_engine_flags

    add_engine_flags(p)
    p.add_argument("--workers", type=_positive, metavar="N",
                   help="with --engine ray: embedding actors, each loading the model once (default: one per CPU "
                        "of the cluster)")
    p.set_defaults(func=_cmd_index)

    s = subparsers.add_parser("search", parents=[common], help="find measures, targets and goals like QUERY, "
                              "grouped by district")
    s.add_argument("query", help="what to look for, in Simplified or Traditional Chinese")
    s.add_argument("--top-k", type=int, default=10, help="number of hits (default 10)")
    s.add_argument("--type", action="append", help="numeric_target|target, goal, unit_assignment|unit, passage|task, "
                   "measure (= unit_assignment,passage); repeat or comma-separate. A record type also admits "
                   "passages that show what it holds (unit names, a quantity, a deadline) where no record of "
                   "that type was extracted: they come as passage hits")
    s.add_argument("--region", help="only this district (a part of its name: 荣昌, 會澤)")
    s.add_argument("--doc", help="only this document id")
    s.add_argument("--year", type=int, help="only items for this year (target year, else the plan's end year)")
    s.add_argument("--flat", action="store_true", help="one ranked list, not grouped by district")
    s.add_argument("--no-collapse", action="store_true", help="keep hits that overlap a better hit of the same "
                   "document (by default they are folded into it)")
    s.set_defaults(func=_cmd_search)

    m = subparsers.add_parser("similar", parents=[common], help="the closest measures to a record in other districts")
    m.add_argument("record_id", help="a record id (or a unique prefix, or #ITEM_ID) from `extract search` output")
    m.add_argument("--top-k", type=int, default=10, help="number of hits in all (default 10)")
    m.add_argument("--per-region", type=int, default=3, help="at most this many per district (default 3; 0: no limit)")
    m.add_argument("--type", action="append", help="as for `extract search`")
    m.set_defaults(func=_cmd_similar)

    e = subparsers.add_parser("eval-search", help="recall@k and MRR of dense, BM25 and hybrid search")
    e.add_argument("--run", default="runs/seeds", help="run directory to search (default runs/seeds)")
    e.add_argument("--docs", nargs="+", help="extract these documents into --run first (skips unchanged ones)")
    e.add_argument("--queries", nargs="+", default=None,
                   help="query files with their relevant quotes, each scored and reported apart (default "
                        "eval/search/queries.jsonl and eval/search/heldout.jsonl)")
    e.add_argument("--k", type=int, default=5, help="recall cut-off (default 5)")
    e.add_argument("--modes", default="dense,bm25,hybrid", help="comma-separated (default dense,bm25,hybrid)")
    e.add_argument("--json", metavar="REPORT.json", help="also write the report as JSON")
    e.add_argument("--show-misses", action="store_true", help="list the queries that miss a relevant item")
    e.add_argument("--min-recall", type=float, help="exit 1 if hybrid recall@k of any query set is below this")
    e.set_defaults(func=_cmd_eval_search)
