#!/usr/bin/env bash
# Set up, process the bundled seeds into data/aqwal.duckdb (only what changed), and
# open the dashboard on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
STORE="${AQWAL_STORE:-data/aqwal.duckdb}"
.venv/bin/python -m lib process seeds --store "$STORE" --quiet
exec .venv/bin/streamlit run dashboard.py --server.port "${PORT:-8501}" --server.headless true -- --store "$STORE"
