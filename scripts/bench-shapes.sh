#!/usr/bin/env bash
# Measures the whole process on made-up pathological articles, one file per
# shape: CPU seconds per MB (user + system) and peak memory per input byte
# above the peak of a one-line article (the fixed start-up memory), with
# /usr/bin/time. The README's "Bounded cost" table comes from it.
# Usage: scripts/bench-shapes.sh [SIZE_BYTES [SHAPE...]]
#   FORMAT  (environment) the output format, jsonl by default
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1000000}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Built as the README installs it: without cgo (a static binary).
CGO_ENABLED=0 go build -o "$work/newsextract" ./cmd/newsextract

# repeat UNIT FILE writes UNIT repeated to size bytes (whole units only).
repeat() { python3 -c 'import sys; u=sys.argv[1]; n=int(sys.argv[2]); sys.stdout.write(u*(n//len(u.encode())))' "$1" "$size" > "$2"; }

make_shape() {
  local f="$work/$1.txt"
  case $1 in
    brackets) python3 -c 'import sys; n=int(sys.argv[1])//2; sys.stdout.write("("*n+"word"+")"*n)' "$size" > "$f" ;;
    dots) repeat . "$f" ;;
    dollars) repeat '$' "$f" ;;
    commas) repeat , "$f" ;;
    quotes) repeat '"' "$f" ;;
    curly-quotes) repeat '“”' "$f" ;;
    bangs) repeat '!' "$f" ;;
    initials) repeat 'a. ' "$f" ;;
    capitalized) python3 -c '
import sys
n=int(sys.argv[1]); out=[]; t=0; i=0
while t<n:
    w="Zed"+"".join(chr(97+i//26**k%26) for k in range(4))+" "
    out.append(w); t+=len(w); i+=1
sys.stdout.write("".join(out)[:n])' "$size" > "$f" ;;
    no-spaces) repeat abcdefghij "$f" ;;
    digits) repeat 1234567890 "$f" ;;
    dates-no-spaces) repeat 2020-05-12 "$f" ;;
    dashes-no-spaces) repeat a- "$f" ;;
    dates) repeat 'On May 12, 2020 and 2021-03-04 ' "$f" ;;
    meeting-words) repeat 'Talks In Paris ' "$f" ;;
    quotes-one-line) repeat '"We will win the vote," Quorble said. ' "$f" ;;
    dated-meetings) repeat 'talks on Monday and ' "$f" ;;
    dateline-lines) repeat $'ZABCDEF (AP) - Za Zb said.\n' "$f" ;;
    road-numbers) repeat $'Traffic on A123 near Za Zb.\n' "$f" ;;
    credit-lines) repeat $'REUTERS / File Photo\nZa Zb met Zc Zd in Paris.\n' "$f" ;;
    closing-credits) repeat $'( Reporting by Za Zb )\nZc Zd met Ze Zf in Paris.\n' "$f" ;;
    company-lines) python3 -c '
import sys
n=int(sys.argv[1]); out=[]; t=0; i=0
while t<n:
    name="Zed"+chr(97+i%26)+chr(97+i//26%26)+chr(97+i//676%26)
    s="%s Corp agreed to buy %s Bank on Monday. \"We will grow,\" the bank said.\n"%(name,name)
    out.append(s); t+=len(s); i+=1
sys.stdout.write("".join(out))' "$size" > "$f" ;;
    *) echo "unknown shape $1" >&2; exit 2 ;;
  esac
}

# peak RUSAGE: prints "cpu_seconds max_rss_kb" for one article.
peak() {
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$work/newsextract" -q -f "${FORMAT:-jsonl}" "$1" > /dev/null
  awk '{printf "%.2f %d\n", $1+$2, $3}' "$work/time"
}

echo 'Mr Smith said.' > "$work/tiny.txt"
read -r _ base < <(peak "$work/tiny.txt")
printf 'load %s; start-up peak %d MB\n' "$(cut -d' ' -f1-3 /proc/loadavg)" $((base / 1024))
printf '%-18s %10s %8s %8s %9s %8s\n' shape bytes cpu_s s/MB rss_MB B/B
shapes=${*:-brackets dots dollars commas quotes curly-quotes bangs initials capitalized no-spaces digits dates-no-spaces dashes-no-spaces dates meeting-words quotes-one-line dated-meetings dateline-lines road-numbers credit-lines closing-credits company-lines}
for s in $shapes; do
  make_shape "$s"
  f="$work/$s.txt"
  bytes=$(stat -c %s "$f")
  read -r cpu rss < <(peak "$f")
  awk -v s="$s" -v b="$bytes" -v c="$cpu" -v r="$rss" -v base="$base" 'BEGIN {
    printf "%-18s %10d %8.2f %8.2f %9.0f %8.0f\n", s, b, c, c/(b/1e6), r/1024, (r-base)*1024/b }'
done
