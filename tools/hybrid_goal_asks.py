"""(fourteenth round; run from the repository root with a server up: python tools/hybrid_goal_asks.py OUT.jsonl) Goal-check asks of hybrid over development texts only (seeds + eval/gold/wild), no target checks: each ask, the
model's answer, and whether the sentence overlaps a gold goal. Output JSONL."""
import json, sys, glob, os
from pathlib import Path
from extract.ingest import read_document
from extract.prepared import prepare
from extract.llm.config import LLMConfig
from extract.llm.backend import HybridExtractor

out = open(sys.argv[1], "w")
gold_files = sorted(glob.glob("eval/gold/wild/*.jsonl")) + sorted(glob.glob("eval/gold/*.jsonl"))
cfg = LLMConfig.from_env(goal_check=True)  # (off by default since hybrid.v10)
hx = HybridExtractor(cfg)
real_call = hx.client.call
log = []
def call(task, msgs, schema):
    if task != "goal_check":
        return None, "skipped"
    obj, err = real_call(task, msgs, schema)
    log.append((msgs, obj, err))
    return obj, err
hx.client.call = call
for gf in gold_files:
    doc_id = Path(gf).stem
    if doc_id.startswith(("w21-", "w22-")):
        continue  # sealed: never
    p = Path("data/docs/wild") / f"{doc_id}.txt"
    if not p.exists():
        p = Path("data/docs") / f"{doc_id}.txt"
    if not p.exists():
        continue
    gold = [json.loads(l) for l in open(gf) if l.strip() and not l.lstrip().startswith(("//", "#"))]
    goals = [g for g in gold if g.get("type") == "goal"]
    doc = prepare(read_document(p))
    # doc id as the gold names it
    log.clear()
    try:
        recs = hx.extract(doc)
    except Exception as e:
        print("fail", doc_id, e, file=sys.stderr); continue
    added = [r for r in recs if r.type == "goal" and r.backend == "hybrid"]
    for msgs, obj, err in log:
        user = msgs[-1]["content"] if isinstance(msgs, list) else str(msgs)
        s = user.split("句子：", 1)[-1].split("\n", 1)[0]
        hit = any(g.get("quote", "")[:12] in s or (s[:12] and s[:12] in g.get("quote", "")) for g in goals)
        out.write(json.dumps({"doc": doc_id, "sentence": s, "answer": None if obj is None else obj.is_goal,
                              "gold_goal": hit}, ensure_ascii=False) + "\n")
    n_asks = len(log)
    out.write(json.dumps({"doc": doc_id, "asks": n_asks, "yes": len(added)}) + "\n"); out.flush()
    print(doc_id, n_asks, len(added), file=sys.stderr, flush=True)
