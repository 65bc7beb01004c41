#!/usr/bin/env bash
# The main job: installs what is missing (environment/setup.sh), then executes every notebook in notebooks/
# on a fresh Java kernel and writes reports/NAME.html, the executed reports/NAME.ipynb and reports/index.html.
# Stops non-zero, naming the notebook and the cell, if a cell fails. It does not download Apache Spark: the Spark chapter
# (09) runs when setup.sh --spark has installed build/spark/, and is otherwise listed in the index as not run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$SEGMENTA_ROOT/environment/setup.sh"

reports="$SEGMENTA_ROOT/reports"
mkdir -p "$reports"
shopt -s nullglob
notebooks=("$SEGMENTA_ROOT"/notebooks/*.ipynb)
[ ${#notebooks[@]} -gt 0 ] || die "no notebooks found in $SEGMENTA_ROOT/notebooks/"

# A chapter on Apache Spark (kernelspec segmenta-spark) needs build/spark/, which only setup.sh --spark downloads.
to_run=()
skipped=()
for notebook in "${notebooks[@]}"; do
  if [ ! -d "$SEGMENTA_SPARK_DIR" ] && [ "$(notebook_kernel "$notebook")" = "$SEGMENTA_SPARK_KERNEL_NAME" ]; then
    say "$(basename "$notebook") needs Apache Spark: bash environment/setup.sh --spark (once), then report.sh again; reporting the other chapters"
    skipped+=(--skip "$notebook" "it needs Apache Spark: bash environment/setup.sh --spark, then report.sh again")
  else
    to_run+=("$notebook")
  fi
done

started=$SECONDS
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/run_notebooks.py" --index --out "$reports" "${skipped[@]}" "${to_run[@]}"
say "executed ${#to_run[@]} notebook(s) in $((SECONDS - started)) s"
say "reports are in $reports/ — open $reports/index.html"
