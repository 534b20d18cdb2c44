#!/usr/bin/env bash
# scripts/notebook.sh: start Jupyter on notebooks/ for the lessons (run scripts/setup.sh first;
# `make notebook` does both).
#
# Usage: scripts/notebook.sh [gonb|gophernotes]
#   environment: PORT (default 8888), JUPYTER (default Debian's), JUPYTER_TOKEN (default: a random one)
#
# gonb opens notebooks/ (the lessons for GoNB), gophernotes opens notebooks/gophernotes/ (the same
# lessons for gophernotes; run `scripts/setup.sh gophernotes` first). Listens on 127.0.0.1 only, with
# token authentication (the token passed in the environment, not on the command line), opens no
# browser, and prints the URL Jupyter really serves (its port, with the token) once it listens. Stop
# it with Ctrl-C.
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
# The token goes to Jupyter through its environment (JUPYTER_TOKEN), never on the command line: any
# local user reads a command line in `ps`, only this user and root read the environment. Set
# JUPYTER_TOKEN yourself to choose it; an empty one is refused (it turns authentication off).
if [ "${JUPYTER_TOKEN+set}" = set ] && [ -z "$JUPYTER_TOKEN" ]; then
	echo "notebook: JUPYTER_TOKEN is empty, which would turn authentication off; unset it or set a real one" >&2
	exit 1
fi
JUPYTER_TOKEN=${JUPYTER_TOKEN:-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')}
export JUPYTER_TOKEN
export PYDEVD_DISABLE_FILE_VALIDATION=1 # a debugger warning of Debian's Python 3.11
extra=()
if [ "$(id -u)" = 0 ]; then extra=(--allow-root); fi # Jupyter refuses root otherwise (containers, CI machines)
runtime=$("$JUPYTER" --runtime-dir)
"$JUPYTER" notebook "${extra[@]}" --no-browser --ip=127.0.0.1 --port="$PORT" \
	--NotebookApp.notebook_dir="$PWD/$dir" &
pid=$!
# A background job of a script ignores SIGINT (Ctrl-C): stop Jupyter with SIGTERM, its clean shutdown.
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid"; exit 130' INT TERM
# The URL is printed once Jupyter has chosen its port (the next free one when $PORT is taken): it is
# in the server's runtime file, nbserver-PID.json (written 0600), which Jupyter writes once it listens.
port=
for _ in $(seq 1 600); do
	if ! kill -0 "$pid" 2>/dev/null; then
		wait "$pid" || true
		echo "notebook: Jupyter stopped before it served (see its messages above)" >&2
		exit 1
	fi
	f="$runtime/nbserver-$pid.json"
	if [ -r "$f" ]; then
		port=$(sed -n 's/.*"port": *\([0-9][0-9]*\).*/\1/p' "$f" | head -n 1)
		[ -n "$port" ] && break
	fi
	sleep 0.1
done
if [ -z "$port" ]; then
	echo "notebook: Jupyter did not report its port within a minute; use the URL it prints" >&2
else
	note=
	[ "$port" != "$PORT" ] && note="  (port $PORT was taken: Jupyter serves on $port)"
	other=
	[ "$kernel" = gonb ] && other="
  notebooks/gophernotes/ holds the same lessons for the gophernotes kernel: make notebook KERNEL=gophernotes
  Les leçons en français sont dans le dossier fr/ : ouvrez-le dans la liste des fichiers de Jupyter."
	cat <<MSG

  stepnet: Jupyter on $dir/ (Go kernel: $name). Open this URL in your browser:$note

      http://127.0.0.1:$port/tree?token=$JUPYTER_TOKEN

  In a lesson, run the cells from the top (the first code cell is the setup). Ctrl-C stops Jupyter.
  On a lab machine, from your own computer: ssh -L $port:127.0.0.1:$port USER@MACHINE, then open the URL.$other

MSG
fi
wait "$pid"
