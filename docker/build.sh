#!/usr/bin/env bash
# docker/build.sh [TAG]: build the classroom image (docker/Dockerfile) on this machine, for real.
#
# What `make docker-test` runs before it starts the image (tests/docker, TestImage). Steps, each
# skipped when already done:
#   1. the engine: Debian's docker.io (and mmdebstrap) installed with apt-get when there is no
#      dockerd; dockerd started when it is not running, with --bridge=none --iptables=false (no
#      docker0 bridge, no NAT rules: every container here uses the host's network);
#   2. the base (STEPNET_BASE=local, the default): a Debian bookworm made with mmdebstrap from
#      Debian's archive, with Go $GO_VERSION in /usr/local/go taken from the Go module proxy
#      (golang.org/toolchain, the module GOTOOLCHAIN downloads), imported as
#      stepnet-local/golang:$GO_VERSION-bookworm: the shape of the official golang image, for
#      machines that cannot reach Docker Hub. STEPNET_BASE=pinned builds FROM the Dockerfile's
#      pinned golang image instead (needs Docker Hub);
#   3. the host's extra CA certificates (/usr/local/share/ca-certificates/*.crt, e.g. a
#      TLS-inspecting proxy's) copied into docker/ca-certificates/ for the build (git ignores them);
#   4. docker build --network host (BuildKit), tagged TAG (default stepnet:test).
#
# Environment: STEPNET_DOCKERFILE (default docker/Dockerfile; binder/Dockerfile for `make binder-test`),
# STEPNET_BASE (local|pinned), GO_VERSION (default: the host Go's, else 1.26.8),
# DOCKER (default /usr/bin/docker when it exists: Debian's client, whose `docker build` uses the
# engine's own BuildKit without the buildx plugin), JUPYTERHUB (the build arg, default yes).
set -euo pipefail
cd "$(dirname "$0")/.."
tag=${1:-stepnet:test}
base_kind=${STEPNET_BASE:-local}
if [ -z "${DOCKER:-}" ]; then
	if [ -x /usr/bin/docker ]; then DOCKER=/usr/bin/docker; else DOCKER=docker; fi
fi
say() { printf 'docker/build.sh: %s\n' "$*" >&2; }
die() {
	say "$*"
	exit 1
}
sudo=()
if [ "$(id -u)" != 0 ]; then sudo=(sudo); fi
t0=$(date +%s)

# --- 1. The engine --------------------------------------------------------------------------------
need=()
command -v dockerd >/dev/null || need+=(docker.io)
if [ "$base_kind" = local ] && ! command -v mmdebstrap >/dev/null; then need+=(mmdebstrap); fi
if [ ${#need[@]} -gt 0 ]; then
	say "installing Debian packages: ${need[*]}"
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
	if [ "$DOCKER" = docker ] && [ -x /usr/bin/docker ]; then DOCKER=/usr/bin/docker; fi
fi
if ! "$DOCKER" info >/dev/null 2>&1; then
	log=${TMPDIR:-/tmp}/stepnet-dockerd.log
	say "starting dockerd --bridge=none --iptables=false (log: $log)"
	# setsid: the daemon outlives this script and make (stop it with: kill "$(cat /var/run/docker.pid)").
	"${sudo[@]}" setsid dockerd --bridge=none --iptables=false --ip6tables=false >"$log" 2>&1 </dev/null &
	for _ in $(seq 60); do
		if "$DOCKER" info >/dev/null 2>&1; then break; fi
		sleep 0.5
	done
	"$DOCKER" info >/dev/null 2>&1 || die "dockerd did not start; its log, $log:
$(tail -20 "$log")"
fi
say "engine: $("$DOCKER" version --format 'server {{.Server.Version}}, client {{.Client.Version}}')" 

# --- 2. The base ----------------------------------------------------------------------------------
build_args=()
if [ "$base_kind" = local ]; then
	GO=${GO:-$(command -v go || echo /usr/local/go/bin/go)}
	if [ -z "${GO_VERSION:-}" ]; then
		GO_VERSION=$("$GO" env GOVERSION 2>/dev/null | sed -n 's/^go\(1\.26\.[0-9]*\)$/\1/p')
		GO_VERSION=${GO_VERSION:-1.26.8}
	fi
	base=stepnet-local/golang:$GO_VERSION-bookworm
	if "$DOCKER" image inspect "$base" >/dev/null 2>&1; then
		say "ok   base $base"
	else
		say "making the base $base: mmdebstrap bookworm + Go $GO_VERSION from the module proxy"
		mod=golang.org/toolchain@v0.0.1-go$GO_VERSION.linux-amd64
		goroot=$(GOFLAGS= GOTOOLCHAIN=local "$GO" mod download -json "$mod" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
		[ -f "$goroot/bin/go" ] || die "go mod download $mod gave no toolchain (Dir=$goroot)"
		work=$(mktemp -d "${TMPDIR:-/tmp}/stepnet-base.XXXXXX")
		trap 'rm -rf "$work"' EXIT
		# The packages of the official golang image's layers that a build uses (buildpack-deps:
		# bookworm-scm's ca-certificates, git, procps, netbase; gcc, libc6-dev, make, pkg-config).
		mmdebstrap --variant=minbase --quiet \
			--include=ca-certificates,git,procps,netbase,gcc,libc6-dev,make,pkg-config \
			bookworm "$work/root" http://deb.debian.org/debian
		cp -R "$goroot" "$work/root/usr/local/go"
		# The module cache keeps files read-only and without x bits; GOTOOLCHAIN marks bin/ and
		# pkg/tool/ executable when it switches, so does this.
		chmod -R u+w "$work/root/usr/local/go"
		chmod 0755 "$work/root/usr/local/go"/bin/* "$work/root/usr/local/go"/pkg/tool/*/*
		"$work/root/usr/local/go/bin/go" version >/dev/null || die "the copied Go does not run"
		mkdir -p "$work/root/go/bin" "$work/root/go/src"
		chmod -R 1777 "$work/root/go"
		tar -C "$work/root" -c . | "$DOCKER" import \
			--change "ENV GOLANG_VERSION=$GO_VERSION" \
			--change 'ENV GOTOOLCHAIN=local' \
			--change 'ENV GOPATH=/go' \
			--change 'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
			--change 'WORKDIR /go' \
			--change 'CMD ["bash"]' \
			- "$base" >/dev/null
		rm -rf "$work"
		trap - EXIT
		say "made $base ($("$DOCKER" image inspect --format '{{.Size}}' "$base" | awk '{printf "%.0f MB", $1/1e6}'))"
	fi
	build_args+=(--build-arg "GO_IMAGE=$base")
fi

# --- 3. The host's extra CA certificates ----------------------------------------------------------
cadir=docker/ca-certificates
find "$cadir" -type f ! -name README.md ! -name .gitignore -delete
n=0
for crt in /usr/local/share/ca-certificates/*.crt /usr/local/share/ca-certificates/*/*.crt; do
	[ -f "$crt" ] || continue
	cp "$crt" "$cadir/host-$(basename "$(dirname "$crt")")-$(basename "$crt")"
	n=$((n + 1))
done
say "extra CA certificates from the host: $n (copied into $cadir for the build, ignored by git)"

# --- 4. The build ---------------------------------------------------------------------------------
say "docker build --network host ${build_args[*]} --build-arg JUPYTERHUB=${JUPYTERHUB:-yes} -t $tag"
DOCKER_BUILDKIT=1 "$DOCKER" build --network host --progress plain \
	"${build_args[@]}" --build-arg "JUPYTERHUB=${JUPYTERHUB:-yes}" \
	-f "${STEPNET_DOCKERFILE:-docker/Dockerfile}" -t "$tag" .
find "$cadir" -type f ! -name README.md ! -name .gitignore -delete
say "built $tag ($("$DOCKER" image inspect --format '{{.Size}}' "$tag" | awk '{printf "%.2f GB", $1/1e9}')) in $(($(date +%s) - t0)) s"
