#!/usr/bin/env bash
# Set up everything Aqwal needs on a Debian machine with Python 3.11: system packages
# (Chromium and Noto fonts, for image export and browser tests) and a virtual
# environment in .venv with the Python packages. Safe to run again: it skips what is done.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need_apt+=(fonts-noto-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = none ]; then
    echo "setup: please install ${need_apt[*]} (apt-get); image export and browser tests need them" >&2
  else
    echo "setup: installing ${need_apt[*]} with apt-get"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

stamp=".venv/.aqwal-installed"
want="$(cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -r requirements-dev.txt
  # camel-tools without its declared dependencies (they pull in torch and transformers):
  # its tokeniser and normalisers need only six, regex and emoji (in requirements.txt).
  .venv/bin/pip install -q --no-deps "camel-tools>=1.5,<2"
  echo "$want" > "$stamp"
fi
