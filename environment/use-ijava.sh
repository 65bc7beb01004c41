#!/usr/bin/env bash
# Points an installed IJava or JJava kernel at this project's library, for users who prefer those kernels to the
# rapaio kernel that setup.sh installs. Usage:
#   bash environment/use-ijava.sh               # patch every IJava/JJava kernelspec found
#   bash environment/use-ijava.sh KERNEL_DIR    # patch this one (the folder holding its kernel.json)
# It runs setup.sh first (so build/classpath/ exists), keeps the original as kernel.json.orig, and can be run again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$SEGMENTA_ROOT/environment/setup.sh"
find_jdk25

if [ $# -gt 0 ]; then
  candidates=("$@")
else
  candidates=()
  for dir in "${XDG_DATA_HOME:-$HOME/.local/share}"/jupyter/kernels/* /usr/local/share/jupyter/kernels/* \
             /usr/share/jupyter/kernels/*; do
    [ -f "$dir/kernel.json" ] && grep -qiE '(ijava|jjava)[^"]*\.jar' "$dir/kernel.json" && candidates+=("$dir")
  done
fi
[ ${#candidates[@]} -gt 0 ] || die "no IJava or JJava kernel found. Install one first (see README.md, 'Using IJava'),
  or give the folder of its kernel.json: bash environment/use-ijava.sh ~/.local/share/jupyter/kernels/java"

for dir in "${candidates[@]}"; do
  [ -f "$dir/kernel.json" ] || die "$dir has no kernel.json"
  "$SYSTEM_PYTHON" - "$dir/kernel.json" "$JAVA_HOME" "$SEGMENTA_CLASSPATH_DIR/*.jar" \
    "$SEGMENTA_BUILD/plotly/plotly.min.js" <<'PY'
import json, os, shutil, sys
path, java_home, classpath, plotly_js = sys.argv[1:]
spec = json.load(open(path, encoding="utf-8"))
if not os.path.exists(path + ".orig"):
    shutil.copyfile(path, path + ".orig")
argv = spec["argv"]
jar_index = next(i for i, a in enumerate(argv) if a == "-jar")
options = ["-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"]
argv = [os.path.join(java_home, "bin", "java")] + [a for a in argv[1:jar_index] if a not in options] + options + argv[jar_index:]
spec["argv"] = argv
env = spec.setdefault("env", {})
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
