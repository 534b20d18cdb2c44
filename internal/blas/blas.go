package blas

import (
	"fmt"
	"strings"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/stepnet/stepnet/internal/blas/microkernel"
)

// engine is a BLAS implementation this build can install: its float64
// routines for blas64 and its float32 ones for blas32.
type engine struct {
	name     string
	impl     blas.Float64
	impl32   blas.Float32
	describe func() string
}

// engines lists the engines of this build, gonum's first, then "asm" where
// the CPU runs its kernel; openblas.go adds OpenBLAS when built with the tag.
// The last one is the build's fastest (Fastest).
var engines = append([]engine{{name: "gonum", impl: pureGo{}, impl32: pureGo{}, describe: func() string { return "gonum (pure Go)" }}},
	asmEngines()...)

// asmEngines is the packed engine with the assembly kernels, if this CPU has
// AVX2 and FMA: "asm" with the fastest kernels the CPU runs (AVX-512 where
// it has AVX-512F), and on such a CPU also "asm-avx2", the same engine with
// the AVX2 kernels, for comparison (the same numbers, only slower).
func asmEngines() []engine {
	if !microkernel.Fast {
		return nil
	}
	describe := func(name string) func() string {
		return func() string { return "Go assembly (" + name + " kernels, no cgo)" }
	}
	avx2 := packed{k64: kernel64AVX2, k32: kernel32AVX2}
	best := engine{name: "asm", impl: packed{}, impl32: packed{}, describe: describe(kernel64AVX2.name)}
	if !microkernel.HasAVX512 {
		return []engine{best}
	}
	best.describe = describe(kernel64AVX512.name)
	return []engine{{name: "asm-avx2", impl: avx2, impl32: avx2, describe: describe(kernel64AVX2.name)}, best}
}

// Nothing is installed when the package is imported: a program multiplies
// with gonum's own code until it calls Use (or UseFastest).

// Available returns the names of the engines this build can use: "gonum"
// always, "asm" on amd64 CPUs with AVX2 and FMA, and "openblas" when built
// with the tag openblas and cgo. The last is the build's fastest.
func Available() []string {
	names := make([]string, len(engines))
	for i, e := range engines {
		names[i] = e.name
	}
	return names
}

// Fastest returns the name of the build's fastest engine, the last of
// Available: "asm" where the CPU has AVX2 and FMA, "openblas" in a build with
// the tag, "gonum" otherwise.
func Fastest() string { return engines[len(engines)-1].name }

// UseFastest installs the build's fastest engine (Fastest) and returns its
// description (Backend). Programs call it; packages never do.
func UseFastest() string {
	engines[len(engines)-1].install()
	return Backend()
}

// install makes e the engine of blas64 and blas32.
func (e engine) install() {
	blas64.Use(e.impl)
	blas32.Use(e.impl32)
}

// UseDefault goes back to what a program starts with: gonum's own
// implementation, exactly as if no engine had ever been installed.
func UseDefault() {
	blas64.Use(gonum.Implementation{})
	blas32.Use(gonum.Implementation{})
}

// Use installs the engine called name for every later gonum matrix product
// (blas64.Use). A program starts with gonum's own code installed (UseDefault);
// Use("gonum") installs the same arithmetic with pureGo's allocation-free
// Dgemm.
func Use(name string) error {
	for _, e := range engines {
		if e.name == name {
			e.install()
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

// Gemm computes C ← α op(A) op(B) + β C with the installed engine, as
// blas64.Gemm does, except that where gonum's own implementation is installed
// (a program's default) it runs pureGo's Dgemm: the same numbers to the bit,
// and no allocation for a product large enough to be split over the cores.
// pkg/train's steps call it, so that they allocate nothing on any engine.
func Gemm(tA, tB blas.Transpose, alpha float64, a, b blas64.General, beta float64, c blas64.General) {
	impl := blas64.Implementation()
	if _, ok := impl.(gonum.Implementation); ok {
		impl = pureGo{}
	}
	m, k := a.Rows, a.Cols
	if tA != blas.NoTrans {
		m, k = a.Cols, a.Rows
	}
	n := b.Cols
	if tB != blas.NoTrans {
		n = b.Rows
	}
	impl.Dgemm(tA, tB, m, n, k, alpha, a.Data, a.Stride, b.Data, b.Stride, beta, c.Data, c.Stride)
}

// Gemm32 is Gemm in float32: C ← α op(A) op(B) + β C with the installed
// engine's Sgemm (blas32), or pureGo's where gonum's own is installed.
func Gemm32(tA, tB blas.Transpose, alpha float32, a, b blas32.General, beta float32, c blas32.General) {
	impl := blas32.Implementation()
	if _, ok := impl.(gonum.Implementation); ok {
		impl = pureGo{}
	}
	m, k := a.Rows, a.Cols
	if tA != blas.NoTrans {
		m, k = a.Cols, a.Rows
	}
	n := b.Cols
	if tB != blas.NoTrans {
		n = b.Rows
	}
	impl.Sgemm(tA, tB, m, n, k, alpha, a.Data, a.Stride, b.Data, b.Stride, beta, c.Data, c.Stride)
}

func current() (engine, bool) {
	impl := blas64.Implementation()
	if _, ok := impl.(gonum.Implementation); ok {
		impl = pureGo{} // gonum's own code: the same arithmetic as the "gonum" engine
	}
	for _, e := range engines {
		if e.impl == impl {
			return e, true
		}
	}
	return engine{}, false
}
