#!/usr/bin/env bash
# Install lactabone into ./.venv on a fresh machine.
#   bash scripts/install.sh        the package
#   bash scripts/install.sh test   the package and the test tools, and the BioSimulators executors that run
#                                  the COMBINE archive tests, each in a venv of its own (they pin older
#                                  libraries): .venv-biosimulators (tellurium) and .venv-biosimulators-copasi
# numbalsoda (the compiled LSODA solver) builds from source and needs a Fortran compiler:
# this script installs Debian's gfortran when it is missing. The test tools drive the web page
# in Debian's headless chromium (no browser is downloaded): test mode installs it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
apt_updated=""
apt_install() {  # apt_install PACKAGE WHY: install a Debian package, with sudo when not root
  echo "installing $1 ($2)" >&2
  if [ "$(id -u)" -eq 0 ]; then run=""; else run="sudo"; fi
  if [ -z "$apt_updated" ]; then $run apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq "$1" >/dev/null
}
if ! command -v gfortran >/dev/null 2>&1; then
  apt_install gfortran "needed to build numbalsoda"
fi
if [ "${1:-}" = "test" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium "the browser of the web page's end-to-end test"
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
executor_venv() {  # executor_venv FOLDER COMMAND REQUIREMENT: a BioSimulators executor in a venv of its own
  if [ ! -x "$1/bin/$2" ]; then
    echo "installing $3 into $1 (the COMBINE archive tests run it)" >&2
    python3 -m venv "$1"
    "$1/bin/python" -m pip install -q --upgrade pip
    # kisao, under both executors, imports pkg_resources, which setuptools 81 removed
    "$1/bin/python" -m pip install -q "setuptools<81" "$3"
  fi
}
if [ "${1:-}" = "test" ]; then
  executor_venv .venv-biosimulators biosimulators-tellurium "biosimulators-tellurium==0.1.44"
  executor_venv .venv-biosimulators-copasi biosimulators-copasi "biosimulators-copasi==0.2.23"
fi
echo "installed: $(.venv/bin/lactabone --help >/dev/null && echo lactabone command ready)" >&2
