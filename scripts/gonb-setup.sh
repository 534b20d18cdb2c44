#!/usr/bin/env bash
# The setup cell of every GoNB notebook runs this script (its one line:
# !*"${STEPNET_ROOT:-$GONB_DIR/..}/scripts/gonb-setup.sh"). GoNB compiles each cell in a Go module of
# its own, in a temporary folder, the working directory here ("!*" lines run there). This points the
# stepnet module at the checkout the script is in (the notebook's checkout, or STEPNET_ROOT), takes its
# go.sum, and pins GoNB's display package (gonbui) to the GoNB release the kernel runs
# (internal/notebook.GonbVersion, installed by scripts/setup.sh). go get's chatter is printed only when
# it fails. The last line is stepnet setupok's, in the notebook's language; without STEPNET_ROOT it
# names no path, so that the committed notebook outputs are the same on every machine.
set -u
module=github.com/stepnet/stepnet
gonb=v0.11.1
R="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! grep -qs "^module $module\$" "$R/go.mod"; then
	echo "setup: no stepnet checkout at $R: open the notebook from the checkout's notebooks/ folder, or set STEPNET_ROOT" >&2
	exit 1
fi
go mod edit -replace="$module=$R" -require="$module@v0.0.0-00010101000000-000000000000" \
	-require="github.com/janpfeifer/gonb@$gonb" || exit 1
cat "$R/go.sum" >>go.sum || exit 1
if ! out=$(go get "github.com/janpfeifer/gonb@$gonb" 2>&1); then
	echo "$out" >&2
	exit 1
fi
# The last line comes from the catalogue (pkg/lang), in $STEPNET_LANG: "setup: ok, …" in English,
# "installation : ok, …" in a French notebook (%env STEPNET_LANG=fr).
root=()
if [ -n "${STEPNET_ROOT:-}" ]; then
	root=(-root "$R")
fi
if ! out=$(go run "$module/cmd/stepnet" setupok "${root[@]}" 2>&1); then
	echo "$out" >&2
	exit 1
fi
echo "$out"
