"""Metamorphic invariance check of the rules: the same content, scraped with other defects, should give the same records.

usage (from the repository root, with this tree's code):
    PYTHONPATH=src python tools/metamorphic.py [--ids FILE] [--docs DIR] [--only NAME[,NAME]] [--show N] [--workers K]

For each text (the ids in FILE, default /work/r18/readable.txt, read from DIR/wild/<id>.txt, plus the seeds DIR/*.txt)
it applies one perturbation at a time (``PERTURBATIONS``: each mirrors a scraping defect class that real pages show),
runs the rules backend in-process on the original and on the perturbed text and compares the records by a
layout-free key (``record_keys``). It prints, per perturbation and record type, how many of the original's records
are kept, lost and added, and the invariance rate kept / (kept + lost + added). ``--show N`` prints up to N lost /
added keys per perturbation (with the doc id) to find the largest non-invariances.

A dev tool: it is not part of the package. ``compare(text, name)`` is what the test calls on a made-up text.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

from extract.data import Document
from extract.normalise import canonical
from extract.prepared import prepare

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_PROSE = re.compile(f"[{_CJK}]")

_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from extract.rules import RulesExtractor

        _EXTRACTOR = RulesExtractor()
    return _EXTRACTOR


# --- perturbations: text, rng -> text -------------------------------------------------------------------------

def _cells(ch: str) -> int:
    from extract.rules.wrapped_lines import print_width

    return print_width(ch)


def _table_row(line: str) -> bool:
    from extract.rules.wrapped_lines import _table_like

    return _table_like(line.strip())


def wrap(text: str, rng: random.Random) -> str:
    """Hard line wraps at one print width (20-40 Chinese characters, a digit or a Latin letter half of one) inside
    every long prose line (a PDF / fixed-width export); table rows (tabs, pipes, blank-parted cells) and pages wrapped
    already are left."""
    from extract.rules.wrapped_lines import wrap_breaks

    if wrap_breaks(text.split("\n")):
        return text  # a page wrapped already: a second wrap over the first is no defect a scraper makes
    width = 2 * rng.randint(20, 40)
    out = []
    for line in text.split("\n"):
        if len(line) > width // 2 + 4 and _PROSE.search(line) and not _table_row(line):
            cur, w = "", 0
            for ch in line:
                c = _cells(ch)
                if w + c > width:
                    out.append(cur)
                    cur, w = "", 0
                cur += ch
                w += c
            out.append(cur)
        else:
            out.append(line)
    return "\n".join(out)


_CJK_PAIR = re.compile(f"(?<=[{_CJK}，。、；：“”（）])(?=[{_CJK}，。、；：“”（）])")


def cjk_spaces(text: str, rng: random.Random) -> str:
    """A space between every two CJK characters or full-width punctuation marks of a prose line (doc-sharing sites' text
    layer); a line that holds blanks or cell marks already (a table row flattened with blank-parted cells) is left."""
    return "\n".join(_CJK_PAIR.sub(" ", line) if not re.search(r"[\t|｜ \u3000]", line) else line
                     for line in text.split("\n"))


_TO_FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%.()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}


def full_width(text: str, rng: random.Random) -> str:
    """ASCII digits, letters, ``% . ( )`` written full-width (２０３１年，８５％)."""
    return text.translate(str.maketrans(_TO_FULL))


_TO_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?", "％": "%"})


def half_punct(text: str, rng: random.Random) -> str:
    """Full-width punctuation written half-width (``，：；（）`` -> ``,:;()``)."""
    return text.translate(_TO_HALF)


_S2T = None


def s2t(text: str, rng: random.Random) -> str:
    """Simplified converted to Traditional (OpenCC s2t): a Hong Kong / Taiwan mirror of the page."""
    global _S2T
    if _S2T is None:
        import opencc

        _S2T = opencc.OpenCC("s2t")
    return _S2T.convert(text)


_SENTENCE_END = re.compile("(?<=[。！？])(?=[^\n”」）)])")


def _split_sentences(line: str) -> str:
    out, depth = [], 0
    for i, ch in enumerate(line):
        out.append(ch)
        depth += ch in "（(《“「" and 1 or 0
        depth -= ch in "）)》”」" and 1 or 0
        if ch in "。！？" and depth <= 0 and i + 1 < len(line) and line[i + 1] not in "”」）)":
            out.append("\n")
    return "".join(out)


def sentence_lines(text: str, rng: random.Random) -> str:
    """Each prose paragraph (a line closed by a full stop, no table row) split into one sentence per line, never
    inside a bracket or a quotation."""
    return "\n".join(_split_sentences(line) if "\t" not in line and "|" not in line and line.rstrip().endswith("。")
                     else line for line in text.split("\n"))


def join_paragraphs(text: str, rng: random.Random) -> str:
    """Runs of two or three consecutive paragraphs that end a sentence joined on one line (a lost ``<p>``)."""
    lines = text.split("\n")
    out: list[str] = []
    run = 0
    for line in lines:
        s = line.strip()
        joinable = len(s) > 30 and s.endswith("。") and "\t" not in s
        if out and joinable and run and run < rng.choice((2, 3)):
            out[-1] += s
            run += 1
        else:
            out.append(line)
            run = 1 if joinable else 0
    return "\n".join(out)


_HEAD = ["首页 > 政务公开 > 规划计划", "发布时间：{}  来源：某区人民政府  浏览次数：1024",
         "【字体：大 中 小】 【打印】 【关闭】"]


# the page's own publication date: on a line with a date label, or a line that is a date alone
_DATED_LINE = re.compile(r"(?m)^(?:[^\n]{0,40}(?:发布|發布|时间|時間|日期)[^\n]{0,10}?|\s*)"
                         r"(20\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")


def _page_date(text: str) -> str | None:
    """A publication date that fits the page: its own (``_DATED_LINE``; None for a page without one: a date added
    would date its commitments, which is no scraping defect)."""
    m = _DATED_LINE.search(text)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None
_FOOT = ["上一篇：某区召开工作会议", "下一篇：某街道开展志愿服务活动", "【打印本页】 【关闭窗口】",
         "主办单位：某区人民政府办公室  网站标识码：1234567890", "版权所有：某区人民政府  备案号：某ICP备12345678号-1",
         "地址：某区某路1号  电话：0000-1234567"]


def furniture(text: str, rng: random.Random) -> str:
    """Site furniture lines (navigation, 发布时间/浏览次数, footer) added before and after the text."""
    date = _page_date(text)
    head = [h.format(date) if "{}" in h else h for h in _HEAD]
    if date is None:
        head[1] = "来源：某区人民政府  浏览次数：1024"
    return "\n".join(head) + "\n" + text.rstrip("\n") + "\n" + "\n".join(_FOOT) + "\n"


def page_numbers(text: str, rng: random.Random) -> str:
    """Page-number fragments (``3``, ``- 4 -``, ``第5页``) inserted at line breaks every 15-30 lines."""
    lines = text.split("\n")
    out: list[str] = []
    page, gap = 1, rng.randint(15, 30)
    forms = ("{}", "- {} -", "第{}页", "— {} —")
    form = rng.choice(forms)
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % gap == 0 and i < len(lines) - 1:
            page += 1
            out.append(form.format(page))
    return "\n".join(out)


PERTURBATIONS = {
    "wrap": wrap, "cjk_spaces": cjk_spaces, "full_width": full_width, "half_punct": half_punct, "s2t": s2t,
    "sentence_lines": sentence_lines, "join_paragraphs": join_paragraphs, "furniture": furniture,
    "page_numbers": page_numbers,
}


# --- records and keys -----------------------------------------------------------------------------------------

_PUNCT = re.compile(r"[\s，,。.；;：:、“”\"'‘’（）()《》！!？?—\-]")


def _goal_text(text: str) -> str:
    return _PUNCT.sub("", canonical(text))


def record_keys(records) -> Counter:
    """Layout-free keys of records: a target by its numbers, unit, comparator and year; a unit row by its sets of
    lead and responsible units; a goal by its text without spaces and punctuation."""
    keys: Counter = Counter()
    for r in records:
        if r.type == "numeric_target":
            keys[("numeric_target", r.value, r.value_max, canonical(r.unit), r.comparator, r.target_year)] += 1
        elif r.type == "unit_assignment":
            keys[("unit_assignment", frozenset(canonical(u) for u in r.lead_units),
                  frozenset(canonical(u) for u in r.responsible_units))] += 1
        else:
            keys[("goal", _goal_text(r.text))] += 1
    return keys


def extract_keys(text: str, doc_id: str = "doc") -> Counter:
    doc = Document(doc_id=doc_id, path=doc_id, text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return record_keys(_extractor().extract(prepare(doc)))


def perturb(text: str, name: str, doc_id: str = "doc") -> str:
    return PERTURBATIONS[name](text, random.Random(f"{doc_id}:{name}"))


def compare(text: str, name: str, doc_id: str = "doc", base: Counter | None = None) -> tuple[Counter, Counter, Counter]:
    """(kept, lost, added) keys of the records of ``text`` and of its perturbation ``name``."""
    base = extract_keys(text, doc_id) if base is None else base
    other = extract_keys(perturb(text, name, doc_id), doc_id)
    kept = base & other
    return kept, base - kept, other - kept


def _one_doc(args):
    doc_id, path, names = args
    text = Path(path).read_text(encoding="utf-8")
    base = extract_keys(text, doc_id)
    out = {}
    for name in names:
        try:
            out[name] = compare(text, name, doc_id, base)
        except Exception as e:  # noqa: BLE001 - a crash is a non-invariance too
            out[name] = (Counter(), base, Counter({("crash", repr(e)[:80]): 1}))
    return doc_id, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ids", default="/work/r18/readable.txt")
    ap.add_argument("--docs", default="/work/main/data/docs")
    ap.add_argument("--only", default="")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args(argv)
    names = [n for n in a.only.split(",") if n] or list(PERTURBATIONS)
    docs = Path(a.docs)
    ids = [l.strip() for l in open(a.ids, encoding="utf-8") if l.strip()]
    if a.limit:
        ids = ids[:a.limit]
    tasks = [(p.stem, str(p), names) for p in sorted(docs.glob("*.txt"))]
    tasks += [(i, str(docs / "wild" / f"{i}.txt"), names) for i in ids]
    if a.workers > 1:
        from multiprocessing import Pool

        with Pool(a.workers) as pool:
            results = list(pool.imap_unordered(_one_doc, tasks, chunksize=4))
    else:
        results = [_one_doc(t) for t in tasks]
    types = ("numeric_target", "unit_assignment", "goal")
    print(f"{len(results)} texts")
    print("perturbation     texts_changed | " + " | ".join(f"{t[:4]} kept/lost/added rate" for t in types))
    for name in names:
        row, changed = [], 0
        for t in types:
            k = l = ad = 0
            for _, out in results:
                kept, lost, added = out[name]
                k += sum(v for key, v in kept.items() if key[0] == t)
                l += sum(v for key, v in lost.items() if key[0] == t)
                ad += sum(v for key, v in added.items() if key[0] == t)
            row.append(f"{t[:4]} {k}/{l}/{ad} {k / max(1, k + l + ad):.3f}")
        changed = sum(1 for _, out in results if out[name][1] or out[name][2])
        print(f"{name:16} {changed:5} | " + " | ".join(row))
    if a.show:
        for name in names:
            print(f"\n== {name}")
            n = 0
            for doc_id, out in sorted(results):
                _, lost, added = out[name]
                for key in list(lost)[:3]:
                    print(f"  {doc_id} LOST  {key}")
                for key in list(added)[:3]:
                    print(f"  {doc_id} ADDED {key}")
                n += bool(lost or added)
                if n >= a.show:
                    break
    return 0


if __name__ == "__main__":
    sys.exit(main())
