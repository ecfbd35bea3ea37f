#!/usr/bin/env python3
"""Writes samples/pairs/train.jsonl and dev.jsonl from authored_pairs.py and corpus_pairs.py.

Split: every pair built from the same premise goes to the same split (so the dev set never sees a premise
it was trained on); a premise group is in dev when the first byte of sha256(group id) is below 52 (about 20 %).
Deterministic: run it again and the files are byte-identical.
"""
import hashlib, json, os, unicodedata
from authored_pairs import GROUPS
from corpus_pairs import PAIRS

here = os.path.dirname(os.path.abspath(__file__))

def slug(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if c.isalnum())[:12].lower()

groups = {}
for n, (lang, domain, how, premise, ent, con, neu) in enumerate(GROUPS, 1):
    gid = f"a{n:03d}"
    groups[gid] = [
        {"id": f"{gid}-e", "premise": premise, "hypothesis": ent, "language": lang, "label": "entailment",
         "origin": f"authored:{domain}:paraphrase"},
        {"id": f"{gid}-c", "premise": premise, "hypothesis": con, "language": lang, "label": "contradiction",
         "origin": f"authored:{domain}:{how}"},
        {"id": f"{gid}-n", "premise": premise, "hypothesis": neu, "language": lang, "label": "neutral",
         "origin": f"authored:{domain}:unrelated-detail"},
    ]
for n, (label, article, how, premise, hyp) in enumerate(PAIRS, 1):
    # Corpus pairs sharing a premise form one group.
    gid = "c-" + hashlib.sha256(premise.encode()).hexdigest()[:8]
    groups.setdefault(gid, []).append({"id": f"c{n:03d}", "premise": premise, "hypothesis": hyp, "language": "fr",
                                       "label": label, "origin": f"corpus:{article}:{how}"})

train, dev = [], []
for gid in sorted(groups):
    (dev if hashlib.sha256(gid.encode()).digest()[0] < 52 else train).extend(groups[gid])

for name, rows in (("train.jsonl", train), ("dev.jsonl", dev)):
    with open(os.path.join(here, name), "w", encoding="utf-8", newline="\n") as f:
        for row in sorted(rows, key=lambda r: r["id"]):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"train {len(train)}, dev {len(dev)}")
