"""Command line: ``extract run``, ``extract eval``.

Exit codes: 0 all went well; 1 the job ran but something failed (a document, the regression
gate); 2 a usage or input error (the message says what to fix).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from extract.errors import UserError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def check_engine_flags(args: argparse.Namespace) -> None:
    """``--ray-address`` means nothing without ``--engine ray``: say so rather than run locally."""
    if getattr(args, "ray_address", None) and args.engine != "ray":
        raise UserError(f"--ray-address {args.ray_address} needs --engine ray (the default engine runs on this machine)")


def _cmd_run(args: argparse.Namespace) -> int:
    check_engine_flags(args)
    workers = _workers(args)
    if workers is not None and workers > 1 and args.backend == "rules" and args.engine == "local":
        from extract.engine import RULES_PRELOAD, prestart

        prestart(RULES_PRELOAD)  # the workers' imports, in the server that forks them, while this one imports

    from extract.pipeline import RunConfig, run

    cfg = RunConfig(inputs=[Path(p) for p in args.paths], out_dir=Path(args.out), backend=args.backend,
                    max_bytes=int(args.max_mb * 2**20), force=args.force,
                    progress=sys.stderr.isatty() and not args.json, llm=_llm_config(args), workers=workers,
                    engine=args.engine, ray_address=args.ray_address)
    summary = run(cfg, release_server=True)  # nothing in this process asks for workers after it
    if args.json:
        print(json.dumps(summary.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        _print_run(summary)
    return EXIT_FAILED if summary.failed else EXIT_OK


def _llm_config(args: argparse.Namespace):
    if args.backend == "rules":
        return None
    from extract.llm.config import LLMConfig

    return LLMConfig.from_env(base_url=args.llm_base_url, model=args.llm_model, mode=args.llm_mode,
                              concurrency=args.concurrency, goal_check=True if args.llm_goal_check else None,
                              target_veto=True if args.llm_target_veto else None)


AUTO_MB_PER_WORKER = 2.0  # a worker costs about half a CPU-second to start: worth it from ~2 MB of text each


def _workers(args: argparse.Namespace) -> int | None:
    """``--workers``, else for the rules backend one per CPU as far as the input is big enough to pay
    for starting them (about 2 MB of files each), and 1 for the LLM backends; with ``--engine ray``,
    None: one per CPU of the cluster."""
    if args.workers is not None:
        return args.workers
    if getattr(args, "engine", "local") == "ray":
        return None
    if args.backend != "rules":
        return 1
    from extract.ingest import discover

    try:
        inputs = getattr(args, "paths", None) or getattr(args, "docs", None) or []
        mb = sum(p.stat().st_size for p in discover([Path(x) for x in inputs])) / 1e6
    except (OSError, UserError):
        return 1  # the run itself reports the bad input
    return max(1, min(os.cpu_count() or 1, int(mb / AUTO_MB_PER_WORKER)))


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, got {text!r}")
    return n


def _add_workers_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_positive, metavar="N",
                   help=f"processes for the per-document work (default for the rules backend: one per CPU, here "
                        f"{os.cpu_count() or 1}, as far as the input has about {AUTO_MB_PER_WORKER:g} MB per worker: "
                        "a small batch runs in this process); 1 works in this process, one document after another. The hybrid "
                        "and llm backends run with 1 only (their parallelism is --concurrency). With --engine ray: "
                        "documents in flight at once (default: one per CPU of the cluster)")
    add_engine_flags(p)


def add_engine_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local: this machine's processes (default); ray: Ray tasks on a Ray cluster "
                        "(needs the ray extra: pip install 'extract[ray]')")
    p.add_argument("--ray-address", metavar="ADDR",
                   help="with --engine ray: the cluster to join (auto: the one `ray start` began on this machine; "
                        "ray://HOST:10001 for a remote one); default $RAY_ADDRESS, else a private instance on this "
                        "machine for this command only")


def _add_backend_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--backend", default="rules", choices=("rules", "hybrid", "llm"),
                   help="rules: offline patterns (default); hybrid: rules + small LLM decisions; "
                        "llm: free-form LLM extraction (for strong hosted models)")
    p.add_argument("--concurrency", type=int, default=None, help="LLM requests in flight at once (default 1)")
    p.add_argument("--llm-base-url", help="OpenAI-compatible endpoint (default $EXTRACT_LLM_BASE_URL or "
                                          "http://127.0.0.1:8080/v1)")
    p.add_argument("--llm-model", help="model name (default $EXTRACT_LLM_MODEL)")
    p.add_argument("--llm-mode", choices=("json", "md_json", "tools"), help="instructor mode (default json)")
    p.add_argument("--llm-goal-check", action="store_true",
                   help="hybrid: also ask the model whether each dated sentence the rules leave out is a goal (off by "
                        "default: the local model accepts mostly wrong goals; default $EXTRACT_LLM_GOAL_CHECK=on|off)")
    p.add_argument("--llm-target-veto", action="store_true",
                   help="hybrid: let the model's no drop a rules target under a sign of a past result (off by default: "
                        "the local model's vetoes dropped true targets only; default $EXTRACT_LLM_TARGET_VETO=on|off)")


def _print_run(summary) -> None:
    types = ("numeric_target", "unit_assignment", "goal")
    print(f"{'document':<28}{'status':<9}" + "".join(f"{t:>17}" for t in types) + f"{'ungrounded':>12}{'sec':>8}")
    for d in summary.documents:
        print(f"{d.doc_id:<28}{d.status:<9}" + "".join(f"{d.counts.get(t, 0):>17}" for t in types)
              + f"{d.ungrounded:>12}{d.seconds:>8.2f}")
    for d in summary.failed:
        print(f"FAILED {d.error}", file=sys.stderr)
    n = sum(sum(d.counts.values()) for d in summary.documents)
    print(f"{n} records from {len(summary.documents) - len(summary.failed)}/{len(summary.documents)} documents "
          f"-> {summary.records_path} ({summary.seconds:.2f}s, backend {summary.backend})")
    for d in summary.documents:
        if d.llm_usage:
            du = d.llm_usage
            print(f"  {d.doc_id}: {du['calls']:g} LLM calls ({du['cached']:g} cached), {du['tokens_in']:g} tokens in, "
                  f"{du['tokens_out']:g} out, {d.seconds:.1f}s")
    u = summary.llm_usage
    if u:
        print(f"LLM: {u['calls']} calls ({u['cached']} from cache, {u['failed']} failed, {u['attempts']} attempts), "
              f"{u['tokens_in']} tokens in, {u['tokens_out']} out, {u['seconds']:.1f}s in calls")
    redo = [d.doc_id for d in summary.documents if d.llm_failures]
    if redo:
        print(f"LLM calls failed for: {', '.join(redo)}; their rules records are kept and a re-run retries them",
              file=sys.stderr)


def _cmd_eval(args: argparse.Namespace) -> int:
    from extract import evaluate

    check_engine_flags(args)

    from extract.ingest import discover, doc_id_for

    files = discover([Path(p) for p in args.docs])
    docs = evaluate.load_docs(files)
    if not docs:
        raise UserError(f"no documents found in {' '.join(args.docs)}; pass --docs with the source folder")
    gold_paths = evaluate.gold_files([Path(p) for p in args.gold])
    gold = evaluate.load_records(gold_paths)
    # a gold file named after its document (eval/gold/<doc>.jsonl) labels it even when it holds no
    # record: a page whose every number is a past result has an empty gold file, and its false
    # positives count
    gold_docs = {r["doc"] for r in gold} | {p.stem for p in gold_paths}
    if args.pred:
        pred = evaluate.load_records([Path(args.pred)])
    else:
        from extract.pipeline import RunConfig, run

        # the pipeline runs over the labelled documents only: with --docs a whole corpus folder, an
        # LLM backend would otherwise ask about every document and score a few
        inputs = [p for p in files if doc_id_for(p) in gold_docs]
        if not inputs:
            raise UserError(f"no document of --docs {' '.join(args.docs)} is labelled by --gold; pass the documents "
                            "the gold files name")
        out = Path(args.out or f"runs/eval-{args.backend}")
        summary = run(RunConfig(inputs=inputs, out_dir=out, backend=args.backend,
                                force=True, progress=sys.stderr.isatty(), llm=_llm_config(args),
                                workers=_workers(args), engine=args.engine, ray_address=args.ray_address))
        _print_run(summary)
        pred = evaluate.load_records([Path(summary.records_path)])
    docs = {k: v for k, v in docs.items() if k in gold_docs}
    pred = [r for r in pred if r["doc"] in docs]
    report = evaluate.score(gold, pred, docs)
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(evaluate.format_report(report, show_errors=args.show_errors))
    status = EXIT_OK
    if args.baseline:
        bpath = Path(args.baseline)
        if args.update_baseline:
            bpath.parent.mkdir(parents=True, exist_ok=True)
            bpath.write_text(json.dumps(evaluate.baseline_from_report(report), ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
            print(f"baseline updated: {bpath}")
        else:
            if not bpath.exists():
                raise UserError(f"{bpath}: no such baseline; create it with --update-baseline")
            problems = evaluate.check_baseline(report, json.loads(bpath.read_text(encoding="utf-8")))
            for p in problems:
                print(f"REGRESSION {p}", file=sys.stderr)
            if problems:
                status = EXIT_FAILED
            else:
                print(f"gate passed against {bpath}")
    return status


def _cmd_review(args: argparse.Namespace) -> int:
    from extract.review import write_review

    from extract.evaluate import gold_files

    gold = gold_files([Path(g) for g in args.gold]) if args.gold else None
    path, counts = write_review(Path(args.run), Path(args.out) if args.out else None, args.doc, gold)
    if args.json:
        print(json.dumps({"page": str(path), "gold": counts}, ensure_ascii=False))
    else:
        print(f"review page: {path}")
        if counts:
            print(f"against gold ({counts['docs']} documents): {counts['tp']} true positives, {counts['fp']} false positives, "
                  f"{counts['fn']} false negatives" + (f" ({counts['gold_docs_not_in_run']} gold documents "
                                                        "not in this run left out)" if counts["gold_docs_not_in_run"] else ""))
    if args.open:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__.split("\n")[0] + " Grounded records from "
                                     "Chinese policy documents: goals, numeric targets, unit assignments.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="extract records from documents into a run directory")
    p.add_argument("paths", nargs="+", help="files or folders (.txt .html .docx .pdf)")
    p.add_argument("--out", required=True, help="run directory: records.jsonl and extract.db go here")
    _add_backend_flags(p)
    _add_workers_flag(p)
    p.add_argument("--force", action="store_true", help="re-extract documents that have not changed")
    p.add_argument("--max-mb", type=float, default=64, help="refuse files larger than this (default 64)")
    p.add_argument("--json", action="store_true", help="print the run summary as JSON")
    p.set_defaults(func=_cmd_run)

    e = sub.add_parser("eval", help="score predicted records against gold records")
    e.add_argument("--gold", nargs="+", required=True, help="gold JSONL files or folders of them (a folder's own *.jsonl, not its subfolders'); "
                   "a file named DOC.jsonl labels document DOC even when empty")
    e.add_argument("--docs", nargs="+", required=True, help="source documents (files or folders)")
    e.add_argument("--pred", help="predicted records.jsonl; without it the pipeline runs first with --backend")
    _add_backend_flags(e)
    _add_workers_flag(e)
    e.add_argument("--out", help="run directory when the pipeline runs (default runs/eval-BACKEND)")
    e.add_argument("--json", metavar="REPORT.json", help="also write the report as JSON")
    e.add_argument("--show-errors", action="store_true", help="list every false positive and false negative")
    e.add_argument("--baseline", help="baseline JSON: exit 1 if any F1 drops by more than 0.01")
    e.add_argument("--update-baseline", action="store_true", help="write the scores to --baseline instead")
    e.set_defaults(func=_cmd_eval)

    r = sub.add_parser("review", help="write one self-contained HTML page to check a run's records in their "
                       "source, diff them against gold, correct them and export the corrections as gold",
                       description="Writes one self-contained HTML page (works offline from file://). Reading view: "
                       "each document's text with every record highlighted, a record list by section, filters. "
                       "With --gold: true/false positives and false negatives coloured. Tick 'review mode' in the "
                       "page to accept, reject, edit or add records (select text, pick a type) and export them as "
                       "gold JSONL for `extract eval --gold`.")
    r.add_argument("--run", required=True, help="run directory (holds extract.db)")
    r.add_argument("--doc", action="append", help="only this document id (repeat for more)")
    r.add_argument("--gold", nargs="+", metavar="FILE", help="gold JSONL files or folders of them: colour records as true positives, "
                   "false positives and false negatives (the matching of `extract eval`)")
    r.add_argument("--out", help="the HTML file to write (default RUN/review.html)")
    r.add_argument("--json", action="store_true", help="print the page's path and the gold counts as JSON")
    r.add_argument("--open", action="store_true", help="open the page in the default browser")
    r.set_defaults(func=_cmd_review)

    # feature commands live beside their feature: each module has ``register(subparsers)``
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise  # a missing dependency inside the module is a real error
            continue
        module.register(sub)
    # -v before or after the command: ``extract -v run ...`` and ``extract run ... -v``
    _add_verbose(parser)
    _add_verbose_below(parser)
    return parser


def _add_verbose_below(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                _add_verbose(command, default=argparse.SUPPRESS)
                _add_verbose_below(command)


COMMAND_MODULES = ("extract.search.commands", "extract.llm.commands", "extract.models.commands",
                   "extract.learn_commands")


def _add_verbose(p: argparse.ArgumentParser, default=0) -> None:
    p.add_argument("-v", "--verbose", action="count", default=default,
                   help="also show debug lines, with the libraries' warnings (pypdf, transformers, ...); "
                        "-vv adds their info lines")


def main(argv: list[str] | None = None) -> int:
    from extract.logs import cli_logging

    args = build_parser().parse_args(argv)
    try:
        with cli_logging(args.verbose):
            return args.func(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``extract eval ... | head``): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
