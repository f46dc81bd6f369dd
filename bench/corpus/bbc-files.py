#!/usr/bin/env python3
"""Writes N article files from the shared BBC News texts (../shared/data/bbc-news), as docs/PERFORMANCE.md measures
on: a title line, a blank line, the text and a 'Copy K' line (K the round through the 2,225 articles), so each file
is a distinct document. Usage: bench/corpus/bbc-files.py OUT_DIR [N=10000]"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, "..", "..", "..", "shared", "data", "bbc-news", "bbc-fulltext.jsonl")
out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
records = [json.loads(line) for line in open(source, encoding="utf-8")]
os.makedirs(out, exist_ok=True)
for i in range(n):
    r = records[i % len(records)]
    text = r["title"] + "\n\n" + r["text"] + f"\n\nCopy {i // len(records)}\n"
    with open(os.path.join(out, f"{i:05d}.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
