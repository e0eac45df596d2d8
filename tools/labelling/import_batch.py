#!/usr/bin/env python
"""import_batch.py BATCHDIR SPLIT [--dry] [--tag TAG] [--next-name vNN] : import a labelled, re-found batch.
SPLIT: dev -> eval/gold/wild ; sealed-next -> eval/gold/sealed-next (and split.json ids, made if missing).
TAG names the checking round in the sources' `verified` notes (default verJ53); --next-name labels the
sealed-next rows in data/README.md (default v38).
Texts 'different' in refind.json are replaced by <id>.corpus.txt and their gold quotes re-pointed
(whitespace-insensitive match of the old quote in the new text); a quote that cannot be re-pointed stops the import."""
import json, os, re, shutil, sys
B, SPLIT = sys.argv[1].rstrip("/"), sys.argv[2]; DRY = "--dry" in sys.argv
M = "/work/main"
def _opt(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
TAG, NEXT = _opt("--tag", "verJ53"), _opt("--next-name", "v38")
meta = [json.loads(l) for l in open(f"{B}/meta.jsonl") if l.strip()]
ref = json.load(open(f"{B}/refind.json")) if os.path.exists(f"{B}/refind.json") else {}
gdir = {"dev": f"{M}/eval/gold/wild", "sealed-next": f"{M}/eval/gold/sealed-next"}[SPLIT]
label = {"dev": "dev", "sealed-next": f"sealed-next ({NEXT})"}[SPLIT]

def repoint(q, new):
    if q in new: return q
    core = re.sub(r"\s+", "", q)
    pat = r"\s*".join(re.escape(c) for c in core)
    m = re.search(pat, new)
    if m is None:  # a pinyin note the saved copy lost (``設(shè)``): any such note between the quote's characters
        core = re.sub(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\s*[)）]", "", core)
        pat = r"(?:\s*[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\s*[)）])?\s*".join(re.escape(c) for c in core)
        m = re.search(pat, new)
    return m.group(0) if m else None

rows, srcs, done = [], [], []
for m in meta:
    i = m["id"]; st = ref.get(i, {}).get("status", "unchecked"); note = ref.get(i, {}).get("note", "")
    txt = open(f"{B}/{i}.txt", encoding="utf-8").read()
    gold = [json.loads(l) for l in open(f"{B}/{i}.jsonl", encoding="utf-8") if l.strip() and not l.startswith("//")]
    if st == "different":
        new = open(f"{B}/{i}.corpus.txt", encoding="utf-8").read()
        for r in gold:
            q2 = repoint(r["quote"], new)
            if q2 is None: sys.exit(f"{i}: quote not re-pointable: {r['quote'][:40]}")
            r["quote"] = q2
        txt = new
        ver = f"labelled by a helper before any extractor run on it; re-found at its address differing from the saved copy ({note}); replaced by the corpus text and its gold quotes re-pointed ({TAG})"
    elif st == "identical":
        ver = f"labelled by a helper before any extractor run on it; re-found at its address and identical to the corpus text ({TAG})"
    elif st == "not_found":
        ver = f"labelled by a helper before any extractor run on it; not re-found in the corpus by the checking helper (saved copy kept) ({TAG})"
    else:
        ver = f"labelled by a helper before any extractor run on it; not yet re-found ({TAG})"
    for r in gold:
        if r["quote"] not in txt: sys.exit(f"{i}: quote not in text: {r['quote'][:40]}")
    m2 = dict(m); m2["verified"] = ver
    srcs.append(json.dumps(m2, ensure_ascii=False))
    rows.append(f"| `{i}` | {label} | {m.get('kind','')} | {m.get('script','')} | {m.get('site','')} |")
    done.append((i, st, txt, gold))
if DRY:
    from collections import Counter
    print(Counter(s for _, s, _, _ in done)); sys.exit()
for i, st, txt, gold in done:
    assert not os.path.exists(f"{M}/data/docs/wild/{i}.txt"), i
    open(f"{M}/data/docs/wild/{i}.txt", "w", encoding="utf-8").write(txt)
    with open(f"{gdir}/{i}.jsonl", "w", encoding="utf-8") as f:
        for r in gold: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(f"{M}/data/wild-sources.jsonl", "a", encoding="utf-8") as f:
    for s in srcs: f.write(s + "\n")
R = open(f"{M}/data/README.md", encoding="utf-8").read().rstrip("\n").split("\n")
if SPLIT == "dev":
    # development rows go before the first row of a split still held out (sealed or sealed-next)
    k = next((n for n, l in enumerate(R) if re.match(r"\| `[^`]+` \| sealed", l)), len(R))
    R[k:k] = rows
else:
    R += rows
open(f"{M}/data/README.md", "w", encoding="utf-8").write("\n".join(R) + "\n")
if SPLIT == "sealed-next":
    os.makedirs(gdir, exist_ok=True)
    sp = json.load(open(f"{gdir}/split.json")) if os.path.exists(f"{gdir}/split.json") else {"made": __import__("datetime").date.today().isoformat(), "ids": []}
    sp["ids"] = sorted(set(sp["ids"]) | {i for i, *_ in done})
    json.dump(sp, open(f"{gdir}/split.json", "w"), ensure_ascii=False, indent=1)
print("imported", len(done), [s for _, s, _, _ in done])
