"""The compiled-pattern cache (src/extract/pattern_cache.py): same patterns as ``re``'s, kept between processes,
off on request, harmless when its file is damaged."""

from __future__ import annotations

import marshal
from array import array
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extract import pattern_cache

SRC = str(Path(__file__).resolve().parents[1] / "src")

# made-up patterns with the features the rules use: groups, names, lookarounds, classes, flags, bytes
PATTERNS = [
    (r"(?P<year>20\d{2})年(?:底|末)?(?:前|以前)?", 0),
    (r"(?<![布格])局(?!面)", 0),
    (r"^\s*[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]", re.M),
    (r"达到?\s*(\d+(?:\.\d+)?)\s*(%|％|所|个)", 0),
    (r"school\s+year", re.I),
    (rb"\x00+(?P<tail>[a-z]+)", 0),
    (r"(a)|(?P<b>b)|(c)", re.S | re.X),
]
SAMPLES = ["到2025年底前,幼儿园达到 95% 。", "局面 格局 区教育局", " (三)任务", "School  Year", "AbC", "x"]


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    samples = [s.encode() if isinstance(a.pattern, bytes) else s for s in SAMPLES]
    samples.append(b"\x00\x00abc" if isinstance(a.pattern, bytes) else "\x00\x00abc")
    for s in samples:
        ma, mb = a.search(s), b.search(s)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))
        assert a.findall(s) == b.findall(s)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """The cache installed over an empty directory of its own; ``re``'s compiler and the state restored after."""
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("EXTRACT_PATTERN_CACHE", raising=False)
    saved = dict(pattern_cache._state)
    pattern_cache.uninstall()
    pattern_cache._state.update(entries={}, fresh={}, path=None)
    assert pattern_cache.install()
    yield tmp_path
    pattern_cache.uninstall()
    pattern_cache._state.update(saved)
    if saved.get("on"):
        from re import _compiler

        _compiler.compile = pattern_cache._compile


def test_a_miss_then_a_hit_give_the_patterns_re_gives(fresh_cache):
    from re import _compiler

    original = pattern_cache._state["original"]
    for p, flags in PATTERNS:
        plain = original(p, flags)
        missed = _compiler.compile(p, flags)  # parsed here, entry kept for the file
        assert (p, int(flags)) in pattern_cache._state["fresh"]
        pattern_cache._state["entries"][(p, int(flags))] = pattern_cache._state["fresh"][(p, int(flags))]
        hit = _compiler.compile(p, flags)  # from the entry, which is then let go
        assert (p, int(flags)) not in pattern_cache._state["entries"]
        _same(plain, missed)
        _same(plain, hit)


def test_entries_go_to_the_file_and_come_back_in_another_process(fresh_cache):
    from re import _compiler

    for p, flags in PATTERNS:
        _compiler.compile(p, flags)
    path = pattern_cache.cache_file()
    pattern_cache.save()
    assert not path.exists()  # a process never makes the file: ``extract models fetch`` does (``warm``)
    pattern_cache.save(create=True)
    assert path.parent == fresh_cache and path.exists()
    assert not list(fresh_cache.glob("*.tmp"))  # written by replace, no temporary left
    loaded = pattern_cache.load(path)
    assert {(p, int(f)) for p, f in PATTERNS} <= set(loaded)
    code = ("import re, extract.pattern_cache as c; from re import _compiler;"
            "n = len(c._state['entries']); p = re.compile(r'(?P<year>20\\d{2})年(?:底|末)?(?:前|以前)?');"
            "print(n > 0, len(c._state['fresh']), p.search('到2030年底前').group('year'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": SRC, "EXTRACT_CACHE_DIR": str(fresh_cache)})
    assert out.stdout.split() == ["True", "0", "2030"]  # served from the file: nothing new to write


def test_a_damaged_file_is_ignored_and_replaced(fresh_cache):
    path = pattern_cache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a marshal stream")  # (an existing file is kept current at exit)
    assert pattern_cache.load(path) == {}
    path.write_bytes(marshal.dumps({("a+", 0): (0, [1, 2], 0, {}, ())}))  # the right type, wrong shapes
    assert pattern_cache.load(path) == {}
    from re import _compiler

    _same(pattern_cache._state["original"]("a+", 0), _compiler.compile("a+", 0))
    pattern_cache.save()
    assert ("a+", 0) in pattern_cache.load(path)


def test_an_entry_the_engine_refuses_is_compiled_afresh(fresh_cache):
    from re import _compiler

    pattern_cache._state["entries"][("b+", 0)] = (0, b"\xff\xff\xff\x7f", 0, {}, ())  # opcodes no engine takes
    _same(pattern_cache._state["original"]("b+", 0), _compiler.compile("b+", 0))


def test_it_can_be_turned_off():
    code = "import extract.pattern_cache as c; print(c._state['on'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": SRC, "EXTRACT_PATTERN_CACHE": "0"})
    assert out.stdout.strip() == "False"


def test_every_pattern_the_rules_compile_is_kept_as_re_makes_it(tmp_path):
    """Import the rules in a process with an empty cache, then check each entry it wrote against ``re``'s own
    parser and code generator: the same opcodes, flags and groups."""
    env = {**os.environ, "PYTHONPATH": SRC, "EXTRACT_CACHE_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import extract.rules"], check=True, env=env)
    assert not list(tmp_path.iterdir())  # an import alone writes nothing
    subprocess.run([sys.executable, "-c", "import extract.pattern_cache as c; print(c.warm())"], check=True, env=env)
    files = list(tmp_path.glob("pattern-cache-*.marshal"))
    assert len(files) == 1
    entries = pattern_cache.load(files[0])
    assert len(entries) > 1000
    from re import _compiler, _parser

    for (p, flags), (flags2, code, groups, groupindex, indexgroup) in entries.items():
        parsed = _parser.parse(p, flags)
        assert array("I", code).tolist() == [int(c) for c in _compiler._code(parsed, flags)], p
        assert (flags2, groups, groupindex) == (flags | parsed.state.flags, parsed.state.groups - 1, parsed.state.groupdict)


def test_the_file_stays_bounded(fresh_cache, monkeypatch):
    from re import _compiler

    monkeypatch.setattr(pattern_cache, "MAX_NEW", 5)
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", 8)
    for i in range(12):  # patterns built from a document's words: only the first five are kept
        _same(pattern_cache._state["original"](f"局{i}号", 0), _compiler.compile(f"局{i}号", 0))
    assert len(pattern_cache._state["fresh"]) == 5
    path = pattern_cache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(marshal.dumps({(f"x{i}", 0): (0, b"\x01\x00\x00\x00", 0, {}, ()) for i in range(6)}))  # 6 + 5 > 8
    pattern_cache.save()
    assert set(pattern_cache.load(path)) == {(f"局{i}号", 0) for i in range(5)}


def test_a_bad_pattern_raises_as_re_does_and_a_changed_re_turns_the_cache_off(fresh_cache, monkeypatch):
    with pytest.raises(re.error):
        re.compile("(unclosed")
    from re import _compiler

    calls = []
    real = _compiler._code

    def changed(*args):  # the cache's own call fails; ``re``'s, made after, works
        calls.append(args)
        if len(calls) == 1:
            raise TypeError("another signature")
        return real(*args)

    expected = pattern_cache._state["original"]("c+d", 0)
    monkeypatch.setattr(_compiler, "_code", changed)
    _same(expected, _compiler.compile("c+d", 0))  # compiled as re does
    assert pattern_cache._state["on"] is False and len(calls) == 2
