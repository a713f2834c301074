#!/usr/bin/env bash
# Counts, over `show` for 60 occupations (every 8th unit group by code), the non-empty lines
# that carry English interface text (tests/fixtures/english_interface.txt) under a language.
# Usage: scripts/english_lines.sh [LANG...]   (default: fr ja; needs target/debug/noc-explorer)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${NOC_BIN:-target/debug/noc-explorer}
patterns=tests/fixtures/english_interface.txt
codes=$(grep -rho 'code: "[0-9]\{5\}"' data/noc/units | grep -o '[0-9]\{5\}' | sort -u | awk 'NR % 8 == 1' | head -60)
whole=$(mktemp); part=$(mktemp); trap 'rm -f "$whole" "$part"' EXIT
grep -v '^#' "$patterns" | grep '^=' | cut -c2- >"$whole"
grep -v '^#' "$patterns" | grep -v '^=' | grep -v '^$' >"$part"
for lang in "${@:-fr ja}"; do
    for l in $lang; do
        total=0 english=0
        for code in $codes; do
            out=$("$bin" show "$code" --lang "$l")
            t=$(grep -c . <<<"$out" || true)
            e=$(grep . <<<"$out" | awk -v W="$whole" -v P="$part" '
                BEGIN { while ((getline x < W) > 0) w[x] = 1; n = 0; while ((getline x < P) > 0) p[++n] = x }
                { s = $0; gsub(/^[ \t]+|[ \t]+$/, "", s); hit = (s in w)
                  for (i = 1; !hit && i <= n; i++) if (index($0, p[i])) hit = 1
                  if (hit) c++ }
                END { print c + 0 }')
            total=$((total + t)); english=$((english + e))
        done
        echo "$l: $english of $total non-empty lines carry English interface text ($(wc -w <<<"$codes") occupations)"
    done
done
