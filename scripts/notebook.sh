#!/usr/bin/env bash
# scripts/notebook.sh: start Jupyter on notebooks/ for the lessons (run scripts/setup.sh first;
# `make notebook` does both).
#
# Usage: scripts/notebook.sh [gonb|gophernotes]    environment: PORT (default 8888), JUPYTER (default Debian's)
#
# gonb opens notebooks/ (the lessons for GoNB), gophernotes opens notebooks/gophernotes/ (the same
# lessons for gophernotes; run `scripts/setup.sh gophernotes` first). Listens on 127.0.0.1 only, with
# token authentication, opens no browser, and prints the URL (with its token) to open. Stop it with
# Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
kernel=${1:-gonb}
case "$kernel" in
gonb) dir=notebooks name=GoNB ;;
gophernotes) dir=notebooks/gophernotes name=gophernotes ;;
*)
	echo "notebook: unknown kernel '$kernel' (gonb or gophernotes)" >&2
	exit 2
	;;
esac
JUPYTER=${JUPYTER:-/usr/bin/jupyter}
[ -x "$JUPYTER" ] || JUPYTER=$(command -v jupyter) || {
	echo "notebook: jupyter is not installed: run scripts/setup.sh" >&2
	exit 1
}
PORT=${PORT:-8888}
# The token is ours, so that we can print the URL before Jupyter's own (long) start-up log.
token=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
export PYDEVD_DISABLE_FILE_VALIDATION=1 # a debugger warning of Debian's Python 3.11
cat <<MSG

  stepnet: Jupyter on $dir/ (Go kernel: $name). Open this URL in your browser:

      http://127.0.0.1:$PORT/tree?token=$token

  In a lesson, run the cells from the top (the first code cell is the setup). Ctrl-C stops Jupyter.
  If the port is taken, Jupyter picks the next one: then use the URL it prints below.

MSG
extra=()
if [ "$(id -u)" = 0 ]; then extra=(--allow-root); fi # Jupyter refuses root otherwise (containers, CI machines)
exec "$JUPYTER" notebook "${extra[@]}" --no-browser --ip=127.0.0.1 --port="$PORT" \
	--NotebookApp.token="$token" --NotebookApp.notebook_dir="$PWD/$dir"
