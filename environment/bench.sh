#!/usr/bin/env bash
# Times the library's k-means and Ward against Smile 6.3.0 and scikit-learn/SciPy, its order-line path (read, clean,
# one row per customer) against pandas, and its BG/NBD + Gamma-Gamma fit on CDNOW against SciPy, in one run, side by
# side, each tool in its own process with the same thread count, and writes the table to
# bench/results/benchmark.{md,json}.
#   bash environment/bench.sh            # the full benchmark (about 10 minutes on 2 cores; run it on an idle machine)
#   bash environment/bench.sh --quick    # small sizes: checks that everything runs (results in bench/results/quick/)
#   bash environment/bench.sh --help     # the other options (--threads, --only, --timeout, --jvm-option)
# Installs what it needs when missing: python3-sklearn (with SciPy and NumPy), python3-pandas and GNU time, from
# Debian packages. The first full run writes 20 million generated order lines (1.2 GB) to build/bench-data/, and
# pandas' summaries of the CDNOW customers (bench/python/btyd_reference.py --write-summary) beside them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

find_jdk25

missing_packages=()
if ! "$SYSTEM_PYTHON" -c 'import sklearn, scipy, numpy' >/dev/null 2>&1; then
  missing_packages+=(python3-sklearn)
fi
if ! "$SYSTEM_PYTHON" -c 'import pandas' >/dev/null 2>&1; then
  # The peer of the order-line cases (read, clean, one row per customer).
  missing_packages+=(python3-pandas)
fi
if ! [ -x /usr/bin/time ]; then
  # GNU time reports each tool process's peak resident memory.
  missing_packages+=(time)
fi
if ! command -v mvn >/dev/null 2>&1; then
  missing_packages+=(maven)
fi
install_debian_packages "${missing_packages[@]}"
"$SYSTEM_PYTHON" -c 'import sklearn, scipy, numpy' >/dev/null 2>&1 \
  || die "scikit-learn, SciPy and NumPy are still not importable by $SYSTEM_PYTHON after installing python3-sklearn."
"$SYSTEM_PYTHON" -c 'import pandas' >/dev/null 2>&1 \
  || die "pandas is still not importable by $SYSTEM_PYTHON after installing python3-pandas."

# The segment command as a user gets it (build/cli/: its jars, DuckDB's unpacked native library, its AOT cache): the
# whole-process cases of the benchmark (the mall study, the order lines) start the same way.
bash "$SEGMENTA_ROOT/environment/setup.sh"
say "building lib/ and bench/"
run_maven -pl bench -am -Dmaven.test.skip=true package
shopt -s nullglob
bench_jars=("$SEGMENTA_ROOT"/bench/target/segmenta-bench-*.jar)
[ ${#bench_jars[@]} -eq 1 ] || die "expected one bench/target/segmenta-bench-*.jar after the build, found ${#bench_jars[@]}"
# The command's jars first, so that its AOT cache (made for exactly that class path) applies; the bench jar after them.
classpath="$SEGMENTA_CLI_DIR/*:${bench_jars[0]}"
segment_java_options
segment_options=()
for option in "${SEGMENT_JAVA_OPTIONS[@]}"; do
  segment_options+=(--segment-jvm-option "$option")
done

cd "$SEGMENTA_ROOT"
exec "$JAVA_HOME/bin/java" -Xmx2g --sun-misc-unsafe-memory-access=allow -cp "$classpath" org.segmenta.bench.Benchmark \
  --root "$SEGMENTA_ROOT" "${segment_options[@]}" "$@"
