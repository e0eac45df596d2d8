"""The C allocator's settings for the pipeline's work (glibc, Linux).

glibc serves every allocation above 128 kB with a fresh ``mmap`` and unmaps it when it is freed, and
trims the heap's free top back to the system: the next such allocation starts on new pages, and every
first touch of a page is a page fault (~3 us a 4 kB page on this VM). The pipeline makes several such
blocks per document (an offset map of a 16,000-character text is 2 x 128 kB; NumPy temporaries, texts):
a 5 MB run took 40-63 thousand minor faults, ~5 % of its CPU time in the kernel. With freed memory kept
for reuse (allocations up to 32 MB from the heap, the heap trimmed only above 64 MB free) the same run
takes ~5,500, for a peak RSS ~2 MB higher (``bench/README.md``, fifth round).

Process-wide: ``extract.pipeline.run`` and each worker process call ``keep_freed_memory`` once; the
environment variable ``EXTRACT_MALLOPT=0`` leaves the allocator as it is. Elsewhere than glibc it does
nothing. It changes no result, only where freed memory waits.
"""

from __future__ import annotations

import ctypes
import os
import sys

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 2**20  # glibc's largest (DEFAULT_MMAP_THRESHOLD_MAX on 64-bit)
TRIM_THRESHOLD = 64 * 2**20

_state: dict[str, bool] = {}


def keep_freed_memory() -> bool:
    """Set the thresholds once in this process; whether they are set (False: not glibc, or disabled)."""
    if "set" not in _state:
        _state["set"] = _set_thresholds()
    return _state["set"]


def _set_thresholds() -> bool:
    if os.environ.get("EXTRACT_MALLOPT", "1") == "0" or not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None)  # the interpreter's own C library
    if not hasattr(libc, "gnu_get_libc_version") or not hasattr(libc, "mallopt"):
        return False  # not glibc: its allocator has other settings
    mallopt = libc.mallopt
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
