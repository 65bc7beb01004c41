#!/usr/bin/env bash
# Installs what is missing, Apache Spark included (environment/setup.sh --spark), runs the tests of lib/, cli/, bench/
# and spark/ (mvn -Pspark verify; the Spark tests run on local[2] and on local-cluster[2,1,1024]), executes every notebook
# into reports/ as a test (a failing cell, or anything a notebook prints on stderr, fails the run; chapter 09 runs on
# the Spark kernelspec its metadata names), executes them again on IJava (all but the Spark chapter) and compares every
# cell's outputs with rapaio's (environment/compare_kernels.py), runs the segment command end to end with its report
# (on the mall's customers and on Online Retail's order lines) and on Spark (the mall's customers, --engine spark,
# with the report made from the Spark run's outputs),
# then opens every
# report in headless Chromium with the network unused (environment/browser-check/). After the notebooks, the numbers
# their prose states are checked against their outputs (environment/check_claims.py, notebooks/claims/). It also
# interrupts a long fit in a real kernel and checks the next cell keeps its state (environment/interrupt_test.py), and
# runs chapters 01 and 05 in a live Jupyter Notebook server in headless Chromium (environment/live-notebook.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$SEGMENTA_ROOT/environment/setup.sh" --spark
find_jdk25

install_browser_check
browser_check="$SEGMENTA_ROOT/environment/browser-check"

say "running the tests of lib/, cli/, bench/ and spark/ (mvn -Pspark verify)"
mvn -B -Dstyle.color=never -f "$SEGMENTA_ROOT/pom.xml" -Pspark verify

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

# Every number, ranking and verdict the prose states, against the executed outputs (notebooks/claims/*.tsv); the
# checker's own tests include chapter 0 executed on a changed copy of the data, which must fail its claims.
say "checking the chapters' claims against their outputs (environment/check_claims.py)"
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/test_check_claims.py" --data
claim_folders=("$reports")
[ ${#solutions[@]} -eq 0 ] || claim_folders+=("$SEGMENTA_BUILD/solutions")
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/check_claims.py" --claims "$SEGMENTA_ROOT/notebooks/claims" \
  "${claim_folders[@]}"

# ------------------------------------------------------------------ the same notebooks on IJava, compared with rapaio
# The README says the notebooks run unmodified on IJava: every chapter and the solutions run again on the IJava
# kernelspec setup.sh installs (strict too), and each cell's outputs must match rapaio's in kind and text (images by
# presence and size), or environment/compare_kernels.py names the notebook, the cell and the difference.
# Not the Spark chapter (09, kernelspec segmenta-spark) nor its solutions: their kernel is rapaio with Spark's class
# path and JVM options, and there is no IJava kernelspec with them, so there is nothing to compare them with; they ran
# above on their own kernel.
ijava_notebooks=()
for notebook in "${notebooks[@]}"; do
  [ "$(notebook_kernel "$notebook")" = "$SEGMENTA_SPARK_KERNEL_NAME" ] || ijava_notebooks+=("$notebook")
done
ijava_solutions=()
for notebook in "${solutions[@]}"; do
  [ "$(notebook_kernel "$notebook")" = "$SEGMENTA_SPARK_KERNEL_NAME" ] || ijava_solutions+=("$notebook")
done
say "executing the same ${#ijava_notebooks[@]} + ${#ijava_solutions[@]} notebook(s) on IJava ($SEGMENTA_IJAVA_KERNEL_NAME)"
started=$SECONDS
ijava_out="$SEGMENTA_BUILD/ijava"
rm -rf "$ijava_out"
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/run_notebooks.py" --strict --kernel "$SEGMENTA_IJAVA_KERNEL_NAME" \
  --out "$ijava_out" "${ijava_notebooks[@]}" "${ijava_solutions[@]}"
say "all notebooks executed on IJava in $((SECONDS - started)) s; comparing their outputs with rapaio's"
pairs=()
for notebook in "${ijava_notebooks[@]}"; do
  pairs+=("$reports/$(basename "$notebook")" "$ijava_out/$(basename "$notebook")")
done
for notebook in "${ijava_solutions[@]}"; do
  pairs+=("$SEGMENTA_BUILD/solutions/$(basename "$notebook")" "$ijava_out/$(basename "$notebook")")
done
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/compare_kernels.py" --labels rapaio,IJava "${pairs[@]}"

# The segment command end to end, as a user runs it: the mall data through environment/segment.sh, report included.
say "running the segment command end to end (mall data, k-means, k = 5, with report.html)"
segment_out="$SEGMENTA_BUILD/segment-test"
rm -rf "$segment_out"
bash "$SEGMENTA_ROOT/environment/segment.sh" --input "$SEGMENTA_ROOT/data/mall_customers.csv" \
  --features "Annual Income (k\$),Spending Score (1-100)" --scale none --k 5 --out "$segment_out" --quiet
for output in segments.csv summary.json profiles.csv report.html; do
  [ -s "$segment_out/$output" ] || die "the segment command did not write $segment_out/$output"
done
# The report repeats the command's study with the same lib calls, from the command's parameters: same segments.
sizes=$("$SYSTEM_PYTHON" -c 'import json, sys; print(", ".join(map(str, json.load(open(sys.argv[1]))["sizes"])))' \
  "$segment_out/summary.json")
grep -qF "The parameters of your study:" "$segment_out/report.html" \
  || die "$segment_out/report.html was not made from the command's parameters"
grep -qF "k-means found 5 segments of $sizes customers." "$segment_out/report.html" \
  || die "$segment_out/report.html does not show the segment sizes $sizes of summary.json"

# The README's order-line example, exactly as written there: Online Retail's order lines to customers, models and segments.
say "running the segment command end to end on order lines (Online Retail, the README example, with report.html)"
orders_out="$SEGMENTA_BUILD/segment-orders-test"
rm -rf "$orders_out"
bash "$SEGMENTA_ROOT/environment/segment.sh" --transactions "$SEGMENTA_ROOT/data/online_retail.csv.gz" \
  --customer-id CustomerID --date InvoiceDate --quantity Quantity --price UnitPrice --order-id InvoiceNo \
  --out "$orders_out" --quiet
for output in customers.csv summary.json profiles.csv report.html; do
  [ -s "$orders_out/$output" ] || die "the segment command did not write $orders_out/$output"
done
header="CustomerID,recency_days,frequency,monetary,average_order_value,tenure_days,first_purchase,last_purchase"
header+=",r_score,f_score,m_score,rfm_segment,expected_purchases,p_alive,clv,segment,segment_name"
[ "$(head -n 1 "$orders_out/customers.csv")" = "$header" ] \
  || die "$orders_out/customers.csv does not start with the header $header"
rows=$(($(wc -l < "$orders_out/customers.csv") - 1))
[ "$rows" -eq 4338 ] || die "$orders_out/customers.csv has $rows customers, not 4338"
sizes=$("$SYSTEM_PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["sizes"])' "$orders_out/summary.json")
k=$("$SYSTEM_PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["k"])' "$orders_out/summary.json")
grep -qF "Parameters from the segment command." "$orders_out/report.html" \
  || die "$orders_out/report.html was not made from the command's parameters"
grep -qF "k-means with $k segments of sizes $sizes" "$orders_out/report.html" \
  || die "$orders_out/report.html does not show the segment sizes $sizes of summary.json"

# The README's Spark example for a customer table, through environment/segment.sh as a user runs it (build/spark/ as
# the class path, Spark's JVM options), with k chosen on Spark (k = 2..6): k = 5 and the same segments as the local run
# above, and its report.html, made from the run's outputs by cli/notebooks/spark-study.ipynb (a template, executed
# only with a run's parameters), with the criteria per k.
say "running the segment command end to end on Spark (mall data, --engine spark, local[*], --k auto, with report.html)"
spark_out="$SEGMENTA_BUILD/segment-spark-test"
rm -rf "$spark_out"
bash "$SEGMENTA_ROOT/environment/segment.sh" --engine spark --input "$SEGMENTA_ROOT/data/mall_customers.csv" \
  --features "Annual Income (k\$),Spending Score (1-100)" --scale none --k auto --max-k 6 --out "$spark_out" --quiet
for output in segments.csv summary.json profiles.csv report.html; do
  [ -s "$spark_out/$output" ] || die "the segment command on Spark did not write $spark_out/$output"
done
[ -d "$spark_out/segments.parquet" ] || die "the segment command on Spark did not write $spark_out/segments.parquet/"
spark_sizes=$("$SYSTEM_PYTHON" -c 'import json, sys; print(", ".join(map(str, json.load(open(sys.argv[1]))["sizes"])))' \
  "$spark_out/summary.json")
local_sizes=$("$SYSTEM_PYTHON" -c 'import json, sys; print(", ".join(map(str, json.load(open(sys.argv[1]))["sizes"])))' \
  "$segment_out/summary.json")
[ "$spark_sizes" = "$local_sizes" ] \
  || die "the segment command on Spark found segments of $spark_sizes customers, the local one $local_sizes"
grep -qF "The parameters of the study run on Spark:" "$spark_out/report.html" \
  || die "$spark_out/report.html was not made from the Spark run's outputs"
grep -qF "k-means on Spark found 5 segments of $spark_sizes customers." "$spark_out/report.html" \
  || die "$spark_out/report.html does not show k = 5 and the segment sizes $spark_sizes of summary.json"
grep -qF "Criteria per k, computed on Spark" "$spark_out/report.html" \
  || die "$spark_out/report.html does not show the criteria of --k auto per k"

say "opening every report in headless Chromium (business reports: no code-like text)"
node --test "$browser_check/code-like-text.test.mjs" >/dev/null \
  || die "the code-like-text patterns fail their tests: node --test $browser_check/code-like-text.test.mjs"
html=()
for notebook in "${notebooks[@]}"; do
  name=$(basename "${notebook%.ipynb}")
  html+=("$reports/$name.html" "$reports/$name-business.html")
done
node "$browser_check/check-reports.mjs" "${html[@]}" "$reports/index.html" "$segment_out/report.html" \
  "$orders_out/report.html" "$spark_out/report.html"
# Kernel -> Interrupt keeps the kernel (environment/kernel-patch/): through jupyter_client, a 200,000-customer fit is
# interrupted, stops with the library's CancellationException, and the next cell runs with the earlier variables.
say "interrupting a long fit on the notebook kernel (environment/interrupt_test.py)"
"$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/interrupt_test.py"

# The live notebook as a user runs it: a Jupyter Notebook server on localhost, chapters 01 and 05 opened in headless
# Chromium, Cell -> Run All, every cell without error, charts and tables on the page, no network (it says its time).
bash "$SEGMENTA_ROOT/environment/live-notebook.sh"

echo "notebooks: $((${#notebooks[@]} + ${#solutions[@]})) passed, 0 failed"
