#!/usr/bin/env bash
# Points an installed IJava or JJava kernel at this project's library, for users who prefer those kernels to the
# rapaio kernel that setup.sh installs. Usage:
#   bash environment/use-ijava.sh               # patch every IJava/JJava kernelspec found
#   bash environment/use-ijava.sh KERNEL_DIR    # patch this one (the folder holding its kernel.json)
# It runs setup.sh first (so build/classpath/ exists), keeps the original as kernel.json.orig, and can be run again.
# setup.sh already installs IJava 1.3.0 as its own kernelspec "Java (segmentation, IJava)"; this script is for the
# IJava or JJava a user installed themselves.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$SEGMENTA_ROOT/environment/setup.sh"
find_jdk25

# True if the kernelspec starts an IJava or JJava jar (`java ... -jar .../ijava-1.3.0.jar`, `jjava-*.jar`).
starts_ijava_or_jjava() {
  "$SYSTEM_PYTHON" - "$1" <<'PY'
import json, os, re, sys
argv = json.load(open(sys.argv[1], encoding="utf-8")).get("argv", [])
jars = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "-jar"]
sys.exit(0 if any(re.search(r"(ijava|jjava)[^/]*\.jar$", os.path.basename(j), re.I) for j in jars) else 1)
PY
}

if [ $# -gt 0 ]; then
  candidates=("$@")
else
  candidates=()
  for dir in "${XDG_DATA_HOME:-$HOME/.local/share}"/jupyter/kernels/* /usr/local/share/jupyter/kernels/* \
             /usr/share/jupyter/kernels/*; do
    # setup.sh writes our own kernelspecs itself.
    case "$(basename "$dir")" in "$SEGMENTA_KERNEL_NAME" | "$SEGMENTA_IJAVA_KERNEL_NAME") continue ;; esac
    [ -f "$dir/kernel.json" ] && starts_ijava_or_jjava "$dir/kernel.json" && candidates+=("$dir")
  done
fi
[ ${#candidates[@]} -gt 0 ] || die "no IJava or JJava kernel found. Install one first (see README.md, 'Using IJava'),
  or give the folder of its kernel.json: bash environment/use-ijava.sh ~/.local/share/jupyter/kernels/java"

for dir in "${candidates[@]}"; do
  [ -f "$dir/kernel.json" ] || die "$dir has no kernel.json"
  "$SYSTEM_PYTHON" - "$dir/kernel.json" "$JAVA_HOME" "$SEGMENTA_CLASSPATH_DIR/*.jar" \
    "$SEGMENTA_BUILD/plotly/plotly.min.js" "$SEGMENTA_JVM_OPTIONS" <<'PY'
import json, os, shutil, sys
path, java_home, classpath, plotly_js, jvm_options = sys.argv[1:]
spec = json.load(open(path, encoding="utf-8"))
if not os.path.exists(path + ".orig"):
    shutil.copyfile(path, path + ".orig")
argv = spec["argv"]
jar_index = next((i for i, a in enumerate(argv) if a == "-jar"), None)
if jar_index is None:
    sys.exit(f"[segmenta] ERROR: {path} does not start a kernel with 'java ... -jar': not an IJava or JJava kernelspec")
options = jvm_options.split()
argv = [os.path.join(java_home, "bin", "java")] + [a for a in argv[1:jar_index] if a not in options] + options + argv[jar_index:]
spec["argv"] = argv
env = spec.setdefault("env", {})
# JJava's launcher starts a second JVM for the kernel and gives it only the options in JJAVA_JVM_OPTS (split at spaces),
# not those in argv; the user's own options there (e.g. -Xmx4g) stay. IJava ignores the variable.
own_options = [o for o in env.get("JJAVA_JVM_OPTS", "").split() if o not in options]
env["JJAVA_JVM_OPTS"] = " ".join(own_options + options)
env["IJAVA_CLASSPATH"] = classpath
env["JJAVA_CLASSPATH"] = classpath
# JJava's launcher starts the `java` it finds on PATH.
env["PATH"] = os.path.join(java_home, "bin") + ":/usr/local/bin:/usr/bin:/bin"
env["JAVA_HOME"] = java_home
env["SEGMENTA_PLOTLY_JS"] = plotly_js
with open(path + ".tmp", "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
os.replace(path + ".tmp", path)
print(f"[segmenta] {path} now loads {classpath} (original kept as kernel.json.orig)", file=sys.stderr)
PY
done
