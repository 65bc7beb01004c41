#!/usr/bin/env bash
# The segment command: segments the customers of any CSV file and writes segments.csv, summary.json, profiles.csv and
# report.html into --out (default segments-out/). Every option is shown, with an example, by:
#   bash environment/segment.sh --help
# Installs what is missing first (environment/setup.sh, quietly: its output is shown only if it fails), then runs the
# command (build/cli/) with JDK 25. Relative paths in the options are relative to the current directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# --engine spark runs the study on Apache Spark: setup installs it on first use (--spark), and the command then runs
# with build/spark/ (Spark, the spark module, the library and the command) and Spark's JVM options.
on_spark=false
master=""
previous=""
for argument in "$@"; do
  [ "$previous" = --engine ] && [ "$argument" = spark ] && on_spark=true
  [ "$argument" = --engine=spark ] && on_spark=true
  [ "$previous" = --master ] && master=$argument
  [[ "$argument" == --master=* ]] && master=${argument#--master=}
  previous=$argument
done
setup_options=()
[ "$on_spark" = true ] && setup_options=(--spark)

setup_log=$(mktemp)
if ! bash "$SEGMENTA_ROOT/environment/setup.sh" "${setup_options[@]}" >"$setup_log" 2>&1; then
  cat "$setup_log" >&2
  rm -f "$setup_log"
  die "environment/setup.sh failed (its output is above), so the segment command cannot run."
fi
rm -f "$setup_log"
find_jdk25

if [ "$on_spark" = true ]; then
  # On this machine (local[*], the default) Spark's driver needs no network name; on a cluster it keeps its own.
  if [ -z "${SPARK_LOCAL_IP:-}" ] && { [ -z "$master" ] || [[ "$master" == local* ]]; }; then
    export SPARK_LOCAL_IP=127.0.0.1
  fi
  # shellcheck disable=SC2086 # the options are one word each
  exec "$JAVA_HOME/bin/java" $SEGMENTA_SPARK_JVM_OPTIONS --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true \
    "-Djava.library.path=$SEGMENTA_SPARK_DIR/native" -Dsegmenta.root="$SEGMENTA_ROOT" -cp "$SEGMENTA_SPARK_DIR/*" \
    org.segmenta.cli.SegmentCommand "$@"
fi
segment_java_options
exec "$JAVA_HOME/bin/java" "${SEGMENT_JAVA_OPTIONS[@]}" -Dsegmenta.root="$SEGMENTA_ROOT" -cp "$SEGMENTA_CLI_DIR/*" \
  org.segmenta.cli.SegmentCommand "$@"
