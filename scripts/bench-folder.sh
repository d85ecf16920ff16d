#!/usr/bin/env bash
# Times newsextract on a folder of 1,000 articles (the testdata articles,
# copied round-robin) with -j 1 and -j 2, and prints the speed-up.
# Usage: scripts/bench-folder.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Built as the README installs it: without cgo (a static binary).
CGO_ENABLED=0 go build -o "$work/newsextract" ./cmd/newsextract
mkdir "$work/in"
articles=(testdata/articles/*.txt)
for ((i = 0; i < n; i++)); do
  cp "${articles[i % ${#articles[@]}]}" "$(printf '%s/in/%04d.txt' "$work" "$i")"
done
bytes=$(cat "$work"/in/*.txt | wc -c)
for j in 1 2; do
  start=$(date +%s.%N)
  "$work/newsextract" -q -j "$j" -f jsonl "$work/in" > "$work/out-$j.jsonl"
  end=$(date +%s.%N)
  t[$j]=$(echo "$end - $start" | bc)
  printf -- '-j %d: %d articles (%.1f MB) in %.2f s, %.0f articles/s\n' "$j" "$n" "$(echo "$bytes/1000000" | bc -l)" "${t[$j]}" "$(echo "$n/${t[$j]}" | bc -l)"
done
cmp -s "$work/out-1.jsonl" "$work/out-2.jsonl" && echo "outputs identical"
printf 'speed-up -j 2 over -j 1: %.2fx\n' "$(echo "${t[1]}/${t[2]}" | bc -l)"
