#!/usr/bin/env bash
# Times the library's k-means and Ward against Smile 6.3.0, ELKI 0.8.0 (AGPL: a dependency of the bench module only,
# its jars given to ELKI's process from bench/target/runtime.classpath) and scikit-learn/SciPy, its order-line path
# (read, clean, one row per customer) against pandas, and its BG/NBD + Gamma-Gamma fit on CDNOW against SciPy, in one
# run, side by side, each tool in its own process with the same thread count, and writes the table to
# bench/results/benchmark.{md,json}.
#   bash environment/bench.sh            # the full benchmark (about 10 minutes on 2 cores; run it on an idle machine)
#   bash environment/bench.sh --quick    # small sizes: checks that everything runs (results in bench/results/quick/)
#   bash environment/bench.sh --only spark   # only the order lines at scale: one machine against Spark local[2] on
#                                            # 1M, 10M and 50M generated lines as Parquet (installs Spark if missing)
#   bash environment/bench.sh --help     # the other options (--threads, --only, --timeout, --jvm-option)
# Installs what it needs when missing: python3-sklearn (with SciPy and NumPy), python3-pandas and GNU time, from
# Debian packages. The first full run writes 20 million generated order lines (1.2 GB) to build/bench-data/, and
# pandas' summaries of the CDNOW customers (bench/python/btyd_reference.py --write-summary) beside them; the Spark
# cases write 1M, 10M and 50M generated lines as Parquet (about 400 MB) there the first time they run. Spark itself
# (build/spark/) is installed only when the Spark cases are asked for by name (--only with a text in "spark-crossover"
# ids, such as spark); in a full run without it they are reported as skipped, with the command that installs it.
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
only=""
previous=""
for argument in "$@"; do
  [ "$previous" = "--only" ] && only="$argument"
  previous="$argument"
done
if [ -n "$only" ] && [[ "spark-crossover-" == *"$only"* || "$only" == spark* ]]; then
  bash "$SEGMENTA_ROOT/environment/setup.sh" --spark
else
  bash "$SEGMENTA_ROOT/environment/setup.sh"
fi
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
# Spark's program starts as the Spark kernel does: Spark's JVM options (lib.sh), build/spark/ as class path.
spark_options=(--spark-dir "$SEGMENTA_SPARK_DIR")
for option in $SEGMENTA_SPARK_JVM_OPTIONS; do
  spark_options+=(--spark-jvm-option "$option")
done

cd "$SEGMENTA_ROOT"
# The benchmark converts the generated order lines to Parquet with DuckDB: the command's jar set carries DuckDB without
# its native library, which setup unpacked to build/cli/native.
exec "$JAVA_HOME/bin/java" -Xmx2g --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
  "-Djava.library.path=$SEGMENTA_CLI_DIR/native" -cp "$classpath" org.segmenta.bench.Benchmark \
  --root "$SEGMENTA_ROOT" "${segment_options[@]}" "${spark_options[@]}" "$@"
