#!/usr/bin/env python3
"""Joins the two passes of the GoEmotions relabeling (kept for the record; run once after the passes).

  merge_labels.py POOL_DIR OUT_DIR [PREFIX]
POOL_DIR holds pool.tsv, out-passA-*.tsv, out-passB-*.tsv (item_id, concern, sentiment, usable) and, once the
disagreements are decided, adjudication*.tsv (item_id, concern, sentiment, usable, reason). Items that lack a label
in one pass are left out (and counted). Prints Cohen's kappa per
label and writes disagreements.tsv there while some are undecided; when all are decided, writes OUT_DIR/labels.csv
(the canonical CSV: id, text, sentiment, concern, for usable items; id is GoEmotions' own, without the ge- prefix)
and OUT_DIR/passes.csv (PREFIX before both names, e.g. dev-; every item with both passes, the final label and the adjudicator's reason).
"""
import csv, glob, os, sys
from collections import Counter

FIELDS = ("concern", "sentiment", "usable")

def read_pass(pool_dir, name):
    out = {}
    for f in sorted(glob.glob(os.path.join(pool_dir, f"out-{name}-*.tsv"))):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                iid, c, s, u = line.rstrip("\n").split("\t")[:4]
                out[iid] = (c.strip(), s.strip(), u.strip())
    return out

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../news-readers/tools"))
from merge_labels import kappa  # noqa: E402  (the news-reader set's own: (kappa, agreement) of label pairs)

def main(pool_dir, out_dir, prefix=""):
    pool = [l.rstrip("\n").split("\t", 1) for l in open(os.path.join(pool_dir, "pool.tsv"), encoding="utf-8")]
    a, b = read_pass(pool_dir, "passA"), read_pass(pool_dir, "passB")
    missing = [i for i, _ in pool if i not in a or i not in b]
    if missing:
        print(f"{len(missing)} items lack a label in one pass so far; they are left out")
    pool = [(i, t) for i, t in pool if i in a and i in b]
    for k, field in enumerate(FIELDS):
        kp, po = kappa([(a[i][k], b[i][k]) for i, _ in pool])
        print(f"{field}: kappa {kp:.3f}, agreement {po:.3f} over {len(pool)} items")
    adj = {}
    for adj_file in sorted(glob.glob(os.path.join(pool_dir, "adjudication*.tsv"))):
        for line in open(adj_file, encoding="utf-8"):
            if line.strip():
                iid, c, s, u, reason = (line.rstrip("\n").split("\t") + [""])[:5]
                adj[iid] = ((c.strip(), s.strip(), u.strip()), reason.strip())
    differ = [(i, t) for i, t in pool if a[i] != b[i]]
    undecided = [(i, t) for i, t in differ if i not in adj]
    print(f"{len(differ)} items differ; {len(undecided)} not adjudicated")
    if undecided:
        with open(os.path.join(pool_dir, "disagreements.tsv"), "w", encoding="utf-8") as f:
            for i, t in undecided:
                f.write("\t".join([i, *a[i], *b[i], t]) + "\n")
        return
    os.makedirs(out_dir, exist_ok=True)
    final = {i: (adj[i][0] if a[i] != b[i] else a[i]) for i, _ in pool}
    with open(os.path.join(out_dir, prefix + "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "text", "sentiment", "concern"])
        for i, t in sorted(pool):
            c, s, u = final[i]
            if u == "1":
                w.writerow([i[3:], t, s, c])
    with open(os.path.join(out_dir, prefix + "passes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["item_id", "a_concern", "a_sentiment", "a_usable", "b_concern", "b_sentiment", "b_usable",
                    "final_concern", "final_sentiment", "final_usable", "adjudication_reason"])
        for i, _ in sorted(pool):
            w.writerow([i[3:], *a[i], *b[i], *final[i], adj[i][1] if a[i] != b[i] else ""])
    usable = [final[i] for i, _ in pool if final[i][2] == "1"]
    print(f"{len(usable)} usable: concern 1 on {sum(c == '1' for c, _, _ in usable)}; sentiment",
          dict(Counter(s for _, s, _ in usable)))

if __name__ == "__main__":
    main(*sys.argv[1:4])
