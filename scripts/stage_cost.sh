#!/usr/bin/env bash
# What the place and quote passes cost, counted rather than timed (wall clock on a shared machine
# swings by a third): callgrind codes the first N BBC articles with one thread, inside
# Coder::Code only, with everything on, with places off (DRAGOMAN_GAZETTEER=none) and with quotes
# off (`dragoman quotes --bench --only off`), and prints instructions, simulated cache misses
# (instruction cache, first-level data, last level) and mispredicted branches. The last level is
# simulated as 2 MB (one core's L2 on this machine). Misses and mispredictions are what makes wall
# time grow more than instructions do: the gazetteer's tables miss in the data caches, the quote
# finder's long rule code in the instruction cache and the branch predictor.
#
#   scripts/stage_cost.sh [BUILD_DIR] [ARTICLES]     (defaults: build, 300)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
articles=${2:-300}
name=stage_cost
source scripts/callgrind_common.sh
count() {  # name, quotes off|on, then VAR=VALUE settings for the run's environment
  local name=$1 quotes=$2
  shift 2
  env "$@" valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes --LL=2097152,16,64 --toggle-collect="$code" \
    --callgrind-out-file="$out/$name.out" "$build/dragoman" quotes --bench "$corpus" --limit "$articles" --runs 1 \
    --only "$quotes" >/dev/null 2>"$out/$name.err" || { cat "$out/$name.err" >&2; exit 1; }
  # Events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw Bc Bcm Bi Bim (each count followed by its share).
  callgrind_annotate "$out/$name.out" 2>/dev/null | sed -E 's/\( *[0-9.]+%\)//g' |
    awk '/PROGRAM TOTALS/ { gsub(",", ""); print $1, $4, $5 + $6, $7 + $8 + $9, $11 + $13 }' >"$out/$name.txt"
}
count all on
count noplaces on DRAGOMAN_GAZETTEER=none
count noquotes off
echo "stage_cost: first $articles BBC articles, inside Coder::Code; last level simulated as 2 MB"
printf '  %-10s %14s %12s %12s %10s %14s\n' "" "instructions" "I1 misses" "D1 misses" "LL misses" "mispredicted"
for n in all noplaces noquotes; do
  read -r ir i1 d1 ll bm <"$out/$n.txt"
  printf '  %-10s %14s %12s %12s %10s %14s\n' "$n" "$ir" "$i1" "$d1" "$ll" "$bm"
done
read -r air ai1 ad1 all abm <"$out/all.txt"
for n in noplaces noquotes; do
  read -r ir i1 d1 ll bm <"$out/$n.txt"
  awk -v n="$n" -v a="$air $ai1 $ad1 $all $abm" -v b="$ir $i1 $d1 $ll $bm" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    printf "  %s pass adds %.1f %% instructions, %.1f %% I1 misses, %.1f %% D1 misses, %.1f %% LL misses, %.1f %% mispredicted branches\n",
      (n == "noplaces" ? "place" : "quote"), 100 * (x[1] - y[1]) / y[1], 100 * (x[2] - y[2]) / y[2], 100 * (x[3] - y[3]) / y[3],
      100 * (x[4] - y[4]) / y[4], 100 * (x[5] - y[5]) / y[5] }'
done
