#!/usr/bin/env bash
# The main job: installs what is missing (environment/setup.sh), then executes every notebook in notebooks/
# on a fresh Java kernel and writes reports/NAME.html, the executed reports/NAME.ipynb and reports/index.html.
# Stops non-zero, naming the notebook and the cell, if a cell fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$SEGMENTA_ROOT/environment/setup.sh"

reports="$SEGMENTA_ROOT/reports"
mkdir -p "$reports"
shopt -s nullglob
notebooks=("$SEGMENTA_ROOT"/notebooks/*.ipynb)
[ ${#notebooks[@]} -gt 0 ] || die "no notebooks found in $SEGMENTA_ROOT/notebooks/"

started=$SECONDS
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/run_notebooks.py" --index --out "$reports" "${notebooks[@]}"
say "executed ${#notebooks[@]} notebook(s) in $((SECONDS - started)) s"
say "reports are in $reports/ — open $reports/index.html"
