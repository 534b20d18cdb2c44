package train

import "github.com/stepnet/stepnet/internal/blas"

// UseFastEngine installs the fastest matrix-multiply engine of this build for
// every later gonum product of the program (mat.Dense.Mul, the trainer's
// steps): the Go-assembly kernel on amd64 CPUs with AVX2 and FMA, OpenBLAS in
// a build with the tag openblas, gonum's own code otherwise. It returns the
// engine's description, for a report ("Go assembly (AVX2+FMA kernel, no
// cgo)").
//
// A program calls it, once, at its start; a package never does. Without it
// every product is gonum's own code, whose numbers are the same on every CPU:
// the lessons, their figures and the tests compute that way. The fast engine
// gives the same numbers up to rounding (the sums run in another order).
func UseFastEngine() string { return blas.UseFastest() }

// UseDefaultEngine goes back to gonum's own code, the engine a program starts
// with.
func UseDefaultEngine() { blas.UseDefault() }
