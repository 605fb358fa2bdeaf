#!/usr/bin/env bash
# Dragoman's rules and dictionaries side by side with TABARI's rules (our TABARI-compatible coder,
# which reproduces 97 % of TABARI's validation suite) and TABARI's published CAMEO dictionaries
# (CountryInfo and International actors, PSU agents, the CAMEO master verbs), on the same pipeline:
# accuracy on the PLOVER gold records and on our story gold, and throughput on the BBC corpus.
#
#   scripts/tabari_side_by_side.sh [BUILD_DIR] [BENCH_RUNS]     (defaults: build, 3)
#
# Reads ../shared (the dictionaries are GPL: they are only read from there, never copied here).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-3}
shared=$(cd .. && pwd)/shared
[ -d "$shared/reference/tabari-dictionaries" ] || { echo "tabari_side_by_side: $shared is absent" >&2; exit 2; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat >"$dir/CAMEO.project" <<PROJECT
TABARI with its published CAMEO dictionaries
<actorsfile> $shared/reference/tabari-dictionaries/CountryInfo.120116.actors.zip
<actorsfile> $shared/reference/tabari-dictionaries/Internatnl.120521.actors
<verbsfile> $shared/reference/tabari/CAMEO.091003.master.verbs
<agentsfile> $shared/reference/tabari-dictionaries/PSU.120522.agents
<optionsfile> $shared/reference/tabari/CAMEO.09b5.options
PROJECT
tabari=(--rules tabari --no-default-dict --dict "tabari:$dir/CAMEO.project")
run() {  # label, then the dragoman arguments; dictionary warnings (shadowed patterns) are dropped
  echo "== $1"
  shift
  "$build/dragoman" "$@" 2>&1 | tr '\r' '\n' | grep -v -e 'shadowed' -e 'skipped' -e 'ETA' -e '^ *$' | sed 's/^/  /'
}
run "Dragoman, PLOVER gold" eval --plover "$shared/reference/plover/PLOVER_GSR_CAMEO.txt"
run "TABARI, PLOVER gold" "${tabari[@]}" eval --plover "$shared/reference/plover/PLOVER_GSR_CAMEO.txt"
run "Dragoman, story gold" eval --gold tests/fixtures/gold/stories.jsonl
run "TABARI, story gold" "${tabari[@]}" eval --gold tests/fixtures/gold/stories.jsonl
run "Dragoman, BBC corpus" bench --corpus "$shared/corpus/bbc-fulltext.zip" --runs "$runs" --threads 1
run "TABARI, BBC corpus" "${tabari[@]}" bench --corpus "$shared/corpus/bbc-fulltext.zip" --runs "$runs" --threads 1
