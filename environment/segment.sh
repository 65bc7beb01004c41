#!/usr/bin/env bash
# The segment command: segments the customers of any CSV file and writes segments.csv, summary.json, profiles.csv and
# report.html into --out (default segments-out/). Every option is shown, with an example, by:
#   bash environment/segment.sh --help
# Installs what is missing first (environment/setup.sh, quietly: its output is shown only if it fails), then runs the
# command (build/cli/) with JDK 25. Relative paths in the options are relative to the current directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

setup_log=$(mktemp)
if ! bash "$SEGMENTA_ROOT/environment/setup.sh" >"$setup_log" 2>&1; then
  cat "$setup_log" >&2
  rm -f "$setup_log"
  die "environment/setup.sh failed (its output is above), so the segment command cannot run."
fi
rm -f "$setup_log"
find_jdk25

segment_java_options
exec "$JAVA_HOME/bin/java" "${SEGMENT_JAVA_OPTIONS[@]}" -Dsegmenta.root="$SEGMENTA_ROOT" -cp "$SEGMENTA_CLI_DIR/*" \
  org.segmenta.cli.SegmentCommand "$@"
