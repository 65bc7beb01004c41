#!/usr/bin/env bash
# Installs what is missing to run the Segmenta notebooks, and nothing else:
#   1. a JDK >= 25 (found, not installed: we say what to install);
#   2. Debian/Ubuntu packages: Jupyter (notebook, nbconvert, nbclient), OpenBLAS for Smile, Maven;
#   3. the lib/ jar and its runtime dependencies, gathered into build/classpath/; the segment command (cli/) with its
#      runtime dependencies, gathered into build/cli/;
#   4. plotly.js from the npm registry, for interactive charts that work offline;
#   5. the rapaio Java kernel from Maven Central and a user kernelspec "Java (segmentation)".
# Safe to run every time: each step checks first and is silent when there is nothing to do.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# ---------------------------------------------------------------------------------------------- 1. JDK
find_jdk25

# ---------------------------------------------------------------------------------- 2. system packages
missing_packages=()
if ! [ -x "$JUPYTER" ] || ! "$JUPYTER" nbconvert --version >/dev/null 2>&1 \
    || ! "$SYSTEM_PYTHON" -c 'import nbclient' >/dev/null 2>&1; then
  missing_packages+=(jupyter-notebook jupyter-nbconvert python3-nbclient)
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
cli_fingerprint=$(cd "$SEGMENTA_ROOT" && { printf '%s\n' "$JAVA_HOME"; find pom.xml lib/pom.xml lib/src/main cli/pom.xml \
  cli/src/main -type f -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$SEGMENTA_CLI_DIR/.fingerprint" 2>/dev/null)" != "$cli_fingerprint" ]; then
  say "building cli/ (the segment command) and gathering its runtime classpath into build/cli/"
  cli_staging="$SEGMENTA_BUILD/cli.staging"
  rm -rf "$cli_staging"
  run_maven -pl cli -am -Dmaven.test.skip=true package dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$cli_staging"
  cp "$SEGMENTA_ROOT"/cli/target/segmenta-cli-*.jar "$cli_staging/"
  printf '%s\n' "$cli_fingerprint" > "$cli_staging/.fingerprint"
  rm -rf "$SEGMENTA_CLI_DIR"
  mv "$cli_staging" "$SEGMENTA_CLI_DIR"
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
# classes, compiled against the kernel's jar, go before that jar on the classpath.
[ "$RAPAIO_KERNEL_VERSION" = "3.0.1" ] || die "environment/kernel-patch/ holds fixed copies of rapaio-jupyter-kernel \
3.0.1's classes; check each against $RAPAIO_KERNEL_VERSION (their comments say what they fix), then update this check."
patch_source="$SEGMENTA_ROOT/environment/kernel-patch"
patch_classes="$SEGMENTA_KERNEL_DIR/patch"
patch_fingerprint=$(cd "$patch_source" && { printf '%s\n' "$RAPAIO_KERNEL_VERSION"; find . -name '*.java' -print0 | sort -z \
  | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$patch_classes/.fingerprint" 2>/dev/null)" != "$patch_fingerprint" ]; then
  rm -rf "$patch_classes"
  mkdir -p "$patch_classes"
  (cd "$patch_source" && "$JAVA_HOME/bin/javac" --release 25 -nowarn -cp "$kernel_jar" -d "$patch_classes" \
    $(find . -name '*.java'))
  printf '%s\n' "$patch_fingerprint" > "$patch_classes/.fingerprint"
fi

# One kernelspec serves rapaio, IJava and JJava: each reads its classpath from its own variable, and all take a single
# absolute glob (see ../shared/KERNELS.md). JDK 25's bin goes first on PATH because JJava starts the `java` it finds there.
kernelspec_dir="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter/kernels/$SEGMENTA_KERNEL_NAME"
classpath_glob="$SEGMENTA_CLASSPATH_DIR/*.jar"
kernel_json=$("$SYSTEM_PYTHON" - "$JAVA_HOME" "$kernel_jar" "$classpath_glob" "$SEGMENTA_KERNEL_DISPLAY_NAME" \
  "$patch_classes" "$plotly_js" <<'PY'
import json, os, sys
java_home, kernel_jar, classpath, display_name, patch_classes, plotly_js = sys.argv[1:]
jvm_options = ["-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"]
spec = {
    "argv": [os.path.join(java_home, "bin", "java"), *jvm_options, "-cp", patch_classes + ":" + kernel_jar,
             "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
    "display_name": display_name,
    "language": "java",
    "interrupt_mode": "message",
    "env": {
        "RJK_CLASSPATH": classpath,
        "IJAVA_CLASSPATH": classpath,
        "JJAVA_CLASSPATH": classpath,
        "RJK_COMPILER_OPTIONS": "",
        "RJK_INIT_SCRIPT": "",
        "RJK_TIMEOUT_MILLIS": "-1",
        "PATH": os.path.join(java_home, "bin") + ":/usr/local/bin:/usr/bin:/bin",
        "JAVA_HOME": java_home,
        "SEGMENTA_PLOTLY_JS": plotly_js,
    },
}
print(json.dumps(spec, indent=2))
PY
)
if [ "$(cat "$kernelspec_dir/kernel.json" 2>/dev/null)" != "$kernel_json" ]; then
  say "installing the Jupyter kernelspec '$SEGMENTA_KERNEL_DISPLAY_NAME' in $kernelspec_dir"
  mkdir -p "$kernelspec_dir"
  printf '%s\n' "$kernel_json" > "$kernelspec_dir/kernel.json.tmp"
  mv "$kernelspec_dir/kernel.json.tmp" "$kernelspec_dir/kernel.json"
fi
