# Sourced by scripts/callgrind_stages.sh and scripts/stage_cost.sh, from the project root, with
# `name` set to the script's name (for messages). Sets `corpus` (the BBC corpus in ../shared), `out`
# (a temporary directory removed on exit) and `code`, the function whose calls callgrind counts.
corpus=../shared/corpus/bbc-fulltext.zip
[ -f "$corpus" ] || { echo "$name: $corpus is absent" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "$name: valgrind is not installed" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Only what runs inside Coder::Code is counted (not the dictionary load, which also tokenises). The
# full signature: a pattern would also match Code's lambdas, and toggle collection off inside them.
code='dragoman::Coder::Code(dragoman::Article, std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&)'
