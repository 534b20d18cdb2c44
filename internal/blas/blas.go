package blas

import (
	"fmt"
	"strings"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// engine is a BLAS implementation this build can install.
type engine struct {
	name     string
	impl     blas.Float64
	describe func() string
}

// engines lists the engines of this build, gonum's first, then "asm" where
// the CPU runs its kernel; openblas.go adds OpenBLAS when built with the tag.
// The last one is the build's default.
var engines = append([]engine{{name: "gonum", impl: pureGo{}, describe: func() string { return "gonum (pure Go)" }}},
	asmEngine()...)

// asmEngine is the packed engine with the assembly kernel, if this CPU has
// AVX2 and FMA.
func asmEngine() []engine {
	if !microkernel.Fast {
		return nil
	}
	return []engine{{name: "asm", impl: packed{}, describe: func() string { return "Go assembly (AVX2+FMA kernel, no cgo)" }}}
}

// init installs the build's default engine: the assembly kernel where the CPU
// has it, else gonum's code with the allocation-free Dgemm of pureGo.
func init() { blas64.Use(engines[len(engines)-1].impl) }

// Available returns the names of the engines this build can use: "gonum"
// always, "asm" on amd64 CPUs with AVX2 and FMA, and "openblas" when built
// with the tag openblas and cgo. The last is the build's default.
func Available() []string {
	names := make([]string, len(engines))
	for i, e := range engines {
		names[i] = e.name
	}
	return names
}

// Use installs the engine called name for every later gonum matrix product
// (blas64.Use). A build starts with the last of Available installed;
// Use("gonum") goes back to gonum's own code, for comparisons.
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

// Backend describes the engine in use: "gonum (pure Go)", "Go assembly
// (AVX2+FMA kernel, no cgo)", or "OpenBLAS (cgo, core Haswell, 2 threads)"
// with the core type and threads OpenBLAS chose.
func Backend() string {
	if e, ok := current(); ok {
		return e.describe()
	}
	return fmt.Sprintf("%T", blas64.Implementation())
}

// Engine returns the name of the engine in use ("gonum", "asm", "openblas"),
// or "other" when a program installed its own with blas64.Use.
func Engine() string {
	if e, ok := current(); ok {
		return e.name
	}
	return "other"
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
