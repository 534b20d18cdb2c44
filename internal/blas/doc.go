// Package blas chooses the matrix-multiply engine behind every mat.Dense.Mul
// of stepnet.
//
// Training an MLP is almost all matrix products: the forward pass
// Aˡ = Hˡ⁻¹ (Wˡ)ᵀ, the backward pass Δˡ⁻¹ = Δˡ Wˡ and the weight update
// Wˡ ← Wˡ − η (Δˡ)ᵀ Hˡ⁻¹ are three GEMMs per layer (GEneral Matrix
// Multiply, C ← α op(A) op(B) + β C in BLAS terms). gonum routes each of
// them through one function, blas64.Implementation().Dgemm, which by default
// is gonum's own pure-Go code: portable, no C compiler needed, about
// 10–20 GFLOP/s on the lecture machines.
//
// A tuned BLAS written in assembly for the CPU reaches 5–10 times that. This
// package can plug one in, OpenBLAS through cgo, when stepnet is built with
// the build tag openblas:
//
//	go build -tags openblas ./cmd/stepnet   # needs cgo and Debian's libopenblas-dev
//
// The plug is gonum's own mechanism, blas64.Use: a type that embeds gonum's
// implementation (so every routine is still there) and replaces Dgemm with a
// call to cblas_dgemm. Nothing else changes: the same mat.Dense.Mul calls run
// faster, and give the same numbers up to floating-point rounding (the sums
// are done in a different order; the package's test checks the difference).
//
// Without the tag, or with CGO_ENABLED=0, gonum's pure-Go code runs: the kit
// builds and works everywhere. The package still changes one thing there:
// gonum's Dgemm starts a goroutine per 64×64 block of a large product (about
// 50 allocations per training step); the package's pure-Go Dgemm hands the
// same blocks, computed by the same gonum code, to workers started once, and
// allocates nothing.
//
// Importing the package is what installs the engine, so programs that want
// the speed import it for its side effect:
//
//	import _ "github.com/stepnet/stepnet/internal/blas"
//
// Backend names the engine in use, for benchmark reports. Available lists
// the engines of the build and Use switches between them at run time, so one
// run of a benchmark can measure pure Go and OpenBLAS side by side.
//
// OpenBLAS picks its kernels from the CPU it detects. Debian's 0.3.21 does
// not know every recent CPU and then falls back to slow generic code; the
// environment variable OPENBLAS_CORETYPE (e.g. Haswell, SkylakeX) tells it
// which kernels to use. Backend reports the core OpenBLAS chose.
package blas
