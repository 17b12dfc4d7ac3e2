#!/usr/bin/env bash
# Instructions per stage, counted by valgrind's callgrind: unlike CPU time, the count does not move when other
# jobs share the machine, so it is the figure to compare before and after a change. One pass over the corpus;
# each stage includes the ones before it, as in LegalTimelineBenchmarks.
#
#   bash Benchmarks/instruction-profile.sh [CORPUS_DIR]
#
# Needs valgrind. Valgrind 3.19 cannot read the DWARF 5 debug information Swift writes, so a copy of the
# benchmark without debug information is profiled (function names come from the symbol table).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/readability}
swift build -c release --product LegalTimelineBenchmarks >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug .build/release/LegalTimelineBenchmarks "$work/bench"
valgrind --tool=callgrind --callgrind-out-file="$work/profile" "$work/bench" "$corpus" --repetitions 1 \
  --no-timebank >/dev/null 2>"$work/valgrind.log"
callgrind_annotate --inclusive=yes "$work/profile" 2>/dev/null | swift demangle --simplified >"$work/annotated"
python3 - "$work/annotated" <<'PY'
import re, sys
stages = [("stageParse", "parse (libxml2 only)"), ("stageRead", "read (parse+clean+meta)"),
          ("stageSentences", "+ sentences"), ("stageTimes", "+ time expressions"),
          ("stageEvents", "+ events"), ("stageExtract", "extract (+ JSON)")]
counts = {}
for line in open(sys.argv[1]):
    m = re.match(r"\s*([\d,]+) \([^)]*\)\s+\S*:(?:specialized )?(stage\w+)\(", line)
    if m and m.group(2) not in counts:
        counts[m.group(2)] = int(m.group(1).replace(",", ""))
floor = counts.get("stageParse")
if not floor:
    sys.exit("no stage functions found in the profile")
print("stage                      instructions  × parse")
for name, label in stages:
    n = counts.get(name, 0)
    print(f"{label:<24} {n:>15,}  {n / floor:7.2f}")
PY
