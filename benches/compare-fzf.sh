#!/usr/bin/env bash
# One run, side by side with fzf on the same texts (titles, French titles, example titles and
# our Japanese names, one a line), at 1x, 2x and 4x the titles:
#   - `noc-explorer search Q` against `fzf --filter Q`, whole processes (hyperfine), and the
#     median of the ratios over the queries;
#   - the first frame in a pseudo-terminal at 120x40 (start to the last byte of the first
#     complete screen) against fzf's (until it shows every line counted, "N/N");
#   - keystrokes in a pseudo-terminal (typing the queries key by key), median and p99;
#   - peak resident memory of `search` and of the idle explorer.
# Then the same with `--data DIR` at 1x, 2x and 4x (examples/scale_data.rs: a copy of data/
# with every example title repeated with "(copy N)" at 2x and 4x): warm, read from the
# directory's prepared copy (made by one start first), and cold, the first start, which parses
# and checks the RON and writes the copy (`search nurse` and the first frame, with the copy
# removed before each run). Each section's prepared copies live in its own temporary folder
# (NOC_EXPLORER_CACHE_DIR), never the user's.
#
#   bash benches/compare-fzf.sh [QUERY...]      # RUNS=20 FRAMES=20 ROUNDS=3 SCALES="1 2 4" COLD=5
#   BIN=path/to/an/older/noc-explorer SCALES=1 bash benches/compare-fzf.sh   # the same for another build
#
# Needs python3 (standard library only) for the pty timing; installs hyperfine and fzf with
# apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v fzf >/dev/null || need+=(fzf)
if ((${#need[@]})); then
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet --bin noc-explorer --example export_titles --example scale_data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${BIN:-$PWD/target/release/noc-explorer}
pty="python3 $PWD/benches/pty_timing.py"

if (($#)); then
    queries=("$@")
else
    queries=("nurse" "registered nurse" "electrician" "software developer" "infirmiere" "ingénieur civil" "soudeur" "re")
fi
printf '%s\n' "${queries[@]}" >"$work/queries.txt"
# Moving down the list: each new major group's deep files are parsed on its first selection.
printf 'j%.0s' {1..120} >"$work/moves.txt"

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores;$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
loadavg() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

# One section: `search` against `fzf --filter` over the queries, memory, the first frame and
# keystrokes, for the explorer run with "${data[@]}".
measure() {
    loadavg
    printf '%-22s %12s %12s %8s\n' query noc-explorer "fzf --filter" ratio
    ratios=()
    for q in "${queries[@]}"; do
        json="$work/run.json"
        # Both through the shell (hyperfine subtracts its start-up).
        hyperfine --warmup 3 --runs "${RUNS:-20}" --style none --export-json "$json" \
            "$bin search ${data[*]} --limit 20 '$q' >/dev/null" \
            "fzf --filter '$q' <'$work/titles.txt' >/dev/null" >/dev/null 2>&1
        line=$(python3 - "$json" "$q" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"]
ours, fzf = statistics.median(r[0]["times"]), statistics.median(r[1]["times"])
print(f"{sys.argv[2]:<22} {ours*1e3:9.2f} ms {fzf*1e3:9.2f} ms {ours/fzf:7.2f}x")
PY
)
        echo "$line"
        ratios+=("${line##* }")
    done
    printf '%s\n' "${ratios[@]}" | tr -d x | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median ratio over the queries: %.2fx (target <= 0.5x)\n", m}'
    rss=$( { /usr/bin/time -f %M "$bin" search "${data[@]}" nurse >/dev/null; } 2>&1 | tail -1)
    echo "peak RSS of search nurse: $(awk -v k="$rss" 'BEGIN {printf "%.1f MB", k/1024}') (target <= 20 MB)"
    loadavg
    echo "first frame at 120x40 (target <= 15 ms):"
    echo "  noc-explorer: $($pty frame 120x40 quit "${FRAMES:-20}" -- "$bin" "${data[@]}")"
    echo "  fzf:          $(PTY_STDIN="$work/titles.txt" $pty frame 120x40 "$n/$n" "${FRAMES:-20}" -- fzf)"
    loadavg
    echo "keystrokes in a pty at 120x40 (target p99 <= 4 ms at 1x, <= 8 ms at 4x):"
    echo "  noc-explorer: $($pty keys 120x40 quit / "$work/queries.txt" "${ROUNDS:-3}" -- "$bin" "${data[@]}")"
    echo "  fzf:          $(PTY_STDIN="$work/titles.txt" $pty keys 120x40 "$n/$n" "" "$work/queries.txt" "${ROUNDS:-3}" -- fzf)"
    echo "  noc-explorer, j down the list (120 moves): $($pty keys 120x40 quit "" "$work/moves.txt" "${ROUNDS:-3}" -- "$bin" "${data[@]}")"
    loadavg
}

# The first start of `--data DIR`, with no prepared copy: `search nurse` and the first frame.
measure_cold() {
    local cache=$NOC_EXPLORER_CACHE_DIR
    loadavg
    hyperfine --warmup 1 --runs "${COLD:-5}" --style none --export-json "$work/cold.json" \
        --prepare "rm -rf '$cache'" "$bin search ${data[*]} --limit 20 nurse >/dev/null" >/dev/null 2>&1
    python3 - "$work/cold.json" <<'PY'
import json, statistics, sys
t = json.load(open(sys.argv[1]))["results"][0]["times"]
print(f"search nurse, cold (no prepared copy): median {statistics.median(t)*1e3:.1f} ms (min {min(t)*1e3:.1f})")
PY
    printf '#!/bin/sh\nrm -rf "%s"\nexec %s %s\n' "$cache" "$bin" "${data[*]}" >"$work/cold.sh"
    chmod +x "$work/cold.sh"
    echo "first frame at 120x40, cold: $($pty frame 120x40 quit "${COLD:-5}" -- "$work/cold.sh")"
    rm -rf "$cache"
}

for scale in ${SCALES:-1 2 4}; do
    target/release/examples/scale_data "$scale" "$work/data$scale"
    target/release/examples/export_titles "$work/data$scale" >"$work/titles.txt"
    n=$(wc -l <"$work/titles.txt")
    if ((scale == 1)); then
        data=()
        echo
        echo "== 1x embedded: $n texts =="
        measure
    fi
    data=(--data "$work/data$scale")
    export NOC_EXPLORER_CACHE_DIR="$work/cache$scale"
    echo
    echo "== ${scale}x --data, cold: $n texts (RON parsed and checked, the prepared copy written) =="
    measure_cold
    "$bin" search "${data[@]}" nurse >/dev/null
    echo
    echo "== ${scale}x --data, warm: $n texts (read from the prepared copy: $(du -h "$NOC_EXPLORER_CACHE_DIR"/*.noc | cut -f1)) =="
    measure
    unset NOC_EXPLORER_CACHE_DIR
done
