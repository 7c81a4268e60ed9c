#!/usr/bin/env python3
"""Draws batch 2 of the news-reader pool (run once, before its labeling; kept for the record).

Batch 1 (make_pool.py) held 63 concerned readers in its test part and 134 in train: too few worried readers to
learn from. Batch 2 adds Civil Comments (CC0) from the TRAIN part of the split only, chosen by uncertainty
sampling so that worried readers are over-represented in training and dev/test keep their natural rates:
  - every not-yet-labeled train comment the teacher (`pulse distill`, models/README "Rebuilding it") labeled
    concerned;
  - 300 train comments the teacher left unlabeled (its uncertain band: neither confidently concerned nor not);
  - 150 train comments it labeled confidently not concerned.

  make_pool_batch2.py SHARED LABELS_CSV TEACHER_CSV OUT_DIR
Output: pool.tsv (item_id, source, unit, text) and passA-1..4.tsv / passB-1..4.tsv: every item is labeled twice,
in independent passes that see different chunks in different orders. Seeded.
"""
import csv, hashlib, os, random, re, sys, collections

SEED = 20261201

def split_of(unit):
    b = int(hashlib.sha256(unit.encode()).hexdigest()[:7], 16) % 10
    return "train" if b < 6 else "dev" if b < 8 else "test"

def norm(text):
    return re.sub(r"\s+", " ", text).strip()

def shingles(text, n=6):
    w = re.findall(r"[a-z']+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

def write_pool(out_dir, items, rng):
    """pool.tsv, and the items in four chunks per pass: pass A in pool order, pass B in a new order."""
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "pool.tsv"), "w", encoding="utf-8") as f:
        for it in items:
            f.write("\t".join(it) + "\n")
    for name, order in (("passA", items), ("passB", rng.sample(items, len(items)))):
        size = (len(order) + 3) // 4
        for c in range(4):
            with open(os.path.join(out_dir, f"{name}-{c + 1}.tsv"), "w", encoding="utf-8") as f:
                for it in order[c * size:(c + 1) * size]:
                    f.write(f"{it[0]}\t{it[3]}\n")

def seed_shingles(shared):
    """Every six-word run of the seed pages: a pool item sharing one is left out, so the seeds stay an independent check."""
    out = set()
    for f in os.listdir(os.path.join(shared, "seeds")):
        out |= shingles(open(os.path.join(shared, "seeds", f), encoding="utf-8").read())
    return out

def labeled_ids(labels_csv):
    return {r["item_id"] for r in csv.DictReader(open(labels_csv, encoding="utf-8"))}

def civil_comments(shared):
    """(item id, text with white space runs as one space) of every comment of the Civil Comments sample."""
    for row in csv.DictReader(open(os.path.join(shared, "data/civil-comments-sample/comments.csv"), encoding="utf-8")):
        yield "cc-" + row["id"], norm(row["text"])

def main(shared, labels_csv, teacher_csv, out_dir):
    csv.field_size_limit(10**9)
    seed_sh = seed_shingles(shared)
    labeled = labeled_ids(labels_csv)
    teacher = {}
    for r in csv.DictReader(open(teacher_csv, encoding="utf-8")):
        if r["id"].startswith("t-comments-"):
            teacher["cc-" + r["id"][len("t-comments-"):]] = r["concern"]
    pos, unsure, neg = [], [], []
    for iid, text in civil_comments(shared):
        if iid in labeled or split_of(iid) != "train" or len(text) < 10 or len(text) > 1500 or shingles(text) & seed_sh:
            continue
        item = (iid, "civil", iid, text)
        t = teacher.get(iid)
        (pos if t == "1" else neg if t == "0" else unsure).append(item)
    rng = random.Random(SEED)
    for g in (pos, unsure, neg):
        g.sort()
    items = pos + rng.sample(unsure, 300) + rng.sample(neg, 150)
    rng.shuffle(items)
    write_pool(out_dir, items, rng)
    print(len(items), "items:", len(pos), "teacher-concerned,", 300, "uncertain,", 150, "teacher-not-concerned",
          file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:5])
