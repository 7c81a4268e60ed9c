#!/usr/bin/env python3
"""Joins the labeling passes into labels.csv and passes.csv, and prints Cohen's kappa of the doubly labeled items.

  merge_labels.py OUT_DIR POOL_DIR [POOL_DIR...]
  merge_labels.py --append LABELS_DIR BATCH_NUMBER POOL_DIR   (adds one batch to LABELS_DIR's two files)
Each POOL_DIR is one labeling batch (batch 1: make_pool.py, batch 2: make_pool_batch2.py) and holds pool.tsv (make_pool.py), out/passA-*.labels.tsv, out/passB-*.labels.tsv and, once written,
adjudication.tsv (item_id, concern, sentiment, usable, reason). The final label of a doubly labeled item is the
adjudicated one where the passes differ; of a singly labeled item, pass A's. Page texts are not written (their
licences do not let them ship): the importer finds them again by the SHA-1 in the item id.
"""
import csv, glob, hashlib, os, sys, collections

def split_of(unit):
    b = int(hashlib.sha256(unit.encode()).hexdigest()[:7], 16) % 10
    return "train" if b < 6 else "dev" if b < 8 else "test"

def read_labels(pattern):
    out = {}
    for f in sorted(glob.glob(pattern)):
        for line in open(f, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 4 and p[0]:
                out[p[0]] = (p[1].strip(), p[2].strip().lower(), p[3].strip())
    return out

def kappa(pairs):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / n / n
    if pe == 1:
        return float("nan"), po  # one class only in both passes: kappa undefined
    return (po - pe) / (1 - pe), po

def read_batch(pool_dir):
    pool = [l.rstrip("\n").split("\t") for l in open(os.path.join(pool_dir, "pool.tsv"), encoding="utf-8")]
    a = read_labels(os.path.join(pool_dir, "out/passA-*.labels.tsv"))
    b = read_labels(os.path.join(pool_dir, "out/passB-*.labels.tsv"))
    adj = {}
    adj_file = os.path.join(pool_dir, "adjudication.tsv")
    if os.path.exists(adj_file):
        for line in open(adj_file, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 4 and p[0]:
                adj[p[0]] = (p[1].strip(), p[2].strip().lower(), p[3].strip(), p[4].strip() if len(p) > 4 else "")
    both = [i for i in b if i in a]
    for name, k in (("concern", 0), ("sentiment", 1), ("usable", 2)):
        kp, po = kappa([(a[i][k], b[i][k]) for i in both])
        print(f"{name}: kappa {kp:.3f}, agreement {po:.3f} on {len(both)} items")
    usable_both = [i for i in both if a[i][2] == "1" and b[i][2] == "1"]
    for name, k in (("concern", 0), ("sentiment", 1)):
        kp, po = kappa([(a[i][k], b[i][k]) for i in usable_both])
        print(f"{name} (both usable): kappa {kp:.3f}, agreement {po:.3f} on {len(usable_both)} items")
    return pool, a, b, adj

def main(out_dir, *pool_dirs):
    batches = []
    for n, d in enumerate(pool_dirs, 1):
        print(f"batch {n} ({d}):")
        batches.append(read_batch(d))
    allpairs = {k: [] for k in range(3)}
    for pool, a, b, adj in batches:
        for i in b:
            if i in a:
                for k in range(3):
                    allpairs[k].append((a[i][k], b[i][k]))
    for name, k in (("concern", 0), ("sentiment", 1), ("usable", 2)):
        kp, po = kappa(allpairs[k])
        print(f"all batches, {name}: kappa {kp:.3f}, agreement {po:.3f} on {len(allpairs[k])} items")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "labels.csv"), "w", newline="", encoding="utf-8") as f, \
            open(os.path.join(out_dir, "passes.csv"), "w", newline="", encoding="utf-8") as g:
        w, v = csv.writer(f), csv.writer(g)
        w.writerow(LABELS_HEADER)
        v.writerow(PASSES_HEADER)
        counts = [write_batch(w, v, n, batch) for n, batch in enumerate(batches, 1)]
    report(batches, counts, len(allpairs[0]))

LABELS_HEADER = ["item_id", "source", "unit", "split", "sentiment", "concern", "usable", "labeled", "batch", "text"]
PASSES_HEADER = ["item_id", "a_concern", "a_sentiment", "a_usable", "b_concern", "b_sentiment", "b_usable",
                 "final_concern", "final_sentiment", "final_usable", "adjudication_reason"]

def write_batch(w, v, batch_no, batch):
    """Writes one batch's rows to labels.csv (w) and its doubly labeled items to passes.csv (v);
    returns (items without a pass-A label, items whose passes differ, ids not adjudicated yet)."""
    pool, a, b, adj = batch
    missing, differ, unresolved = 0, 0, []
    for item_id, source, unit, text in pool:
        if item_id not in a:
            missing += 1
            continue
        final, how = a[item_id], "once"
        if item_id in b:
            how = "twice"
            if a[item_id] != b[item_id]:
                differ += 1
                if item_id in adj:
                    final, how = adj[item_id][:3], "adjudicated"
                else:
                    unresolved.append(item_id)
            v.writerow([item_id, *a[item_id], *b[item_id], *final,
                        adj[item_id][3] if how == "adjudicated" else ""])
        w.writerow([item_id, source, unit, split_of(unit), final[1], final[0], final[2], how, batch_no,
                    text if source == "civil" else ""])
    return missing, differ, unresolved

def report(batches, counts, twice):
    unresolved = [i for c in counts for i in c[2]]
    print(f"{sum(len(x[0]) for x in batches)} items, {sum(c[0] for c in counts)} without a pass-A label, {twice} labeled "
          f"twice, {sum(c[1] for c in counts)} differ, {len(unresolved)} not adjudicated yet", file=sys.stderr)
    for i in unresolved:
        print("  not adjudicated:", i, file=sys.stderr)

def append(labels_dir, batch_no, pool_dir):
    """Adds one new batch to an existing labels.csv and passes.csv (the pools of earlier batches need not exist)."""
    print(f"batch {batch_no} ({pool_dir}):")
    batch = read_batch(pool_dir)
    ids = {r["item_id"] for r in csv.DictReader(open(os.path.join(labels_dir, "labels.csv"), encoding="utf-8"))}
    clash = [it[0] for it in batch[0] if it[0] in ids]
    if clash:
        sys.exit(f"merge_labels: {len(clash)} items of {pool_dir} are already in labels.csv, e.g. {clash[0]}")
    with open(os.path.join(labels_dir, "labels.csv"), "a", newline="", encoding="utf-8") as f, \
            open(os.path.join(labels_dir, "passes.csv"), "a", newline="", encoding="utf-8") as g:
        counts = [write_batch(csv.writer(f), csv.writer(g), int(batch_no), batch)]
    report([batch], counts, sum(1 for i in batch[2] if i in batch[1]))

if __name__ == "__main__":
    if sys.argv[1:2] == ["--append"]:
        append(*sys.argv[2:5])
    else:
        main(*sys.argv[1:])
