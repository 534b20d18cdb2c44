#!/usr/bin/env bash
# docker/binder-test.sh [TAG]: build binder/Dockerfile on this machine (docker/build.sh's engine and
# local base) and run it as Binder does: as jovyan (uid 1000), Binder's own command line, the
# notebooks on GoNB. Checks that the server refuses a request without the token, lists the GoNB
# kernel, and that lesson 01 executes inside with no error. What `make binder-test` runs.
set -euo pipefail
cd "$(dirname "$0")/.."
tag=${1:-stepnet-binder:test}
DOCKER=${DOCKER:-$( [ -x /usr/bin/docker ] && echo /usr/bin/docker || echo docker)}
say() { printf 'binder-test: %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }
t0=$(date +%s)
STEPNET_DOCKERFILE=binder/Dockerfile ./docker/build.sh "$tag"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
# Binder's command: jupyter notebook on its port, its token; here bound to 127.0.0.1 of the host network.
cid=$("$DOCKER" run -d --rm --network host "$tag" jupyter notebook --ip=127.0.0.1 --port="$port" --no-browser \
	--NotebookApp.token="$token" --NotebookApp.default_url=/tree/notebooks)
trap '"$DOCKER" rm -f "$cid" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 120); do
	curl -fs -o /dev/null "http://127.0.0.1:$port/api/status?token=$token" && break
	sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$port/api/status?token=$token" || die "no server on $port: $("$DOCKER" logs "$cid" 2>&1 | tail -5)"
say "server up $(($(date +%s) - t0)) s after the build started"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/contents")
[ "$code" = 403 ] || die "without the token: HTTP $code, want 403"
say "without the token: HTTP 403"
uid=$("$DOCKER" exec "$cid" id -u)
[ "$uid" = 1000 ] || die "the server runs as uid $uid, want 1000 (Binder's rule)"
specs=$(curl -fs "http://127.0.0.1:$port/api/kernelspecs?token=$token")
echo "$specs" | grep -q '"gonb"' || die "no GoNB kernel: $specs"
say "uid 1000; kernels: $(echo "$specs" | python3 -c 'import json,sys; print(", ".join(sorted(json.load(sys.stdin)["kernelspecs"])))')"
listed=$(curl -fs "http://127.0.0.1:$port/api/contents/notebooks?token=$token" | python3 -c 'import json,sys; print(sum(1 for c in json.load(sys.stdin)["content"] if c["name"].endswith(".ipynb")))')
[ "$listed" -ge 15 ] || die "the server lists $listed notebooks in notebooks/, want every lesson"
say "notebooks/ lists $listed lessons"
t1=$(date +%s)
"$DOCKER" exec "$cid" bash -c 'cd ~ && jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 --output-dir /tmp/out notebooks/01-single-neuron.ipynb' \
	|| die "lesson 01 did not execute inside the image"
errs=$("$DOCKER" exec "$cid" python3 -c 'import json; nb=json.load(open("/tmp/out/01-single-neuron.ipynb")); print(sum(1 for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"))')
[ "$errs" = 0 ] || die "lesson 01: $errs error outputs"
say "lesson 01 executed inside on GoNB in $(($(date +%s) - t1)) s, no error"
say "PASS in $(($(date +%s) - t0)) s; image $("$DOCKER" image inspect --format '{{.Size}}' "$tag" | awk '{printf "%.2f GB", $1/1e9}')"
