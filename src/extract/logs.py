"""Where log lines go: the project's own to the terminal, the libraries' to ``-v`` only.

Libraries talk through ``logging`` and ``warnings``: pypdf's ``EOF marker not found`` on a broken
PDF, transformers' and sentence-transformers' notes while a model loads, huggingface_hub's hints.
They are for a developer, not for the person running a batch, who gets the project's own message
(``FAILED broken.pdf: cannot read PDF ...``). ``cli_logging`` (entered by ``extract.cli.main``)
routes every record that is not the project's own, and every Python warning, to the project's
logger ``extract.lib`` at DEBUG level, where ``-v`` shows them and the default drops them.

Library code configures nothing here: a program that imports ``extract`` keeps its own logging
set-up. ``adopt_library_logging`` is the one hook library code calls (after importing
transformers, which brings its own stderr handler); it does something only inside ``cli_logging``.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import Iterator

PROJECT = "extract"
LIB = "extract.lib"  # libraries' records, demoted to DEBUG
FORMAT = "%(levelname)s %(name)s: %(message)s"

_active = False
_verbose = 0
_adopted: dict | None = None  # transformers' settings before ``adopt_library_logging``


class _ToProjectDebug(logging.Handler):
    """On the root logger: hand a library's record to ``extract.lib.<origin>`` as a DEBUG record."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == PROJECT or record.name.startswith(PROJECT + "."):
            return  # the project's own records have their own handler (``extract`` does not propagate)
        target = logging.getLogger(LIB)
        if not target.isEnabledFor(logging.DEBUG):
            return
        rec = logging.makeLogRecord(record.__dict__)
        rec.name = f"{LIB}.{record.name}"
        rec.levelno, rec.levelname = logging.DEBUG, logging.getLevelName(logging.DEBUG)
        target.handle(rec)


@contextlib.contextmanager
def cli_logging(verbose: int = 0) -> Iterator[None]:
    """Logging for one command line run; restores the previous set-up on exit.

    ``verbose`` 0: the project's warnings and errors only; libraries say nothing.
    1 (``-v``): also the project's debug lines and the libraries' warnings and errors (as DEBUG).
    2 (``-vv``): also the libraries' info and debug lines.
    """
    global _active, _verbose
    root, project = logging.getLogger(), logging.getLogger(PROJECT)
    saved = (root.level, project.level, project.propagate, logging.getLogger("py.warnings").propagate)
    to_terminal = logging.StreamHandler(sys.stderr)
    to_terminal.setFormatter(logging.Formatter(FORMAT))
    demote = _ToProjectDebug()
    project.addHandler(to_terminal)
    project.setLevel(logging.DEBUG if verbose else logging.WARNING)
    project.propagate = False
    root.addHandler(demote)
    root.setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)
    # warnings.warn(...) of any library -> the "py.warnings" logger -> demoted like the rest
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").propagate = True
    was_active, _active = _active, True
    was_verbose, _verbose = _verbose, verbose
    try:
        adopt_library_logging()
        yield
    finally:
        _active, _verbose = was_active, was_verbose
        logging.captureWarnings(False)
        root.removeHandler(demote)
        project.removeHandler(to_terminal)
        root.setLevel(saved[0])
        project.setLevel(saved[1])
        project.propagate = saved[2]
        logging.getLogger("py.warnings").propagate = saved[3]
        _release_library_logging()


def cli_verbosity() -> int | None:
    """The ``verbose`` level of the ``cli_logging`` in force, or None outside it (a worker process
    enters the same set-up as the command line that started it)."""
    return _verbose if _active else None


def adopt_library_logging() -> None:
    """Inside ``cli_logging``: make libraries that print on their own log like the others.

    transformers puts its own stderr handler on its logger and stops propagation; here its
    records go to the root logger instead (so to ``extract.lib``). Outside ``cli_logging``: nothing.
    """
    global _adopted
    if not _active or _adopted is not None or "transformers" not in sys.modules:
        return
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    lib = logging.getLogger("transformers")
    _adopted = {"propagate": lib.propagate, "level": hf_logging.get_verbosity()}
    if _verbose >= 2:
        hf_logging.set_verbosity_info()
    hf_logging.disable_default_handler()
    hf_logging.enable_propagation()


def _release_library_logging() -> None:
    global _adopted
    if _active or _adopted is None:
        return
    from transformers.utils import logging as hf_logging

    hf_logging.enable_default_handler()
    logging.getLogger("transformers").propagate = _adopted["propagate"]
    hf_logging.set_verbosity(_adopted["level"])
    _adopted = None
