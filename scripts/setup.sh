#!/usr/bin/env bash
# scripts/setup.sh: install what stepnet's notebooks need, and only what is missing.
#
# Usage: scripts/setup.sh [--browser] [gonb] [gophernotes]
#
#   gonb (default)  Debian's Jupyter (jupyter-notebook, jupyter-client, jupyter-nbconvert,
#                   python3-nbclient), GoNB v0.11.1, goimports v0.38.0 and the GoNB kernelspec
#                   in the user's Jupyter data folder (~/.local/share/jupyter, or $JUPYTER_DATA_DIR).
#   gophernotes     Debian's Jupyter, gophernotes v0.7.5 built and patched for Go 1.26 by
#                   kernels/gophernotes/build.sh (pinned by its go.mod and go.sum), and its kernelspec.
#                   Name both kernels to install both.
#   --browser       also Debian's chromium, for the headless browser test (`make test` passes it).
#
# One script for `make notebook`, `make test`, CI and the Docker image. Idempotent: when everything is
# there it checks and prints one line per item in well under 2 s. Works as root (installs Debian
# packages with apt-get), as a user with sudo, and as a plain user whose Debian packages and Go are
# already installed (the Docker image's uid 1000): Go tools go to that user's GOBIN and the kernelspec
# to that user's home. Prints what it does; exits 1 with the list of what to install when it cannot.
set -euo pipefail

GONB_VERSION=v0.11.1
GOIMPORTS_VERSION=v0.38.0 # golang.org/x/tools
APT_PACKAGES=(jupyter-notebook jupyter-client jupyter-nbconvert python3-nbclient)

gonb=0
gophernotes=0
browser=0
for arg in "$@"; do
	case "$arg" in
	--browser) browser=1 ;;
	gonb) gonb=1 ;;
	gophernotes) gophernotes=1 ;;
	-h | --help)
		sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "setup: unknown argument '$arg' (usage: scripts/setup.sh [--browser] [gonb] [gophernotes])" >&2
		exit 2
		;;
	esac
done
if [ "$gophernotes" = 0 ]; then gonb=1; fi
if [ "$browser" = 1 ]; then APT_PACKAGES+=(chromium); fi

say() { printf 'setup: %s\n' "$*"; }
die() {
	printf 'setup: %s\n' "$*" >&2
	exit 1
}

# --- 1. Debian packages -------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
	if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
		missing+=("$p")
	fi
done
if [ ${#missing[@]} -eq 0 ]; then
	say "ok   Debian packages: ${APT_PACKAGES[*]}"
else
	if ! command -v apt-get >/dev/null; then
		die "missing ${missing[*]}, and there is no apt-get here: install Jupyter (notebook, nbconvert, nbclient) by other means, then run this again"
	fi
	if [ "$(id -u)" = 0 ]; then
		sudo=()
	elif command -v sudo >/dev/null; then
		sudo=(sudo)
	else
		die "missing Debian packages: ${missing[*]}
       you are not root and there is no sudo; as root run:
         apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
	fi
	say "installing Debian packages: ${missing[*]} (apt-get${sudo:+ via sudo})"
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -q
	"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- 2. Go and the Go tools ---------------------------------------------------------------------
if ! command -v go >/dev/null; then
	if [ -x /usr/local/go/bin/go ]; then
		PATH="/usr/local/go/bin:$PATH"
	else
		die "Go is not installed (need Go 1.26: https://go.dev/doc/install, into /usr/local/go)"
	fi
fi
GO=$(command -v go)
{ read -r gobin; read -r gopath; read -r modcache; read -r goproxy; } < <(go env GOBIN GOPATH GOMODCACHE GOPROXY)
gobin=${gobin:-${gopath%%:*}/bin}

# has_version BIN MODULE VERSION: BIN exists and was built from MODULE at VERSION.
has_version() {
	[ -x "$1" ] && go version -m "$1" 2>/dev/null | grep -q "^[[:space:]]*mod[[:space:]]$2[[:space:]]$3[[:space:]]"
}

# go_install MODULE PACKAGE VERSION: the module proxy serves exact versions only (no version lists),
# while 'go install pkg@v' also asks for the list: serve it from the local module cache first.
go_install() {
	say "installing $2@$3 into $gobin"
	go mod download "$1@$3"
	GOFLAGS= GOPROXY="file://$modcache/cache/download,$goproxy" go install "$2@$3"
}

if [ "$gonb" = 1 ]; then
	if has_version "$gobin/gonb" github.com/janpfeifer/gonb "$GONB_VERSION"; then
		say "ok   gonb $GONB_VERSION ($gobin/gonb)"
	else
		go_install github.com/janpfeifer/gonb github.com/janpfeifer/gonb "$GONB_VERSION"
	fi
	if has_version "$gobin/goimports" golang.org/x/tools "$GOIMPORTS_VERSION"; then
		say "ok   goimports $GOIMPORTS_VERSION ($gobin/goimports)"
	else
		go_install golang.org/x/tools golang.org/x/tools/cmd/goimports "$GOIMPORTS_VERSION"
	fi
fi

# kernelspec NAME LABEL FILE JSON MAKE_FOLDER: writes the kernelspec FILE of kernel NAME (LABEL in
# messages) unless it already holds JSON; MAKE_FOLDER (a function) first prepares the kernelspec's
# folder (logos, GoNB's files).
kernelspec() {
	if [ -f "$3" ] && [ "$(cat "$3")" = "$4" ]; then
		say "ok   kernelspec $1 ($3)"
		return
	fi
	say "installing the $2 kernelspec into $3"
	"$5"
	printf '%s\n' "$4" >"$3.tmp" && mv "$3.tmp" "$3"
}

# --- 3. The GoNB kernelspec ----------------------------------------------------------------------
# GoNB runs go and goimports: the kernelspec puts their folders on the kernel's PATH (Jupyter
# substitutes ${PATH} with its own), so the kernel works however Jupyter was started.
datadir=${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}
if [ "$gonb" = 1 ]; then
	spec="$datadir/kernels/gonb/kernel.json"
	want=$(
		cat <<JSON
{
 "argv": ["$gobin/gonb", "--kernel", "{connection_file}"],
 "display_name": "Go (gonb)",
 "language": "go",
 "interrupt_mode": "message",
 "env": {"PATH": "$(dirname "$GO"):$gobin:\${PATH}"}
}
JSON
	)
	gonb_folder() { JUPYTER_DATA_DIR="$datadir" "$gobin/gonb" --install --force_deps --logtostderr=false >/dev/null; }
	kernelspec gonb GoNB "$spec" "$want" gonb_folder
fi

# --- 4. gophernotes (scripts/setup.sh gophernotes) ------------------------------------------------
# kernels/gophernotes/build.sh builds the pinned, patched kernel. It is rebuilt when its build inputs
# change (the stamp in its build info) or when Go changes: gomacro, the interpreter inside, compiles
# the packages a cell imports into Go plugins, which only load into a kernel built by the same Go.
# The kernelspec gives the kernel Go on its PATH, and a GOPROXY that asks the local module cache
# first: a cell's `import "gonum.org/v1/gonum/mat"` then gets the version the checkout already uses
# (the latest one in the cache), without the network when it is there.
if [ "$gophernotes" = 1 ]; then
	kdir=$(cd "$(dirname "$0")/../kernels/gophernotes" && pwd)
	stamp=$("$kdir/build.sh" -stamp)
	gn="$gobin/gophernotes"
	if [ -x "$gn" ] && go version -m "$gn" 2>/dev/null | grep -q "main\.stepnetBuild=$stamp\$" &&
		[ "$(go version "$gn" 2>/dev/null)" = "$gn: $(go env GOVERSION)" ]; then
		say "ok   gophernotes v0.7.5, patched, build $stamp ($gn)"
	else
		say "building gophernotes v0.7.5, patched (kernels/gophernotes/build.sh), into $gn"
		"$kdir/build.sh" "$gn"
	fi
	spec="$datadir/kernels/gophernotes/kernel.json"
	want=$(
		cat <<JSON
{
 "argv": ["$gn", "{connection_file}"],
 "display_name": "Go (gophernotes)",
 "language": "go",
 "env": {"PATH": "$(dirname "$GO"):$gobin:\${PATH}", "GOPROXY": "file://$modcache/cache/download,$goproxy", "GOFLAGS": ""}
}
JSON
	)
	gophernotes_folder() {
		mkdir -p "$(dirname "$spec")"
		cp "$modcache"/github.com/gopherdata/gophernotes@v0.7.5/kernel/logo-*.png "$(dirname "$spec")/" 2>/dev/null || true
	}
	kernelspec gophernotes gophernotes "$spec" "$want" gophernotes_folder
fi
