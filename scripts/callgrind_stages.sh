#!/usr/bin/env bash
# Instructions per sentence for each pipeline stage, from callgrind (stable on a noisy machine,
# unlike wall time). Codes the first N articles of the BBC corpus with one thread and prints the
# inclusive instruction count of each stage's entry function, within Coder::Code, divided by the
# sentences coded.
#
#   scripts/callgrind_stages.sh [BUILD_DIR] [ARTICLES]     (defaults: build, 300)
#
# Needs valgrind (Debian `valgrind`) and ../shared/corpus/bbc-fulltext.zip. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
articles=${2:-300}
name=callgrind_stages
source scripts/callgrind_common.sh
valgrind --tool=callgrind --toggle-collect="$code" --callgrind-out-file="$out/cg.out" "$build/dragoman" bench --corpus "$corpus" \
  --limit "$articles" --runs 1 --threads 1 >"$out/bench.txt" 2>"$out/valgrind.txt"
sentences=$(sed -n 's/.* articles, \([0-9]*\) sentences,.*/\1/p' "$out/bench.txt" | sed -n 1p)
[ -n "$sentences" ] || { cat "$out/bench.txt" "$out/valgrind.txt" >&2; exit 1; }
callgrind_annotate --inclusive=yes --threshold=100 "$out/cg.out" >"$out/annotated.txt" 2>/dev/null
echo "callgrind: $articles BBC articles, $sentences sentences; inclusive instructions per sentence"
# stage label | function name as callgrind prints it (first match, inclusive)
while IFS='|' read -r label fn; do
  n=$(awk -v f="$fn" 'index($0, f) { gsub(",", "", $1); print $1; exit }' "$out/annotated.txt")
  [ -n "$n" ] || n=0
  awk -v l="$label" -v n="$n" -v s="$sentences" 'BEGIN { printf "  %-28s %9.0f\n", l, n / s }'
done <<'STAGES'
whole article (Coder::Code)|dragoman::Coder::Code(
  plain-text parts|dragoman::ReadPlainText(
  language guess|dragoman::GuessLanguage
  normalise|dragoman::NormalizedText::Append(
  sentences (ICU)|dragoman::SentenceSplitter::Split(
  tokens|dragoman::Tokenize(
  part of speech + lemmas|dragoman::PosTagger::Tag(
  dictionary names|dragoman::Lexicon::MatchNames(
  mentions + coreference|dragoman::FindMentions(
  clauses|dragoman::AnalyzeClauses(
  quotes (per sentence)|dragoman::QuoteFinder::ObserveSentence(
  events|dragoman::CodeSentence(
  toponyms|dragoman::FindToponyms(
  places (per sentence)|dragoman::ArticlePlaces::AddSentence(
  places (resolution)|dragoman::ArticlePlaces::Resolve(
STAGES
