#!/usr/bin/env python3
"""Publication dates against the corpus: for every page whose expected-metadata.json has a publishedTime, does
`legal-timeline clean --format json` find the same day?

    python3 Benchmarks/publication-dates.py [CORPUS_DIR] [--binary PATH]
"""
import json
import pathlib
import subprocess
import sys

args = sys.argv[1:]
binary = ".build/release/legal-timeline"
if "--binary" in args:
    i = args.index("--binary")
    binary = args[i + 1]
    del args[i : i + 2]
corpus = pathlib.Path(args[0] if args else "../shared/corpus/readability")

checked = agreed = 0
for page in sorted(corpus.iterdir()):
    metadata = page / "expected-metadata.json"
    source = page / "source.html"
    if not metadata.exists() or not source.exists():
        continue
    expected = (json.loads(metadata.read_text()).get("publishedTime") or "")[:10]
    if not expected:
        continue
    checked += 1
    run = subprocess.run([binary, "clean", "--format", "json", str(source)], capture_output=True, text=True)
    found = ""
    if run.returncode == 0:
        date = json.loads(run.stdout).get("publicationDate") or {}
        found = date.get("value") or date.get("day") or ""
    if found[:10] == expected:
        agreed += 1
    else:
        print(f"{page.name}: expected {expected}, found {found or 'none'}")
print(f"{agreed} of {checked} pages agree at day level")
sys.exit(0 if agreed == checked else 1)
