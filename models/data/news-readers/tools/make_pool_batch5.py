#!/usr/bin/env python3
"""Draws batch 5 of the news-reader pool (run once, before its labeling; kept for the record).

Batch 1 took at most 30 comments from each page; the pages' other comments were never labeled. Batch 5 is every
other reader comment of the pages in the TRAIN part of the split (by page), as `pulse extract` reads them today,
filtered as batch 1 was (HTML pages of ../shared/pages-dev and ../shared/pages-pool, 10-1,500 characters, English,
no duplicate text, no six-word run shared with a seed page), at most PER_PAGE_CAP more per page. No selection by
topic, teacher or model. Dev and test pages are untouched, so earlier dev and test figures stay comparable.

  make_pool_batch5.py SHARED PAGES_CSV LABELS_CSV OUT_DIR
PAGES_CSV: `pulse extract ../shared/pages-dev/*.html ../shared/pages-pool/*.html --out PAGES_CSV`.
Output: pool.tsv (item_id, source, unit, text); passA-1..4.tsv (every item once, in pool order) and passB-1..2.tsv
(DOUBLE items drawn at random, in a new order, for a second independent pass). Seeded.
"""
import csv, hashlib, os, random, sys, collections

SEED = 20261203
PER_PAGE_CAP = 120
CHUNKS_A = 4
DOUBLE = 500

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pool import page_comments  # noqa: E402
from make_pool_batch2 import split_of, seed_shingles, labeled_ids  # noqa: E402
from make_pool_batch4 import write_pool  # noqa: E402

def main(shared, pages_csv, labels_csv, out_dir):
    csv.field_size_limit(10**9)
    seed_sh = seed_shingles(shared)
    labeled = labeled_ids(labels_csv)
    rng = random.Random(SEED)
    by_page = collections.defaultdict(list)
    for page, text in page_comments(pages_csv, seed_sh):
        iid = f"pg-{page}-{hashlib.sha1(text.encode()).hexdigest()[:10]}"
        if split_of(page) == "train" and iid not in labeled:
            by_page[page].append((iid, "pages", page, text))
    items = []
    for page in sorted(by_page):
        texts = sorted(by_page[page])
        rng.shuffle(texts)
        items += texts[:PER_PAGE_CAP]
    rng.shuffle(items)
    write_pool(out_dir, items, rng, (CHUNKS_A, 1), (DOUBLE, 2))
    print(len(items), "items from", len(by_page), "train pages;", DOUBLE, "of them for pass B", file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:5])
