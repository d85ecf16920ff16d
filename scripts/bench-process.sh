#!/usr/bin/env bash
# Times whole processes side by side, by the CPU time perf stat counts
# (task-clock; jobs by wall time), in rounds that alternate the commands so
# that a busy spell of a shared machine slows them all. The three measures of the README's
# speed targets:
#
#   prose  CoNLL-2003 test read as JSON Lines: prose v3's own pipeline
#          (scripts/prose-pipeline, built here) and each binary with
#          --input jsonl -f jsonl -j 1, one run each per round; prints each
#          one's median, the ratio of prose's median to it, and the median
#          and quartiles of the rounds' ratios.
#   start  one line of JSON Lines (start-up to the first result): each
#          binary run 21 times a round (perf stat -r 21, the file named,
#          not piped: a piped file feeds only the first run); prints each
#          one's median, range, page faults and the median of its ratios
#          to the first binary's, round by round.
#   jobs   the six development sets three times over (12.5 MB of JSON
#          Lines): the first binary at -j 1 held to one core (taskset -c
#          0), then each binary at -j 2, then the machine's own ceiling:
#          two runs of the first binary at -j 1 at once, one on each core;
#          by wall time. Prints each binary's speed-up (the round's -j 1
#          time over its -j 2 time) and the ceiling (twice the -j 1 time
#          over the pair's mean): 2.00 when the two cores are free, less
#          when the runs slow each other down (a cache, memory or another
#          tenant shared); with its CPU time against -j 1's.
#
# Usage: scripts/bench-process.sh prose|start|jobs ROUNDS BIN...
#   BIN  newsextract binaries, built as the README installs them
#        (CGO_ENABLED=0 go build -o /tmp/a ./cmd/newsextract)
# Needs python3, perf (Debian's linux-perf) for prose and start, taskset
# for jobs, and the shared data beside the repository (../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
usage="usage: scripts/bench-process.sh prose|start|jobs ROUNDS BIN..."
mode=${1:?$usage}
rounds=${2:?$usage}
shift 2
[ $# -gt 0 ] || { echo "$usage" >&2; exit 2; }
[ "$mode" = jobs ] || command -v perf >/dev/null || { echo "bench-process: perf is not installed (apt-get install linux-perf)" >&2; exit 1; }
for b in "$@"; do [ -x "$b" ] || { echo "bench-process: $b is not an executable" >&2; exit 1; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$work/times

# cpu [PERF-OPTION...] CMD...: the task-clock milliseconds and page faults
# of one perf stat (of the mean of its runs, with -r); the command reads
# the caller's standard input.
cpu() { perf stat -x, -e task-clock,page-faults "$@" 2>&1 >/dev/null | awk -F, '/task-clock/{t=$1} /page-faults/{f=$1} END{print t, f}'; }

case $mode in
prose)
  gold=../shared/data/conll2003/conll2003-test.jsonl
  [ -f "$gold" ] || { echo "bench-process: $gold is missing" >&2; exit 1; }
  go build -o "$work/prose-pipeline" ./scripts/prose-pipeline
  for r in $(seq "$rounds"); do
    echo "$r prose $(cpu "$work/prose-pipeline" < "$gold")" >> "$log"
    for b in "$@"; do echo "$r $b $(cpu "$b" --input jsonl -f jsonl -j 1 -q "$gold" </dev/null)" >> "$log"; done
  done
  ;;
start)
  echo '{"text":"Biden met Xi in Bali on Monday."}' > "$work/one.jsonl"
  for r in $(seq "$rounds"); do
    for b in "$@"; do
      echo "$r $b $(cpu -r 21 "$b" --input jsonl -f jsonl "$work/one.jsonl" </dev/null)" >> "$log"
    done
  done
  ;;
jobs)
  command -v taskset >/dev/null || { echo "bench-process: taskset is not installed (util-linux)" >&2; exit 1; }
  [ "$(nproc)" -ge 2 ] || { echo "bench-process: jobs needs two cores, this machine has $(nproc)" >&2; exit 1; }
  data=../shared/data
  for f in conll2003/conll2003-dev conllpp/conllpp-dev events/events-dev geo/gwn quotes/polnear-dev tempeval3/tempeval3-timebank; do
    [ -f "$data/$f.jsonl" ] || { echo "bench-process: $data/$f.jsonl is missing" >&2; exit 1; }
    cat "$data/$f.jsonl" >> "$work/dev1.jsonl"
  done
  cat "$work/dev1.jsonl" "$work/dev1.jsonl" "$work/dev1.jsonl" > "$work/dev3.jsonl"
  TIMEFORMAT='%R %U %S'
  # timed NAME CMD...: runs CMD over the sets and logs the round, NAME,
  # and the wall and CPU seconds it took; a failed run stops the script
  # with its error.
  timed() {
    local name=$1 err t
    shift
    err=$(mktemp "$work/err.XXXXXX")
    t=$( { time "$@" --input jsonl -f jsonl -q "$work/dev3.jsonl" >/dev/null </dev/null 2>"$err"; } 2>&1 ) ||
      { echo "bench-process: $* failed:" >&2; cat "$err" >&2; return 1; }
    echo "$r $name $t" | awk '{print $1, $2, $3, $4 + $5}' >> "$log"
  }
  for r in $(seq "$rounds"); do
    # The runs that are not a BIN's -j 2 are logged under names starting
    # with ':', which no BIN path given as the usage says starts with.
    timed :one taskset -c 0 "$1" -j 1
    for b in "$@"; do timed "$b" "$b" -j 2; done
    timed :pair0 taskset -c 0 "$1" -j 1 & p0=$!
    timed :pair1 taskset -c 1 "$1" -j 1 & p1=$!
    # Both are waited for, so that a failed one leaves no run behind.
    s0=0 s1=0
    wait "$p0" || s0=$?
    wait "$p1" || s1=$?
    [ "$s0" = 0 ] && [ "$s1" = 0 ] || exit 1
  done
  ;;
*) echo "$usage" >&2; exit 2 ;;
esac
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$mode" "$log" "$@" <<'PY'
import sys, statistics as st
mode, log, bins = sys.argv[1], sys.argv[2], sys.argv[3:]
def quartiles(xs):
    q = st.quantiles(xs, n=4) if len(xs) > 1 else [xs[0]] * 3
    return q[0], q[2]
if mode == "jobs":
    rows = [line.split() for line in open(log)]
    one = {r: (float(w), float(c)) for r, n, w, c in rows if n == ":one"}
    pair = {}
    for r, n, w, c in rows:
        if n.startswith(":pair"):
            pair.setdefault(r, []).append(float(w))
    ceil = [2 * one[r][0] / st.mean(ws) for r, ws in pair.items()]
    q1, q3 = quartiles(ceil)
    print(f"-j 1 on one core: median {st.median(w for w, _ in one.values()):.2f} s; "
          f"ceiling (two -j 1 runs at once): median {st.median(ceil):.2f}x (quartiles {q1:.2f}-{q3:.2f})")
    for b in bins:
        mine = {r: (float(w), float(c)) for r, n, w, c in rows if n == b}
        speed = [one[r][0] / mine[r][0] for r in mine]
        cpu = [mine[r][1] / one[r][1] for r in mine]
        q1, q3 = quartiles(speed)
        print(f"{b}: -j 2 median {st.median(w for w, _ in mine.values()):.2f} s; speed-up median "
              f"{st.median(speed):.2f}x (quartiles {q1:.2f}-{q3:.2f}, {min(speed):.2f}-{max(speed):.2f}); "
              f"CPU time against -j 1 {st.median(cpu):.3f}x")
    sys.exit()
runs = {}
for line in open(log):
    r, b, t, f = line.split()
    runs.setdefault(b, {})[r] = (float(t), float(f))
if mode == "prose":
    prose = runs["prose"]
    pm = st.median(t for t, _ in prose.values())
    print(f"prose: median {pm:.1f} ms")
    for b in bins:
        ratios = [prose[r][0] / runs[b][r][0] for r in runs[b]]
        bm = st.median(t for t, _ in runs[b].values())
        q1, q3 = quartiles(ratios)
        print(f"{b}: median {bm:.1f} ms; prose's median / its median {pm / bm:.2f}x; "
              f"rounds' ratios: median {st.median(ratios):.2f}x (quartiles {q1:.2f}-{q3:.2f})")
else:
    first = runs[bins[0]]
    for b in bins:
        ts = [t for t, _ in runs[b].values()]
        fs = [f for _, f in runs[b].values()]
        ratios = [runs[b][r][0] / first[r][0] for r in runs[b]]
        print(f"{b}: median {st.median(ts):.2f} ms ({min(ts):.2f}-{max(ts):.2f}), "
              f"page faults {min(fs):.0f}-{max(fs):.0f}, to {bins[0]} by the rounds {st.median(ratios):.3f}x")
PY
