"""One structured call to an OpenAI-compatible server: prompts in, a validated model out.

Transport faults (429, 5xx, timeouts, connection resets) are retried with exponential backoff
(``tenacity``); a reply that fails validation is re-asked by ``instructor`` within a bounded
budget. A call that still fails returns ``None`` with its error: the caller records it and the
next run retries it (failures are never cached). Every call goes into the ledger.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from typing import TypeVar

from pydantic import BaseModel

from extract.errors import UserError
from extract.llm.cache import ResponseCache, Usage, cache_key
from extract.llm.config import LLMConfig
from extract.llm.prompts import PROMPT_VERSIONS
from extract.llm.schemas import RESPONSE_SCHEMA_VERSION

M = TypeVar("M", bound=BaseModel)
# instructor logs every failed attempt at ERROR; the ledger records them, and under the CLI its lines
# go to the debug log (``-v``, see ``extract.logs``), so the terminal stays clean


class LLMUnavailable(UserError):
    """The server cannot be reached or refuses us: a one-line error naming the URL and the fix."""


def _transient(exc: BaseException) -> bool:
    """429, 5xx, timeouts and connection faults, also when instructor wrapped them (its retry
    exception chains the transport error as its cause)."""
    import openai

    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, (openai.RateLimitError, openai.APITimeoutError, openai.APIConnectionError,
                            openai.InternalServerError)):
            return True
        if isinstance(exc, openai.APIStatusError) and exc.status_code >= 500:
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _root(exc: BaseException) -> BaseException:
    """The transport error under instructor's wrapper, if there is one."""
    import openai

    cur: BaseException | None = exc
    for _ in range(8):
        if cur is None:
            break
        if isinstance(cur, openai.OpenAIError):
            return cur
        cur = cur.__cause__ or cur.__context__
    return exc


class StructuredClient:
    """``cache``: anything with ``get``/``put``/``log``/``close`` (a local ``ResponseCache`` by default;
    under Ray, one shared by every worker). ``gate``: a context manager factory held around each
    call's requests (under Ray, a slot of the run's ``--concurrency``, shared by every document)."""

    def __init__(self, config: LLMConfig, cache: ResponseCache | None = None, gate=None) -> None:
        import instructor
        import openai

        self.config = config
        self.raw = openai.OpenAI(base_url=config.base_url, api_key=config.key(), timeout=config.timeout,
                                 max_retries=0)
        mode = {"json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON, "tools": instructor.Mode.TOOLS}
        self.client = instructor.from_openai(self.raw, mode=mode[config.mode])
        self.cache = cache or ResponseCache()
        self.gate = gate
        self.usage = Usage()
        self._lock = threading.Lock()

    # -- preflight ---------------------------------------------------------------------------
    def check(self, timeout: float = 15.0) -> list[str]:
        """List the server's models, or raise ``LLMUnavailable`` within ``timeout`` seconds."""
        import openai

        url = self.config.base_url
        try:
            models = self.raw.with_options(timeout=timeout, max_retries=0).models.list()
            return [m.id for m in models.data]
        except openai.AuthenticationError as exc:
            raise LLMUnavailable(f"the LLM server at {url} refused the API key ({exc.status_code}): "
                                 "set EXTRACT_LLM_API_KEY") from exc
        except openai.APITimeoutError as exc:
            raise LLMUnavailable(f"the LLM server at {url} did not answer /models within {timeout:.0f}s: it is busy "
                                 "or stuck; wait for it or restart it (`extract llm serve`)") from exc
        except openai.APIConnectionError as exc:
            raise LLMUnavailable(f"cannot reach the LLM server at {url} ({type(exc).__name__}): start one with "
                                 "`extract llm serve`, or set EXTRACT_LLM_BASE_URL") from exc
        except openai.APIStatusError as exc:
            raise LLMUnavailable(f"the LLM server at {url} answered HTTP {exc.status_code} to /models: "
                                 "check EXTRACT_LLM_BASE_URL (it usually ends in /v1)") from exc

    # -- one call ----------------------------------------------------------------------------
    def call(self, task: str, messages: list[dict], response_model: type[M]) -> tuple[M | None, str | None]:
        from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential, wait_random

        cfg = self.config
        key = cache_key(PROMPT_VERSIONS[task], RESPONSE_SCHEMA_VERSION, messages, cfg.params())
        hit = self.cache.get(key)
        if hit is not None:
            try:
                obj = response_model.model_validate_json(hit)
                with self._lock:
                    self.usage.cached += 1
                self.cache.log(key, task, cfg.model, "ok", True, 0, 0, 0.0, 0, None)
                return obj, None
            except ValueError:
                pass  # a stale entry that no longer validates: ask again
        t0 = time.time()
        attempts = 0
        tokens_in = tokens_out = 0
        error: str | None = None
        obj = None
        try:
            with self.gate() if self.gate is not None else contextlib.nullcontext():
                for attempt in Retrying(stop=stop_after_attempt(cfg.retries + 1), reraise=True,
                                        wait=wait_exponential(multiplier=cfg.backoff, max=20) + wait_random(0, cfg.backoff),
                                        retry=retry_if_exception(_transient)):
                    with attempt:
                        attempts += 1
                        obj, completion = self.client.chat.completions.create_with_completion(
                            model=cfg.model, messages=messages, response_model=response_model,
                            max_retries=cfg.reask + 1,  # instructor counts attempts, not re-asks
                            temperature=cfg.temperature, max_tokens=cfg.max_tokens)
                        usage = getattr(completion, "usage", None)
                        if usage is not None:
                            tokens_in += usage.prompt_tokens or 0
                            tokens_out += usage.completion_tokens or 0
        except Exception as exc:  # recorded, reported and retried next run; never sinks the document
            root = _root(exc)
            error = f"{type(root).__name__}: {str(root)[:300]}"
            obj = None
        latency = time.time() - t0
        with self._lock:
            self.usage.calls += 1
            self.usage.attempts += attempts
            self.usage.tokens_in += tokens_in
            self.usage.tokens_out += tokens_out
            self.usage.seconds += latency
            if obj is None:
                self.usage.failed += 1
                self.usage.errors.append(f"{task}: {error}")
        if obj is not None:
            self.cache.put(key, PROMPT_VERSIONS[task], RESPONSE_SCHEMA_VERSION, cfg.model,
                           obj.model_dump_json())
        self.cache.log(key, task, cfg.model, "ok" if obj is not None else "failed", False, tokens_in, tokens_out,
                       latency, attempts, error)
        return obj, error

    def close(self) -> None:
        self.cache.close()


def dumps(obj: BaseModel) -> str:
    return json.dumps(obj.model_dump(mode="json"), ensure_ascii=False)
