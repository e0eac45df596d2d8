"""The compiled form of the rules' regular expressions kept between processes (issue 11: start-up time).

Importing the rules compiles about 2,100 regular expressions: ~1.1 of the ~1.3 s an ``import extract.rules``
takes, paid again by every ``extract`` command and by every worker process of ``extract run --workers N``
(the forkserver imports the rules before it forks the workers, so none of them starts before it is done).
Almost all of it is ``re``'s parser and code generator (``re._compiler.compile``), whose output for a given
pattern, flags and Python version is always the same: a list of opcodes, the group count and the group
names. This module keeps that output in a file and hands it straight to ``_sre.compile`` next time, which
is what ``re._compiler.compile`` itself does last; the pattern objects are the same as a plain compile's.

* The file is ``pattern-cache-<python>-<re magic>.marshal`` in the cache directory (``$EXTRACT_CACHE_DIR``,
  else ``~/.cache/extract``); ``marshal`` of plain data (str, bytes, int, list, dict, tuple, None), checked
  entry by entry on load, never ``pickle``. Another Python version or ``re`` engine uses another file.
* The file is made by ``extract models fetch`` (``warm``: the rules imported, their patterns written); a process
  whose cache directory has no file reads nothing and writes nothing (a run writes only its run directory).
* At most ``MAX_NEW`` new entries a process and ``MAX_ENTRIES`` in the file (patterns built at run time from a
  document's words would otherwise pile up). New entries are written when the process exits, merged with what the file holds then, atomically
  (a temporary file replaced into place): two processes writing at once lose at most each other's new
  entries, never the file.
* Anything unexpected (a missing private API on another Python, a damaged file, an entry ``_sre`` refuses)
  turns the cache off for the process and compiles as ``re`` does; nothing is ever lost but time.
* ``EXTRACT_PATTERN_CACHE=0`` turns it off.

``install()`` is called once by ``extract/__init__.py``. It replaces ``re._compiler.compile`` for the
process (``re``'s own cache of recent patterns sits in front of it and is unchanged); patterns of other
libraries in the process go through it too, with the same result as before.
"""

from __future__ import annotations

import atexit
import marshal
from array import array
import os
import sys
import tempfile
from pathlib import Path

# (pattern, flags) -> (flags after parsing, opcodes as 32-bit words, groups - 1, group names, index -> name). The
# opcodes are kept as bytes, not lists of ints: ~800,000 of them for the rules, most above 256 (Chinese
# characters), would be tens of MB of int objects in every process
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = "I"  # array typecode of a 32-bit unsigned word (``_sre``'s code unit); checked by ``install``

# bounds: the new entries one process adds (the import's ~2,100 and the libraries' come first; the patterns the
# rules build at run time from a document's own words, a number or a unit's name, are seldom asked again), and
# the file (past it, the file is started again from this process's entries)
MAX_NEW = 4000
MAX_ENTRIES = 8000

# entries: loaded from the file and not served yet; fresh: compiled by this process, to be written
_state: dict = {"installed": False, "entries": {}, "fresh": {}, "path": None, "original": None, "on": False}


def cache_file() -> Path:
    """Where this Python's compiled patterns are kept."""
    import re

    env = os.environ.get("EXTRACT_CACHE_DIR")
    base = Path(env).expanduser() if env else \
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache").expanduser() / "extract"
    version = "-".join(str(v) for v in sys.version_info[:3]) + "-" + sys.implementation.name
    return base / f"pattern-cache-{version}-{re._constants.MAGIC}.marshal"


def _valid(key: object, value: object) -> bool:
    """An entry read from the file has the shapes ``_sre.compile`` takes (anything else: the file is not ours)."""
    if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], (str, bytes)) and isinstance(key[1], int)):
        return False
    if not (isinstance(value, tuple) and len(value) == 5):
        return False
    flags, code, groups, groupindex, indexgroup = value
    return (isinstance(flags, int) and isinstance(code, bytes) and len(code) % 4 == 0
            and isinstance(groups, int) and isinstance(groupindex, dict)
            and all(isinstance(k, str) and isinstance(v, int) for k, v in groupindex.items())
            and isinstance(indexgroup, tuple) and all(g is None or isinstance(g, str) for g in indexgroup))


def load(path: Path) -> dict:
    """The entries of ``path``; an empty dict where it is missing, unreadable or not a cache of this shape."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if _valid(k, v)}


def save(create: bool = False) -> None:
    """Write the process's new entries, merged with the file's current ones, atomically. Called at exit, where it
    only keeps a file that exists current: the file is made by ``warm`` (``extract models fetch``), so a plain
    ``extract run`` writes nothing outside its run directory until the user has set the caches up."""
    path = _state["path"]
    if not _state["on"] or not _state["fresh"] or path is None or not (create or path.exists()):
        return
    try:
        merged = load(path)
        merged.update(_state["fresh"])
        if len(merged) > MAX_ENTRIES:
            merged = dict(_state["fresh"])
        path.parent.mkdir(parents=True, exist_ok=True)
        blob = marshal.dumps(merged)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _state["fresh"] = {}
    except (OSError, ValueError):
        pass  # a read-only or full cache directory: the next process compiles as this one did


def _compile(p, flags=0):
    """``re._compiler.compile`` with the cache in front of it (same signature, same result)."""
    original = _state["original"]
    if not _state["on"] or not isinstance(p, (str, bytes)):
        return original(p, flags)
    import _sre

    flags = int(flags)  # a ``re.RegexFlag`` is an int to ``_sre`` and to the file
    key = (p, flags)
    # an entry served is let go (the file keeps it: ``save`` merges with the file), so the loaded entries do not
    # stay in memory for the process's life
    entry = _state["entries"].pop(key, None)
    if entry is not None:
        try:
            return _sre.compile(p, entry[0], array(_WORD, entry[1]).tolist(), entry[2], entry[3], entry[4])
        except Exception:  # an entry this engine refuses: compile it afresh (and keep the fresh one)
            pass
    if flags & 128:  # re.DEBUG prints while compiling: never served from the cache
        return original(p, flags)
    import re
    from re import _parser
    from re._compiler import _code

    try:
        parsed = _parser.parse(p, flags)
        code = _code(parsed, flags)
    except re.error:
        raise  # a bad pattern: the same error ``re`` gives
    except Exception:  # this Python's ``re`` works otherwise than the cache expects: off for the process
        _state["on"] = False
        return original(p, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    compiled = _sre.compile(p, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if len(_state["fresh"]) < MAX_NEW:
        try:  # plain ints and bytes (the opcodes are ``int`` subclasses, named constants, which ``marshal`` refuses)
            entry = (int(flags | parsed.state.flags), array(_WORD, code).tobytes(), int(parsed.state.groups - 1),
                     groupindex, tuple(indexgroup))
        except OverflowError:  # a word above 32 bits: not this engine's; compiled, not kept
            return compiled
        _state["fresh"][key] = entry
    return compiled


def install() -> bool:
    """Put the cache in front of ``re``'s compiler for this process; False (and nothing changed) where it is
    turned off or this Python's ``re`` lacks what it relies on."""
    if _state["installed"]:
        return _state["on"]
    _state["installed"] = True
    if os.environ.get("EXTRACT_PATTERN_CACHE", "1") == "0":
        return False
    try:
        import _sre
        from re import _compiler, _parser  # noqa: F401  (private: present in CPython 3.11-3.13)

        if not (callable(getattr(_compiler, "_code", None)) and callable(getattr(_sre, "compile", None))
                and array(_WORD).itemsize == 4 and getattr(_sre, "CODESIZE", 4) == 4):
            return False
        path = cache_file()
    except (ImportError, AttributeError):
        return False
    _state.update(path=path, entries=load(path), original=_compiler.compile, on=True)
    _compiler.compile = _compile
    atexit.register(save)
    return True


def uninstall() -> None:
    """Give ``re`` its own compiler back (tests)."""
    if _state["original"] is not None:
        from re import _compiler

        _compiler.compile = _state["original"]
    _state.update(installed=False, on=False)


def warm() -> Path | None:
    """Compile the rules' patterns (import the rules and the pipeline) and write the file; its path, or None where
    the cache is off here. ``extract models fetch`` calls it, beside the model files."""
    if not install():
        return None
    import extract.pipeline  # noqa: F401  (every stage's patterns, as a run imports them)
    import extract.rules  # noqa: F401

    save(create=True)
    path = _state["path"]
    return path if path is not None and path.exists() else None
