package blas

import (
	"fmt"
	"strings"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// engine is a BLAS implementation this build can install.
type engine struct {
	name     string
	impl     blas.Float64
	describe func() string
}

// engines lists the engines of this build, gonum's first; openblas.go adds
// OpenBLAS when built with the tag.
var engines = []engine{{name: "gonum", impl: pureGo{}, describe: func() string { return "gonum (pure Go)" }}}

// init installs gonum's code with the allocation-free Dgemm of pureGo.
func init() { blas64.Use(pureGo{}) }

// Available returns the names of the engines this build can use: "gonum"
// always, and "openblas" when built with the tag openblas and cgo.
func Available() []string {
	names := make([]string, len(engines))
	for i, e := range engines {
		names[i] = e.name
	}
	return names
}

// Use installs the engine called name for every later gonum matrix product
// (blas64.Use). A build with the tag openblas starts with "openblas"
// installed; Use("gonum") goes back to pure Go, for comparisons.
func Use(name string) error {
	for _, e := range engines {
		if e.name == name {
			blas64.Use(e.impl)
			return nil
		}
	}
	hint := ""
	if name == "openblas" {
		hint = " (build with -tags openblas and cgo, and Debian's libopenblas-dev)"
	}
	return fmt.Errorf("blas: no engine %q in this build%s: have %s", name, hint, strings.Join(Available(), ", "))
}

// Backend describes the engine in use: "gonum (pure Go)", or
// "OpenBLAS (cgo, core Haswell, 2 threads)" with the core type and threads
// OpenBLAS chose.
func Backend() string {
	if e, ok := current(); ok {
		return e.describe()
	}
	return fmt.Sprintf("%T", blas64.Implementation())
}

// Accelerated reports whether the engine in use is not gonum's pure Go.
func Accelerated() bool {
	e, ok := current()
	return !ok || e.name != "gonum"
}

// setThreads sets OpenBLAS's thread count; nil without OpenBLAS.
var setThreads func(n int)

// SetThreads tells OpenBLAS to use n threads (it starts with
// $OPENBLAS_NUM_THREADS, or one per core). On a machine shared with other
// work, 1 thread can be faster than 2: a GEMM split over two threads waits
// for the slower one. gonum's pure Go has no such knob (it uses GOMAXPROCS):
// without OpenBLAS SetThreads returns an error.
func SetThreads(n int) error {
	if setThreads == nil {
		return fmt.Errorf("blas: no OpenBLAS in this build: cannot set %d threads (gonum uses GOMAXPROCS)", n)
	}
	if n < 1 {
		return fmt.Errorf("blas: OpenBLAS needs at least 1 thread, got %d", n)
	}
	setThreads(n)
	return nil
}

func current() (engine, bool) {
	impl := blas64.Implementation()
	for _, e := range engines {
		if e.impl == impl {
			return e, true
		}
	}
	return engine{}, false
}
