#!/usr/bin/env bash
# Install filmgraph on a fresh Debian machine. With --test, also what the tests need:
# the test extras (pytest, ruff, mypy, hypothesis, playwright, the oxigraph server, dask)
# and Debian's chromium, which opens the generated pages and the endpoint's query page.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1
if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
      || echo "warning: could not install chromium; browser tests will be skipped" >&2
  fi
  python3 -m pip install -q -e '.[test]'
else
  python3 -m pip install -q -e .
fi
