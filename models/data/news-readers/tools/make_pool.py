#!/usr/bin/env python3
"""Draws the items of the news-reader labeling pool (run once, before labeling; kept for the record).

Inputs: a comments CSV written by `pulse extract ../shared/pages-dev ../shared/pages-pool` (HTML pages only are
used; with today's build add --keep-copies, as the folders hold text copies of their pages) and ../shared/data/civil-comments-sample/comments.csv. Output: pool.tsv (item_id, source, unit, text) and the
labeling chunk files. Seeded, so the same inputs give the same pool.
"""
import csv, hashlib, random, re, sys, os, collections

SEED = 20261130
PER_PAGE_CAP = 30
CIVIL_N = 1900
STOP = set("the a an and or but is are was were be been to of in on for with that this it i you he she we they not "
           "have has had do does did so if at as by from my your his her our their what who just all can will would".split())

def english(text):
    words = re.findall(r"[A-Za-z']+", text.lower())
    if len(words) < 3:
        return sum(ch.isascii() for ch in text) > 0.9 * max(1, len(text))
    return sum(w in STOP for w in words) / len(words) >= 0.12

def norm(text):
    return re.sub(r"\s+", " ", text).strip()

def shingles(text, n=6):
    w = re.findall(r"[a-z']+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

def page_comments(pages_csv, seed_sh):
    """(page, text) of each comment of an HTML page in a `pulse extract` CSV that may be labeled: 10-1,500
    characters, English, its text not seen before, no six-word run shared with a seed page."""
    seen = set()
    for row in csv.DictReader(open(pages_csv, encoding="utf-8")):
        src = row["source_file"]
        if not src.endswith(".html"):
            continue
        text = norm(row["text"])
        key = text.lower()
        if len(text) < 10 or len(text) > 1500 or key in seen or not english(text) or shingles(text) & seed_sh:
            continue
        seen.add(key)
        yield os.path.basename(src)[:-5], text

def main(pages_csv, shared, out_dir):
    csv.field_size_limit(10**9)
    seed_sh = set()
    for f in os.listdir(os.path.join(shared, "seeds")):
        seed_sh |= shingles(open(os.path.join(shared, "seeds", f), encoding="utf-8").read())
    rng = random.Random(SEED)
    items, seen = [], set()
    by_page = collections.defaultdict(list)
    for page, text in page_comments(pages_csv, seed_sh):
        by_page[page].append(text)
    for page in sorted(by_page):
        texts = by_page[page]
        rng.shuffle(texts)
        for text in texts[:PER_PAGE_CAP]:
            h = hashlib.sha1(text.encode()).hexdigest()[:10]
            items.append((f"pg-{page}-{h}", "pages", page, text))
    civil = []
    for row in csv.DictReader(open(os.path.join(shared, "data/civil-comments-sample/comments.csv"), encoding="utf-8")):
        text = norm(row["text"])
        if len(text) <= 1500 and text.lower() not in seen and not (shingles(text) & seed_sh):
            civil.append((f"cc-{row['id']}", "civil", "cc-" + row["id"], text))
    civil.sort()
    items += rng.sample(civil, CIVIL_N)
    rng.shuffle(items)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "pool.tsv"), "w", encoding="utf-8") as f:
        for it in items:
            f.write("\t".join(it) + "\n")
    # pass A: every item, six chunks; pass B: 600 items (every item whose position is 0 mod 6, first 600), two chunks
    chunks = 6
    size = (len(items) + chunks - 1) // chunks
    for c in range(chunks):
        with open(os.path.join(out_dir, f"passA-{c + 1}.tsv"), "w", encoding="utf-8") as f:
            for it in items[c * size:(c + 1) * size]:
                f.write(f"{it[0]}\t{it[3]}\n")
    twice = [it for i, it in enumerate(items) if i % 5 == 0][:600]
    rng.shuffle(twice)
    for c in range(2):
        with open(os.path.join(out_dir, f"passB-{c + 1}.tsv"), "w", encoding="utf-8") as f:
            for it in twice[c * 300:(c + 1) * 300]:
                f.write(f"{it[0]}\t{it[3]}\n")
    print(len(items), "items:", collections.Counter(it[1] for it in items), "pages:", len(by_page), file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:4])
