#!/usr/bin/env bash
# kernels/gophernotes/build.sh: build the pinned, patched gophernotes kernel.
#
# Usage: kernels/gophernotes/build.sh OUTPUT      (scripts/setup.sh gophernotes runs it)
#        kernels/gophernotes/build.sh -stamp      (print the build's stamp and exit)
#
# gophernotes v0.7.5, as released, crashes at start on Go 1.26 (its gomacro is from 2022). This builds
# it against gomacro's master of 2024-05-06 and golang.org/x/tools v0.30.0 (go.mod, go.sum), with
# `godebug gotypesalias=0` (go.mod). Both sources come from the module proxy at their pinned versions,
# checked against the sums below and go.sum (which keeps gomacro's lines: do not `go mod tidy` here,
# it drops them since the replace points to a folder), are copied with go.mod and go.sum into a work
# folder outside the checkout (gophernotes-src/ and gomacro-src/ there, where go.mod's replace
# directives point; $STEPNET_GOPHERNOTES_WORK, default ~/.cache/stepnet-gophernotes-build) and patched:
#
#   gophernotes  display.JSONer's proxy method returns map[string]interface{}, as the interface says
#                (two lines; the newer gomacro checks proxy method types).
#   gomacro      before its first import, gomacro deleted all of $GOPATH/src/gomacro.imports, where
#                every running gomacro compiles its imports as Go plugins: two kernels started side by
#                side (two notebooks open, or tests) broke each other's builds. It now deletes only
#                the folders of processes that are gone (stepnet_cleanup.go, one call changed).
#                And an untyped constant converted to a compiled named string type (font.Typeface)
#                is the value, not a reflect.Value holding it (one line); the objects it skips
#                (generic functions of sync, reflect, ...) no longer print a warning in every
#                setup cell (one line).
#
# The binary carries a stamp (a hash of go.mod, go.sum, this script and the added file) in its build
# info, so that the setup script rebuilds it when any of them changes; it also rebuilds when Go
# changes (gomacro loads packages as Go plugins, which must be built by the same Go as the kernel).
set -euo pipefail
cd "$(dirname "$0")"

GOPHERNOTES=github.com/gopherdata/gophernotes@v0.7.5
GOPHERNOTES_SUM=h1:hhQiBOwv4KR02mlYdHiHfLGybtC1QxatCnJqt75apVw=
GOMACRO=github.com/cosmos72/gomacro@v0.0.0-20240506194242-2ff796e3da10
GOMACRO_SUM=h1:27rWQXh4NyifreWT/M1K/DcVLCLHjR8BuWbin7M6sbg=

stamp=$(cat go.mod go.sum build.sh stepnet_cleanup.go | sha256sum | cut -c1-16)
if [ "${1:-}" = -stamp ]; then
	echo "$stamp"
	exit 0
fi
[ $# = 1 ] || {
	echo "usage: $0 OUTPUT" >&2
	exit 2
}
out=$1
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
here=$PWD
work=${STEPNET_GOPHERNOTES_WORK:-${XDG_CACHE_HOME:-$HOME/.cache}/stepnet-gophernotes-build}
mkdir -p "$work"
cp go.mod go.sum "$work/"
cd "$work"

# fetch MODULE@VERSION SUM DEST: a writable copy of the module's source, checked against SUM.
fetch() {
	local json dir got
	json=$(GOFLAGS=-mod=mod GOWORK=off go mod download -json "$1") || {
		printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Error": "\(.*\)",$/\1/p' >&2
		exit 1
	}
	dir=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	got=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Sum": "\(.*\)",$/\1/p')
	if [ "$got" != "$2" ] || [ ! -d "$dir" ]; then
		echo "$1: got sum '$got' in '$dir', want $2" >&2
		exit 1
	fi
	rm -rf "$3" && cp -r "$dir" "$3" && chmod -R u+w "$3"
}

# must FILE LINE: FILE has LINE (a fixed string), or the patch did not apply.
must() {
	grep -qxF -- "$2" "$1" || {
		echo "patching $1 failed: no line '$2'" >&2
		exit 1
	}
}

# 1. gophernotes v0.7.5: display.JSONer's proxy.
fetch "$GOPHERNOTES" "$GOPHERNOTES_SUM" gophernotes-src.tmp
f=gophernotes-src.tmp/x_package.go
sed -i 's/^\(\tJSON_  func(interface{})\) string$/\1 map[string]interface{}/;
	s/^func (P \*proxy_JSONer) JSON() string {$/func (P *proxy_JSONer) JSON() map[string]interface{} {/' "$f"
must "$f" "$(printf '\tJSON_  func(interface{}) map[string]interface{}')"
must "$f" 'func (P *proxy_JSONer) JSON() map[string]interface{} {'

# 2. gomacro: delete only the plugin folders of gomacro processes that are gone.
fetch "$GOMACRO" "$GOMACRO_SUM" gomacro-src.tmp
f=gomacro-src.tmp/base/genimport/importer.go
sed -i 's/^\(\t*\)_ = os.RemoveAll(toRemoveDir)$/\1removeStaleImportDirs(toRemoveDir) \/\/ stepnet: was os.RemoveAll(toRemoveDir)/' "$f"
must "$f" "$(printf '\t\t\t\t\tremoveStaleImportDirs(toRemoveDir) // stepnet: was os.RemoveAll(toRemoveDir)')"
sed '1{/^\/\/go:build ignore$/d;};2{/^$/d;}' "$here/stepnet_cleanup.go" >gomacro-src.tmp/base/genimport/stepnet_cleanup.go
# 3. gomacro: an untyped constant converted to a compiled named string or bool type (gonum/plot's
#    font.Typeface("Liberation"), or font.Font{Typeface: "Liberation"}) became a reflect.Value
#    holding the value instead of the value: "reflect.Value.Convert: value of type reflect.Value
#    cannot be converted to type font.Typeface".
f=gomacro-src.tmp/base/untyped/lit.go
sed -i 's/^\(\t\tret = v\.Convert(t\.ReflectType())\)$/\1.Interface() \/\/ stepnet: was the reflect.Value itself/' "$f"
must "$f" "$(printf '\t\tret = v.Convert(t.ReflectType()).Interface() // stepnet: was the reflect.Value itself')"

# 4. gomacro: the objects it cannot import (generic functions and types of sync, reflect, math/rand/v2,
#    which the packages of the lessons reach) were each reported on the cell's output with
#    "// warning: skipping import of ...", on every setup cell; a cell that uses one still gets an
#    error naming it. Only the warning goes.
f=gomacro-src.tmp/go/types/converter.go
sed -i 's|^\(\t*\)fmt.Printf("// warning: skipping import of %v:\\t%v\\n", g, e)$|\1_ = e // stepnet: was fmt.Printf("// warning: skipping import of ...")|' "$f"
must "$f" "$(printf '\t\t\t\t_ = e // stepnet: was fmt.Printf("// warning: skipping import of ...")')"

rm -rf gophernotes-src gomacro-src
mv gophernotes-src.tmp gophernotes-src
mv gomacro-src.tmp gomacro-src

# 5. The build.
mkdir -p "$(dirname "$out")"
GOFLAGS=-mod=readonly GOWORK=off go build -ldflags="-X=main.stepnetBuild=$stamp" -o "$out.tmp" github.com/gopherdata/gophernotes
mv "$out.tmp" "$out"
echo "built $out (gophernotes v0.7.5 patched, $(go env GOVERSION), stamp $stamp)"
