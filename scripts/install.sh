#!/usr/bin/env bash
# Install lactabone into ./.venv on a fresh machine.
#   bash scripts/install.sh        the package
#   bash scripts/install.sh test   the package and the test tools
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
echo "installed: $(.venv/bin/lactabone --help >/dev/null && echo lactabone command ready)" >&2
