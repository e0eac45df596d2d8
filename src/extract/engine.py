"""Engines: where the per-document work runs.

An engine maps a function over items and yields ``(item, result)`` pairs as they finish, in no
promised order. The function must be picklable (a module-level function or an instance of a
module-level class) and should turn its own errors into results; whatever it still raises, and a
worker process that dies while holding an item, comes back as ``Lost(reason)`` in place of that
item's result. Nothing else is lost: the other items go on.

* ``LocalEngine``: in this process, one item after another (``--workers 1``).
* ``ProcessEngine``: N worker processes, one item per worker at a time, forked by a ``forkserver``
  (``spawn`` where there is none).

Why ``forkserver`` (with the modules the work needs preloaded) and our own small pool rather than
``fork`` or ``concurrent.futures.ProcessPoolExecutor``:

* ``fork`` copies the driver, which may hold threads (tqdm's monitor, torch's pools, SQLite
  connections, the store's writer thread): a child can inherit a lock held by a thread that does not
  exist in it. A ``forkserver`` is a fresh, single-threaded interpreter started once (``spawn``-like):
  it imports the ``preload`` modules (the pipeline, the rules and their compiled patterns, numpy,
  ftfy, OpenCC: about 0.5 s of CPU), in parallel with the driver's own set-up, and then forks each
  worker from itself, already warm, in a few milliseconds. ``spawn`` pays that half second in every
  worker. The command line starts the server before it imports the pipeline itself (``prestart``).
  Linux and macOS both have a forkserver and take this same path (measured on Linux only);
  ``spawn`` where there is none. A worker gets the driver's working directory, ``sys.path`` and
  environment as they are when it starts (the environment is sent along: the server's own is the
  driver's at the time the server started), never the driver's live objects.
* Nothing outlives a killed driver: a worker watches the driver's sentinel (the pipe its start-up
  data came through) and exits, and the forkserver exits once the driver and every worker it forked
  are gone (each holds the write end of the server's "alive" pipe; the server stops at its end), as
  does the resource tracker. Checked with ``kill -9`` of a driver whose workers were busy, on
  CPython 3.11, 3.12 and 3.13: nothing was left 2 s later (``test_nothing_outlives_a_killed_driver``).
* ``ProcessPoolExecutor`` marks the whole pool broken when one worker dies, fails every pending
  future, and does not say which item the dead worker held. Here each worker has its own pipe and
  is sent at most two items at a time (the one it works on and the next, ``ITEMS_IN_HAND``), which it
  does in order, so the driver always knows which item each worker is working on: when a worker
  dies, exactly that item is ``Lost`` (with its exit code or signal), the next one it held is done
  by another, a fresh worker takes its place and the others never notice.

A third engine, ``extract.ray_engine.RayEngine`` (Ray tasks, on this machine or a cluster), has the
same ``map`` and ``close``; it is imported only when asked for (``make_engine(kind="ray")``).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import multiprocessing
import multiprocessing.connection
import multiprocessing.forkserver
import multiprocessing.util
import os
import signal
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
# what a worker of the pipeline (``extract.pipeline.DocWork`` with the rules) imports for its first document
RULES_PRELOAD = ("extract.pipeline", "extract.rules", "extract.logs", "numpy", "ftfy", "ftfy.badness", "opencc")
# items a worker holds at once: the one it works on and the next, so that it goes on without waiting for the driver to
# read its answer and send another (a pipe's round trip, and the driver's GIL shared with its store writer: 6-10 ms a
# document measured on a loaded machine, bench/README.md); a worker that dies loses only the first, the next is redone;
# the batch's last items (as many as there are workers, when ``map`` knows how many are left) go one at a time
ITEMS_IN_HAND = 2
MAX_START_FAILURES = 3  # workers that die before they can take any item: the engine gives up


@dataclass(frozen=True)
class Lost:
    """In place of an item's result: the function did not return one (``reason`` says why)."""

    reason: str


class EngineError(RuntimeError):
    """The engine itself cannot work (its worker processes die as they start)."""


class Engine(Protocol):
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | Lost]]:
        """Yield ``(item, fn(item))`` for every item, as each finishes."""
        ...

    def close(self) -> None:
        """Release the workers; the engine cannot be used afterwards."""
        ...


class LocalEngine:
    """In this process, in the order given: a live object in ``fn`` (an LLM client, its cache and
    usage counters) is used as it is."""

    def __init__(self, workers: int = 1) -> None:
        if workers != 1:
            raise ValueError("LocalEngine runs one item at a time (workers=1)")
        self.workers = 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | Lost]]:
        for item in items:
            try:
                result: R | Lost = fn(item)
            except Exception as exc:
                result = Lost(_raised(exc))
            yield item, result

    def close(self) -> None:
        pass

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _raised(exc: BaseException) -> str:
    return f"the work raised {type(exc).__name__}: {exc}"


def describe_exit(code: int | None) -> str:
    if code is None:
        return "unknown exit status"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if -code == getattr(signal, "SIGKILL", None) else ""
        return f"killed by {name}{hint}"
    return f"exit code {code}"


def prestart(preload: Iterable[str]) -> None:
    """Start the forkserver now with ``preload``, so that its imports overlap whatever this process
    does before it asks for workers (the command line: before it imports the pipeline itself). A
    forkserver this process already runs stays as it is; nothing to do with ``spawn``."""
    if START_METHOD == "forkserver":
        multiprocessing.get_context(START_METHOD).set_forkserver_preload(list(preload))
        multiprocessing.forkserver.ensure_running()


def release_forkserver() -> bool:
    """Let this process's forkserver end as soon as the workers it forked are gone, rather than once this process
    has exited: its own exit (an interpreter holding the pipeline and the rules, ~0.15-0.2 s to tear down) then
    overlaps the driver's last work instead of following it, and a caller that reads the command's output (a pipe,
    ``subprocess.run(..., capture_output=True)``) waits for the later of the two, not their sum. The server holds
    the driver's standard output and error, so the output ends only when it does.

    For a process that asks for no more workers (the command line, after its run): a later ``ProcessEngine``
    starts a new server. Closes this process's end of the server's "alive" pipe, as the standard library's own
    stop does, without waiting for it; the server, now nobody's to reuse, is reaped by a daemon thread. False where
    there is nothing to release (``spawn``, no server started, a Python whose forkserver lacks these internals)."""
    if START_METHOD != "forkserver":
        return False
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    lock = getattr(server, "_lock", None)
    if lock is None or not all(hasattr(server, a) for a in ("_forkserver_alive_fd", "_forkserver_pid",
                                                            "_forkserver_address")):
        return False
    with lock:
        fd, pid, address = server._forkserver_alive_fd, server._forkserver_pid, server._forkserver_address
        if fd is None or pid is None:
            return False
        server._forkserver_alive_fd = server._forkserver_pid = server._forkserver_address = None
        os.close(fd)  # the server stops once the workers (which hold the pipe's other copies) are gone too
    if address and isinstance(address, str) and not multiprocessing.util.is_abstract_socket_namespace(address):
        with contextlib.suppress(OSError):
            os.unlink(address)
    threading.Thread(target=_reap, args=(pid,), daemon=True, name="forkserver-reaper").start()
    return True


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, 0)


# -- worker side -------------------------------------------------------------------------------

def _worker_main(conn: multiprocessing.connection.Connection, fn: Callable[[Any], Any],
                 env: dict[str, str] | None = None) -> None:
    """One worker: say it is ready, then take ``(key, item)`` messages until ``None`` or the end of
    the pipe (the driver is gone), answering each with ``(key, result)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle: it ends the workers
    if env is not None and env != os.environ:  # forked by a server started earlier: the driver's environment now
        os.environ.clear()
        os.environ.update(env)
    parent = multiprocessing.parent_process()
    if parent is not None:  # a driver killed mid-item: stop now rather than finish work nobody will read
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True, name="parent-watch").start()
    _pace_collector()
    try:
        conn.send(("ready", os.getpid()))
        while True:
            msg = conn.recv()
            if msg is None:
                return
            key, item = msg
            try:
                result = fn(item)
            except Exception as exc:
                result = Lost(_raised(exc))
            try:
                conn.send((key, result))
            except (OSError, EOFError):
                raise
            except Exception as exc:  # the result cannot be pickled (nothing was written yet)
                conn.send((key, Lost(f"its result cannot be sent back: {type(exc).__name__}: {exc}")))
    except (EOFError, OSError):
        return  # the driver closed the pipe or died: nothing to answer to


# young objects a worker's cyclic garbage collector lets pile up before it looks (Python's default: 700), as the
# serial run's document loop does (``pipeline._paced_collector``): an item makes many short-lived objects that
# reference counting frees, and each look walks the ones still alive
WORKER_GC_YOUNG = 20_000


def _pace_collector() -> None:
    """A worker's collector paced for its items: what the worker holds before its first item (modules, compiled
    patterns) frozen out of the collector's walks, its young generation looked at every ``WORKER_GC_YOUNG``
    objects. A worker lives for its items only, so nothing is undone; a collector switched off stays off."""
    gc.freeze()
    young, *older = gc.get_threshold()
    if young:
        gc.set_threshold(max(young, WORKER_GC_YOUNG), *older)


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


# -- driver side -------------------------------------------------------------------------------

class _Worker:
    def __init__(self, ctx: Any, fn: Callable[[Any], Any]) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, fn, dict(os.environ)), daemon=True,
                                name="extract-worker")
        with _sigint_ignored():  # inherited through exec: Ctrl-C while it starts prints nothing from it
            self.proc.start()
        child.close()  # the worker holds the only other end: its death is the pipe's end
        self.conn = parent
        self.fn = fn
        self.pid: int | None = None  # from its "ready" message: it has started
        self.keys: collections.deque[int] = collections.deque()  # the items it holds, in the order sent (it does
        # them in that order: the first is the one it is working on)

    def ask_to_stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass

    def stop(self, timeout: float = 5.0) -> None:
        self.ask_to_stop()
        self.proc.join(timeout)
        self.kill()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(2)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join(2)
        self.conn.close()


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class ProcessEngine:
    """``workers`` processes, each working on one item with its next one sent ahead (``depth``). Workers start as the first items come and stay
    for later ``map`` calls with the same ``fn`` until ``close``. ``preload``: modules the forkserver
    imports before it forks the first worker (the modules ``fn`` needs; ignored by ``spawn``, and by a
    forkserver this process already runs)."""

    def __init__(self, workers: int, preload: Iterable[str] = (), depth: int = ITEMS_IN_HAND) -> None:
        if workers < 1 or depth < 1:
            raise ValueError("workers and depth must be at least 1")
        self.workers = workers
        self.depth = depth  # items in a worker's hands at once (``ITEMS_IN_HAND``)
        self._ctx = multiprocessing.get_context(START_METHOD)
        if START_METHOD == "forkserver" and preload:
            self._ctx.set_forkserver_preload(list(preload))
        self._idle: list[_Worker] = []
        self._busy: list[_Worker] = []
        self._retired: list[_Worker] = []  # asked to stop by ``retire``, reaped by ``close``

    def start(self, fn: Callable[[Any], Any]) -> None:
        """Start the workers for ``fn`` now, before any item: their start-up (a fresh interpreter, its
        imports) overlaps the caller's own set-up, and ``map(fn, ...)`` takes them as its idle workers."""
        while len(self._idle) < self.workers:
            self._idle.append(_Worker(self._ctx, fn))

    def retire(self) -> None:
        """Ask the idle workers to stop now without waiting for them (``close`` reaps them), so their
        exit overlaps the caller's last work; a later ``map`` starts fresh ones."""
        for worker in self._idle:
            worker.ask_to_stop()
        self._retired.extend(self._idle)
        self._idle = []

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | Lost]]:
        idle: list[_Worker] = []
        for w in self._idle:
            if w.fn is fn and w.proc.is_alive():
                idle.append(w)
            else:
                w.stop()
        self._idle = []
        source = iter(enumerate(items))
        left = len(items) if hasattr(items, "__len__") else None  # items not yet taken from ``source``, if known
        retry: collections.deque[tuple[int, T]] = collections.deque()  # not taken by a worker that died
        held: dict[int, T] = {}  # key -> item, for the items in the workers' hands
        busy = self._busy  # close() ends them if the caller leaves without finishing the map
        start_failures = 0

        def start_failed(worker: _Worker) -> None:
            nonlocal start_failures
            start_failures += 1
            if start_failures >= MAX_START_FAILURES:
                raise EngineError(f"worker processes die as they start ({describe_exit(worker.proc.exitcode)}); "
                                  "see the error above")

        done: list[tuple[T, R | Lost]] = []  # finished, handed out once their workers have new items
        try:
            while True:
                while True:  # every free slot gets an item: idle workers first, then new ones, then a next item
                    # to each busy worker (it takes it up as soon as it has sent its answer, without waiting for
                    # this process to read the answer and send another: ``ITEMS_IN_HAND``)
                    if len(busy) < self.workers:
                        worker = None
                    else:
                        worker = min(busy, key=lambda w: len(w.keys))
                        if len(worker.keys) >= self.depth:
                            break
                        if left is not None and left + len(retry) <= self.workers:
                            break  # the batch's last items go one at a time: none waits behind another's long one
                    if retry:
                        nxt = retry.popleft()
                    else:
                        nxt = next(source, None)
                        if nxt is not None and left is not None:
                            left -= 1
                    if nxt is None:
                        break
                    if worker is None:
                        worker = idle.pop() if idle else _Worker(self._ctx, fn)
                    try:
                        worker.conn.send(nxt)
                    except (OSError, ValueError):  # it died since its last answer: another takes the item
                        retry.appendleft(nxt)
                        if worker.keys:  # what it held comes back as its death is seen below
                            break
                        worker.kill()
                        if worker.pid is None:
                            start_failed(worker)
                        continue
                    held[nxt[0]] = nxt[1]
                    if not worker.keys:
                        busy.append(worker)
                    worker.keys.append(nxt[0])
                while done:  # the workers already have their next items while the caller deals with these
                    yield done.pop(0)
                if not busy:
                    break
                ready = set(multiprocessing.connection.wait([w.conn for w in busy] + [w.proc.sentinel for w in busy]))
                for worker in [w for w in busy if w.conn in ready or w.proc.sentinel in ready]:
                    answer, gone = None, worker.proc.sentinel in ready
                    try:
                        while answer is None and worker.conn.poll():
                            msg = worker.conn.recv()
                            if msg[0] == "ready":
                                worker.pid = msg[1]
                                start_failures = 0
                            else:
                                answer = msg
                    except (EOFError, OSError):
                        gone = True
                    if answer is not None:
                        key, result = answer
                        worker.keys.remove(key)  # (the first it held: it does them in order)
                        if not worker.keys:
                            busy.remove(worker)
                            (idle.append(worker) if worker.proc.is_alive() else worker.kill())
                        done.append((held.pop(key), result))
                    elif gone:
                        worker.proc.join(5)
                        busy.remove(worker)
                        worker.kill()
                        keys, worker.keys = list(worker.keys), collections.deque()
                        # the items it had not begun are not theirs to lose: another worker takes them
                        retry.extendleft((k, held.pop(k)) for k in reversed(keys[1:]))
                        key = keys[0]
                        if worker.pid is None:  # died before it could take anything: not the item's fault
                            retry.appendleft((key, held.pop(key)))
                            start_failed(worker)
                            continue
                        done.append((held.pop(key), Lost(f"its worker process (pid {worker.pid}) died while working "
                                                         f"on it: {describe_exit(worker.proc.exitcode)}")))
        finally:
            for worker in busy:  # left early (an error, Ctrl-C, the caller stopped): their work is unwanted
                worker.kill()
            busy.clear()
            self._idle = [w for w in idle if w.proc.is_alive()]

    def close(self) -> None:
        for worker in self._busy:
            worker.kill()
        self._busy.clear()
        for worker in self._idle:
            worker.ask_to_stop()
        for worker in self._retired + self._idle:
            worker.stop()
        self._idle, self._retired = [], []

    def __enter__(self) -> "ProcessEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


ENGINES = ("local", "ray")


def make_engine(workers: int | None, kind: str = "local", **options: Any) -> Engine:
    """``kind="local"``: ``LocalEngine`` for one worker, else ``ProcessEngine`` (``options``: its
    ``preload``). ``kind="ray"``:
    ``RayEngine`` (``workers`` None: the cluster's CPUs; ``options``: its keyword arguments, e.g.
    ``address``)."""
    if kind == "ray":
        from extract.ray_engine import RayEngine

        return RayEngine(workers, **options)
    if kind != "local":
        raise ValueError(f"unknown engine {kind!r}; choose one of: {', '.join(ENGINES)}")
    workers = workers or 1
    return LocalEngine() if workers <= 1 else ProcessEngine(workers, **options)
