"""``extract.alloc``: the allocator's thresholds, set once per process, and the way to leave them."""

import os
import subprocess
import sys

from extract.alloc import keep_freed_memory

CHECK = "from extract.alloc import keep_freed_memory as k; print(k(), k())"


def _run(env_value: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "EXTRACT_MALLOPT"}
    if env_value is not None:
        env["EXTRACT_MALLOPT"] = env_value
    return subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_set_once_and_the_same_answer_after():
    first = keep_freed_memory()
    assert keep_freed_memory() is first
    glibc = "CS_GNU_LIBC_VERSION" in getattr(os, "confstr_names", {}) and \
        (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    if sys.platform.startswith("linux") and glibc:
        assert _run(None) == "True True"


def test_left_alone_when_disabled():
    assert _run("0") == "False False"
