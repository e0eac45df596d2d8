"""The Ray engine: the per-document work as Ray tasks, on this machine or on a cluster.

``RayEngine`` implements the same two methods as the engines of ``extract.engine`` (``map`` and
``close``), so the driver loop of ``extract.pipeline.run`` (fingerprints, store writes, outcomes,
progress) is the same code for every engine. Only this module imports ``ray``, and only when a
``RayEngine`` (or a ``RayEmbedPool``) is made: ``import extract`` never does.

Why tasks, not Ray Data: a document is one unit of work whose result (its records) must come back
to the driver, which alone writes the store. ``ray.remote`` tasks with ``ray.wait`` do exactly that:
each task holds one document, results come back as they finish, and Ray's task retries
(``max_retries``) re-run a document whose worker process died. Ray Data would add a dataset layer
(and pyarrow/pandas) to stream rows that the driver then has to take back one by one anyway, and
its retries and error reporting are per block, not per document.

* Documents are read where they are: a task gets the path, not the bytes, and reads the file on
  the node that runs it (on a cluster the paths must be visible on every node, e.g. a shared
  folder; a relative path is taken from the driver's working directory).
* At most ``workers`` documents are in flight; a finished one frees its slot for the next.
* A document whose worker process dies (killed, out of memory, a node lost) is tried again on
  another worker, up to ``max_retries`` times; after that it comes back as ``Lost`` with the reason,
  as with ``ProcessEngine``.
* The work function is put in the object store once per ``map``; each worker process keeps the
  first copy it receives (so an extractor, a model, an LLM client is built once per worker).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from typing import Any, Callable, Iterable, Iterator, TypeVar

from extract.engine import Lost, _raised
from extract.errors import UserError

T = TypeVar("T")
R = TypeVar("R")

RAY_EXTRA = "pip install 'extract[ray]'"
DEFAULT_RETRIES = 3  # tries after the first when a worker process dies holding a document
LOCAL_OBJECT_STORE = 256 * 2**20  # a local instance started here: records are small, the store need not be
LOCAL_HOST = "127.0.0.1"


class RayUnavailable(UserError):
    """Ray is not installed, or the cluster cannot be reached, or its workers cannot run extract."""


def import_ray():
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(f"--engine ray needs Ray: {RAY_EXTRA}") from exc
    return ray


def _ray_log_level() -> int:
    """Ray's own lines (``Started a local Ray instance``): only with ``-v`` under the command line."""
    from extract import logs

    verbose = logs.cli_verbosity()
    if verbose is None:
        return logging.INFO
    return logging.INFO if verbose >= 2 else logging.WARNING if verbose else logging.ERROR


def connect(address: str | None = None, num_cpus: int | None = None, runtime_env: dict | None = None) -> bool:
    """Join the cluster at ``address`` (``auto``: the one started on this machine with ``ray start``;
    ``ray://HOST:10001``: a remote one through Ray Client), or, without an address and without
    ``RAY_ADDRESS``, start a local instance for this process. Returns True when this call started
    or joined Ray (the caller then shuts it down), False when Ray was already initialised."""
    ray = import_ray()
    if ray.is_initialized():
        return False
    from extract import logs

    verbose = logs.cli_verbosity()
    kwargs: dict[str, Any] = {"logging_level": _ray_log_level(), "log_to_driver": verbose is None or verbose > 0}
    if runtime_env:
        kwargs["runtime_env"] = runtime_env
    address = address or os.environ.get("RAY_ADDRESS") or None
    try:
        if address:  # a cluster on this machine's loopback address is joined there, not on its network address
            with loopback_only() if _on_loopback(address) else contextlib.nullcontext():
                ray.init(address=address, **kwargs)
        else:  # a private instance on this machine only (loopback), small object store, no dashboard
            with loopback_only():
                ray.init(address="local", num_cpus=num_cpus, object_store_memory=LOCAL_OBJECT_STORE,
                         include_dashboard=False,
                         _node_ip_address=LOCAL_HOST, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise RayUnavailable(f"cannot start or reach {where}: {exc} (start one with `ray start --head "
                             f"--node-ip-address {LOCAL_HOST}` and pass --ray-address auto, or leave "
                             "--ray-address out to start a private one)") from exc
    return True


LOOPBACK_ENV = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"


@contextlib.contextmanager
def loopback_only() -> Iterator[None]:
    """While a private instance starts: its processes listen and talk on 127.0.0.1 only.

    On Linux Ray replaces a loopback ``node_ip_address`` by the machine's network address (so that
    other nodes could join); with ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`` it keeps the loopback one,
    as it does on a laptop. Set for the processes started here (they inherit it), restored after.
    """
    import ray._private.ray_constants as constants

    was_env, was_flag = os.environ.get(LOOPBACK_ENV), constants.ENABLE_RAY_CLUSTER
    os.environ[LOOPBACK_ENV] = "0"
    constants.ENABLE_RAY_CLUSTER = False
    try:
        yield
    finally:
        constants.ENABLE_RAY_CLUSTER = was_flag
        if was_env is None:
            os.environ.pop(LOOPBACK_ENV, None)
        else:
            os.environ[LOOPBACK_ENV] = was_env


def _on_loopback(address: str) -> bool:
    """Whether ``address`` (``auto``: the cluster ``ray start`` recorded on this machine) is 127.x."""
    try:
        from ray._private import services

        if address == "auto":
            address = services.get_ray_address_from_environment("auto", None) or ""
        if address.startswith("ray://"):
            return False  # Ray Client: a plain gRPC connection, no node of ours joins
        parsed = services.parse_address(address)
        return bool(parsed) and services.is_localhost(parsed[0])
    except Exception:
        return False


def cluster_cpus() -> int:
    ray = import_ray()
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


# -- worker side -------------------------------------------------------------------------------

_FNS: dict[str, Callable[[Any], Any]] = {}  # map token -> the work function, one copy per worker process


def _worker_fn(token: str, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    held = _FNS.get(token)
    if held is None:
        if len(_FNS) >= 4:  # an old map's function: let it go
            _FNS.pop(next(iter(_FNS)))
        held = _FNS[token] = fn
    return held


def _enter(cwd: str) -> None:
    """Relative paths mean what they meant to the driver, where that folder exists on this node."""
    if cwd and os.getcwd() != cwd and os.path.isdir(cwd):
        os.chdir(cwd)


def _run_one(token: str, fn: Callable[[Any], Any], cwd: str, item: Any) -> Any:
    _enter(cwd)
    try:
        return _worker_fn(token, fn)(item)
    except Exception as exc:  # the function should not raise; whatever it does comes back as Lost
        return Lost(_raised(exc))


def _probe() -> str:
    import extract

    return os.path.dirname(extract.__file__ or "")


# -- driver side -------------------------------------------------------------------------------

class RayEngine:
    """``map(fn, items)`` as Ray tasks, at most ``workers`` in flight (default: the cluster's CPUs,
    divided by ``task_cpus``). ``address``: see ``connect``. A Ray already initialised in this
    process is used as it is and left running by ``close``."""

    def __init__(self, workers: int | None = None, address: str | None = None, *,
                 max_retries: int = DEFAULT_RETRIES, task_cpus: float = 1.0, num_cpus: int | None = None,
                 runtime_env: dict | None = None) -> None:
        self._ray = import_ray()
        self._own = connect(address, num_cpus=num_cpus, runtime_env=runtime_env)
        self.max_retries = max_retries
        self.task_cpus = task_cpus
        try:
            self.workers = workers or max(1, int(cluster_cpus() / task_cpus))
            self._remote = self._ray.remote(_run_one).options(num_cpus=task_cpus, max_retries=max_retries,
                                                               retry_exceptions=False)
            self._check_workers()
        except BaseException:
            self.close()
            raise
        self._pending: list = []
        self._services: list = []

    def _check_workers(self) -> None:
        """One tiny task first: a cluster whose workers cannot import extract is one clear error."""
        ray = self._ray
        try:
            ray.get(ray.remote(_probe).options(num_cpus=0, max_retries=0).remote(), timeout=120)
        except Exception as exc:
            raise RayUnavailable(f"the Ray workers cannot run extract ({type(exc).__name__}: "
                                 f"{str(exc).strip().splitlines()[-1] if str(exc).strip() else ''}); install it "
                                 f"on every node of the cluster ({RAY_EXTRA}) in the same Python") from exc

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | Lost]]:
        ray = self._ray
        token = uuid.uuid4().hex
        fn_ref = ray.put(fn)
        cwd = os.getcwd()
        source = iter(items)
        held: dict[Any, T] = {}  # object ref -> item
        pending = self._pending
        try:
            while True:
                while len(pending) < self.workers:
                    nxt = next(source, _END)
                    if nxt is _END:
                        break
                    ref = self._remote.remote(token, fn_ref, cwd, nxt)
                    held[ref] = nxt
                    pending.append(ref)
                if not pending:
                    break
                ready, _ = ray.wait(pending, num_returns=1)
                for ref in ready:
                    pending.remove(ref)
                    item = held.pop(ref)
                    yield item, self._result(ref)
        finally:
            for ref in pending:  # left early (an error, Ctrl-C, a fatal result): the rest is unwanted
                try:
                    ray.cancel(ref, force=True)
                except Exception:
                    pass
            pending.clear()
            del fn_ref

    def _result(self, ref) -> Any:
        ray = self._ray
        try:
            return ray.get(ref)
        except ray.exceptions.RayTaskError as exc:  # raised outside the function (it cannot be unpickled)
            cause = exc.cause if getattr(exc, "cause", None) is not None else exc
            return Lost(f"its Ray task failed: {type(cause).__name__}: {str(cause).strip().splitlines()[-1:]}")
        except (ray.exceptions.WorkerCrashedError, ray.exceptions.NodeDiedError,
                ray.exceptions.OutOfMemoryError, ray.exceptions.ActorDiedError,
                ray.exceptions.ObjectLostError, ray.exceptions.LocalRayletDiedError) as exc:
            return Lost(f"its Ray worker died while working on it, {self.max_retries + 1} times "
                        f"({type(exc).__name__})")
        except ray.exceptions.TaskCancelledError:
            return Lost("its Ray task was cancelled")
        except ray.exceptions.RayError as exc:
            return Lost(f"Ray lost it: {type(exc).__name__}: {str(exc).strip()[:300]}")

    def share_llm(self, config: Any) -> "SharedLLM":
        """The LLM cache, ledger and ``config.concurrency`` for every document of the run (see
        ``SharedLLM``); the pipeline asks for it for the hybrid and llm backends."""
        shared = share_llm(config)
        self._services.append(shared.service)
        return shared

    def close(self) -> None:
        ray = self._ray
        for service in getattr(self, "_services", []):
            try:
                ray.kill(service)
            except Exception:
                pass
        self._services = []
        for ref in getattr(self, "_pending", []):
            try:
                ray.cancel(ref, force=True)
            except Exception:
                pass
        if self._own and ray.is_initialized():
            ray.shutdown()
        self._own = False

    def __enter__(self) -> "RayEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_END = object()


# -- embedding in a pool of actors (``extract index --engine ray``) ------------------------------

EMBED_ENV = ("EXTRACT_EMBED_MODEL", "EXTRACT_EMBED_DIM", "EXTRACT_EMBED_THREADS", "EXTRACT_MODEL_CACHE")


class _EmbedActor:
    """One model, loaded once (on its first batch) and kept for every batch this actor is given."""

    def __init__(self, env: dict[str, str]) -> None:
        os.environ.update(env)
        from extract.embed import embedder_from_env

        self.embedder = embedder_from_env(progress=False)

    def name(self) -> str:
        return self.embedder.name

    def embed(self, texts: list[str], kind: str) -> tuple[Any, float]:
        before = getattr(self.embedder, "load_seconds", None)
        vecs = self.embedder.embed_batch(texts, kind=kind)  # normalised by the caller, as for a local embedder
        after = getattr(self.embedder, "load_seconds", None)
        return vecs, (after or 0.0) if before is None else 0.0  # the model load this batch paid for


def batches_by_length(texts: list[str], max_chars: int, max_texts: int) -> list[tuple[int, int]]:
    """``(start, end)`` slices of ``texts`` (sorted by length, shortest first) holding at most
    ``max_chars`` characters and ``max_texts`` texts each (a longer text is a batch of its own):
    short texts go many to a batch, long ones few, so every batch costs about the same and pads little."""
    out: list[tuple[int, int]] = []
    start, chars = 0, 0
    for i, t in enumerate(texts):
        n = max(1, len(t))
        if i > start and (chars + n > max_chars or i - start >= max_texts):
            out.append((start, i))
            start, chars = i, 0
        chars += n
    if start < len(texts):
        out.append((start, len(texts)))
    return out


class RayEmbedPool:
    """Embed texts in ``actors`` Ray actors (default: one per CPU of the cluster), each holding the
    model named by this process's ``EXTRACT_EMBED_*`` settings. ``embed`` yields each batch's
    vectors as it finishes; the caller (the driver) writes them and builds the faiss index.

    An actor whose process dies is restarted (it loads the model again) and its batch retried.
    Nothing starts until there is something to embed (``check``)."""

    def __init__(self, actors: int | None = None, address: str | None = None, *, max_chars: int = 6000,
                 max_texts: int = 64, actor_cpus: float = 1.0, max_restarts: int = 2) -> None:
        self._ray = import_ray()
        self.address, self.n_actors, self.actor_cpus, self.max_restarts = address, actors, actor_cpus, max_restarts
        self.max_chars, self.max_texts = max_chars, max_texts
        self.load_seconds = 0.0  # Ray's start and the actors' model load (the slowest actor's)
        self.start_seconds = 0.0
        self._own = False
        self.actors: list = []
        self.names: set[str] = set()

    def _start(self) -> None:
        if self.actors:
            return
        t0 = time.time()
        self._own = connect(self.address)
        try:
            n = self.n_actors or max(1, int(cluster_cpus() / self.actor_cpus))
            env = {k: os.environ[k] for k in EMBED_ENV if k in os.environ}
            env.setdefault("EXTRACT_EMBED_THREADS", str(max(1, int(self.actor_cpus))))  # its share, not 'auto'
            cls = self._ray.remote(_EmbedActor).options(num_cpus=self.actor_cpus, max_restarts=self.max_restarts,
                                                        max_task_retries=self.max_restarts)
            self.actors = [cls.remote(env) for _ in range(n)]
            self.names = set(self._ray.get([a.name.remote() for a in self.actors]))
            self.start_seconds = time.time() - t0
        except BaseException:
            self.close()
            raise

    def check(self, name: str) -> None:
        """Start the actors; their model must be the one this process names."""
        self._start()
        if self.names != {name}:
            raise UserError(f"the Ray actors embed with {', '.join(sorted(self.names))}, this process with {name}: "
                            "give the cluster the same EXTRACT_EMBED_MODEL")

    def embed(self, texts: list[str], kind: str = "document") -> Iterator[tuple[int, int, Any]]:
        """``(start, end, vectors)`` for the batches of ``texts`` (sorted by length), as they finish."""
        ray = self._ray
        self._start()
        todo = iter(batches_by_length(texts, self.max_chars, self.max_texts))
        pending: dict[Any, tuple[int, int]] = {}
        load: dict[int, float] = {}
        queue = {i: 0 for i in range(len(self.actors))}  # batches in each actor's hands (two: no idle gap)
        owner: dict[Any, int] = {}
        try:
            while True:
                for i in queue:
                    while queue[i] < 2:
                        nxt = next(todo, None)
                        if nxt is None:
                            break
                        ref = self.actors[i].embed.remote(texts[nxt[0]:nxt[1]], kind)
                        pending[ref], owner[ref] = nxt, i
                        queue[i] += 1
                if not pending:
                    break
                ready, _ = ray.wait(list(pending), num_returns=1)
                for ref in ready:
                    start, end = pending.pop(ref)
                    i = owner.pop(ref)
                    queue[i] -= 1
                    vecs, seconds = ray.get(ref)
                    load[i] = load.get(i, 0.0) + seconds
                    yield start, end, vecs
        finally:
            for ref in pending:
                try:
                    ray.cancel(ref)
                except Exception:
                    pass
            self.load_seconds = self.start_seconds + max(load.values(), default=0.0)

    def close(self) -> None:
        ray = self._ray
        for actor in getattr(self, "actors", []):
            try:
                ray.kill(actor)
            except Exception:
                pass
        self.actors = []
        if self._own and ray.is_initialized():
            ray.shutdown()
        self._own = False

    def __enter__(self) -> "RayEmbedPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- LLM backends under Ray: one cache and ledger, one --concurrency for the whole run ---------------

class _LLMService:
    """An async actor on the driver's node: the run's LLM response cache and call ledger (one SQLite
    connection, so every worker's rows land once, in the order they come) and its ``--concurrency``
    (a semaphore whose slots every document's calls share). A slot whose holder died is given back
    after ``lease_seconds``."""

    def __init__(self, cache_path: str, concurrency: int, lease_seconds: float) -> None:
        import asyncio
        from pathlib import Path

        from extract.llm.cache import ResponseCache

        self.cache = ResponseCache(Path(cache_path))
        self.sem = asyncio.Semaphore(concurrency)
        self.lease_seconds = lease_seconds
        self.leases: dict[str, Any] = {}
        self.peak = 0

    async def acquire(self) -> str:
        import asyncio

        await self.sem.acquire()
        token = uuid.uuid4().hex
        self.leases[token] = asyncio.get_running_loop().call_later(self.lease_seconds, self._free, token)
        self.peak = max(self.peak, len(self.leases))
        return token

    def _free(self, token: str) -> None:
        handle = self.leases.pop(token, None)
        if handle is not None:
            handle.cancel()
            self.sem.release()

    async def release(self, token: str) -> None:
        self._free(token)

    async def get(self, key: str) -> str | None:
        return self.cache.get(key)

    async def put(self, *args: Any) -> None:
        self.cache.put(*args)

    async def log(self, *args: Any) -> None:
        self.cache.log(*args)

    async def stats(self) -> dict:
        return {"peak_in_flight": self.peak, "in_flight": len(self.leases)}


class SharedCache:
    """In a worker: the ``ResponseCache`` interface, answered by the run's ``_LLMService``."""

    def __init__(self, service: Any) -> None:
        self.service = service

    def get(self, key: str) -> str | None:
        import ray

        return ray.get(self.service.get.remote(key))

    def put(self, *args: Any) -> None:
        import ray

        ray.get(self.service.put.remote(*args))  # stored before the call counts as done

    def log(self, *args: Any, **kwargs: Any) -> None:
        import ray

        ray.get(self.service.log.remote(*args, **kwargs))

    def close(self) -> None:
        pass


class SharedLLM:
    """Picklable: handed to the workers with the work function; ``client(config)`` there gives a
    ``StructuredClient`` whose cache, ledger and concurrency are the run's."""

    def __init__(self, service: Any) -> None:
        self.service = service

    @contextlib.contextmanager
    def slot(self) -> Iterator[None]:
        import ray

        token = ray.get(self.service.acquire.remote())
        try:
            yield
        finally:
            self.service.release.remote(token)

    def client(self, config: Any) -> Any:
        from extract.llm.client import StructuredClient

        return StructuredClient(config, cache=SharedCache(self.service), gate=self.slot)

    def stats(self) -> dict:
        import ray

        return ray.get(self.service.stats.remote())


def share_llm(config: Any) -> SharedLLM:
    """Start the run's ``_LLMService`` on this (the driver's) node, over the cache file this process
    would use (``config.cache_dir``, else ``$EXTRACT_CACHE_DIR``, else ``~/.cache/extract``)."""
    ray = import_ray()
    from pathlib import Path

    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    from extract.llm.cache import default_cache_dir

    path = (Path(config.cache_dir).expanduser() if config.cache_dir else default_cache_dir()) / "llm-cache.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    lease = config.timeout * (config.retries + 1) * (config.reask + 1) + 60.0
    here = ray.get_runtime_context().get_node_id()
    service = ray.remote(_LLMService).options(
        num_cpus=0, max_concurrency=1000,
        scheduling_strategy=NodeAffinitySchedulingStrategy(here, soft=True),
    ).remote(str(path.resolve()), config.concurrency, lease)
    ray.get(service.stats.remote())  # started (its errors surface here, not in a worker)
    return SharedLLM(service)
