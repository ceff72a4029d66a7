#!/usr/bin/env bash
# A longer run of the vendor-text property test than the suite's (tests/hostile/test_vendor_text_is_data.py):
#   bash scripts/fuzz_vendor_text.sh [RUNS]   (default 1000 runs of 5 hostile APIs each; ~0.5 s per API)
# Random (not the suite's fixed seed): every run explores new strings. Hypothesis prints any failing example.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000}"
SPECFOUNDRY_FUZZ_EXAMPLES="$runs" SPECFOUNDRY_FUZZ_RANDOM=1 .venv/bin/python -m pytest -q -p no:cacheprovider \
  tests/hostile/test_vendor_text_is_data.py
