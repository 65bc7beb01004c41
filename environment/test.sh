#!/usr/bin/env bash
# Installs what is missing (environment/setup.sh), runs the lib's tests (mvn verify), executes every notebook into
# reports/ as a test (a failing cell, or anything a notebook prints on stderr, fails the run), then opens every report
# in headless Chromium with the network unused (environment/browser-check/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$SEGMENTA_ROOT/environment/setup.sh"
find_jdk25

# The browser check's own tools: Debian's Chromium and playwright-core (pinned in browser-check/package-lock.json).
[ -x /usr/bin/chromium ] || install_debian_packages chromium
browser_check="$SEGMENTA_ROOT/environment/browser-check"
if [ ! -d "$browser_check/node_modules/playwright-core" ] \
    || [ "$browser_check/package-lock.json" -nt "$browser_check/node_modules/.package-lock.json" ]; then
  say "installing playwright-core for the browser check"
  (cd "$browser_check" && npm ci --silent --no-audit --no-fund >/dev/null)
fi

say "running the lib tests (mvn verify)"
mvn -B -Dstyle.color=never -f "$SEGMENTA_ROOT/pom.xml" verify

shopt -s nullglob
notebooks=("$SEGMENTA_ROOT"/notebooks/*.ipynb)
[ ${#notebooks[@]} -gt 0 ] || die "no notebooks found in $SEGMENTA_ROOT/notebooks/"
say "executing ${#notebooks[@]} notebook(s) as tests"
started=$SECONDS
reports="$SEGMENTA_ROOT/reports"
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/run_notebooks.py" --strict --index --out "$reports" "${notebooks[@]}"
solutions=("$SEGMENTA_ROOT"/notebooks/solutions/*.ipynb)
if [ ${#solutions[@]} -gt 0 ]; then
  # Worked solutions are tested like every chapter but kept out of the student reports.
  "$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/run_notebooks.py" --strict --out "$SEGMENTA_BUILD/solutions" \
    "${solutions[@]}"
fi
say "all notebooks executed without errors or warnings in $((SECONDS - started)) s"

say "opening every report in headless Chromium"
html=()
for notebook in "${notebooks[@]}"; do
  name=$(basename "${notebook%.ipynb}")
  html+=("$reports/$name.html" "$reports/$name-business.html")
done
node "$browser_check/check-reports.mjs" "${html[@]}" "$reports/index.html"
echo "notebooks: $((${#notebooks[@]} + ${#solutions[@]})) passed, 0 failed"
