// Package docker checks the classroom image (docker/Dockerfile), with and without a Docker engine.
//
// With an engine: `make docker-test` builds the image (docker/build.sh) and runs [TestImage] on it
// (STEPNET_DOCKER_IMAGE names it; the test skips without): the server as uid 1000 on the host's
// 127.0.0.1 only, the token required, the kit copied into an empty home, a lesson notebook executed on
// GoNB and `stepnet grade` run inside, both with the module proxy off. [TestHub] runs
// tests/hub/hub.py check: a real JupyterHub on 127.0.0.1, a lesson executed through its proxy.
//
// What a machine without Docker can still check:
//
//   - the Dockerfile parses: every instruction is one Docker knows, line continuations are joined,
//     the first instruction after the global ARGs is FROM (see [Parse]);
//   - every COPY/ADD source exists in the build context (the repository root, as the README's
//     `docker build -f docker/Dockerfile .` says) and is not left out by docker/Dockerfile.dockerignore;
//   - the image runs as jovyan (uid 1000), not root; it exposes 8888; CMD starts the notebook server
//     on 0.0.0.0:8888 with token authentication left on; the Go state lives outside /home/jovyan
//     (JupyterHub mounts a volume there);
//   - the setup script the image runs is scripts/setup.sh, the one CI runs
//     (.ci/run → make test → setup → ./scripts/setup.sh), called with arguments it accepts, once as
//     root and once as the non-root user;
//   - that script, run as a non-root user (uid 1000 when the tests run as root) in an empty home
//     with Go and Debian's Jupyter already installed, installs GoNB and the kernelspec into that
//     home, and a second run changes nothing.
//
// Without an engine it cannot check that the base image pulls, that apt-get works inside it, that
// the image builds: TestImage does. docker/README.md says how the figures it quotes were measured.
package docker
