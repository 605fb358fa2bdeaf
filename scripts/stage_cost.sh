#!/usr/bin/env bash
# What the place and quote passes cost, counted rather than timed (wall clock on a shared machine
# swings by a third): callgrind codes the first N BBC articles with one thread, inside
# Coder::Code only, with everything on, with places off (DRAGOMAN_GAZETTEER=none) and with quotes
# off (`dragoman quotes --bench --only off`), and prints instructions and simulated cache misses.
# The last level is simulated as 2 MB (one core's L2 on this machine): the gazetteer and WordNet
# tables cost more in misses than in instructions, and misses are what makes wall time grow more
# than instructions do.
#
#   scripts/stage_cost.sh [BUILD_DIR] [ARTICLES]     (defaults: build, 300)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
articles=${2:-300}
corpus=../shared/corpus/bbc-fulltext.zip
[ -f "$corpus" ] || { echo "stage_cost: $corpus is absent" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "stage_cost: valgrind is not installed" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() {  # name, quotes off|on, then VAR=VALUE settings for the run's environment
  local name=$1 quotes=$2
  shift 2
  env "$@" valgrind --tool=callgrind --cache-sim=yes --LL=2097152,16,64 --toggle-collect='dragoman::Coder::Code(*' \
    --callgrind-out-file="$out/$name.out" "$build/dragoman" quotes --bench "$corpus" --limit "$articles" --runs 1 \
    --only "$quotes" >/dev/null 2>"$out/$name.err" || { cat "$out/$name.err" >&2; exit 1; }
  # Events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw.
  callgrind_annotate "$out/$name.out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", ""); print $1, $4 + $5 + $6, $13 + $15 + $17 }' >"$out/$name.txt"
}
count all on
count noplaces on DRAGOMAN_GAZETTEER=none
count noquotes off
echo "stage_cost: first $articles BBC articles, inside Coder::Code; last level simulated as 2 MB"
printf '  %-22s %15s %12s %12s\n' "" "instructions" "L1 misses" "LL misses"
for n in all noplaces noquotes; do
  read -r ir l1 ll <"$out/$n.txt"
  printf '  %-22s %15s %12s %12s\n' "$n" "$ir" "$l1" "$ll"
done
read -r air al1 all <"$out/all.txt"
for n in noplaces noquotes; do
  read -r ir l1 ll <"$out/$n.txt"
  awk -v n="$n" -v a="$air" -v b="$ir" -v la="$all" -v lb="$ll" 'BEGIN {
    printf "  %s pass adds %.1f %% instructions and %.1f %% last-level misses\n", (n == "noplaces" ? "place" : "quote"), 100 * (a - b) / b, 100 * (la - lb) / lb }'
done
