#!/usr/bin/env python3
"""Moves the ids of page rows whose text the extractor now cuts differently (see README, "When the extractor changes").

A page row's id ends in the SHA-1 prefix of its comment's text. When the extractor changes how it cuts a comment
(a byline line no longer kept in the text, say), the row is no longer found. This tool finds each such row's comment
in an extraction made by the PREVIOUS extractor (by its old hash), takes that comment's author and time, finds the
comment with the same author and time (and the same place among that page's comments by that author) in an
extraction made by the NEW extractor, and writes the row back with the new hash. Labels, page and split are unchanged.

Usage: remap_page_ids.py LABELS.csv OLD.csv NEW.csv   (OLD/NEW: `pulse extract` of the same pages; LABELS rewritten)
"""
import csv, hashlib, os, re, sys, collections

def norm(t):
    return re.sub(r'\s+', ' ', t).strip()

def sha(t):
    return hashlib.sha1(t.encode('utf-8')).hexdigest()[:10]

def load(path):
    """page -> list of (author, time, text) in page order, and page -> {hash: index}."""
    by_page = collections.defaultdict(list)
    for r in csv.DictReader(open(path, encoding='utf-8')):
        page = os.path.basename(r['source_file']).rsplit('.', 1)[0]
        text = norm(r['text'])
        if re.match(r"'[=+\-@\t\r]", text):
            text = text[1:]   # a CSV cell neutralised against formulas
        by_page[page].append((r['author'], r['timestamp_raw'], text))
    hashes = {}
    for p, cs in by_page.items():
        h = hashes.setdefault(p, {})
        for i, c in enumerate(cs):
            h.setdefault(sha(c[2]), i)
            h.setdefault(sha("'" + c[2]), i)   # as NewsReadersImporter looks a row up
    return by_page, hashes

def main(labels, old_csv, new_csv):
    old, old_h = load(old_csv)
    new, new_h = load(new_csv)
    rows = list(csv.DictReader(open(labels, encoding='utf-8')))
    fields = list(rows[0].keys())
    moved = lost = 0
    for r in rows:
        if r['source'] != 'pages' or r['text'].strip():
            continue
        page, h = r['unit'], r['item_id'].rsplit('-', 1)[1]
        if h in new_h.get(page, {}):
            continue
        i = old_h.get(page, {}).get(h)
        if i is None:
            lost += 1
            print(f"{r['item_id']}: not in the old extraction either", file=sys.stderr)
            continue
        author, time, _ = old[page][i]
        nth = sum(1 for c in old[page][:i] if c[:2] == (author, time))
        same = [c for c in new.get(page, []) if c[:2] == (author, time)]
        if nth >= len(same) or not time:
            lost += 1
            print(f"{r['item_id']}: no comment by {author!r} at {time!r} in the new extraction", file=sys.stderr)
            continue
        r['item_id'] = r['item_id'].rsplit('-', 1)[0] + '-' + sha(same[nth][2])
        moved += 1
    with open(labels + '.tmp', 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator='\r\n')
        w.writeheader()
        w.writerows(rows)
    os.replace(labels + '.tmp', labels)
    print(f"{moved} page rows moved to their new text's id, {lost} not matched")

if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
