"""The steps of tools/rebuild-training-data that pulse has no command for: the news-readers train part by labeling
batch, the teacher file less every labeled text, RWWD split by writer, and the check against the default's manifest.

The subsets are written as they were for the default (models/README "Rebuilding it"), so that their SHA-256 can be
checked against its manifest.

    python3 tools/training_data.py batches LABELS DIR
    python3 tools/training_data.py relabeled RELABEL_LABELS DIR
    python3 tools/training_data.py teacher LABELS DIR
    python3 tools/training_data.py rwwd RWWD_CSV DIR
    python3 tools/training_data.py check MANIFEST DIR
"""
import csv
import hashlib
import io
import json
import os
import random
import re
import sys


def rows(path):
    """The column names and rows (each a dict) of a canonical CSV."""
    with open(path, newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def subset(src, dst, keep, blank_sentiment=False):
    """Writes the rows of src that keep accepts, as the files the default names were written (Python's csv module,
    its default dialect; without the `thread` column pulse's imports have held since, which training does not read).
    Returns how many."""
    names, all_rows = rows(src)
    names = [n for n in names if n != 'thread']
    kept = [r for r in all_rows if keep(r)]
    with open(dst, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=names, extrasaction='ignore')
        w.writeheader()
        for r in kept:
            w.writerow(dict(r, sentiment='') if blank_sentiment else r)
    return len(kept)


def batches(labels, d):
    batch = {r['item_id']: r['batch'] for r in rows(labels)[1]}
    train = f'{d}/news-train.csv'
    for name, wanted, blank in (('news12-train', ('1', '2'), False), ('news13-train', ('1', '2', '3'), False),
                                ('news4-train', ('4',), False), ('news4-concern', ('4',), True),
                                ('news5-train', ('5',), False)):
        n = subset(train, f'{d}/{name}.csv', lambda r: batch[r['id']] in wanted, blank)
        print(f'rebuild: {name}.csv {n} rows', file=sys.stderr)


def relabeled(labels, d):
    ids = {r['id'] for r in rows(labels)[1]}
    n = subset(f'{d}/goemotions-train-r.csv', f'{d}/goemotions-relabel-rows.csv', lambda r: r['id'] in ids)
    print(f'rebuild: goemotions-relabel-rows.csv {n} rows', file=sys.stderr)


def rwwd(src, d):
    """Splits `pulse import rwwd`'s rows by writer (the id before "-long" / "-short", so a writer's two texts stay
    together): a fifth of the writers, drawn by random.Random(61), to rwwd-dev.csv, the rest to rwwd-fit.csv
    (models/README, session 61)."""
    names, all_rows = rows(src)
    writers = sorted({r['id'].rsplit('-', 1)[0] for r in all_rows}, key=int)
    random.Random(61).shuffle(writers)
    held = set(writers[:round(0.2 * len(writers))])
    for name, in_dev in (('rwwd-fit', False), ('rwwd-dev', True)):
        n = subset(src, f'{d}/{name}.csv', lambda r: (r['id'].rsplit('-', 1)[0] in held) == in_dev)
        print(f'rebuild: {name}.csv {n} rows', file=sys.stderr)


def norm(text):
    return re.sub(r'\s+', ' ', text).strip().lower()


def teacher(labels, d):
    """teacher9-b5.csv: teacher9.csv less every Civil Comment labeled in labels.csv (the teacher's id ends in the
    Civil Comments id: t-comments-239612; labels.csv says cc-239612) and every news-readers text (white space runs as
    one, lower case)."""
    labeled = {r['item_id'] for r in rows(labels)[1]}
    texts = set()
    for part in ('train', 'dev', 'test'):
        texts |= {norm(r['text']) for r in rows(f'{d}/news-{part}.csv')[1]}
    n = subset(f'{d}/teacher9.csv', f'{d}/teacher9-b5.csv',
               lambda r: 'cc-' + r['id'].rsplit('-', 1)[-1] not in labeled and r['id'] not in labeled
               and norm(r['text']) not in texts)
    print(f'rebuild: teacher9-b5.csv {n} rows', file=sys.stderr)


def without_thread(path):
    """The file's bytes as pulse wrote them before its imports added the `thread` column (session 28)."""
    names, all_rows = rows(path)
    if not names or names[-1] != 'thread':
        return None
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=names[:-1], lineterminator='\n', extrasaction='ignore')
    w.writeheader()
    w.writerows(all_rows)
    return out.getvalue().encode('utf-8')


def check(manifest, d):
    m = json.load(open(manifest))
    bad, seen = 0, set()
    for entry in m['training_data'] + m['dev_data']:
        name = os.path.basename(entry['file'])
        if name in seen:
            continue
        seen.add(name)
        path = os.path.join(d, name)
        if not os.path.exists(path):
            print(f'{name}: MISSING')
            bad += 1
            continue
        data = open(path, 'rb').read()
        if hashlib.sha256(data).hexdigest() == entry['sha256']:
            verdict = 'same'
        else:
            older = without_thread(path)
            if older is not None and hashlib.sha256(older).hexdigest() == entry['sha256']:
                verdict = 'same but for the thread column (added later; training reads the text alone)'
            else:
                verdict = 'DIFFERS'
                bad += 1
        print(f'{name}: {verdict} ({entry["rows"]} rows in the manifest)')
    return 1 if bad else 0


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    step, a, b = sys.argv[1:]
    steps = {'batches': batches, 'relabeled': relabeled, 'teacher': teacher, 'rwwd': rwwd, 'check': check}
    sys.exit(steps[step](a, b) or 0)
