#!/usr/bin/env bash
# Installs what is missing (environment/setup.sh), runs the lib's tests (mvn verify), then executes every notebook
# as a test: a failing cell, or anything a notebook prints on stderr (warnings, SLF4J noise), fails the run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$SEGMENTA_ROOT/environment/setup.sh"
find_jdk25

say "running the lib tests (mvn verify)"
mvn -B -f "$SEGMENTA_ROOT/pom.xml" verify

shopt -s nullglob
notebooks=("$SEGMENTA_ROOT"/notebooks/*.ipynb)
[ ${#notebooks[@]} -gt 0 ] || die "no notebooks found in $SEGMENTA_ROOT/notebooks/"
say "executing ${#notebooks[@]} notebook(s) as tests"
started=$SECONDS
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/run_notebooks.py" --strict \
  --out "$SEGMENTA_BUILD/notebook-tests" "${notebooks[@]}"
say "all notebooks executed without errors or warnings in $((SECONDS - started)) s"
echo "notebooks: ${#notebooks[@]} passed, 0 failed"
