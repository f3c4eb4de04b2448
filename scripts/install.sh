#!/usr/bin/env bash
# Install lactabone into ./.venv on a fresh machine.
#   bash scripts/install.sh        the package
#   bash scripts/install.sh test   the package and the test tools
# numbalsoda (the compiled LSODA solver) builds from source and needs a Fortran compiler:
# this script installs Debian's gfortran when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v gfortran >/dev/null 2>&1; then
  echo "installing gfortran (needed to build numbalsoda)" >&2
  if [ "$(id -u)" -eq 0 ]; then run=""; else run="sudo"; fi
  $run apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq gfortran >/dev/null
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "installed: $(.venv/bin/lactabone --help >/dev/null && echo lactabone command ready)" >&2
