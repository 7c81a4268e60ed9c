#!/usr/bin/env python3
"""Draws the GoEmotions relabeling pool (run once, before its labeling; kept for the record).

GoEmotions' mapping to the canonical CSV (../shared/data/README.md) gives concern = 1 only for fear and nervousness,
and its annotators label "I'm concerned about ..." as caring (a positive emotion) and "don't worry" as caring too.
This pool is every comment of GoEmotions' TRAIN file whose text holds a word of worry (the fixed lexicon below,
in any label), so that each can be labeled again by this project's guideline (../ANNOTATION.md). Items sharing a
six-word run with a seed page are left out. GoEmotions' dev file is untouched: its public figures stay comparable.

  make_pool.py SHARED OUT_DIR [dev]
Output: pool.tsv (item_id, text); passA-1..3.tsv and passB-1..3.tsv: every item once in each pass, pass B in a new
order, so every item is labeled twice by passes that do not see each other. Seeded. With `dev`, the same over
GoEmotions' dev file (seed 20261205, one chunk per pass): the dev check, which no training reads.
"""
import os, random, re, sys

SEED = 20261204
CHUNKS = 3
LEXICON = re.compile(r"\b(concern(s|ed|ing)?|worr(y|ied|ies|ying|isome)|disturb(ing|ed)|alarm(ing|ed)?|unsettl(ing|ed)"
                     r"|troubl(ing|ed)|scar(y|ed|ier|iest)|afraid|fear(s|ed|ful|ing)?|nervous|anxious|anxiety"
                     r"|terrif(ying|ied)|frighten(ing|ed)?|dread(ful|ing)?|uneasy|yikes|ominous|panic(ked|king)?)\b", re.I)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../news-readers/tools"))
from make_pool_batch2 import norm, seed_shingles, shingles  # noqa: E402  (the news-reader pools' own filters)

def main(shared, out_dir, part="train"):
    seed, chunks = (SEED, CHUNKS) if part == "train" else (20261205, 1)
    seed_sh = seed_shingles(shared)
    items, seen = [], set()
    for line in open(os.path.join(shared, f"data/goemotions/{part}.tsv"), encoding="utf-8"):
        text, _labels, rid = line.rstrip("\n").split("\t")
        text = norm(text)
        if LEXICON.search(text) and not shingles(text) & seed_sh and rid not in seen:
            seen.add(rid)
            items.append(("ge-" + rid, text))
    items.sort()
    rng = random.Random(seed)
    rng.shuffle(items)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "pool.tsv"), "w", encoding="utf-8") as f:
        f.writelines(f"{i}\t{t}\n" for i, t in items)
    for name, order in (("passA", items), ("passB", rng.sample(items, len(items)))):
        size = -(-len(order) // chunks)
        for c in range(chunks):
            with open(os.path.join(out_dir, f"{name}-{c + 1}.tsv"), "w", encoding="utf-8") as f:
                f.writelines(f"{i}\t{t}\n" for i, t in order[c * size:(c + 1) * size])
    print(len(items), "items; every one in pass A and pass B", file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:4])
