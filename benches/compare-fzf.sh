#!/usr/bin/env bash
# Whole-process timing of `noc-explorer search QUERY` against `fzf --filter QUERY` over a file
# of the same texts (titles, French titles, example titles), with hyperfine.
#
#   bash benches/compare-fzf.sh [QUERY...]
#
# Installs hyperfine and fzf with apt-get when missing. Prints each pair's mean times and the
# ratio noc-explorer / fzf (target: <= 1.5).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v fzf >/dev/null || need+=(fzf)
if ((${#need[@]})); then
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --release --quiet --bin noc-explorer --example export_titles
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/export_titles >"$work/titles.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(wc -l <"$work/titles.txt") texts in titles.txt; $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"

if (($#)); then
    queries=("$@")
else
    queries=("nurse" "registered nurse" "electrician" "software developer" "infirmiere" "ingénieur civil" "soudeur" "re")
fi

bin=target/release/noc-explorer
printf '\n%-22s %12s %12s %8s\n' query noc-explorer fzf ratio
for q in "${queries[@]}"; do
    json="$work/run.json"
    # Both through the shell (hyperfine subtracts its start-up); fzf sorts by score like we do.
    hyperfine --warmup 3 --runs "${RUNS:-20}" --style none --export-json "$json" \
        "$bin search --limit 20 '$q' >/dev/null" \
        "fzf --filter '$q' <'$work/titles.txt' >/dev/null" >/dev/null 2>&1
    python3 - "$json" "$q" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
ours, fzf = r[0]["mean"], r[1]["mean"]
print(f"{sys.argv[2]:<22} {ours*1e3:9.2f} ms {fzf*1e3:9.2f} ms {ours/fzf:7.2f}x")
PY
done
