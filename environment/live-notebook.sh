#!/usr/bin/env bash
# The live notebook, tested as a user uses it: starts a Jupyter Notebook server on localhost (Debian's
# jupyter-notebook, no token, a free port, the kernelspec setup.sh installed), opens chapters 01 and 05 through the
# server's UI in headless Chromium, runs all cells (Cell -> Run All) and checks the page
# (environment/browser-check/live-notebook.mjs): every code cell ran without error, the PNG charts, tables and
# interactive Plotly charts are shown, nothing was requested from anywhere but the server. The server works on copies
# of the notebooks in build/live-notebook/ (with data/ linked), so the repository's notebooks are never saved over; it
# and its kernels are stopped however the test ends.
# Usage: bash environment/live-notebook.sh [NOTEBOOK.ipynb ...]   (default: chapters 01 and 05; run setup.sh first)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

notebooks=("$@")
[ ${#notebooks[@]} -gt 0 ] || notebooks=("$SEGMENTA_ROOT/notebooks/01-mall-kmeans.ipynb" \
  "$SEGMENTA_ROOT/notebooks/05-customer-personality.ipynb")
[ -x /usr/bin/jupyter-notebook ] || die "Jupyter Notebook is not installed; run environment/setup.sh first."
install_browser_check
browser_check="$SEGMENTA_ROOT/environment/browser-check"

# The server's folder: copies of the notebooks, the data linked, its own runtime and (empty) config folders, so that
# neither a user's Jupyter configuration nor another server's files come into it.
live="$SEGMENTA_BUILD/live-notebook"
rm -rf "$live"
mkdir -p "$live/notebooks" "$live/runtime" "$live/config"
ln -s "$SEGMENTA_ROOT/data" "$live/data"
paths=()
for notebook in "${notebooks[@]}"; do
  [ -f "$notebook" ] || die "no notebook $notebook"
  cp "$notebook" "$live/notebooks/"
  paths+=("notebooks/$(basename "$notebook")")
done
port=$("$SYSTEM_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

server_pid=""
browser_pid=""
stop_server() {
  [ -z "$browser_pid" ] || kill -TERM "$browser_pid" 2>/dev/null || true
  [ -n "$server_pid" ] || return 0
  # The kernels are the server's children; note them before it goes, in case it cannot stop them itself.
  local kernels
  kernels=$(pgrep -P "$server_pid" || true)
  kill -TERM "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$server_pid" 2>/dev/null || true
  for pid in $kernels; do
    kill -KILL "$pid" 2>/dev/null || true
  done
  server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

as_root=()
[ "$(id -u)" -ne 0 ] || as_root=(--allow-root)
(cd "$live" && exec env JUPYTER_RUNTIME_DIR="$live/runtime" JUPYTER_CONFIG_DIR="$live/config" \
  /usr/bin/jupyter-notebook --no-browser "${as_root[@]}" --ip=127.0.0.1 --port="$port" --port-retries=0 \
  --NotebookApp.token= --NotebookApp.password= --notebook-dir="$live" >"$live/server.log" 2>&1) &
server_pid=$!
started=$SECONDS
until "$SYSTEM_PYTHON" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
    "http://127.0.0.1:$port/api/status" 2>/dev/null; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$live/server.log" >&2; die "the Jupyter Notebook server did not start"; }
  if [ $((SECONDS - started)) -ge 60 ]; then
    cat "$live/server.log" >&2
    die "the Jupyter Notebook server did not answer in 60 s"
  fi
  sleep 0.5
done

say "live notebook: Jupyter Notebook on http://127.0.0.1:$port/ runs ${paths[*]} in headless Chromium"
# In the background, so that a signal to this script stops the test at once (bash runs traps only between commands).
node "$browser_check/live-notebook.mjs" "http://127.0.0.1:$port" "$live" "${paths[@]}" &
browser_pid=$!
if ! wait "$browser_pid"; then
  browser_pid=""
  say "the server's log: $live/server.log"
  exit 1
fi
browser_pid=""
say "live notebook test passed in $((SECONDS - started)) s"
