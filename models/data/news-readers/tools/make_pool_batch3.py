#!/usr/bin/env python3
"""Draws batch 3 of the news-reader pool (run once, before its labeling; kept for the record).

Batches 1 and 2 hold few readers reacting to alarming news: the Civil Comments sample leans to anger and the pages
are mostly friendly blog talk, so the set that measures news readers does not teach (or test) worry about events
that are reported. Batch 3 draws Civil Comments (CC0; news-site comments, 2015-2017) whose text names an alarming
kind of news event, from a fixed list of generic topic words (war, attack, disaster, epidemic, crisis, crime...;
no country or person names, so nothing is aimed at the seed pages), at random among those, from the TRAIN and DEV
parts of the split (by comment id) only: the test part stays as it was, so earlier test figures stay comparable.

  make_pool_batch3.py SHARED LABELS_CSV OUT_DIR [N]
Output: pool.tsv (item_id, source, unit, text) and passA-1..4.tsv / passB-1..4.tsv: every item is labeled twice,
in independent passes that see different chunks in different orders. Seeded.
"""
import csv, os, random, re, sys

SEED = 20261130
TOPIC = re.compile(r"\b(wars?|warfare|nuclear|missiles?|military|invasion|invade[sd]?|attacks?|attacked|terror\w*|"
                   r"bomb\w*|shootings?|massacre|killings?|violence|riots?|climate|warming|wildfires?|floods?|flooding|"
                   r"hurricanes?|earthquakes?|tsunami|drought|pandemic|epidemic|outbreak|virus|disease|crisis|crises|"
                   r"recession|depression|crash|collapse\w*|bankrupt\w*|default|debt|deficit|inflation|layoffs?|"
                   r"unemployment|opioids?|overdoses?|addiction|homeless\w*|crime|murders?|refugees?|dictator\w*|"
                   r"regime|threats?|threaten\w*|danger\w*|disasters?|catastroph\w*|escalat\w*|emergency|evacuat\w*|"
                   r"toxic|contaminat\w*|pollution|shortage|famine|genocide|coup)\b", re.I)

# the same split, text normalisation and seed-page shingles as batch 2
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_pool_batch2 import split_of, shingles, write_pool, seed_shingles, labeled_ids, civil_comments  # noqa: E402

def main(shared, labels_csv, out_dir, n="600"):
    n = int(n)
    csv.field_size_limit(10**9)
    seed_sh = seed_shingles(shared)
    labeled = labeled_ids(labels_csv)
    cands = []
    for iid, text in civil_comments(shared):
        if iid in labeled or split_of(iid) == "test" or len(text) < 20 or len(text) > 1200 \
                or shingles(text) & seed_sh or not TOPIC.search(text):
            continue
        cands.append((iid, "civil", iid, text))
    cands.sort()
    rng = random.Random(SEED)
    items = rng.sample(cands, min(n, len(cands)))
    write_pool(out_dir, items, rng)
    parts = {p: sum(split_of(i[0]) == p for i in items) for p in ("train", "dev")}
    print(len(items), "items of", len(cands), "candidates;", parts, file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:])
