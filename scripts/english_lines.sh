#!/usr/bin/env bash
# Counts, over `show` for 60 occupations (every 8th unit group by code), the non-empty lines
# that carry English interface text (tests/fixtures/english_interface.txt) under a language.
# Usage: scripts/english_lines.sh [LANG...]   (default: fr ja; needs target/debug/noc-explorer)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${NOC_BIN:-target/debug/noc-explorer}
patterns=tests/fixtures/english_interface.txt
codes=$(grep -rho 'code: "[0-9]\{5\}"' data/noc/units | grep -o '[0-9]\{5\}' | sort -u | awk 'NR % 8 == 1' | head -60)
for l in ${@:-fr ja}; do
    total=0 english=0
    for code in $codes; do
        out=$("$bin" show "$code" --lang "$l")
        t=$(grep -c . <<<"$out" || true)
        e=$(grep . <<<"$out" | awk -v F="$patterns" -v L="$l" '
            BEGIN { n = 0
                    while ((getline x < F) > 0) {
                        if (x ~ /^#/ || x == "") continue
                        if (x ~ / @fr$/) { if (L == "fr") continue; sub(/ @fr$/, "", x) }
                        if (x ~ /^=/) w[substr(x, 2)] = 1; else p[++n] = x } }
            { s = $0; gsub(/^[ \t]+|[ \t]+$/, "", s)
              if (s ~ /^(Source ?:|出典:)/) next
              hit = (s in w)
              for (i = 1; !hit && i <= n; i++) if (index($0, p[i])) hit = 1
              if (hit) c++ }
            END { print c + 0 }')
        total=$((total + t)); english=$((english + e))
    done
    echo "$l: $english of $total non-empty lines carry English interface text ($(wc -w <<<"$codes") occupations)"
done
