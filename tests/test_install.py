"""Installs where users are (issue #14): no Python upper bound, no exact torch pin."""

from __future__ import annotations

import importlib.util
import tomllib
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


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
