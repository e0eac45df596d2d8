"""Installs where users are (issue #14): no Python upper bound, no exact torch pin, and a quiet
terminal: libraries' warnings (pypdf's ``EOF marker not found``) reach the terminal only with ``-v``."""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import subprocess
import sys
import tomllib
import warnings
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from extract.cli import build_parser
from extract.logs import cli_logging

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
BROKEN_PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\ngarbage without a trailer or an EOF marker\n"


def _requirements() -> list[Requirement]:
    reqs = list(PROJECT["dependencies"])
    for extra in PROJECT.get("optional-dependencies", {}).values():
        reqs += extra
    return [Requirement(r) for r in reqs]


def test_torch_is_a_lower_bound_not_a_pin():
    torch = [r for r in _requirements() if r.name.lower() == "torch"]
    assert torch, "torch is a dependency"
    for r in torch:
        ops = {s.operator for s in r.specifier}
        assert not ops & {"==", "===", "~="}, f"{r}: pin no torch build; use a lower bound"
        assert ">=" in ops, f"{r}: give the lowest torch that works"


def test_python_versions_3_11_to_3_13_allowed():
    spec = SpecifierSet(PROJECT["requires-python"])
    for v in ("3.11.0", "3.12.0", "3.13.0"):
        assert spec.contains(v), f"requires-python {spec} rules out Python {v}"
    assert not spec.contains("3.10.0")


def test_check_wheels_reads_pyproject_and_makes_stand_in_wheels(tmp_path):
    spec = importlib.util.spec_from_file_location("check_wheels", ROOT / "tools" / "check_wheels.py")
    cw = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cw)
    names = {r.name.lower() for r in cw.requirements()}
    assert {"torch", "jieba", "opencc", "pytest"} <= names and "llama-cpp-python" not in names
    plats = cw.manylinux_platforms((2, 28))
    assert plats[0] == "manylinux_2_28_x86_64" and "manylinux2014_x86_64" in plats
    assert "manylinux_2_29_x86_64" not in plats
    wheel = cw.stub_wheel(tmp_path, "torch", "2.6.0+wheelcheck")
    assert wheel.name == "torch-2.6.0+wheelcheck-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as z:
        assert "Version: 2.6.0+wheelcheck" in z.read("torch-2.6.0+wheelcheck.dist-info/METADATA").decode()


def _run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def batch_with_broken_pdf(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "broken.pdf").write_bytes(BROKEN_PDF)
    (docs / "good.txt").write_text("到2025年，全区学前三年毛入园率达到95%以上。\n", encoding="utf-8")
    return docs


def test_broken_pdf_prints_only_the_projects_lines(batch_with_broken_pdf, tmp_path):
    proc = _run_cli("run", str(batch_with_broken_pdf), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "EOF marker" not in proc.stdout + proc.stderr
    # stderr: the project's one line for the failed file; stdout: the table and the summary
    assert [ln for ln in proc.stderr.splitlines() if ln.strip()] == [
        ln for ln in proc.stderr.splitlines() if ln.startswith("FAILED ") and "broken.pdf: cannot read PDF" in ln]
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0].startswith("document") and re.match(r"\d+ records from 1/2 documents", out[-1])
    assert sorted(ln.split()[0] for ln in out[1:-1]) == ["broken", "good"]


def test_verbose_shows_the_library_line(batch_with_broken_pdf, tmp_path):
    proc = _run_cli("run", str(batch_with_broken_pdf), "--out", str(tmp_path / "out"), "-v", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "DEBUG extract.lib.pypdf" in proc.stderr and "EOF marker not found" in proc.stderr
    assert any(ln.startswith("FAILED ") for ln in proc.stderr.splitlines())


def test_cli_logging_routes_library_records_and_warnings(capsys):
    lib = logging.getLogger("somelib.module")
    with cli_logging(0):
        lib.warning("library warning")
        warnings.warn("library python warning", UserWarning)
        logging.getLogger("extract.x").warning("own warning")
    err = capsys.readouterr().err
    assert "library" not in err and "own warning" in err
    with cli_logging(1):
        lib.warning("library warning")
        lib.info("library info")
        warnings.warn("library python warning 2", UserWarning)
    err = capsys.readouterr().err
    assert "DEBUG extract.lib.somelib.module: library warning" in err
    assert "library python warning 2" in err and "library info" not in err
    with cli_logging(2):
        lib.info("library info")
    assert "library info" in capsys.readouterr().err
    # the set-up is undone afterwards: a program that imports extract keeps its own
    assert not logging.getLogger("extract").handlers and logging.getLogger("extract").propagate


def test_verbose_flag_before_or_after_the_command():
    parse = build_parser().parse_args
    assert parse(["run", "x", "--out", "o"]).verbose == 0
    assert parse(["-v", "run", "x", "--out", "o"]).verbose == 1
    assert parse(["run", "x", "--out", "o", "-vv"]).verbose == 2
    assert parse(["models", "status", "--verbose"]).verbose == 1  # a command below a command


def test_transformers_lines_go_to_the_debug_log(capsys):
    hf_logging = pytest.importorskip("transformers.utils.logging")
    log = hf_logging.get_logger("transformers.modeling_utils")
    before = logging.getLogger("transformers").propagate, list(logging.getLogger("transformers").handlers)
    with cli_logging(0):
        log.warning("some weights were not used")
    assert capsys.readouterr().err == ""
    with cli_logging(1):
        log.warning("some weights were not used")
    assert "DEBUG extract.lib.transformers.modeling_utils: some weights" in capsys.readouterr().err
    # transformers' own set-up is back
    assert (logging.getLogger("transformers").propagate, logging.getLogger("transformers").handlers) == before
