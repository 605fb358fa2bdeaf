#!/usr/bin/env bash
# Builds Dragoman and codes the bundled sample articles (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDRAGOMAN_BUILD_TESTS=OFF -DDRAGOMAN_BUILD_BENCH=OFF >/dev/null
cmake --build build -j"$(nproc)" --target dragoman_cli >/dev/null
./build/dragoman code --date 2017-08-04 examples/*.txt examples/*.jsonl
