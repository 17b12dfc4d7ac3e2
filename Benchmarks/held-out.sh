#!/usr/bin/env bash
# Scores a legal-timeline binary on held-out sets (Benchmarks/HeldOut/setN): for each set, `legal-timeline
# test` counts the expected events found (type and date must match) and the events extracted; this sums them.
# Prints only numbers, never a diff, so it can be run on sets the rule authors must not read.
#
#   bash Benchmarks/held-out.sh [--per-set] BINARY unread|read|all|N...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
per_set=0
if [[ "${1:-}" == "--per-set" ]]; then per_set=1; shift; fi
binary="${1:?usage: held-out.sh [--per-set] BINARY unread|read|all|N...}"; shift
sets=()
for choice in "$@"; do
  case "$choice" in
    unread|read|all)
      while read -r n state; do
        [[ "$n" =~ ^[0-9]+$ ]] || continue
        if [[ "$choice" == all || "$choice" == "$state" ]]; then sets+=("$n"); fi
      done < "$here/HeldOut/sets.txt" ;;
    *) sets+=("$choice") ;;
  esac
done
found=0; expected=0; extracted=0
for n in "${sets[@]}"; do
  dir="$here/HeldOut/set$n"
  line="$("$binary" test "$dir" --quiet 2>/dev/null | grep '^events: ' || true)"
  if [[ -z "$line" ]]; then echo "set$n: no summary line" >&2; continue; fi
  read -r f e x <<<"$(sed -E 's/^events: ([0-9]+) of ([0-9]+) expected found, ([0-9]+) extracted.*/\1 \2 \3/' <<<"$line")"
  found=$((found + f)); expected=$((expected + e)); extracted=$((extracted + x))
  if (( per_set )); then
    printf 'set%s  %4d of %4d found, %4d extracted  P %.3f  R %.3f\n' "$n" "$f" "$e" "$x" \
      "$(python3 -c "print($f/max($x,1))")" "$(python3 -c "print($f/max($e,1))")"
  fi
done
printf '%d sets: %d of %d expected found, %d extracted  P %.3f  R %.3f\n' "${#sets[@]}" "$found" "$expected" \
  "$extracted" "$(python3 -c "print($found/max($extracted,1))")" "$(python3 -c "print($found/max($expected,1))")"
