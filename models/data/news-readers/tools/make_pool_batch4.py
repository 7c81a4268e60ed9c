#!/usr/bin/env python3
"""Draws batch 4 of the news-reader pool (run once, before its labeling; kept for the record).

Batches 1-3 label 3,243 of the Civil Comments sample; the teacher of `pulse distill` labels the rest of its train
part, at about the quality of a linear head over a small encoder. Batch 4 is every other Civil Comment of the TRAIN
part of the split (by comment id) that is 20-1,200 characters long and shares no six-word run with a seed page:
no selection by topic, teacher or model, so nothing in it is aimed at anything. The dev and test parts are
untouched, so earlier dev and test figures stay comparable.

  make_pool_batch4.py SHARED LABELS_CSV OUT_DIR
Output: pool.tsv (item_id, source, unit, text); passA-01..16.tsv (every item once, in pool order) and
passB-1..4.tsv (600 items drawn at random, in a new order, for a second independent pass). Seeded.
"""
import csv, os, random, sys

SEED = 20261202
CHUNKS_A = 16
DOUBLE = 600

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pool_batch2 import split_of, shingles, seed_shingles, labeled_ids, civil_comments  # noqa: E402

def write_chunks(out_dir, name, items, chunks, width):
    size = (len(items) + chunks - 1) // chunks
    for c in range(chunks):
        with open(os.path.join(out_dir, f"{name}-{c + 1:0{width}d}.tsv"), "w", encoding="utf-8") as f:
            for it in items[c * size:(c + 1) * size]:
                f.write(f"{it[0]}\t{it[3]}\n")

def write_pool(out_dir, items, rng, pass_a, pass_b):
    """pool.tsv (items in their order), pass A's chunks (every item once, in pool order; pass_a = (chunks, digits in
    the file number)) and pass B's (pass_b = (items drawn at random, chunks), in a new order)."""
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "pool.tsv"), "w", encoding="utf-8") as f:
        for it in items:
            f.write("\t".join(it) + "\n")
    write_chunks(out_dir, "passA", items, *pass_a)
    write_chunks(out_dir, "passB", rng.sample(items, pass_b[0]), pass_b[1], 1)

def main(shared, labels_csv, out_dir):
    csv.field_size_limit(10**9)
    seed_sh = seed_shingles(shared)
    labeled = labeled_ids(labels_csv)
    items = []
    for iid, text in civil_comments(shared):
        if iid in labeled or split_of(iid) != "train" or len(text) < 20 or len(text) > 1200 or shingles(text) & seed_sh:
            continue
        items.append((iid, "civil", iid, text))
    items.sort()
    rng = random.Random(SEED)
    rng.shuffle(items)
    write_pool(out_dir, items, rng, (CHUNKS_A, 2), (DOUBLE, 4))
    print(len(items), "items, all in the train part;", DOUBLE, "of them for pass B", file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:4])
