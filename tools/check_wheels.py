#!/usr/bin/env python3
"""Check that the project installs on every supported Python, without having those Pythons.

For each Python version (default 3.11, 3.12, 3.13) on Linux x86_64 (glibc 2.28 or newer), the
dependencies in pyproject.toml (``[project].dependencies`` and the ``dev`` and ``ray`` extras) must resolve with

    pip install --dry-run --ignore-installed --only-binary=:all: --python-version V
                --platform manylinux_2_28_x86_64 ... --target DIR -r REQUIREMENTS

so every package, direct or transitive, has a wheel for that Python. Two kinds of package are
checked on their own and stand in the resolution as tiny stand-in wheels (``X.Y.Z+wheelcheck``):

* ``BIG`` (torch): its wheels are hundreds of MB to GB and pip would download one just to read its
  metadata. ``pip index versions`` (no download) must list a wheel of an allowed release for that
  Python; the stand-in has the lowest such version, so the packages that need torch accept the
  project's lower bound.
* ``PURE_SDIST`` (jieba): pure Python with no wheel on the index at all; ``pip install --dry-run
  --no-deps`` must find a release whose ``Requires-Python`` admits that Python.

The ``local-llm`` extra is left out: llama-cpp-python is compiled from source on purpose.
Exit 0 when every version resolves, 1 otherwise. Needs the package index.

    python tools/check_wheels.py                 # 3.11 3.12 3.13
    python tools/check_wheels.py --python 3.14 --glibc 2.34
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
    from packaging.version import InvalidVersion, Version
except ImportError:  # pip always carries a copy
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name
    from pip._vendor.packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parents[1]
PYTHONS = ("3.11", "3.12", "3.13")
GLIBC = (2, 28)  # manylinux_2_28: Debian 10, Ubuntu 18.10, RHEL 8 and newer
EXTRAS = ("dev", "ray")
BIG = ("torch",)
PURE_SDIST = ("jieba",)  # 0.42.1 is the last release, sdist only; its code and dictionary are plain files
STUB_LABEL = "wheelcheck"
SHOWN = ("opencc", "jieba", "torch", "transformers", "sentence-transformers", "faiss-cpu", "lxml", "pydantic-core")


def requirements(pyproject: Path = ROOT / "pyproject.toml", extras=EXTRAS) -> list[Requirement]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    for extra in extras:
        reqs += project.get("optional-dependencies", {}).get(extra, [])
    return [Requirement(r) for r in reqs]


def manylinux_platforms(glibc: tuple[int, int] = GLIBC, arch: str = "x86_64") -> list[str]:
    """The wheel platform tags that a Linux with this glibc accepts, newest first (pip expands only
    the legacy ``manylinux2014`` name by itself, so every tag is passed)."""
    major, minor = glibc
    tags = [f"manylinux_{major}_{m}_{arch}" for m in range(minor, 4, -1)]
    legacy = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}
    return tags + [f"{name}_{arch}" for m, name in legacy.items() if m <= minor]


def _target(python: str, platforms: list[str]) -> list[str]:
    return ["--python-version", python, *[a for p in platforms for a in ("--platform", p)]]


def _pip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)


def _errors(proc: subprocess.CompletedProcess) -> str:
    lines = [ln for ln in (proc.stderr + proc.stdout).splitlines()
             if ln.strip() and "it is neither a file nor a directory" not in ln]
    return "\n    ".join(lines[-15:])


def wheel_versions(name: str, python: str, platforms: list[str]) -> list[Version]:
    """Releases of ``name`` with a wheel for this Python and platform (metadata only, no download)."""
    proc = _pip("index", "versions", name, "--only-binary=:all:", *_target(python, platforms))
    m = re.search(r"^Available versions: (.+)$", proc.stdout, re.M)
    out = []
    for v in (m.group(1).split(",") if m and proc.returncode == 0 else []):
        try:
            out.append(Version(v.strip()))
        except InvalidVersion:
            pass
    return sorted(out)


def stub_wheel(folder: Path, name: str, version: str) -> Path:
    """A minimal valid wheel ``name==version`` with no code: it stands in for the real one."""
    dist = f"{canonicalize_name(name).replace('-', '_')}-{version}"
    files = {
        f"{dist}.dist-info/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
                                      "Summary: stand-in for a dependency check; never installed\n",
        f"{dist}.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: check_wheels\nRoot-Is-Purelib: true\n"
                                   "Tag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(text.encode())}")
    files[f"{dist}.dist-info/RECORD"] = "\n".join(record + [f"{dist}.dist-info/RECORD,,"]) + "\n"
    wheel = folder / f"{dist}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        for path, text in files.items():
            z.writestr(path, text)
    return wheel


def _report(path: Path) -> dict[str, dict]:
    return {canonicalize_name(i["metadata"]["name"]): i for i in json.loads(path.read_text(encoding="utf-8"))["install"]}


def check(python: str, platforms: list[str], reqs: list[Requirement]) -> tuple[bool, str]:
    """One Python version: (ok, summary)."""
    t0 = time.time()
    notes, stubs = [], {}
    with tempfile.TemporaryDirectory(prefix=f"check-wheels-{python}-") as tmp:
        tmp = Path(tmp)
        for req in reqs:
            name = canonicalize_name(req.name)
            if name in BIG:
                versions = [v for v in wheel_versions(name, python, platforms)
                            if req.specifier.contains(v, prereleases=False)]
                if not versions:
                    return False, f"no {name} wheel for Python {python} on {platforms[0]} matches {req}"
                stubs[name] = versions[0].public
                notes.append(f"{name} {versions[0].public} to {versions[-1].public} have wheels (index)")
            elif name in PURE_SDIST:
                report = tmp / f"{name}.json"
                proc = _pip("install", "--dry-run", "--ignore-installed", "--no-deps", "--quiet",
                            *_target(python, platforms), "--target", str(tmp / "target"), "--report", str(report),
                            str(req))
                if proc.returncode != 0 or not report.exists():
                    return False, f"{req} (pure-Python sdist) does not resolve:\n    {_errors(proc)}"
                stubs[name] = _report(report)[name]["metadata"]["version"]
                notes.append(f"{name} {stubs[name]} sdist, pure Python")
        if stubs:
            (tmp / "stubs").mkdir()
            for name, version in stubs.items():
                stub_wheel(tmp / "stubs", name, f"{version}+{STUB_LABEL}")
            (tmp / "constraints.txt").write_text(
                "".join(f"{n}=={v}+{STUB_LABEL}\n" for n, v in stubs.items()), encoding="utf-8")
        (tmp / "requirements.txt").write_text("".join(f"{r}\n" for r in reqs), encoding="utf-8")
        report = tmp / "report.json"
        extra = ["--find-links", str(tmp / "stubs"), "--constraint", str(tmp / "constraints.txt")] if stubs else []
        proc = _pip("install", "--dry-run", "--ignore-installed", "--only-binary=:all:", "--quiet",
                    *_target(python, platforms), "--target", str(tmp / "target"), "--report", str(report),
                    *extra, "-r", str(tmp / "requirements.txt"))
        if proc.returncode != 0 or not report.exists():
            return False, f"pip could not resolve:\n    {_errors(proc)}"
        installs = _report(report)
    not_wheels = [n for n, i in installs.items() if not i["download_info"]["url"].endswith(".whl")]
    if not_wheels:
        return False, f"not from wheels: {', '.join(not_wheels)}"
    versions = {n: i["metadata"]["version"].replace(f"+{STUB_LABEL}", " (stand-in)") for n, i in installs.items()}
    shown = ", ".join(f"{n} {versions[n]}" for n in SHOWN if n in versions)
    return True, (f"{len(installs)} packages resolve, all as wheels, in {time.time() - t0:.0f}s\n"
                  f"    {shown}\n    {'; '.join(notes)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--python", nargs="+", default=list(PYTHONS), help="Python versions (default 3.11 3.12 3.13)")
    ap.add_argument("--glibc", default=".".join(map(str, GLIBC)),
                    help="oldest glibc to support (default %(default)s: manylinux_2_28 and older wheels)")
    ap.add_argument("--extra", nargs="*", default=list(EXTRAS), help="extras to include (default: dev)")
    args = ap.parse_args(argv)
    reqs = requirements(extras=args.extra)
    platforms = manylinux_platforms(tuple(int(x) for x in args.glibc.split(".")))
    print(f"check_wheels: {len(reqs)} requirements from pyproject.toml (extras: {', '.join(args.extra) or 'none'}), "
          f"Linux x86_64 up to {platforms[0]}; stand-ins for {', '.join(BIG + PURE_SDIST)}", flush=True)
    failed = 0
    for python in args.python:
        ok, summary = check(python, platforms, reqs)
        failed += not ok
        print(f"  Python {python}: {'OK' if ok else 'FAILED'}: {summary}", flush=True)
    print(f"check_wheels: {len(args.python) - failed} of {len(args.python)} Python versions resolve")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
