#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine, then run them.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1
if ! command -v chromium >/dev/null 2>&1; then
  # Headless Chromium opens the generated pages and the endpoint's query page in tests.
  (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
python3 -m pip install -q -e '.[test]'
python3 -m ruff check filmgraph tests bench tools
python3 -m mypy
python3 -m pytest "$@"
